"""The `chronik` command line: Typer commands that parse arguments, call the library and print.

Adding a command: write a function, decorate it with `@app.command()` (or a sub-app's) and then
`@handles_errors`, take the shared options (`DbOption`, `JsonOption`) and get settings and the
knowledge base from `load_settings` / `open_kb`. Exit codes are the `EXIT_*` constants below and
are documented in `docs/cli.md`.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from chronik.core.controls import CONTROLS, visible
from chronik.core.errors import ChronikError
from chronik.core.models import Document, Skipped, Warned
from chronik.core.settings import Settings
from chronik.store import queries
from chronik.store.export import (
    mention_columns,
    write_csv,
    write_graphml,
    write_json,
    write_jsonl,
    write_parquet,
)
from chronik.store.kb import AddResult, KnowledgeBase

if TYPE_CHECKING:
    from chronik.service.ingest_job import IngestReport

EXIT_OK = 0
EXIT_ERROR = 1  # a ChronikError: the knowledge base cannot be opened, a setting is invalid, …
EXIT_USAGE = 2  # Typer/Click: unknown option, missing argument
EXIT_PARTIAL = 3  # the command ran, but some inputs were skipped or stored with a warning
EXIT_NOTHING = 4  # no input yielded a document (nothing found, or every item skipped)

# The largest count SQLite takes (a signed 64-bit integer); larger --limit/--offset are usage errors.
MAX_COUNT = 2**63 - 1

# soft_wrap: a message is one line however narrow the terminal, so it stays greppable when piped.
# Piped or captured output is not cut to 80 columns: tables of events stay readable in logs.
stdout = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="chronik",
    help="Chronik: a source-grounded chronicle of who did what to whom, read from German news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
docs_app = typer.Typer(help="List, show and search the documents of a knowledge base.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")


# -- shared option helpers ----------------------------------------------------------------------


def setting_help(name: str) -> str:
    """The help text of a setting, so options and `docs/settings.md` say the same thing."""
    for setting_name, _default, help_text in Settings.describe():
        if setting_name == name:
            return str(help_text)
    raise KeyError(name)


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE",
        show_default=False,
        help=f"{setting_help('db')} Default: $CHRONIK_DB, else chronik.db.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@dataclass
class GlobalOptions:
    db: str | None = None


@app.callback()
def root(ctx: typer.Context, db: DbOption = None) -> None:
    """Chronik: a source-grounded chronicle of who did what to whom, read from German news.

    Every command takes --db FILE (here or after the command); CHRONIK_* environment variables set
    defaults for every setting (see `chronik settings`).
    """
    ctx.obj = GlobalOptions(db=db)


def load_settings(ctx: typer.Context, db: str | None = None, **overrides: Any) -> Settings:
    """Settings from defaults, CHRONIK_* variables and the options given (a command's --db first)."""
    root_options = ctx.find_object(GlobalOptions)
    chosen_db = db if db is not None else (root_options.db if root_options else None)
    return Settings.load(db=chosen_db, **overrides)


def open_kb(settings: Settings, *, readonly: bool) -> KnowledgeBase:
    return KnowledgeBase.open(settings.db, readonly=readonly, settings=settings)


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Meaningful errors end the command with one line on stderr and exit code 1, no traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except ChronikError as err:
            stderr.print(Text(visible(f"error: {err}"), style="red"))
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper


STEPS = {"ingest": "ingesting", "analyse": "analysing", "store": "storing"}


@contextmanager
def progress_bar(disable: bool = False) -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar on stderr for long steps: done/total, items per second and time left.
    Yields the callback `(step, done, total)` that library functions take as `progress` (total 0:
    not known in advance)."""
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
        disable=disable or not stderr.is_terminal,
    ) as progress:
        tasks: dict[str, TaskID] = {}
        started: dict[str, float] = {}

        def advance(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = progress.add_task(STEPS.get(step, step), total=total or None, rate="")
                started[step] = time.perf_counter()
            rate = done / max(time.perf_counter() - started[step], 1e-9)
            progress.update(tasks[step], completed=done, total=total or None, rate=f"{rate:.1f}/s")

        yield advance


def print_json(data: Any) -> None:
    """JSON on stdout; control characters json.dumps leaves raw (DEL, C1, bidi) are escaped too."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # Outside strings JSON holds only ASCII punctuation and spaces, so this touches strings alone.
    sys.stdout.write(CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


# -- ingest ------------------------------------------------------------------------------------


def ingest_exit_code(report: IngestReport) -> int:
    taken = report.ingested + report.duplicates
    if taken == 0:
        return EXIT_NOTHING
    return EXIT_PARTIAL if report.partial else EXIT_OK


@app.command("ingest")
@handles_errors
def ingest_command(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Files, folders (recursive), globs, .gz files, URLs, feeds, or - for stdin.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    text_field: Annotated[str | None, typer.Option(help=setting_help("text_field"))] = None,
    title_field: Annotated[str | None, typer.Option(help=setting_help("title_field"))] = None,
    url_field: Annotated[str | None, typer.Option(help=setting_help("url_field"))] = None,
    published_field: Annotated[str | None, typer.Option(help=setting_help("published_field"))] = None,
    language_field: Annotated[str | None, typer.Option(help=setting_help("language_field"))] = None,
    source_field: Annotated[str | None, typer.Option(help=setting_help("source_field"))] = None,
    csv_delimiter: Annotated[str | None, typer.Option(help=setting_help("csv_delimiter"))] = None,
    near_duplicate_threshold: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help=setting_help("near_duplicate_threshold"))
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the closing summary.")] = False,
) -> None:
    """Ingest articles into the knowledge base; identical ones are recognised and added once.

    Prints one line per skipped input (file[:line]: reason), one per article stored with a warning,
    and a closing summary. Exit code 0: all taken; 3: some inputs skipped or stored with a warning;
    4: no input yielded a document.
    """
    settings = load_settings(
        ctx,
        db,
        text_field=text_field,
        title_field=title_field,
        url_field=url_field,
        published_field=published_field,
        language_field=language_field,
        source_field=source_field,
        csv_delimiter=csv_delimiter,
        near_duplicate_threshold=near_duplicate_threshold,
    )
    # Imported here: the readers and cleaners it pulls in are not needed by the reading commands.
    from chronik.service.ingest_job import ingest

    started = time.perf_counter()
    with (
        open_kb(settings, readonly=False) as kb,
        Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[rate]}"),
            console=stderr,
            transient=True,
            disable=quiet or not stderr.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("ingesting", total=None, rate="")

        def advance(outcome: AddResult | Skipped | Warned) -> None:
            if isinstance(outcome, Warned):  # comes before the stored article's own outcome
                if not quiet:
                    progress.console.print(Text(visible(f"warning {outcome}"), style="yellow"))
                return
            if isinstance(outcome, Skipped) and not quiet:
                progress.console.print(Text(visible(f"skipped {outcome}"), style="yellow"))
            done = progress.tasks[0].completed + 1
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, rate=f"{rate:.1f}/s")

        report = ingest(paths, kb, settings, progress=advance)
    elapsed = time.perf_counter() - started
    rate = report.seen / elapsed if elapsed > 0 else 0.0
    stdout.print(
        f"ingested {report.ingested}, duplicates {report.duplicates}, "
        f"near-duplicates {report.near_duplicates}, skipped {len(report.skipped)}"
        + (f", stored with a warning {len(report.warned)}" if report.warned else "")
        + f" (run {report.run_id}, {elapsed:.1f} s, {rate:.0f} items/s, {visible(settings.db)})",
        markup=False,
    )
    for reason, n in report.skip_reasons().items():
        stdout.print(Text(visible(f"  skipped {n}× {reason}")))
    raise typer.Exit(ingest_exit_code(report))


