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
    stderr,
    stdout,
)
from chronik.core.controls import visible
from chronik.core.models import Entity, Event, RoleFiller
from chronik.extract.events import NUMBER_WORDS
from chronik.store.export import write_json

# Roles shown as "who → whom" in the tables, per event type; the rest are listed after them.
DIRECTED = {
    "gift": ("giver", "recipient"),
    "transfer": ("supplier", "recipient"),
    "visit": ("visitor", "destination"),
    "invitation": ("inviter", "invitee"),
    "warning": ("warner", "warned"),
    "threat": ("threatener", "threatened"),
    "support": ("supporter", "supported"),
    "statement": ("speaker", "addressee"),
}


@app.command("build")
@handles_errors
def build_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs or feeds; - reads stdin.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Ingest articles, analyse them and extract entities and events (idempotent)."""
    from chronik.service.build import build  # loads spaCy and the models: only when building

    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=False) as kb, stderr.status("building the knowledge base…"):
        report = build(paths, kb, settings)
    ing = report.ingest
    if as_json:
        print_json(
            {
                "ingest": ing.counts(),
                "analysed": report.analysed,
                "entities": report.entities,
                "events": report.events,
                "events_by_type": report.events_by_type,
            }
        )
    else:
        for skipped in ing.skipped:
            stderr.print(Text("skipped ", style="yellow").append(visible(str(skipped)), style=""))
        for warned in ing.warned:
            stderr.print(Text("warning ", style="yellow").append(visible(str(warned)), style=""))
        types = ", ".join(f"{n} {t}" for t, n in sorted(report.events_by_type.items())) or "none"
        stdout.print(
            f"ingested {ing.ingested}, duplicates {ing.duplicates}, near-duplicates {ing.near_duplicates}, "
            f"skipped {len(ing.skipped)}"
            + (f", stored with a warning {len(ing.warned)}" if ing.warned else "")
            + f"; analysed {report.analysed} documents"
            + (f" ({report.not_german} not German, left out)" if report.not_german else "")
            + f"; {report.entities} entities (per article), {report.events} events: {types}",
            markup=False,
        )
    if report.analysed == 0 and ing.ingested == 0 and ing.duplicates == 0:
        raise typer.Exit(EXIT_NOTHING)
    raise typer.Exit(EXIT_PARTIAL if ing.partial else EXIT_OK)


def _name(filler: RoleFiller, entities: dict[str, Entity]) -> str:
    ent = entities.get(filler.entity) if filler.entity else None
    return ent.name if ent else filler.text


def _names(fillers: list[RoleFiller], entities: dict[str, Entity], with_quantity: bool = False) -> str:
    out = []
    for f in fillers:
        name = _name(f, entities)
        written = name.split()[0].lower() if name.split() else ""
        if (
            with_quantity
            and f.quantity
            and f.quantity > 1
            and not written[:1].isdigit()
            and written not in NUMBER_WORDS
        ):
            name = f"{f.quantity} × {name}"
        out.append(name)
    return "; ".join(dict.fromkeys(out))


def event_rows(
    events: list[Event], entities: dict[str, Entity], sources: dict[str, str]
) -> list[dict[str, Any]]:
    """One display row per event (date, place, who, whom, what, modality, sources)."""
    rows = []
    for ev in events:
        who, whom = DIRECTED.get(ev.type, ("participant", ""))
        if ev.type == "agreement":
            who = "party"
        others = [r for r in ev.roles if r not in {who, whom}]
        rows.append(
            {
                "id": ev.id,
                "type": ev.type,
                "date": ev.time or "",
                "place": _name(ev.place, entities) if ev.place else "",
                "who": _names(ev.roles.get(who, []), entities),
                "whom": _names(ev.roles.get(whom, []), entities) if whom else "",
                "what": " | ".join(
                    [f"kind: {ev.attributes['kind']}"] * ("kind" in ev.attributes)
                    + [f"{r}: {_names(ev.roles[r], entities, with_quantity=True)}" for r in others]
                ),
                "modality": ev.modality,
                "sources": ", ".join(
                    dict.fromkeys(
                        Path(sources.get(e.document, e.document)).name
                        + (f" ({e.attributed_to})" if e.attributed_to else "")
                        for e in ev.evidence
                    )
                ),
            }
        )
    return sorted(rows, key=lambda r: (r["type"], r["date"] or "9999", r["who"]))


@app.command("events")
@handles_errors
def events_command(
    ctx: typer.Context,
    db: DbOption = None,
    type: Annotated[
        str | None, typer.Option("--type", "-t", help="Only events of this type (gift, meeting, …).")
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option("--entity", "-e", help="Only events involving this entity (name or part of it)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The events of the knowledge base as readable tables; gifts as a ledger."""
    settings = load_settings(ctx, db)
    with open_kb(settings, readonly=True) as kb:
        entities = {e.id: e for e in kb.entities()}
        wanted = None
        if entity:
            needle = entity.casefold()
            wanted = {
                e.id
                for e in entities.values()
                if needle in e.name.casefold() or any(needle in a.casefold() for a in e.aliases)
            }
        events = kb.events(type=type)
        sources = {d.id: d.source or d.id for d in kb.documents()}
    if wanted is not None:
        events = [ev for ev in events if any(f.entity in wanted for fs in ev.roles.values() for f in fs)]
    rows = event_rows(events, entities, sources)
    if as_json:
        print_json(rows)
        return
    if not rows:
        which = (f" of type {type}" if type else "") + (f" involving {entity}" if entity else "")
        stdout.print(Text(visible(f"no events{which}")))
        raise typer.Exit(EXIT_OK)
    for etype in dict.fromkeys(r["type"] for r in rows):
        who, whom = DIRECTED.get(etype, ("participants", ""))
        title = {"gift": "Gift ledger", "transfer": "Transfer ledger"}.get(etype, f"{etype} events")
        table = Table(title=title, show_lines=False, title_justify="left")
        for col in ("date", "place", f"{who} → {whom}" if whom else who, "what", "modality", "sources"):
            table.add_column(col, overflow="fold")
        for r in (r for r in rows if r["type"] == etype):
            pair = f"{r['who'] or '?'} → {r['whom'] or '?'}" if whom else r["who"]
            cells = (r["date"], r["place"], pair, r["what"], r["modality"], r["sources"])
            # Text, not markup: an article's "[/]" must print as itself, its ESC as an escape.
            table.add_row(*(Text(visible(str(cell or ""))) for cell in cells))
        stdout.print(table)


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
