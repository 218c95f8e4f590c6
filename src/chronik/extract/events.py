"""Events read from analysed German text with the frame lexicon (`data/frames/`).

For each clause, verbs and nouns of the lexicon trigger a frame. Roles are filled from the clause's
noun phrases: case (determiners, morphology), prepositions, coordination and what a phrase can be
(actor, thing or place) decide which phrase fills which slot. Pronouns, pair words (`beide`),
role descriptions (`der russische Präsident`) and relative pronouns are resolved to entities.
Reciprocal (`sich gegenseitig … geschenkt`), exchange (`Gewehraustausch mit X`) and answering
(`X seinerseits erhielt …`) gifts are spelled out into one event per direction.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from chronik.extract.arguments import (
    CONJUNCTIONS,
    CONTRACTIONS,
    DETERMINERS,
    FINITE,
    HONORIFICS,
    MEASURE_NOUNS,
    SUBORDINATORS,
    VERBS,
    Clause,
    NounPhrase,
    in_noun_class,
    noun_classes,
    noun_phrases,
    split_clauses,
)
from chronik.extract.coreference import actors_agree, criteria
from chronik.extract.cue_lexicon import words as cue_words
from chronik.extract.entities import DocEntities, LocalEntity, body_heads, fold, is_match_result
from chronik.extract.frames import Frame, NounTrigger, VerbTrigger, head_is_excluded
from chronik.extract.modality import modality_of, side_denied
from chronik.nlp.actors import ADJECTIVE_ENDINGS
from chronik.nlp.token_table import TokenLike, token_table

CORE_SLOTS = {"Nom": "subj", "Acc": "acc", "Dat": "dat"}
# Relations of a dependency parse (UD German, when the pipeline has a parser) naming a core slot; a bare
# dative object is `obl:arg` there (`iobj` is next to unused). The parse adds `PARSED_SLOT_TERM` to the
# slot it names for a phrase that depends on the trigger verb and takes it from the other slots.
PARSED_SLOTS = {"nsubj": "subj", "nsubj:pass": "subj", "obj": "acc", "iobj": "dat", "obl:arg": "dat"}
PARSED_SLOT_TERM = 2.0
DEFINITE_ARTICLES = {"der", "die", "das", "dem", "den", "des"}
GENITIVE_RELATIVES = {"dessen", "deren"}  # `dessen Übernahme von X`: a genitive of the noun before
MANGLED_ELN = re.compile(r"([^aeiouäöüh])elen$")  # `verhandelen`, not `spielen`, `wählen`
WEAK_ENDINGS = re.compile(r"(?<=[^aeiouäöü])(eten|ten|ete|te|et|t|en|e)$")  # `verlängerten` → `verlänger`
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")  # `EU`, `G20`, `ASEM`: a compound's actor part
# Tags of a genitive or prepositional attribute between a role noun and its apposed name.
APPOSITION_ATTRIBUTE_TAGS = {"ART", "ADJA", "NN", "NE", "APPR", "APPRART", "CARD"}
NUMBER_WORDS = {
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eines": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwanzig": 20,
    "hundert": 100,
    "tausend": 1000,
    "beiden": 2,
    "beide": 2,
}

DASHES = {"–", "—", "-"}
DATELINE_SENTENCES = 3  # a dateline opens the text, after the title
DATELINE_RIVAL_PREPS = {"in", "an", "auf", "nach", "bei", "zu", "vor"}  # a place of the clause's own

# `Vertreter von X`, `die Koalition aus X und Y`: a body's attribute that says whom it is made of.
BODY_PREPS = {"von", "aus"}
SIDE_NOUNS = {"seite", "seiten"}  # `beide Seiten`: the two sides talked about, of whatever kind
UNSAID_SIDES = SIDE_NOUNS | {"man", "sie"}  # `Darauf hatte man sich geeinigt`: sides told elsewhere
STATE_NOUNS = ["land", "länder", "staat", "staaten", "seite", "seiten"]  # `beide Länder`: two countries
ARTICLE_TAGS = {"ART", "PRELS", "PDS"}
QUOTE_MARKS = {"„", "“", "”", "»", "«", '"', "‚", "‘"}
# The words of a noun phrase before a comma (`Das größte Schiff der Welt, die X`): its apposition.
APPOSITION_TAGS = {"ART", "ADJA", "NN", "NE", "APPR", "APPRART", "CARD", "PIAT", "PDAT"}
PARTNER_PREPS = {"mit", "zwischen"}  # a side's phrase: the clause names who took part
GROUP_SENTENCES = 4  # `die beiden Staatschefs`: actors named in that many sentences before may be meant
# Another predicate beside a `bare` verb: a participle, an infinitive, an adverbial adjective.
BARE_BREAKERS = {"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VVIZU", "ADJD"}


@dataclass
class Filler:
    """A role filler in the analysed text (character offsets into `doc.text`)."""

    text: str
    start: int
    end: int
    entity: LocalEntity | None = None
    quantity: int | None = None
    inferred: bool = False
    members: bool = False  # `die Außenminister der G7`: several members of one body (count as two sides)
    # An unnamed phrase that stands for someone in particular (`mit Vertretern der Gewerkschaft`): beside
    # a named side, a side of a noun's event as much as a verb's (frames whose `named_actor` is `specific`).
    specific: bool = False


@dataclass(frozen=True)
class QuotedSpeaker:
    """The words of a quotation (character offsets) and the person who says them."""

    start: int
    end: int
    speaker: LocalEntity


@dataclass
class LocalEvent:
    type: str
    plover: str | None
    trigger: Token
    sentence: Span
    roles: dict[str, list[Filler]] = field(default_factory=dict)
    place: Filler | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    only_modalities: tuple[str, ...] = ()  # the trigger is an event only with these modalities
    clause: tuple[int, int] = (0, 0)  # token range of the clause the trigger stands in
    requires: tuple[str, ...] = ()  # roles the trigger needs filled to make an event
    min_actors: int = 0
    infinitive: bool = False  # the trigger heads a zu-infinitive (`…, Y zu besuchen`)
    named_actor: str = ""  # the entry's `named_actor` level, where it asks more than its frame's
    sides_asked: int = 0  # a verb entry's `min_actors`, checked when it was read (kept for its noun twin)

    def add(self, role: str, filler: Filler) -> None:
        fillers = self.roles.setdefault(role, [])
        # One entity fills a role once; unlinked fillers are told apart by their span. (A pair
        # phrase, `die beiden Anführer`, gives two fillers with one span and two entities.)
        same = [
            f
            for f in fillers
            if (f.entity is not None and f.entity is filler.entity)
            or (f.entity is None and filler.entity is None and (f.start, f.end) == (filler.start, filler.end))
        ]
        if not same:
            fillers.append(filler)

    def actors(self, role: str) -> list[LocalEntity]:
        return [f.entity for f in self.roles.get(role, []) if f.entity is not None]

    @property
    def filled(self) -> bool:
        return any(self.roles.values())

    @property
    def complete(self) -> bool:
        """Filled, with the roles and the number of actors its trigger asks for."""
        actors = {
            id(f.entity) if f.entity is not None else id(f)
            for fs in self.roles.values()
            for f in fs
            if f.entity is not None and f.entity.type != "location"
        }
        members = any(f.members for fs in self.roles.values() for f in fs)
        spans = [(f.start, f.end) for fs in self.roles.values() for f in fs]
        # A phrase inside another filler (`der Gewerkschaft` of `Vertretern der Gewerkschaft`) is no side.
        unnamed = {
            (f.start, f.end)
            for fs in self.roles.values()
            for f in fs
            if f.specific
            and f.entity is None
            and not any(a <= f.start and f.end <= b and (a, b) != (f.start, f.end) for a, b in spans)
        }
        return (
            self.filled
            and all(self.roles.get(r) for r in self.requires)
            and len(actors) + members + (len(unnamed) if actors else 0) >= self.min_actors
        )


# -- phrase classification ----------------------------------------------------------------------


def _best_assignment(
    n: int, slots: Sequence[str], terms: dict[tuple[int, str], float]
) -> list[tuple[int, str]]:
    """The partial one-to-one map of positions 0..n-1 to `slots` with the highest sum of `terms`;
    among equals the first in the order of `itertools.product([None, *slots], repeat=n)`. Linear in
    `n`: the best sum from each position on, for each set of slots still free, read backwards, then
    the first choice at each position that keeps the best sum."""
    full = frozenset(slots)
    subsets = [frozenset(c) for k in range(len(slots) + 1) for c in itertools.combinations(slots, k)]
    after: list[dict[frozenset[str], float]] = [dict.fromkeys(subsets, 0.0) for _ in range(n + 1)]
    for pos in range(n - 1, -1, -1):
        for free in subsets:
            after[pos][free] = max(
                [after[pos + 1][free]] + [terms[pos, s] + after[pos + 1][free - {s}] for s in free]
            )
    chosen: list[tuple[int, str]] = []
    free = full
    for pos in range(n):
        if not free:
            break
        goal = after[pos][free] - 1e-9
        if after[pos + 1][free] >= goal:
            continue  # this position takes no slot (`None` comes first)
        slot = next(s for s in slots if s in free and terms[pos, s] + after[pos + 1][free - {s}] >= goal)
        chosen.append((pos, slot))
        free = free - {slot}
    # The product's first combination (no slot at all) scores 0 and starts the search at -1e9.
    return chosen


def _one_side(people: list[Filler]) -> bool:
    """Members of one cabinet (`Innenministerin X und Verteidigungsminister Y besuchen die Grenze`):
    every person holds a different minister's office (`*_minister`) of one country, named or not —
    one side's own people, who meet no one by travelling together (ANNOTATION: a meeting only of one
    side's own staff does not count). Two foreign ministers, or a minister and a governor, are two sides."""
    offices: list[set[tuple[str, str | None]]] = []
    for f in people:
        assert f.entity is not None
        held = {(role, country) for role, country in f.entity.roles if role.endswith("_minister")}
        if not held:
            return False
        offices.append(held)
    countries = set.intersection(*({country for _, country in held} for held in offices))
    roles = [{role for role, _ in held} for held in offices]
    distinct = all(not a & b for x, a in enumerate(roles) for b in roles[x + 1 :])
    return bool(countries) and distinct


@dataclass
class _VerbIndex:
    """What the readers of every article look up in the frames' verbs, made once per frames."""

    # The verb triggers by lemma, in the frames' order: a verb meets only its own triggers.
    verb_triggers: dict[str, list[tuple[Frame, VerbTrigger]]]
    # Verb triggers read in a participle attribute (`die von X eingeladenen Gäste`), by participle.
    attribute_triggers: dict[str, list[tuple[Frame, VerbTrigger]]]
    # Every verb the lexicon names (triggers, the verbs beside noun triggers, attendance verbs).
    known_verbs: set[str]
    # Verbs of taking part in a noun's event, by frame (`X nahm daran teil`: `_taking_part`).
    attendance_verbs: dict[str, frozenset[str]]
    # `sei`, `habe`: the forms of reported speech; abbreviations of news desks.
    reported_forms: frozenset[str]
    desk_words: frozenset[str]
    # (lemma, form) -> the verb it names (`Reader._verb_lemma`), filled as words are met.
    verb_bases: dict[tuple[str, str], str] = field(default_factory=dict)


# By id of the frames (their tuple kept, so the id is not reused while indexed).
_VERB_INDEX: dict[int, tuple[tuple[Frame, ...], _VerbIndex]] = {}
_VERB_BASES_KEPT = 50_000  # (lemma, form) pairs kept per frames


def _verb_index(frames: tuple[Frame, ...]) -> _VerbIndex:
    """The frames' `_VerbIndex`, made on first use; its verb bases are emptied when they grow large."""
    entry = _VERB_INDEX.get(id(frames))
    if entry is None or entry[0] is not frames:
        if len(_VERB_INDEX) >= 8:
            _VERB_INDEX.clear()
        verb_triggers: dict[str, list[tuple[Frame, VerbTrigger]]] = {}
        attribute_triggers: dict[str, list[tuple[Frame, VerbTrigger]]] = {}
        for frame in frames:
            for vt in frame.verbs:
                for lemma in vt.lemmas:
                    verb_triggers.setdefault(lemma, []).append((frame, vt))
        for frame in frames:
            for vt in frame.verbs:
                for participle in vt.attribute_participles:
                    attribute_triggers.setdefault(participle, []).append((frame, vt))
        attendance_verbs = {
            frame.type: frozenset(v for nt in frame.nouns for v in nt.attendance_verbs) for frame in frames
        }
        known_verbs = set(verb_triggers) | {
            v
            for frame in frames
            for nt in frame.nouns
            for v in nt.clause_verbs | nt.not_clause_verbs | nt.keeping_verbs
        }
        known_verbs |= {v for verbs in attendance_verbs.values() for v in verbs}
        index = _VerbIndex(
            verb_triggers,
            attribute_triggers,
            known_verbs,
            attendance_verbs,
            frozenset(cue_words("speech", "subjunctive_forms")),
            frozenset(cue_words("attribution", "desk_abbreviations")),
        )
        entry = _VERB_INDEX[id(frames)] = (frames, index)
    index = entry[1]
    if len(index.verb_bases) >= _VERB_BASES_KEPT:
        index.verb_bases.clear()
    return index


