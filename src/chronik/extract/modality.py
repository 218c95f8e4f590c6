"""Is an event asserted, planned, negated or uncertain? Read from cues around its trigger.

The sentence is cut into clauses at punctuation and at coordinations that join two full verbs.
Cues count in the trigger's own clause (`wird ... besuchen`, `kein Abkommen unterzeichnet`) and,
when that clause depends on another (`dass ...`, `ob ...`, `... zu besuchen`), in the governing
clause (`Er bestritt, dass ...`, `Sie plant, ... zu reisen`). A clause without a finite verb is
the rest of a clause that a parenthesis cut (`Er wird, wie berichtet, Moskau besuchen`), so it is
joined with its neighbour. Negated beats uncertain beats planned; questions are uncertain.

Works on a spaCy sentence; STTS tags (`token.tag_`) and lemmas make it sharper, but cues given as
surface forms in `data/cues/modality.yml` work on a blank pipeline too.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Span, Token

from chronik.core.errors import ConfigError
from chronik.core.models import Modality
from chronik.extract.cue_lexicon import load_cues
from chronik.nlp.token_table import token_table


@dataclass(frozen=True)
class ModalityReading:
    """The modality of one trigger and the cue that decided it (doc character offsets)."""

    modality: Modality
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


# One pattern: the set of accepted forms for each consecutive token.
_Pattern = tuple[frozenset[str], ...]

_BOUNDARY_TEXT = frozenset(',;:()[]–—„“”"»«‚‘’?!')
_BOUNDARY_TAGS = frozenset({"$,", "$(", "$."})
_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_INFINITIVE_TAGS = frozenset({"VVINF", "VAINF", "VMINF", "VVIZU"})
_PARTICIPLE_TAGS = frozenset({"VVPP", "VAPP", "VMPP"})
# Words between a preposition and its noun (`bei keinem ersten Treffen`, `beim gestrigen Gipfel`).
_OCCASION_MODIFIER_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "PIDAT", "PDAT", "CARD", "ADV", "ADJD"})
_COORDINATORS = frozenset({"und", "oder", "aber", "doch", "sondern", "jedoch"})
# Segments that open with these are insertions (`wie berichtet`, `so TASS`), not clause parts.
_PARENTHETICAL_OPENERS = frozenset({"wie", "so", "laut", "nach", "zufolge"})
_SUBORDINATORS = frozenset({"dass", "daß", "ob", "wonach", "falls", "sofern", "ohne", "damit", "um"})


@dataclass(frozen=True)
class _Cues:
    in_clause: tuple[_Pattern, ...]
    governing: tuple[_Pattern, ...]
    particle_verbs: tuple[_Pattern, ...]
    clause_openers: frozenset[str]


@dataclass(frozen=True)
class _Lexicon:
    negated: _Cues
    uncertain: _Cues
    planned: _Cues
    not_negating: tuple[_Pattern, ...]
    contrast: frozenset[str]
    denied_side_words: frozenset[str]
    constituent_tags: frozenset[str]
    reportative_modals: frozenset[str]
    obligation_modals: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    condition_openers: frozenset[str]
    aims: tuple[_Pattern, ...]
    future_auxiliaries: frozenset[str]
    intention_modals: frozenset[str]
    counterfactual_auxiliaries: frozenset[str]
    counterfactual_modals: frozenset[str]
    counterfactual_wishes: frozenset[str]
    planned_attributes: frozenset[str]
    past_attributes: frozenset[str]
    negotiation_words: frozenset[str]
    negotiation_nouns: tuple[str, ...]
    draft_words: frozenset[str]
    not_begun: tuple[_Pattern, ...]
    called_off: tuple[_Pattern, ...]
    called_off_particle_verbs: tuple[_Pattern, ...]
    irregular_present: frozenset[str]
    occasion_prepositions: frozenset[str]
    reference_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    made_by_participles: tuple[str, ...]
    pending: tuple[_Pattern, ...]
    advocating: tuple[_Pattern, ...]
    advocating_particle_verbs: tuple[_Pattern, ...]
    adopted: frozenset[str]


def _pattern(entry: str) -> _Pattern:
    return tuple(frozenset(alt.lower() for alt in word.split("|")) for word in entry.split())


def _patterns(section: dict[str, Any], key: str) -> tuple[_Pattern, ...]:
    entries = section.get(key) or []
    if not isinstance(entries, list):
        raise ConfigError(f"modality.yml: '{key}' must be a list")
    return tuple(_pattern(str(e)) for e in entries)


def _forms(section: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(form for p in _patterns(section, key) for alts in p for form in alts)


@cache
def _lexicon(event_type: str | None = None) -> _Lexicon:
    """The cues; for an event type, without the negation cues `not_for_types` lists for it."""
    data = load_cues("modality")
    exempt = (data["negated"].get("not_for_types") or {}).get(event_type) or []
    if not isinstance(exempt, list):
        raise ConfigError(f"modality.yml: 'not_for_types: {event_type}' must be a list")
    kept = frozenset(form for entry in exempt for alts in _pattern(str(entry)) for form in alts)

    def cues(name: str) -> _Cues:
        section = data.get(name) or {}

        def patterns(key: str) -> tuple[_Pattern, ...]:
            found = _patterns(section, key)
            if name != "negated" or not kept:
                return found
            return tuple(p for p in found if not (p and p[0] <= kept))

        return _Cues(
            patterns("in_clause"),
            patterns("governing"),
            patterns("particle_verbs"),
            _forms(section, "clause_openers"),
        )

    negated, uncertain, planned = data["negated"], data["uncertain"], data["planned"]
    return _Lexicon(
        negated=cues("negated"),
        uncertain=cues("uncertain"),
        planned=cues("planned"),
        not_negating=_patterns(negated, "not_negating"),
        contrast=_forms(negated, "contrast"),
        denied_side_words=_forms(negated, "denied_side_words"),
        constituent_tags=frozenset(str(t) for t in negated.get("constituent_tags") or []),
        reportative_modals=_forms(uncertain, "reportative_modals"),
        obligation_modals=frozenset()
        if event_type in (uncertain.get("obligation_not_for_types") or [])
        else _forms(uncertain, "obligation_modals"),
        perfect_auxiliaries=_forms(uncertain, "perfect_auxiliaries"),
        condition_openers=_forms(uncertain, "condition_openers"),
        aims=_patterns(planned, "aims"),
        future_auxiliaries=_forms(planned, "future_auxiliaries"),
        intention_modals=_forms(planned, "intention_modals"),
        counterfactual_auxiliaries=_forms(negated, "counterfactual_auxiliaries"),
        counterfactual_modals=_forms(negated, "counterfactual_modals"),
        counterfactual_wishes=_forms(negated, "counterfactual_wishes"),
        planned_attributes=_forms(planned, "trigger_attributes"),
        past_attributes=_forms(planned, "past_trigger_attributes"),
        negotiation_words=_forms(planned, "negotiated_after"),
        negotiation_nouns=tuple(sorted(_forms(planned, "negotiation_nouns"))),
        draft_words=_forms(planned, "drafted"),
        not_begun=_patterns(planned, "not_begun"),
        called_off=_patterns(negated, "called_off"),
        called_off_particle_verbs=_patterns(negated, "called_off_particle_verbs"),
        irregular_present=_forms(data.get("tense") or {}, "irregular_present"),
        occasion_prepositions=_forms(negated, "occasion_prepositions")
        | _forms(negated, "reference_prepositions"),
        reference_prepositions=_forms(negated, "reference_prepositions"),
        occasion_nouns=_forms(negated, "occasion_nouns"),
        pending=_patterns(planned, "pending"),
        advocating=_patterns(planned.get("advocated") or {}, "words"),
        advocating_particle_verbs=_patterns(planned.get("advocated") or {}, "particle_verbs"),
        adopted=_forms(planned, "adopted")
        if event_type in (planned.get("adopted_types") or [])
        else frozenset(),
        made_by_participles=tuple(
            str(w).lower() for w in ((negated.get("made_by_participles") or {}).get(event_type) or [])
        ),
    )


# --- clauses --------------------------------------------------------------------------------------


def _forms_of(token: Token) -> frozenset[str]:
    return token_table(token.doc).forms(token.i)


def _is_boundary(token: Token) -> bool:
    return token.tag_ in _BOUNDARY_TAGS or token.text in _BOUNDARY_TEXT


def _is_verb(token: Token) -> bool:
    return token.tag_.startswith("VV")


def _segments(sentence: Span) -> list[list[Token]]:
    """Stretches between punctuation, split again where `und`/`aber` join two full verbs."""
    pieces: list[list[Token]] = [[]]
    for token in sentence:
        if _is_boundary(token):
            if pieces[-1]:
                pieces.append([])
        else:
            pieces[-1].append(token)
    result: list[list[Token]] = []
    for piece in filter(None, pieces):
        current: list[Token] = []
        for i, token in enumerate(piece):
            rest = piece[i + 1 :]
            if (
                token.lower_ in _COORDINATORS
                and any(_is_verb(t) for t in current)
                and any(_is_verb(t) for t in rest)
            ):
                result.append(current)
                current = []
            current.append(token)
        result.append(current)
    return [s for s in result if s]


def _has_finite(segment: Sequence[Token]) -> bool:
    return any(t.tag_ in _FINITE_TAGS for t in segment)


def _is_parenthetical(segment: Sequence[Token]) -> bool:
    # `…, so der Minister, …` is an insertion; a sentence opening `So fassten sie …` is not.
    first = segment[0]
    opener = first.lower_ in _PARENTHETICAL_OPENERS and not (first.lower_ == "so" and first.is_sent_start)
    return opener or segment[-1].lower_ == "zufolge"


def _is_dependent(segment: Sequence[Token], trigger: Token) -> bool:
    first = segment[0]
    if first.lower_ in _SUBORDINATORS or first.tag_ == "KOUS":
        return True
    # `…, Gespräche mit X zu führen`: a zu-infinitive clause, whichever of its words is the trigger.
    if trigger.tag_ == "VVIZU" or any(
        t.tag_ in {"PTKZU", "VVIZU"} and not _has_finite(segment) for t in segment
    ):
        return True
    before = trigger.nbor(-1) if trigger.i > trigger.doc[0].i else None
    return before is not None and before.lower_ == "zu" and before in segment


def _clause(segments: list[list[Token]], index: int, trigger: Token) -> list[Token]:
    clause = list(segments[index])
    if _has_finite(clause) or _is_dependent(clause, trigger):
        return clause
    # A cut-off rest (`... , Moskau besuchen`): join the nearest earlier clause part, skipping
    # insertions; a noun phrase alone (`Das Treffen, das ...`) takes the clause after it.
    # Verbless insertions (`mit X, dem Chef der Behörde, zusammentreffen`) are skipped too.
    for j in range(index - 1, -1, -1):
        if not _is_parenthetical(segments[j]) and _has_finite(segments[j]):
            return segments[j] + clause
    for j in range(index - 1, -1, -1):
        if not _is_parenthetical(segments[j]):
            return segments[j] + clause
    if index + 1 < len(segments):
        return clause + segments[index + 1]
    return clause


def _list_rest(segments: list[list[Token]], index: int, trigger: Token) -> list[Token]:
    """`werden die Minister X, Y und Z teilnehmen`: the parts of a list cut by commas (or brackets) after the
    trigger's clause, up to its infinitive (no part with a verb of its own or opening a clause, and
    none after a quote or a dash: `werde es um „die Lage“ gehen` tells what talks are about)."""
    rest: list[Token] = []
    for segment in segments[index + 1 :]:
        first = segment[0]
        before = first.nbor(-1).text if first.i > 0 else ""
        if before == "(":
            continue  # a bracket in the list (`X (Partei), Y (Verband) … teilnehmen`) says who they are
        if before not in {",", ")"}:
            break
        if _has_finite(segment) or _is_dependent(segment, trigger) or _is_parenthetical(segment):
            break
        rest += segment
    return rest


def _condition(segments: list[list[Token]], index: int, lexicon: _Lexicon) -> list[Token] | None:
    """`Tut er das nicht, müssen sich X und Y einigen`, `Wenn X zahlt, einigen sich …`: a clause opening
    the sentence with its finite verb or a conditional word, right before the trigger's clause
    opening with its own finite verb, tells a condition the event hangs on."""
    if index != 1 or segments[index][0].tag_ not in _FINITE_TAGS:
        return None
    first = segments[0][0]
    if first.i != first.sent.start:
        return None
    opens = first.tag_ in _FINITE_TAGS or first.lower_ in lexicon.condition_openers
    return [first] if opens and _has_finite(segments[0]) else None


def _list_opener(segments: list[list[Token]], index: int) -> Token | None:
    """The first word of the verbless parts of a list right before the trigger's part (`Wenn zwischen X`,
    `der Behörde Y`, … `und Z keine Einigung erzielt ist`), where there are any."""
    j = index
    while (
        j > 0
        and not any(t.tag_.startswith("V") for t in segments[j - 1])
        and not _is_parenthetical(segments[j - 1])
    ):
        j -= 1
    return segments[j][0] if j < index else None


def _aimed(segment: Sequence[Token], trigger: Token) -> bool:
    """Whether a clause can tell what an aim is: a zu-infinitive or a `dass` clause (not `nachdem …`)."""
    return (
        segment[0].lower_ in {"dass", "daß"}
        or trigger.tag_ == "VVIZU"
        or any(t.tag_ in {"PTKZU", "VVIZU"} for t in segment)
    )


def _governing(segments: list[list[Token]], index: int) -> list[Token]:
    for j in list(range(index - 1, -1, -1)) + list(range(index + 1, len(segments))):
        if _has_finite(segments[j]) and not _is_parenthetical(segments[j]):
            return segments[j]
    return []


# --- cue matching ---------------------------------------------------------------------------------


def _match_at(forms: Sequence[frozenset[str]], i: int, pattern: _Pattern) -> bool:
    """Whether `pattern` matches the tokens from i on, given each token's forms (`_forms_of`)."""
    if i + len(pattern) > len(forms):
        return False
    return all(forms[i + k] & alts for k, alts in enumerate(pattern))


