"""When two reports tell of one real-world event: the criteria shared by every kind of coreference.

Within a sentence (a verb and its noun, `Reader._merge`), within an article and across articles
(`chronik.fuse.events`) the same rules decide, read from `data/cues/coreference.yml`:

- Candidates share their type and at least one actor.
- Conflicts keep reports apart whatever else they share: places that have nothing in common,
  different years or months (or dates more than a few days apart; within one article any two
  different dates), a negated report and an asserted one of another time, identifying roles that
  share no actor (a directed role such as giver) or hold different actors (participants), items
  with different heads, statements with different content.
- Otherwise their affinity decides: shared actors, places, items, agreeing dates and the overlap
  of their sentences' words.

Several items handed over in one act, or one trip to two cities, stay one report because
extraction reads them as one; reports of them still fuse, as a shared item or city is enough.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from chronik.core.models import Event
from chronik.extract.cue_lexicon import load_cues
from chronik.extract.frames import load_frames

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_WEEKDAY = re.compile(r"W")
_ENDINGS = ("innen", "ern", "en", "er", "es", "e", "n", "s")
_ANY_WORD = re.compile(r"\w+", re.UNICODE)
_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer", "dieses", "dieser"})
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_NOT_ADJECTIVES = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur", "dies", "jen", "jed")


@dataclass(frozen=True)
class Criteria:
    identity: Mapping[str, tuple[str, ...]]
    symmetric: frozenset[str]
    items: frozenset[str]
    content: frozenset[str]
    places: frozenset[str]
    min_content_overlap: float
    date_tolerance_days: int
    min_affinity: float
    generic_items: Mapping[str, frozenset[str]] = field(default_factory=dict)
    definite_determiners: frozenset[str] = frozenset()
    other_occurrence_words: tuple[str, ...] = ()
    occurrence_sequences: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    occurrence_apart_from_named: frozenset[str] = frozenset()


@cache
def criteria() -> Criteria:
    data = load_cues("coreference")
    generic = {
        f.type: frozenset(item_head(lemma) for n in f.nouns for lemma in n.lemmas) for f in load_frames()
    }
    sequences = {
        str(k): tuple(str(w).lower() for w in words)
        for k, words in (data.get("occurrence_sequences") or {}).items()
    }
    return Criteria(
        identity={str(k): tuple(v) for k, v in (data.get("identity") or {}).items()},
        symmetric=frozenset(data.get("symmetric") or ()),
        items=frozenset(data.get("items") or ()),
        content=frozenset(data.get("content") or ()),
        places=frozenset(data.get("places") or ()),
        min_content_overlap=float(data.get("min_content_overlap", 0.5)),
        date_tolerance_days=int(data.get("date_tolerance_days", 3)),
        min_affinity=float(data.get("min_affinity", 1.0)),
        generic_items=generic,
        definite_determiners=frozenset(str(w).lower() for w in data.get("definite_determiners") or ()),
        # A word naming a place in a sequence names another occurrence as well.
        other_occurrence_words=tuple(str(w).lower() for w in data.get("other_occurrence_words") or ())
        + tuple(w for words in sequences.values() for w in words),
        occurrence_sequences=sequences,
        occurrence_apart_from_named=frozenset(str(k) for k in data.get("occurrence_apart_from_named") or ()),
    )


@lru_cache(maxsize=65_536)  # fusion asks for the head of every word of every report's evidence
def item_head(text: str) -> str:
    """The folded head noun of a phrase (its last word before a genitive attribute, a few endings
    off): `fünf Drohnen` → `drohn`, `ein Gewehr höchster Qualität` → `gewehr`."""
    words = _WORD.findall(_without_genitive(text).lower())
    if not words:
        return ""
    word = words[-1]
    for ending in _ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def _without_genitive(text: str) -> str:
    """The phrase up to its head noun: a genitive attribute after the noun (`Drohnen des Typs X`,
    `ein Gewehr höchster Qualität`) is cut off (fillers span their genitives, see events). A noun
    inside a participial attribute (`ein in Nordkorea hergestelltes Gewehr`) is no head."""
    words = list(_ANY_WORD.finditer(text))
    for k in range(1, len(words)):
        noun, word = words[k - 1].group(), words[k].group()
        if not noun[:1].isupper():
            continue
        article = word.lower() in _GENITIVE_ARTICLES
        # An article-less genitive: a strong adjective and the noun that ends the phrase, after a
        # head that opens the phrase or follows its one determiner or number.
        opens = k - 1 == 0 or (k - 1 == 1 and not words[0].group()[:1].isupper())
        last_noun = k + 2 == len(words) and words[-1].group()[:1].isupper()
        bare = opens and word.islower() and word.endswith(("er", "es")) and last_noun
        if article or bare:
            return text[: words[k].start()]
    return text


def heads_match(a: str, b: str) -> bool:
    """One head is the other or ends it (`sprengdrohn` ~ `drohn`): a compound names the same thing."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long == short or (len(short) >= 4 and long.endswith(short))


