"""Extraction for one article: entities and events, every span mapped back to the raw text."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import cast, get_args

from spacy.tokens import Doc, Span, Token

from chronik.core.models import Document, Entity, Event, Evidence, Extraction, Mention, Modality, RoleFiller
from chronik.extract import attribution, modality, quotes, timex
from chronik.extract.actor_lookup import Actors, load_actors
from chronik.extract.entities import DocEntities, LocalEntity
from chronik.extract.events import Filler, LocalEvent, QuotedSpeaker, read_events
from chronik.extract.frames import Frame, load_frames
from chronik.nlp.token_table import token_table

HEADLINE_REPEAT = "headline_repeat"  # the cleaning rule that drops repetitions of the headline


def _short_hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def entity_key(ent: LocalEntity, document_id: str) -> str:
    """What fusion compares. A lone surname that no dictionary entry explains stays in its article:
    two articles' `Kim` need not be the same person, nor their `Bund` the same state."""
    if ent.kb_id:
        return f"kb:{ent.kb_id}"
    if ent.local or (ent.type == "person" and len(ent.tokens) < 2):
        return f"{document_id}:{ent.key}"
    return ent.key


class _Mapper:
    """Converts local results into core models with raw offsets; local offsets index the analysed
    text, which starts at `base` in the cleaned text (a window of a long article; else 0)."""

    def __init__(self, document: Document, base: int = 0) -> None:
        self.document = document
        self.base = base
        self.ids: dict[int, str] = {}

    def raw(self, start: int, end: int) -> tuple[int, int, str]:
        s, e = self.document.raw_span(start + self.base, end + self.base)
        return s, e, self.document.raw[s:e]

    def entity(self, ent: LocalEntity) -> Entity:
        key = entity_key(ent, self.document.id)
        eid = "e" + _short_hash(key)
        self.ids[id(ent)] = eid
        mentions = []
        for m in sorted(ent.mentions, key=lambda m: m.start):
            s, e, text = self.raw(m.start, m.end)
            if e > s:
                mentions.append(Mention(self.document.id, s, e, text, kind=m.kind))  # type: ignore[arg-type]
        aliases = sorted({m.text for m in ent.mentions if m.kind == "name"} - {ent.name})
        attributes: dict[str, object] = {"key": key}
        if ent.titles:
            attributes["titles"] = list(ent.titles)
        return Entity(eid, ent.type, ent.name, aliases, mentions, attributes, kb_id=ent.kb_id)

    def filler(self, f: Filler) -> RoleFiller:
        s, e, _ = self.raw(f.start, f.end)
        eid = self.ids.get(id(f.entity)) if f.entity is not None else None
        return RoleFiller(f.text, s, e, eid, f.quantity)


def extract(
    document: Document,
    analysed: Doc,
    actors: Actors | None = None,
    frames: tuple[Frame, ...] | None = None,
) -> Extraction:
    """Entities and events of one analysed article (`analysed` is the pipeline's Doc of `document.text`)."""
    return extract_windows(document, [(0, analysed)], actors, frames)


def extract_windows(
    document: Document,
    windows: Sequence[tuple[int, Doc]],
    actors: Actors | None = None,
    frames: tuple[Frame, ...] | None = None,
) -> Extraction:
    """Entities and events of an article analysed in windows: (start in `document.text`, Doc of the
    window). Each window is read alone; an entity found in several windows becomes one."""
    actors = actors or load_actors()
    frames = frames or load_frames()
    anchor = timex.reference_date(document.published, document.text)
    out = Extraction(document.id)
    by_id: dict[str, Entity] = {}
    for base, analysed in windows:
        ents = DocEntities(analysed, actors, anchor)
        text = token_table(analysed).text
        times = _outside_names(timex.find_times(text, anchor), ents)
        found_quotes = quotes.extract_quotes(analysed, times=times)
        speakers = quote_speakers(analysed, ents, found_quotes)
        local_events = read_events(analysed, ents, frames, speakers) + statements(
            analysed, ents, frames, found_quotes
        )
        contents = [(q.content.start, q.content.end) for q in found_quotes]
        credits = attribution.attributions(text)
        mapper = _Mapper(document, base)
        for entity in (mapper.entity(e) for e in ents.entities if e.mentions):
            if base and entity.id in by_id:
                _merge_entity(by_id[entity.id], entity)
                continue
            by_id.setdefault(entity.id, entity)
            out.entities.append(entity)
        for n, ev in enumerate(local_events):
            event = _event(ev, n, document, mapper, times, credits, contents, anchor)
            if ev.only_modalities and event.modality not in ev.only_modalities:
                continue  # e.g. sanctions imposed are no threat; only threatened ones are
            out.events.append(event)
    _mentions_in_repeated_headlines(document, out.entities)
    return out  # several reports of one event are fused by `chronik.fuse.events`, with all others


