"""Commands of the chronicle itself: `build`, `events` and `eval` (registered on the main app)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from chronik.cli.app import (
    EXIT_ERROR,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_PARTIAL,
    DbOption,
    JsonOption,
    app,
    handles_errors,
    load_settings,
    open_kb,
    print_json,
    progress_bar,
    stderr,
    stdout,
)
from chronik.core.controls import visible
from chronik.core.errors import ChronikError
from chronik.store import queries
from chronik.store.export import write_json
from chronik.store.kb import KnowledgeBase
from chronik.store.queries import EventFilter


@app.command("build")
@handles_errors
def build_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs or feeds; - reads stdin.")],
    db: DbOption = None,
    reanalyse: Annotated[
        bool,
        typer.Option("--reanalyse", help="Analyse every document again, not only new, failed or stale ones."),
    ] = False,
    runner: Annotated[
        str, typer.Option("--runner", help="Where analysis runs: local (worker processes) or ray.")
    ] = "local",
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address", metavar="ADDRESS", help="A running Ray cluster (default: a local one)."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Ingest articles, then analyse and extract the documents that are new, failed or stale, and fuse.

    Exit code 0: all done; 3: some inputs skipped or some documents failed (recorded: `stats`,
    `docs show`; the next build retries them); 4: no input yielded a document.
    """
    from chronik.service.build import build  # loads spaCy and the models: only when building
    from chronik.service.runners import Runner, local_runner

    if runner not in {"local", "ray"}:
        raise typer.BadParameter(f"{runner!r} is not one of local, ray", param_hint="--runner")
    settings = load_settings(ctx, db)
    chosen: Runner = local_runner
    if runner == "ray":
        from chronik.service.ray_runner import ray_runner

        chosen = ray_runner(ray_address)
    with open_kb(settings, readonly=False) as kb, progress_bar(disable=quiet or as_json) as advance:
        report = build(paths, kb, settings, advance, reanalyse=reanalyse, runner=chosen)
        stats = kb.stats()  # what the base holds now, as `chronik stats` counts it
    ing = report.ingest
    if as_json:
        print_json(
            {
                "ingest": ing.counts(),
                "analysed": report.analysed,
                "failed": report.failed,
                "failures": report.failures,
                "up_to_date": report.up_to_date,
                "entities": stats["entities"],
                "events": stats["events"],
                "reports": stats["event_mentions"],
                "events_by_type": stats["events_by_type"],
            }
        )
    else:
        for skipped in ing.skipped:
            stderr.print(Text("skipped ", style="yellow").append(visible(str(skipped)), style=""))
        for warned in ing.warned:
            stderr.print(Text("warning ", style="yellow").append(visible(str(warned)), style=""))
        types = ", ".join(f"{n} {t}" for t, n in sorted(stats["events_by_type"].items())) or "none"
        stdout.print(
            f"ingested {ing.ingested}, duplicates {ing.duplicates}, near-duplicates {ing.near_duplicates}, "
            f"skipped {len(ing.skipped)}"
            + (f", stored with a warning {len(ing.warned)}" if ing.warned else "")
            + f"; analysed {report.analysed} documents"
            + (f" ({report.up_to_date} up to date)" if report.up_to_date else "")
            + (f" ({report.not_german} not German, left out)" if report.not_german else "")
            + f"; the knowledge base holds {stats['entities']} entities and {stats['events']} events "
            + f"(fused from {stats['event_mentions']} reports): "
            + types,
            markup=False,
        )
        if report.failed:
            reasons = ", ".join(f"{n}× {reason}" for reason, n in report.failures.items())
            stdout.print(
                f"failed {report.failed} documents ({reasons}); `chronik docs show ID` says why, "
                "the next build retries them"
            )
    if report.analysed == 0 and report.up_to_date == 0 and ing.ingested == 0 and ing.duplicates == 0:
        raise typer.Exit(EXIT_NOTHING)
    raise typer.Exit(EXIT_PARTIAL if ing.partial or report.failed else EXIT_OK)


def event_filter(
    kb: KnowledgeBase,
    types: list[str] | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    limit: int | None = None,
) -> EventFilter:
    """The filter the options ask for, checked against the known types (an unknown one is an error)."""
    wanted = EventFilter(
        types=tuple(dict.fromkeys(types or ())), actor=actor, since=since, until=until, limit=limit
    )
    with kb.reading() as conn:
        return queries.check_filter(wanted, queries.known_event_types(conn), kb.settings.max_query_chars)


