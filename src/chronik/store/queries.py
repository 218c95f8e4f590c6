"""The read side of the knowledge base: every question the CLI, the API, the web pages and the
exporters ask, answered once, as plain records (dicts in the export shape of `eval/FORMAT.md`).

Each function takes an open `sqlite3.Connection` (rows by name), so the caller decides on the
connection (read-only for serving) and the time limit (`KnowledgeBase.reading`). A change of
schema touches this module and `export.py` (the record shapes), nothing that renders them.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from chronik.core.errors import InvalidQuery, StoreError
from chronik.store import export as shape

MODALITIES = ("asserted", "planned", "negated", "uncertain")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# Roles whose holder speaks for a country, so that `actor=Russland` finds what its government did.
# The roles themselves (and who held them) are data: data/actors/*.yml and data/lexicon/roles.yml.
_GOVERNMENT_KINDS = {"government_body"}


@dataclass(frozen=True)
class EventFilter:
    """What `GET /api/events`, `/` and `chronik events` filter by; empty fields do not filter."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    source: str | None = None
    q: str | None = None
    entity: str | None = None  # an exact entity id, in a role or as the place (entity pages)
    limit: int | None = 50
    offset: int = 0
    order: str = "date"  # "date": newest first, undated last; "stored": the order events were written

    def page(self, limit: int | None, offset: int = 0) -> EventFilter:
        return replace(self, limit=limit, offset=offset)


# -- validation ----------------------------------------------------------------------------------


def check_filter(f: EventFilter, known_types: Iterable[str], max_query_chars: int) -> EventFilter:
    """Raise `InvalidQuery` (with what would be valid) for a filter no query should run."""
    known = sorted(set(known_types))
    unknown = [t for t in f.types if t not in known]
    if unknown:
        raise InvalidQuery(
            f"unknown event type {', '.join(map(repr, unknown))}; valid types: {', '.join(known)}"
        )
    if f.modality is not None and f.modality not in MODALITIES:
        raise InvalidQuery(f"unknown modality {f.modality!r}; valid: {', '.join(MODALITIES)}")
    for name, value in (("since", f.since), ("until", f.until)):
        if value is not None and not _DATE.fullmatch(value):
            raise InvalidQuery(f"{name} must be a date YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    check_query_text(f.q, max_query_chars)
    if (f.limit is not None and f.limit < 0) or f.offset < 0:
        raise InvalidQuery("limit and offset must not be negative")
    return f


def check_query_text(q: str | None, max_query_chars: int) -> None:
    if q is not None and len(q) > max_query_chars:
        raise InvalidQuery(f"query of {len(q)} characters is longer than {max_query_chars} (max_query_chars)")


def known_event_types(conn: sqlite3.Connection) -> list[str]:
    """Types the frame lexicon defines, statements, and any type already stored."""
    stored = {r[0] for r in conn.execute("SELECT DISTINCT type FROM events")}
    return sorted(stored | _lexicon_types())


@cache
def _lexicon_types() -> frozenset[str]:
    from chronik.extract.frames import load_frames

    return frozenset({f.type for f in load_frames()} | {"statement"})


# -- actors ----------------------------------------------------------------------------------------


@cache
def _standing_for() -> dict[str, frozenset[str]]:
    """Actor-dictionary ids per country code: the country, its capital, its government bodies and
    the people who held a state office of it (named by metonymy or by office in the news)."""
    from chronik.nlp.actors import load_actor_dictionary

    found: dict[str, set[str]] = defaultdict(set)
    for actor in load_actor_dictionary():
        if actor.type == "country" and actor.id.startswith("country:"):
            found[actor.id.removeprefix("country:")].add(actor.id)
        if actor.capital_of:
            found[actor.capital_of].add(actor.id)
        if (
            actor.type == "organisation"
            and actor.country
            and (actor.kind in _GOVERNMENT_KINDS or actor.metonym)
        ):
            found[actor.country].add(actor.id)
        for role in actor.roles:
            if len(role.of) == 2 and role.of.isupper():  # an ISO code: an office of a state
                found[role.of].add(actor.id)
    return {code: frozenset(ids) for code, ids in found.items()}


def _dictionary_countries(needle: str) -> set[str]:
    """ISO codes of the countries the actor dictionary knows by this name, alias or id."""
    from chronik.nlp.actors import load_actor_dictionary

    actors = load_actor_dictionary()
    exact = actors.get(needle)
    named = (*actors.by_alias(needle), *([exact] if exact else []))
    return {a.id.removeprefix("country:") for a in named if a.type == "country"}


def resolve_entities(conn: sqlite3.Connection, needle: str, *, countries: bool = False) -> list[str]:
    """Entity ids that `needle` names: an id, a dictionary id, a name or an alias (any case); when
    nothing matches exactly, names and aliases containing it. With `countries`, a country stands
    also for its government (capital, government bodies, office holders)."""
    needle = needle.strip()
    if not needle:
        return []
    rows = conn.execute(
        "SELECT id, kb_id FROM entities WHERE id = :n OR kb_id = :n OR name = :n COLLATE NOCASE "
        "OR id IN (SELECT entity FROM aliases WHERE alias = :n COLLATE NOCASE)",
        {"n": needle},
    ).fetchall()
    if not rows:
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = conn.execute(
            "SELECT id, kb_id FROM entities WHERE name LIKE :l ESCAPE '\\' "
            "OR id IN (SELECT entity FROM aliases WHERE alias LIKE :l ESCAPE '\\')",
            {"l": like},
        ).fetchall()
    ids = {r["id"] for r in rows}
    if countries:
        codes = {
            r["kb_id"].removeprefix("country:") for r in rows if (r["kb_id"] or "").startswith("country:")
        }
        codes |= _dictionary_countries(needle)  # a country no article names as such (only "kanadische")
        kb_ids = sorted({i for c in codes for i in _standing_for().get(c, ())})
        if kb_ids:
            ids |= {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM entities WHERE kb_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(kb_ids),),
                )
            }
    return sorted(ids)