_SPAN_MODS = frozenset({"ON_OR_AFTER", "ON_OR_BEFORE"})  # `seit`/`ab`, `bis`: a span's bound


def _after(value: str | None, anchor: date | None) -> bool:
    """Whether a TIMEX3 day, week, month, season or year begins after the article's reference date."""
    days = timex.extent(value)
    return days is not None and anchor is not None and days[0] > anchor


def _event_time(
    ev: LocalEvent, times: list[timex.Timex], window: tuple[int, int], anchor: date | None
) -> timex.Timex | None:
    """The time expression nearest the trigger; in a clause told in the present tense a weekday or
    month looks ahead (`Am Freitag besucht X Y`, said on Monday, is next Friday's visit), unless it
    bounds a span (`hält sich seit Mittwoch in Y auf`: since the last one)."""
    trig = ev.trigger
    when = timex.time_for_span(times, trig.idx, trig.idx + len(trig.text), window)
    if when is None or when.value is None or ev.type == "statement" or when.mod in _SPAN_MODS:
        return when
    if not modality.present_tense(ev.sentence, trig):
        return when
    base = ev.sentence.start_char
    ahead = next(
        (
            t.value
            for t in timex.find_times(ev.sentence.text, anchor, "future")
            if (t.start + base, t.end + base) == (when.start, when.end)
        ),
        None,
    )
    return replace(when, value=ahead) if ahead and ahead != when.value else when


def _outside_names(times: list[timex.Timex], ents: DocEntities) -> list[timex.Timex]:
    """The temporal expressions that are no word of a person's name (`Uwe Sommer`, `Martin Winter`: a
    surname, no season); only a month's or season's name can be one (`Katzian Mittwochfrüh` is the
    recogniser's slip)."""
    named = [(m.start, m.end) for e in ents.entities if e.type == "person" for m in e.mentions]
    return [
        t
        for t in times
        if not timex.names_a_month_or_season(t.text) or not any(a < t.end and t.start < b for a, b in named)
    ]


def _merge_entity(kept: Entity, other: Entity) -> None:
    """The same entity read in a later window: its mentions, names and titles join the first."""
    kept.mentions = sorted(kept.mentions + other.mentions, key=lambda m: m.start)
    kept.aliases = sorted((set(kept.aliases) | set(other.aliases) | {other.name}) - {kept.name})
    titles = list(kept.attributes.get("titles", [])) + list(other.attributes.get("titles", []))
    if titles:
        kept.attributes["titles"] = list(dict.fromkeys(titles))
    kept.kb_id = kept.kb_id or other.kb_id


def statements(
    doc: Doc, ents: DocEntities, frames: tuple[Frame, ...], found: list[quotes.Quote] | None = None
) -> list[LocalEvent]:
    """Who said what: each quotation the quote reader finds, as a `statement` event."""
    frame = next((f for f in frames if f.type == "statement"), None)
    if frame is None:
        return []
    out = []
    for q in quotes.extract_quotes(doc) if found is None else found:
        if q.speaker is None:
            continue
        anchor = q.cue or q.speaker
        trigger = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
        if trigger is None:
            continue
        sentence = trigger[0].sent
        event = LocalEvent(frame.type, frame.plover, trigger[0], sentence, attributes={"quote": q.kind})
        for role, span in (("speaker", q.speaker), ("addressee", q.addressee)):
            if span is None:
                continue
            if role == "speaker":
                entity = _speaker_of(doc, ents, q)
                if entity is None and span.text.lower() in quotes.anaphoric_words():
                    break  # `Demnach …` with no actor named before it: no one's statement
            else:
                tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
                entity = ents.at(tokens.start, tokens.end) if tokens is not None else None
            event.add(role, Filler(span.text, span.start, span.end, entity))
        if not event.roles.get("speaker"):
            continue
        event.add("content", Filler(q.content.text, q.content.start, q.content.end))
        out.append(event)
    return out