@cache
def _first_words(patterns: tuple[_Pattern, ...]) -> frozenset[str] | None:
    """Every form a pattern may begin with: a token with none of them begins no match (None when
    an empty pattern matches anywhere)."""
    if not all(patterns):
        return None
    return frozenset(form for pattern in patterns for form in pattern[0])


def _find(
    tokens: Sequence[Token], patterns: tuple[_Pattern, ...], skip: Token, verbal: bool = False
) -> list[Token] | None:
    """The first match of `patterns` in `tokens` that does not hold `skip`; `verbal`: not a participle
    that is the attribute of another noun than `skip` (`länger als die angesetzten zwei Stunden`, `über
    die beschlossenen Maßnahmen`: a verb of planning tells that noun's, not the event's)."""
    if not tokens or not patterns:
        return None
    forms = [_forms_of(t) for t in tokens]  # once per token, not once per token and pattern
    openers = _first_words(patterns)
    for i, first in enumerate(forms):
        if openers is not None and not first & openers:
            continue
        for pattern in patterns:
            if not pattern or not first & pattern[0] or i + len(pattern) > len(tokens):
                continue
            if all(forms[i + k] & alts for k, alts in enumerate(pattern)):
                span = list(tokens[i : i + len(pattern)])
                # `stellte … bereit`: a separable verb's particle is no word of readiness
                if skip not in span and not (len(span) == 1 and span[0].tag_ == "PTKVZ"):
                    if verbal and len(span) == 1 and _of_other_noun(tokens, i, skip):
                        continue
                    return span
    return None