def actors_agree(a: Iterable[object], b: Iterable[object]) -> bool:
    """Two sets of actors can be one event's: one names none, or they share one."""
    sa, sb = set(a), set(b)
    return not sa or not sb or bool(sa & sb)


@dataclass(frozen=True)
class Report:
    """What coreference compares of one report of an event (the event of one sentence or article)."""

    id: str
    type: str
    document: str
    roles: Mapping[str, frozenset[str]]  # role → linked actor ids
    places: frozenset[str]  # entity ids or folded names of the event's place and destinations
    sites: frozenset[str]  # linked places that are no country (cities, buildings, regions)
    countries: frozenset[str]  # linked countries
    time: str | None
    modality: str
    items: frozenset[str]  # folded heads of the things handed over, generic words left out
    content: frozenset[str]  # words of content roles (what was said)
    words: frozenset[str]  # words of the report's sentences (folded as heads: `Russlands` → `russland`)
    place_words: frozenset[str] = frozenset()  # the names in its places (`Kosmodrom`, `Russland`), folded
    actors: frozenset[str] = frozenset()  # every linked actor of its roles
    # Symmetric roles with their unnamed sides too (`?verteidigungsminist`): how many sides there are.
    sides: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Told by an event noun with a definite article (`vor dem regulären Gipfel`): `again`, an event of
    # the article named again; with a word for another occurrence (`beim letzten Gipfel`): `other`, or
    # `other:` and the sequence its word names (`other:before`).
    occurrence: str = ""


