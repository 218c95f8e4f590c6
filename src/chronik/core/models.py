"""The data Chronik passes between its layers. Every span carries offsets into the raw text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from chronik.core.offsets import Edit, OffsetMap

EntityType = Literal["person", "organisation", "location", "country", "other"]
Modality = Literal["asserted", "planned", "negated", "uncertain"]


@dataclass(frozen=True)
class SourceItem:
    """One article as a reader found it, before cleaning. `raw` is the text as ingested."""

    source: str
    raw: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    original: str | None = None  # the markup the text was extracted from (HTML, a feed entry)
    metadata: dict[str, Any] = field(default_factory=dict)
    # What could not be taken in faithfully but was kept (a byte decoded as U+FFFD); reported.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that was passed over, and why; batch ingestion reports these and goes on."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Warned:
    """An article that was stored, and what about it could not be taken in faithfully."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text, the edits that made it and the map back to the raw text."""

    text: str
    edits: tuple[Edit, ...]
    offsets: OffsetMap
    title: str | None = None


@dataclass(frozen=True)
class Document:
    """An ingested article: raw and cleaned text, metadata and identity."""

    id: str
    source: str
    raw: str
    text: str
    offsets: OffsetMap
    edits: tuple[Edit, ...] = ()
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    content_hash: str = ""
    original: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of a span of the cleaned text."""
        return self.offsets.to_raw(start, end)


@dataclass(frozen=True)
class Mention:
    """A stretch of one document that names or refers to an entity. Offsets index the raw text."""

    document: str
    start: int
    end: int
    text: str
    kind: Literal["name", "description", "pronoun"] = "name"


@dataclass
class Entity:
    """A real-world actor, place or thing; `attributes` keeps titles and roles (`Kreml-Sprecher`)."""

    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    kb_id: str | None = None  # the actor dictionary's id when the entity is a known actor


@dataclass(frozen=True)
class RoleFiller:
    """Who or what fills a role of an event; `entity` links it when it is an entity."""

    text: str
    start: int
    end: int
    entity: str | None = None
    quantity: int | None = None


@dataclass(frozen=True)
class Evidence:
    """Where an event was read: the sentence, the trigger and whom the article credits."""

    document: str
    start: int
    end: int
    text: str
    trigger_start: int
    trigger_end: int
    trigger: str
    attributed_to: str | None = None


@dataclass(frozen=True)
class Source:
    """Who a fused event comes from: an outlet that published a report, or whom a report credits."""

    name: str
    kind: Literal["outlet", "credited"]
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Disagreement:
    """Where the reports of one event differ: the field and each value with the documents saying it."""

    field: str
    values: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass
class Event:
    """A typed happening with its roles, time, place, modality and evidence.

    Extraction gives one per report (an event mention: one article's account); fusion groups reports
    into events, whose `mentions` name the reports and whose `sources` and `disagreements` say who
    reports it and where they differ."""

    id: str
    type: str
    roles: dict[str, list[RoleFiller]] = field(default_factory=dict)
    modality: Modality = "asserted"
    time: str | None = None
    time_text: str | None = None
    place: RoleFiller | None = None
    evidence: list[Evidence] = field(default_factory=list)
    plover: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)


@dataclass
class Extraction:
    """What one article says: its entities (with `attributes["key"]` for fusion) and events."""

    document: str
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