def _find_particle_verb(
    tokens: Sequence[Token], patterns: Sequence[_Pattern], skip: Token
) -> list[Token] | None:
    """`wies ... zurück`: the verb anywhere in the clause, its particle closing the clause."""
    if not tokens:
        return None
    last = tokens[-1]
    for verbs, particles in (p for p in patterns if len(p) == 2):
        if last.lower_ not in particles or (last.tag_ and last.tag_ != "PTKVZ"):
            continue
        for token in tokens[:-1]:
            if _forms_of(token) & verbs and token.i != skip.i:
                return [token, last]
    return None


def _is_negation(tokens: Sequence[Token], forms: Sequence[frozenset[str]], i: int, lexicon: _Lexicon) -> bool:
    if any(_match_at(forms, i, p) for p in lexicon.not_negating):
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (following is not None and following.tag_ in lexicon.constituent_tags)


def _of_other_noun(clause: Sequence[Token], i: int, trigger: Token) -> bool:
    """Whether a cue word at clause[i] belongs to a noun that is not the trigger: an attributive
    adjective negates its own noun, not the clause's event (`Nach dem abgesagten Konzert reiste X ab`;
    but `der abgesagte Besuch`), and so does a negating determiner where the event is a noun (`Das
    Treffen brachte keine Einigung`; but `Es gab kein Treffen`, and a verb trigger is negated by its
    object's `kein`: `traf keinen Vertreter`); so does `nicht` before an attributive adjective where
    the event is a noun (`die nicht fertigen Ergebnisse des Gipfels`)."""
    tag = clause[i].tag_
    if tag in {"PTKNEG", "ADV"} and (trigger.tag_ in {"NN", "NE"} or _after_determiner(clause, i)):
        # `die noch nicht fertigen Ergebnisse des Gipfels`: a negation before an attributive adjective
        # negates that adjective's noun (`ein nicht unterzeichnetes Abkommen`: the trigger itself);
        # a verb's object is denied with it only outside a noun phrase (`empfing nicht ausländische Gäste`).
        rest = itertools.dropwhile(lambda t: t.tag_ in {"ADV", "ADJD"}, clause[i + 1 :])
        attribute = next(rest, None)
        if attribute is None or attribute.tag_ != "ADJA":
            return False
    elif tag != "ADJA" and not (tag in {"PIAT", "PIDAT"} and trigger.tag_ in {"NN", "NE"}):
        return False
    noun = next((t for t in clause[i + 1 :] if t.tag_ in {"NN", "NE"}), None)
    return noun is not None and noun.i != trigger.i