# -- events ----------------------------------------------------------------------------------------

# The date of an event: its time, with a year-less time (XXXX-09-13) given the year of the earliest
# report's publication, when that is known.
_DATED_EVENTS = """
SELECT e.rowid AS seq_rowid, e.*, CASE WHEN e.time LIKE 'XXXX%' THEN coalesce((
        SELECT substr(min(d.published), 1, 4) FROM event_sources s JOIN documents d ON d.id = s.document
        WHERE s.event = e.id AND d.published GLOB '[0-9][0-9][0-9][0-9]*'), 'XXXX') || substr(e.time, 5)
    ELSE e.time END AS date
FROM events e
"""


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def source_documents(conn: sqlite3.Connection, source: str) -> list[str]:
    """Documents a `source` filter names: by id, by the outlet the input named, or by part of its source."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM documents WHERE id = :s OR source LIKE :like ESCAPE '\\' "
            "OR json_extract(metadata, '$.outlet') = :s",
            {"s": source, "like": _like(source)},
        )
    ]


def _event_where(conn: sqlite3.Connection, f: EventFilter) -> tuple[str, dict[str, Any]]:
    conds: list[str] = []
    params: dict[str, Any] = {}
    if f.types:
        conds.append("type IN (SELECT value FROM json_each(:types))")
        params["types"] = json.dumps(list(f.types))
    if f.actor:
        conds.append(
            "id IN (SELECT event FROM event_roles WHERE entity IN (SELECT value FROM json_each(:actors)))"
        )
        params["actors"] = json.dumps(resolve_entities(conn, f.actor, countries=True))
    if f.entity:
        conds.append(
            "(place_entity = :entity OR id IN (SELECT event FROM event_roles WHERE entity = :entity))"
        )
        params["entity"] = f.entity
    if f.place:
        conds.append(
            "(place_entity IN (SELECT value FROM json_each(:places)) OR place_text LIKE :place ESCAPE '\\')"
        )
        params["places"] = json.dumps(resolve_entities(conn, f.place))
        params["place"] = _like(f.place)
    if f.modality:
        conds.append("modality = :modality")
        params["modality"] = f.modality
    if f.source:
        conds.append(
            "id IN (SELECT event FROM event_sources "
            "WHERE document IN (SELECT value FROM json_each(:sources)))"
        )
        params["sources"] = json.dumps(source_documents(conn, f.source))
    if f.since:
        conds.append("date GLOB '[0-9]*' AND date >= :since")
        params["since"] = f.since
    if f.until:
        conds.append("date GLOB '[0-9]*' AND substr(date, 1, length(:until)) <= :until")
        params["until"] = f.until
    for i, word in enumerate((f.q or "").split()):
        conds.append(f"id IN (SELECT event FROM evidence WHERE text LIKE :q{i} ESCAPE '\\')")
        params[f"q{i}"] = _like(word)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    return f"SELECT * FROM ({_DATED_EVENTS}) {where}", params


_ORDERS = {
    "date": "ORDER BY (date GLOB '[0-9]*') DESC, date DESC, id",
    "stored": "ORDER BY seq_rowid",
}


def count_events(conn: sqlite3.Connection, f: EventFilter) -> int:
    sql, params = _event_where(conn, f)
    return int(conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


def event_records(conn: sqlite3.Connection, f: EventFilter) -> list[dict[str, Any]]:
    """One page of events in the export shape, with names, date and sources."""
    sql, params = _event_where(conn, f)
    order = _ORDERS.get(f.order, _ORDERS["date"])
    page = "" if f.limit is None else f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
    rows = conn.execute(f"{sql} {order}{page}", params).fetchall()
    return _complete(conn, rows)


def iter_event_records(
    conn: sqlite3.Connection, f: EventFilter | None = None, chunk: int = 500
) -> Iterator[dict[str, Any]]:
    """Every event of a filter, a chunk at a time, so large exports never hold the whole base."""
    base = (f or EventFilter()).page(chunk, 0)
    sql, params = _event_where(conn, base)
    last = -1
    while True:
        rows = conn.execute(
            f"SELECT * FROM ({sql}) WHERE seq_rowid > :after ORDER BY seq_rowid LIMIT {int(chunk)}",
            params | {"after": last},
        ).fetchall()
        if not rows:
            return
        yield from _complete(conn, rows)
        last = rows[-1]["seq_rowid"]


def event_record(conn: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    rows = conn.execute(f"SELECT * FROM ({_DATED_EVENTS}) WHERE id = ?", (event_id,)).fetchall()
    return _complete(conn, rows)[0] if rows else None


def _complete(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[dict[str, Any]]:
    """Records for event rows: roles and evidence grouped under their event, names and sources added."""
    if not rows:
        return []
    ids = json.dumps([r["id"] for r in rows])
    roles: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for r in conn.execute(
        "SELECT r.*, en.name AS entity_name, en.type AS entity_type FROM event_roles r "
        "LEFT JOIN entities en ON en.id = r.entity "
        "WHERE r.event IN (SELECT value FROM json_each(?)) ORDER BY r.id",
        (ids,),
    ):
        roles[r["event"]].append(r)
    evidence: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for e in conn.execute(
        "SELECT * FROM evidence WHERE event IN (SELECT value FROM json_each(?)) "
        'ORDER BY document, "start", id',
        (ids,),
    ):
        evidence[e["event"]].append(e)
    reports: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for m in conn.execute(
        "SELECT m.*, s.document AS document FROM event_mentions m "
        "LEFT JOIN mention_sources s ON s.mention = m.id "
        "WHERE m.event IN (SELECT value FROM json_each(?)) ORDER BY m.rowid",
        (ids,),
    ):
        reports[m["event"]].append(m)
    places = {
        r["id"]: r["name"]
        for r in conn.execute(
            "SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted({r["place_entity"] for r in rows if r["place_entity"]})),),
        )
    }
    documents = {
        d["id"]: d
        for d in conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id IN "
            "(SELECT document FROM event_sources WHERE event IN (SELECT value FROM json_each(?)))",
            (ids,),
        )
    }
    out = []
    for row in rows:
        record = shape.event_record(
            row,
            roles[row["id"]],
            evidence[row["id"]],
            place_name=places.get(row["place_entity"]),
            reports=reports[row["id"]],
        )
        record["date"] = row["date"]
        reporting = dict.fromkeys(e["document"] for e in evidence[row["id"]])
        record["sources"] = [shape.document_summary(documents[d]) for d in reporting if d in documents]
        out.append(record)
    return out


def event_facets(conn: sqlite3.Connection, f: EventFilter, size: int = 12) -> dict[str, list[dict[str, Any]]]:
    """Counts of the filtered events by type, actor, country, source and month (most first)."""
    sql, params = _event_where(conn, f.page(None))
    chosen = f"WITH chosen AS ({sql}) "

    def facet(query: str) -> list[dict[str, Any]]:
        # A query starting with a comma adds common table expressions after `chosen`.
        sql = chosen.rstrip() + query if query.startswith(",") else chosen + query
        return [dict(r) for r in conn.execute(sql, params)]

    facets = {
        "type": facet(
            "SELECT type AS value, type AS label, count(*) AS count FROM chosen GROUP BY 1 ORDER BY 3 DESC, 1"
        ),
        "actor": facet(
            "SELECT en.id AS value, en.name AS label, count(DISTINCT r.event) AS count FROM event_roles r "
            "JOIN entities en ON en.id = r.entity WHERE r.event IN (SELECT id FROM chosen) "
            f"AND en.type IN ('person', 'organisation') GROUP BY 1 ORDER BY 3 DESC, 2 LIMIT {size}"
        ),
        "country": facet(
            "SELECT en.id AS value, en.name AS label, count(DISTINCT c.event) AS count FROM "
            "(SELECT event, entity FROM event_roles "
            "WHERE entity IN (SELECT id FROM entities WHERE type = 'country') "
            "UNION ALL SELECT id, place_entity FROM events "
            "WHERE place_entity IN (SELECT id FROM entities WHERE type = 'country')) c "
            "JOIN entities en ON en.id = c.entity WHERE c.event IN (SELECT id FROM chosen) "
            f"GROUP BY 1 ORDER BY 3 DESC, 2 LIMIT {size}"
        ),
        "source": facet(
            # Each document's outlet once (metadata is read per document, not per event).
            ", outlets AS MATERIALIZED (SELECT id, "
            "coalesce(json_extract(metadata, '$.outlet'), source) AS outlet FROM documents) "
            "SELECT o.outlet AS value, o.outlet AS label, count(DISTINCT s.event) AS count "
            "FROM event_sources s JOIN outlets o ON o.id = s.document "
            "WHERE s.event IN (SELECT id FROM chosen) "
            f"GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT {size}"
        ),
        "month": facet(
            "SELECT substr(date, 1, 7) AS value, substr(date, 1, 7) AS label, count(*) AS count FROM chosen "
            "WHERE date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY 1 ORDER BY 1 DESC LIMIT 24"
        ),
    }
    for entry in facets["source"]:  # a file's or page's name, not its whole path
        entry["label"] = shape.outlet(entry["value"], {})
    return facets


# -- entities ---------------------------------------------------------------------------------------


def entity_summaries(
    conn: sqlite3.Connection,
    q: str | None = None,
    type: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Entities whose name or alias contains `q` (all without it), most mentioned first, and how many."""
    conds: list[str] = []
    params: dict[str, Any] = {}
    if q:
        conds.append(
            "(id = :q OR kb_id = :q OR name LIKE :like ESCAPE '\\' "
            "OR id IN (SELECT entity FROM aliases WHERE alias LIKE :like ESCAPE '\\'))"
        )
        params |= {"q": q, "like": _like(q)}
    if type:
        conds.append("type = :type")
        params["type"] = type
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    total = int(conn.execute(f"SELECT count(*) FROM entities {where}", params).fetchone()[0])
    page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = conn.execute(
        "SELECT en.*, (SELECT count(*) FROM mentions m WHERE m.entity = en.id) AS mention_count, "
        "(SELECT count(DISTINCT event) FROM event_roles r WHERE r.entity = en.id) AS event_count "
        f"FROM entities en {where} ORDER BY mention_count DESC, name{page}",
        params,
    ).fetchall()
    aliases = _aliases(conn, [r["id"] for r in rows])
    return [shape.entity_summary(r, aliases[r["id"]]) for r in rows], total


