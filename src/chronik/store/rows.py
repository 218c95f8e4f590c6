"""Conversions between database rows and the core data classes; pure functions, no SQL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Protocol

from chronik.core.models import Document, Entity, Event, Evidence, Mention, RoleFiller
from chronik.core.offsets import Edit, OffsetMap


class Row(Protocol):
    """A database row read by column name (sqlite3.Row, or a dict in tests)."""

    def __getitem__(self, key: str, /) -> Any: ...


def dumps(value: Any) -> str:
    """Compact JSON that keeps German text readable in the database."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def edits_to_json(edits: Iterable[Edit]) -> str:
    return dumps([[e.start, e.end, e.replacement, e.rule] for e in edits])


def edits_from_json(data: str) -> tuple[Edit, ...]:
    return tuple(Edit(start, end, replacement, rule) for start, end, replacement, rule in json.loads(data))


def document_from_row(row: Row) -> Document:
    return Document(
        id=row["id"],
        source=row["source"],
        raw=row["raw"],
        text=row["text"],
        offsets=OffsetMap.from_json(row["offsets"]),
        edits=edits_from_json(row["edits"]),
        title=row["title"],
        url=row["url"],
        published=row["published"],
        author=row["author"],
        language=row["language"],
        content_hash=row["content_hash"],
        original=row["original"],
        metadata=json.loads(row["metadata"]),
    )


def entity_from_rows(row: Row, aliases: Iterable[str], mentions: Iterable[Row]) -> Entity:
    return Entity(
        id=row["id"],
        type=row["type"],
        name=row["name"],
        aliases=list(aliases),
        mentions=[
            Mention(document=m["document"], start=m["start"], end=m["end"], text=m["text"], kind=m["kind"])
            for m in mentions
        ],
        attributes=json.loads(row["attributes"]),
        kb_id=row["kb_id"],
    )


def role_filler_from_row(row: Row) -> RoleFiller:
    return RoleFiller(
        text=row["text"], start=row["start"], end=row["end"], entity=row["entity"], quantity=row["quantity"]
    )


def evidence_from_row(row: Row) -> Evidence:
    return Evidence(
        document=row["document"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        trigger_start=row["trigger_start"],
        trigger_end=row["trigger_end"],
        trigger=row["trigger"],
        attributed_to=row["attributed_to"],
    )


def place_from_row(row: Row) -> RoleFiller | None:
    if row["place_text"] is None:
        return None
    return RoleFiller(
        text=row["place_text"],
        start=row["place_start"] if row["place_start"] is not None else 0,
        end=row["place_end"] if row["place_end"] is not None else 0,
        entity=row["place_entity"],
    )


def event_from_rows(row: Row, roles: Iterable[Row], evidence: Iterable[Row]) -> Event:
    grouped: dict[str, list[RoleFiller]] = {}
    for r in roles:
        grouped.setdefault(r["role"], []).append(role_filler_from_row(r))
    return Event(
        id=row["id"],
        type=row["type"],
        roles=grouped,
        modality=row["modality"],
        time=row["time"],
        time_text=row["time_text"],
        place=place_from_row(row),
        evidence=[evidence_from_row(e) for e in evidence],
        plover=row["plover"],
        attributes=json.loads(row["attributes"]),
    )