def _after_determiner(clause: Sequence[Token], i: int) -> bool:
    """Whether the word at clause[i] stands inside a noun phrase, after its determiner (`ein nie
    ratifiziertes Abkommen`, `die noch nicht fertigen Ergebnisse`)."""
    k = i - 1
    while k >= 0 and clause[k].tag_ == "ADV":
        k -= 1
    return k >= 0 and clause[k].tag_ in {"ART", "PDAT", "PPOSAT", "PIAT", "APPRART"}


# Words that may stand before a side's noun after `nicht` (a preposition, a determiner), and that
# may open that side's phrase (also the noun or a pronoun itself).
# `dessen`, `deren` before a noun are often tagged PDS.
_BEFORE_NOUN = frozenset({"APPR", "APPRART", "ART", "PPOSAT", "PDAT", "PDS", "PIAT", "ADJA", "CARD"})
_PHRASE_OPENERS = _BEFORE_NOUN | {"NN", "NE", "PPER"}


def _denies_a_side(nicht: Token, words: frozenset[str]) -> bool:
    """Whether `nicht` (with `aber`, `allerdings` … beside it) after a comma or `und` opens a noun
    phrase: `traf X, nicht aber Y`, `Gespräche …, allerdings nicht mit Y`: a side is denied, not the event."""
    doc = nicht.doc
    i = nicht.i - 1
    if i >= 0 and doc[i].lower_ in words:
        i -= 1
    j = nicht.i + 1
    if j < len(doc) and doc[j].lower_ in words:
        j += 1
    return i >= 0 and doc[i].text in {",", "und"} and j < len(doc) and doc[j].tag_ in _PHRASE_OPENERS


