"""The export shape that `../shared/eval/FORMAT.md` defines (and `score.py` reads), built from rows.

Required fields come first in each record; the extras (url, author, content hash, near-duplicates,
trigger, role offsets) only add detail. Pure functions: the knowledge base fetches the rows.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import Any, Protocol, TextIO
from xml.sax.saxutils import escape, quoteattr


class Row(Protocol):
    """A database row read by column name (sqlite3.Row, or a dict in tests)."""

    def __getitem__(self, key: str, /) -> Any: ...


FORMAT_VERSION = 1


def outlet(source: str, metadata: Mapping[str, Any]) -> str:
    """What to call where a document came from: the outlet the input named, else its file or page."""
    if metadata.get("outlet"):
        return str(metadata["outlet"])
    return PurePath(source.split("?")[0].rstrip("/")).name or source


def document_summary(row: Row) -> dict[str, Any]:
    """A document without its text: what lists, search hits and an event's sources show."""
    metadata = json.loads(row["metadata"] or "{}")
    return {
        "id": row["id"],
        "source": row["source"],
        "outlet": outlet(row["source"], metadata),
        "title": row["title"],
        "language": row["language"],
        "published": row["published"],
        "url": row["url"],
        "chars": row["chars"],
    }


def document_record(row: Row, near_duplicates: Sequence[tuple[str, float]] = ()) -> dict[str, Any]:
    return {
        "id": row["id"],
        "source": row["source"],
        "title": row["title"],
        "language": row["language"],
        "published": row["published"],
        "raw": row["raw"],
        "text": row["text"],
        "url": row["url"],
        "author": row["author"],
        "outlet": outlet(row["source"], json.loads(row["metadata"] or "{}")),
        "content_hash": row["content_hash"],
        "near_duplicates": [{"id": other, "similarity": round(sim, 4)} for other, sim in near_duplicates],
    }


def entity_summary(row: Row, aliases: Iterable[str]) -> dict[str, Any]:
    """An entity with its aliases and how often it is mentioned and takes part in events."""
    return {
        "id": row["id"],
        "type": row["type"],
        "name": row["name"],
        "aliases": list(aliases),
        "kb_id": row["kb_id"],
        "mention_count": row["mention_count"],
        "event_count": row["event_count"],
    }


def entity_record(row: Row, aliases: Iterable[str], mentions: Iterable[Row]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "type": row["type"],
        "name": row["name"],
        "aliases": list(aliases),
        "mentions": [
            {
                "document": m["document"],
                "start": m["start"],
                "end": m["end"],
                "text": m["text"],
                "kind": m["kind"],
            }
            for m in mentions
        ],
        "kb_id": row["kb_id"],
        "attributes": json.loads(row["attributes"]),
    }


def event_record(
    row: Row,
    roles: Iterable[Row],
    evidence: Iterable[Row],
    place_name: str | None = None,
    reports: Iterable[Row] = (),
) -> dict[str, Any]:
    """An event with its roles grouped by role (the one place that groups them); role rows may carry
    the linked entity's name as `entity_name` (the name the scorer reads), else the text stands in.
    A fused event's reports (`reports`: event-mention rows with their `document`) are listed under
    `mentions`; its `source_names` (outlets, credited speakers) and `disagreements` come from its row."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in roles:
        name = _optional(r, "entity_name")
        grouped.setdefault(r["role"], []).append(
            {
                "entity": r["entity"],
                "name": name if name is not None else r["text"],
                "text": r["text"],
                "quantity": r["quantity"],
                "document": r["document"],
                "start": r["start"],
                "end": r["end"],
            }
        )
    place = None
    if row["place_text"] is not None:
        place = {
            "entity": row["place_entity"],
            "name": place_name if place_name is not None else row["place_text"],
            "text": row["place_text"],
            "document": row["place_document"],
            "start": row["place_start"],
            "end": row["place_end"],
        }
    return {
        "id": row["id"],
        "type": row["type"],
        "modality": row["modality"],
        "time": row["time"],
        "time_text": row["time_text"],
        "place": place,
        "roles": grouped,
        "evidence": [
            {
                "document": e["document"],
                "start": e["start"],
                "end": e["end"],
                "text": e["text"],
                "attributed_to": e["attributed_to"],
                "trigger": {"start": e["trigger_start"], "end": e["trigger_end"], "text": e["trigger"]},
            }
            for e in evidence
        ],
        "plover": row["plover"],
        "attributes": json.loads(row["attributes"]),
        "mentions": [
            {
                "id": m["id"],
                "document": m["document"],
                "modality": m["modality"],
                "time": m["time"],
                "time_text": m["time_text"],
                "place": m["place_text"],
            }
            for m in reports
        ],
        "source_names": json.loads(_optional(row, "sources") or "[]"),
        "disagreements": json.loads(_optional(row, "disagreements") or "[]"),
    }


def _optional(row: Row, key: str) -> Any:
    try:
        return row[key]
    except (IndexError, KeyError):
        return None


def write_json(export: Mapping[str, Any], out: TextIO) -> None:
    """The whole export as one JSON object; lists (or any iterables) are written one record at a time."""
    out.write("{")
    for n, (key, value) in enumerate(export.items()):
        out.write(("," if n else "") + "\n " + json.dumps(key) + ": ")
        if isinstance(value, (str, int, float, bool, dict)) or value is None:
            out.write(json.dumps(value, ensure_ascii=False))
            continue
        out.write("[")
        for i, record in enumerate(value):
            out.write(("," if i else "") + "\n  " + json.dumps(record, ensure_ascii=False))
        out.write("\n ]")
    out.write("\n}\n")


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


# -- one row per event mention (CSV, Parquet) -----------------------------------------------------

MENTION_HEAD = ("event_id", "type", "plover", "date", "time", "modality", "place", "place_entity")
MENTION_TAIL = (
    "document_id", "source", "outlet", "title", "published", "url", "attributed_to",
    "evidence", "evidence_start", "evidence_end", "trigger", "trigger_start", "trigger_end",
)  # fmt: skip
INTEGER_COLUMNS = frozenset({"evidence_start", "evidence_end", "trigger_start", "trigger_end"})


def mention_columns(roles: Iterable[str]) -> list[str]:
    """Columns of the mention table: each role gives its names and its entity ids."""
    role_columns = [c for r in sorted(set(roles)) for c in (r, f"{r}_entities")]
    return [*MENTION_HEAD, *role_columns, *MENTION_TAIL]


def mention_rows(event: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per piece of evidence of an event (a report of it), with that report's role fillers."""
    sources = {s["id"]: s for s in event.get("sources", [])}
    place = event["place"] or {}
    for ev in event["evidence"]:
        doc = ev["document"]
        row: dict[str, Any] = {
            "event_id": event["id"],
            "type": event["type"],
            "plover": event["plover"],
            "date": event.get("date"),
            "time": event["time"],
            "modality": event["modality"],
            "place": place.get("name"),
            "place_entity": place.get("entity"),
        }
        for role, fillers in event["roles"].items():
            mine = [f for f in fillers if f.get("document", doc) == doc]
            row[role] = "; ".join(dict.fromkeys(f["name"] for f in mine))
            row[f"{role}_entities"] = "; ".join(dict.fromkeys(f["entity"] for f in mine if f["entity"]))
        source = sources.get(doc, {})
        row |= {
            "document_id": doc,
            "source": source.get("source"),
            "outlet": source.get("outlet"),
            "title": source.get("title"),
            "published": source.get("published"),
            "url": source.get("url"),
            "attributed_to": ev["attributed_to"],
            "evidence": ev["text"],
            "evidence_start": ev["start"],
            "evidence_end": ev["end"],
            "trigger": ev["trigger"]["text"],
            "trigger_start": ev["trigger"]["start"],
            "trigger_end": ev["trigger"]["end"],
        }
        yield row