class Reader:
    """Reads the events of one analysed article."""

    def __init__(
        self,
        doc: Doc,
        entities: DocEntities,
        frames: tuple[Frame, ...],
        speakers: Sequence[QuotedSpeaker] = (),
    ) -> None:
        self.doc = doc
        self.speakers = speakers
        self.t = token_table(doc)  # the tokens' strings, read once
        self.ents = entities
        self.frames = frames
        self.classes = noun_classes()
        index = _verb_index(frames)
        self._desk_words = index.desk_words
        self._reported_forms = index.reported_forms
        self.events: list[LocalEvent] = []
        self._sentences = list(doc.sents)
        self._sentence_starts = [s.start_char for s in self._sentences]  # ascending
        # Each sentence's clauses, split once: anaphors read the clauses before them again.
        self._clauses: dict[int, list[Clause]] = {}
        # By clause: the clause, its clause before's phrases, the state read and its groups (`_groups`).
        self._kept_groups: dict[int, tuple[Clause, list[NounPhrase] | None, tuple[object, ...], Any]] = {}
        # (frame, context words, sentence) -> has context
        self._context_seen: dict[tuple[int, tuple[str, ...], int], bool] = {}
        self._sport_seen: dict[int, bool] = {}  # sentence -> reports sport
        self._subjects: list[LocalEntity] = []  # people who were clause subjects, the latest first
        # Starts of zu-infinitive clauses that tell what someone promised (`versprach, … zu zahlen`).
        self._pledged_clauses: set[int] = set()
        # Where the last clause with a plural verb and an unnamed subject (`Die Frauen der Bauern halfen`)
        # named it: a `sie` just after means them, not two people named before.
        self._unnamed_group_at: int | None = None
        # Document nouns waiting for the talks their genitive names (`die Erklärung des Gipfels`).
        self._pending_talks: list[tuple[LocalEvent, str, int]] = []
        # Noun events naming no side, no phrase of a preposition: the object of another event's verb,
        # maybe (`wurde ein weiteres Gespräch vereinbart`: `_agreed_meetings`), with its `parties_from`.
        self._object_of_events: list[tuple[LocalEvent, frozenset[str], str]] = []
        # Conference mentions naming one attendee each, with their trigger's base word (`_pool_attendees`).
        self._attendee_pool: list[tuple[LocalEvent, str, str, list[Filler]]] = []
        # The subject and verbs of the clause before the one read, which may govern it.
        self._governor: tuple[list[Filler], set[str]] = ([], set())
        self._verb_triggers = index.verb_triggers
        self._attribute_triggers = index.attribute_triggers
        self._known_verbs = index.known_verbs
        self._verb_bases = index.verb_bases
        self._attendance_verbs = index.attendance_verbs

    # what a phrase is ---------------------------------------------------------------------
    def resolve(
        self,
        np: NounPhrase,
        clause: Clause,
        taken: set[int],
        prev_phrases: list[NounPhrase],
        elsewhere: frozenset[int] = frozenset(),
    ) -> list[Filler]:
        """The entity (or entities, for pairs) a phrase refers to, as fillers. `elsewhere`: entities
        the clause names in another phrase, which `das Land` does not mean."""
        t = self.t
        low = t.texts[np.head].lower()
        filler = Filler(t.span_text(np.start, np.end), t.starts[np.start], t.end(np.end - 1))
        if np.relative and prev_phrases:
            ante = self._antecedent(prev_phrases, self.doc[np.head], clause)
            if ante is not None:
                return self.resolve(ante, clause, taken, [])
        ent = self.ents.at(*np.core) or self.ents.person_by_surname_mention(np.start, np.end)
        # A label on a common noun (`Pungsan-Hunde` tagged LOC) is no name; the dictionary's are, and
        # an organisation's (`die Lausitzer Freien Wähler`: ADJA ADJA NN, labelled ORG).
        if (
            ent is not None
            and not ent.kb_id
            and ent.type != "organisation"
            and not any(t.tags[i] in {"NE", "FM", "XY"} for i in range(*np.core))
            # the surname of a person the article names in full is a name, whatever its tag
            and not (
                ent.type == "person" and len(ent.tokens) > 1 and fold(t.texts[np.head]) == ent.tokens[-1]
            )
        ):
            ent = None
        if (
            ent is not None
            and ent.type in {"country", "location"}
            and any(self.ents.describe_noun(i) for i in range(np.start, np.end))
        ):
            # `Der Präsident Kenias, William Ruto, …`: the office's holder, not its country.
            ent = self._apposed_person(np) or ent
        if ent is not None:
            filler.entity = ent
            return [filler]
        apposed = self._apposed_person(np)
        if apposed is not None:
            filler.entity = apposed
            apposed.add(filler.start, filler.end, filler.text, "description")
            return [filler]
        if np.pronoun and (speaker := self._first_person(self.doc[np.head], low)) is not None:
            filler.entity = speaker
            speaker.add(filler.start, filler.end, filler.text, "pronoun")
            return [filler]
        if np.pronoun and low == "sie" and self._plural_verb(clause):
            group = self._plural_group_before(prev_phrases)
            if group is not None:
                # `Die Regierungschefs der Union hatten das geplant, als sie sich trafen`: the plural
                # subject of the clause before in its sentence, no pair of people named earlier.
                return self.resolve(group, clause, taken, [])
            pair = self._coordinated_pair_before(np)
            group_at = self._unnamed_group_at
            if (
                group_at is not None
                and self._sentence_start_before(filler.start, 1) <= group_at < filler.start
                and (not pair or self.t.starts[pair[0].start] < group_at)
            ):
                return [filler]  # `Die Frauen der Bauern halfen. Sie versorgten …`: they, unnamed
            if pair:
                # `… brachten die Reederei X und die Gewerkschaft Y an einen Tisch. Sie einigten sich`:
                # the actors coordinated last, not the two people named before them.
                return [self.resolve(member, clause, taken, [])[0] for member in pair]
            return self._pair(np, filler)  # `Sie schlossen …`: the two actors talked about
        if np.pronoun and low == "sie" and self._verb_number(clause) == "Sing":
            subject = self._feminine_subject_before(np)
            if subject is not None:
                # `Die Zeitung X zeigt es vor: Sie hat …`: a singular `sie` continues the feminine
                # subject before it, not a person named further back.
                return self.resolve(subject, clause, taken, [])
        if np.pronoun and low in self.classes["person_pronouns"]:
            # `Sie trat ihm … ab`: a subject `sie` of a singular verb is a woman's.
            feminine = low == "sie" and np.cases == {"Nom"} and self._verb_number(clause) == "Sing"
            person = self._pronoun(self.doc[np.head], np, taken, "f" if feminine else None, clause)
            if person is not None:
                filler.entity = person
                person.add(filler.start, filler.end, filler.text, "pronoun")
            return [filler]
        if self._group_size(np):
            return self._pair(np, filler)
        body = self._body_of(np, clause)
        if body is not None:  # `die Staaten der EU`: its attribute says whom it means
            filler.entity = body
            filler.members = "Plur" in t.morph(np.head, "Number") or (
                t.texts[np.start].lower() == "die" and self._plural_verb(clause)
            )
            body.add(filler.start, filler.end, filler.text, "description")
            # `die Verhandlungschefs von EU und IWF`: the organs of each body named (each grounded
            # in its own name: the store keeps one filler per span).
            more = [
                Filler(span.text, span.start_char, span.end_char, entity=other, members=filler.members)
                for other, span in self._co_bodies(np, clause, body)
            ]
            return [filler, *more]
        place = self._place_anaphor(np, filler.start, taken | elsewhere)
        if place is not None:
            filler.entity = place
            return [filler]
        # A subject is none of the others its clause names before it (`Mit der Firma X einigte sich der
        # Konzern`); an object may be (`Zum Abschied vom Sender X dankte er dem Sender`).
        others = taken | elsewhere if "Nom" in np.cases else set()
        body = self._organisation_anaphor(np, clause, filler.start, others)
        if body is not None:
            filler.entity = body
            body.add(filler.start, filler.end, filler.text, "description")
            return [filler]
        if self._plural_noun(np):
            holders = self._office_holders_of_group(np, clause, filler)
            if holders:
                return holders
            return [self._with_genitives(np, clause, filler)]  # `die Minister` are many: no one person
        person = self._person_anaphor(np)
        if person is not None:
            filler.entity = person
            person.add(filler.start, filler.end, filler.text, "description")
            return [filler]
        desc = self.ents.describe(np)
        if desc is not None:
            person = self.ents.resolve_description(
                desc[0], desc[1] or self._genitive_country(np, clause), filler.start
            )
            if person is not None:
                filler.entity = person
                person.add(filler.start, filler.end, filler.text, "description")
                return [filler]
        return [self._with_genitives(np, clause, filler)]

    def _with_genitives(self, np: NounPhrase, clause: Clause, filler: Filler) -> Filler:
        """An unnamed filler spans its genitive attributes (`die Stätte des ehemaligen Lagers`): the
        head alone (`die Stätte`) says too little."""
        if np not in clause.phrases:
            return filler
        idx, end = clause.phrases.index(np), np.end
        for k, other in enumerate(clause.phrases[idx + 1 :], start=idx + 1):
            if other.start != end or other.genitive_of not in {idx, k - 1}:
                break
            end = other.end
        if end == np.end:
            return filler
        t = self.t
        return Filler(
            t.span_text(np.start, end), t.starts[np.start], t.end(end - 1), quantity=filler.quantity
        )

    def _body_of(self, np: NounPhrase, clause: Clause) -> LocalEntity | None:
        """`die Staaten der EU`, `Vertreter von X`, `die Koalition aus X und Y`: members or organs of a
        named organisation or country act for it (the entity of the genitive, `von` or `aus` attribute
        right after)."""
        lemma = self.t.lemmas[np.head]
        if not in_noun_class(lemma, self.classes["body_nouns"]) or in_noun_class(
            lemma, self.classes["staff_bodies"]
        ):
            return None  # (`der Betriebsrat der X AG` is the staff's side, not the company)
        idx = clause.phrases.index(np) if np in clause.phrases else -1
        for other in clause.phrases:
            attribute = other.genitive_of == idx or (other.prep in BODY_PREPS and other.start == np.end + 1)
            if idx >= 0 and attribute:
                ent = self.ents.at(*other.core, prefer_person=False)
                if ent is None and other is not np:
                    ent = self._body_of(other, clause)  # `die Minister der Mitgliedstaaten der EU`
                if ent is not None and ent.type in {"organisation", "country"}:
                    return ent
        if not in_noun_class(self.doc[np.head].lemma_, self.classes["state_bodies"]):
            return None
        # `die türkische Regierung`, `die Regierung in Ankara`: the state the body governs.
        code = next(
            (
                c
                for t in self.doc[np.start : np.end]
                if t.tag_ == "ADJA" and (c := self.ents.actors.demonym_country(t.lemma_))
            ),
            None,
        )
        after = clause.phrases[idx + 1] if 0 <= idx < len(clause.phrases) - 1 else None
        if code is None and after is not None and after.prep == "in" and after.start == np.end + 1:
            seat = self.ents.at(*after.core, prefer_person=False)
            if seat is not None and seat.kb_id and seat.type in {"location", "country"}:
                code = self.ents.actors.country(seat.kb_id)
        return self.ents.country(code) if code else None

    def _co_bodies(self, np: NounPhrase, clause: Clause, body: LocalEntity) -> list[tuple[LocalEntity, Span]]:
        """Further organisations or countries coordinated with `body` in the attribute after a body
        noun (`die Vertreter von EU und IWF`), or after the body noun of that attribute (`Vertreter
        der Koalition aus X und Y`)."""
        if np not in clause.phrases:
            return []
        idx = clause.phrases.index(np)
        first = next(
            (
                o
                for o in clause.phrases[idx + 1 :]
                if o.genitive_of == idx or (o.prep in BODY_PREPS and o.start == np.end + 1)
            ),
            None,
        )
        if first is None:
            return []
        if self.ents.at(*first.core, prefer_person=False) is None and in_noun_class(
            self.t.lemmas[first.head], self.classes["body_nouns"]
        ):
            return self._co_bodies(first, clause, body)  # `Vertreter der Koalition aus X und Y`
        if first.group < 0:
            return []
        out: list[tuple[LocalEntity, Span]] = []
        for other in clause.phrases[idx + 1 :]:
            if other is first or other.group != first.group:
                continue
            ent = self.ents.at(*other.core, prefer_person=False)
            if ent is None or ent is body or ent.type not in {"organisation", "country"}:
                continue
            if all(ent is not e for e, _ in out):
                out.append((ent, self.doc[slice(*other.core)]))
        return out

    def _apposed_person(self, np: NounPhrase) -> LocalEntity | None:
        """`Der Chef der Behörde X, Anna Roth, …`: a role noun whose name follows (or precedes)
        between commas."""
        doc, texts, tags = self.doc, self.t.texts, self.t.tags
        nouns = [i for i in range(np.start, np.end) if tags[i] == "NN"]
        actor_suffixes = self.classes["actor_suffixes"]
        if not any(
            self.ents.describe_noun(i) or in_noun_class(self.t.lemmas[i], actor_suffixes) for i in nouns
        ):
            return None
        if np.start >= 2 and texts[np.start - 1] == ",":
            # `Sun Li, dem Chef der Behörde, …`: the name stands before.
            before = self.ents.at(np.start - 2, np.start - 1)
            if _named_like_a_person(before):
                return _as_person(before)
        i = np.end
        limit = min(len(doc), np.end + 8)
        while i < limit and tags[i] in APPOSITION_ATTRIBUTE_TAGS:
            i += 1
        if i + 1 >= len(doc) or texts[i] != ",":
            return None
        person = self.ents.at(i + 1, i + 2)
        if not _named_like_a_person(person):
            return None
        j = next((e.end for e in doc.ents if e.start == i + 1), i + 2)
        closed = j >= len(doc) or doc[j].text in {",", "(", "–", "-"} or doc[j].is_sent_end
        return _as_person(person) if closed else None

    def _person_anaphor(self, np: NounPhrase) -> LocalEntity | None:
        """`der 62-Jährige`, `die Politikerin`: a definite description of a person just talked about
        is the latest subject of the last sentences whose gender fits (feminine form: a woman)."""
        t = self.t
        first = t.texts[np.start].lower()
        anaphors = self.classes["person_anaphors"]
        if first not in DEFINITE_ARTICLES or not (
            in_noun_class(t.lemmas[np.head], anaphors)
            or in_noun_class(t.texts[np.head], anaphors)
            or self._demonym_person(self.doc[np.head])
        ):
            return None
        head = self.doc[np.head]
        low = head.text.lower()
        feminine = low.endswith("in") or (first == "die" and "Nom" in np.cases and low.endswith("jährige"))
        gender = "f" if feminine else "m" if first in {"der", "den", "dem", "des"} else None
        window = self._window_start(head.idx)
        for person in self._subjects:
            if person.last_mention_before(head.idx) < window:
                continue
            if gender is None or person.genders != {"m" if gender == "f" else "f"}:
                return person
        return None

    def _clauses_before(self, np: NounPhrase | int) -> list[Clause]:
        """The clauses of the sentence before `np`'s (a phrase or a token) and of its own, in text
        order, that end before it."""
        start = np if isinstance(np, int) else np.start
        pos = self.t.starts[start]
        sents = [s for s in self._sentences if self._sentence_start_before(pos, 1) <= s.start_char <= pos]
        return [c for s in sents for c in self._clauses_of(s) if c.tokens and c.tokens[-1] < start]

    def _clauses_of(self, sent: Span) -> list[Clause]:
        """`split_clauses(sent)`, once per sentence (callers must not change them)."""
        found = self._clauses.get(sent.start)
        if found is None:
            found = self._clauses[sent.start] = split_clauses(sent)
        return found

    def _coordinated_pair_before(self, np: NounPhrase | int) -> list[NounPhrase]:
        """The members of the last coordination of two or more named actors before a plural `sie`
        (or an agreement no side of which its clause names) in its sentence or the one before (`die
        Reederei X und die Gewerkschaft Y`), if any."""
        best: list[NounPhrase] = []
        for clause in self._clauses_before(np):
            groups: dict[int, list[NounPhrase]] = {}
            for p in clause.phrases:
                plain = p.prep is None and p.genitive_of is None and not p.pronoun and not p.relative
                if plain and p.group >= 0:
                    groups.setdefault(p.group, []).append(p)
            for members in groups.values():
                ents = [self.ents.at(*m.core) for m in members]
                actors = all(e is not None and e.type in {"person", "organisation", "country"} for e in ents)
                if len(members) >= 2 and actors and (not best or members[0].start > best[0].start):
                    best = members
        return best

    def _feminine_subject_before(self, np: NounPhrase) -> NounPhrase | None:
        """The subject of the clause before a singular `sie` (in its sentence or the one before) where
        that subject is a singular phrase with a feminine article and names no person (`die Gruppe`,
        `die Zeitung X`), which the pronoun then stands for; None where the clause before has another."""
        t = self.t
        clauses = self._clauses_before(np)
        for clause in reversed(clauses):
            if self._verb_number(clause) != "Sing":
                continue
            subject = next(
                (
                    p
                    for p in clause.phrases
                    if p.prep is None
                    and p.genitive_of is None
                    and not p.pronoun
                    and not p.relative
                    and (not p.cases or "Nom" in p.cases)
                ),
                None,
            )
            if subject is None:
                continue
            article = t.texts[subject.start].lower()
            feminine = article in {"die", "eine"} and t.tags[subject.head] in {"NN", "NE"}
            ent = self.ents.at(*subject.core)
            person = (ent is not None and ent.type == "person") or self.ents.describe_noun(subject.head)
            if not feminine or person:
                return None
            # an organisation (`die Gruppe`, `die Zeitung X`), not a thing (`die Begegnung dauerte …`)
            return subject if ent is not None or self.kind(subject, []) == "actor" else None
        return None

    def _plural_group_before(self, prev_phrases: list[NounPhrase]) -> NounPhrase | None:
        """The unnamed plural role-noun subject (`die Staats- und Regierungschefs der Union`) of the
        clause before in the sentence, which a plural `sie` after it stands for, if any."""
        for np in prev_phrases:
            if np.prep or np.genitive_of is not None or np.pronoun or np.relative:
                continue
            if np.cases and "Nom" not in np.cases:
                continue
            if self.ents.at(*np.core) is not None or not self._plural_noun(np):
                return None
            return np if self.kind(np, []) == "actor" else None
        return None

    def _plural_noun(self, np: NounPhrase) -> bool:
        """`die Minister`, `den Regierungschefs`: a role noun in the plural, read from its features or
        from its article (`die` before a form with no feminine `-in` and no adjectival `-e`; `den`
        before the `-s` or `-n` of a dative plural), names many, never one person."""
        t = self.t
        if t.tags[np.head] != "NN" or np.pronoun:
            return False
        number = t.morph(np.head, "Number")
        if number:
            return number == ["Plur"]
        first = t.texts[np.start].lower()
        low, lemma = t.texts[np.head].lower(), t.lemma_lowers[np.head]
        if first == "die":  # `die Ministerin`, `die 62-Jährige`: one woman
            return not low.endswith(("in", "e"))
        if first == "den":
            return low == lemma + "s" or (low == lemma + "n" and lemma.endswith(("er", "el")))
        return False

    def _plural_form(self, np: NounPhrase) -> bool:
        """A noun in the plural by its features or article, or by a form other than its lemma that
        is no genitive in -s (`Gesprächen`, `Verhandlungen`; not `des Gesprächs`)."""
        head, t = np.head, self.t
        low = t.texts[head].lower()
        inflected = t.tags[head] == "NN" and low != t.lemma_lowers[head] and not low.endswith("s")
        return self._plural_noun(np) or inflected

    def _office_holders_of_group(self, np: NounPhrase, clause: Clause, filler: Filler) -> list[Filler]:
        """`die Regierungschefs beider Staaten`, `die Außenminister der beiden Länder`: an office's title in
        the plural with a counted group of states after it means the people of the article who bear
        that title (named before or after it), as inferred fillers, where exactly as many do."""
        t, sizes = self.t, self.classes["group_words"]
        if not self.ents.describe_noun(np.head) or np not in clause.phrases:
            return []
        idx = clause.phrases.index(np)
        group = next((p for p in clause.phrases if p.genitive_of == idx and p.start == np.end), None)
        if group is None or not in_noun_class(t.lemmas[group.head], STATE_NOUNS):
            return []
        counts = [sizes[w] for w in (t.texts[i].lower() for i in range(group.start, group.end)) if w in sizes]
        if len(counts) != 1:
            return []
        title = t.lemma_lowers[np.head]
        role = self.ents.actors.role_of_title(t.lemmas[np.head])
        holders = [
            e
            for e in self.ents.entities
            if e.type == "person" and any(r == title or (role and r == role) for r, _ in e.roles)
        ]
        if len(holders) != counts[0]:
            return []
        return [Filler(filler.text, filler.start, filler.end, entity=e, inferred=True) for e in holders]

    def _demonym_person(self, head: Token) -> bool:
        """`die Italienerin`, `der Franzose`: one person of a country, said of someone just named."""
        low = head.text.lower()
        singular = low.endswith("in") or (  # `die Italiener` are many, `der Italiener` one
            head.i > 0 and self.doc[head.i - 1].text.lower() in {"der", "dem"}
        )
        return (
            head.tag_ == "NN"
            and singular
            and "Plur" not in head.morph.get("Number", [])
            and self.ents.actors.demonym_country(head.text) is not None
        )

    def _sentence_start_before(self, pos: int, back: int) -> int:
        """Where the sentence `back` sentences before the one at `pos` starts."""
        n = bisect_right(self._sentence_starts, pos)  # the sentences starting at or before `pos`
        return self._sentence_starts[n - 1 - back] if n > back else 0

    def _window_start(self, pos: int) -> int:
        """Where the sentence two before the one at `pos` starts: how far back anaphors look."""
        return self._sentence_start_before(pos, 2)

    def _antecedent(
        self, prev_phrases: list[NounPhrase], relative: Token | None = None, clause: Clause | None = None
    ) -> NounPhrase | None:
        """The last noun-headed phrase of the clause before a relative clause, or where that one is
        not known to agree with the relative pronoun in gender and number, the last that is (`ein
        Anbieter in Wien, der …`: not the town); for a predicative `als` phrase (`wählte X als ersten
        Gast, den …`) the phrase it is said of. A nominative pronoun whose form tells no number has
        that of its clause's finite verb (`X lobte die Firma Y und die Gewerkschaft, die sich
        einigten`: plural, not the person X)."""
        nouns = [p for p in prev_phrases if self.t.tags[p.head] in {"NN", "NE"}]
        if len(nouns) >= 2 and nouns[-1].prep == "als" and nouns[-2].prep is None:
            return nouns[-2]
        if relative is not None:
            number = None
            if (
                clause is not None
                and not relative.morph.get("Number", [])
                and relative.morph.get("Case", []) == ["Nom"]
            ):
                number = self._verb_number(clause)
            agreement = [self._agreement(p, relative, number) for p in nouns]
            if agreement and agreement[-1] != 1 and 1 in agreement:
                return nouns[len(agreement) - 1 - agreement[::-1].index(1)]
        return nouns[-1] if nouns else None

    def _agreement(self, np: NounPhrase, relative: Token, verb_number: str | None = None) -> int:
        """How a phrase agrees with a relative pronoun (of `verb_number` where its form tells none): 1 its
        noun has the pronoun's gender and number (a person's name fits a singular, a town's is neuter
        singular), 0 nothing tells, -1 they differ."""
        want_gender = set(relative.morph.get("Gender", []))
        want_number = set(relative.morph.get("Number", [])) or ({verb_number} if verb_number else set())
        nouns = [t for t in self.doc[slice(*np.core)] if t.tag_ == "NN"] or [self.doc[np.head]]
        for t in nouns:
            gender, number = set(t.morph.get("Gender", [])), set(t.morph.get("Number", []))
            if number and want_number and not number & want_number:
                return -1
            plural = "Plur" in number | want_number
            if gender and want_gender and not plural:
                return 1 if gender & want_gender else -1
            if plural and number and want_number:
                return 1
        ent = self.ents.at(*np.core)
        if ent is not None and ent.type == "person" and "Plur" not in want_number:
            return 1  # `mit X, der …`: a person's name tells no gender, but fits one
        if ent is not None and ent.type == "location" and want_gender and want_number == {"Sing"}:
            return 1 if "Neut" in want_gender else -1
        return 0

    def _place_anaphor(self, np: NounPhrase, pos: int, taken: set[int]) -> LocalEntity | None:
        """`das Land`, `dem geheimnisvollen Land`, `die Hauptstadt`: the country or place named last,
        not one another phrase of its clause names (`Japan leistete dem Land Hilfe`: another land)."""
        head = self.t.lemma_lowers[np.head]
        first = self.t.texts[np.start].lower()
        wanted = self.classes["place_anaphors"].get(head)
        form = self.t.texts[np.head].lower()
        if wanted and form not in {head, head + "s", head + "es", head + "e"}:
            return None  # a plural (`den Ländern des Südens`, `die Staaten`) is many, not the one named last
        if not wanted or first not in {
            "der",
            "die",
            "das",
            "dem",
            "den",
            "des",
            "dieses",
            "diesem",
            "dieser",
        }:
            return None
        places = [
            e
            for e in self.ents.entities
            if e.type in wanted and id(e) not in taken and e.last_mention_before(pos) >= 0
        ]
        return max(places, key=lambda e: e.last_mention_before(pos), default=None)

    def _organisation_anaphor(
        self, np: NounPhrase, clause: Clause, pos: int, taken: set[int]
    ) -> LocalEntity | None:
        """`das Museum`, `dem Hotel`: article and noun alone, the noun a word of the name of an
        organisation named before (`Museum Vellmar`), stand for it (the one named last); not one of
        `taken`, nor with a genitive of its own (`das Unternehmen des Investors`) or a noun of a tie
        to another (`die Tochterfirma`: nouns.yml related_organisation_prefixes)."""
        t = self.t
        if (
            np.end - np.start != 2
            or t.tags[np.head] != "NN"
            or t.texts[np.start].lower() not in DEFINITE_ARTICLES
            or t.lemma_lowers[np.head].startswith(tuple(self.classes["related_organisation_prefixes"]))
        ):
            return None
        idx = clause.phrases.index(np) if np in clause.phrases else -1
        if idx >= 0 and any(other.genitive_of == idx for other in clause.phrases):
            return None
        text, lemma_ = t.texts[np.head], t.lemmas[np.head]
        words = {fold(text), fold(lemma_)}
        # `die Bank` for the `Nordbank X` named before: a word of its name ending in the noun.
        endings = tuple(words) if fold(lemma_) in self.classes["anaphor_organisation_heads"] else ()
        named = [
            e
            for e in self.ents.entities
            if e.type == "organisation"
            and id(e) not in taken
            and (words & set(e.tokens) or (endings and any(t.endswith(endings) for t in e.tokens)))
            and e.last_mention_before(pos) >= 0
        ]
        lemma = t.lemma_lowers[np.head]
        singular = text.lower() in {lemma, lemma + "s", lemma + "es"} and "Plur" not in t.morph(
            np.head, "Number"
        )
        if not named and singular and in_noun_class(lemma_, self.classes["organisation_heads"]):
            # `der Fußballclub`, `der Konzern`: a noun saying what sort of organisation stands for
            # the one named last in this or the two sentences before (`die Vereine`: more than one).
            window = self._window_start(pos)
            near = [
                e
                for e in self.ents.entities
                if e.type == "organisation" and id(e) not in taken and e.last_mention_before(pos) >= window
            ]
            return self._of_the_kind(near, lemma, pos)
        return max(named, key=lambda e: e.last_mention_before(pos), default=None)

    def _of_the_kind(self, orgs: list[LocalEntity], head: str, pos: int) -> LocalEntity | None:
        """The organisation a bare noun of its kind (`der Konzern`, `die Kammer`) at `pos` stands for: of
        `orgs`, the one named last that the article introduced with a noun of that kind (`der Autokonzern
        Zalpex`; a company noun for a company introduced with any: `die Reederei X … das Unternehmen`),
        else the one named last that it introduced as no other kind (not `die Gewerkschaft Velkana` for
        `der Konzern`); none where a body of that kind the article does not name stands between (`die
        Ärztekammer … die Kammer`)."""
        kinds = {id(e): self._introduced_as(e) for e in orgs}
        companies = self.classes["company_heads"]
        company = in_noun_class(head, companies)
        same = [
            e
            for e in orgs
            if any(_of_kind(k, head) or (company and in_noun_class(k, companies)) for k in kinds[id(e)])
        ]
        best = max(
            same or [e for e in orgs if not kinds[id(e)]],
            key=lambda e: e.last_mention_before(pos),
            default=None,
        )
        if best is None:
            return None
        t = self.t
        after = best.last_mention_before(pos)
        first = bisect_right(t.starts, after)
        last = bisect_left(t.starts, pos)
        for i in range(first, last):
            if (
                t.tags[i] == "NN"
                and _of_kind(t.lemma_lowers[i], head)
                and (i + 1 >= len(t.texts) or self.ents.at(i + 1, i + 2) is None)
                and self.ents.at(i, i + 1) is None
            ):
                return None  # `die Ärztekammer`: another body of the kind, unnamed, in between
        return best

    def _introduced_as(self, ent: LocalEntity) -> set[str]:
        """The organisation nouns right before the entity's mentions (`der Autokonzern | Zalpex`)."""
        t = self.t
        heads: set[str] = set()
        for m in ent.mentions:
            i = bisect_left(t.starts, m.start) - 1
            if i >= 0 and t.tags[i] == "NN" and in_noun_class(t.lemmas[i], body_heads()):
                heads.add(t.lemma_lowers[i])
        return heads

    def _organisation_right_before(
        self, np: NounPhrase, phrases: list[NounPhrase], fits: Callable[[LocalEntity], bool]
    ) -> list[LocalEntity]:
        """The entity that `fits` named by the phrase right before `np`, only a preposition between
        (`die Hilfe für die Firma X bei ihrem Verkauf`: X), if any."""
        before = max((p for p in phrases if p.end <= np.start), key=lambda p: p.end, default=None)
        if before is None or any(t.tag_ not in {"APPR", "APPRART"} for t in self.doc[before.end : np.start]):
            return []
        start, end = self.doc[before.start].idx, self.doc[before.end - 1].idx + len(self.doc[before.end - 1])
        named = [e for e in self.ents.entities if fits(e) and any(start <= m.start < end for m in e.mentions)]
        return named[:1]

    def _genitive_country(self, np: NounPhrase, clause: Clause) -> str | None:
        idx = clause.phrases.index(np) if np in clause.phrases else -1
        for other in clause.phrases:
            if other.genitive_of == idx and idx >= 0:
                ent = self.ents.country_entity(other)
                if ent is not None and ent.kb_id:
                    return self.ents.actors.country(ent.kb_id)
        return None

    def _pronoun(
        self,
        head: Token,
        np: NounPhrase,
        taken: set[int],
        gender: str | None = None,
        clause: Clause | None = None,
    ) -> LocalEntity | None:
        """The person a pronoun most likely means: someone named in this or the two sentences
        before, the most talked-about first (salience), then the most recent. `gender`: the one its
        clause gives it (`sie` with a singular verb)."""
        window = self._window_start(head.idx)
        people = [
            p
            for p in self.ents.persons_before(head.idx)
            if id(p) not in taken and self.ents.gender_fits(p, head.text, gender)
        ]
        genders = self.classes["pronoun_gender"]
        # `Sie schenkte ihm …`, `Er gab ihr …`: beside a masculine pronoun for the other side, a feminine
        # one means the woman the text marks so (`Ministerin`, `Frau`), not the unmarked other person.
        if (
            (gender or genders.get(head.text.lower())) == "f"
            and clause is not None
            and any(genders.get(self.t.lowers[i]) == "m" and i != head.i for i in clause.tokens)
        ):
            people = [p for p in people if "f" in p.genders] or people
        near = [p for p in people if p.last_mention_before(head.idx) >= window]
        # A subject pronoun continues the subject of the last clauses (`Herr Kim bleibt … Er wird …`).
        if "Nom" in self.classes["person_pronouns"].get(head.text.lower(), []):
            # Right after a subordinator it first means someone its main clause named (`Die Reise
            # des Führers fand 2019 statt, wo er …`), a subject there before anyone else.
            if head.i > 0 and self.doc[head.i - 1].tag_ in SUBORDINATORS:
                here = [p for p in near if p.last_mention_before(head.idx) >= head.sent.start_char]
                subjects = [p for p in self._subjects if p in here]
                if subjects or here:
                    return (subjects or sorted(here, key=lambda p: -p.last_mention_before(head.idx)))[0]
            for person in self._subjects:
                if person in near:
                    return person
        pool = near or people[:1]
        if not pool:
            return None
        return max(
            pool, key=lambda p: (sum(m.start < head.idx for m in p.mentions), p.last_mention_before(head.idx))
        )

    def _agentless_passive(self, clause: Clause, subject: list[Filler]) -> bool:
        """A clause of `werden` and a participle with no actor subject and no `von` or `durch` agent."""
        t = self.t
        return (
            not subject
            and any(t.lemma_lowers[i] == "werden" for i in clause.tokens)
            and any(t.tags[i] == "VVPP" for i in clause.tokens)
            and not any(np.prep in {"von", "vom", "durch"} for np in clause.phrases)
        )

    def _pledger(self, prev_phrases: list[NounPhrase], clause: Clause) -> list[Filler]:
        """`das Versprechen der X, Y Geld zu geben`: the actor a genitive names after a noun of
        promise or intent (nouns.yml pledge_nouns) that closes the clause right before a zu-infinitive."""
        if len(prev_phrases) < 2:
            return []
        owner, gen = prev_phrases[-2], prev_phrases[-1]
        if (
            gen.genitive_of is None
            or owner.end != gen.start
            or self.t.lemma_lowers[owner.head] not in self.classes["pledge_nouns"]
            or not all(self.t.tags[i] in {"$,", "PTKVZ"} for i in range(gen.end, clause.start))
        ):
            return []
        fillers = self.resolve(gen, clause, set(), [])
        return fillers if self.kind(gen, fillers) == "actor" else []

    def _first_person(self, head: Token, low: str) -> LocalEntity | None:
        """Whom `ich` or `wir` in a quotation means: its speaker; `wir` said by one who holds a
        state's office (`"Wir verhandeln mit Y", sagte der bulgarische Außenminister X`), that state."""
        singular, plural = self.classes["first_person_singular"], self.classes["first_person_plural"]
        if low not in singular and low not in plural:
            return None
        quote = next((q for q in self.speakers if q.start <= head.idx < q.end), None)
        if quote is None:
            return None
        if low in plural:
            states = set(self.classes["state_roles"])
            codes = {c for role, c in quote.speaker.roles if c and role in states}
            if not codes and any(role in states for role, _ in quote.speaker.roles):
                codes = {c for c in [self._home_country(quote.speaker)] if c}
            if len(codes) == 1:
                return self.ents.country(codes.pop()) or quote.speaker
        return quote.speaker

    def _finite(self, clause: Clause) -> Token | None:
        """The clause's first finite verb."""
        tags = self.t.tags
        return next((self.doc[i] for i in clause.tokens if tags[i] in FINITE), None)

    def _verb_number(self, clause: Clause) -> str | None:
        """The number of the clause's first finite verb (written by the case reader from its form)."""
        finite = self._finite(clause)
        number = finite.morph.get("Number", []) if finite is not None else []
        return number[0] if len(number) == 1 else None

    def _plural_verb(self, clause: Clause) -> bool:
        return self._verb_number(clause) == "Plur"

    def _group_size(self, np: NounPhrase) -> int:
        """How many actors named before a group phrase means: `beide`, `die beiden Anführer`, `beide
        Länder`, `die zwei Präsidenten` two, `die drei Präsidenten` three; 0 for no such phrase."""
        t = self.t
        sizes = self.classes["group_words"]
        lows = [t.texts[i].lower() for i in range(np.start, np.end)]
        counts = [sizes[low] for low in lows if low in sizes]
        if len(counts) != 1 or len(lows) > 5:
            return 0
        if t.texts[np.head].lower() in sizes:
            return counts[0] if counts[0] == 2 else 0  # `beide` alone
        if counts[0] > 2 and not (t.tags[np.start] in {"ART", "PDAT"} and t.lemma_lowers[np.start] != "ein"):
            return 0  # `drei Minister`: any three
        side = (
            in_noun_class(t.lemmas[np.head], self.classes["actor_suffixes"])
            or t.lemma_lowers[np.head] in SIDE_NOUNS
        )
        return counts[0] if side else 0

    def _pair(self, np: NounPhrase, filler: Filler) -> list[Filler]:
        """`beide`, `die beiden Anführer`, `beide Länder`, `die drei Präsidenten`: the last actors of the
        right kind, as many as the phrase counts (two for `sie`)."""
        size = self._group_size(np) or 2
        head = self.t.lemma_lowers[np.head]
        if head in SIDE_NOUNS:
            # `beide Seiten`: the last two countries, else organisations, else people, named in this
            # sentence or the two before (a side of an older dispute is no longer talked about).
            window = self._window_start(filler.start)
            for want in ("country", "organisation", "person"):
                pair = self._last_of_kind(want, size, np, filler)
                near = [f for f in pair if f.entity and f.entity.last_mention_before(filler.start) >= window]
                if pair and len(near) == len(pair):
                    return pair
            return [filler]
        # `beide Länder`: countries; `die beiden Parteien`, `beide Unternehmen`: organisations; else people.
        want = (
            "country"
            if in_noun_class(head, STATE_NOUNS)
            else "organisation"
            if in_noun_class(head, self.classes["organisation_heads"])
            else "person"
        )
        return self._last_of_kind(want, size, np, filler) or [filler]

    def _last_of_kind(self, want: str, size: int, np: NounPhrase, filler: Filler) -> list[Filler]:
        """The `size` actors of type `want` named last before a group phrase (or right after it in its
        sentence), as inferred fillers of it; [] when there are fewer. People named earlier in its own
        sentence come first, the last first; then, of those named in the sentences before, the most
        mentioned: `die beiden Staatschefs` are the two the article is about, not the spokesman or
        the reporter quoted just before (countries are the last named: `die beiden Länder` after the
        route from X to Y, not the article's main country)."""
        here = self._sentence_start_before(filler.start, 0)
        recent = self._sentence_start_before(filler.start, GROUP_SENTENCES)

        def rank(e: LocalEntity) -> tuple[int, ...]:
            last = e.last_mention_before(filler.start)
            if want != "person":
                return (-last,)
            if last >= here:  # named earlier in its own sentence, the last first (`warf X Y und Z vor, sie`)
                return (0, -last, 0, 0)
            return (1, -(last >= recent), -sum(m.start < filler.start for m in e.mentions), -last)

        seen = sorted(
            (e for e in self.ents.entities if e.type == want and e.last_mention_before(filler.start) >= 0),
            key=rank,
        )[:size]
        if len(seen) < size:
            # `…, als die beiden Bewerber einen Kompromiss unterzeichneten, der X … und Y …`: the
            # pair may be named right after, in the same sentence.
            sentence = self.doc[np.start].sent
            later = sorted(
                (
                    e
                    for e in self.ents.entities
                    if e not in seen
                    and e.type == want
                    and any(filler.end <= m.start < sentence.end_char for m in e.mentions)
                ),
                key=lambda e: min(m.start for m in e.mentions if m.start >= filler.end),
            )
            seen += later[: size - len(seen)]
        if len(seen) < size:
            return []
        return [Filler(filler.text, filler.start, filler.end, entity=e, inferred=True) for e in seen]

    def kind(self, np: NounPhrase, fillers: list[Filler]) -> str:
        """actor, place or thing."""
        t = self.t
        head = np.head
        ents = [f.entity for f in fillers if f.entity is not None]
        if any(e.type in {"person", "organisation"} for e in ents):
            return "actor"
        envoys = in_noun_class(t.lemmas[head], self.classes["envoy_bodies"])
        if envoys and any(e.type == "country" for e in ents):
            return "actor"  # `eine Delegation aus X`: X's envoys
        if any(e.type in {"country", "location"} for e in ents):
            return "place"
        if np.pronoun and t.texts[head].lower() in self.classes["person_pronouns"]:
            return "actor"
        core_nouns = [i for i in range(*np.core) if t.tags[i] == "NN"]
        # `die Firma Nordbus`: a title noun before an unknown name says what the name is.
        heads = [head, *core_nouns[:1]] if t.tags[head] in {"NE", "FM"} else [head]
        if self._group_size(np) or any(
            in_noun_class(t.lemmas[i], self.classes["actor_suffixes"])
            and t.lemma_lowers[i] not in self.classes["not_actors"]
            for i in heads
        ):
            return "actor"
        # `dem Autobauer Kalmag`, `den Hersteller X`: a sort of organisation before a name the
        # recogniser did not know names that organisation.
        named = any(t.tags[i] in {"NE", "FM"} for i in range(*np.core))
        organisations = self.classes["organisation_heads"]
        if named and any(in_noun_class(t.lemmas[i], organisations) for i in core_nouns[:1]):
            return "actor"
        if any(in_noun_class(t.lemmas[i], self.classes["place_suffixes"]) for i in [head, *core_nouns[:1]]):
            return "place"
        return "thing"

    def is_time(self, np: NounPhrase) -> bool:
        return self.t.lemma_lowers[np.head] in self.classes["time_heads"] or self.t.tags[np.head] == "CARD"

    # triggers -------------------------------------------------------------------------------
    def _verb_lemma(self, tok: TokenLike, clause: Clause) -> str:
        key = (tok.lemma_, tok.text)
        lemma = self._verb_bases.get(key)
        if lemma is None:
            # The lemmatiser gives `verhandelen` for `verhandelte`: -eln verbs keep their -eln.
            lemma = MANGLED_ELN.sub(r"\1eln", tok.lemma_.lower())
            if lemma not in self._known_verbs:
                # `verlängerten` → `verlängeren`, `verlängert`: a weak verb's form with its ending cut
                # and `-n`/`-en` put on names the lexicon's verb the lemmatiser missed.
                stem = WEAK_ENDINGS.sub("", tok.text.lower())
                # `zurückgezahlt` → `zurückzahl`: a particle verb's participle with its `ge` taken out
                ge = stem.find("ge", 2)
                stems = (stem, stem[:ge] + stem[ge + 2 :]) if ge > 0 else (stem,)
                lemma = next((v for s in stems for v in (s + "n", s + "en") if v in self._known_verbs), lemma)
            self._verb_bases[key] = lemma
        if tok.tag_ in FINITE:
            tags = self.t.tags
            particles = [i for i in clause.tokens if i > tok.i and tags[i] == "PTKVZ"]
            if particles:
                return self.t.texts[particles[0]].lower() + lemma
        return lemma

    def _context(self, frame: Frame, sent_index: int, words: tuple[str, ...] = ()) -> bool:
        """A frame's context words (or an entry's own `words`) or strong triggers stand near the
        sentence, or in the headline (the first sentence), which sets what the whole article is about."""
        lo, hi = max(0, sent_index - frame.context_window), sent_index + frame.context_window + 1
        return any(
            self._sentence_context(frame, k, words or frame.context)
            for k in [0, *range(lo, min(hi, len(self._sentences)))]
        )

    def _sentence_context(self, frame: Frame, k: int, words: tuple[str, ...]) -> bool:
        """Whether sentence `k` holds one of `words` or a strong trigger of `frame` (asked once: the
        windows of neighbouring triggers overlap)."""
        key = (id(frame), words, k)
        if key not in self._context_seen:
            sent, t = self._sentences[k], self.t
            # An entry's own words stand alone: its frame's strong verbs tell of other things.
            strong = frame.strong_verb_lemmas if words == frame.context else frozenset()
            self._context_seen[key] = any(
                any(low == c or low.endswith(c) for c in words)
                or (t.tags[i] in VERBS and low in strong)
                for i in range(sent.start, sent.end)
                for low in (t.lemma_lowers[i],)
            )
        return self._context_seen[key]

    def read(self) -> list[LocalEvent]:
        tags, lowers, words = self.t.tags, self.t.lowers, self.t.words()
        for s_index, sent in enumerate(self._sentences):
            clauses = self._clauses_of(sent)
            prev_subject: list[Filler] = []
            prev_phrases: list[NounPhrase] = []
            list_before: list[NounPhrase] = []
            prev_verbs: set[str] = set()
            agentless_before = False
            for clause in clauses:
                subject = self._clause_subject(clause, prev_phrases)
                if self._infinitive(clause) and not any(tags[i] in FINITE for i in clause.tokens):
                    # a zu-infinitive has no subject of its own (`…, Norwegen zu besuchen`), but a
                    # promise's maker is who would do it (`das Versprechen der X, … zu zahlen`)
                    subject = self._pledger(prev_phrases, clause)
                    if subject or prev_verbs & set(self.classes["pledge_verbs"]):
                        self._pledged_clauses.add(clause.start)
                if not subject and (clause.joined_by_conjunction or self._infinitive(clause)):
                    # `… und traf X`, `X beschloss, Gespräche mit Y zu führen`: the subject before;
                    # none after an agentless passive (`Es wurde vereinbart, Grundstücke zu kaufen`)
                    subject = [] if agentless_before and self._infinitive(clause) else prev_subject
                agentless_before = self._agentless_passive(clause, subject)
                for f in subject:
                    if f.entity is not None and f.entity.type == "person":
                        if f.entity in self._subjects:
                            self._subjects.remove(f.entity)
                        self._subjects.insert(0, f.entity)
                if (
                    subject
                    and all(f.entity is None for f in subject)
                    and subject[0].text.lower() not in self.classes["person_pronouns"]
                    and self._plural_verb(clause)
                ):
                    self._unnamed_group_at = subject[0].start
                # `warf X vor, das Abkommen mit Y nicht einzuhalten`: an object of the clause before is
                # who does a zu-infinitive, also for the event nouns it holds (verbs check it themselves).
                noun_subject = subject
                if self._infinitive(clause) and not any(tags[i] in FINITE for i in clause.tokens):
                    noun_subject = self._controller(prev_phrases, clause, countries=True) or subject
                first_event = len(self.events)
                self._governor = (prev_subject, prev_verbs)  # the clause before, which may govern this one
                for i in clause.tokens:
                    tag = tags[i]
                    # A predicative adjective carries a clause like a verb (`sind sich einig`).
                    if lowers[i] in self._desk_words and self._in_parentheses(self.doc[i]):
                        continue  # `(APA, red, 25.8.2015)`: a credit line, not the verb `reden`
                    # The doc's token only for a trigger word, one for all its frames (events
                    # compare their triggers by identity).
                    if tag in VERBS or tag == "ADJD":
                        verb_hits = self._verb_triggers.get(self._verb_lemma(words[i], clause), ())
                        if verb_hits:
                            tok = self.doc[i]
                        for frame, vt in verb_hits:
                            self._verb_event(frame, vt, tok, clause, sent, s_index, subject, prev_phrases)
                    elif tag == "ADJA" and self._attribute_triggers:
                        for frame, vt in self._attribute_triggers.get(_participle_of(lowers[i]), ()):
                            self._participle_attribute_event(frame, vt, self.doc[i], clause, sent)
                    elif tag == "NN":
                        noun_hits = _noun_triggers_of(self.frames, words[i])
                        if noun_hits:
                            tok = self.doc[i]
                        for frame, nt in noun_hits:
                            if nt.needs_context and not self._context(frame, s_index):
                                continue
                            if nt.clause_words and not nt.clause_words & {
                                self.t.lemma_lowers[k] for k in clause.tokens
                            }:
                                continue
                            if nt.not_clause_words and self._other_sense(clause, nt.not_clause_words):
                                continue
                            self._noun_event(frame, nt, tok, clause, sent, noun_subject, list_before)
                self._compared_subjects(self.events[first_event:], clause, subject, prev_phrases)
                self._taking_part(clause, subject, sent, s_index, prev_phrases)
                prev_subject = subject or prev_subject
                prev_verbs = {self._verb_lemma(words[i], clause) for i in clause.tokens if tags[i] in VERBS}
                prev_phrases = clause.phrases
                if not clause.relative:
                    list_before = clause.phrases  # a list cut by commas goes on past relative clauses
        self._answering_gifts()
        self._agreed_meetings()
        self._documents_of_talks()
        self._implicit_roles()
        self._absorb()
        self._no_visits_at_home()
        self._no_events_in_sports_reports()
        self._no_remote_meetings()
        self._yield_triggers()
        self._drop_excluded_actors()
        self._no_habitual_events()
        self._no_events_with_crowds()
        self._nothing_handed_to_itself()
        self._no_events_without_named_actors()
        self._no_meetings_with_own_members()
        self._pool_attendees()  # before a meeting abroad tells visits: a lone attendee is none
        self._away_from_home()
        self._together()
        required = {f.type: f.requires for f in self.frames}
        return [
            e
            for e in self._merge([e for e in self.events if e.filled])
            if e.complete and all(e.roles.get(r) for r in required.get(e.type, ()))
        ]

    def _in_parentheses(self, tok: Token) -> bool:
        """Whether a token stands inside an open parenthesis of its sentence."""
        depth = 0
        for t in self.doc[tok.sent.start : tok.i]:
            depth += (t.text == "(") - (t.text == ")")
        return depth > 0

    def _compared_subjects(
        self, events: list[LocalEvent], clause: Clause, subject: list[Filler], prev_phrases: list[NounPhrase]
    ) -> None:
        """`X machte seinen Antrittsbesuch – wie schon Y – in Z`: an aside comparing the subject with
        another actor says that actor did the same; it joins the subject's role in the clause's events."""
        if not events or not subject:
            return
        actors = {id(f.entity) for f in subject if f.entity is not None}
        for np in clause.phrases:
            if np.prep or not self._compared_aside(np):
                continue
            fillers = self.resolve(np, clause, set(), prev_phrases)
            kinds = {f.entity.type if f.entity is not None else None for f in fillers}
            if not fillers or not kinds <= {"person", "country", "organisation"}:
                continue
            for ev in events:
                for role in [r for r, fs in ev.roles.items() if any(id(f.entity) in actors for f in fs)]:
                    for filler in fillers:
                        ev.add(role, filler)

    def _compared_aside(self, np: NounPhrase) -> bool:
        """A phrase set off by dashes or commas after `wie` (and adverbs: `wie schon seinerzeit`)."""
        doc, k = self.doc, np.start - 1
        while k > 0 and doc[k].tag_ == "ADV":
            k -= 1
        asides = {"–", "—", "-", ","}
        return (
            k > 0
            and doc[k].lower_ == "wie"
            and doc[k - 1].text in asides
            and np.end < len(doc)
            and doc[np.end].text in asides
        )

    def _reciprocal_plural(self, clause: Clause) -> bool:
        """`Vertreter beider Seiten trafen sich`: a plural subject meeting each other is two sides."""
        return any(self.t.tags[i] == "PRF" for i in clause.tokens) and self._plural_verb(clause)

    def _infinitive(self, clause: Clause) -> bool:
        """A zu-infinitive clause (`…, Gespräche zu führen`), whose subject is the one before it."""
        tags = self.t.tags
        return any(tags[i] in {"PTKZU", "VVIZU"} for i in clause.tokens)

    @staticmethod
    def _governs(host: LocalEvent, ev: LocalEvent) -> bool:
        """`ev` is what `host` is about: in its clause, or the zu-infinitive right after it."""
        if ev.sentence.start != host.sentence.start:
            return False
        inside = host.clause[0] <= ev.trigger.i < host.clause[1]
        follows = ev.infinitive and 0 <= ev.clause[0] - host.clause[1] <= 2
        return inside or follows

    def _main_pair(self) -> list[LocalEntity]:
        """The two actors an article is about: its two most-mentioned countries, else people."""
        for kind in ("country", "person"):
            ranked = self._most_mentioned(kind)
            if len(ranked) >= 2 and len(ranked[1].mentions) >= 2:
                return ranked
        return []

    def _implicit_roles(self) -> None:
        """Roles a frame declares as implicit (`implicit: {party: pair}`) get inferred where the text
        leaves them unsaid: the article's two main actors, or the named side's counterpart."""
        frames = {f.type: f for f in self.frames}
        for ev in self.events:
            frame = frames.get(ev.type)
            for role, how in frame.implicit.items() if frame else ():
                if how != "pair":
                    continue
                # Only where the text names no side at all, and only the article's two main
                # countries: a counterpart guessed for one named side, or two people, was wrong
                # more often than right.
                if ev.roles.get(role) or ev.attributes.get("trigger_kind") == "noun":
                    continue
                if any(self.doc[i].lower_ in PARTNER_PREPS for i in range(*ev.clause)):
                    continue  # `Man habe sich mit der Firma X geeinigt`: a side named (if unread) is no pair
                pair = self._main_pair()
                if not pair or pair[0].type != "country":
                    continue
                for ent in pair:
                    m = ent.mentions[0]
                    ev.add(role, Filler(m.text, m.start, m.end, ent, inferred=True))
                ev.attributes["inferred_" + role] = True

    def _most_mentioned(self, kind: str) -> list[LocalEntity]:
        """The two entities of a type the article mentions most."""
        return sorted((e for e in self.ents.entities if e.type == kind), key=lambda e: -len(e.mentions))[:2]

    def _drop_excluded_actors(self) -> None:
        """`im Gespräch mit der Agentur X`: an interview is no meeting; `Tausende Flüchtlinge reisten
        nach X`: people fleeing are no visitors. Such actors (by dictionary kind, or by the head noun
        of an unnamed filler) leave the event, which then may lack the sides it needs. A vehicle
        (`das Containerschiff X`) fills no actor role of any frame."""
        symmetric = criteria().symmetric
        lone: list[LocalEvent] = []
        for frame in self.frames:
            for ev in (e for e in self.events if e.type == frame.type):
                for role, kind in frame.roles.items():
                    if kind == "actor" and role in ev.roles:
                        kept = [
                            f
                            for f in ev.roles[role]
                            if not self._excluded(f, frame) and not self._vehicle(f) and not self._denied(f)
                        ]
                        # `begrüßte die Fahrer und die Besucher`: with the crowd gone one side is left,
                        # and a meeting or an agreement of one is none.
                        if role in symmetric and len(kept) < 2 <= len(ev.roles[role]):
                            lone.append(ev)
                        ev.roles[role] = kept
        self.events[:] = [e for e in self.events if not any(e is x for x in lone)]

    def _denied(self, f: Filler) -> bool:
        """`Es wird Gespräche geben, allerdings nicht mit X`, `traf Y, nicht aber dessen Z`: a side
        said not to take part."""
        span = self._filler_span(f)
        return span is not None and side_denied(span[0])

    def _vehicle(self, f: Filler) -> bool:
        """Whether a filler is a vehicle (nouns.yml `vehicles`): its head noun (`das Schiff`), the noun
        before its name (`die Raumsonde X`) or the head of an apposition before it (`Das größte
        Containerschiff der Welt, die X`)."""
        span = self._filler_span(f)
        if span is None:
            return False
        nouns = [t for t in span if t.tag_ == "NN" and t.lemma_.lower() not in MEASURE_NOUNS]
        named = next((k for k, t in enumerate(span) if t.tag_ == "NE"), None)
        heads = nouns[:1]
        if named and span[named - 1].tag_ == "NN":
            heads.append(span[named - 1])
        i = span.start - 1
        # `…, die „X“`: the article (read as a relative pronoun) and quotes before the name.
        while i >= span.sent.start and (self.doc[i].tag_ in ARTICLE_TAGS or self.doc[i].text in QUOTE_MARKS):
            i -= 1
        if i > span.sent.start and self.doc[i].text == ",":
            j = i - 1
            while j >= span.sent.start and self.doc[j].tag_ in APPOSITION_TAGS:
                j -= 1
            heads += [t for t in self.doc[j + 1 : i] if t.tag_ == "NN"][:1]
        vehicles = self.classes["vehicles"]
        return any(in_noun_class(t.lemma_, vehicles) for t in heads)

    def _no_habitual_events(self) -> None:
        """`Jedes Jahr werden Schüler eingeladen`: a habitual marker in the trigger's clause tells of a
        custom; frames with `single_occasion` read no event there."""
        types = {f.type for f in self.frames if f.single_occasion}
        if not types:
            return
        markers = [tuple(m.split()) for m in cue_words("time", "habitual")]

        def habitual(ev: LocalEvent) -> bool:
            words = [t.text.lower() for t in self.doc[ev.clause[0] : ev.clause[1]]]
            return any(
                tuple(words[k : k + len(m)]) == m for m in markers for k in range(len(words) - len(m) + 1)
            )

        self.events = [
            ev
            for ev in self.events
            if ev.type not in types or ev.clause[0] in self._pledged_clauses or not habitual(ev)
        ]

    def _no_events_with_crowds(self) -> None:
        """`Lieferverträge mit zahlreichen Kunden`, `lud zahlreiche Gäste ein`: an actor role holding a
        generic crowd leaves an event of a frame with `specific_sides` only with that many other sides."""
        wanted = {f.type: f for f in self.frames if f.specific_sides}
        kept = []
        for ev in self.events:
            frame = wanted.get(ev.type)
            fillers = [
                f
                for role, kind in (frame.roles.items() if frame else ())
                if kind == "actor"
                for f in ev.roles.get(role, [])
            ]
            crowds = [f for f in fillers if self._crowd(f)]
            sides = {
                id(f.entity) if f.entity is not None else (f.start, f.end) for f in fillers if f not in crowds
            }
            if frame is None or not crowds or len(sides) >= frame.specific_sides:
                kept.append(ev)
        self.events = kept

    def _nothing_handed_to_itself(self) -> None:
        """`X sich anschickte, Porsche zu übernehmen` read with Porsche as the buyer: a thing handed
        over is neither its own giver nor its receiver; such an actor filler goes. Nor does anyone hand
        a thing to himself (`wir … zur Verfügung stellen, so X` read with X on both sides): he keeps
        the first role of the frame he fills."""
        for ev in self.events:
            frame = next((f for f in self.frames if f.type == ev.type), None)
            if frame is None or frame.roles.get("item") != "thing":
                continue
            things = {id(f.entity) for f in ev.roles.get("item", []) if f.entity is not None}
            for role, kind in frame.roles.items():
                if kind == "actor" and role in ev.roles:
                    kept = [f for f in ev.roles[role] if f.entity is None or id(f.entity) not in things]
                    things |= {id(f.entity) for f in kept if f.entity is not None}
                    if kept:
                        ev.roles[role] = kept
                    else:
                        del ev.roles[role]

    def _no_events_without_named_actors(self) -> None:
        """`Er stellte die Halle zur Verfügung` (`er` unresolved), `Hersteller einigten sich`: an event of a
        frame with `named_actor` needs an actor role filled by a named entity (a name, or a pronoun or
        role noun resolved to one), a phrase holding a name, or, where the frame allows it (`specific`),
        a role noun that may stand for someone in particular. A trigger's entry may ask `strict` of its
        own events in a frame that asks less."""
        frames = {f.type: f for f in self.frames}

        def named(ev: LocalEvent) -> bool:
            frame = frames[ev.type]
            level = "strict" if "strict" in (ev.named_actor, frame.named_actor) else frame.named_actor
            if not level:
                return True
            fillers = [f for r, k in frame.roles.items() if k == "actor" for f in ev.roles.get(r, [])]
            return any(
                f.entity is not None or self._holds_name(f) or (level == "specific" and self._specific(f))
                for f in fillers
            )

        self.events = [ev for ev in self.events if ev.type not in frames or named(ev)]

    def _no_meetings_with_own_members(self) -> None:
        """`Die Partei lud mit ihrem Chef X zu einem Pressegespräch`: a side named by a member noun after
        the possessive of an organisation among the sides (nouns.yml `member_nouns`) is that
        organisation's own person; left with fewer than two sides, the meeting is none."""
        members = self.classes["member_nouns"]
        kept = []
        for ev in self.events:
            sides = ev.roles.get("participant", []) if ev.type == "meeting" else []
            owners = {self._staff_owner(f) for f in sides}
            if sides and None not in owners and len(owners) < 2:
                continue  # `Die Betriebsräte der Filialen von X trafen sich`: one side's own staff only
            bodies = [f for f in sides if f.entity is not None and f.entity.type == "organisation"]
            own = [f for f in sides if bodies and self._own_member(f, members)]
            rest = {id(f.entity) if f.entity is not None else id(f) for f in sides if f not in own}
            if own and len(rest) < 2:
                continue
            kept.append(ev)
        self.events = kept

    def _staff_owner(self, f: Filler) -> str | None:
        """For a filler headed by a staff body (nouns.yml `staff_bodies`: `die Betriebsräte der Werke
        von X`), the names in it (its organisation, "" if unnamed); None for any other filler."""
        span = self._filler_span(f)
        nouns = [t for t in span if t.tag_ == "NN"] if span is not None else []
        if span is None or not nouns or not in_noun_class(nouns[0].lemma_, self.classes["staff_bodies"]):
            return None
        return " ".join(t.text for t in span if t.tag_ == "NE")

    def _filler_span(self, f: Filler) -> Span | None:
        """The tokens a filler covers (None where its offsets cut no token)."""
        return self.doc.char_span(f.start, f.end, alignment_mode="expand")

    def _own_member(self, f: Filler, members: list[str]) -> bool:
        """Whether a filler is a possessive's member noun (`ihrem Chef X`, `seinen Mitarbeitern`)."""
        span = self._filler_span(f)
        if span is None or span[0].tag_ != "PPOSAT":
            return False
        nouns = [t for t in span if t.tag_ == "NN"]
        return bool(nouns) and in_noun_class(nouns[0].lemma_, members)

    def _holds_name(self, f: Filler) -> bool:
        """Whether an unlinked filler holds a name no entity took: a proper noun, or a capitalised word
        right after a noun of an organisation or a person (`die Firma Kessmann`, `der Hersteller Meizu`)
        that the tagger read as a common noun."""
        span = self._filler_span(f)
        if span is None:
            return False
        heads = self.classes["organisation_heads"] + self.classes["actor_suffixes"]
        # Only the phrase's own words, not an attribute after it (`die Kundgebung des Bündnisses X`).
        own = next((t.i for t in span[1:] if t.tag_ in {"ART", "APPR", "APPRART"}), span.end)
        return any(
            t.tag_ == "NE"
            or (
                t.tag_ == "NN"
                and t.i > span.start
                and t.text[:1].isupper()
                and self.doc[t.i - 1].tag_ == "NN"
                and in_noun_class(self.doc[t.i - 1].lemma_, heads)
            )
            for t in self.doc[span.start : own]
        )

    def _specific(self, f: Filler) -> bool:
        """An unnamed filler that may stand for someone in particular (`der Botschafter`, `Management
        und Betriebsrat`): it holds a noun and names no crowd (`zahlreiche Kunden`)."""
        return not self._pronoun_phrase(f) and not self._crowd(f)

    def _unnamed_side(self, f: Filler) -> bool:
        """An unnamed filler that is a side of its own beside a named one: a body one deals with as a
        side (nouns.yml `interlocutor_bodies`: `mit dem Betriebsrat`), a body's members (`member_nouns`
        with an attribute: `mit Vertretern der Jugendorganisation`) or a phrase holding a name; not
        people described by their office alone (`mit 16 Amtskollegen`)."""
        span = self._filler_span(f)
        if f.entity is not None or span is None or not self._specific(f):
            return False
        nouns = [t for t in span if t.tag_ == "NN"]
        return (
            self._holds_name(f)
            or any(in_noun_class(t.lemma_, self.classes["interlocutor_bodies"]) for t in nouns)
            or (len(nouns) > 1 and in_noun_class(nouns[0].lemma_, self.classes["member_nouns"]))
        )

    def _crowd(self, f: Filler) -> bool:
        """An unnamed filler naming a crowd: opened by a generic quantifier (`zahlreiche Kunden`) or
        counted in thousands (`mit 40.000 Haushalten`, `1,3 Millionen Kunden`). A bare plural is none
        (`Gewerkschaften und Arbeitgeber einigten sich`: the sides, unnamed)."""
        if f.entity is not None:
            return False
        span = self._filler_span(f)
        if span is None or len(span) == 0:
            return False
        if span[0].text.lower() in self.classes["generic_quantifiers"]:
            return True
        thousands = self.classes["crowd_count_words"]
        for k, t in enumerate(span):
            if t.tag_ != "CARD":
                continue
            digits = t.text.replace(".", "")
            if digits.isdigit() and int(digits) >= self.classes["crowd_count"]:
                return True
            if k + 1 < len(span) and span[k + 1].text.lower() in thousands:
                return True
        return False

    def _excluded(self, f: Filler, frame: Frame) -> bool:
        if f.entity is not None:
            # a person the article calls by an excluded head (`der Dschihadist X`) is excluded as the
            # phrase `der Dschihadist` would be
            return (
                f.entity.type in frame.excluded_actor_types
                or self.ents.actors.kind(f.entity.kb_id) in frame.excluded_actor_kinds
                or (
                    f.entity.type == "person"
                    and bool(frame.excluded_actor_heads)
                    and any(in_noun_class(t, frame.excluded_actor_heads) for t, _ in f.entity.roles)
                )
                or ("media" in frame.excluded_actor_kinds and self._named_as_media(f))
            )
        if not frame.excluded_actor_heads:
            return False
        span = self._filler_span(f)
        # The head: the first noun that is no measure or quantity (`Tausende Flüchtlinge aus X`).
        head = next(
            (t for t in span or () if t.tag_ == "NN" and t.lemma_.lower() not in MEASURE_NOUNS),
            None,
        )
        return head is not None and in_noun_class(head.lemma_, frame.excluded_actor_heads)

    def _named_as_media(self, f: Filler) -> bool:
        """Whether an organisation's filler calls it a paper, broadcaster or agency (`der Zeitung X`:
        nouns.yml media_heads), as the dictionary's `media` kind would."""
        if f.entity is None or f.entity.type != "organisation":
            return False
        heads = self.classes["media_heads"]
        return any(t.tag_ == "NN" and in_noun_class(t.lemma_, heads) for t in self._filler_span(f) or ())

    def _yield_triggers(self) -> None:
        """A word read as two types keeps the one its frame yields to (`übergab … als Geschenk`: a gift,
        not a transfer)."""
        yields = {f.type: set(f.yields_to) for f in self.frames if f.yields_to}
        by_trigger: dict[int, set[str]] = {}
        for ev in self.events:
            if ev.filled:
                by_trigger.setdefault(ev.trigger.i, set()).add(ev.type)
        self.events = [
            ev for ev in self.events if not yields.get(ev.type, set()) & by_trigger.get(ev.trigger.i, set())
        ]

    def _no_visits_at_home(self) -> None:
        """Travelling within one's own country is no visit: such visitors are dropped. Of several
        places, one in the visitors' own country is where they come from or what the clause tells
        besides (`sagte die Reise nach X wegen des Anschlags in Y ab`), not where they go."""
        actors = self.ents.actors
        for ev in [e for e in self.events if "visitor" in e.roles and "destination" in e.roles]:
            visitors = {self._home_country(f.entity) for f in ev.roles["visitor"]}
            if len(visitors) == 1 and None not in visitors:
                abroad = [
                    f for f in ev.roles["destination"] if self._country_of_place(f.entity) not in visitors
                ]
                if abroad and len(abroad) < len(ev.roles["destination"]):
                    ev.roles["destination"] = abroad
            homes = set()
            for f in ev.roles["destination"]:
                if f.entity is not None and f.entity.kb_id:
                    homes.add(
                        f.entity.kb_id.removeprefix("country:")
                        if f.entity.type == "country"
                        else actors.country(f.entity.kb_id)
                    )
            ev.roles["visitor"] = [
                f
                for f in ev.roles["visitor"]
                if not (f.entity is not None and f.entity.kb_id and actors.country(f.entity.kb_id) in homes)
            ]
            if not ev.roles["visitor"] and homes:
                self.events.remove(ev)

    def _no_remote_meetings(self) -> None:
        """Events of frames with `remote` words whose trigger word begins with one, or whose clause
        holds one: a phone or video call (`Telefongespräch mit X`, `beriet sich per Videokonferenz`)."""
        remote = {f.type: f.remote for f in self.frames if f.remote}
        for ev in [e for e in self.events if e.type in remote]:
            words = remote[ev.type]
            start, end = ev.clause if ev.clause != (0, 0) else (ev.sentence.start, ev.sentence.end)
            start = self._shared_subject_start(start, ev.sentence.start)
            if ev.trigger.text.lower().startswith(words) or any(
                t.lemma_.lower().startswith(words) or t.text.lower().startswith(words)
                for t in self.doc[start:end]
            ):
                self.events.remove(ev)

    def _shared_subject_start(self, start: int, sentence_start: int) -> int:
        """`X telefonierte mit Y und sprach mit ihm über …`: a clause that opens with `und` and its
        finite verb shares the subject and the manner of the clause before (back to a comma);
        where that clause begins, else `start`."""
        doc = self.doc
        k = start if doc[start].lower_ in {"und", "sowie"} else start - 1
        if k < sentence_start or doc[k].lower_ not in {"und", "sowie"} or k + 1 >= len(doc):
            return start
        if doc[k + 1].tag_ not in FINITE:
            return start
        j = k
        while j > sentence_start and doc[j - 1].text not in {",", ";", ":"}:
            j -= 1
        return j

    def _no_events_in_sports_reports(self) -> None:
        """Events of `off_sports` frames whose sentence, or the one before, reports sport (a word of
        nouns.yml `sports_words`, a match result), or of an article that reports sport in many sentences
        (`sports_report_sentences`): a team travelling to an away match is no visit."""
        off = {f.type for f in self.frames if f.off_sports}
        if not any(e.type in off for e in self.events):
            return
        # An article with this many sentences reporting sport is a sports report throughout: a club's
        # trip or a player's `Begegnung` told in a sentence of its own is sport too.
        least = int(noun_classes().get("sports_report_sentences") or 0)
        report = bool(least) and sum(self._reports_sport(j) for j in range(len(self._sentences))) >= least
        for ev in [e for e in self.events if e.type in off]:
            k = next(i for i, s in enumerate(self._sentences) if s.start == ev.sentence.start)
            if report or any(self._reports_sport(j) for j in (k - 1, k) if j >= 0):
                self.events.remove(ev)

    def _reports_sport(self, k: int) -> bool:
        if k not in self._sport_seen:
            words = noun_classes()["sports_words"]
            sent, t = self._sentences[k], self.t
            self._sport_seen[k] = any(
                is_match_result(t, i) or (t.tags[i] == "NN" and in_noun_class(t.lemmas[i], words))
                for i in range(sent.start, sent.end)
            )
        return self._sport_seen[k]

    def _away_from_home(self) -> None:
        """A frame's `away` type for each person of its events who comes from another country than
        the place it happens in (`Die Schwedin traf sich in Wien mit …`: she visited Wien)."""
        frames = {f.type: f for f in self.frames}
        for frame in (f for f in self.frames if f.away and f.away["type"] in frames):
            target = frames[frame.away["type"]]
            for ev in [e for e in self.events if e.type == frame.type and e.complete]:
                place = next(
                    (f for r, k in frame.roles.items() if k == "place" for f in ev.roles.get(r, [])), ev.place
                )
                where = self._country_of_place(place.entity if place is not None else None)
                if place is None or where is None:
                    continue
                for f in [f for r, k in frame.roles.items() if k == "actor" for f in ev.roles.get(r, [])]:
                    home = self._home_country(f.entity)
                    if home is None or home == where or self._resident(f.entity, frame):
                        continue
                    visit = self._new_event(target, ev.trigger, ev.sentence)
                    visit.clause, visit.infinitive = ev.clause, ev.infinitive
                    visit.attributes.update(ev.attributes, away_from_home=True)
                    visit.add(
                        frame.away["actor"], Filler(f.text, f.start, f.end, f.entity, inferred=f.inferred)
                    )
                    visit.add(frame.away["place"], place)

    @staticmethod
    def _resident(ent: LocalEntity | None, frame: Frame) -> bool:
        """A person bearing one of the frame's `resident_titles` (`der Botschafter X`): where they serve."""
        return ent is not None and any(title in frame.resident_titles for title, _ in ent.roles)

    def _together(self) -> None:
        """A frame's `together` type for two or more people named as the actors of one of its events
        (`X und Y besuchten am Montag gemeinsam Z`: on the same occasion they meet, at its place)."""
        frames = {f.type: f for f in self.frames}
        for frame in (f for f in self.frames if f.together and f.together["type"] in frames):
            target = frames[frame.together["type"]]
            for ev in [e for e in self.events if e.type == frame.type and e.complete]:
                people = [
                    f
                    for r, k in frame.roles.items()
                    if k == "actor"
                    for f in ev.roles.get(r, [])
                    if f.entity is not None and f.entity.type == "person" and not f.inferred
                ]
                if len({id(f.entity) for f in people}) < 2 or _one_side(people):
                    continue
                meeting = self._new_event(target, ev.trigger, ev.sentence)
                meeting.clause, meeting.infinitive = ev.clause, ev.infinitive
                meeting.attributes.update(ev.attributes, together=True)
                meeting.min_actors = 2
                for f in people:
                    meeting.add(frame.together["actor"], Filler(f.text, f.start, f.end, f.entity))
                places = [f for r, k in frame.roles.items() if k == "place" for f in ev.roles.get(r, [])]
                for place in places or ([ev.place] if ev.place is not None else []):
                    meeting.add(frame.together["place"], place)

    def _country_of_place(self, ent: LocalEntity | None) -> str | None:
        """The country a dictionary place lies in (a country is its own)."""
        if ent is None or not ent.kb_id or ent.type not in {"country", "location"}:
            return None
        if ent.type == "country":
            return ent.kb_id.removeprefix("country:")
        return self.ents.actors.country(ent.kb_id)

    def _own_country_sides(self, event: LocalEvent, frame: Frame) -> set[int]:
        """Countries among an event's actors that are the home country of a person among them
        (`Die österreichische Ministerin X empfing eine österreichische Delegation`): one side's own
        people, no second side (ANNOTATION: a meeting only of one side's own staff does not count)."""
        fillers = [f for r, k in frame.roles.items() if k == "actor" for f in event.roles.get(r, [])]
        homes = {self._home_country(f.entity) for f in fillers} - {None}
        countries = [f.entity for f in fillers if f.entity is not None and f.entity.type == "country"]
        return {id(c) for c in countries if self._country_of_place(c) in homes}

    def _home_country(self, ent: LocalEntity | None) -> str | None:
        """A person's country: the dictionary's, else the one (and only one) the text gives them by a
        demonym (`der schwedische Minister X`, `die Schwedin`)."""
        if ent is None or ent.type != "person":
            return None
        if ent.kb_id:
            return self.ents.actors.country(ent.kb_id)
        codes = {c for _, c in ent.roles if c}
        for m in ent.mentions:
            if m.kind == "description":
                codes.update(c for w in m.text.split() if (c := self.ents.actors.demonym_country(w)))
        return codes.pop() if len(codes) == 1 else None

    def _absorb(self) -> None:
        """Events a frame absorbs (`zu einem Besuch … einladen`) join it instead of standing alone."""
        for frame in self.frames:
            # (a participle attribute, `der von X eingeladene Y besuchte Z`, is about its noun: no host)
            for host in [e for e in self.events if e.type == frame.type and not _in_attribute(e)]:
                for ev in [e for e in self.events if e.type in frame.absorbs and self._governs(host, e)]:
                    mapping = frame.absorbs[ev.type]
                    for role, fillers in ev.roles.items():
                        target = mapping.get(role)
                        if target and not (frame.roles.get(target) == "actor" and host.roles.get(target)):
                            for f in fillers:
                                host.add(target, f)
                    self.events.remove(ev)

    def _clause_subject(self, clause: Clause, prev_phrases: list[NounPhrase]) -> list[Filler]:
        """The nominative actor(s) of a clause: unambiguous Nom first, else the first bare actor."""
        best: list[Filler] = []
        for np in clause.phrases:
            if np.prep or np.genitive_of is not None:
                continue
            fillers = self.resolve(np, clause, set(), prev_phrases)
            # A relative pronoun is what its antecedent is (`die Familie, die … Urlaub macht`).
            what = (
                self._antecedent(prev_phrases, self.doc[np.head], clause)
                if np.relative and prev_phrases
                else None
            ) or np
            if self.kind(what, fillers) not in {"actor", "place"}:  # countries act: `Südkorea warnte`
                continue
            if np.cases == frozenset({"Nom"}):
                return self._listed_members(clause, np, prev_phrases) or self._group(clause, np, prev_phrases)
            if not best and (not np.cases or "Nom" in np.cases):
                best = self._listed_members(clause, np, prev_phrases) or self._group(clause, np, prev_phrases)
        return best

    def _listed_members(self, clause: Clause, np: NounPhrase, prev_phrases: list[NounPhrase]) -> list[Filler]:
        """`eine Gruppe von Staaten, darunter X, Y und Z`, `zehn Minister (X, Y, Z)`: a group noun with no
        name whose named members are listed right after it and its attributes: the members."""
        if np.pronoun or np.relative or self.doc[np.head].tag_ != "NN" or self.ents.at(*np.core) is not None:
            return []
        phrases = clause.phrases
        end = np.end
        for later in phrases[phrases.index(np) + 1 :]:
            if later.group == np.group:
                return []  # `X und Y`: a coordination, no list of members
            gap = [self.t.texts[i] for i in range(end, later.start)]
            if later.prep or later.genitive_of is not None:
                if any(w != "," and w.lower() != later.prep for w in gap):
                    return []
                end = later.end  # `von zehn Staaten`: an attribute of the group noun
                continue
            if not gap or gap[-1].lower() not in self.classes["member_list_openers"]:
                return []
            if any(w != "," for w in gap[:-1]):
                return []
            members = self._group(clause, later, prev_phrases)
            actors = {"person", "organisation", "country"}
            named = all(f.entity is not None and f.entity.type in actors for f in members)
            return members if len(members) >= 2 and named else []
        return []

    def _unnamed_plural_subject(self, clause: Clause, other: NounPhrase) -> NounPhrase | None:
        """The clause's bare nominative phrase of common nouns and no name (`viele Touristen`), if any."""
        for np in clause.phrases:
            if np is other or np.prep or np.genitive_of is not None or np.pronoun or np.relative:
                continue
            if np.cases and "Nom" not in np.cases:
                continue
            if self.doc[np.head].tag_ != "NN" or self.ents.at(*np.core) is not None:
                return None
            return np
        return None

    def _group(self, clause: Clause, np: NounPhrase, prev_phrases: list[NounPhrase]) -> list[Filler]:
        members = [m for m in clause.phrases if m.group == np.group and m.genitive_of is None]
        return [f for _, got in self._members(members, clause, set(), prev_phrases) for f in got]

    def _members(
        self, members: list[NounPhrase], clause: Clause, taken: set[int], prev_phrases: list[NounPhrase]
    ) -> list[tuple[NounPhrase, list[Filler]]]:
        """Each member of a coordination group with its fillers. A short form after a member names
        it again (`die Nordbank (NB)`): one actor, not two; it only stands in for a long form read
        as a mere thing."""
        out: list[tuple[NounPhrase, list[Filler]]] = []
        for member in members:
            if member.short_form and out:
                if self.kind(*out[-1]) != "thing":
                    continue
                out.pop()
            out.append((member, self.resolve(member, clause, taken, prev_phrases)))
        if len(out) == 2 and self._one_person(out[0], out[1], clause):
            out.pop(0)
        return out

    def _one_person(
        self, first: tuple[NounPhrase, list[Filler]], second: tuple[NounPhrase, list[Filler]], clause: Clause
    ) -> bool:
        """`Der Winzer und Unternehmer Karl Brenner stellt … zur Verfügung`: an unnamed role noun and,
        after `und`, another with no article of its own before a person's name, before a verb in the
        singular whose subject they are, are two roles of one person, not two actors."""
        doc = self.doc
        (a, named_a), (b, named_b) = first, second
        if any(f.entity is not None for f in named_a) or (a.cases and "Nom" not in a.cases):
            return False
        if not any(f.entity is not None and f.entity.type == "person" for f in named_b):
            return False
        if b.start != a.end + 1 or doc[a.end].lower_ != "und" or doc[b.start].tag_ != "NN":
            return False
        finite = self._finite(clause)
        # before the verb, where the subject stands (an object group follows it: `traf die Regierung und …`)
        return finite is not None and b.end <= finite.i and self._verb_number(clause) == "Sing"

    def _new_event(
        self, frame: Frame, trigger: Token, sent: Span, clause: Clause | None = None
    ) -> LocalEvent:
        event = LocalEvent(frame.type, frame.plover, trigger, sent)
        if clause is not None:
            event.clause = (clause.start, clause.end)
            event.infinitive = self._infinitive(clause)
        self.events.append(event)
        return event

    def _verb_event(
        self,
        frame: Frame,
        vt: VerbTrigger,
        tok: Token,
        clause: Clause,
        sent: Span,
        s_index: int,
        subject: list[Filler],
        prev_phrases: list[NounPhrase],
    ) -> None:
        doc, tags = self.doc, self.t.tags
        if any(e.trigger is tok and e.type == frame.type and e.complete for e in self.events):
            return  # one event of a frame for a word its entries read alike (things or a company sold)
        words = {self.t.lemma_lowers[i] for i in clause.tokens}
        if vt.reflexive and not any(tags[i] == "PRF" for i in clause.tokens):
            return
        if vt.irreflexive and "lassen" not in words and any(tags[i] == "PRF" for i in clause.tokens):
            return
        passive = (
            tok.tag_ in {"VVPP"} and "werden" in words and not any(tags[i] == "VVINF" for i in clause.tokens)
        )
        # `werde … verhängen` tagged as a participle: a form equal to the infinitive, with no
        # `von` agent, is the infinitive of a future, not a passive.
        if (
            passive
            and tok.text.lower() == tok.lemma_.lower()
            and not any(doc[i].text.lower() in {"von", "vom"} for i in clause.tokens)
        ):
            passive = False
        # `ist über Satellit zu empfangen`: sein + zu-infinitive is a passive (what can be received).
        passive = passive or (
            tok.tag_ == "VVINF"
            and doc[tok.i - 1].tag_ == "PTKZU"
            and any(doc[i].tag_ in {"VAFIN", "VAINF"} and doc[i].lemma_ == "sein" for i in clause.tokens)
        )
        # `war zu einer Anhörung geladen`, `ist zum Gipfel eingeladen`: `sein` with the participle of a
        # verb that takes an accusative object is a state passive (verbs of motion take none: `ist
        # angereist`), unless `sein` has a predicate of its own (`dass sie krank sind und sie … verkauft`).
        passive = passive or (
            tok.tag_ == "VVPP"
            and "acc" in vt.active
            and bool(vt.passive)
            and "werden" not in words
            and "haben" not in words
            and any(
                doc[i].tag_ in {"VAFIN", "VAINF"} and doc[i].lemma_ == "sein" and doc[i - 1].tag_ != "ADJD"
                for i in clause.tokens
            )
        )
        mapping = vt.passive if passive else vt.active
        if (
            not passive
            and tok.tag_ == "VVINF"
            and "lassen" in words
            and {"dat", "subj"} <= set(vt.active)
            and any(tags[i] == "PRF" for i in clause.tokens)
        ):
            # `ließ sich von X zwanzig Panzer liefern`: `sich` is the dative, so the subject of `lassen`
            # gets the things and `von` names who hands them over.
            mapping = {
                **{slot: role for slot, role in vt.active.items() if slot not in {"subj", "dat", "pp:von"}},
                "subj": vt.active["dat"],
                "pp:von": vt.active["subj"],
            }
        # `bekam von X ein Buch geschenkt`, `hat ein Rad geschenkt bekommen`: beside `bekommen`,
        # `erhalten` or `kriegen` a participle's dative is the subject, its subject a `von` phrase;
        # the one event is the participle's, not the receiving verb's too.
        auxiliary = None if passive else self._recipient_auxiliary(tok, clause)
        if auxiliary is not None and {"dat", "subj"} <= set(vt.active):
            mapping = {
                **{slot: role for slot, role in vt.active.items() if slot not in {"subj", "dat", "pp:von"}},
                "subj": vt.active["dat"],
                "pp:von": vt.active["subj"],
            }
            self.events[:] = [
                e for e in self.events if not (e.trigger.i == auxiliary.i and e.type == frame.type)
            ]
        elif any(
            e.type == frame.type and getattr(self._recipient_auxiliary(e.trigger, clause), "i", None) == tok.i
            for e in self.events
        ):
            return
        if not mapping:
            return
        causative = (
            vt.causative
            and not passive
            and tok.tag_ == "VVINF"
            and any(doc[i].lemma_ == "lassen" and i != tok.i for i in clause.tokens)
            and not any(doc[i].tag_ == "PRF" for i in clause.tokens)  # `ließ sich fliegen`: himself
            and "subj" in mapping
        )
        if causative:
            # The one made to act is the accusative object; the subject of `lassen` is not.
            mapping = {
                ("acc" if slot == "subj" else slot): role for slot, role in mapping.items() if slot != "acc"
            }
        controller_role = mapping.get("subj") if not passive else None
        if (
            vt.object_heads
            and not vt.object_types
            and not any(self.t.tags[i] == "PRELS" for i in clause.tokens)
            and not any(form.endswith(vt.object_heads) for i in clause.tokens for form in self.t.forms(i))
        ):
            # No word of the clause is an object the entry takes (nor a relative pronoun standing
            # for one): read no phrases, whose resolving would touch what later readings see.
            return
        groups = self._groups(clause, prev_phrases)
        if "thing" in frame.roles.values():
            # Only where things change hands (measured there): for meetings a name the reader cut in
            # two then made a meeting of one person (`will sich mit X treffen und Y vereinbaren`).
            groups = [
                g
                for g in groups
                if not self._next_verbs_object(g[0], tok, clause)
                and not self._previous_verbs_object(g[0], tok, clause)
            ]
        # Each object's head by lemma and as written: the lemmatiser mangles unknown compounds
        # (`Martinsorden` → `Martinsorde`).
        heads = [form for np, _, _ in groups if np.prep is None for form in self._head_forms(np)]
        # A relative pronoun as the object is its antecedent (`die Absprache, die X mit Y traf`); in
        # the active only, where the clause names who made it (not `der mit X abgeschlossen wurde`).
        for np, _, _ in groups:
            if np.relative and np.prep is None and np.cases != {"Nom"} and not passive:
                ante = self._antecedent(prev_phrases or [], doc[np.head], clause)
                heads += self._head_forms(ante) if ante is not None else []
        # A thing a preposition introduces is an object too (`sprang mit zwei Milliarden Euro ein`).
        item_heads = heads + [
            form
            for np, _, _ in groups
            if np.prep is not None and frame.roles.get(mapping.get(f"pp:{np.prep}", "")) == "thing"
            for form in self._head_forms(np)
        ]
        if (
            vt.object_heads
            and not vt.object_types
            and not any(any(h.endswith(oh) for oh in vt.object_heads) for h in item_heads)
            # a person named as the object who bears such a title (`beherbergte den Minister X`)
            and not any(
                np.prep is None
                and np.cases != {"Nom"}
                and self._subject_head_in(np, fillers, vt.object_heads)
                for np, _, fillers in groups
            )
        ):
            return
        if any(head_is_excluded(h, vt.not_object_heads) for h in heads):
            return  # `erhielt den Buchpreis`: a prize is no gift
        if vt.clause_words and not words & set(vt.clause_words):
            return  # `stellte … zur Verfügung`: only with its noun is `stellen` a hand-over
        if vt.bare and any(doc[i].tag_ in BARE_BREAKERS and i != tok.i for i in clause.tokens):
            return  # `ist in Y gestorben`, `ist in Y beliebt`: another predicate, no stay told
        if vt.bare and len(self._nominative_groups(clause)) > 1:
            return  # `war in Y Vorsitzender des Vereins`: a predicate noun, no stay told
        if vt.not_clause_words and self._other_sense(clause, vt.not_clause_words):
            return  # `trifft die Bauern hart`: the verb hits or affects
        # `als Geschenk(e) erhalten`: the clause says itself what the thing is.
        as_gift = any(
            np.prep == "als" and any(doc[np.head].lemma_.lower().endswith(c) for c in frame.context)
            for np in clause.phrases
        )
        context_ok = not vt.needs_context or as_gift or self._context(frame, s_index, vt.context)
        if not context_ok:
            return
        event = self._new_event(frame, tok, sent, clause)
        event.attributes["voice"] = "passive" if passive else "active"
        if event.infinitive:
            mapping = {
                slot: role for slot, role in mapping.items() if slot != "subj"
            }  # no subject of its own
        event.attributes.update(vt.attributes)
        if vt.only_modalities:
            event.only_modalities = vt.only_modalities
        event.requires = vt.requires
        event.named_actor = vt.named_actor
        event.sides_asked = vt.min_actors
        # A company bought is an actor as much as a thing, an institution visited as much as a place.
        loose = {"thing"} if vt.object_types else {"place"} if vt.place_types else set()
        assignment = self._assign(
            replace(frame, roles={r: "any" if k in loose else k for r, k in frame.roles.items()})
            if loose
            else frame,
            mapping,
            groups,
            tok,
            clause,
        )
        # `eine Entscheidung treffen`: with a thing for its object the verb means something else.
        # (The noun of the verb's idiom, `stattete X einen Besuch ab`, is no such object.)
        thing_object = any(
            kind == "thing"
            and np.prep is None
            and (not np.cases or "Acc" in np.cases)
            and not self.is_time(np)
            and not (vt.object_heads and doc[np.head].lemma_.lower().endswith(vt.object_heads))
            for np, kind, _ in groups
        ) or (vt.actor_objects and self._thing_beside_actor(groups, clause))
        # `Das Gebot trifft den Bund`: with a thing for its subject the verb means something else too.
        thing_subject = (
            any(slot == "subj" and groups[g][1] == "thing" for g, slot in assignment.items())
            or any(
                kind == "thing" and np.prep is None and np.cases == {"Nom"} and not self.is_time(np)
                for np, kind, _ in groups
            )
            or self._thing_before_finite(groups, clause, tok)
        )
        if vt.actor_objects and (
            thing_object
            or thing_subject
            or any(slot in {"acc", "dat"} and groups[g][1] != "actor" for g, slot in assignment.items())
        ):
            self.events.remove(event)
            return
        visited = {"subj"} if passive else {"acc", "dat"}

        def person_met(g: int) -> bool:
            """A phrase naming a person, not one whose noun is a company's (`den Autobauer X`, `den
            Hersteller …, X`: the recogniser may have typed the company a person), or an office's
            holder left unnamed (`suchte den Bundespräsidenten auf`)."""
            np, _, fillers = groups[g]
            if self._company_noun(np):
                return False
            return any(_a_person(f) for f in fillers) or self._office_holder(np, fillers)

        if vt.person_objects and not any(slot in visited and person_met(g) for g, slot in assignment.items()):
            self.events.remove(event)  # `X besuchte Frankreich`, `die Firma Y`: a visit, no one met
            return
        if vt.person_slots:  # `beriet beim Präsidenten X`, not `bei der Firma Y`
            assignment = {g: s for g, s in assignment.items() if s not in vt.person_slots or person_met(g)}
        subject_filled = "subj" in assignment.values()
        # `Die Ministerin sprach lange und fuhr dann nach Y`: a subject shared with the coordinated
        # clause before bears the title as much as one of the clause's own.
        shared_titled = (
            bool(vt.subject_heads)
            and not subject_filled
            and not passive
            and any(self._titled_filler(f, vt.subject_heads) for f in subject)
        )
        if (
            vt.subject_heads
            and not shared_titled
            and not any(
                slot == "subj"
                and self._subject_head_in(
                    self._whole_of(groups[g][0], clause), groups[g][2], vt.subject_heads
                )
                for g, slot in assignment.items()
            )
        ):
            self.events.remove(event)  # `Der Trainer nahm die Arbeit in X auf`: a new job, no visit
            return
        for g, slot in assignment.items():
            np, _, fillers = groups[g]
            role = mapping.get(slot)
            if role is None:
                continue
            if vt.abroad and frame.roles.get(role) == "place" and not self._free_standing(np, clause):
                continue  # `sagte über die Lage in Y`: where the talk is about, not where it is held
            # `besuchte die Firma X`, `den Hersteller …, X`: a company named or called so (not `das Konzert`)
            institution = (
                frame.roles.get(role) == "place"
                and bool(vt.place_types)
                and groups[g][1] != "place"
                and self._company_noun(np)
            )
            for f in fillers:
                if frame.roles.get(role) == "place" and _a_person(f) and not institution:
                    continue  # `Die Wirtin X beherbergte den Minister`: a person is no place
                if (
                    frame.roles.get(role) == "place"
                    and vt.place_types
                    and groups[g][1] != "place"
                    and not institution
                    and (f.entity is None or f.entity.type not in vt.place_types)
                ):
                    continue
                f.quantity = f.quantity if f.quantity is not None else self._quantity(np)
                event.add(role, f)
        if vt.object_types and not self._typed_object(vt, frame, mapping, assignment, groups):
            self.events.remove(event)  # `übernahm die Verantwortung`: no company changes hands
            return
        if vt.interlocutors and not (
            any(
                slot in vt.interlocutors
                and self._meetable(groups[g][0], groups[g][2])
                and not self._noun_attribute(groups[g][0], clause, vt.topic_preps)
                for g, slot in assignment.items()
            )
            or words & set(self.classes["reciprocal"])
            # `X und Y tauschten sich aus`: a reflexive talk verb's plural subject of two named sides
            # talks among itself (`50 Politiker der Partei tauschten sich aus`: one side's own people)
            or (vt.reflexive and self._reciprocal_plural(clause) and len(_linked_sides(event, frame)) >= 2)
        ):
            self.events.remove(event)  # `sprach mit der Zeitung`, `sprach von X`: no talk with anyone met
            return
        # A subject shared with a coordinated clause (`… dankte und ihm sein Geschenk überreichte`).
        subj_role = mapping.get("subj")
        # Not a zu-infinitive's: an object of the clause before does it (`beschuldigt Y, Geld zu erhalten`).
        # The object who does it is the subject then (`bat Y, Z zu treffen`: Y meets Z).
        controller = self._controller(prev_phrases, clause) if event.infinitive else []
        if subj_role and not subject_filled and (controller or subject) and not passive:
            for f in controller or subject:
                if frame.roles.get(subj_role) == "place" and _a_person(f):
                    continue  # a person is no place
                event.add(subj_role, Filler(f.text, f.start, f.end, f.entity, inferred=True))
        # `X hofft, Y bald zu treffen`: the zu-infinitive's subject is the one before, unless an
        # object there is who does it (`X bat Y, Z zu treffen`).
        if event.infinitive and controller_role and (controller or subject):
            for f in controller or subject:
                event.add(controller_role, Filler(f.text, f.start, f.end, f.entity, inferred=True))
        for role in (r for r, how in vt.implicit if how == "talks"):
            # `Vereinbart wurde …` after talks of X and Y; `Das Abkommen wurde unterzeichnet` after X and Y
            self._sides_of_talks(event, frame, role, pair_before=bool(vt.object_heads))
            if passive:
                self._proposer(event, frame, role, clause)
                self._announcer_after(event, frame, role, clause, s_index)
        # `linked_sides`: only an entity or a phrase the reader takes for an actor (`der Firma X`)
        # is a side, not a dative read from its case alone (`gab 185.000 Euro Kapital`).
        actor_phrases = {id(f) for _, kind, fs in groups if kind != "thing" for f in fs}
        sides = (
            _sides(event, frame)
            if not vt.linked_sides
            else {
                id(f.entity) if f.entity is not None else id(f)
                for r, k in frame.roles.items()
                if k == "actor"
                for f in event.roles.get(r, [])
                if f.entity is not None or id(f) in actor_phrases
            }
        )
        sides -= self._own_country_sides(event, frame)
        if (
            vt.min_actors
            and len(sides)
            + (
                not vt.named_sides
                and (
                    any(f.members for fs in event.roles.values() for f in fs)
                    or self._reciprocal_plural(clause)
                    or (vt.collective and bool(subject or subject_filled) and self._plural_verb(clause))
                    or self._plural_sides(vt, mapping, frame, assignment, groups)
                )
            )
            < vt.min_actors
        ):
            self.events.remove(event)
            return
        for role, how in vt.implicit:
            if how == "counterpart" and not event.roles.get(role):
                self._counterpart(event, role, mapping.get("subj"))
            elif how == "agent_before" and passive and not event.roles.get(role):
                self._agent_before(event, frame, role, s_index)
            elif how == "met_before" and passive and not event.roles.get(role):
                self._met_before(event, frame, role, s_index)
            elif how == "dateline" and not event.roles.get(role):
                self._at_dateline(event, role, clause)
            elif (
                how == "owner"
                # an agentless passive, or a thing as the subject (`Die Gelder des X gingen an Y`)
                and (passive or frame.roles.get(mapping.get("subj", "")) == "thing")
                and not event.roles.get(role)
            ):
                self._owner_of_item(event, role, assignment, groups, clause)
            elif how == "owner" and mapping.get("acc") == "item" and not event.roles.get(role):
                # the buyer as the subject (`X übernimmt die Sparte der Firma Y`): the object's owner
                self._owner_of_item(event, role, assignment, groups, clause, slot="acc")
        if vt.abroad:
            self._allowed_actors(event, frame, (), abroad=True)
        if vt.not_home:
            self._not_at_home(event, frame)
        self._reciprocal(event, clause, mapping)
        self._where(event, clause, frame, prev_phrases)
        # `sprach mit X über die Lage in Y`: a place in the topic is the topic's.
        topic = min((np.start for np in clause.phrases if np.prep in vt.topic_preps), default=None)
        self._place(event, clause, frame, until=topic)

    def _plural_sides(
        self,
        vt: VerbTrigger,
        mapping: dict[str, str],
        frame: Frame,
        assignment: dict[int, str],
        groups: list[tuple[NounPhrase, str, list[Filler]]],
    ) -> bool:
        """Whether an actor role is filled by a phrase headed by a plural form of the verb's
        `plural_sides` (`die Länder`, `von allen beteiligten Staaten`): several sides in one phrase."""
        if not vt.plural_sides:
            return False
        for g, slot in assignment.items():
            np = groups[g][0]
            if frame.roles.get(mapping.get(slot, "")) != "actor" or np.pronoun:
                continue
            if in_noun_class(self.t.texts[np.head], vt.plural_sides):
                return True
        return False

    def _participle_attribute_event(
        self, frame: Frame, vt: VerbTrigger, tok: Token, clause: Clause, sent: Span
    ) -> None:
        """`die von X eingeladenen Autoren`, `der von X nach Y eingeladene Autor Z`: a participle closing
        an extended attribute is a passive clause about the phrase it stands in; the phrase's noun fills
        the passive subject's role, the attribute's phrases the passive's other slots."""
        phrases = clause.phrases
        tphrase = next((p for p in phrases if p.start <= tok.i < p.core_start < p.end), None)
        if tphrase is None or "subj" not in vt.passive:
            return
        attribute = self._attribute_phrases(tphrase, self.doc[tphrase.core_start], (tok.lower_,), phrases)
        if attribute is None:
            return
        # The noun is the passive's subject: what the entry says of its object holds for it (`die an
        # X gelieferten Beweise` are no goods), and the attribute holds the verb's idiom word (`die zur
        # Verfügung gestellten Zelte`). A company's type is not read here.
        head = self.doc[tphrase.head]
        forms = (head.lemma_.lower(), head.text.lower())
        if (
            vt.object_types
            or (vt.object_heads and not any(f.endswith(vt.object_heads) for f in forms))
            or any(head_is_excluded(f, vt.not_object_heads) for f in forms)
            or (
                vt.clause_words
                and not set(vt.clause_words) & {self.t.lemma_lowers[i] for i in range(tphrase.start, tok.i)}
            )
        ):
            return
        if vt.not_clause_words and self._other_sense(clause, vt.not_clause_words):
            return  # `die vom Gericht geladenen Zeugen`: summoned, as the verb's own clause would tell
        event = self._new_event(frame, tok, sent, clause)
        event.attributes["voice"] = "passive"
        event.attributes["trigger_kind"] = "attribute"
        event.attributes.update(vt.attributes)
        event.requires = vt.requires
        taken: set[int] = set()
        # the phrase's noun, and those coordinated with it (`die … eingeladenen Minister X und Y`)
        heads = [replace(tphrase, start=tphrase.core_start, prep=None)] + [
            p for p in phrases if p.start >= tphrase.end and p.group == tphrase.group and p.prep is None
        ]
        slots = [*(("subj", h) for h in heads), *((f"pp:{a.prep}", a) for a in attribute if a.prep)]
        for slot, np in slots:
            role = vt.passive.get(slot)
            if role is None:
                continue
            fillers = self.resolve(np, clause, taken, [])
            if not self._fits(frame.roles.get(role, "actor"), self.kind(np, fillers)):
                if slot == "subj":
                    self.events.remove(event)  # `die geladenen Waffen`: only people are invited
                    return
                continue
            for f in fillers:
                if frame.roles.get(role) == "place" and _a_person(f):
                    continue
                event.add(role, f)

    def _nominative_groups(self, clause: Clause) -> set[int]:
        """The coordination groups of the clause's phrases that may be nominatives: no preposition, no
        genitive attribute, no time (`X war im Mai in Y Gast einer Gala`: X and Gast)."""
        return {
            np.group
            for np in clause.phrases
            if np.prep is None
            and np.genitive_of is None
            and (not np.cases or "Nom" in np.cases)
            and not self.is_time(np)
        }

    def _office_holder(self, np: NounPhrase, fillers: list[Filler]) -> bool:
        """An unnamed phrase whose noun is an office of the role lexicon (`den Bundespräsidenten`,
        `die Ministerin`): a person, though no name says so."""
        return all(f.entity is None for f in fillers) and bool(
            self.ents.describe_noun(np.head) and self.ents.actors.role_of_title(self.t.lemmas[np.head])
        )

    def _company_noun(self, np: NounPhrase) -> bool:
        """Whether the phrase's head or a noun of its core names a company (`den Autobauer X`)."""
        nouns = [self.doc[np.head], *self.doc[slice(*np.core)]]
        heads = self.classes["organisation_heads"]
        return any(t.tag_ == "NN" and in_noun_class(t.lemma_, heads) for t in nouns)

    def _recipient_auxiliary(self, tok: Token, clause: Clause) -> Token | None:
        """The `bekommen` that makes a participle's receiver its subject: right after it (`geschenkt
        bekommen`) or the clause's finite verb before it, no conjunction between (`bekam … geschenkt`)."""
        doc = self.doc
        if tok.tag_ != "VVPP" or tok.i not in clause.tokens:
            return None
        auxiliaries = self.classes["recipient_auxiliaries"]
        if tok.i + 1 in clause.tokens and doc[tok.i + 1].lemma_ in auxiliaries:
            return doc[tok.i + 1]
        finite = self._finite(clause)
        if (
            finite is not None
            and finite.i < tok.i
            and finite.lemma_ in auxiliaries
            and not any(doc[i].tag_ == "KON" for i in clause.tokens if finite.i < i < tok.i)
        ):
            return finite
        return None

    def _noun_attribute(
        self, np: NounPhrase, clause: Clause, preps: frozenset[str] | None = None, actors: bool = True
    ) -> bool:
        """Whether a prepositional phrase stands right after a common noun's phrase (of one of `preps`,
        where given), as that noun's attribute: `über eine Zusammenarbeit mit X`, `nach der ersten
        Runde mit X` (not after a time: `am Dienstag mit X`). Without `actors`, not after an actor's
        phrase (`Diese Abmachung hatte die Partei mit ihren Kandidaten getroffen`: the partner)."""
        return any(
            (preps is None or other.prep in preps)
            and not self.is_time(other)
            and (actors or self.kind(other, self.resolve(other, clause, set(), [])) != "actor")
            for other in self._nouns_right_before(np, clause)
        )

    def _nouns_right_before(self, np: NounPhrase, clause: Clause) -> Iterator[NounPhrase]:
        """The clause's phrases headed by a common noun that end right before `np`, only prepositions
        between: the nouns `np` may be an attribute of (`der Runde mit X`, `der Gouverneur von X`)."""
        doc = self.doc
        return (
            other
            for other in clause.phrases
            if other.end < np.start
            and doc[other.head].tag_ == "NN"
            and all(doc[i].tag_ in {"APPR", "APPRART"} for i in range(other.end, np.start))
        )

    def _thing_before_finite(
        self, groups: list[tuple[NounPhrase, str, list[Filler]]], clause: Clause, tok: Token
    ) -> bool:
        """`Der Anstieg der Zinsen trifft X`: a common noun that may be nominative, opening the clause
        right before the finite trigger (its genitive attributes between), is the subject, whatever
        else its article could be read as. So it is before the finite auxiliary of a participle
        (`Der Vorstoß wurde von X begrüßt`)."""
        if not groups:
            return False
        finite = tok.i if tok.tag_ in FINITE else None
        if finite is None and tok.tag_ == "VVPP":
            finite = next(
                (i for i in clause.tokens if i < tok.i and self.doc[i].tag_ in {"VAFIN", "VMFIN"}), None
            )
        if finite is None:
            return False
        np, kind, _ = groups[0]
        if kind != "thing" or np.prep is not None or "Nom" not in np.cases or self.is_time(np):
            return False
        if self.doc[np.head].tag_ != "NN" or np.start != clause.tokens[0] or np.start >= finite:
            return False
        attributes = {i for p in clause.phrases if p.genitive_of is not None for i in range(p.start, p.end)}
        return all(i in attributes for i in range(np.end, finite))

    def _thing_beside_actor(self, groups: list[tuple[NounPhrase, str, list[Filler]]], clause: Clause) -> bool:
        """`begrüßte das Urteil ebenso wie der Minister X`: a thing that may be the accusative object,
        joined by `wie` to an actor, is welcomed (the actor a second subject compared to the first);
        the group's actor makes it no actor object. (Only by `wie`: a person noun the lexicon does
        not know, `die Fahrer und Besucher`, is no thing.)"""
        doc = self.doc
        for first, kind, fillers in groups:
            if kind != "actor" or first.prep is not None:
                continue
            members = [m for m in clause.phrases if m.group == first.group]
            if not any(  # `ebenso wie X`, `wie auch X`
                "wie" in {doc[i].lower_ for i in range(max(0, m.start - 2), m.start)} for m in members
            ):
                continue
            for member in members:
                if (
                    member.genitive_of is not None
                    or member.relative
                    or member.prep is not None
                    or (member.cases and "Acc" not in member.cases)
                    or self.is_time(member)
                ):
                    continue
                start, end = doc[member.start].idx, doc[member.end - 1].idx + len(doc[member.end - 1])
                own = [f for f in fillers if start <= f.start and f.end <= end]
                if self.kind(member, own) == "thing" and doc[member.head].tag_ == "NN":
                    return True
        return False

    def _other_sense(self, clause: Clause, cue_words: tuple[str, ...]) -> bool:
        """Whether a word of the clause (its lemma or form) is one of `cue_words`, or its words in a row
        are a cue of several words (`am kopf`: each word's form or lemma)."""
        cues = {c for c in cue_words if " " not in c}
        doc, tokens = self.doc, list(clause.tokens)
        if any(doc[i].lemma_.lower() in cues or doc[i].text.lower() in cues for i in tokens):
            return True
        for cue in (c.split() for c in cue_words if " " in c):
            for k in range(len(tokens) - len(cue) + 1):
                run = [doc[i] for i in tokens[k : k + len(cue)]]
                if all(w in {t.text.lower(), t.lemma_.lower()} for w, t in zip(cue, run, strict=True)):
                    return True
        return False

    def _next_verbs_object(self, np: NounPhrase, tok: Token, clause: Clause) -> bool:
        """Whether a phrase after the trigger and a conjunction belongs to a verb coordinated after
        it (`will Tickets verkaufen und ihre Ertragskraft steigern`, `Betten zur Verfügung zu stellen
        und Angestellte zu haben`): the second verb's object, not the trigger's."""
        doc = self.doc
        if np.start <= tok.i or not any(
            doc[i].tag_ == "KON" and doc[i].text.lower() in CONJUNCTIONS for i in range(tok.i + 1, np.start)
        ):
            return False
        return any(doc[i].tag_ in VERBS and i != tok.i for i in clause.tokens if i >= np.end)

    def _previous_verbs_object(self, np: NounPhrase, tok: Token, clause: Clause) -> bool:
        """Whether a bare phrase before a verb coordinated before the trigger belongs to that verb, the
        trigger having an object of its own after the conjunction (`Passanten zu fotografieren und
        die Bilder bereitzustellen`, `die Sparte abzuziehen und das Werk zu verkaufen`); not a subject
        before the finite verb, not an object both verbs share (`Autos bauen und an X verkaufen`)."""
        doc = self.doc
        if np.prep is not None or np.end > tok.i:
            return False
        finite = self._finite(clause)
        if finite is not None and np.start < finite.i:
            return False
        conjunctions = [
            i
            for i in clause.tokens
            if np.end <= i < tok.i and doc[i].tag_ == "KON" and doc[i].text.lower() in CONJUNCTIONS
        ]
        if not conjunctions:
            return False
        k = conjunctions[-1]
        if not any(doc[i].tag_ in {"VVINF", "VVIZU", "VVPP"} for i in clause.tokens if np.end <= i < k):
            return False
        return any(
            p.prep is None and p.start > k and p.end <= tok.i and (not p.cases or "Acc" in p.cases)
            for p in clause.phrases
        )

    def _clause_accusative(self, np: NounPhrase, subject: list[Filler], obj: NounPhrase) -> bool:
        """Whether a bare phrase beside an event noun in a phrase of its own is the clause's
        accusative object (`X bat Y um Finanzhilfen`): not the subject, not a genitive."""
        if np is obj or np.prep is not None or np.genitive_of is not None or self.is_time(np):
            return False
        if (np.cases and "Acc" not in np.cases) or self._before_finite(np):
            return False
        start = self.doc[np.start].idx
        return not any(f.start >= start and f.start < self.doc[np.end - 1].idx + 1 for f in subject)

    def _clause_dative(
        self, np: NounPhrase, subject: list[Filler], clause: Clause, obj: NounPhrase | None = None
    ) -> bool:
        """Whether a phrase is the clause's dative object: read as a dative only, or as a dative and
        neither accusative nor attribute, beside a subject of its own (`Die Bank X gewährte der
        Firma Y einen Kredit`: `der Firma` may read as a genitive or nominative). A bare name whose
        case nothing marks is the dative between the subject and the accusative object `obj`
        (`Die Weltbank gewährte Griechenland einen Kredit`)."""
        if np.prep is not None or np.genitive_of is not None:
            return False
        start = self.doc[np.start].idx
        after_subject = bool(subject) and all(f.start < start for f in subject)
        if not np.cases:
            return (
                obj is not None
                and np.end <= obj.start
                and self.doc[np.head].tag_ == "NE"
                and after_subject
                and any(self.doc[i].tag_ in FINITE for i in clause.tokens if i < np.start)
            )
        if "Dat" not in np.cases:
            return False
        if np.cases == frozenset({"Dat"}):
            return True
        return "Acc" not in np.cases and after_subject

    def _head_forms(self, np: NounPhrase) -> list[str]:
        """A phrase's head by lemma and as written; where the head is a name, also the common nouns
        of its core before it, the name's kind (`das Hotel Seeblick`, `das Schloss X`: a hotel)."""
        t = self.t
        tokens = [np.head]
        if t.tags[np.head] == "NE":
            tokens += [i for i in range(np.core[0], np.head) if t.tags[i] == "NN"]
        return [form for i in tokens for form in t.forms(i)]

    def _typed_object(
        self,
        vt: VerbTrigger,
        frame: Frame,
        mapping: dict[str, str],
        assignment: dict[int, str],
        groups: list[tuple[NounPhrase, str, list[Filler]]],
    ) -> bool:
        """Whether the object filling a thing role is what the trigger's `object_types` ask for."""
        return any(
            self._typed_phrase(groups[g][0], groups[g][2], vt.object_heads, vt.object_types)
            for g, slot in assignment.items()
            if frame.roles.get(mapping.get(slot, "")) == "thing"
        )

    def _typed_phrase(
        self, np: NounPhrase, fillers: list[Filler], heads: tuple[str, ...], types: frozenset[str]
    ) -> bool:
        """Whether a phrase is a named entity of `types` that the dictionary does not hold (its states
        and bodies are not bought), or has a head (or any noun of its core) ending in one of `heads`."""
        # Any noun of the core: `den Maschinenbauer Kessmann` is headed by its name.
        nouns = [t for t in self.doc[slice(*np.core)] if t.tag_ == "NN"] or [self.doc[np.head]]
        forms = [form for t in nouns for form in (t.lemma_.lower(), t.text.lower())]
        if any(form.endswith(heads) for form in forms):
            return True
        stake = self.doc[np.head].lemma_.lower() in self.classes["stake_nouns"]
        if stake and self._stake_in(np, heads, types):
            return True  # `30 Prozent der Firma X`, `die Mehrheit an X`
        # `einen Porsche gekauft`: a make after an indefinite article is its product, not the firm.
        indefinite = self.doc[np.start].lemma_.lower() == "ein"
        return not indefinite and any(
            f.entity is not None and f.entity.type in types and f.entity.kb_id is None for f in fillers
        )

    def _stake_in(self, np: NounPhrase, heads: tuple[str, ...], types: frozenset[str]) -> bool:
        """Whether a share noun (`30 Prozent`, `die Mehrheit`) is followed by a genitive or `an`
        attribute naming a company: an organisation of `types` the dictionary does not hold, or a noun
        ending in one of `heads` (`der Anteile an X`)."""
        doc = self.doc
        k = np.end
        if k < len(doc) and doc[k].lower_ in {"an", "am"}:
            k += 1
        if k >= len(doc) or doc[k].tag_ not in {"ART", "PPOSAT"} | ({"NE"} if k > np.end else set()):
            return False  # only a genitive or `an` attribute (`der Firma X`, `an X`), not `im Jahr`
        end = k
        while end < len(doc) and doc[end].tag_ in {"ART", "PPOSAT", "ADJA", "NN", "NE", "CARD"}:
            end += 1
        ent = self.ents.at(k, end, prefer_person=False)
        if ent is not None and ent.type in types and ent.kb_id is None:
            return True
        return any(t.tag_ == "NN" and t.lemma_.lower().endswith(heads) for t in doc[k:end])

    def _subject_head_in(self, np: NounPhrase, fillers: list[Filler], heads: tuple[str, ...]) -> bool:
        """Whether a subject's head ends in one of `heads`, or a person it names bears such a title
        in the article (`Bundeskanzler X`, `er` for the minister named before) or the dictionary."""
        head = self.doc[np.head].lemma_.lower()
        if head.endswith(heads) or in_noun_class(head, heads):
            return True  # a feminine form belongs where its stem does (`die Ministerin`)
        people = [f.entity for f in fillers if f.entity is not None and f.entity.type == "person"]
        return any(
            in_noun_class(title, heads) for e in people for title in self._titles_of(e, not np.pronoun)
        )

    def _whole_of(self, np: NounPhrase, clause: Clause) -> NounPhrase:
        """The phrase a part names by its genitive (`ein Teil des Geldes`, `die Hälfte der Mittel`: what the
        money is; nouns.yml partitive_heads), or the phrase itself."""
        if self.t.lemma_lowers[np.head] not in self.classes["partitive_heads"] or np not in clause.phrases:
            return np
        wholes = _genitive_list(clause.phrases, clause.phrases.index(np))
        return wholes[0] if wholes and wholes[0].start == np.end else np

    def _titled_filler(self, filler: Filler, heads: tuple[str, ...]) -> bool:
        """`_subject_head_in` for a filler without its phrase (a subject shared with the clause before):
        its last word, or the titles its person bears in the article (`er` for the minister named)."""
        words = filler.text.split()
        if words and in_noun_class(words[-1].lower(), heads) and words[-1][:1].isupper():
            return True
        person = filler.entity
        named = bool(words) and words[-1][:1].isupper()
        return (
            person is not None
            and person.type == "person"
            and any(in_noun_class(t, heads) for t in self._titles_of(person, named))
        )

    def _titles_of(self, person: LocalEntity, named: bool = True) -> list[str]:
        """The titles a person bears in the article, and where the text names them (no pronoun, which
        may mean someone else: `Sie kamen nach X?` to the one interviewed) the dictionary's."""
        return [title for title, _ in person.roles] + (self.ents.actors.titles(person.kb_id) if named else [])

    def _agent_before(self, event: LocalEvent, frame: Frame, role: str, s_index: int) -> None:
        """An agentless passive (`Zur Verfügung gestellt wurden die Bilder dem Museum`) whose item was
        named before (a definite article) is done by the person who was the subject of the sentence
        just before (inferred), if one was and is not already in the event."""
        items = [f for r, k in frame.roles.items() if k == "thing" for f in event.roles.get(r, [])]
        if s_index == 0 or not any(f.text.split()[0].lower() in DEFINITE_ARTICLES for f in items):
            return
        before = self._sentences[s_index - 1]
        taken = {id(f.entity) for fs in event.roles.values() for f in fs if f.entity is not None}
        for person in self._subjects:
            if id(person) in taken:
                continue
            m = person.mention_before(before.end_char)
            if m is not None and m.start >= before.start_char:
                event.add(role, Filler(m.text, m.start, m.end, person, inferred=True))
                event.attributes["inferred_" + role] = True
            return

    def _met_before(self, event: LocalEvent, frame: Frame, role: str, s_index: int) -> None:
        """An agentless passive handing something to one side of a meeting told just before (in its
        sentence or the one before: `X traf Y. Dabei wurde Y ein Bildband überreicht`) is done by the
        meeting's one other side (inferred); none where the meeting had more sides or none."""
        takers = [e for r, k in frame.roles.items() if k == "actor" for e in event.actors(r)]
        if len(takers) != 1:
            return
        start = self._sentences[s_index - 1].start if s_index > 0 else event.sentence.start
        for met in reversed(self.events):
            if (
                met.type != "meeting"
                or met is event
                or not start <= met.sentence.start <= event.sentence.start
            ):
                continue
            sides = {id(e): e for e in met.actors("participant")}
            if id(takers[0]) in sides and len(sides) == 2 and len(met.roles.get("participant", [])) == 2:
                other = next(e for k, e in sides.items() if k != id(takers[0]))
                m = other.mention_before(event.trigger.idx)  # (none where named only after the trigger)
                if m is not None:
                    event.add(role, Filler(m.text, m.start, m.end, other, inferred=True))
                    event.attributes["inferred_" + role] = True
            return

    def _owner_of_item(
        self,
        event: LocalEvent,
        role: str,
        assignment: dict[int, str],
        groups: list[tuple[NounPhrase, str, list[Filler]]],
        clause: Clause,
        slot: str = "subj",
    ) -> None:
        """`Die Sparte der Firma X wurde an Y verkauft`, `Die Firma X … Ihr Werk wurde an Y verkauft`:
        an agentless passive whose subject names its owner in a genitive (or by `ihr` for the feminine
        subject just before), an organisation or a state, is done by that owner (inferred); not a
        person's (`das Haus des Malers X` may be sold by his heirs), nor for shares or bonds, whose
        genitive names who issued them (`Aktien der Firma X`: nouns.yml issued_heads). With `slot="acc"`
        the same for a bought object (`X übernimmt die Sparte der Firma Y`)."""
        subject = next((groups[g][0] for g, s in assignment.items() if s == slot), None)
        if subject is None or subject not in clause.phrases:
            return
        if in_noun_class(self.t.lemmas[subject.head], self.classes["issued_heads"]):
            return
        taken = {id(f.entity) for fs in event.roles.values() for f in fs if f.entity is not None}
        owners = _genitive_list(clause.phrases, clause.phrases.index(subject))
        possessive = self.t.lowers[subject.possessive] if subject.possessive is not None else ""
        if not owners and possessive.startswith("ihr"):
            before = self._feminine_subject_before(subject)
            owners = [before] if before is not None else []
        for np in owners:
            for f in self.resolve(np, clause, set(), []):
                ent = f.entity
                if ent is not None and ent.type in {"organisation", "country"} and id(ent) not in taken:
                    event.add(role, Filler(f.text, f.start, f.end, ent, inferred=True))
                    event.attributes["inferred_" + role] = True

    def _announcer_after(
        self, event: LocalEvent, frame: Frame, role: str, clause: Clause, s_index: int
    ) -> None:
        """`Vereinbart wurde ein Abschluss. Dies teilte X mit`, `Mit Y wurde … vereinbart, teilte X mit`:
        who tells of an agentless agreement naming fewer than two sides right after it, by a verb of
        the frame's `announcers` in the clause after it (its finite verb first) or in the next sentence
        opening with `Dies` or `Das` as its object, is a side (inferred)."""
        if not frame.announcers or len(_sides(event, frame)) >= 2:
            return
        sent = event.sentence
        clauses = self._clauses_of(sent)
        later = [c for c in clauses if c.start >= clause.end]
        cue: Clause | None = None
        if later and later[0].tokens and self.t.tags[later[0].tokens[0]] in FINITE:
            cue = later[0]  # `…, teilte X mit`
        elif s_index + 1 < len(self._sentences):
            after = self._sentences[s_index + 1]
            if after[0].tag_ == "PDS" and after[0].lower_ in {"dies", "das"}:
                cue = next(iter(self._clauses_of(after)), None)  # `Dies teilte X mit`
        finite = self._finite(cue) if cue is not None else None
        if cue is None or finite is None or self._verb_lemma(finite, cue) not in frame.announcers:
            return
        taken = {id(f.entity) for fs in event.roles.values() for f in fs if f.entity is not None}
        for f in self._clause_subject(cue, []):
            ent = f.entity
            if ent is not None and ent.type in {"person", "organisation", "country"} and id(ent) not in taken:
                taken.add(id(ent))
                event.add(role, Filler(f.text, f.start, f.end, ent, inferred=True))
                event.attributes["inferred_" + role] = True

    def _proposer(self, event: LocalEvent, frame: Frame, role: str, clause: Clause) -> None:
        """`X schlug vor zu prüfen, ob mit Y ein Abkommen geschlossen werden kann`: an agentless passive
        naming one side, in a clause (`ob`, `dass`, a zu-infinitive) governed by a verb of the frame's
        `proposers`, has the governing clause's subject as the other side (inferred); so has one in
        reported speech (`dass`, a subjunctive) governed by a verb of its `announcers` (`X teilte mit,
        mit Y sei … vereinbart worden`: a side tells of its own agreement)."""
        subject, verbs = self._governor
        if not verbs & (frame.proposers | frame.announcers) or len(_sides(event, frame)) != 1:
            return
        opener = self.doc[clause.tokens[0]].lower_ if clause.tokens else ""
        seeking = verbs & frame.proposers and (opener in {"ob", "dass"} or self._infinitive(clause))
        finite = self._finite(clause)
        reported = finite is not None and finite.lower_ in self._reported_forms
        first_tag = self.t.tags[clause.tokens[0]] if clause.tokens else ""
        main = not clause.relative and first_tag not in SUBORDINATORS
        telling = verbs & frame.announcers and (opener == "dass" or (reported and main))
        if not seeking and not telling:
            return
        taken = {id(f.entity) for fs in event.roles.values() for f in fs if f.entity is not None}
        for f in subject:
            ent = f.entity
            if ent is not None and ent.type in {"person", "organisation", "country"} and id(ent) not in taken:
                event.add(role, Filler(f.text, f.start, f.end, ent, inferred=True))

    def _sides_of_talks(self, event: LocalEvent, frame: Frame, role: str, pair_before: bool = False) -> None:
        """`X verhandelte mit Y. Vereinbart wurde …`, `Darauf hatte man sich geeinigt`: an agreement
        whose clause names no side (an agentless passive, `man`, `beide Seiten`) is made by the sides
        of the talks (an event of the frame's `talks` type with two sides or more, one named) told
        before it in its sentence or the one before (inferred). Where no talks are told, no one is
        guessed (a seller taken from the sentence before was wrong more often than right), except with
        `pair_before`, where the clause names the agreement by its noun (`Das Abkommen wurde am Montag
        unterzeichnet`, `Eine Einigung wurde erzielt`): then the actors coordinated last before it."""
        fillers = event.roles.get(role, [])
        if not frame.talks or not _unnamed_sides(fillers):
            return
        k = next((k for k, sent in enumerate(self._sentences) if sent.start == event.sentence.start), 0)
        starts = {event.sentence.start} | ({self._sentences[k - 1].start} if k > 0 else set())
        for talks in reversed(self.events):
            if (
                talks.type != frame.talks["type"]
                or talks.sentence.start not in starts
                or talks.trigger.i >= event.trigger.i
            ):
                continue
            sides = talks.roles.get(frame.talks["actor"], [])
            distinct = {id(f.entity) if f.entity is not None else id(f) for f in sides}
            if len(distinct) < 2 or not any(f.entity is not None for f in sides):
                continue
            event.roles[role] = []
            for f in sides:
                event.add(role, Filler(f.text, f.start, f.end, f.entity, inferred=True))
            event.attributes["inferred_" + role] = True
            return
        # `X und Y stritten über die Grenze. Am Montag wurde das Abkommen unterzeichnet`: without talks,
        # the actors coordinated last before it, in its sentence or the one before, as for a plural `sie`.
        pair = self._coordinated_pair_before(event.clause[0]) if pair_before else []
        if pair:
            event.roles[role] = []
            for member in pair:
                ent = self.ents.at(*member.core)
                start, end = self.t.starts[member.start], self.t.end(member.end - 1)
                event.add(
                    role, Filler(self.t.span_text(member.start, member.end), start, end, ent, inferred=True)
                )
            event.attributes["inferred_" + role] = True

    def _documents_of_talks(self) -> None:
        """`der Entwurf einer Erklärung des X-Y-Gipfels`: a document of talks (a noun with `implicit:
        talks_of` whose genitive is the trigger of talks, an event of the frame's `talks` type) is
        agreed by the sides of those talks (inferred)."""
        frames = {f.type: f for f in self.frames}
        for event, role, head in self._pending_talks:
            talks_type = frames[event.type].talks
            talks = next(
                (e for e in self.events if e.trigger.i == head and e.type == talks_type.get("type")), None
            )
            sides = talks.roles.get(talks_type["actor"], []) if talks is not None else []
            if len(sides) < 2:
                hits = _noun_triggers_of(self.frames, self.doc[head])
                if any(f.type == talks_type.get("type") for f, _ in hits):
                    self._sides_of_talks(event, frames[event.type], role)  # `des Treffens`: the one just told
                continue
            for f in sides:
                event.add(role, Filler(f.text, f.start, f.end, f.entity, inferred=True, members=f.members))
            event.attributes["inferred_" + role] = True

    def _controller(
        self, prev_phrases: list[NounPhrase], clause: Clause, countries: bool = False
    ) -> list[Filler]:
        """The fillers of the actor object (accusative or dative) of the clause before a zu-infinitive,
        who then is the infinitive's subject (`forderte X auf, …`, `bat ihn, …`; with `countries`, a
        country too: `warf der Türkei vor, … zu …`), [] where there is none. A phrase whose form may be
        nominative too is an object after the subject (`Die Regierung beschuldigt die Rebellen, …`), a
        name showing no case one after the finite verb; none for a clause of purpose (`besuchte die
        Türkei, um … zu …`: the subject's aim)."""
        if clause.tokens and self.t.lowers[clause.tokens[0]] in {"um", "ohne", "statt", "anstatt"}:
            return []
        subject_group = next(
            (p.group for p in prev_phrases if not p.prep and p.genitive_of is None and "Nom" in p.cases),
            None,
        )
        before = range(prev_phrases[0].start, clause.start) if prev_phrases else range(0)
        finite = next((i for i in before if self.t.tags[i] in FINITE), None)
        for np in prev_phrases:
            if np.prep or np.genitive_of is not None:
                continue
            if not np.cases and (
                subject_group is None or np.group == subject_group or finite is None or np.start < finite
            ):
                continue  # a name tells no case: an object only after the verb, beside a subject with one
            if "Nom" in np.cases and (np.group == subject_group or not np.cases & {"Acc", "Dat"}):
                continue
            fillers = self.resolve(np, clause, set(), [])
            country = countries and any(f.entity is not None and f.entity.type == "country" for f in fillers)
            if self.kind(np, fillers) == "actor" or country:
                return fillers
        return []

    def _at_dateline(self, event: LocalEvent, role: str, clause: Clause) -> None:
        """Fill an unsaid place with the article's dateline city (`Athen – … werden erst im Laufe der
        Woche anreisen`): where the report is filed is where one arrives. Not where the clause names
        a place of its own (`am Unfallort`, `an der Grenze`) or the arriving side is no one named."""
        if any(
            np.prep in DATELINE_RIVAL_PREPS and self.kind(np, self.resolve(np, clause, set(), [])) == "place"
            for np in clause.phrases
        ):
            return
        if not any(f.entity is not None for fs in event.roles.values() for f in fs):
            return
        place = self._dateline_place()
        if place is not None:
            m = place.mentions[0]
            event.add(role, Filler(m.text, m.start, m.end, place, inferred=True))
            event.attributes["implicit_" + role] = True

    def _dateline_place(self) -> LocalEntity | None:
        """The one place a dateline of the article's first sentences names (`Athen – Mit …`)."""
        found: list[LocalEntity] = []
        for sent in self._sentences[:DATELINE_SENTENCES]:
            first = sent[0]
            ent = self.ents.at(first.i, first.i + 1, prefer_person=False)
            if ent is None or ent.type not in {"location", "country"}:
                continue
            k = first.i
            while k < sent.end and self.doc[k].ent_type_ and self.doc[k].text not in DASHES:
                k += 1
            if k < sent.end and self.doc[k].text in DASHES:
                found.append(ent)
        return found[0] if len(found) == 1 else None

    def _counterpart(self, event: LocalEvent, role: str, subj_role: str | None) -> None:
        """Fill an unsaid role with the person the subject appears with in most sentences."""
        actors = event.actors(subj_role) if subj_role else []
        if len(actors) != 1:
            return
        me = actors[0]
        together: dict[int, int] = {}
        others = {id(e): e for e in self.ents.entities if e.type == "person" and e is not me}
        for sent in self._sentences:
            inside = {
                id(e)
                for e in self.ents.entities
                if any(sent.start_char <= m.start < sent.end_char for m in e.mentions)
            }
            if id(me) in inside:
                for other in inside & others.keys():
                    together[other] = together.get(other, 0) + 1
        if together:
            best = max(together, key=lambda k: together[k])
            ent = others[best]
            m = ent.mentions[0]
            event.add(role, Filler(m.text, m.start, m.end, ent, inferred=True))
            event.attributes["implicit_" + role] = True

    def _groups(
        self, clause: Clause, prev_phrases: list[NounPhrase] | None = None
    ) -> list[tuple[NounPhrase, str, list[Filler]]]:
        """(first phrase, kind, fillers) of each coordination group that can fill a slot. A relative
        pronoun stands for its antecedent in the clause before (`das Fahrzeug, das er erhielt`).

        Each trigger of a clause asks again (half the calls on the 877 10kgnad articles): the answer
        is kept, as copies, where reading it changed nothing it reads (`_groups_state`), and given
        while that still holds."""
        state = self._groups_state()
        kept = self._kept_groups.get(id(clause))
        if kept is not None and kept[0] is clause and kept[1] is prev_phrases and kept[2] == state:
            return _copied_groups(kept[3])
        out = self._read_groups(clause, prev_phrases)
        if self._groups_state() == state:
            self._kept_groups[id(clause)] = (clause, prev_phrases, state, _copied_groups(out))
        return out

    def _groups_state(self) -> tuple[object, ...]:
        """What resolving a phrase reads that reading the article changes: the entities and their
        mentions, the people who were subjects, where an unnamed group was last named."""
        return (
            len(self.ents.entities),
            LocalEntity.mentions_added,
            tuple(map(id, self._subjects)),
            self._unnamed_group_at,
        )

    def _read_groups(
        self, clause: Clause, prev_phrases: list[NounPhrase] | None = None
    ) -> list[tuple[NounPhrase, str, list[Filler]]]:
        taken: set[int] = set()
        out: list[tuple[NounPhrase, str, list[Filler]]] = []
        seen: set[int] = set()
        for np in clause.phrases:
            if np.genitive_of is not None or np.group in seen or self.is_time(np):
                continue
            seen.add(np.group)
            members: list[NounPhrase] = []
            for member in clause.phrases:
                if member.group == np.group and member.genitive_of is None and not self.is_time(member):
                    if member.relative:
                        ante = self._antecedent(prev_phrases or [], self.doc[member.head], clause)
                        if ante is None:
                            continue
                        member = ante
                    members.append(member)
            fillers: list[Filler] = []
            kinds: list[str] = []
            for member, got in self._members(members, clause, taken, prev_phrases or []):
                kinds.append(self.kind(member, got))
                for f in got:
                    if f.quantity is None:
                        f.quantity = self._quantity(member)
                fillers.extend(got)
            for f in fillers:
                if f.entity is not None:
                    taken.add(id(f.entity))
            kind = "actor" if "actor" in kinds else ("place" if "place" in kinds else "thing")
            # `Der Chef der Behörde, X, und Y`: the name apposed between commas, with what is
            # coordinated to it, belongs to the role noun's group (they name one actor).
            if out and self._continues_apposition(out[-1], np, fillers):
                first, first_kind, first_fillers = out[-1]
                out[-1] = (first, first_kind, first_fillers + fillers)
                continue
            out.append((np, kind, fillers))
        return out

    def _continues_apposition(
        self, before: tuple[NounPhrase, str, list[Filler]], np: NounPhrase, fillers: list[Filler]
    ) -> bool:
        first, _, first_fillers = before
        return (
            np.prep is None
            and first.prep is None
            and np.start > 0
            and self.doc[np.start - 1].text == ","
            and bool(fillers)
            and fillers[0].entity is not None
            and any(f.entity is fillers[0].entity for f in first_fillers)
        )

    def _assign(
        self,
        frame: Frame,
        mapping: dict[str, str],
        groups: list[tuple[NounPhrase, str, list[Filler]]],
        trigger: Token | None = None,
        clause: Clause | None = None,
    ) -> dict[int, str]:
        """Slots for the clause's groups (by index): prepositions decide directly; core slots by case,
        kind and order, and by the dependency parse of the `trigger` verb when the Doc has one."""
        result: dict[int, str] = {}
        core: list[int] = []
        for g, (np, kind, fillers) in enumerate(groups):
            if np.prep:
                slot = f"pp:{np.prep}"
                role = mapping.get(slot)
                if role is None:
                    continue
                if clause is not None and self._place_of_noun(np, fillers, clause):
                    continue  # `war der Gouverneur von X, Y, geladen`: X is no agent
                if (
                    clause is not None
                    and (np.prep == "von" or (kind == "place" and frame.roles.get(role) == "place"))
                    and self._attribute_before_verb(np, clause)
                ):
                    # `Der Vertrag zur Unterbringung von X wurde unterzeichnet`: X signs nothing;
                    # `Die Schule in X ist … angekommen`: the school's place, no destination
                    continue
                if slot in frame.any_kind_slots and frame.roles.get(role) == "actor":
                    fits = self._any_kind(frame, slot, np)  # whatever it is, if its case is right
                    # (not a thing the slot names: `beteiligte sich an der Firma X`, a company)
                else:
                    fits = self._fits(frame.roles.get(role, "thing"), kind)
                if fits:
                    result[g] = slot
            else:
                core.append(g)
        slots = [s for s in ("subj", "dat", "acc") if s in mapping]
        # A role a preposition filled (`an das Museum X`) takes no phrase of another kind besides.
        by_preposition = {mapping[s] for s in result.values()}
        # Each core group takes one slot or none, each slot at most one group. The score is a sum of
        # one term per group and slot, so the best assignment is searched over the partial one-to-one
        # maps (cubic in the groups, not exponential: a clause listing 20 names is read at once), in
        # the order of `itertools.product([None, *slots], ...)`, the first best kept.
        terms: dict[tuple[int, str], float] = {}
        inverse = {v: k for k, v in CORE_SLOTS.items()}
        parsed = trigger is not None and self.doc.has_annotation("DEP")
        for rank, g in enumerate(core):
            np, kind, fillers = groups[g]
            parsed_slot = self._parsed_slot(np, trigger) if parsed and trigger is not None else None
            # `schenkte der Schule einen Spielplatz`, `verkaufte die Fabrik`: a place no name is given
            # to may be the thing handed over.
            unnamed_place = (
                kind == "place"
                and not any(f.entity is not None for f in fillers)
                and self.doc[np.start].tag_ in DETERMINERS  # not a stray `großen Gelände` cut from its `am`
            )
            for choice in slots:
                role_kind = frame.roles.get(mapping[choice], "thing")
                if not self._fits(role_kind, kind):
                    place_item = role_kind == "thing" and choice == "acc" and unnamed_place
                    if not place_item and (
                        mapping[choice] in by_preposition or not self._any_kind(frame, choice, np)
                    ):
                        terms[rank, choice] = -10
                        continue
                    term = -1.5  # a thing is read as the object its kind fits where it can be
                elif role_kind == "actor" and unnamed_place:
                    term = -1.5  # a named place acts (`Moskau warnt`), a factory hardly
                else:
                    term = 0.0
                case = inverse[choice]
                if np.cases:
                    term += 3 if np.cases == frozenset({case}) else (1 if case in np.cases else -6)
                else:
                    term += 1
                # German puts the subject first among bare actor phrases; keep the earliest one there.
                if choice == "subj":
                    term += 0.5 / (rank + 1)
                if parsed_slot is not None:
                    term += PARSED_SLOT_TERM if parsed_slot == choice else -PARSED_SLOT_TERM
                terms[rank, choice] = term + 2
        best = _best_assignment(len(core), slots, terms)
        # Several thing groups may all be items when the item slot is the accusative.
        assigned: dict[int, str] = {core[rank]: s for rank, s in best}
        item_slot = next((s for s in slots if frame.roles.get(mapping[s]) == "thing"), None)
        if item_slot:
            item = next((groups[g][0] for g, s in assigned.items() if s == item_slot), None)
            for g in core:
                np, kind, _ = groups[g]
                if g not in assigned and kind == "thing" and (not np.cases or {"Acc", "Nom"} & np.cases):
                    # `Norvania lieferte Weizen`: a name before the verb is the subject the reader
                    # could not type, not a second item.
                    subject_free = item_slot != "subj" and "subj" in slots and "subj" not in assigned.values()
                    if subject_free and self._name_before_verb(np):
                        assigned[g] = "subj"
                    elif not (subject_free and self._unread_subject(np, groups[0][0], item, clause)):
                        assigned[g] = item_slot
        result.update(assigned)
        return result

    def _parsed_slot(self, np: NounPhrase, trigger: Token) -> str | None:
        """The core slot the dependency parse gives the phrase as an argument of `trigger`, if any."""
        if np.start <= trigger.i < np.end:
            return None
        for token in self.doc[np.start : np.end]:
            if token.head.i == trigger.i and token.dep_ in PARSED_SLOTS:
                return PARSED_SLOTS[token.dep_]
        return None

    def _attribute_before_verb(self, np: NounPhrase, clause: Clause) -> bool:
        """A phrase right after a noun before the finite verb of a main clause: the one constituent
        before the verb holds both, so it is that noun's attribute, no argument of the verb (`Der
        Vertrag zur Unterbringung von X wurde … unterzeichnet`, `Die Schule in X ist … angekommen`; but
        `dass der Vertrag von X unterzeichnet wurde`: a verb-final clause, `Von X wurde …`: a
        constituent of its own, and `Am Montag in X …`: a time's place is the clause's)."""
        finite = self._finite(clause)
        if finite is None or clause.relative or np.end > finite.i:
            return False
        first = self.doc[clause.start]
        if first.tag_ in SUBORDINATORS or first.tag_ in {"PRELS", "PRELAT"}:
            return False
        after = [i for i in clause.tokens if i > finite.i and not self.doc[i].is_punct]
        before = np.start - 2  # the word before the preposition
        return (
            bool(after)
            and before >= clause.start
            and self.doc[before].tag_ in {"NN", "NE"}
            and self.t.lemma_lowers[before] not in self.classes["time_heads"]  # `Am Montag in X traf …`
        )

    def _place_of_noun(self, np: NounPhrase, fillers: list[Filler], clause: Clause) -> bool:
        """A `von` phrase naming a place right after a noun for a person or body is that noun's
        attribute (`der Gouverneur von X`, `die Armee von X`), not a role of the verb (but `kaufte
        Kampfjets von X`: things come from a place)."""
        if not (
            np.prep == "von"
            and bool(fillers)
            and fillers[0].entity is not None
            and fillers[0].entity.type in {"country", "location"}
        ):
            return False
        return any(self.kind(other, []) == "actor" for other in self._nouns_right_before(np, clause))

    def _unread_subject(
        self, np: NounPhrase, first: NounPhrase, item: NounPhrase | None = None, clause: Clause | None = None
    ) -> bool:
        """A nominative (`Bis dato haben wir … geliefert`, `Sollte X nicht an Y verkaufen`), the
        clause's first phrase right before its finite verb (`die Bank stellte …`), a relative pronoun
        that may be nominative (`Banken, die Fonds an X verkauft haben`) or, after the finite verb,
        the first of two phrases either of which may be nominative or accusative (`haben ihm die
        Kollegen ein Buch geschenkt`: the subject comes first): the subject the reader could not take
        for an actor. It is no second item; nor, being no actor, is it the side that hands over
        (`Dieses liefert eine Ansicht`, `es liefert guten Klang`)."""
        if np.cases == frozenset({"Nom"}) or (np is first and self._before_finite(np)):
            return True
        if np.relative and "Nom" in np.cases:
            return True
        finite = self._finite(clause) if clause is not None else None
        return (
            item is not None
            and finite is not None
            and finite.i < np.start
            and np.end <= item.start
            and not np.pronoun
            and {"Nom", "Acc"} <= np.cases
            and {"Nom", "Acc"} <= item.cases
        )

    def _any_kind(self, frame: Frame, slot: str, np: NounPhrase) -> bool:
        """Whether a slot of the frame's `any_kind_slots` takes this phrase whatever it is: a dative
        for `dat` (`auch Dritten`), an accusative or caseless name for a preposition (`an das Museum X`,
        `an Ostrakien`; the dative `an der Grenze`, `am Montag` says where and when)."""
        if slot not in frame.any_kind_slots or self.is_time(np):
            return False
        if slot in CORE_SLOTS.values():
            # `Der Mann verkaufte …`: a phrase that may be the subject, right before the finite verb,
            # is the subject, however its article could also be read (`der` as a dative).
            return {v: k for k, v in CORE_SLOTS.items()}[slot] in np.cases and not self._before_finite(np)
        before = self.doc[np.start - 1].text.lower() if np.start else ""
        dative_contraction = before in CONTRACTIONS and before.endswith(("m", "r"))  # am = an dem
        return not dative_contraction and (not np.cases or "Acc" in np.cases)

    def _before_finite(self, np: NounPhrase) -> bool:
        """A phrase that may be nominative, right before the finite verb (the clause's subject)."""
        doc = self.doc
        return np.end < len(doc) and doc[np.end].tag_ in FINITE and "Nom" in (np.cases or {"Nom"})

    def _name_before_verb(self, np: NounPhrase) -> bool:
        """A phrase of names only (no case shown), right before the finite verb: the clause's subject."""
        names_only = all(t.tag_ in {"NE", "FM", "XY"} for t in self.doc[slice(*np.core)])
        return names_only and self._before_finite(np)

    @staticmethod
    def _fits(role_kind: str, kind: str) -> bool:
        if role_kind == "any":
            return True
        if role_kind == "actor":
            return kind in {"actor", "place"}  # countries and capitals act in news (`Moskau warnt`)
        return kind == role_kind

    def _quantity(self, np: NounPhrase) -> int | None:
        t = self.t
        for i in range(np.start, np.end):
            text = t.texts[i]
            if t.tags[i] == "CARD":
                digits = text.replace(".", "").replace(",", "")
                if digits.isdigit():
                    return int(digits)
                return NUMBER_WORDS.get(text.lower())
            if t.tags[i] == "ART" and text.lower() in NUMBER_WORDS and t.lemma_lowers[i] == "ein":
                return 1
        return None

    def _reciprocal(self, event: LocalEvent, clause: Clause, mapping: dict[str, str]) -> None:
        words = {self.doc[i].text.lower() for i in clause.tokens}
        if not words & set(self.classes["reciprocal"]):
            return
        subj_role = mapping.get("subj")
        other = mapping.get("dat") or mapping.get("acc")
        if not subj_role:
            return
        actors = event.actors(subj_role)
        if len(actors) != 2:
            return
        if event.type == "gift" and other:
            event.attributes["reciprocal"] = True
            a, b = actors
            base_roles = {k: v for k, v in event.roles.items() if k not in {subj_role, other}}
            fillers = {id(f.entity): f for f in event.roles[subj_role] if f.entity is not None}
            event.roles = dict(base_roles)
            event.add(subj_role, fillers[id(a)])
            event.add(other, fillers[id(b)])
            twin = LocalEvent(
                event.type, event.plover, event.trigger, event.sentence, attributes=dict(event.attributes)
            )
            twin.roles = dict(base_roles)
            twin.add(subj_role, fillers[id(b)])
            twin.add(other, fillers[id(a)])
            self.events.append(twin)

    def _where(self, event: LocalEvent, clause: Clause, frame: Frame, prev_phrases: list[NounPhrase]) -> None:
        """`…, wo X eintraf`: a clause opened by relative `wo` happens at the place named before it."""
        first = self.doc[clause.start]
        if first.text.lower() != "wo" or not prev_phrases:
            return
        role = "destination" if "destination" in frame.roles else None
        if role is not None and event.roles.get(role):
            return
        for np in reversed(prev_phrases):
            fillers = self.resolve(np, clause, set(), [])
            if self.kind(np, fillers) == "place" and not self.is_time(np):
                if role is not None:
                    event.add(role, fillers[0])
                elif event.place is None:
                    event.place = fillers[0]
                return

    def _place(self, event: LocalEvent, clause: Clause, frame: Frame, until: int | None = None) -> None:
        if "destination" in frame.roles or "place" in event.roles:
            return
        for np in clause.phrases:
            if until is not None and np.start >= until:
                return
            # `Kritik an der griechischen Regierung`: a state's organ stands for the state, not a place.
            if in_noun_class(self.doc[np.head].lemma_, self.classes["state_bodies"]):
                continue
            if np.prep in {"in", "auf", "an"} and np.genitive_of is None:
                fillers = self.resolve(np, clause, set(), [])
                if self.kind(np, fillers) == "place" and not self.is_time(np):
                    event.place = fillers[0]
                    return

    def _noun_event(
        self,
        frame: Frame,
        nt: NounTrigger,
        tok: Token,
        clause: Clause,
        sent: Span,
        subject: list[Filler],
        prev_phrases: list[NounPhrase] | None = None,
    ) -> None:
        phrases = clause.phrases
        tphrase = next((p for p in phrases if p.start <= tok.i < p.end), None)
        if tphrase is None:
            return
        idx = phrases.index(tphrase)
        if any(e.trigger is tok and e.type == frame.type and e.complete for e in self.events):
            return  # one event of a frame for a word its entries read alike (things or a company sold)
        # `die Zahlung von 300 Millionen Euro`: a `von` phrase right after the noun stands for its
        # genitive where no article can show the case.
        objects = [np for np in phrases if np.genitive_of == idx]
        after = phrases[idx + 1] if idx + 1 < len(phrases) else None
        if after is not None and after.prep == "von" and after.start == tphrase.end + 1:
            objects.append(after)
        if (
            nt.object_heads
            and not nt.object_types
            and not any(self.doc[np.head].lemma_.lower().endswith(nt.object_heads) for np in objects)
        ):
            return
        words, tags = self.t.words(), self.t.tags
        clause_verbs = {self._verb_lemma(words[i], clause) for i in clause.tokens if tags[i] in VERBS}
        if clause_verbs & nt.not_clause_verbs:
            return
        if nt.object_of_clause_verbs and (tphrase.prep is not None or not clause_verbs & nt.clause_verbs):
            return
        if (
            nt.not_counted
            and any(self.doc[i].tag_ == "CARD" for i in range(tphrase.start, tok.i))
            and not clause_verbs & nt.clause_verbs
        ):
            return
        attribute = self._attribute_phrases(
            self._with_place_adjective(phrases, tphrase), tok, nt.attribute_participles, phrases
        )
        if nt.attribute_only and attribute is None:
            return  # `der Kompromiss` is an agreement only as `der zwischen X und Y ausgehandelte`
        event = self._new_event(frame, tok, sent, clause)
        event.attributes["trigger_kind"] = "noun"
        event.attributes.update(nt.attributes)
        event.requires, event.min_actors = nt.requires, nt.min_actors
        specific_sides = frame.named_actor == "specific"
        taken: set[int] = set()
        subject_entities = frozenset(id(f.entity) for f in subject if f.entity is not None)

        def fill(role: str, np: NounPhrase, any_kind: bool = False) -> None:
            start, end = self.t.starts[np.start], self.t.end(np.end - 1)
            if any(f.start <= start and end <= f.end for fs in event.roles.values() for f in fs):
                return  # `mit Vertretern der Gewerkschaft`: an attribute the filler before spans
            # `Japan leistete dem Land Soforthilfe`: the land is another than the subject
            fillers = self.resolve(np, clause, taken, [], elsewhere=subject_entities)
            kind = self.kind(np, fillers)
            # `ein Besuch des Bahnhofs X`: a place (not a country) in an actor slot is where one goes;
            # `der Gipfel von Lissabon`: where one meets.
            where = "destination" if np.prep is None or np.prep not in nt.place_preps else "place"
            if (
                kind == "place"
                and frame.roles.get(role) == "actor"
                and frame.roles.get(where) == "place"
                and not any(f.entity is not None and f.entity.type == "country" for f in fillers)
            ):
                if where == "place":
                    event.place = event.place or fillers[0]
                    return
                role = where
            role_kind = frame.roles.get(role, "actor")
            if nt.object_types and role_kind == "thing":
                # `der Verkauf der Firma X`: the company is the item, an actor as much as a thing.
                if any(head_is_excluded(h, nt.not_object_heads) for h in self.t.forms(np.head)):
                    return
                if not self._typed_phrase(np, fillers, nt.object_heads, nt.object_types):
                    return
                role_kind = "any"
            if self._fits(role_kind, kind) or any_kind:
                for f in fillers:
                    f.quantity = self._quantity(np)
                    f.specific = specific_sides and role_kind == "actor" and self._unnamed_side(f)
                    event.add(role, f)

        if nt.sides_in_turn:
            # `der Tausch von Anteilen der X und der Y`: the sides are the attributes of what is swapped
            # (read before the thing, whose filler spans them); a name the recogniser missed is one too
            for np in self._attributes_of(phrases, objects):
                proper = any(self.t.tags[i] in {"NE", "FM"} for i in range(*np.core))
                fill(nt.sides_in_turn[0], np, any_kind=proper)
        # `X ist zu einem Besuch der Truppen in Y`: X visits; the genitive is whom X sees.
        subject_acts = tphrase.prep in nt.subject_preps and any(f.entity is not None for f in subject)
        if "gen" in nt.slots and not subject_acts:
            for np in _genitive_list(phrases, idx):
                fill(nt.slots["gen"], np)
        owner_phrase = tphrase
        if tphrase.possessive is None:
            owner_phrase = self._list_possessor(phrases, tphrase, prev_phrases) or tphrase
        if owner_phrase.possessive is not None and "poss" in nt.slots:
            # `sein Besuch`: the owner is the clause's subject, unless the phrase is the subject itself.
            # In a list (`sein Gefolge, ein Austausch mit X und eine Besichtigung`) the first
            # member's possessor owns the members after it.
            t = self.doc[owner_phrase.possessive]
            inside = [f for f in subject if t.idx <= f.start < self.doc[tphrase.end - 1].idx + 1]
            owners = [f.entity for f in subject if f.entity is not None] if subject and not inside else []
            plural_owner = (
                self._unnamed_plural_subject(clause, tphrase)
                if not owners
                and not inside
                and t.text.lower().startswith("ihr")
                and self._plural_verb(clause)
                else None
            )
            if frame.roles.get(nt.slots["poss"]) == "thing":
                # `bei ihrem Verkauf an Y`: the company sold is the owner (the subject, or the phrase
                # right before: `die Hilfe für die Firma X bei ihrem Verkauf`), only an organisation of
                # `object_types` the dictionary does not hold (a person or a state is not sold), and
                # only in a phrase of `poss_preps` (`steigerte ihren Verkauf an Y`: its sales).
                def sold(o: LocalEntity) -> bool:
                    return o.type in nt.object_types and o.kb_id is None

                owners = [o for o in owners if sold(o)]
                owners = owners or self._organisation_right_before(tphrase, phrases, sold)
                owners = owners if tphrase.prep in nt.poss_preps else []
            elif plural_owner is not None:
                # `viele Touristen … während ihrer Reise`: a plural possessive beside a plural subject
                # no name stands for is the subject's own, not a person's named before.
                span = self.doc[plural_owner.start : plural_owner.end]
                event.add(nt.slots["poss"], Filler(span.text, span.start_char, span.end_char, inferred=True))
            elif not owners:
                person = self._pronoun(t, tphrase, taken)
                unnamed = subject[0] if subject and not inside and subject[0].entity is None else None
                if person is not None and self._owned_unnamed(t, tphrase, clause, person, unnamed):
                    # `Das Kind starb nach seiner Ankunft`, `Es starb …`: the subject no name stands
                    # for owns it, not a person named before.
                    person = None
                    if unnamed is not None and not self._pronoun_phrase(unnamed):
                        event.add(nt.slots["poss"], replace(unnamed, inferred=True))
                owners = [person] if person is not None else []
            for owner in owners:
                event.add(nt.slots["poss"], Filler(t.text, t.idx, t.idx + len(t.text), owner, inferred=True))
        # Prepositional attributes right after the trigger (`Besuch in Nordkorea`, `Treffen mit X`),
        # up to the next phrase without preposition or the next verb. A trigger inside an attribute
        # of a larger phrase (`der beim Gipfel vorgelegte Plan für einen Pakt von X und Y`) has none:
        # what follows that phrase belongs to its head. A trigger that heads its phrase keeps them
        # whatever its own attribute holds (`das für Mai geplante Treffen zwischen X und Y`).
        embedded = tphrase.head != tok.i and any(
            t.tag_ in {"APPR", "APPRART"} for t in self.doc[tphrase.start : tok.i]
        )
        genitive_named = any(np.genitive_of == idx for np in phrases) or any(
            t.lower_ in GENITIVE_RELATIVES for t in self.doc[max(tphrase.start - 1, 0) : tok.i]
        )
        last = tphrase.end
        nested: set[str] = set()  # slots of an event noun between (`die Hilfe für X bei ihrem Verkauf an Y`)
        before: NounPhrase | None = None  # the attribute read just before
        for np in phrases[idx + 1 :]:
            if embedded or any(self.doc[i].tag_ in VERBS for i in range(last, np.start)):
                break
            last = np.end
            if np.genitive_of is not None or self._bracketed(np):
                continue  # `mit X (Partei Y)`: what X is, no side of its own
            if np.prep is None:
                break
            slot = f"pp:{np.prep}"
            after, before = before, np
            if np.prep == "von" and after is not None and f"pp:{after.prep}" in frame.any_kind_slots:
                continue  # `die Übergabe der Waffen an die Armee von X`: whose army, not who hands over
            if slot in nested:
                break  # the attribute of the event noun before it: `an Y` is whom X is sold to
            nested |= {
                s for _, other in _noun_triggers_of(self.frames, self.doc[np.head]) for s in other.slots
            }
            if (
                tphrase.prep in nt.interview_preps
                and np.prep == "mit"
                and not self._plural_form(tphrase)  # `in guten Gesprächen mit der Firma Y`: talks
                and not self._interlocutor(np, clause)
            ):
                self.events.remove(event)  # `sagte X im Gespräch mit der Zeitung Y`: an interview
                return
            if slot in frame.any_kind_slots and not self._any_kind(frame, slot, np):
                continue  # `der Verkauf seiner Anteile an der Firma X`: a dative `an` says in what
            if genitive_named and slot in nt.slots_after_genitive:
                fill(nt.slots_after_genitive[slot], np)
            elif slot in nt.slots:
                # `Lieferungen an die Saudis`: as for verbs, whoever an `an` object names receives.
                fill(nt.slots[slot], np, any_kind=slot in frame.any_kind_slots)
        gen_role = nt.slots.get("gen")
        rel = self.doc[tphrase.start - 1] if tphrase.start > 0 else None
        if nt.object_types and gen_role and rel is not None and rel.lower_ in GENITIVE_RELATIVES:
            # `Die Firma X besitzt den Hersteller Y. Z hat dessen Übernahme (von X) angekündigt`: the
            # company sold is the phrase the genitive `dessen` stands for, not a side named already.
            sides = {f.text.split()[-1] for fs in event.roles.values() for f in fs if f.text}
            ante = None if event.roles.get(gen_role) else self._genitive_antecedent(rel)
            if ante is not None and self.t.texts[ante.head] not in sides:
                fill(gen_role, ante)
        if nt.sides_in_turn:
            self._sides_in_turn(event, nt.sides_in_turn)
        for np in attribute or []:
            if f"pp:{np.prep}" in nt.attribute_slots:
                fill(nt.attribute_slots[f"pp:{np.prep}"], np)
        if "compound" in nt.slots:
            self._compound(event, nt, tok, frame)
            prefixed = [f for f in event.roles.get(nt.slots["compound"], []) if f.start == tok.idx]
            # `sagte X im APA-Gespräch`: an interview with the agency; `im STANDARD-Gespräch`: a
            # masthead in capitals, longer than an acronym, that no dictionary knows.
            masthead = not prefixed and tok.text.split("-")[0].isupper() and "-" in tok.text
            if tphrase.prep in nt.interview_preps and (
                masthead
                or any(f.entity is None or f.entity.type not in {"person", "country"} for f in prefixed)
            ):
                self.events.remove(event)
                return
        if "title_compound" in nt.slots:
            # `seit dem Papstbesuch in Y`, `beim Kanzlerbesuch`: a title before the base names whose
            # visit it is; the clause's subject (`Die Zeitung erscheint seit dem …`) then is not.
            # (Not where the noun's own attributes named the visitor, `bei seinem Kanzlerbesuch`, nor
            # where the subject is a person bearing the title, `Papst X sagte beim Papstbesuch`.)
            title = _title_part(_compound_prefix(nt, tok))
            role = nt.slots["title_compound"]
            titled = any(
                f.entity is not None
                and f.entity.type == "person"
                and in_noun_class(title.lower(), tuple(t.lower() for t in self._titles_of(f.entity)))
                for f in subject
            )
            if title and not event.roles.get(role) and not titled:
                event.add(role, Filler(title, tok.idx, tok.idx + len(title)))
        if "compound_sides" in nt.slots:
            for filler in self._compound_sides(_compound_prefix(nt, tok), tok):
                event.add(nt.slots["compound_sides"], filler)
        if "adjectives" in nt.slots:
            self._adjective_sides(event, nt.slots["adjectives"], tphrase, tok)
        if nt.members and self._international_body(tok) and (not nt.preps or tphrase.prep in nt.preps):
            # `beim EU-Außenministerrat`: the body the word names meets; its members are the sides.
            event.add(nt.members, Filler(tok.text, tok.idx, tok.idx + len(tok.text), members=True))
            event.min_actors = min(event.min_actors, 1)
        if "self" in nt.slots and not event.roles.get(nt.slots["self"]):
            # `einen Kredit über 50 Millionen Euro`: the loan or aid itself, with its sum, is what
            # is handed over.
            event.add(nt.slots["self"], self._own_phrase(phrases, idx, frame.amount_heads))
        if tphrase.group >= 0 and frame.roles.get("item") == "thing":
            for np in phrases:
                if np.group == tphrase.group and np is not tphrase and np.genitive_of is None:
                    fill("item", np)
        # Clause slots fill actor roles while the noun's own attributes named fewer actors than it
        # takes (`X gab einen Empfang für Y`: X is the other side; `ein Treffen zwischen A und B`
        # is complete), and other roles (`in Rom … einen Besuch abgestattet`) when still empty.
        named = _sides(event, frame)
        # `X ist in Verhandlungen mit Y und Z`: partners `mit` are one side however many; X the other.
        partners = self._partners(event, frame, phrases[idx + 1 :])
        actors_wanted = len(named) < max(event.min_actors, 1) or (bool(named) and named <= partners)
        # `Auf Einladung von X kamen Y und Z`: a phrase of `clause_preps` holding the noun gives its
        # clause slots as a verb of `clause_verbs` beside it does.
        gated = bool(nt.clause_verbs or nt.clause_preps or nt.occasion_heads)
        # `am Rande des Gipfels in Y sagte X`: the genitive of such a head is the clause's occasion too
        # (not where that head is another noun's attribute: `die Proteste am Rande des Gipfels`).
        host = phrases[tphrase.genitive_of] if tphrase.genitive_of is not None else None
        around = (
            host is not None
            and self.t.lemma_lowers[host.head] in nt.occasion_heads
            and not self._noun_attribute(host, clause)
        )
        kept_or_gated = clause_verbs & (nt.clause_verbs | nt.keeping_verbs)
        beside = bool(kept_or_gated) or tphrase.prep in nt.clause_preps or around
        slots = nt.clause_slots if not gated or beside else {}
        if tphrase.prep in nt.clause_preps:
            slots = {**slots, **nt.prep_clause_slots}
        gen_role = nt.slots.get("gen")
        if gen_role and not subject_acts and any(np.genitive_of == idx for np in phrases):
            # `Im Vorfeld des Besuchs der „Troika“ hat X …`: the genitive names who visits, even
            # where it is no known actor; the clause's subject does not take its place.
            slots = {slot: role for slot, role in slots.items() if role != gen_role}
        if gated and slots:
            actors_wanted = len(named) < 2  # `X erzielte eine Einigung mit Y`: X is the other side
        # Roles the noun's own attributes named; the clause's phrases all fill the others (`die auf
        # Mallorca im Palast Urlaub macht`: both places).
        named_by_noun = {r for r, fs in event.roles.items() if any(f.entity is not None for f in fs)}
        for slot, role in slots.items():
            if not actors_wanted if frame.roles.get(role) == "actor" else role in named_by_noun:
                continue
            if slot == "subj":
                # `Der Besuch des Präsidenten X begann mit einem Empfang bei Y`: an event noun as the
                # subject lends its actors.
                subject = self._subject_event_actors(clause, tok) or subject
                if subject and not (
                    subject[0].start >= self.doc[tphrase.start].idx
                    and subject[0].end <= self.doc[tphrase.end - 1].idx + len(self.doc[tphrase.end - 1].text)
                ):
                    # Beside a side the noun names, only a person or organisation is the other; a
                    # country too where a verb of the trigger's own says what the subject does
                    # (`Die Ukraine erhielt Militärhilfe von den USA`, `X unterzeichnete mit Y ein Abkommen`).
                    others = {"person", "organisation"} | ({"country"} if nt.clause_verbs else set())
                    # `Auf Einladung von X tagten die Regierungschefs der Nachbarstaaten`: those the
                    # clause says come on the occasion are its other side, named or not.
                    occasion = tphrase.prep in nt.clause_preps
                    for f in subject:
                        if named and not occasion and (f.entity is None or f.entity.type not in others):
                            continue
                        event.add(
                            role,
                            Filler(
                                f.text,
                                f.start,
                                f.end,
                                f.entity,
                                inferred=True,
                                specific=specific_sides and self._unnamed_side(f),
                            ),
                        )
            else:
                for np in phrases:
                    dative = slot == "dat" and self._clause_dative(np, subject, clause, tphrase)
                    accusative = slot == "acc" and self._clause_accusative(np, subject, tphrase)
                    if np is tphrase or self._bracketed(np):
                        continue
                    if f"pp:{np.prep}" == slot or dative or accusative:
                        # `Diese Vereinbarung hatte X mit Y getroffen`: after the fronted noun, a
                        # phrase right after an actor's is the other side, no attribute of X.
                        fronted = tphrase.prep is None and tphrase.end <= np.start
                        if (
                            np.prep
                            and frame.roles.get(role) == "actor"
                            and self._noun_attribute(np, clause, actors=not fronted)
                        ):
                            continue  # `nach der Runde mit X`: another noun's partner
                        fill(role, np)
        if nt.object_types and len(_sides(event, frame)) < nt.min_actors:
            self.events.remove(event)  # `der Verkauf der Firma X`: the company is no side of its own sale
            return
        if tphrase.prep in nt.clause_preps and "subj" in slots and not subject:
            # `Die Ausstellung ist auf Einladung von X entstanden`: no one the clause names comes on it
            self.events.remove(event)
            return
        attending = tphrase.prep in nt.attendee_preps or bool(clause_verbs & nt.attendance_verbs)
        if attending and not self._noun_attribute(tphrase, clause):
            self._office_holders_meet(event, nt, phrases, idx)
            self._attendees(event, subject, tphrase, nt.hosted)  # not `die Beschlüsse beim EU-Gipfel`
            if nt.attendees and tphrase.prep in nt.attendee_preps:
                self._conference_attendee(event, nt, nt.attendees, subject, tphrase, tok)
        for role, how in nt.implicit:
            unsaid = how == "subject" and not event.roles.get(role)
            # `das Treffen mit Y`, `es gab mit Y ein Gespräch`: one side named, by the noun or its clause.
            one_named = any(f.entity is not None for f in event.roles.get(role, []))
            other_side = (
                how == "side" and one_named and self._one_side(event, frame, clause, tphrase, nt.preps)
            )
            if unsaid or other_side:
                self._talked_about(event, role, tok)
            elif how == "talks" and clause_verbs & nt.clause_verbs:
                self._sides_of_talks(event, frame, role, pair_before=True)
                if self._agentless_passive(clause, []):  # `…, mit Y sei eine Einigung erzielt worden`
                    self._proposer(event, frame, role, clause)
            elif how == "talks_of":
                # `die Abschlusserklärung des Gipfels`: the talks its genitive names are read after it.
                genitive = next((np for np in phrases if np.genitive_of == idx), None)
                if genitive is not None:
                    self._pending_talks.append((event, role, genitive.head))
            if how in {"side", "talks"} and nt.parties_from and not _sides(event, frame):
                # `X traf Y. Die Einigung sieht vor …`: no side named, those of the event just told.
                self._parties_before(event, nt, role, tphrase)
                if tphrase.prep is None and not _sides(event, frame):
                    self._object_of_events.append((event, nt.parties_from, role))
        if nt.subject_heads or nt.abroad:
            self._allowed_actors(event, frame, nt.subject_heads, nt.abroad)
        if nt.exchange:
            self._exchange(event)
        if tphrase.prep not in self.classes["time_reference_preps"]:
            self._place(event, clause, frame)

    @staticmethod
    def _attributes_of(phrases: list[NounPhrase], objects: list[NounPhrase]) -> list[NounPhrase]:
        """The genitive attributes of `objects` with the phrases coordinated after them (`von Anteilen
        der X und der Y`: the chunker marks only the first as the genitive)."""
        found: list[NounPhrase] = []
        for obj in objects:
            k = phrases.index(obj)
            group: int | None = None
            for np in phrases[k + 1 :]:
                coordinated = group is not None and np.group == group and np.genitive_of is None
                if np.genitive_of == k or coordinated:
                    group = np.group
                    found.append(np)
                elif group is not None:
                    break
        return found

    @staticmethod
    def _sides_in_turn(event: LocalEvent, roles: tuple[str, ...]) -> None:
        """`der Tausch von Anteilen der X und der Y`, `… zwischen X und Y`: the sides the noun names
        (gathered in the first of `roles`) fill `roles` one each in the order the text names them."""
        found: dict[int, Filler] = {}
        for role in roles:
            for f in event.roles.pop(role, []):
                found.setdefault(id(f.entity) if f.entity is not None else id(f), f)
        for role, f in zip(roles, sorted(found.values(), key=lambda f: f.start), strict=False):
            event.add(role, f)

    def _genitive_antecedent(self, rel: Token) -> NounPhrase | None:
        """The phrase a genitive `dessen` or `deren` stands for: the last phrase of the clauses before
        it (in its sentence or the one before) that is no pronoun, time, genitive attribute or
        prepositional phrase, where its article or gender agrees (`dessen`: not `die` nor feminine;
        `deren`: `die`, `der` or feminine); none where that one does not."""
        for clause in reversed(self._clauses_before(rel.i)):
            for np in reversed(clause.phrases):
                if np.pronoun or np.relative or np.prep is not None or np.genitive_of is not None:
                    continue
                if self.is_time(np):
                    continue
                article = self.t.texts[np.start].lower()
                feminine = "Fem" in self.t.morph(np.head, "Gender")
                if rel.lower_ == "dessen":
                    # `der` only as the clause's first phrase: `der Firma X` after the verb may be a dative
                    first = np is clause.phrases[0]
                    masculine = article in {"den", "dem", "des", "das"} or (article == "der" and first)
                    return np if masculine and not feminine else None
                return np if article in {"die", "der"} or feminine else None
        return None

    def _own_phrase(self, phrases: list[NounPhrase], idx: int, amount_heads: tuple[str, ...]) -> Filler:
        """A trigger noun's phrase as a filler, with the sum right after it (`über 50 Millionen Euro`,
        `in Höhe von zwei Milliarden Dollar`, `von 300 Millionen Euro`)."""
        tphrase = phrases[idx]
        end = tphrase.end

        def right_after(np: NounPhrase, end: int) -> bool:
            return all(t.tag_ in {"APPR", "APPRART"} for t in self.doc[end : np.start])

        def amount(np: NounPhrase, end: int) -> bool:
            head = self.doc[np.head]
            return (
                right_after(np, end)
                and any(h.lower() in amount_heads for h in (head.lemma_, head.text))
                and any(t.tag_ == "CARD" or t.like_num for t in self.doc[np.start : np.end])
            )

        after = phrases[idx + 1 : idx + 3]
        if after and after[0].prep in {"über", "von"} and amount(after[0], end):
            end = after[0].end
        elif (
            len(after) == 2
            and after[0].prep == "in"
            and right_after(after[0], end)
            and self.doc[after[0].head].lemma_.lower() in self.classes["amount_nouns"]
            and after[1].prep == "von"
            and amount(after[1], after[0].end)
        ):
            end = after[1].end
        start = tphrase.start
        while start < tphrase.head and self.doc[start].tag_ in {"ADV", "ADJD"}:
            start += 1  # `beantragt überraschend neues Hilfspaket`: how it was asked for, not what
        first, last = self.doc[start], self.doc[end - 1]
        start_char, end_char = first.idx, last.idx + len(last.text)
        text = self.doc.text[start_char:end_char]
        return Filler(text, start_char, end_char, quantity=self._quantity(tphrase))

    def _taking_part(
        self, clause: Clause, subject: list[Filler], sent: Span, s_index: int, prev_phrases: list[NounPhrase]
    ) -> None:
        """`Am Donnerstag findet ein Gipfel statt. Daran nehmen X und Y teil`, `beim Gipfel, an dem X
        teilnahm`, `Teilnehmen werden X und Y`: a verb of taking part (a noun entry's `attendance_verbs`)
        whose event the clause does not name (`daran`, a relative pronoun, nothing) takes part in the
        event of the last such noun before it, in its sentence or the one before: the named people and
        states of its subject attend it."""
        words, tags = self.t.words(), self.t.tags
        verbs = {i: self._verb_lemma(words[i], clause) for i in clause.tokens if tags[i] in VERBS}
        for etype, attendance in self._attendance_verbs.items():
            verb = next((i for i, lemma in verbs.items() if lemma in attendance), None)
            if verb is None or modality_of(sent, self.doc[verb], etype) == "negated":
                continue  # `X werde nicht daran teilnehmen`: not there
            if any(
                np.prep == "an" and not np.relative and not np.pronoun and not self.is_time(np)
                for np in clause.phrases
            ):
                return  # `nahm an der Demo teil`: the clause names what (a noun trigger reads its own)
            lo = self._sentences[s_index - 1].start if s_index > 0 else sent.start
            target = next(
                (
                    e
                    for e in reversed(self.events)
                    if e.type == etype
                    and e.attributes.get("trigger_kind") == "noun"
                    and lo <= e.trigger.i < clause.start
                ),
                None,
            )
            if target is None:
                return
            relative = next((np for np in clause.phrases if np.prep == "an" and np.relative), None)
            if relative is not None:
                # `beim EU-Rat, an dem X teilnahm`: the relative pronoun's antecedent is what X attends
                ante = self._antecedent(prev_phrases, self.doc[relative.head])
                if ante is None or not ante.start <= target.trigger.i < ante.end:
                    return
            roles = [r for f in self.frames if f.type == etype for r, k in f.roles.items() if k == "actor"]
            role = roles[0] if roles else None
            if role is None:
                return
            at = target.trigger.i
            for f in self._present(subject, NounPhrase(at, at + 1, at)):
                if not self._pronoun_phrase(f):  # `Er nahm daran teil`: whom a pronoun means, not said here
                    target.add(role, f)

    def _office_holders_meet(
        self, event: LocalEvent, nt: NounTrigger, phrases: list[NounPhrase], idx: int
    ) -> None:
        """`beim Treffen der EU-Innenminister`, `am Treffen der Sozialpartner`: a genitive in the plural
        of `plural_sides` names holders of one office in several bodies, who meet there as the members
        of a body do: its filler counts as several sides, among whom `_attendees` places the clause's
        people. Not the bare office (`der Minister`: one cabinet) nor one holder (`der Präsidentin`)."""
        for np in _genitive_list(phrases, idx):
            head = self.t.texts[np.head].lower()
            if (
                not nt.plural_sides
                or not in_noun_class(head, nt.plural_sides)
                or (head.endswith("in") and not head.endswith("innen"))
                or not (self._plural_noun(np) or self.t.texts[np.start].lower() == "der")
            ):
                continue
            start = self.t.starts[np.start]
            for fs in event.roles.values():
                for f in fs:
                    if f.start == start and (f.entity is None or f.entity.type != "person"):
                        f.members = True  # not a holder the article names (`die Regierungschefs` = X)

    def _attendees(
        self, event: LocalEvent, subject: list[Filler], tphrase: NounPhrase, hosted: bool = False
    ) -> None:
        """`X will beim EU-Gipfel … durchsetzen`, `Kanada will beim Opec-Treffen …`: where a body's
        members meet, the person or state the clause is about (named, outside the noun's phrase) is
        among them; so is a guest where named hosts receive (`beim Empfang des Präsidenten Y sprach X`)."""
        role = next((r for r, fs in event.roles.items() if any(f.members for f in fs)), None)
        if role is None and hosted:
            # A host receives in office (`des Bundespräsidenten X`) or as a body, not a name read in
            # what one receives (`beim Empfang von Hartz IV`).
            role = next((r for r, fs in event.roles.items() if any(self._host(f) for f in fs)), None)
        if role is None:
            return
        for f in self._present(subject, tphrase):
            event.add(role, f)

    def _host(self, f: Filler) -> bool:
        """Whether a filler may host a reception: a state, an organisation, or a person the article titles."""
        if f.entity is None:
            return False
        return f.entity.type in {"country", "organisation"} or (
            f.entity.type == "person" and bool(self._titles_of(f.entity, named=False))
        )

    def _present(self, subject: list[Filler], tphrase: NounPhrase) -> list[Filler]:
        """The named people and states of a clause's subject outside the phrase of an occasion noun:
        those the clause places at it (`X hatte bei der Konferenz argumentiert`). A state only by its
        name (`Die Lage Kanadas wird beim Gipfel besprochen`: a thing of the state's)."""
        start, end = self.doc[tphrase.start].idx, self.doc[tphrase.end - 1].idx

        def named(f: Filler) -> bool:
            span = self._filler_span(f)
            return f.entity is not None and (
                f.entity.type == "person"
                or (f.entity.type == "country" and span is not None and not any(t.tag_ == "NN" for t in span))
            )

        return [
            Filler(f.text, f.start, f.end, f.entity, inferred=True)
            for f in subject
            if named(f) and not start <= f.start <= end
        ]

    def _conference_attendee(
        self,
        event: LocalEvent,
        nt: NounTrigger,
        role: str,
        subject: list[Filler],
        tphrase: NounPhrase,
        tok: Token,
    ) -> None:
        """`X hatte bei der Konferenz argumentiert`: the named person or state the clause is about, at
        the conference (`auf` with the dative: `hofft auf die Konferenz` is no presence), attends it;
        the mention waits for the article's other mentions of it (`_pool_attendees`). One speaking
        there is no side of a meeting by that alone (`wird bei einer Konferenz der Hochschule X
        sprechen`: a talk to an audience), nor one a pronoun stands for."""
        if tphrase.prep == "auf" and "Dat" not in tphrase.cases:
            return
        present = [f for f in self._present(subject, tphrase) if not self._pronoun_phrase(f)]
        base = nt.matches(tok.lemma_ or tok.text) or nt.matches(tok.text)
        if present and base:
            for f in present:
                event.add(role, f)  # kept only where the pool makes a meeting of them
            self._attendee_pool.append((event, role, base.lower(), present))

    def _pool_attendees(self) -> None:
        """The attendees of one conference, named one per mention across the article (`X hatte bei
        der Konferenz von Y argumentiert … Auch Z forderte auf der Klimakonferenz …`), are its
        participants: every mention of the same base word whose places agree gets them all, so that
        the mentions make one meeting of all (as reports of one event, they fuse)."""
        groups: list[list[tuple[LocalEvent, str, list[Filler]]]] = []
        keys: list[tuple[str, set[str]]] = []
        for event, role, base, present in self._attendee_pool:
            if event not in self.events:
                continue
            words = set(event.place.text.split()) if event.place is not None else set()
            at = next(
                (i for i, (b, w) in enumerate(keys) if b == base and (not w or not words or w & words)), None
            )
            if at is None:
                keys.append((base, words))
                groups.append([(event, role, present)])
            else:
                keys[at][1].update(words)
                groups[at].append((event, role, present))
        for group in groups:
            fillers = [f for _, _, present in group for f in present]
            # A state and its own people are one side (`Indien … bei der Konferenz`, `dessen Premier X
            # hatte bei der Konferenz argumentiert`): a conference takes two.
            sides = {
                self._home_country(f.entity) or self._country_of_place(f.entity) or id(f.entity)
                for f in fillers
            }
            for ev, role, present in group:
                if len(group) < 2 or len(sides) < 2:
                    ev.roles[role] = [f for f in ev.roles.get(role, []) if f not in present]
                    continue
                for f in fillers:
                    ev.add(role, f)

    def _bracketed(self, np: NounPhrase) -> bool:
        """Whether a phrase stands alone in brackets (`Peter X (Partei Y)`)."""
        return (
            np.start > 0
            and np.end < len(self.doc)
            and self.doc[np.start - 1].text == "("
            and self.doc[np.end].text == ")"
        )

    def _partners(self, event: LocalEvent, frame: Frame, after: list[NounPhrase]) -> set[int]:
        """The sides of an event (as `_sides` counts them) named in a `mit` phrase among `after`."""
        spans = [
            (self.doc[np.start].idx, self.doc[np.end - 1].idx + len(self.doc[np.end - 1].text))
            for np in after
            if np.prep == "mit"
        ]
        return {
            id(f.entity) if f.entity is not None else id(f)
            for r, k in frame.roles.items()
            if k == "actor"
            for f in event.roles.get(r, [])
            if any(a <= f.start < b for a, b in spans)
        }

    def _allowed_actors(
        self, event: LocalEvent, frame: Frame, subject_heads: tuple[str, ...], abroad: bool
    ) -> None:
        """Keep the trigger's actors that bear one of its `subject_heads` and, for an `abroad` one,
        come from another country than its place (`X sagte bei einer Pressekonferenz in Y`)."""
        heads = list(subject_heads)
        wheres = {
            self._country_of_place(f.entity)
            for r, k in frame.roles.items()
            if k == "place"
            for f in event.roles.get(r, [])
        }
        for role in [r for r, k in frame.roles.items() if k == "actor" and r in event.roles]:
            event.roles[role] = [
                f
                for f in event.roles[role]
                if (not heads or self._titled(f, heads))
                and (not abroad or self._from_elsewhere(f.entity, wheres))
            ]

    def _free_standing(self, np: NounPhrase, clause: Clause) -> bool:
        """Whether a phrase follows a verb, an adverb or a time phrase directly, so that it belongs to
        the clause, not as an attribute to a noun before it (`die Lage in Y`)."""
        start = np.start
        while start > 0 and self.doc[start - 1].tag_ in {"APPR", "APPRART"}:
            start -= 1  # the phrase's own preposition
        if start == 0:
            return False
        before = self.doc[start - 1]
        return (
            before.tag_ in VERBS
            or before.tag_ == "ADV"
            or any(p.end == start and self.is_time(p) for p in clause.phrases)
        )

    def _owned_unnamed(
        self, t: Token, tphrase: NounPhrase, clause: Clause, person: LocalEntity, unnamed: Filler | None
    ) -> bool:
        """Whether a possessive belongs to its clause's unnamed subject rather than to `person`: a
        subject phrase that is no title the person bears (`der Minister … bei seinem Besuch` is
        theirs), or `es` before it (`Es starb nach seiner Ankunft`)."""
        if unnamed is not None:
            return not self._title_of(person, unnamed)
        return t.lower_.startswith("sein") and any(
            self.doc[i].lower_ == "es" and self.doc[i].tag_ == "PPER"
            for i in clause.tokens
            if i < tphrase.start
        )

    def _pronoun_phrase(self, f: Filler) -> bool:
        """Whether a filler's text holds no noun or name (`er`, `seiner`, `es`)."""
        span = self._filler_span(f)
        return span is None or not any(tok.tag_ in {"NN", "NE", "FM"} for tok in span)

    def _title_of(self, person: LocalEntity, f: Filler) -> bool:
        """Whether an unnamed phrase is headed by a title the person bears (`der Minister` for the
        Außenminister X), so that it may stand for them."""
        span = self._filler_span(f)
        nouns = [t.lemma_.lower() for t in span or () if t.tag_ == "NN"]
        return bool(nouns) and any(in_noun_class(title, nouns[-1:]) for title in self._titles_of(person))

    def _titled(self, f: Filler, heads: list[str]) -> bool:
        """Whether a filler names a person bearing one of the titles `heads` in the article, or is a
        phrase headed by one (`der Minister`)."""
        if f.entity is not None and f.entity.type == "person":
            named = not self._pronoun_phrase(f)
            return any(in_noun_class(title, heads) for title in self._titles_of(f.entity, named))
        span = self._filler_span(f)
        return span is not None and any(t.tag_ == "NN" and in_noun_class(t.lemma_, heads) for t in span)

    def _not_at_home(self, event: LocalEvent, frame: Frame) -> None:
        """Drop the actors known to come from the country of the event's place (at home, no trip)."""
        wheres = {
            self._country_of_place(f.entity)
            for r, k in frame.roles.items()
            if k == "place"
            for f in event.roles.get(r, [])
        } - {None}
        for role in [r for r, k in frame.roles.items() if k == "actor" and r in event.roles]:
            event.roles[role] = [f for f in event.roles[role] if self._home_country(f.entity) not in wheres]

    def _from_elsewhere(self, ent: LocalEntity | None, wheres: set[str | None]) -> bool:
        """Whether a person comes from a known country other than each known country of `wheres`."""
        home = self._home_country(ent)
        return home is not None and bool(wheres) and None not in wheres and home not in wheres

    def _one_side(
        self, event: LocalEvent, frame: Frame, clause: Clause, tphrase: NounPhrase, occasions: frozenset[str]
    ) -> bool:
        """Whether a noun's event has one side only, told as what the main clause is about, and its
        clause names no one else who may be the other (`X reiste nach Prag. Das Treffen mit Y dauerte
        zwei Stunden`: X met Y; `es gab ein Treffen mit Y`; in a phrase of the `occasions`
        prepositions, `Bei dem Treffen mit Y ging es um …`). Not `Die Grünen fordern ein Treffen mit
        Y`, `beim EU-Gipfel` (its members), `nach einem Treffen der Organisatoren mit Y` (a side
        unnamed), nor in a subordinate or another prepositional phrase (`…, ob Verhandlungen mit Y der
        richtige Weg seien`, `dass an keine Begegnung mit Y gedacht sei`): whose is open there."""
        if len(_sides(event, frame)) >= 2 or any(f.members for fs in event.roles.values() for f in fs):
            return False
        phrases = clause.phrases
        idx = phrases.index(tphrase)
        # `man sei in guten Gesprächen mit Y`: being in talks (plural) tells the state of one side
        in_talks = tphrase.prep == "in" and self._plural_form(tphrase)
        if tphrase.prep not in occasions | {None} and not in_talks:
            return False
        if any(np.genitive_of == idx for np in phrases):
            return False
        if self._talks_valued(tphrase, clause):
            return False
        if clause.relative or self.doc[clause.start].tag_ in SUBORDINATORS:
            return False
        return not any(
            np is not tphrase
            and np.prep is None
            and np.genitive_of is None
            and (not np.cases or "Nom" in np.cases)
            and not self.is_time(np)
            # `man sei in Gesprächen mit Y`: the speaker's side, told below
            and self.doc[np.head].lower_ not in {"es", "man"}
            for np in phrases
        )

    def _talks_valued(self, tphrase: NounPhrase, clause: Clause) -> bool:
        """A bare noun (no article) in a clause of the copula with a predicate of value
        (nouns.yml `value_predicates`: `Gespräche mit Y seien wichtig`, `Dialog ist der richtige Weg`): talks
        in general, held by no one in particular."""
        if self.t.tags[tphrase.start] in DETERMINERS:
            return False
        lemmas = {self.t.lemma_lowers[i] for i in clause.tokens}
        return "sein" in lemmas and bool(lemmas & set(self.classes["value_predicates"]))

    def _agreed_meetings(self) -> None:
        """`Für nächste Woche wurde ein weiteres Gespräch vereinbart`: a noun naming no side that is the
        object of the verb of an event of its `parties_from` types in its clause that talks make (a
        frame with `talks`: an agreement to meet) is held by that event's sides, two or more named
        (here those of the talks just told: `X sprach mit Y`); read once every clause is read, as the
        verb follows its object."""
        frames = {f.type: f for f in self.frames}
        for event, types, role in self._object_of_events:
            if event not in self.events or _sides(event, frames[event.type]):
                continue
            for other in self.events:
                if (
                    other.type not in types
                    or not frames[other.type].talks  # agreed on, as talks agree (not a dinner given)
                    or other.clause != event.clause
                    or other.attributes.get("trigger_kind") == "noun"
                    or not other.complete
                ):
                    continue
                sides = [
                    f
                    for r, k in frames[other.type].roles.items()
                    if k == "actor"
                    for f in other.roles.get(r, [])
                    if f.entity is not None
                ]
                if len({id(f.entity) for f in sides}) >= 2:
                    for f in sides:
                        event.add(role, Filler(f.text, f.start, f.end, f.entity, inferred=True))
                    break

    def _parties_before(self, event: LocalEvent, nt: NounTrigger, role: str, tphrase: NounPhrase) -> None:
        """Fill a role of a noun that names no side, said with a definite article (`Das Treffen soll
        im Mai stattfinden`, `bei dem Gespräch`), with the people of the last event of its
        `parties_from` types in its sentence or the one before (`X lud Y nach Wien ein`): two or more."""
        first = self.doc[tphrase.start]
        contracted = tphrase.start > 0 and self.doc[tphrase.start - 1].tag_ == "APPRART"  # `beim Treffen`
        definite = first.lower_ in DEFINITE_ARTICLES or (tphrase.prep is not None and contracted)
        if not definite or tphrase.prep in nt.interview_preps:
            return  # `ein Treffen`: another one; `sagte X im Gespräch`: an interview
        starts = [s.start_char for s in self._sentences if s.start_char <= event.trigger.idx]
        since = starts[-2] if len(starts) >= 2 else 0
        frames = {f.type: f for f in self.frames}
        for before in reversed(self.events):
            if before is event or before.type not in nt.parties_from or before.trigger.idx < since:
                continue
            if before.trigger.idx > event.trigger.idx or not before.complete:
                continue
            people = {
                id(f.entity): f
                for r, k in frames[before.type].roles.items()
                if k == "actor"
                for f in before.roles.get(r, [])
                if f.entity is not None and f.entity.type == "person" and not f.inferred
            }
            if len(people) >= 2:
                for f in people.values():
                    event.add(role, Filler(f.text, f.start, f.end, f.entity, inferred=True))
                event.attributes["implicit_" + role] = True
                return

    def _talked_about(self, event: LocalEvent, role: str, tok: Token) -> None:
        """Fill an unsaid role with the person the last clauses were about (`Er trifft X. Auf dem
        Programm steht auch ein Besuch in Y`: his visit); in reported speech, its speaker, as for
        `wir` (`Die Gespräche mit Y laufen gut, sagte X`: X's talks)."""
        window = self._window_start(tok.idx)
        present = {id(f.entity) for f in event.roles.get(role, []) if f.entity is not None}
        quote = next((q for q in self.speakers if q.start <= tok.idx < q.end), None)
        voices = self.classes["voice_titles"]
        if (
            quote is not None
            and id(quote.speaker) not in present
            and not any(in_noun_class(t, voices) for t in self._titles_of(quote.speaker))
        ):
            m = min(quote.speaker.mentions, key=lambda m: abs(m.start - tok.idx))
            event.add(role, Filler(m.text, m.start, m.end, quote.speaker, inferred=True))
            event.attributes["implicit_" + role] = True
            return
        person = next(
            (p for p in self._subjects if p.last_mention_before(tok.idx) >= window and id(p) not in present),
            None,
        )
        before = person.mention_before(tok.idx) if person is not None else None
        if person is not None and before is not None:
            event.add(role, Filler(before.text, before.start, before.end, person, inferred=True))
            event.attributes["implicit_" + role] = True

    def _international_body(self, tok: Token) -> bool:
        """A compound whose first part names an organisation of states (`EU-Außenministerrat`, not
        a government's own `Ministerrat`)."""
        first = tok.text.split("-")[0]
        return "-" in tok.text and bool(ACRONYM.fullmatch(first) or self.ents.actors.is_name(first))

    def _interlocutor(self, np: NounPhrase, clause: Clause) -> bool:
        """Whether a phrase names a person or a state one may meet (not a paper or broadcaster one
        talks to for an interview, which no dictionary lists in full)."""
        return self._meetable(np, self.resolve(np, clause, set(), []))

    def _meetable(self, np: NounPhrase, fillers: list[Filler]) -> bool:
        """Whether a phrase names a person or a state one may meet, or a body one talks with as a side:
        a dictionary organisation of such a kind, or a phrase headed by such a body's noun (nouns.yml
        `interlocutor_bodies`: `mit dem Finanzministerium`), not a paper or broadcaster (an interview)."""
        if any(f.entity is not None and f.entity.type in {"person", "country"} for f in fillers):
            return True
        kinds = self.classes["interlocutor_kinds"]
        if any(f.entity is not None and self.ents.actors.kind(f.entity.kb_id) in kinds for f in fillers):
            return True
        # The head, or a common noun before a name (`mit der Gewerkschaft X`: a union named X).
        nouns = [self.doc[np.head]] + [t for t in self.doc[np.start : np.head] if t.tag_ == "NN"]
        return any(in_noun_class(t.lemma_, self.classes["interlocutor_bodies"]) for t in nouns)

    def _subject_event_actors(self, clause: Clause, trigger: Token) -> list[Filler]:
        """The actors of an earlier event whose trigger noun heads the clause's bare nominative."""
        for np in clause.phrases:
            if np.prep or np.genitive_of is not None or "Nom" not in np.cases or np.end > trigger.i:
                continue
            for ev in self.events:
                if ev.trigger.i == np.head:
                    return [
                        f
                        for fs in ev.roles.values()
                        for f in fs
                        if f.entity is not None and f.entity.type in {"person", "organisation"}
                    ]
            return []
        return []

    def _list_possessor(
        self, phrases: list[NounPhrase], tphrase: NounPhrase, prev_phrases: list[NounPhrase] | None
    ) -> NounPhrase | None:
        """The possessive member of a list `tphrase` belongs to: bare phrases each parted from the next
        by a comma or conjunction (prepositional attributes may stand between), no verb; a list cut
        by a comma continues the last phrase of the clause before (`…, wie sein Gefolge, ein
        Austausch mit X und eine Besichtigung … zeigt`). `zum Ende seiner Reise Drohnen als
        Geschenke` is no list."""
        if tphrase.prep is not None:
            return None
        before = phrases[: phrases.index(tphrase)]
        if prev_phrases:
            last, first = prev_phrases[-1], (before or [tphrase])[0]
            if all(t.is_punct or t.tag_ == "KON" for t in self.doc[last.end : first.start]):
                before = [last, *before]
        member = tphrase
        for np in reversed(before):
            between = self.doc[np.end : member.start]
            if any(t.tag_ in VERBS for t in between) or any(t.text in {".", ";", ":"} for t in between):
                return None
            if np.prep is not None:
                continue  # `mit X`: an attribute of the member before it
            if not any(t.text == "," or t.tag_ == "KON" for t in between):
                return None
            if np.possessive is not None:
                return np
            member = np
        return None

    def _compound(self, event: LocalEvent, nt: NounTrigger, tok: Token, frame: Frame) -> None:
        found = _trigger_word(nt, tok)
        if not found or tok.text.lower() == found[0].lower():
            return
        base, lemma = found
        # The part before the base, read off the lemma (`Gaslieferungen` → `Gas`, not `Gasli`).
        prefix = lemma[: len(lemma) - len(base)].rstrip("-")
        if not tok.text.startswith(prefix):
            return
        role = nt.slots["compound"]
        kind = frame.roles.get(role, "thing")
        actors = self.ents.actors
        if kind == "actor" and "-" in prefix and not actors.is_name(prefix):
            # `EU-Türkei-Abkommen`, `Berg-Soto-Treffen`: each part names one side.
            for filler in self._compound_sides(prefix, tok):
                event.add(role, filler)
            return
        if len(prefix) < 3 and not (kind == "actor" and ACRONYM.fullmatch(prefix)):
            return  # but `G8-Gipfel`, `EU-Treffen`
        is_place = actors.is_place(prefix) or actors.is_place(prefix.rstrip("s"))
        if kind == "actor":
            # `Opec-Treffen`, `G20-Gipfel`: only a known actor or an acronym is a participant.
            if is_place or not (actors.is_name(prefix) or ACRONYM.fullmatch(prefix)):
                return
        elif (kind == "place") != bool(is_place):
            return
        known = set(actors.ids(prefix))
        entity = next((e for e in self.ents.entities if e.kb_id and e.kb_id in known), None)
        # `G20-Gipfel`: the members meet as one body (named or not in the actor dictionary).
        body = kind == "actor"
        event.add(role, Filler(prefix, tok.idx, tok.idx + len(prefix), entity=entity, members=body))
        if body:
            event.min_actors = min(event.min_actors, 1)

    def _with_place_adjective(self, phrases: list[NounPhrase], tphrase: NounPhrase) -> NounPhrase:
        """`das … ausgehandelte Minsker Abkommen`: the chunker ends a phrase at a capitalised place
        adjective in -er it takes for a noun; the trigger's phrase then starts with the phrase before."""
        before = next((np for np in phrases if np.end == tphrase.start), None)
        # Two words at least: a list cut by commas leaves `ausgehandelte Minsker` alone before it.
        if before is None or tphrase.prep is not None or before.end - before.start < 2:
            return tphrase
        adjective, closing = self.doc[before.end - 1], self.doc[before.end - 2]
        if adjective.text[:1].isupper() and adjective.text.endswith("er") and closing.tag_ == "ADJA":
            return replace(tphrase, start=before.start)
        return tphrase

    def _attribute_phrases(
        self, tphrase: NounPhrase, tok: Token, participles: tuple[str, ...], phrases: list[NounPhrase]
    ) -> list[NounPhrase] | None:
        """`das im März zwischen X und Y ausgehandelte Abkommen`: the phrases of an extended attribute
        before the trigger, when its participle is one of `participles` (a passive clause about it);
        None where no such participle stands before it."""
        if not participles:
            return None
        attribute = [t for t in self.doc[tphrase.start : tok.i] if t.tag_ not in DETERMINERS]
        closing = next(
            (
                k
                for k in range(len(attribute) - 1, -1, -1)
                if attribute[k].tag_ == "ADJA" and attribute[k].text.lower().startswith(participles)
            ),
            None,
        )
        if closing is None:
            return None
        if closing == 0 and self.doc[tphrase.start].i == attribute[0].i:
            return self._split_attribute(tphrase, phrases)
        return noun_phrases(attribute[:closing]) if closing else []

    def _split_attribute(self, tphrase: NounPhrase, phrases: list[NounPhrase]) -> list[NounPhrase]:
        """`das im Mai zwischen A, B und C ausgehandelte Abkommen`: a list with commas cut the attribute
        into phrases of their own; those right before the participle, back to the article that opens
        the attribute (followed by no noun of its own), are its phrases."""
        links = {"$,", "KON", "APPR", "APPRART", "ADV", "ADJD", "CARD"}
        openers = {"ART", "PDAT", "PDS"}  # `das im Mai …`: the tagger may read the article as a pronoun
        chain: list[NounPhrase] = []
        end = tphrase.start
        for p in reversed([p for p in phrases if p.end <= tphrase.start]):
            if any(t.tag_ not in links for t in self.doc[p.end : end]):
                break
            if p.end - p.start == 1 and self.doc[p.start].tag_ in openers:
                break  # the article the chunker left as a phrase of its own (`das | im Mai …`)
            chain.insert(0, p)
            end = p.start
        k = end - 1
        while k >= 0 and self.doc[k].tag_ in links - {"$,", "KON"}:
            k -= 1
        opens = 0 <= k < end - 1 and self.doc[k].tag_ in openers
        return chain if chain and opens else []

    def _compound_sides(self, prefix: str, tok: Token) -> list[Filler]:
        """The sides a compound's hyphenated first part names (`EU-Türkei` of `EU-Türkei-Abkommen`):
        each part a known country, organisation or person, or none (`Sachsen-Anhalt`, `Bund-Länder`)."""
        sides: list[Filler] = []
        start = tok.idx
        if "-" not in prefix or self.ents.actors.is_name(prefix) or not tok.text.startswith(prefix):
            return []
        for part in prefix.split("-"):
            ids = [i for i in self.ents.actors.ids(part) if self.ents.actors.entity_type(i) != "location"]
            named = [e for e in self.ents.entities if e.kb_id and e.kb_id in ids]
            entity = named[0] if named else self.ents.known(ids[0]) if len(ids) == 1 else None
            if entity is None or entity.type == "location":
                return []
            sides.append(Filler(part, start, start + len(part), entity=entity))
            entity.add(start, start + len(part), part, "description")
            start += len(part) + 1
        return sides if len(sides) >= 2 else []

    def _adjective_sides(self, event: LocalEvent, role: str, tphrase: NounPhrase, tok: Token) -> None:
        """`das deutsch-französische Abkommen`: country adjectives joined by a hyphen before the trigger
        name its sides, each grounded in its own part (one adjective alone names no side)."""
        for adj in self.doc[tphrase.start : tok.i]:
            if adj.tag_ != "ADJA" or "-" not in adj.text:
                continue
            codes = self.ents.actors.demonym_countries(adj.text)
            parts = adj.text.split("-")
            if len(codes) < 2 or len(codes) != len(parts):
                continue
            start = adj.idx
            for code, part in zip(codes, parts, strict=True):
                entity = self.ents.country(code)
                if entity is not None:
                    event.add(role, Filler(part, start, start + len(part), entity=entity))
                    entity.add(start, start + len(part), part, "description")
                start += len(part) + 1

    def _exchange(self, event: LocalEvent) -> None:
        """An exchange between two parties is a gift in each direction."""
        parties = []
        for f in event.roles.get("participant", []):
            if f.entity is not None and f.entity not in parties:
                parties.append(f.entity)
        if not event.roles.get("item"):
            self.events.remove(event)  # an exchange of nothing named is talk, not gifts
            return
        if len(parties) != 2:
            return
        fillers = {id(f.entity): f for f in event.roles["participant"] if f.entity is not None}
        items = event.roles["item"]
        self.events.remove(event)
        for a, b in ((parties[0], parties[1]), (parties[1], parties[0])):
            ev = LocalEvent(
                event.type, event.plover, event.trigger, event.sentence, attributes={"exchange": True}
            )
            ev.roles = {"giver": [fillers[id(a)]], "recipient": [fillers[id(b)]], "item": list(items)}
            ev.place = event.place
            self.events.append(ev)

    def _answering_gifts(self) -> None:
        """`X seinerseits erhielt …`: X answers a gift, so the giver is whom X gave to before."""
        responsive = set(self.classes["responsive"])
        gifts = [e for e in self.events if e.type == "gift"]
        for i, ev in enumerate(gifts):
            if ev.roles.get("giver") or not ev.actors("recipient"):
                continue
            words = {t.text.lower() for t in ev.sentence}
            if not words & responsive:
                continue
            me = ev.actors("recipient")[0]
            for before in reversed(gifts[:i]):
                if me in before.actors("giver") and before.actors("recipient"):
                    other = before.roles["recipient"][0]
                    ev.add("giver", Filler(other.text, other.start, other.end, other.entity, inferred=True))
                    ev.attributes["answering"] = True
                    break

    @staticmethod
    def _merge(events: list[LocalEvent]) -> list[LocalEvent]:
        """One event per sentence and type when their actors agree (a verb and its noun: `traf sich
        … zu einem Treffen`)."""
        out: list[LocalEvent] = []
        for ev in events:
            twin = next(
                (
                    o
                    for o in out
                    if o.type == ev.type
                    and o.sentence.start == ev.sentence.start
                    and o.type in {"meeting", "visit", "agreement"}
                    and _compatible(o, ev)
                    # An event naming no one it can be told by (`eine Vereinbarung zwischen den
                    # Staaten …, die das Protokoll ablösen soll, das X nie unterzeichnet hatte`)
                    # is one with another only in its own clause.
                    and (o.clause == ev.clause or (_named(o) and _named(ev)))
                ),
                None,
            )
            if twin is None:
                out.append(ev)
                continue
            if (
                twin.attributes.get("trigger_kind") == "noun"
                and ev.attributes.get("trigger_kind") != "noun"
                and twin.clause == ev.clause
            ):
                # `Ein Abkommen wurde … vereinbart`: the verb of the noun's clause carries the
                # event's tense and mood (and is no cue of a plan made about another event).
                twin.trigger = ev.trigger
                if ev.sides_asked:
                    # and the number of sides, where its entry asks one (`Mit X sollen Gespräche
                    # geführt werden`: an agentless passive naming one side)
                    twin.min_actors = min(twin.min_actors, ev.sides_asked)
            for role, fillers in ev.roles.items():
                for f in fillers:
                    twin.add(role, f)
            twin.place = twin.place or ev.place
        return out