def side_denied(first: Token) -> bool:
    """Whether the phrase whose first word is `first` names a side denied (`…, nicht aber dessen Z`,
    `…, allerdings nicht mit der Y`): that side does not take part, whatever the event's modality."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and doc[i].tag_ in _BEFORE_NOUN:
        i -= 1
    words = _lexicon().denied_side_words
    if i >= 0 and doc[i].lower_ in words:
        i -= 1
    return i >= 0 and doc[i].lower_ == "nicht" and _denies_a_side(doc[i], words)


def _negation_cue(
    clause: list[Token], sentence: Span, trigger: Token, lexicon: _Lexicon
) -> list[Token] | None:
    occasion = _occasion_start(trigger, lexicon)
    attribute = _participle_attribute_start(trigger, lexicon.made_by_participles)
    forms = [_forms_of(t) for t in clause]
    openers = _first_words(lexicon.negated.in_clause)
    for i in range(len(clause)):
        if occasion is not None and not occasion <= clause[i].i < trigger.i:
            continue  # `Bei dem Treffen gab es keine Einigung`: the occasion took place
        if attribute is not None and not attribute <= clause[i].i < trigger.i:
            continue  # `Das zwischen X und Y ausgehandelte Abkommen ist nicht umgesetzt`: it was made
        if openers is not None and not forms[i] & openers:
            continue
        for pattern in lexicon.negated.in_clause:
            if (
                _match_at(forms, i, pattern)
                and clause[i].i != trigger.i
                # `nicht offiziell` negates a word, but `nicht einig` the trigger itself.
                and (
                    _is_negation(clause, forms, i, lexicon)
                    or clause[min(i + 1, len(clause) - 1)].i == trigger.i
                )
                and not _of_other_noun(clause, i, trigger)
                and not (clause[i].i > trigger.i and _denies_a_side(clause[i], lexicon.denied_side_words))
            ):
                # `nicht nach Moskau, sondern nach Kiew`: the contrast keeps the event.
                after = [t for t in sentence if t.i > clause[i].i]
                if any(t.lower_ in lexicon.contrast for t in after):
                    continue
                return list(clause[i : i + len(pattern)])
    return None


def _participle_attribute_start(trigger: Token, participles: tuple[str, ...]) -> int | None:
    """The index of the article opening an extended attribute closed by one of `participles` right
    before an event noun (`das im Mai zwischen X und Y ausgehandelte Abkommen`): the attribute tells
    the event was made; None where the noun has no such attribute."""
    if trigger.tag_ != "NN" or not participles:
        return None
    doc = trigger.doc

    def made(t: Token) -> bool:
        return t.tag_ == "ADJA" and t.lower_.startswith(participles)

    i = trigger.i - 1
    while i >= 0 and doc[i].tag_ == "ADJA" and not made(doc[i]):
        i -= 1  # a place adjective between (`ausgehandelte Osloer Abkommen`)
    if i < 0 or not made(doc[i]):
        return None
    openers = {"ART", "PDAT", "PDS"}
    k = i - 1
    while k >= trigger.sent.start and not _is_verb(doc[k]) and doc[k].tag_ not in openers:
        k -= 1
    if k < trigger.sent.start or k == i - 1 or doc[k].tag_ not in openers:
        return None
    return k


def _noun_subject(trigger: Token, clause: Sequence[Token]) -> bool:
    """Whether an event noun opens its clause before the finite verb, in no prepositional phrase and
    not as a masculine accusative (`Das Abkommen mit X sieht vor`, not `Den Besuch sieht X für Mai vor`)."""
    if trigger.tag_ != "NN" or not clause:
        return False
    finite = next((t for t in clause if t.tag_ in _FINITE_TAGS), None)
    if finite is None or finite.i < trigger.i:
        return False
    before = [t for t in clause if t.i < trigger.i]
    return not any(t.tag_ in {"APPR", "APPRART"} or t.lower_ in {"den", "einen"} for t in before)


def _occasion_start(trigger: Token, lexicon: _Lexicon) -> int | None:
    """The index of the preposition opening the phrase of an event noun that is its clause's occasion
    (`bei dem Treffen`, `beim Gipfel`), else None."""
    if trigger.tag_ != "NN":
        return None
    i = trigger.i - 1
    while (
        i >= 0
        and trigger.doc[i].tag_ in _OCCASION_MODIFIER_TAGS
        and trigger.doc[i].lower_ not in lexicon.reference_prepositions
    ):
        i -= 1
    if i < 0:
        return None
    # `im Vorfeld des Besuchs`, `am Rande des Gipfels`: the genitive of a noun of the time around it
    around = i >= 1 and trigger.doc[i].tag_ == "NN" and trigger.doc[i].lower_ in lexicon.occasion_nouns
    prep = trigger.doc[i - 1] if around else trigger.doc[i]
    # `Entsprechend dem Vertrag` is often tagged as an adverbial adjective.
    if prep.tag_ not in {"APPR", "APPRART"} and prep.lower_ not in lexicon.reference_prepositions:
        return None
    return prep.i if around or prep.lower_ in lexicon.occasion_prepositions else None


def _has_infinitive(clause: Sequence[Token], besides: Token) -> bool:
    tagged = any(t.tag_ for t in clause)
    for token in clause:
        if token.i == besides.i:
            continue
        if token.tag_ in _INFINITIVE_TAGS:
            return True
        # A "participle" spelled like its infinitive (`werde … verhängen` tagged VVPP) is one.
        if token.tag_ == "VVPP" and token.text.lower() == token.lemma_.lower() and token.text.endswith("en"):
            return True
        # Untagged text: a lower-case word in -en closing the clause is read as an infinitive.
        if not tagged and token.i == clause[-1].i and token.text.islower() and token.text.endswith("en"):
            return True
    return False


def _has_perfect_infinitive(clause: Sequence[Token], lexicon: _Lexicon) -> bool:
    """`... geliefert haben`, `... gewesen sein`: a participle right before haben/sein."""
    return any(
        token.lower_ in lexicon.perfect_auxiliaries
        and token.tag_ in {"", "VAINF"}
        and (prev.tag_ in _PARTICIPLE_TAGS or prev.lower_ == "worden" or not prev.tag_)
        for prev, token in pairwise(clause)
    )


def _modal_cue(clause: list[Token], trigger: Token, lexicon: _Lexicon) -> tuple[Modality, Token] | None:
    for token in clause:
        if token.i == trigger.i:
            continue
        forms = _forms_of(token)
        if token.tag_ and token.tag_ not in _FINITE_TAGS:
            continue
        if forms & lexicon.reportative_modals and _has_perfect_infinitive(clause, lexicon):
            return "uncertain", token
        # `muss … einigen`: required, not told as done (by form: `musste … einigen` was done); an
        # event noun that is the clause's occasion is not what is required (`Beim Gipfel muss X …`).
        if (
            token.lower_ in lexicon.obligation_modals
            and _has_infinitive(clause, token)
            and _occasion_start(trigger, lexicon) is None
        ):
            return "uncertain", token
        # `hätte … fliegen wollen`, `hätte … gerne eingeladen`: what one would have wanted to do did
        # not happen.
        if token.lower_ in lexicon.counterfactual_auxiliaries and any(
            (t.lower_ in lexicon.counterfactual_modals or t.lower_ in lexicon.counterfactual_wishes)
            and t.i != token.i
            for t in clause
        ):
            return "negated", token
        # A future auxiliary by its form, not its lemma: `wurde … empfangen` is a past passive.
        future = token.lower_ in lexicon.future_auxiliaries
        if (future or forms & lexicon.intention_modals) and _has_infinitive(clause, token):
            return "planned", token
    return None


def _negotiated(head: Token, sentence: Span, lexicon: _Lexicon) -> list[Token] | None:
    """The words `Verhandlungen über` (`verhandeln um`, …) right before the trigger noun's phrase."""
    k = head.i - 1
    while k > sentence.start and head.doc[k].tag_ in {"ADJA", "ART", "PPOSAT", "CARD", "PIAT"}:
        k -= 1
    prep = head.doc[k]
    if k <= sentence.start or prep.lower_ not in {"über", "um", "zu", "zum"}:
        return None
    # `verhandeln seit Mai über …`: a few words may stand between, no clause boundary.
    for word in reversed(head.doc[max(sentence.start, k - 4) : k]):
        if _is_boundary(word):
            return None
        # `Detailverhandlungen über`, `Friedensgespräche über`: a compound ending in such a noun.
        if _forms_of(word) & lexicon.negotiation_words or (
            word.tag_ == "NN" and word.lower_.endswith(lexicon.negotiation_nouns)
        ):
            return [word, prep]
    return None


