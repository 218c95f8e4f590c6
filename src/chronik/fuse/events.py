"""One event however many reports tell of it, within an article and across articles.

`fuse_events(batches)` is the whole step: it takes each document with the reports extraction read
from it (entities already fused, so actor ids are global) and returns the fused events. Which
reports are one event is decided by `chronik.extract.coreference`, the criteria extraction uses
too. A fused event keeps its reports' ids in `mentions`, every report's evidence, the union of
their role fillers, derived fields (time, place, modality), its sources (outlets and credited
speakers or agencies) and where the reports disagree (date, place, modality, a role filler, an
item's quantity).

Ids are stable: a fused event takes the id of its earliest report (by reference date, document id,
position), so the same corpus gives the same ids, and adding articles that report other events
changes none of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chronik.core.models import (
    Disagreement,
    Document,
    Entity,
    Event,
    Evidence,
    Modality,
    RoleFiller,
    Source,
)
from chronik.extract import coreference, timex
from chronik.extract.dateline import find_datelines

MODALITY_ORDER: tuple[Modality, ...] = ("asserted", "planned", "uncertain", "negated")  # ties: earlier
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)", re.IGNORECASE)
OUTLET_METADATA = ("outlet", "site_name", "sitename", "publisher")


@dataclass(frozen=True)
class _Report:
    event: Event
    document: str
    reference: date | None
    outlets: tuple[str, ...]
    view: coreference.Report

    @property
    def order(self) -> tuple[str, str, int]:
        start = self.event.evidence[0].start if self.event.evidence else 0
        return (self.reference.isoformat() if self.reference else "9999", self.document, start)


def outlets_of(document: Document) -> tuple[str, ...]:
    """Who published a document: its metadata's outlet, else its URL's host, else a dateline's agencies."""
    for key in OUTLET_METADATA:
        value = document.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return (value.strip(),)
    if document.url:
        host = _HOST.match(document.url)
        if host:
            return (host.group(1).lower().removeprefix("www."),)
    agencies = [a for line in find_datelines(document.raw) for a in line.agencies]
    return tuple(dict.fromkeys(agencies))


def fuse_events(batches: Sequence[tuple[Document, Sequence[Entity], Sequence[Event]]]) -> list[Event]:
    """The fused events of all reports of `batches` (each document with its extraction: entities
    with global ids and the reports), ordered by their earliest report."""
    kinds = {e.id: e.type for _, entities, _ in batches for e in entities}
    reports = []
    for document, _, events in batches:
        reference = timex.reference_date(document.published, document.text)
        outlets = outlets_of(document)
        for ev in events:
            view = coreference.report_of(ev, document.id, kinds)
            reports.append(_Report(ev, document.id, reference, outlets, view))
    reports.sort(key=lambda r: (r.order, r.event.id))
    groups = coreference.cluster([r.view for r in reports])
    # `cluster` keeps each group in the order given, and groups by their first member: the earliest.
    return [_fused([reports[i] for i in group]) for group in sorted(groups)]


def _fused(members: list[_Report]) -> Event:
    members = sorted(members, key=lambda r: (r.order, r.event.id))
    first = members[0].event
    roles: dict[str, list[RoleFiller]] = {}
    for m in members:
        for role, fillers in m.event.roles.items():
            have = roles.setdefault(role, [])
            seen = {(f.entity or f.text.casefold()) for f in have}
            have.extend(f for f in fillers if (f.entity or f.text.casefold()) not in seen)
    evidence: list[Evidence] = [e for m in members for e in m.event.evidence]
    time, time_text = _time(members)
    place = next((m.event.place for m in members if m.event.place is not None), None)
    return Event(
        id=first.id,
        type=first.type,
        roles=roles,
        modality=_modality(members),
        time=time,
        time_text=time_text,
        place=place,
        evidence=evidence,
        plover=next((m.event.plover for m in members if m.event.plover), None),
        attributes={k: v for m in reversed(members) for k, v in m.event.attributes.items()},
        mentions=[m.event.id for m in members],
        sources=_sources(members),
        disagreements=_disagreements(members),
    )


def _time(members: list[_Report]) -> tuple[str | None, str | None]:
    """The event's time: the value most reports agree with, the most precise of those; a weekday
    without a date only when no report gives more."""
    dated = [m.event for m in members if m.event.time and any(coreference.time_parts(m.event.time))]
    if not dated:
        weekday = next((m.event for m in members if m.event.time), None)
        return (weekday.time, weekday.time_text) if weekday else (None, None)

    def support(ev: Event) -> tuple[int, int]:
        agree = sum(coreference.times_agree(ev.time, o.time) for o in dated)
        precision = sum(p is not None for p in coreference.time_parts(ev.time))
        return agree, precision

    best = max(dated, key=support)  # max keeps the first (earliest report) among equals
    return best.time, best.time_text


def _modality(members: list[_Report]) -> Modality:
    """What most reports say; among equals the one that says most happened."""
    counts = Counter(m.event.modality for m in members)
    return max(MODALITY_ORDER, key=lambda mod: (counts[mod], -MODALITY_ORDER.index(mod)))