# -- docs ----------------------------------------------------------------------------------------


_LIST_COLUMNS = ("id", "title", "lang", "published", "chars", "source")


def document_table(title: str, documents: list[Document], width: int) -> Table:
    """One line per document: title and source share the width the other columns leave, cut short."""
    rows = [
        [d.id, d.title or d.text[:100], d.language or "", d.published or "", str(len(d.raw)), d.source]
        for d in documents
    ]
    rows = [[visible(" ".join(cell.split())) for cell in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(_LIST_COLUMNS)]
    fixed = sum(w for c, w in zip(_LIST_COLUMNS, widths, strict=True) if c not in {"title", "source"})
    free = max(width - fixed - 3 * len(_LIST_COLUMNS) - 1, 20)
    title_width = min(widths[1], max(free * 3 // 5, free - widths[5]))
    source_width = max(min(widths[5], free - title_width), 6)
    table = Table(title=title, title_justify="left")
    for column, natural in zip(_LIST_COLUMNS, widths, strict=True):
        fitted = {"title": title_width, "source": source_width}.get(column, natural)
        table.add_column(column, no_wrap=True, overflow="ellipsis", width=fitted)
    for row in rows:
        source = row[5]
        if len(source) > source_width:  # the file name matters more than the folders above it
            row[5] = "…" + source[-(source_width - 1) :]
        table.add_row(*(Text(cell) for cell in row))
    return table


@docs_app.command("list")
@handles_errors
def docs_list(
    ctx: typer.Context,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=0, max=MAX_COUNT, help="How many documents to list.")] = 20,
    offset: Annotated[int, typer.Option(min=0, max=MAX_COUNT, help="How many to pass over first.")] = 0,
    as_json: JsonOption = False,
) -> None:
    """List documents in the order they were ingested."""
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        if as_json:  # the shape of GET /api/documents
            with kb.reading() as conn:
                summaries, total = queries.document_summaries(conn, limit, offset)
            print_json({"documents": summaries, "total": total})
            return
        documents = kb.documents(limit=limit, offset=offset)
        total = kb.count_documents()
    title = f"{len(documents)} of {total} documents"
    stdout.print(document_table(title, documents, stdout.width))


@docs_app.command("show")
@handles_errors
def docs_show(
    ctx: typer.Context,
    document_id: Annotated[str, typer.Argument(metavar="ID", help="Document id, or a unique prefix of it.")],
    db: DbOption = None,
    raw: Annotated[
        bool, typer.Option("--raw", help="Print the raw text instead of the cleaned one.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Show one document: its metadata, then its cleaned (or raw) text."""
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        resolved = kb.resolve_document_id(document_id)
        if as_json:  # the shape of GET /api/documents/{id}: text, mentions and events with offsets
            with kb.reading() as conn:
                record = queries.document_record(conn, resolved)
            if record is None:
                raise ChronikError(f"no document {document_id!r}")
            print_json(record | {"analysis": kb.analysis_of(resolved)})
            return
        doc = kb.get_document(resolved)
        near = kb.near_duplicates(doc.id) if doc else []
        analysis = kb.analysis_of(doc.id) if doc else None
    if doc is None:  # deleted between resolving and reading
        raise ChronikError(f"no document {document_id!r}")
    fields = {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "author": doc.author,
        "language": doc.language,
        "length": f"{len(doc.raw)} raw, {len(doc.text)} cleaned characters, {len(doc.edits)} edits",
        "near-duplicates": ", ".join(f"{i} ({s:.2f})" for i, s in near) or None,
        "warnings": "; ".join(map(str, doc.metadata.get("ingest_warnings") or [])) or None,
        "analysis": _analysis_line(analysis),
    }
    for name, value in fields.items():
        if value:
            stdout.print(Text.assemble((f"{name:>16}: ", "bold"), visible(str(value))))
    stdout.print()
    # Never re-wrapped; control characters shown as escapes, so an article cannot drive the terminal.
    sys.stdout.write(visible((doc.raw if raw else doc.text).rstrip("\n")) + "\n")


def _analysis_line(analysis: dict[str, Any] | None) -> str:
    if analysis is None:
        return "not analysed yet"
    if analysis["status"] == "failed":
        return f"FAILED ({analysis['analysed']}, {analysis['seconds']:.1f} s): {analysis['error']}"
    return f"ok ({analysis['analysed']}, {analysis['seconds']:.1f} s, version {analysis['version']})"


def highlighted(snippet: str, spans: list[tuple[int, int]]) -> Text:
    text = Text()
    at = 0
    for start, end in [*spans, (len(snippet), len(snippet))]:
        text.append(visible(snippet[at:start].replace("\n", " ")))
        text.append(visible(snippet[start:end].replace("\n", " ")), style="bold yellow")
        at = end
    return text


@docs_app.command("search")
@handles_errors
def docs_search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='FTS5 query: words, "a phrase", prefix*, AND/OR/NOT.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, max=MAX_COUNT, help="How many hits to show.")] = 10,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over titles and texts, best hits first.

    With --json each hit's `snippet` is plain text and `highlights` lists the [start, end) of each
    matching stretch in it.
    """
    settings = load_settings(ctx, db)
    queries.check_query_text(query, settings.max_query_chars)
    with open_kb(settings, readonly=True) as kb, kb.reading(settings.query_time_limit) as conn:
        hits = queries.search_documents(
            conn, query, limit, deadline=queries.Deadline(settings.query_time_limit)
        )
    if as_json:  # the answer of GET /api/documents?q=
        print_json({"documents": hits})
        return
    if not hits:
        stdout.print(Text(f"no document matches {visible(repr(query))}"))
        return
    for h in hits:
        stdout.print(
            Text.assemble(
                (h["id"], "bold cyan"), "  ", visible(h["title"] or ""), "  ", (visible(h["source"]), "dim")
            )
        )
        spans = [(start, end) for start, end in h["highlights"]]
        stdout.print(Text("    ").append_text(highlighted(h["snippet"], spans)))


# -- stats, export, settings ----------------------------------------------------------------------


@app.command("stats")
@handles_errors
def stats_command(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of documents, near-duplicates, entities, events and runs."""
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        stats = kb.stats()
    if as_json:
        print_json(stats)
        return
    table = Table(show_header=False, title=stats["path"], title_justify="left")
    table.add_column(style="bold", justify="right")
    table.add_column()
    for key in ("documents", "near_duplicate_pairs", "entities", "mentions", "events", "runs"):
        table.add_row(key.replace("_", " "), str(stats[key]))
    for key in ("languages", "entities_by_type", "events_by_type"):
        if stats[key]:
            table.add_row(key.replace("_", " "), ", ".join(f"{k} {n}" for k, n in stats[key].items()))
    if stats["failed_documents"]:
        reasons = ", ".join(f"{n}× {reason}" for reason, n in stats["failures"].items())
        table.add_row("failed documents", f"{stats['failed_documents']} ({reasons})")
    if stats["unfinished_runs"]:
        table.add_row("unfinished runs", str(stats["unfinished_runs"]))
    last = stats["last_run"]
    if last:
        table.add_row(
            "last run", f"#{last['id']} {last['command']} {last['started']} → {last['finished'] or '…'}"
        )
    table.add_row("schema", ", ".join(stats["schema"]))
    stdout.print(table)


EXPORT_FORMATS = {
    "json": "documents, entities and events in one object (the shape of eval/FORMAT.md)",
    "jsonl": "one document per line",
    "csv": "one row per event mention: event, type, PLOVER code, date, place, each role's names and "
    "entity ids, modality, source, outlet, document, evidence sentence and offsets",
    "parquet": "the rows of csv as a Parquet file (needs --output)",
    "graphml": "actors and events as nodes, an edge per role filled (for Gephi)",
}


@app.command("export")
@handles_errors
def export_command(
    ctx: typer.Context,
    db: DbOption = None,
    format: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="; ".join(f"{name}: {what}" for name, what in EXPORT_FORMATS.items()) + "."
        ),
    ] = "json",
    output: Annotated[
        str, typer.Option("--output", "-o", metavar="FILE", help="Where to write; - is stdout.")
    ] = "-",
) -> None:
    """Export the knowledge base (streamed: large bases are never held in memory whole)."""
    if format not in EXPORT_FORMATS:
        raise typer.BadParameter(
            f"{format!r} is not one of {', '.join(EXPORT_FORMATS)}", param_hint="--format"
        )
    if format == "parquet" and output == "-":
        raise typer.BadParameter("parquet is written to a file: give --output FILE", param_hint="--output")
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        if output == "-":
            _write_export(kb, format, sys.stdout, output)
            return
        target = Path(output)
        partial = target.with_name(target.name + ".partial")
        try:
            # Write beside the target and rename, so a failed export never leaves half a file.
            if format == "parquet":  # a binary file that pyarrow writes itself
                written = _write_export(kb, format, None, str(partial))
            else:
                with partial.open("w", encoding="utf-8", newline="") as out:
                    written = _write_export(kb, format, out, str(partial))
            partial.replace(target)
        except OSError as err:
            partial.unlink(missing_ok=True)
            raise ChronikError(f"cannot write {output}: {err.strerror}") from err
        stderr.print(Text(f"wrote {target} ({format}, {written})"))


def _write_export(kb: KnowledgeBase, format: str, out: Any, path: str) -> str:
    """Write one format; returns what was written, in words."""
    with kb.reading() as conn:
        if format == "json":
            sections = queries.export_sections(conn)
            write_json(sections, out)
            return f"{kb.count_documents()} documents"
        if format == "jsonl":
            return f"{write_jsonl(queries.iter_document_records(conn), out)} documents"
        if format == "graphml":
            edges = write_graphml(queries.iter_actors(conn), queries.iter_event_records(conn), out)
            return f"{edges} actor-event edges"
        columns = mention_columns(queries.role_names(conn))
        if format == "csv":
            return f"{write_csv(queries.iter_event_records(conn), columns, out)} event mentions"
        return f"{write_parquet(queries.iter_event_records(conn), columns, path)} event mentions"


@app.command("serve")
@handles_errors
def serve_command(
    ctx: typer.Context,
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the JSON API (/api, docs at /api/docs) and the web pages (/) over a knowledge base."""
    from chronik.web.app import serve  # FastAPI and uvicorn: only when serving

    settings = load_settings(ctx, db)
    stderr.print(Text(f"serving {settings.db} on http://{host}:{port}/ (API docs: /api/docs)"))
    serve(settings, host, port)


@app.command("settings")
def settings_command(as_json: JsonOption = False) -> None:
    """Every setting with its environment variable, default, current value and meaning."""
    current = Settings.load()
    rows = [
        {
            "name": name,
            "env": f"CHRONIK_{name.upper()}",
            "default": default,
            "value": getattr(current, name),
            "help": help_text,
        }
        for name, default, help_text in Settings.describe()
    ]
    if as_json:
        print_json(rows)
        return
    table = Table(show_lines=False)
    for column in ("setting", "default", "current", "help"):
        table.add_column(column, overflow="fold")
    for row in rows:
        changed = row["value"] != row["default"]
        table.add_row(
            Text.assemble((row["name"], "bold"), "\n", (row["env"], "dim")),
            Text(repr(row["default"])),
            Text(repr(row["value"]), style="yellow" if changed else ""),
            Text(row["help"]),
        )
    stdout.print(table)


def main() -> None:
    """Console entry point `chronik`."""
    app(prog_name="chronik")


# The chronicle commands (build, events, eval) live in their own module and register on `app`.
from chronik.cli import chronicle  # noqa: E402, F401

if __name__ == "__main__":
    # Run as `python -m chronik.cli.app`, this file is `__main__`, while other command modules
    # register on `chronik.cli.app.app`; run that one so every command is there.
    from chronik.cli.app import main as registered_main

    registered_main()