def _drafted(head: Token, sentence: Span, lexicon: _Lexicon) -> list[Token] | None:
    """A draft's word right before the trigger noun's phrase, as its head (`der Entwurf einer
    Erklärung`) or with `für`/`zu` (`ein Entwurf für die Abschlusserklärung`): the text is not agreed yet."""
    k = head.i - 1
    while k > sentence.start and head.doc[k].tag_ in {"ADJA", "ART", "PPOSAT", "CARD", "PIAT"}:
        k -= 1
    words = [head.doc[k]]
    if head.doc[k].lower_ in {"für", "zu", "zur", "zum"} and k - 1 >= sentence.start:
        words = [head.doc[k - 1], head.doc[k]]
    return words if _forms_of(words[0]) & lexicon.draft_words else None


def _not_begun(head: Token, sentence: Span, lexicon: _Lexicon) -> list[Token] | None:
    """`vor (dem) Beginn` right before the trigger noun's phrase (`vor Beginn der Gespräche`, `vor dem
    Auftakt von Verhandlungen`): the event is still ahead."""
    skipped = {"ADJA", "ART", "PPOSAT", "CARD", "PIAT"}
    k = head.i - 1
    while k > sentence.start and head.doc[k].tag_ in skipped:
        k -= 1
    if k > sentence.start and head.doc[k].lower_ == "von":
        k -= 1
    start = head.doc[k]
    while k > sentence.start and head.doc[k - 1].tag_ in skipped:
        k -= 1
    if k <= sentence.start:
        return None
    prep = head.doc[k - 1]
    for pattern in lexicon.not_begun:
        if _forms_of(prep) & pattern[0] and _forms_of(start) & pattern[-1]:
            return [prep, start]
    return None


def _advocated(head: Token, clause: Sequence[Token], lexicon: _Lexicon) -> list[Token] | None:
    """`für` right before the event noun's phrase in a clause of speaking up for it (`sprach sich für
    eine Einigung mit X aus`, `plädierte für ein Treffen mit X`): wished for, not made yet."""
    k = head.i - 1
    while k > clause[0].i and head.doc[k].tag_ in {"ADJA", "ART", "PPOSAT", "CARD", "PIAT", "ADV"}:
        k -= 1
    if head.doc[k].lower_ != "für" or k <= clause[0].i:
        return None
    cue = _find(clause, lexicon.advocating, head) or _find_particle_verb(
        clause, lexicon.advocating_particle_verbs, head
    )
    return cue if cue and cue[0].i < k else None


def _called_off(
    segments: list[list[Token]], index: int, head: Token, lexicon: _Lexicon
) -> list[Token] | None:
    """A cue of calling off in the clause joined right after the trigger's, sharing its subject
    (`wurde in Y erwartet, sagte aber ab`, `war geplant, wurde aber abgesagt`)."""
    if index + 1 >= len(segments):
        return None
    after = segments[index + 1]
    if not (after[0].lower_ in _COORDINATORS or after[0].tag_ in _FINITE_TAGS):
        return None
    return _find(after, lexicon.called_off, head) or _find_particle_verb(
        after, lexicon.called_off_particle_verbs, head
    )


# Interrogative pronouns and adverbs (`Wer`, `Worauf`, `Wann`, `Welche`): a question they open asks
# about an event it takes as given, unlike one opened by its finite verb (`Trifft X Y?`).
_INTERROGATIVE_TAGS = frozenset({"PWS", "PWAV", "PWAT"})


def _asks_about(sentence: Span) -> bool:
    """Whether a question opens with an interrogative word (`Worauf haben sich X und Y geeinigt?`)."""
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None:
        return False
    # `Worauf`, `Worüber`, `Womit` are often tagged as pronominal adverbs (like `darauf`).
    return first.tag_ in _INTERROGATIVE_TAGS or (first.tag_ == "PROAV" and first.lower_.startswith("wo"))