def _aliases(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for a in conn.execute(
        "SELECT DISTINCT entity, alias FROM aliases WHERE entity IN (SELECT value FROM json_each(?)) "
        "ORDER BY entity, alias",
        (json.dumps(ids),),
    ):
        found[a["entity"]].append(a["alias"])
    return found


def iter_entity_records(conn: sqlite3.Connection, type: str | None = None) -> Iterator[dict[str, Any]]:
    """Every entity (or those of one type) in the export shape, in the order stored, one at a time."""
    where = "WHERE type = ?" if type else ""
    params = (type,) if type else ()
    rows = conn.execute(
        f"SELECT rowid AS seq_rowid, * FROM entities {where} ORDER BY rowid", params
    ).fetchall()
    for start in range(0, len(rows), 500):
        batch = rows[start : start + 500]
        ids = [r["id"] for r in batch]
        aliases = _aliases(conn, ids)
        mentions: dict[str, list[sqlite3.Row]] = defaultdict(list)
        for m in conn.execute(
            'SELECT entity, document, "start", "end", text, kind FROM mentions '
            'WHERE entity IN (SELECT value FROM json_each(?)) ORDER BY document, "start", "end"',
            (json.dumps(ids),),
        ):
            mentions[m["entity"]].append(m)
        for r in batch:
            yield shape.entity_record(r, aliases[r["id"]], mentions[r["id"]])


def entity_record(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    """One entity: aliases, mentions, its events (newest first) and whom it met, gave to, got from."""
    row = conn.execute(
        "SELECT en.*, (SELECT count(*) FROM mentions m WHERE m.entity = en.id) AS mention_count, "
        "(SELECT count(DISTINCT event) FROM event_roles r WHERE r.entity = en.id) AS event_count "
        "FROM entities en WHERE id = ?",
        (entity_id,),
    ).fetchone()
    if row is None:
        return None
    record = shape.entity_summary(row, _aliases(conn, [entity_id])[entity_id])
    record["attributes"] = json.loads(row["attributes"])
    record["mentions"] = [
        dict(m)
        for m in conn.execute(
            'SELECT document, "start", "end", text, kind FROM mentions WHERE entity = ? '
            'ORDER BY document, "start"',
            (entity_id,),
        )
    ]
    events = event_records(conn, EventFilter(entity=entity_id, limit=None))
    record["events"] = events
    record["relations"] = relations(entity_id, events)
    return record


# Relations read off events: (event type, this entity's role, the other role, what the relation is called).
RELATIONS = (
    ("meeting", "participant", "participant", "met"),
    ("gift", "giver", "recipient", "gave to"),
    ("gift", "recipient", "giver", "received from"),
    ("transfer", "supplier", "recipient", "supplied"),
    ("transfer", "recipient", "supplier", "was supplied by"),
    ("visit", "visitor", "destination", "visited"),
    ("visit", "destination", "visitor", "was visited by"),
    ("invitation", "inviter", "invitee", "invited"),
    ("invitation", "invitee", "inviter", "was invited by"),
    ("agreement", "party", "party", "agreed with"),
    ("support", "supporter", "supported", "supported"),
    ("warning", "warner", "warned", "warned"),
    ("threat", "threatener", "threatened", "threatened"),
)


# Roles shown as "who → whom" per event type: the first relation listed for the type.
DIRECTED: dict[str, tuple[str, str]] = {}
for _type, _mine, _theirs, _label in RELATIONS:
    DIRECTED.setdefault(_type, (_mine, "" if _mine == _theirs else _theirs))
DIRECTED["statement"] = ("speaker", "addressee")


def _names(fillers: list[dict[str, Any]], with_quantity: bool = False) -> str:
    from chronik.extract.events import NUMBER_WORDS

    out = []
    for f in fillers:
        name = f["name"]
        written = name.split()[0].lower() if name.split() else ""
        quantity = f.get("quantity")
        if (
            with_quantity
            and quantity
            and quantity > 1
            and not written[:1].isdigit()
            and written not in NUMBER_WORDS
        ):
            name = f"{quantity} × {name}"
        out.append(name)
    return "; ".join(dict.fromkeys(out))


def event_row(event: dict[str, Any]) -> dict[str, Any]:
    """An event in one line: date, place, who → whom, what else, modality, sources (tables, lists)."""
    who, whom = DIRECTED.get(event["type"], ("participant", ""))
    others = [r for r in event["roles"] if r not in {who, whom}]
    return {
        "id": event["id"],
        "type": event["type"],
        "date": event.get("date") or "",
        "place": event["place"]["name"] if event["place"] else "",
        "who_role": who,
        "whom_role": whom,
        "who": _names(event["roles"].get(who, [])),
        "whom": _names(event["roles"].get(whom, [])) if whom else "",
        "what": " | ".join(
            [f"kind: {kind}" for kind in [event["attributes"].get("kind")] if kind]
            + [f"{r}: {_names(event['roles'][r], with_quantity=True)}" for r in others]
        ),
        "modality": event["modality"],
        "sources": ", ".join(
            dict.fromkeys(
                s["outlet"] + (f" ({a})" if (a := _attributed(event, s["id"])) else "")
                for s in event["sources"]
            )
        ),
    }


def _attributed(event: dict[str, Any], document: str) -> str:
    return ", ".join(
        dict.fromkeys(
            e["attributed_to"] for e in event["evidence"] if e["document"] == document and e["attributed_to"]
        )
    )


def relations(entity_id: str, events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who an entity met, gave to, received from…: one entry per (relation, other), with the events."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for ev in events:
        for etype, mine, theirs, label in RELATIONS:
            if ev["type"] != etype or not any(f["entity"] == entity_id for f in ev["roles"].get(mine, [])):
                continue
            for other in ev["roles"].get(theirs, []):
                if other["entity"] == entity_id:
                    continue
                key = (label, other["entity"] or other["text"])
                entry = found.setdefault(
                    key, {"relation": label, "entity": other["entity"], "name": other["name"], "events": []}
                )
                if ev["id"] not in entry["events"]:
                    entry["events"].append(ev["id"])
    return sorted(found.values(), key=lambda r: (r["relation"], -len(r["events"]), r["name"]))


# -- documents ------------------------------------------------------------------------------------

_SUMMARY_COLUMNS = "id, source, url, title, published, language, length(raw) AS chars, metadata"
_DOCUMENT_COLUMNS = (
    "id, source, url, title, published, author, language, raw, text, content_hash, "
    "length(raw) AS chars, metadata"
)


def document_summaries(
    conn: sqlite3.Connection, limit: int | None = 20, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Documents in the order they were ingested, without their text, and how many there are."""
    page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM documents ORDER BY seq{page}").fetchall()
    total = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    return [shape.document_summary(r) for r in rows], total


@dataclass
class Deadline:
    """When a read must give up; checked between steps that the progress handler cannot interrupt."""

    seconds: float | None
    started: float = field(default_factory=time.monotonic)

    def check(self) -> None:
        if self.seconds is not None and time.monotonic() - self.started > self.seconds:
            raise StoreError(f"query took longer than {self.seconds:g} s")


def search_marks() -> tuple[str, str]:
    """Highlight markers for one search: a random token no stored text can contain by design."""
    token = secrets.token_hex(8)
    return f"\ue000{token}[", f"]{token}\ue001"


def unmark(snippet: str, mark: tuple[str, str]) -> tuple[str, list[tuple[int, int]]]:
    """The snippet without markers, and the (start, end) of each highlighted stretch in it."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for i, part in enumerate(re.split(f"({re.escape(mark[0])}|{re.escape(mark[1])})", snippet)):
        if i % 2:  # a marker
            if part == mark[0]:
                spans.append((length, length))
            elif spans:
                spans[-1] = (spans[-1][0], length)
            continue
        plain.append(part)
        length += len(part)
    return "".join(plain), spans


def search_documents(
    conn: sqlite3.Connection, query: str, limit: int = 20, deadline: Deadline | None = None
) -> list[dict[str, Any]]:
    """Full-text search, best first: document summaries with the matching stretch as plain-text
    `snippet`, `highlights` the [start, end) of each match in it, and the bm25 `score`.

    `query` is FTS5 syntax; when it is not valid syntax its words are searched as plain terms.
    Ranking and snippets run as separate statements: SQLite cannot interrupt `snippet()` while it
    runs, so the deadline is checked before each hit's snippet (whose cost the query-length cap bounds).
    """
    if not query.strip():
        return []
    deadline = deadline or Deadline(None)
    mark = search_marks()
    try:
        return _search(conn, query, limit, mark, deadline)
    except sqlite3.OperationalError as err:
        if "interrupted" in str(err) or ("fts5" not in str(err).lower() and "syntax" not in str(err).lower()):
            raise
    plain = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
    return _search(conn, plain, limit, mark, deadline)


def _search(
    conn: sqlite3.Connection, query: str, limit: int, mark: tuple[str, str], deadline: Deadline
) -> list[dict[str, Any]]:
    ranked = conn.execute(
        # Title matches weigh more than text matches (bm25 column weights).
        "SELECT rowid, bm25(documents_fts, 4.0, 1.0) AS score FROM documents_fts "
        "WHERE documents_fts MATCH ? ORDER BY score LIMIT ?",
        (query, limit),
    ).fetchall()
    hits = []
    for hit in ranked:
        deadline.check()
        row = conn.execute(
            f"SELECT {_SUMMARY_COLUMNS}, "
            "(SELECT snippet(documents_fts, -1, ?, ?, '…', 16) FROM documents_fts "
            "WHERE documents_fts MATCH ? AND rowid = ?) AS snippet FROM documents WHERE seq = ?",
            (mark[0], mark[1], query, hit["rowid"], hit["rowid"]),
        ).fetchone()
        if row is not None:
            snippet, spans = unmark(row["snippet"], mark)
            hits.append(
                shape.document_summary(row)
                | {"snippet": snippet, "highlights": [list(span) for span in spans], "score": hit["score"]}
            )
    deadline.check()
    return hits


def near_duplicates(conn: sqlite3.Connection, document_id: str) -> list[tuple[str, float]]:
    rows = conn.execute(
        "SELECT doc_b AS other, similarity FROM near_duplicates WHERE doc_a = ? "
        "UNION ALL SELECT doc_a, similarity FROM near_duplicates WHERE doc_b = ? "
        "ORDER BY similarity DESC, other",
        (document_id, document_id),
    ).fetchall()
    return [(r["other"], r["similarity"]) for r in rows]


def iter_document_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Export records of every document, one at a time."""
    near: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for a, b, sim in conn.execute("SELECT doc_a, doc_b, similarity FROM near_duplicates"):
        near[a].append((b, sim))
        near[b].append((a, sim))
    for row in conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY seq"):
        pairs = sorted(near.get(row["id"], []), key=lambda p: (-p[1], p[0]))
        yield shape.document_record(row, pairs)


def document_texts(
    conn: sqlite3.Connection, ids: Iterable[str], raw: bool = True
) -> dict[str, dict[str, Any]]:
    """Summaries (and raw texts) of some documents: the articles an event page shows its sentences in."""
    return {
        r["id"]: shape.document_summary(r) | ({"raw": r["raw"]} if raw else {})
        for r in conn.execute(
            f"SELECT {_SUMMARY_COLUMNS}{', raw' if raw else ''} FROM documents "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(ids))),),
        )
    }


def document_record(conn: sqlite3.Connection, document_id: str) -> dict[str, Any] | None:
    """One document with its text, the mentions in it and the events read from it (raw offsets)."""
    row = conn.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    record = shape.document_record(row, near_duplicates(conn, document_id))
    record["mentions"] = [
        dict(m)
        for m in conn.execute(
            'SELECT m.entity, en.name, en.type, m."start", m."end", m.text, m.kind FROM mentions m '
            'JOIN entities en ON en.id = m.entity WHERE m.document = ? ORDER BY m."start", m."end"',
            (document_id,),
        )
    ]
    ids = [r[0] for r in conn.execute("SELECT event FROM event_sources WHERE document = ?", (document_id,))]
    rows = conn.execute(
        f"SELECT * FROM ({_DATED_EVENTS}) WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(ids),),
    ).fetchall()
    events = _complete(conn, rows)
    for ev in events:  # this document's share of each event
        ev["evidence"] = [e for e in ev["evidence"] if e["document"] == document_id]
        ev["roles"] = {r: [f for f in fs if f["document"] == document_id] for r, fs in ev["roles"].items()}
    record["events"] = sorted(events, key=lambda ev: ev["evidence"][0]["start"] if ev["evidence"] else 0)
    return record


# -- exports ------------------------------------------------------------------------------------


def export_sections(conn: sqlite3.Connection) -> dict[str, Any]:
    """The export of `eval/FORMAT.md` with each list as an iterator, for writers that stream."""
    return {
        "format": shape.FORMAT_VERSION,
        "documents": iter_document_records(conn),
        "entities": iter_entity_records(conn),
        "events": iter_event_records(conn),
    }


def role_names(conn: sqlite3.Connection) -> list[str]:
    """Every role some stored event fills (the columns of the mention table)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT role FROM event_roles ORDER BY role")]


def iter_actors(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Entities that fill a role of some event (the actor nodes of the GraphML export)."""
    for r in conn.execute(
        "SELECT id, type, name FROM entities WHERE id IN (SELECT entity FROM event_roles) ORDER BY rowid"
    ):
        yield dict(r)


# -- stats ------------------------------------------------------------------------------------------


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts of everything stored (for `chronik stats`, `build`'s summary and the API)."""
    from chronik.store.migrate import applied_migrations

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    def grouped(sql: str) -> dict[str, int]:
        return {str(k): int(n) for k, n in conn.execute(sql).fetchall()}

    last = conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    return {
        "documents": count("SELECT count(*) FROM documents"),
        "languages": grouped(
            "SELECT coalesce(language, 'unknown'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"
        ),
        "near_duplicate_pairs": count("SELECT count(*) FROM near_duplicates"),
        "entities": count("SELECT count(*) FROM entities"),
        "entities_by_type": grouped("SELECT type, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC"),
        "mentions": count("SELECT count(*) FROM mentions"),
        "events": count("SELECT count(*) FROM events"),
        "event_mentions": count("SELECT count(*) FROM event_mentions"),
        "events_by_type": grouped("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"),
        "failed_documents": count("SELECT count(*) FROM analyses WHERE status = 'failed'"),
        "failures": grouped(  # by exception name, the part of the error before its first colon
            "SELECT substr(error, 1, instr(error || ':', ':') - 1), count(*) FROM analyses "
            "WHERE status = 'failed' GROUP BY 1 ORDER BY 2 DESC"
        ),
        "runs": count("SELECT count(*) FROM runs"),
        "unfinished_runs": count("SELECT count(*) FROM runs WHERE finished IS NULL"),
        "last_run": run_record(last) if last else None,
        "schema": applied_migrations(conn),
    }


def run_record(row: sqlite3.Row) -> dict[str, Any]:
    record = dict(row)
    record["arguments"] = json.loads(record["arguments"])
    record["counts"] = json.loads(record["counts"])
    return record