def report_of(event: Event, document: str | None = None, kinds: Mapping[str, str] | None = None) -> Report:
    """The comparable view of an extracted event; `kinds` gives entity types (entity id → type)."""
    c = criteria()
    kinds = kinds or {}
    # Actors are who takes part: things, content and places (destinations) are compared apart.
    roles = {
        role: frozenset(f.entity for f in fillers if f.entity)
        for role, fillers in event.roles.items()
        if role not in c.items and role not in c.content and role not in c.places
    }
    # A side the reader could not name (`den russischen Verteidigungsminister`) is still a side:
    # `Kim + the minister` is not `Kim + Putin` (symmetric roles only; it is no actor to share).
    unnamed = {
        role: frozenset("?" + item_head(f.text) for f in fillers if not f.entity and item_head(f.text))
        for role, fillers in event.roles.items()
        if role in c.symmetric
    }
    places = {
        f.entity or " ".join(_WORD.findall(f.text.lower()))
        for role, fillers in event.roles.items()
        if role in c.places
        for f in fillers
    }
    linked = {f.entity for role in c.places for f in event.roles.get(role, []) if f.entity}
    if event.place is not None:
        places.add(event.place.entity or " ".join(_WORD.findall(event.place.text.lower())))
        if event.place.entity:
            linked.add(event.place.entity)
    generic = c.generic_items.get(event.type, frozenset())
    items = {item_head(f.text) for role in c.items for f in event.roles.get(role, [])}
    content = {
        w for role in c.content for f in event.roles.get(role, []) for w in _WORD.findall(f.text.lower())
    }
    words = {item_head(w) for e in event.evidence for w in _WORD.findall(e.text)}
    place_texts = [f.text for role in c.places for f in event.roles.get(role, [])]
    place_texts += [event.place.text] if event.place is not None else []
    place_words = {item_head(w) for t in place_texts for w in _WORD.findall(t) if w[:1].isupper()}
    return Report(
        id=event.id,
        type=event.type,
        document=document or (event.evidence[0].document if event.evidence else ""),
        roles={r: ids for r, ids in roles.items() if ids},
        sides={r: ids | unnamed.get(r, frozenset()) for r, ids in roles.items() if ids},
        places=frozenset(p for p in places if p),
        sites=frozenset(p for p in linked if kinds.get(p, "location") != "country"),
        countries=frozenset(p for p in linked if kinds.get(p) == "country"),
        time=event.time,
        modality=event.modality,
        items=frozenset(i for i in items if i and not any(heads_match(i, g) for g in generic)),
        content=frozenset(content),
        words=frozenset(words),
        place_words=frozenset(place_words),
        actors=frozenset().union(*roles.values()) if roles else frozenset(),
        occurrence=_occurrence(event),
    )


def _occurrence(event: Event) -> str:
    """`again` where the event is told (once) by a noun with a definite article (`vor dem regulären
    EU-Gipfel`), `other` where a word between them makes it another occurrence of its kind (`beim
    nächsten Gipfel`; `other:after`, where the word names a place in a sequence), else ``."""
    c = criteria()
    if event.attributes.get("trigger_kind") != "noun" or len(event.evidence) != 1:
        return ""
    ev = event.evidence[0]
    words = _ANY_WORD.findall(ev.text[: max(ev.trigger_start - ev.start, 0)])
    other, place = False, ""
    # Adjectives between the article and the noun (`dem regulären`, `beim letzten`): lower-case words
    # with an adjective's ending, no article (`einem`) or possessive (`seinem`) among them.
    while words and words[-1].islower() and words[-1].endswith(_ADJECTIVE_ENDINGS):
        word = words[-1]
        if word in c.definite_determiners or word.startswith(_NOT_ADJECTIVES):
            break
        other = other or word.startswith(c.other_occurrence_words)
        place = place or next((k for k, ws in c.occurrence_sequences.items() if word.startswith(ws)), "")
        words.pop()
    if not words or words[-1].lower() not in c.definite_determiners:
        return ""
    return f"other:{place}" if place else "other" if other else "again"


def _other_occurrences(a: str, b: str) -> bool:
    """Whether two reports' nouns name different places in a sequence (`der letzte` … `der kommende
    Gipfel`), or one such place and the article's event named again (`beim Gipfel` … `beim nächsten`)."""
    places = {o.partition(":")[2] for o in (a, b) if o.startswith("other:")}
    if len(places) == 2:
        return True
    return "again" in {a, b} and bool(places & criteria().occurrence_apart_from_named)


# -- time ------------------------------------------------------------------------------------------

_TIME = re.compile(r"^(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2}|XX)(?:-(?P<d>\d{2}|XX))?)?")


@lru_cache(maxsize=4096)
def time_parts(value: str | None) -> tuple[int | None, int | None, int | None]:
    """Year, month and day a TIMEX3 value states (None where unknown); weeks and weekdays say nothing."""
    if not value or _WEEKDAY.search(value):
        return None, None, None
    m = _TIME.match(value)
    if m is None:
        return None, None, None

    def number(group: str) -> int | None:
        text = m.group(group)
        return int(text) if text and text.isdigit() else None

    month = number("m")
    return number("y"), month if month and month <= 12 else None, number("d")