def _a_person(filler: Filler) -> bool:
    """Whether a filler is linked to a person (who fills no place role)."""
    return filler.entity is not None and filler.entity.type == "person"


def _unnamed_sides(fillers: list[Filler]) -> bool:
    """No filler, or only such as stand for sides named elsewhere (`man`, `beide Seiten`, `sie`)."""
    return all(f.entity is None and f.text.split()[-1].lower() in UNSAID_SIDES for f in fillers)


def _sides(event: LocalEvent, frame: Frame) -> set[int]:
    """The distinct fillers of an event's actor roles (an entity once, however often it is named)."""
    return {
        id(f.entity) if f.entity is not None else id(f)
        for r, k in frame.roles.items()
        if k == "actor"
        for f in event.roles.get(r, [])
    }


# The noun triggers a word meets, by frames and (lemma, form): each noun of each article would
# otherwise be compared with every trigger of every frame. Keeps the frames it indexes (by identity).
_NounHits = tuple[tuple[Frame, NounTrigger], ...]
# Per frames: the words met so far, and each trigger base (lower case) with the (frame, trigger)
# positions that hold it, so a new word is compared only with the triggers whose base it ends in.
_NOUN_INDEX: dict[
    int, tuple[tuple[Frame, ...], dict[tuple[str, str], _NounHits], dict[str, list[tuple[int, int]]]]
] = {}
_INDEXED_WORDS = 50_000  # words kept per frames