def _modality(
    ev: LocalEvent, sent: Span, trig: Token, when: timex.Timex | None = None, anchor: date | None = None
) -> Modality:
    """The cues' modality; where they find the event asserted, its trigger may say otherwise
    (`X wird in Y erwartet`: a frame's `trigger_modality`), and so may its time: one after the
    article's date is still ahead (`X empfängt am Donnerstag Y`, said on Monday), unless it only
    bounds the event (`ein Abkommen bis Ende Oktober`). An event noun dated after it by a time over
    before the article's date happened, whatever the clause plans (`wird X nach einem Abkommen aus
    Dezember 2007 kaufen`)."""
    if ev.attributes.get("trigger_kind") == "attribute":
        # `die von X eingeladenen Gäste kamen nicht`: the participle tells a thing done; the clause's
        # negation, modal or tense are its own verb's.
        return "asserted"
    said = ev.attributes.get("trigger_modality")
    found = modality.modality_of(sent, trig, ev.type, planned=said == "planned")
    if found == "asserted" and said in MODALITIES:
        return cast(Modality, said)
    if (
        found == "asserted"
        and ev.type != "statement"
        and when is not None
        and when.mod != "ON_OR_BEFORE"  # `bis`: a bound, not the time it happens
        and _after(when.value, anchor)
    ):
        return "planned"
    if (
        found == "planned"
        and ev.attributes.get("trigger_kind") == "noun"
        and when is not None
        and when.mod is None
        and trig.idx < when.start
        and _over(when.value, anchor)
    ):
        return "asserted"
    return found


def _over(value: str | None, anchor: date | None) -> bool:
    """Whether a TIMEX3 day, week, month, season or year ends before the article's reference date."""
    days = timex.extent(value)
    return days is not None and anchor is not None and days[1] < anchor


MODALITIES = frozenset(get_args(Modality))


def _speaker_of(doc: Doc, ents: DocEntities, q: quotes.Quote) -> LocalEntity | None:
    """The entity a quotation's speaker names, if any."""
    span = q.speaker
    if span is None:
        return None
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    entity = ents.at(tokens.start, tokens.end) if tokens is not None else None
    if entity is None and q.speaker_name:
        entity = next((e for e in ents.entities if e.name == q.speaker_name), None)
    if entity is None and span.text.lower() in quotes.anaphoric_words():
        # `Demnach …`: the source is the actor named last before the word, not the word.
        entity = _last_actor_before(doc, ents, span.start)
    owner = attribution.report_owner(span.text) if entity is None else None
    if owner == "possessive":  # `Nach ihren Angaben …`: a person named before, else an organisation
        entity = _last_actor_before(doc, ents, span.start, ("person",)) or _last_actor_before(
            doc, ents, span.start
        )
    elif owner == "self":
        entity = _subject_actor(doc, ents, span.start)  # `X hat nach eigenen Angaben …`
    return entity


def _subject_actor(doc: Doc, ents: DocEntities, pos: int) -> LocalEntity | None:
    """The actor whose own report `eigen-` at `pos` names: the person or organisation named last
    before it in its sentence, else a country named there (`Mazedonien hat nach eigenen Angaben …`),
    else the first person or organisation after it there (`Nach eigenen Angaben hat X …`)."""
    return (
        _last_actor_before(doc, ents, pos, back=0)
        or _last_actor_before(doc, ents, pos, ("country",), back=0)
        or _first_actor_after(doc, ents, pos)
    )


def _first_actor_after(doc: Doc, ents: DocEntities, pos: int) -> LocalEntity | None:
    """The organisation or person mentioned first after `pos` in its sentence."""
    token = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if token is None:
        return None
    end = token[0].sent.end_char
    best: tuple[int, LocalEntity] | None = None
    for ent in ents.entities:
        if ent.type not in {"organisation", "person"}:
            continue
        first = min((m.start for m in ent.mentions if pos < m.start and m.end <= end), default=-1)
        if first >= 0 and (best is None or first < best[0]):
            best = (first, ent)
    return best[1] if best else None