def times_agree(a: str | None, b: str | None) -> bool:
    """The two values state nothing different (`XXXX-09-13` agrees with `2023-09-13` and `2023-09`)."""
    pa, pb = time_parts(a), time_parts(b)
    return all(x is None or y is None or x == y for x, y in zip(pa, pb, strict=True))


def _times_conflict(a: Report, b: Report, tolerance: int) -> str | None:
    if a.document == b.document:
        # One article giving two times for one type and cast tells of two happenings.
        return "time" if a.time and b.time and a.time != b.time else None
    (ya, ma, da), (yb, mb, db) = time_parts(a.time), time_parts(b.time)
    if ya is not None and yb is not None and ya != yb:
        return "year"
    if ma is not None and mb is not None and ma != mb:
        return "month"
    if da is not None and db is not None and abs(da - db) > tolerance:
        return "date"
    return None


def _same_date(a: str | None, b: str | None) -> bool:
    (_, ma, da), (_, mb, db) = time_parts(a), time_parts(b)
    return ma is not None and ma == mb and (da is None or db is None or da == db)


# -- the criteria ------------------------------------------------------------------------------------


def conflict(a: Report, b: Report) -> str | None:
    """Why `a` and `b` cannot be one event (a short reason), or None when nothing keeps them apart."""
    c = criteria()
    if a.type != b.type:
        return "type"
    reason = _times_conflict(a, b, c.date_tolerance_days)
    if reason:
        return reason
    if a.document == b.document and _other_occurrences(a.occurrence, b.occurrence):
        return "occurrence"
    named_again = "again" in {a.occurrence, b.occurrence} and not any(
        o.startswith("other") for o in (a.occurrence, b.occurrence)
    )
    if a.document == b.document and a.modality != b.modality and not named_again:
        # One article telling of a past and a planned visit tells of two; but a noun with a definite
        # article names one told of already, whatever its clause's modality (`Vor dem Gipfel wollten …`).
        return "modality"
    if (a.modality == "negated") != (b.modality == "negated") and not (
        a.time and b.time and times_agree(a.time, b.time) and time_parts(a.time)[0] is not None
    ):
        return "negation"
    # Only linked places of one kind are compared: a city is no conflict with a country it may lie in,
    # and an unlinked phrase (`im Norden`) is too vague to keep reports apart.
    if (a.sites and b.sites and not a.sites & b.sites) or (
        a.countries and b.countries and not a.countries & b.countries
    ):
        return "place"
    for role in c.identity.get(a.type, ()):
        ra, rb = a.roles.get(role, frozenset()), b.roles.get(role, frozenset())
        if not ra or not rb:
            continue
        if role in c.symmetric:
            sa, sb = a.sides.get(role, ra), b.sides.get(role, rb)
            if len(sa) >= 2 and len(sb) >= 2 and not (sa <= sb or sb <= sa):
                return role
            if not ra & rb:
                return role
        elif not ra & rb:
            return role
    if a.items and b.items and not any(heads_match(x, y) for x in a.items for y in b.items):
        return "item"
    if a.content and b.content and _overlap(a.content, b.content) < c.min_content_overlap:
        return "content"
    return None


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def affinity(a: Report, b: Report) -> float:
    """How much speaks for one event: shared actors, place, item, date, modality, and the words of
    the sentences."""
    score = float(len(a.actors & b.actors))
    score += 1.0 if a.places & b.places else 0.0
    score += 1.0 if any(heads_match(x, y) for x in a.items for y in b.items) else 0.0
    score += 1.0 if _same_date(a.time, b.time) else 0.0
    score += 0.5 if a.modality == b.modality else 0.0
    return score + 2.0 * _overlap(a.words, b.words)