def _linked_sides(event: LocalEvent, frame: Frame) -> set[int]:
    """The entities linked in an event's actor roles."""
    return {
        id(f.entity)
        for r, k in frame.roles.items()
        if k == "actor"
        for f in event.roles.get(r, [])
        if f.entity is not None
    }


def _genitive_list(phrases: list[NounPhrase], idx: int) -> list[NounPhrase]:
    """The genitive attributes of phrase `idx` with the bare phrases coordinated after them (`die
    Verhandlungen der Parteien X und Y`: the chunker marks only the first member as the genitive)."""
    found: list[NounPhrase] = []
    for np in phrases:
        coordinated = (
            found
            and np.group >= 0
            and np.group == found[-1].group
            and np.prep is None
            and np.genitive_of is None
            and np.start > found[-1].start
        )
        if np.genitive_of == idx or coordinated:
            found.append(np)
    return found


def _in_attribute(ev: LocalEvent) -> bool:
    """Told by a participle attribute (`die von X eingeladenen Gäste`), not by its clause's verb."""
    return ev.attributes.get("trigger_kind") == "attribute"


def _participle_of(word: str) -> str:
    """The participle an attributive form inflects (`eingeladenen` → `eingeladen`)."""
    for ending in ADJECTIVE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _noun_triggers_of(frames: tuple[Frame, ...], tok: TokenLike) -> _NounHits:
    """The (frame, noun trigger) pairs whose trigger `tok` is, in the frames' order."""
    entry = _NOUN_INDEX.get(id(frames))
    if entry is None or entry[0] is not frames:
        if len(_NOUN_INDEX) >= 8:
            _NOUN_INDEX.clear()
        bases: dict[str, list[tuple[int, int]]] = {}
        for f, frame in enumerate(frames):
            for n, nt in enumerate(frame.nouns):
                for base in nt.lemmas:
                    bases.setdefault(base.lower(), []).append((f, n))
        entry = _NOUN_INDEX[id(frames)] = (frames, {}, bases)
    known, bases = entry[1], entry[2]
    key = (tok.lemma_, tok.text)
    found = known.get(key)
    if found is None:
        if len(known) >= _INDEXED_WORDS:
            known.clear()
        # A trigger matches a word that is its base or ends in it: only those are compared.
        near = {
            at for low in (w.lower() for w in key) for k in range(len(low)) for at in bases.get(low[k:], ())
        }
        found = known[key] = tuple(
            (frames[f], frames[f].nouns[n]) for f, n in sorted(near) if _trigger_word(frames[f].nouns[n], tok)
        )
    return found


