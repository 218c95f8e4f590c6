"""The export shape that `../shared/eval/FORMAT.md` defines (and `score.py` reads), built from rows.

Required fields come first in each record; the extras (url, author, content hash, near-duplicates,
trigger, role offsets) only add detail. Pure functions: the knowledge base fetches the rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TextIO


class Row(Protocol):
    """A database row read by column name (sqlite3.Row, or a dict in tests)."""

    def __getitem__(self, key: str, /) -> Any: ...


FORMAT_VERSION = 1


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
        "content_hash": row["content_hash"],
        "near_duplicates": [{"id": other, "similarity": round(sim, 4)} for other, sim in near_duplicates],
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


def event_record(row: Row, roles: Iterable[Row], evidence: Iterable[Row]) -> dict[str, Any]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in roles:
        grouped.setdefault(r["role"], []).append(
            {
                "entity": r["entity"],
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
    }


def build_export(
    documents: Iterable[dict[str, Any]],
    entities: Iterable[dict[str, Any]],
    events: Iterable[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "format": FORMAT_VERSION,
        "documents": list(documents),
        "entities": list(entities),
        "events": list(events),
    }


def write_json(export: Mapping[str, Any], out: TextIO) -> None:
    json.dump(export, out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