def shares_detail(a: Report, b: Report) -> bool:
    """A detail beyond the actors: an item, a site (a linked place that is no country) or the date;
    or, weaker, a country, or a place each report names that the other's sentence mentions too
    (`im Kosmodrom` / `auf dem Kosmodrom Wostotschny in Russland`). A report that names its year
    (`im April 2019`) tells of its own time: with a report that names none, only a strong detail
    counts, so an earlier visit to a country is not taken for the present one."""
    items = any(heads_match(x, y) for x in a.items for y in b.items)
    if items or bool(a.sites & b.sites) or _same_date(a.time, b.time):
        return True
    if (time_parts(a.time)[0] is None) != (time_parts(b.time)[0] is None):
        return False
    if a.countries & b.countries:
        return True
    return bool(a.place_words & b.words) and bool(b.place_words & a.words)


def same_event(a: Report, b: Report) -> bool:
    """`a` and `b` report one event: they share an actor, nothing conflicts, and enough speaks for it.
    Reports from two articles must also share a detail beyond the actors (the same two leaders meet
    often; a report without item, place or date is too thin to say which meeting it tells of)."""
    if not a.actors & b.actors or conflict(a, b) is not None:
        return False
    if a.document != b.document and not shares_detail(a, b):
        return False
    return affinity(a, b) >= criteria().min_affinity


def link_strength(a: Report, b: Report) -> int:
    """How strong a link between two reports of one event is: 0 within one article, 1 across
    articles with an item, a site or the date in common, 2 across articles on weaker grounds."""
    if a.document == b.document:
        return 0
    items = any(heads_match(x, y) for x in a.items for y in b.items)
    return 1 if items or a.sites & b.sites or _same_date(a.time, b.time) else 2


def cluster(reports: list[Report]) -> list[list[int]]:
    """Group reports into events (indices into `reports`), each group in the order given.

    Candidate pairs share type and an actor and pass `same_event`. Groups join agglomeratively:
    first the links within articles, then strong links across articles, then weak ones; among
    equals the pair of groups with the most affinity summed over their linked reports (so a report
    joins the event most of its kind speak for). Two groups join only when no report of one
    conflicts with any of the other. The result depends on the reports alone, not on their order."""
    by_actor: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(reports):
        for actor in r.actors:
            by_actor.setdefault((r.type, actor), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for block in by_actor.values():
        for x, i in enumerate(block):
            for j in block[x + 1 :]:
                pairs.add((i, j))
    # Links between groups (named by their first member): (strongest tier, summed affinity). A heap
    # holds them best first; an entry whose link has changed since it was pushed is passed over.
    links: dict[tuple[int, int], tuple[int, float]] = {}
    near: dict[int, set[int]] = {}
    for i, j in pairs:
        a, b = reports[i], reports[j]
        if same_event(a, b):
            links[(i, j) if i < j else (j, i)] = (link_strength(a, b), affinity(a, b))
            near.setdefault(i, set()).add(j)
            near.setdefault(j, set()).add(i)
    ids = [r.id for r in reports]
    heap = [(tier, -total, ids[gi], ids[gj], gi, gj) for (gi, gj), (tier, total) in links.items()]
    heapq.heapify(heap)
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
    while heap:
        tier, negative, _, _, gi, gj = heapq.heappop(heap)
        if links.get((gi, gj)) != (tier, -negative):
            continue
        del links[(gi, gj)]
        near[gi].discard(gj)
        near[gj].discard(gi)
        if any(conflict(reports[x], reports[y]) for x in members[gi] for y in members[gj]):
            continue
        members[gi].extend(members.pop(gj))
        for other in near.pop(gj, set()):
            near[other].discard(gj)
            t, total = links.pop((min(gj, other), max(gj, other)))
            key = (min(gi, other), max(gi, other))
            if key in links:
                t, total = min(t, links[key][0]), total + links[key][1]
            links[key] = (t, total)
            near[gi].add(other)
            near[other].add(gi)
            heapq.heappush(heap, (t, -total, ids[key[0]], ids[key[1]], *key))
    return [sorted(m) for _, m in sorted(members.items())]