def _trigger_word(nt: NounTrigger, tok: TokenLike) -> tuple[str, str] | None:
    """(trigger lemma, word it matched) for a noun: its lemma, else its form as written, since the
    lemmatiser mangles unknown compounds (`Geheimtreffen` → `Geheimtreffe`)."""
    for word in (tok.lemma_, tok.text):
        base = nt.matches(word) if word else None
        if base:
            return base, word
    return None


def _title_part(word: str) -> str:
    """The title a compound's first part is, without its linking ending (`Königs` → `König`,
    `Präsidenten` → `Präsident`), or '' where it is none."""
    for link in ("", "s", "en"):
        stem = word[: len(word) - len(link)] if link and word.lower().endswith(link) else word
        if (not link or stem != word) and stem.lower() in HONORIFICS:
            return stem
    return ""


def _compound_prefix(nt: NounTrigger, tok: Token) -> str:
    """The part of a compound trigger before its base (`EU-Türkei` of `EU-Türkei-Abkommen`), or ''."""
    found = _trigger_word(nt, tok)
    if not found or found[1].lower() == found[0].lower():
        return ""
    base, word = found
    return word[: len(word) - len(base)].rstrip("-")


def _named_like_a_person(ent: LocalEntity | None) -> bool:
    """A person, or a name the tagger typed otherwise that no dictionary entry fixes."""
    if ent is None:
        return False
    return ent.type == "person" or (ent.type in {"organisation", "other"} and not ent.kb_id)