def _passive(clause: Sequence[Token]) -> bool:
    """Whether a clause is a passive with `werden` (`Ein Treffen wurde angekündigt`)."""
    return any(t.lemma_ == "werden" and t.tag_.startswith("VA") for t in clause) and any(
        t.tag_ in _PARTICIPLE_TAGS for t in clause
    )


def _plans_no_trigger(
    cue: Sequence[Token], head: Token, clause: Sequence[Token], lexicon: _Lexicon, event_type: str | None
) -> bool:
    """Whether a verb of planning in the event noun's own clause plans something else: the noun is its
    active subject, the one that plans or provides (`Das Abkommen sieht vor, dass …`, `Der Gipfel hat
    beschlossen, dass …`), or an agreement it adopts (`Das Kabinett beschloss einen Vertrag mit X`);
    not a plan told of the noun (`Ein Treffen wurde angekündigt`, `kündigte einen Besuch an`)."""
    if head.tag_ != "NN" or _find(list(cue), lexicon.planned.in_clause, head):
        return False
    cases = head.morph.get("Case", [])
    if cases == ["Nom"] or _noun_subject(head, clause):
        # `Das Treffen ist für Mai angesetzt`, `Ein Gespräch wurde anberaumt`: the cue a participle (or
        # one tagged as an adverb) with `sein` or `werden` tells the plan of the noun too
        told_of_noun = cue[-1].tag_ in _PARTICIPLE_TAGS | {"ADJD"} and any(
            t.lemma_ in ("sein", "werden") and t.tag_.startswith("VA") for t in clause
        )
        return not _passive(clause) and not told_of_noun
    return cases == ["Acc"] and bool(_forms_of(cue[0]) & lexicon.adopted) and not _passive(clause)


def _reading(modality: Modality, cue: Sequence[Token]) -> ModalityReading:
    start, end = cue[0].idx, cue[-1].idx + len(cue[-1].text)
    # The span's own text: Doc.text would rebuild the whole article on every call.
    return ModalityReading(modality, cue[0].doc[cue[0].i : cue[-1].i + 1].text, start, end)


def _trigger_token(trigger: Token | Span) -> Token:
    if isinstance(trigger, Token):
        return trigger
    verbs = [t for t in trigger if t.tag_.startswith("V")]
    return verbs[0] if verbs else trigger[0]


def _trigger_clause(
    sentence: Span, trigger: Token | Span
) -> tuple[Token, list[list[Token]], int, list[Token]] | None:
    """The trigger's head token, the sentence's segments, the index of the trigger's segment and its
    clause (None where the trigger lies in no segment)."""
    head = _trigger_token(trigger)
    segments = _segments(sentence)
    index = next((k for k, seg in enumerate(segments) if head in seg), None)
    if index is None:
        return None
    return head, segments, index, _clause(segments, index, head)