def _sources(members: list[_Report]) -> list[Source]:
    found: dict[tuple[str, str], list[str]] = {}
    for m in members:
        for outlet in m.outlets:
            found.setdefault((outlet, "outlet"), []).append(m.document)
        for e in m.event.evidence:
            if e.attributed_to:
                found.setdefault((e.attributed_to, "credited"), []).append(m.document)
    return [
        Source(name, kind, tuple(dict.fromkeys(docs)))  # type: ignore[arg-type]
        for (name, kind), docs in found.items()
    ]


def _by_document(members: list[_Report]) -> dict[str, list[_Report]]:
    out: dict[str, list[_Report]] = {}
    for m in members:
        out.setdefault(m.document, []).append(m)
    return out


def _disagreement(field: str, said: dict[str, str]) -> Disagreement | None:
    """A disagreement when the documents' values (document → value) are not all one."""
    values: dict[str, list[str]] = {}
    for doc, value in said.items():
        values.setdefault(value, []).append(doc)
    if len(values) < 2:
        return None
    return Disagreement(field, tuple((v, tuple(docs)) for v, docs in values.items()))


def _disagreements(members: list[_Report]) -> list[Disagreement]:
    docs = _by_document(members)
    if len(docs) < 2:
        return []
    out: list[Disagreement | None] = []
    # Time: each article's most precise date; they disagree when two state different things.
    times = {}
    for doc, ms in docs.items():
        dated = [m.event.time for m in ms if m.event.time and any(coreference.time_parts(m.event.time))]
        if dated:
            times[doc] = max(dated, key=lambda t: sum(p is not None for p in coreference.time_parts(t)))
    values = list(times.values())
    if any(not coreference.times_agree(a, b) for a in values for b in values):
        out.append(_disagreement("time", times))
    out.append(
        _disagreement(
            "modality",
            {d: Counter(m.event.modality for m in ms).most_common(1)[0][0] for d, ms in docs.items()},
        )
    )
    out.append(_place_disagreement(docs))
    out.extend(_role_disagreements(members, docs))
    return [d for d in out if d is not None]


def _place_disagreement(docs: dict[str, list[_Report]]) -> Disagreement | None:
    """Two articles name places of one kind (sites, countries, or unlinked phrases by their head
    word) that have nothing in common; a city in one and its country in the other is no disagreement.
    Linked places of one kind that differ keep reports apart (`coreference.conflict`), so what this
    finds are mostly unlinked phrases (`im Rathaus`, `im Schloss`)."""
    kinds: dict[str, dict[str, set[str]]] = {}  # document → kind → keys
    for doc, ms in docs.items():
        for m in ms:
            mine = kinds.setdefault(doc, {})
            mine.setdefault("site", set()).update(m.view.sites)
            mine.setdefault("country", set()).update(m.view.countries)
            unlinked = [f for f in _place_fillers(m.event) if not f.entity]
            mine.setdefault("text", set()).update(coreference.item_head(f.text) for f in unlinked)

    def linked(k: dict[str, set[str]]) -> bool:
        return bool(k["site"] or k["country"])

    # Unlinked phrases (`im Kosmodrom`, `im Fernen Osten`) are compared only where neither article
    # links a place: a linked place says more than a phrase.
    clash = any(
        a[kind] and b[kind] and not a[kind] & b[kind] and (kind != "text" or not (linked(a) or linked(b)))
        for a in kinds.values()
        for b in kinds.values()
        for kind in ("site", "country", "text")
    )
    if not clash:
        return None
    said = {}
    for doc, ms in docs.items():
        place = next((f for m in ms for f in _place_fillers(m.event)), None)
        if place is not None:
            said[doc] = place.text
    return _disagreement("place", said)


def _place_fillers(event: Event) -> list[RoleFiller]:
    roles = coreference.criteria().places
    fillers = [f for role in roles for f in event.roles.get(role, [])]
    return ([event.place] if event.place is not None else []) + fillers


def _role_disagreements(members: list[_Report], docs: dict[str, list[_Report]]) -> list[Disagreement | None]:
    crit = coreference.criteria()
    out: list[Disagreement | None] = []
    for role in crit.identity.get(members[0].event.type, ()):
        if role in crit.symmetric:
            continue  # one article naming fewer participants is no disagreement
        said: dict[str, tuple[frozenset[str], str]] = {}
        for doc, ms in docs.items():
            fillers = [f for m in ms for f in m.event.roles.get(role, []) if f.entity]
            if fillers:
                said[doc] = (frozenset(f.entity for f in fillers if f.entity), fillers[0].text)
        sets = [s for s, _ in said.values()]
        if any(not (a <= b or b <= a) for a in sets for b in sets):
            out.append(_disagreement(role, {d: text for d, (_, text) in said.items()}))
    for role in crit.items:
        quantities: dict[str, dict[str, tuple[int, str]]] = {}  # head → document → (quantity, text)
        for doc, ms in docs.items():
            for m in ms:
                for f in m.event.roles.get(role, []):
                    head = coreference.item_head(f.text)
                    if f.quantity is None or not head:
                        continue
                    key = next((k for k in quantities if coreference.heads_match(k, head)), head)
                    quantities.setdefault(key, {})[doc] = (f.quantity, f.text)
        for said_q in quantities.values():
            if len({q for q, _ in said_q.values()}) > 1:
                out.append(_disagreement(role, {d: text for d, (_, text) in said_q.items()}))
    return out