def write_csv(events: Iterable[Mapping[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """The mention table as CSV (header first); returns how many rows were written."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        for row in mention_rows(event):
            writer.writerow(row)
            n += 1
    return n


def write_parquet(
    events: Iterable[Mapping[str, Any]], columns: Sequence[str], path: str, batch: int = 2000
) -> int:
    """The mention table as Parquet, written in row groups of `batch` rows; returns the row count."""
    import pyarrow as pa  # heavy, and only this export needs it
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in columns])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        pending: list[dict[str, Any]] = []

        def flush() -> None:
            if pending:
                writer.write_table(pa.Table.from_pylist(pending, schema=schema))
                pending.clear()

        for event in events:
            for row in mention_rows(event):
                pending.append({c: row.get(c) for c in columns})
                n += 1
                if len(pending) >= batch:
                    flush()
        flush()
    return n


# -- GraphML (Gephi): actors and events, an edge per role -------------------------------------------

_GRAPHML_KEYS = (
    ("label", "node", "string"), ("kind", "node", "string"), ("entity_type", "node", "string"),
    ("event_type", "node", "string"), ("date", "node", "string"), ("modality", "node", "string"),
    ("evidence", "node", "string"), ("role", "edge", "string"),
)  # fmt: skip


def write_graphml(
    actors: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]], out: TextIO
) -> int:
    """Actors (entities that fill a role) and events as nodes, an edge actor → event per role filled.
    Returns the number of edges."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for key, domain, kind in _GRAPHML_KEYS:
        out.write(f'<key id="{key}" for="{domain}" attr.name="{key}" attr.type="{kind}"/>\n')
    out.write('<graph id="chronik" edgedefault="directed">\n')

    def node(node_id: str, data: Mapping[str, Any]) -> None:
        out.write(f"<node id={quoteattr(node_id)}>")
        for key, value in data.items():
            if value is not None:
                out.write(f'<data key="{key}">{escape(str(value))}</data>')
        out.write("</node>\n")

    for actor in actors:
        node(actor["id"], {"label": actor["name"], "kind": "actor", "entity_type": actor["type"]})
    edges = 0
    for event in events:
        first = event["evidence"][0]["text"] if event["evidence"] else None
        node(
            event["id"],
            {
                "label": f"{event['type']} {event.get('date') or ''}".strip(),
                "kind": "event",
                "event_type": event["type"],
                "date": event.get("date"),
                "modality": event["modality"],
                "evidence": first,
            },
        )
        for role, fillers in event["roles"].items():
            for entity in dict.fromkeys(f["entity"] for f in fillers if f["entity"]):
                out.write(
                    f"<edge source={quoteattr(entity)} target={quoteattr(event['id'])}>"
                    f'<data key="role">{escape(role)}</data></edge>\n'
                )
                edges += 1
    out.write("</graph>\n</graphml>\n")
    return edges