def quote_speakers(doc: Doc, ents: DocEntities, found: list[quotes.Quote]) -> list[QuotedSpeaker]:
    """The words of each quotation with the person who says them: whom `ich` and `wir` there mean
    (`Wir verhandeln mit Y, erklärte X`: unmarked direct speech reads as indirect; a report `laut X`
    keeps the writer's voice)."""
    out = []
    for q in found:
        entity = _speaker_of(doc, ents, q) if q.kind in {"direct", "indirect"} else None
        if entity is not None and entity.type == "person":
            out.append(QuotedSpeaker(q.content.start, q.content.end, entity))
    return out


def _last_actor_before(
    doc: Doc, ents: DocEntities, pos: int, types: tuple[str, ...] = ("organisation", "person"), back: int = 1
) -> LocalEntity | None:
    """The organisation or person (of `types`) mentioned last before `pos` in its sentence or the
    one before (`back=0`: in its sentence only)."""
    sentence = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if sentence is None:
        return None
    sent = sentence[0].sent
    start = doc[sent.start - 1].sent.start_char if back and sent.start > 0 else sent.start_char
    best: tuple[int, LocalEntity] | None = None
    for ent in ents.entities:
        if ent.type not in types:
            continue
        last = max((m.start for m in ent.mentions if start <= m.start and m.end <= pos), default=-1)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, ent)
    return best[1] if best else None


def _mentions_in_repeated_headlines(document: Document, entities: list[Entity]) -> None:
    """Cleaning drops repetitions of the headline; the names in them are still mentions of the same
    entities, so they are linked where they stand in the raw text."""
    for edit in document.edits:
        if edit.rule != HEADLINE_REPEAT or edit.replacement:
            continue
        removed = document.raw[edit.start : edit.end]
        taken: list[tuple[int, int]] = []
        for ent in entities:
            forms = sorted({m.text for m in ent.mentions if m.kind == "name"}, key=len, reverse=True)
            for form in forms:
                i = removed.find(form)
                while i != -1:
                    s, e = edit.start + i, edit.start + i + len(form)
                    if all(e <= a or s >= b for a, b in taken):
                        ent.mentions.append(Mention(document.id, s, e, form, kind="name"))
                        taken.append((s, e))
                    i = removed.find(form, i + 1)


def _event(
    ev: LocalEvent,
    n: int,
    document: Document,
    mapper: _Mapper,
    times: list[timex.Timex],
    credits: list[attribution.Attribution],
    contents: Sequence[tuple[int, int]] = (),
    anchor: date | None = None,
) -> Event:
    sent = ev.sentence
    trig = ev.trigger
    # A reported event takes its time from the report (`Peskow sagte am 14. September, Putin habe …
    # überreicht` dates the saying, not the gift): inside quoted content, only the content's times.
    window = next(
        (
            (max(a, sent.start_char), min(b, sent.end_char))
            for a, b in contents
            if a <= trig.idx < b and ev.type != "statement"
        ),
        (sent.start_char, sent.end_char),
    )
    when = _event_time(ev, times, window, anchor)
    s, e, text = mapper.raw(sent.start_char, sent.end_char)
    ts, te, ttext = mapper.raw(trig.idx, trig.idx + len(trig.text))
    base = mapper.base
    credit = attribution.attribution_for_span(credits, sent.start_char, sent.end_char)
    roles = {role: [mapper.filler(f) for f in fillers] for role, fillers in ev.roles.items() if fillers}
    place = mapper.filler(ev.place) if ev.place is not None else None
    if place is None and "destination" in roles:
        place = roles["destination"][0]
    return Event(
        id="v" + _short_hash(document.id, sent.start_char + base, trig.idx + base, ev.type, n),
        type=ev.type,
        roles=roles,
        modality=_modality(ev, sent, trig, when, anchor),
        time=when.value if when else None,
        time_text=when.text if when else None,
        place=place,
        evidence=[
            Evidence(
                document.id,
                s,
                e,
                text.strip(),
                ts,
                te,
                ttext,
                attributed_to=credit.source if credit else None,
            )
        ],
        plover=ev.plover,
        attributes={k: v for k, v in ev.attributes.items()},
    )