def modality_reading(
    sentence: Span, trigger: Token | Span, event_type: str | None = None, planned: bool = False
) -> ModalityReading:
    """The modality of the event (of `event_type`, where known) whose trigger lies in `sentence`,
    with the cue that decided it; `planned`: the trigger itself tells a plan (`X wird in Y
    erwartet`), which a clause after it may call off."""
    lexicon = _lexicon(event_type)
    found_clause = _trigger_clause(sentence, trigger)
    if found_clause is None:
        return ModalityReading("asserted")
    head, segments, index, clause = found_clause
    dependent = _is_dependent(segments[index], head)
    governing = _governing(segments, index) if dependent else []
    opener = segments[index][0]

    # `wenn bis Mai keine Einigung erzielt ist`, `Wenn X nicht zustimmt, gibt es kein Abkommen`: what a
    # condition denies is not told as not done, only as hanging on the condition.
    # A list cut by commas may part the clause from its opener (`Wenn zwischen X, Y und Z keine Einigung …`).
    first = _list_opener(segments, index) or opener
    conditional = (
        [first]
        if (dependent or first is not opener)
        and first.tag_ in {"KOUS", ""}
        and first.lower_ in lexicon.uncertain.clause_openers
        else None
    ) or _condition(segments, index, lexicon)
    negation = _negation_cue(clause, sentence, head, lexicon)
    if negation:
        return _reading("uncertain", conditional) if conditional else _reading("negated", negation)
    # `den kommenden Gipfel`: an adjective on the trigger noun tells what the event itself is,
    # whatever hedges the clause (`Berichten zufolge gilt X als Vorbereitung für den kommenden Gipfel`).
    took_place = False
    occasion_at = _occasion_start(head, lexicon)  # (None for a verb trigger)
    if head.tag_ == "NN":
        before = (head.nbor(-k) for k in range(1, min(4, head.i - sentence.start + 1)))
        for attribute in itertools.takewhile(lambda t: t.tag_ == "ADJA", before):
            if _forms_of(attribute) & lexicon.planned_attributes:
                return _reading("planned", [attribute])
            took_place = took_place or bool(_forms_of(attribute) & lexicon.past_attributes)
        # `gemäß dem Abkommen mit X`, `entsprechend dem Koalitionsvertrag`: a thing there to refer to,
        # whatever the clause plans or hedges.
        if occasion_at is not None and head.doc[occasion_at].lower_ in lexicon.reference_prepositions:
            return ModalityReading("asserted")
        # `Verhandlungen über ein Abkommen mit X`: what is negotiated about is not made yet.
        negotiated = _negotiated(head, sentence, lexicon)
        if negotiated:
            return _reading("planned", negotiated)
        drafted = _drafted(head, sentence, lexicon) or _not_begun(head, sentence, lexicon)
        if drafted:
            return _reading("planned", drafted)
        advocated = _advocated(head, clause, lexicon)
        if advocated:
            return _reading("planned", advocated)
    modal = _modal_cue(clause + _list_rest(segments, index, head), head, lexicon)
    found: dict[Modality, list[Token]] = {}
    ordered: tuple[tuple[Modality, _Cues], ...] = (
        ("negated", lexicon.negated),
        ("uncertain", lexicon.uncertain),
        ("planned", lexicon.planned),
    )
    # `Bei dem Treffen mit X kündigte Y … an`, `Beim Gespräch bestritt Y, …`: a verb of announcing,
    # promising, hoping or denying in the clause of an occasion tells what was said there, not whether
    # it took place (a cue of time or a plan in its clause still does: `beim Treffen nächste Woche`).
    occasion = occasion_at is not None
    for modality, cues in ordered:
        # Negation words in the clause were weighed with their exceptions above.
        lexical = () if modality == "negated" else cues.in_clause
        verbal = () if occasion else cues.governing
        own = (
            _find(clause, lexical, head)
            or _find(clause, verbal, head, verbal=True)
            or (None if occasion else _find_particle_verb(clause, cues.particle_verbs, head))
        )
        if modality == "planned" and own and _plans_no_trigger(own, head, clause, lexicon, event_type):
            own = _find(clause, cues.in_clause, head)
        if modality == "planned":
            own = own or _find_particle_verb(clause, lexicon.pending, head)
        hit = (
            ([opener] if dependent and opener.lower_ in cues.clause_openers else None)
            or own
            or _find(governing, cues.governing, head)
            or _find_particle_verb(governing, cues.particle_verbs, head)
        )
        if hit:
            found[modality] = hit
    if modal:
        found.setdefault(modal[0], [modal[1]])
    if conditional:
        found.setdefault("uncertain", conditional)
    aim = _find(governing, lexicon.aims, head) if _aimed(segments[index], head) else None
    if aim:
        found.setdefault("planned", aim)
    if "negated" in found and not conditional:
        return _reading("negated", found["negated"])
    if took_place:
        found.pop("planned", None)  # `nach den gescheiterten Verhandlungen will X …`: held before
        planned = False
    if sentence.text.rstrip().endswith("?") and not _asks_about(sentence):
        return _reading("uncertain", [sentence[-1]])
    if (planned or "planned" in found) and "uncertain" not in found:
        # What was planned and then called off did not happen.
        called_off = _called_off(segments, index, head, lexicon)
        if called_off:
            return _reading("negated", called_off)
    for weaker in ("uncertain", "planned"):
        if weaker in found:
            return _reading(weaker, found[weaker])
    return ModalityReading("asserted")


# --- tense ----------------------------------------------------------------------------------------

# A stem's vowel in the third person singular present, back to the infinitive's (`trifft` → `treffen`).
_VOWEL_BACK = (("ie", "e"), ("äu", "au"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("i", "e"))


def _infinitives_of(form: str) -> set[str]:
    """The infinitives a third person singular present (`reist`, `lädt`, `hält`) may belong to."""
    if not form.endswith("t") or len(form) < 3:
        return set()
    stems = {form[:-1]} | ({form[:-2]} if form.endswith("et") else set())
    found = {stem + tail for stem in stems for tail in ("en", "n", "ten")}
    for word in list(found):
        for vowel, back in _VOWEL_BACK:
            k = word.find(vowel)
            while k != -1:
                found.add(word[:k] + back + word[k + len(vowel) :])
                k = word.find(vowel, k + 1)
    return found


def _present_form(token: Token, lexicon: _Lexicon) -> bool:
    form, lemma = token.lower_, token.lemma_.lower()
    if form in lexicon.irregular_present:
        return True
    # A separable verb's lemma holds its particle (`abreisen` for `reist … ab`).
    if form == lemma or (form.endswith("en") and len(form) >= 5 and lemma.endswith(form)):
        return True
    return any(lemma == word or (len(word) >= 5 and lemma.endswith(word)) for word in _infinitives_of(form))


def present_tense(sentence: Span, trigger: Token | Span) -> bool:
    """Whether the trigger's clause is told in the present tense: each finite verb a present form,
    and no perfect (`hat … besucht`, `ist … eingetroffen`)."""
    lexicon = _lexicon()
    found_clause = _trigger_clause(sentence, trigger)
    if found_clause is None:
        return False
    clause = found_clause[3]
    finite = [t for t in clause if t.tag_ in _FINITE_TAGS]
    if not finite or not all(_present_form(t, lexicon) for t in finite):
        return False
    perfect = any(t.lemma_ in {"haben", "sein"} for t in finite) and any(
        t.tag_ in _PARTICIPLE_TAGS for t in clause
    )
    return not perfect


def modality_of(
    sentence: Span, trigger: Token | Span, event_type: str | None = None, planned: bool = False
) -> Modality:
    """`asserted`, `planned`, `negated` or `uncertain` for the event triggered in `sentence`."""
    return modality_reading(sentence, trigger, event_type, planned).modality