def _as_person(ent: LocalEntity | None) -> LocalEntity | None:
    """A name apposed to a role noun (`X, der Chef der Behörde`) is a person's, whatever its label."""
    if ent is not None:
        ent.type = "person"
    return ent


def _compatible(a: LocalEvent, b: LocalEvent) -> bool:
    ea = {id(e) for fs in a.roles.values() for f in fs if (e := f.entity) is not None}
    eb = {id(e) for fs in b.roles.values() for f in fs if (e := f.entity) is not None}
    # `das X-Treffen als Vorbereitung für den Y-Gipfel`: two bodies' meetings are two events.
    ba, bb = _bodies(a), _bodies(b)
    return actors_agree(ea, eb) and not (ba and bb and ba != bb)


def _named(ev: LocalEvent) -> bool:
    """Whether an event has a role filled by an entity."""
    return any(f.entity is not None for fs in ev.roles.values() for f in fs)


def _bodies(ev: LocalEvent) -> set[str]:
    """Unlinked bodies named in a compound trigger (`K5` of `K5-Gipfel`)."""
    return {f.text for fs in ev.roles.values() for f in fs if f.members and f.entity is None}


def _copied_groups(
    groups: list[tuple[NounPhrase, str, list[Filler]]],
) -> list[tuple[NounPhrase, str, list[Filler]]]:
    """The groups with fillers of their own (a caller may change a filler: each reading made new ones)."""
    return [(np, kind, [replace(f) for f in fillers]) for np, kind, fillers in groups]


def read_events(
    doc: Doc, entities: DocEntities, frames: tuple[Frame, ...], speakers: Sequence[QuotedSpeaker] = ()
) -> list[LocalEvent]:
    """Every event of the lexicon's frames in one analysed article (`speakers`: who says the words
    of each quotation, whom its `ich` and `wir` mean)."""
    return Reader(doc, entities, frames, speakers).read()


def _of_kind(noun: str, head: str) -> bool:
    """A noun (lower case) is of the kind a head names: the head itself or a compound of at least three
    more letters ending in it (`autokonzern` for `konzern`, `ärztekammer` for `kammer`)."""
    return noun == head or (noun.endswith(head) and len(noun) - len(head) >= 3)
