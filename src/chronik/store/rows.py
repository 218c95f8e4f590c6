"""Conversions between database rows and the core data classes; pure functions, no SQL."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from typing import Any, Protocol

from chronik.core.models import (
    Disagreement,
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    RoleFiller,
    Source,
)
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


def entity_from_record(record: Mapping[str, Any]) -> Entity:
    """The data class of an entity export record (`export.entity_record`)."""
    return Entity(
        id=record["id"],
        type=record["type"],
        name=record["name"],
        aliases=list(record["aliases"]),
        mentions=[
            Mention(document=m["document"], start=m["start"], end=m["end"], text=m["text"], kind=m["kind"])
            for m in record["mentions"]
        ],
        attributes=dict(record["attributes"]),
        kb_id=record["kb_id"],
    )


def _filler(f: Mapping[str, Any]) -> RoleFiller:
    return RoleFiller(
        text=f["text"], start=f["start"], end=f["end"], entity=f["entity"], quantity=f.get("quantity")
    )


def event_from_record(record: Mapping[str, Any]) -> Event:
    """The data class of an event export record (`export.event_record`, which groups the roles)."""
    place = record["place"]
    return Event(
        id=record["id"],
        type=record["type"],
        roles={role: [_filler(f) for f in fillers] for role, fillers in record["roles"].items()},
        modality=record["modality"],
        time=record["time"],
        time_text=record["time_text"],
        place=None
        if place is None
        else RoleFiller(
            text=place["text"],
            start=place["start"] if place["start"] is not None else 0,
            end=place["end"] if place["end"] is not None else 0,
            entity=place["entity"],
        ),
        evidence=[
            Evidence(
                document=e["document"],
                start=e["start"],
                end=e["end"],
                text=e["text"],
                trigger_start=e["trigger"]["start"],
                trigger_end=e["trigger"]["end"],
                trigger=e["trigger"]["text"],
                attributed_to=e["attributed_to"],
            )
            for e in record["evidence"]
        ],
        plover=record["plover"],
        attributes=dict(record["attributes"]),
        mentions=[m["id"] for m in record.get("mentions", [])],
        sources=[Source(x["name"], x["kind"], tuple(x["documents"])) for x in record.get("source_names", [])],
        disagreements=disagreements_from_json(json.dumps(record.get("disagreements", []))),
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


def sources_to_json(sources: Iterable[Source]) -> list[dict[str, Any]]:
    return [{"name": s.name, "kind": s.kind, "documents": list(s.documents)} for s in sources]


def sources_from_json(data: str) -> list[Source]:
    return [Source(s["name"], s["kind"], tuple(s["documents"])) for s in json.loads(data)]


def disagreements_to_json(disagreements: Iterable[Disagreement]) -> list[dict[str, Any]]:
    """The export's shape (FORMAT.md): `{"field": …, "values": [{"value": …, "documents": […]}]}`."""
    return [
        {"field": d.field, "values": [{"value": v, "documents": list(docs)} for v, docs in d.values]}
        for d in disagreements
    ]


def disagreements_from_json(data: str) -> list[Disagreement]:
    return [
        Disagreement(d["field"], tuple((v["value"], tuple(v["documents"])) for v in d["values"]))
        for d in json.loads(data)
    ]


def _column(row: Row, name: str, default: Any) -> Any:
    keys = row.keys() if hasattr(row, "keys") else ()
    return row[name] if name in keys else default


def event_from_rows(
    row: Row, roles: Iterable[Row], evidence: Iterable[Row], mentions: Iterable[str] = ()
) -> Event:
    grouped: dict[str, list[RoleFiller]] = {}
    for r in roles:
        grouped.setdefault(r["role"], []).append(
            RoleFiller(r["text"], r["start"], r["end"], r["entity"], r["quantity"])
        )
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
        mentions=list(mentions),
        sources=sources_from_json(_column(row, "sources", "[]")),
        disagreements=disagreements_from_json(_column(row, "disagreements", "[]")),
    )


@dataclass(frozen=True)
class StoredExtraction:
    """An extraction in the form the knowledge base stores: its JSON, the JSON list of its
    entities' fusion keys, and how many entities and events it holds."""

    json: str
    keys: str
    entities: int
    events: int


def stored_extraction(extraction: Extraction) -> StoredExtraction:
    keys = [str(e.attributes.get("key", e.id)) for e in extraction.entities]
    return StoredExtraction(
        extraction_to_json(extraction),
        json.dumps(keys, ensure_ascii=False),
        len(extraction.entities),
        len(extraction.events),
    )


def extraction_to_json(extraction: Extraction) -> str:
    """Compact JSON in the extraction's own order (roles and attributes are stored in that order)."""
    return json.dumps(_plain(extraction), ensure_ascii=False, separators=(",", ":"))


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` for the extraction's values (dataclasses, lists, tuples, dicts and JSON
    scalars), without its deep copy of every leaf, which cost more than the rest of storing."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    raise TypeError(f"cannot store a {type(value).__name__} in an extraction")


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def extraction_from_json(data: str) -> Extraction:
    raw = json.loads(data)
    return Extraction(
        document=raw["document"],
        entities=[
            Entity(**(e | {"mentions": [Mention(**m) for m in e["mentions"]]})) for e in raw["entities"]
        ],
        events=[
            Event(
                **(
                    ev
                    | {
                        "roles": {r: [RoleFiller(**f) for f in fs] for r, fs in ev["roles"].items()},
                        "place": RoleFiller(**ev["place"]) if ev["place"] else None,
                        "evidence": [Evidence(**x) for x in ev["evidence"]],
                    }
                )
            )
            for ev in raw["events"]
        ],
    )