events_app = typer.Typer(
    help="The fused events: list them (filters as options) or `show ID` one with all its reports."
)
app.add_typer(events_app, name="events")


@events_app.callback(invoke_without_command=True)
@handles_errors
def events_command(
    ctx: typer.Context,
    db: DbOption = None,
    type: Annotated[
        list[str] | None,
        typer.Option("--type", "-t", help="Only events of this type (gift, meeting, …); repeat for several."),
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option(
            "--entity",
            "-e",
            help="Only events with this actor in a role: entity id, name or alias (or part of one); "
            "a country also finds its government.",
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events on or after this date (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only events on or before this date (YYYY[-MM[-DD]]).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The events of the knowledge base as readable tables; gifts as a ledger.

    --json prints {"events": [...], "total": N} with each event in the export shape (roles, evidence
    sentences with offsets, document ids, sources), like `GET /api/events`.
    """
    if ctx.invoked_subcommand is not None:
        return
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        wanted = event_filter(kb, type, entity, since, until)
        with kb.reading() as conn:
            events = queries.event_records(conn, wanted)
    if as_json:
        print_json({"events": events, "total": len(events)})
        return
    rows = sorted((_row(ev) for ev in events), key=lambda r: (r["type"], r["date"] or "9999", r["who"]))
    if not rows:
        which = (f" of type {', '.join(wanted.types)}" if wanted.types else "") + (
            f" involving {entity}" if entity else ""
        )
        stdout.print(Text(visible(f"no events{which}")))
        raise typer.Exit(EXIT_OK)
    for etype in dict.fromkeys(r["type"] for r in rows):
        who, whom = queries.DIRECTED.get(etype, ("participants", ""))
        title = {"gift": "Gift ledger", "transfer": "Transfer ledger"}.get(etype, f"{etype} events")
        table = Table(title=title, show_lines=False, title_justify="left")
        columns = ("id", "date", "place", f"{who} → {whom}" if whom else who, "what", "modality")
        for col in (*columns, "articles", "sources", "disagree"):
            table.add_column(col, overflow="fold")
        for r in (r for r in rows if r["type"] == etype):
            pair = f"{r['who'] or '?'} → {r['whom'] or '?'}" if whom else r["who"]
            cells = (
                r["id"], r["date"], r["place"], pair, r["what"], r["modality"],
                r["articles"], r["sources"], ", ".join(r["disagreements"]),
            )  # fmt: skip
            # Text, not markup: an article's "[/]" must print as itself, its ESC as an escape.
            table.add_row(*(Text(visible(str(cell or ""))) for cell in cells))
        stdout.print(table)


def _row(event: dict[str, Any]) -> dict[str, Any]:
    """`queries.event_row` with what fusion adds: articles reporting it and fields they disagree on."""
    return queries.event_row(event) | {
        "articles": len({e["document"] for e in event["evidence"]}),
        "reports": len(event.get("mentions") or []) or 1,
        "disagreements": [d["field"] for d in event.get("disagreements") or []],
    }


def _marked(raw: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> Text:
    """The sentence raw[start:end] with the given spans (start, end, style) highlighted."""
    text = Text()
    pos = start
    for s, e, style in sorted(
        (max(s, start), min(e, end), st) for s, e, st in spans if s < end and e > start
    ):
        if s < pos:
            continue
        text.append(visible(raw[pos:s].replace("\n", " ")))
        text.append(visible(raw[s:e].replace("\n", " ")), style=style)
        pos = e
    text.append(visible(raw[pos:end].replace("\n", " ")))
    return text


@events_app.command("show")
@handles_errors
def events_show(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(metavar="ID", help="Event id, or a unique prefix of it.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One fused event: each report's sentence with the event's words highlighted, its source, and
    where the reports disagree."""
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        with kb.reading() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM events WHERE substr(id, 1, length(?)) = ?", (event_id, event_id)
                )
            ]
            if len(ids) != 1:
                raise ChronikError(
                    f"no event {event_id!r}" if not ids else f"{event_id!r} names {len(ids)} events"
                )
            record = queries.event_record(conn, ids[0])
        assert record is not None
        wanted = {m["id"] for m in record["mentions"]}
        in_documents = sorted({m["document"] for m in record["mentions"] if m["document"]})
        reports = [m for d in in_documents for m in kb.event_mentions(d) if m.id in wanted]
        documents = {d: kb.get_document(d) for d in {e["document"] for e in record["evidence"]}}
    if as_json:
        print_json(record)
        return
    row = _row(record)
    stdout.print(
        Text.assemble((f"{record['type']} {record['id']}", "bold"), visible(f"  {row['date'] or 'undated'}"))
    )
    for name in ("place", "who", "whom", "what", "modality"):
        if row[name]:
            stdout.print(Text.assemble((f"{name:>10}: ", "bold"), visible(str(row[name]))))
    stdout.print(f"{len(reports)} reports in {row['articles']} articles\n")
    for report in reports:
        spans = [(f.start, f.end, "bold cyan") for fs in report.roles.values() for f in fs]
        if report.place is not None:
            spans.append((report.place.start, report.place.end, "bold cyan"))
        for e in report.evidence:
            doc = documents.get(e.document)
            if doc is None:
                continue
            credit = f", laut {e.attributed_to}" if e.attributed_to else ""
            when = f", {report.time}" if report.time else ""
            stdout.print(
                Text.assemble(
                    (visible(Path(doc.source).name), "bold"), visible(f" ({report.modality}{when}{credit})")
                )
            )
            marks = [*spans, (e.trigger_start, e.trigger_end, "bold yellow")]
            stdout.print(_marked(doc.raw, e.start, e.end, marks))
    names = [f"{s['name']} ({s['kind']})" for s in record.get("source_names") or []]
    if names:
        stdout.print(Text.assemble(("\nsources: ", "bold"), visible("; ".join(names))))
    for d in record.get("disagreements") or []:
        said = "; ".join(
            f"{v['value']} ("
            + ", ".join(Path(doc.source).name if (doc := documents.get(x)) else x for x in v["documents"])
            + ")"
            for v in d["values"]
        )
        stdout.print(Text.assemble(("disagree on ", "bold red"), (d["field"], "bold"), visible(f": {said}")))


@app.command("timeline")
@handles_errors
def timeline_command(
    ctx: typer.Context,
    db: DbOption = None,
    actor: Annotated[
        str | None,
        typer.Option("--actor", "-a", help="Only events with this actor in a role (id, name or alias)."),
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events on or after this date (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only events on or before this date (YYYY[-MM[-DD]]).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The fused events (statements left out) in date order; those without a known year apart."""
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        wanted = event_filter(kb, None, actor, since, until)
        with kb.reading() as conn:
            events = [ev for ev in queries.event_records(conn, wanted) if ev["type"] != "statement"]
    rows = [_row(ev) for ev in events]
    dated = sorted(
        (r for r in rows if r["date"][:4].isdigit()), key=lambda r: (r["date"], r["type"], r["id"])
    )
    undated = [r for r in rows if not r["date"][:4].isdigit()]
    if as_json:
        print_json({"dated": dated, "undated": undated})
        return
    for title, chosen in (("Timeline", dated), ("Without a date", undated)):
        if not chosen:
            continue
        table = Table(title=title, title_justify="left")
        for col in ("date", "type", "place", "who", "whom", "what", "modality", "articles", "id"):
            table.add_column(col, overflow="fold")
        for r in chosen:
            cells = (r["date"], r["type"], r["place"], r["who"], r["whom"], r["what"], r["modality"],
                     r["articles"], r["id"])  # fmt: skip
            table.add_row(*(Text(visible(str(cell or ""))) for cell in cells))
        stdout.print(table)
    if not dated and not undated:
        stdout.print("no events")


entities_app = typer.Typer(help="List, search and show the entities of a knowledge base.")
app.add_typer(entities_app, name="entities")


@entities_app.callback(invoke_without_command=True)
@handles_errors
def entities_list(
    ctx: typer.Context,
    db: DbOption = None,
    q: Annotated[
        str | None, typer.Option("--q", "-q", help="Only entities whose name or alias contains this.")
    ] = None,
    type: Annotated[
        str | None, typer.Option("--type", "-t", help="person, organisation, location, country, other.")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="How many to list.")] = 30,
    as_json: JsonOption = False,
) -> None:
    """Entities, most mentioned first; `chronik entities show ID` shows one."""
    if ctx.invoked_subcommand is not None:
        return
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb, kb.reading() as conn:
        found, total = queries.entity_summaries(conn, q, type, limit)
    if as_json:
        print_json({"entities": found, "total": total})
        return
    table = Table(title=f"{len(found)} of {total} entities", title_justify="left")
    for col in ("id", "type", "name", "mentions", "events", "aliases"):
        table.add_column(col, overflow="fold")
    for e in found:
        aliases = ", ".join(a for a in e["aliases"] if a != e["name"])
        table.add_row(
            e["id"],
            e["type"],
            Text(visible(e["name"])),
            str(e["mention_count"]),
            str(e["event_count"]),
            Text(visible(aliases)),
        )
    stdout.print(table)


@entities_app.command("show")
@handles_errors
def entities_show(
    ctx: typer.Context,
    entity_id: Annotated[
        str, typer.Argument(metavar="ID", help="Entity id (or its dictionary id, name or alias).")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One entity: aliases, mentions, relations (met, gave to, received from…) and its events."""
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb, kb.reading() as conn:
        ids = queries.resolve_entities(conn, entity_id)
        if len(ids) > 1:
            raise ChronikError(f"{entity_id!r} names several entities: {', '.join(ids[:8])}")
        record = queries.entity_record(conn, ids[0]) if ids else None
    if record is None:
        raise ChronikError(f"no entity {entity_id!r}")
    if as_json:
        print_json(record)
        return
    stdout.print(Text.assemble((visible(record["name"]), "bold"), f"  {record['type']}  {record['id']}"))
    for label, value in (
        ("aliases", ", ".join(record["aliases"])),
        ("dictionary", record["kb_id"] or ""),
        ("mentions", str(record["mention_count"])),
        ("events", str(record["event_count"])),
    ):
        if value:
            stdout.print(Text.assemble((f"{label:>12}: ", "bold"), visible(value)))
    for r in record["relations"]:
        stdout.print(
            Text(
                visible(
                    f"  {r['relation']} {r['name']} ({len(r['events'])} events: {', '.join(r['events'][:5])})"
                )
            )
        )
    for row in sorted((queries.event_row(ev) for ev in record["events"]), key=lambda r: r["date"] or "9999"):
        pair = f"{row['who'] or '?'} → {row['whom'] or '?'}" if row["whom_role"] else row["who"]
        stdout.print(
            Text(
                visible(f"  {row['date'] or '—':>12}  {row['type']:<10} {pair}  {row['what']}  [{row['id']}]")
            )
        )


@app.command("eval")
@handles_errors
def eval_command(
    ctx: typer.Context,
    gold: Annotated[
        Path, typer.Argument(help="Gold file (e.g. ../shared/eval/seeds.gold.json).", exists=True)
    ],
    db: DbOption = None,
    scorer: Annotated[
        Path | None, typer.Option(help="The scorer script; default: score.py beside GOLD.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Precision, recall and F1 per event type against a gold file, computed by its own scorer."""
    settings = load_settings(ctx, db)
    script = scorer or gold.parent / "score.py"
    if not script.is_file():
        stderr.print(f"[red]error[/] no scorer at {script}; pass --scorer")
        raise typer.Exit(EXIT_ERROR)
    with open_kb(settings, readonly=True) as kb, tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.json"
        with export.open("w", encoding="utf-8") as fh:
            write_json(kb.export(), fh)
        done = subprocess.run(
            [sys.executable, str(script), str(export), "--gold", str(gold), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        stderr.print(f"[red]error[/] the scorer failed: {done.stderr.strip()[-500:]}")
        raise typer.Exit(EXIT_ERROR)
    result = json.loads(done.stdout)
    if as_json:
        print_json(result)
        return
    table = Table(title=f"Events against {gold.name}", title_justify="left")
    for col in ("type", "precision", "recall", "F1", "tp", "fp", "fn", "core recall"):
        table.add_column(col, justify="right" if col != "type" else "left")
    for kind in ("gifts", "meetings", "visits", "invitations", "agreements"):
        r = result[kind]
        table.add_row(
            kind,
            f"{r['precision']:.2f}",
            f"{r['recall']:.2f}",
            f"{r['f1']:.2f}",
            str(r["tp"]),
            str(r["fp"]),
            str(r["fn"]),
            "" if r["recall_core"] is None else f"{r['recall_core']:.2f}",
        )
    stdout.print(table)
    if "people" in result:
        p = result["people"]
        stdout.print(
            f"people: mention coverage {p['mention_coverage']:.2f} ({p['linked']}/{p['mentions']}), "
            f"split {p['split_people']}, wrong merges {p['wrong_merges']}"
        )
    stdout.print(f"event F1 (macro) {result['event_f1_macro']:.3f}")
