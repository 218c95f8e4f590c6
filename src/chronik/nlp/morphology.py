"""Case and number of German noun phrases and pronouns from their words (`chronik_case`).

Every word of a phrase narrows the set of (case, number, gender) bundles the phrase can have:
the determiner (`dem` → Dat.Sing.Masc|Neut), the adjective endings in their declension (weak after
`der`, mixed after `ein`, strong without), nouns whose form or suffix is telling (`Herrn`,
`-ung`), a governing preposition or contraction (`mit` → Dat, `im` → Dat.Sing), and a genitive
attribute's position. All of it is a table in `data/lexicon/case.yml`.

Then one rule per clause: the first phrase that can only be, or else can be, nominative is the
subject (with anything coordinated to it); the other free phrases of a clause whose verb is not a
copula lose the nominative when something else remains (`Der Minister überreichte dem Gast ein
Buch`: Buch → Acc). Free phrases lose the genitive when something else remains (German objects are
rarely genitive). A constraint that would leave nothing is ignored: tags and tables are not perfect.

Results are written to `token.morph` of each phrase's head (and an apposition's title noun and
each pronoun) — only features the token does not have yet, keeping ambiguity: `Case=Acc,Dat`.
Number and Gender are written only when one value remains; Person for personal pronouns. A finite
verb gets its Number from its form (`stellt` singular, `stellen` plural).
Phrases come from `doc.spans["noun_phrases"]` when present, else from the same chunker.
Without tags the component warns and does nothing (`on_missing_tags="warn"`) or raises
`MissingAnnotation` (`"raise"`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise, product
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token
from spacy.vocab import Vocab

from chronik.core.datafiles import read_mapping
from chronik.core.errors import ConfigError
from chronik.nlp.noun_phrases import (
    GENITIVE,
    INNER_PP,
    SPAN_KEY,
    TOP,
    NounPhrase,
    NpLexicon,
    find_noun_phrases,
    handle_missing_tags,
    load_np_lexicon,
    stts_tags,
)
from chronik.nlp.token_table import sentence_start_flags, string_columns

LEXICON = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "case.yml"
CASES = ("Nom", "Acc", "Dat", "Gen")
NUMBERS = ("Sing", "Plur")
GENDERS = ("Masc", "Fem", "Neut")
Bundle = tuple[str, str, str]
ALL: frozenset[Bundle] = frozenset(product(CASES, NUMBERS, GENDERS))
PERSONAL_PRONOUN_TAGS = frozenset({"PPER", "PRF", "PIS", "PWS"})
RELATIVE_PRONOUN_TAGS = frozenset({"PDS", "PRELS"})
ONE = frozenset({"ein", "eins", "eine", "1"})
NOUN_FORMS_KEPT = 1 << 15


# ---------------------------------------------------------------------------- tables


def expand(spec: str) -> tuple[frozenset[Bundle], str | None]:
    """`Dat.Sing.*` → its bundles; a fourth part is the person (pronouns)."""
    parts = spec.split(".")
    if len(parts) not in (3, 4):
        raise ConfigError(f"case.yml: bad bundle {spec!r} (want Case.Number.Gender[.Person])")
    axes = []
    for value, allowed in zip(parts[:3], (CASES, NUMBERS, GENDERS), strict=True):
        if value != "*" and value not in allowed:
            raise ConfigError(f"case.yml: {value!r} in {spec!r} is not one of {allowed}")
        axes.append(allowed if value == "*" else (value,))
    bundles = frozenset((c, n, g) for c, n, g in product(*axes))
    return bundles, (parts[3] if len(parts) == 4 else None)


def _bundles(specs: Iterable[str]) -> frozenset[Bundle]:
    out: set[Bundle] = set()
    for spec in specs:
        out |= expand(spec)[0]
    return frozenset(out)


def _table(data: Mapping[str, Iterable[str]] | None) -> dict[str, frozenset[Bundle]]:
    return {str(k): _bundles(v) for k, v in (data or {}).items()}


@dataclass(frozen=True)
class CaseLexicon:
    """The tables of `case.yml`, expanded."""

    articles: dict[str, frozenset[Bundle]]
    der_stems: tuple[str, ...]
    der_endings: dict[str, frozenset[Bundle]]
    ein_stems: tuple[str, ...]
    ein_endings: dict[str, frozenset[Bundle]]
    adjectives: dict[str, dict[str, frozenset[Bundle]]]
    pronouns: dict[str, tuple[frozenset[Bundle], str | None]]
    relatives: dict[str, frozenset[Bundle]]
    prepositions: dict[str, frozenset[str]]
    contractions: dict[str, frozenset[Bundle]]
    nouns: dict[str, frozenset[Bundle]]
    noun_suffixes: tuple[tuple[str, frozenset[Bundle]], ...]
    copulas: frozenset[str]
    copula_forms: frozenset[str]
    coordinators: frozenset[str] = field(default_factory=frozenset)
    dative_plural_endings: tuple[str, ...] = ()
    plural_verb_endings: tuple[str, ...] = ()
    plural_verb_forms: frozenset[str] = field(default_factory=frozenset)
    singular_verb_forms: frozenset[str] = field(default_factory=frozenset)
    fronted_demonstratives: frozenset[str] = field(default_factory=frozenset)
    second_plural_subjects: frozenset[str] = field(default_factory=frozenset)
    second_plural_verb_endings: tuple[str, ...] = ()
    second_plural_verb_forms: frozenset[str] = field(default_factory=frozenset)
    # What `noun_bundles` found for each form read (bounded): not a table of the file.
    noun_forms_read: dict[str, frozenset[Bundle] | None] = field(
        default_factory=dict, compare=False, repr=False
    )


@cache
def load_case_lexicon(path: str | None = None) -> CaseLexicon:
    """The case tables; cached per path."""
    source = Path(path) if path else LEXICON
    try:
        data = read_mapping(source)
        pronouns: dict[str, tuple[frozenset[Bundle], str | None]] = {}
        for form, specs in (data.get("pronouns") or {}).items():
            expanded = [expand(s) for s in specs]
            persons = {p for _, p in expanded if p}
            bundles: frozenset[Bundle] = frozenset().union(*(b for b, _ in expanded))
            pronouns[str(form)] = (bundles, persons.pop() if len(persons) == 1 else None)
        suffixes = sorted(_table(data.get("noun_suffixes")).items(), key=lambda kv: -len(kv[0]))
        return CaseLexicon(
            articles=_table(data["articles"]),
            der_stems=tuple(data.get("der_word_stems") or ()),
            der_endings=_table(data.get("der_word_endings")),
            ein_stems=tuple(sorted(data.get("ein_word_stems") or (), key=len, reverse=True)),
            ein_endings=_table(
                {("" if k is None else k): v for k, v in (data.get("ein_word_endings") or {}).items()}
            ),
            adjectives={k: _table(v) for k, v in (data.get("adjective_endings") or {}).items()},
            pronouns=pronouns,
            relatives=_table(data.get("relative_pronouns")),
            prepositions={str(k): frozenset(v) for k, v in (data.get("prepositions") or {}).items()},
            contractions=_table(data.get("contractions")),
            nouns=_table(data.get("nouns")),
            noun_suffixes=tuple(suffixes),
            copulas=frozenset(data.get("copulas") or ()),
            copula_forms=frozenset(data.get("copula_forms") or ()),
            coordinators=frozenset(data.get("coordinators") or ()),
            dative_plural_endings=tuple(data.get("dative_plural_endings") or ()),
            plural_verb_endings=tuple(data.get("plural_verb_endings") or ()),
            plural_verb_forms=frozenset(data.get("plural_verb_forms") or ()),
            singular_verb_forms=frozenset(data.get("singular_verb_forms") or ()),
            fronted_demonstratives=frozenset(data.get("fronted_demonstratives") or ()),
            second_plural_subjects=frozenset(data.get("second_plural_subjects") or ()),
            second_plural_verb_endings=tuple(data.get("second_plural_verb_endings") or ()),
            second_plural_verb_forms=frozenset(data.get("second_plural_verb_forms") or ()),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as err:
        raise ConfigError(f"{source}: {err}") from err


# ---------------------------------------------------------------------------- word-level rules


def determiner_bundles(word: str, lex: CaseLexicon) -> tuple[frozenset[Bundle] | None, str]:
    """Bundles a determiner allows and the declension its adjectives follow."""
    w = word.lower()
    if w in lex.articles:
        return lex.articles[w], "mixed" if w.startswith("ein") else "weak"
    for stem in lex.ein_stems:
        if w.startswith(stem) and w[len(stem) :] in lex.ein_endings:
            ending = w[len(stem) :]
            return lex.ein_endings[ending], "mixed"
    for stem in lex.der_stems:
        if w.startswith(stem) and w[len(stem) :] in lex.der_endings:
            return lex.der_endings[w[len(stem) :]], "weak"
    return None, "strong"


def adjective_bundles(word: str, declension: str, lex: CaseLexicon) -> frozenset[Bundle] | None:
    """Bundles an attributive adjective's ending allows in its declension."""
    if word.endswith(".") or any(ch.isdigit() for ch in word):
        return None  # ordinals ("13.") do not inflect in writing
    table = lex.adjectives.get(declension, {})
    w = word.lower()
    for ending in ("em", "en", "er", "es", "e"):
        if w.endswith(ending):
            return table.get(ending)
    return None


def noun_bundles(word: str, lex: CaseLexicon) -> frozenset[Bundle] | None:
    """Bundles a noun form or suffix fixes (`Herrn`, `-ungen`), or None (known once per form and
    lexicon, for a bounded number of forms)."""
    known = lex.noun_forms_read
    if word in known:
        return known[word]
    if len(known) >= NOUN_FORMS_KEPT:
        known.clear()
    found = known[word] = _noun_bundles(word, lex)
    return found


def _noun_bundles(word: str, lex: CaseLexicon) -> frozenset[Bundle] | None:
    if word in lex.nouns:
        return lex.nouns[word]
    w = word.lower()
    for suffix, bundles in lex.noun_suffixes:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return bundles
    if lex.dative_plural_endings and not w.endswith(tuple(lex.dative_plural_endings)):
        return _NOT_DATIVE_PLURAL
    return None


_NOT_DATIVE_PLURAL = ALL - {b for b in ALL if b[:2] == ("Dat", "Plur")}
_PLURAL = frozenset(b for b in ALL if b[1] == "Plur")


@cache
def _of_cases(cases: frozenset[str]) -> frozenset[Bundle]:
    """Every bundle of one of `cases` (a preposition's; few distinct sets, so all are kept)."""
    return frozenset(b for b in ALL if b[0] in cases)


def restrict(current: frozenset[Bundle], allowed: frozenset[Bundle] | None) -> frozenset[Bundle]:
    """`current` narrowed to `allowed`, unless that would leave nothing (a tag or table error)."""
    if allowed is None:
        return current
    narrowed = current & allowed
    return narrowed or current


def restrict_cases(current: frozenset[Bundle], cases: Iterable[str]) -> frozenset[Bundle]:
    return restrict(current, _with_cases(current, frozenset(cases)))


# Few distinct sets of bundles occur: what is kept of them is known once per set (bounded).
@lru_cache(maxsize=4096)
def _with_cases(bundles: frozenset[Bundle], cases: frozenset[str]) -> frozenset[Bundle]:
    """The bundles of one of `cases`."""
    return frozenset(b for b in bundles if b[0] in cases)


@lru_cache(maxsize=4096)
def _without_case(bundles: frozenset[Bundle], case: str) -> frozenset[Bundle]:
    """The bundles of any case but `case`."""
    return frozenset(b for b in bundles if b[0] != case)


def morph_bundles(token: Token) -> frozenset[Bundle] | None:
    """Bundles the token's existing morphology (from a statistical tagger) allows."""
    morph = token.morph
    key = hash(morph)  # the morphology's key
    if key not in _MORPH_BUNDLES:
        if len(_MORPH_BUNDLES) >= _MORPHS_KEPT:
            _MORPH_BUNDLES.clear()
        _MORPH_BUNDLES[key] = _bundles_of_features(morph_features(morph))
    return _MORPH_BUNDLES[key]


def _bundles_of_features(feats: Mapping[str, str]) -> frozenset[Bundle] | None:
    if not any(k in feats for k in ("Case", "Number", "Gender")):
        return None
    axes = []
    for key, allowed in (("Case", CASES), ("Number", NUMBERS), ("Gender", GENDERS)):
        values = tuple(v for v in feats.get(key, "").split(",") if v in allowed)
        axes.append(values or allowed)
    return frozenset((c, n, g) for c, n, g in product(*axes))


# A morphology's key fixes its features: what is read of one is kept, for this many keys at most.
_MORPHS_KEPT = 4096
_MORPH_BUNDLES: dict[int, frozenset[Bundle] | None] = {}
_MORPH_FEATURES: dict[int, dict[str, str]] = {}


def morph_features(morph: MorphAnalysis) -> dict[str, str]:
    """`morph.to_dict()`, parsed once per morphology key; callers must not change the dict."""
    key = hash(morph)  # the morphology's key
    found = _MORPH_FEATURES.get(key)
    if found is None:
        if len(_MORPH_FEATURES) >= _MORPHS_KEPT:
            _MORPH_FEATURES.clear()
        found = _MORPH_FEATURES[key] = morph.to_dict()
    return found


# ---------------------------------------------------------------------------- phrase analysis


@dataclass(frozen=True)
class Words:
    """What the rules read of a doc's tokens, as plain lists read once: `texts[i]` is `doc[i].text`,
    `lowers[i]` its `lower_`, `sent_starts[i]` whether it opens a sentence."""

    doc: Doc
    texts: list[str]
    lowers: list[str]
    sent_starts: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        texts, lowers = string_columns(doc, ("ORTH", "LOWER"))
        return cls(doc, texts, lowers, sentence_start_flags(doc))


@dataclass
class PhraseCase:
    """What is known about one phrase: its bundles, person, and whether a preposition governs it."""

    phrase: NounPhrase
    bundles: frozenset[Bundle]
    person: str | None = None
    governed: bool = False
    measure: bool = False

    @property
    def cases(self) -> set[str]:
        return {b[0] for b in self.bundles}


def analyse_phrase(
    doc: Doc,
    words: Words,
    tags: Sequence[str],
    phrase: NounPhrase,
    inner: Sequence[NounPhrase],
    lex: CaseLexicon,
    np_lex: NpLexicon,
    inner_starts: Sequence[int] | None = None,
) -> PhraseCase:
    """The bundles a phrase allows, from its own words and what governs it.

    `inner_starts`, when given, are the start tokens of `inner`, which must then be sorted by start:
    only the phrases that start inside this one are looked at.
    """
    start, head = phrase.start, phrase.head
    if phrase.end - start == 1 and np_lex.is_("pronoun", tags[start]):
        pronoun = _pronoun_case(words, start, tags[start], phrase, lex)
        governor = _governor(words, tags, phrase, lex)
        if governor is None:
            return pronoun
        # `Für sie fordert der Richter ...`: a pronoun after a preposition is no subject.
        return PhraseCase(phrase, restrict(pronoun.bundles, governor), pronoun.person, True)
    bundles = ALL
    declension = "strong"
    if inner_starts is not None:
        inner = inner[bisect_left(inner_starts, start) : bisect_left(inner_starts, phrase.end)]
    skip = {
        i
        for p in inner
        if p != phrase and p.start >= start and p.end <= phrase.end
        for i in range(p.start, p.end)
    }
    texts = words.texts
    first = start
    while first in skip:
        first += 1
    if np_lex.is_("determiner", tags[first]):
        det, declension = determiner_bundles(texts[first], lex)
        bundles = restrict(bundles, det)
    measure = head > start and texts[head - 1] in np_lex.measure_nouns
    nucleus_end = phrase.title if phrase.title is not None else head
    for i in range(first, nucleus_end):
        if i in skip:
            continue
        tag = tags[i]
        text = texts[i]
        if np_lex.is_("number", tag) and text.lower() not in ONE and not measure:
            bundles = restrict(bundles, _PLURAL)
        elif np_lex.is_("adjective", tag):
            capitalised_er = text[:1].isupper() and text.endswith("er") and not words.sent_starts[i]
            if not capitalised_er:  # "Berliner", "Schweizer": indeclinable place adjectives
                bundles = restrict(bundles, adjective_bundles(text, declension, lex))
        elif np_lex.is_("noun", tag) and text in np_lex.measure_nouns:
            bundles = restrict(bundles, noun_bundles(text, lex))
    noun = phrase.title if phrase.title is not None else head
    if np_lex.is_("noun", tags[noun]) and not measure:
        bundles = restrict(bundles, noun_bundles(texts[noun], lex))
        bundles = restrict(bundles, morph_bundles(doc[noun]))
    governed = False
    if phrase.label == GENITIVE:
        bundles, governed = restrict_cases(bundles, ("Gen",)), True
    else:
        governor = _governor(words, tags, phrase, lex)
        if governor is not None:
            bundles, governed = restrict(bundles, governor), True
    return PhraseCase(phrase, bundles, None, governed, measure)


def _pronoun_case(words: Words, i: int, tag: str, phrase: NounPhrase, lex: CaseLexicon) -> PhraseCase:
    form = words.texts[i]
    if words.sent_starts[i]:
        form = form.lower()  # "Sie sagte" is far more often "she" than the polite form
    bundles: frozenset[Bundle] | None = None
    person: str | None = None
    if tag in RELATIVE_PRONOUN_TAGS:
        bundles = lex.relatives.get(form.lower())
    if bundles is None:
        bundles, person = lex.pronouns.get(form) or lex.pronouns.get(form.lower()) or (None, None)
    return PhraseCase(phrase, bundles or ALL, person, False)


def _governor(
    words: Words, tags: Sequence[str], phrase: NounPhrase, lex: CaseLexicon
) -> frozenset[Bundle] | None:
    """Bundles a preposition right before (or a postposition right after) the phrase allows."""
    before = phrase.start - 1
    if before >= 0 and tags[before] == "APPRART":
        return lex.contractions.get(words.texts[before].lower())
    if before >= 0 and tags[before] == "APPR":
        cases = lex.prepositions.get(words.texts[before].lower())
        return _of_cases(cases) if cases else None
    after = phrase.end
    if after < len(tags) and tags[after] == "APPO":
        cases = lex.prepositions.get(words.texts[after].lower())
        return _of_cases(cases) if cases else None
    return None


def _is_copula(words: Words, i: int, lex: CaseLexicon) -> bool:
    return words.doc[i].lemma_ in lex.copulas or words.texts[i].lower() in lex.copula_forms


def clause_rules(
    words: Words, tags: Sequence[str], analysed: list[PhraseCase], lex: CaseLexicon, np_lex: NpLexicon
) -> None:
    """Genitive and subject rules over the free (ungoverned, top-level) phrases of each clause."""
    free = [a for a in analysed if not a.governed and a.phrase.label == TOP]
    for a in free:
        a.bundles = restrict(a.bundles, _without_case(a.bundles, "Gen"))
    # Free phrases by start: a clause's members are found by bisection, not by a pass over all of
    # them per clause (and kept in the order of `free`).
    by_start = sorted(range(len(free)), key=lambda k: free[k].phrase.start)
    free_starts = [free[k].phrase.start for k in by_start]
    finite = np_lex.tags.get("finite_verb", frozenset())
    sent_starts = words.sent_starts
    # Clauses: stretches between commas, brackets, quotes and sentence ends, with a finite verb.
    cuts = [i for i, t in enumerate(tags) if t in ("$,", "$(", "$.") or (i > 0 and sent_starts[i])]
    bounds = [0, *cuts, len(tags)]
    verbs_at = [i for i, t in enumerate(tags) if t in finite]
    for lo, hi in pairwise(bounds):
        verbs = verbs_at[bisect_left(verbs_at, lo) : bisect_left(verbs_at, hi)]
        if not verbs:
            continue
        inside = by_start[bisect_left(free_starts, lo) : bisect_left(free_starts, hi)]
        members = [free[k] for k in sorted(inside) if free[k].phrase.end <= hi]
        if not any(_second_plural_form(words.texts[v], lex) for v in verbs):
            for a in members:  # `Dabei wurde ihr eine Vase geschenkt`: no `ihr wurdet`, so no subject
                if (
                    a.phrase.end - a.phrase.start == 1
                    and words.lowers[a.phrase.start] in lex.second_plural_subjects
                ):
                    a.bundles = restrict(a.bundles, _without_case(a.bundles, "Nom"))
        nominative = [a for a in members if "Nom" in a.cases]
        if not nominative:
            continue
        if any(_is_copula(words, v, lex) for v in verbs):
            # "X ist ein Y": subject and predicative noun are both nominative.
            for a in nominative:
                a.bundles = restrict_cases(a.bundles, ("Nom",))
            continue
        only = [a for a in nominative if a.cases == {"Nom"}]
        subject = only[0] if only else _after_fronted_demonstrative(words, tags, nominative, verbs[0], lex)
        subjects = _coordinated(words, members, subject, lex)
        for a in subjects:
            a.bundles = restrict_cases(a.bundles, ("Nom",))
        for a in members:
            if a not in subjects:
                a.bundles = restrict(a.bundles, _without_case(a.bundles, "Nom"))


def _second_plural_form(form: str, lex: CaseLexicon) -> bool:
    """Whether a finite verb form may be of the second person plural (`habt`, `wart`, `seid`)."""
    w = form.lower()
    return w in lex.second_plural_verb_forms or w.endswith(lex.second_plural_verb_endings)


def _after_fronted_demonstrative(
    words: Words, tags: Sequence[str], nominative: Sequence[PhraseCase], verb: int, lex: CaseLexicon
) -> PhraseCase:
    """The subject among phrases that may all be nominative: the first, unless that is a neuter
    demonstrative before the verb (`Das sagte die Ministerin`, `Das zeigt eine Studie`) and a later
    one agrees with the verb's number: a fronted `das` is mostly the object. (`Das betrifft vor allem
    Frauen`: the plural does not agree with `betrifft`, so `das` stays the subject.)"""
    first = nominative[0]
    start = first.phrase.start
    if first.phrase.end - start != 1 or start >= verb or tags[start] != "PDS":
        return first
    if words.texts[start].lower() not in lex.fronted_demonstratives:
        return first
    number = verb_number(words.texts[verb], lex)
    for later in nominative[1:]:
        if later.phrase.start > verb and number in {b[1] for b in later.bundles if b[0] == "Nom"}:
            return later
    return first


def _coordinated(
    words: Words, members: Sequence[PhraseCase], subject: PhraseCase, lex: CaseLexicon
) -> list[PhraseCase]:
    """The subject and the phrases joined to it by `und`, `oder`, `sowie` ... (with Nom possible)."""
    ordered = sorted(members, key=lambda a: a.phrase.start)
    k = ordered.index(subject)
    group = [subject]
    for step in (1, -1):
        j = k
        while 0 <= j + step < len(ordered):
            left, right = sorted((ordered[j], ordered[j + step]), key=lambda a: a.phrase.start)
            between = [w.lower() for w in words.texts[left.phrase.end : right.phrase.start]]
            if not between or not all(w in lex.coordinators for w in between):
                break
            if "Nom" not in ordered[j + step].cases:
                break
            group.append(ordered[j + step])
            j += step
    return group


def features(a: PhraseCase) -> dict[str, str]:
    """The morphology to write for a phrase: ambiguous case kept, number/gender only when unique."""
    out: dict[str, str] = {}
    cases = sorted(a.cases)
    if len(cases) < len(CASES):
        out["Case"] = ",".join(cases)
    if not a.measure:
        numbers = {b[1] for b in a.bundles}
        if len(numbers) == 1:
            out["Number"] = numbers.pop()
            genders = {b[2] for b in a.bundles}
            if out["Number"] == "Sing" and len(genders) == 1:
                out["Gender"] = genders.pop()
    if a.person:
        out["Person"] = a.person
    return out


def analyse_case(
    doc: Doc,
    phrases: Sequence[NounPhrase],
    tags: Sequence[str],
    lex: CaseLexicon,
    np_lex: NpLexicon,
    words: Words | None = None,
) -> list[PhraseCase]:
    """Case analysis of every phrase of a doc, clause rules applied (`words`: the doc's, if read)."""
    words = words or Words.of(doc)
    nested = sorted((p for p in phrases if p.label in (GENITIVE, INNER_PP)), key=lambda p: p.start)
    starts = [p.start for p in nested]
    analysed = [analyse_phrase(doc, words, tags, p, nested, lex, np_lex, starts) for p in phrases]
    clause_rules(words, tags, analysed, lex, np_lex)
    return analysed


def verb_number(form: str, lex: CaseLexicon) -> str | None:
    """`Sing` or `Plur` of a finite verb form (`stellt`, `traf` / `stellen`, `trafen`), from its ending."""
    if not lex.plural_verb_endings:
        return None
    w = form.lower()
    if w in lex.plural_verb_forms:
        return "Plur"
    if w in lex.singular_verb_forms:
        return "Sing"
    return "Plur" if w.endswith(lex.plural_verb_endings) else "Sing"


def write_features(token: Token, feats: Mapping[str, str]) -> None:
    """Add features the token does not have yet; never overwrite what the tagger said."""
    morph = token.morph
    current = morph_features(morph)
    added = tuple((k, v) for k, v in feats.items() if k not in current)
    if not added:
        return
    vocab = token.vocab
    key = (hash(morph), added)
    found = _WRITTEN.get(key)
    if found is None or found[0] is not vocab:
        if len(_WRITTEN) >= _MORPHS_KEPT:
            _WRITTEN.clear()
        found = _WRITTEN[key] = (vocab, MorphAnalysis(vocab, {**current, **dict(added)}))
    token.morph = found[1]


# (morphology key, features added) → the vocabulary and morphology they make: made once (bounded).
_WRITTEN: dict[tuple[int, tuple[tuple[str, str], ...]], tuple[Vocab, MorphAnalysis]] = {}


def phrases_of(doc: Doc, np_lex: NpLexicon) -> list[NounPhrase] | None:
    """The doc's noun phrases: from `doc.spans["noun_phrases"]` when set, else chunked here."""
    if SPAN_KEY in doc.spans:
        phrases = []
        for s in doc.spans[SPAN_KEY]:
            ext = s._
            head = ext.np_head
            if head is None:
                break
            phrases.append(NounPhrase(s.start, s.end, head, ext.np_title, s.label_ or TOP))
        else:
            return phrases
    return find_noun_phrases(doc, np_lex)


# ---------------------------------------------------------------------------- component


@Language.factory(
    "chronik_case",
    assigns=["token.morph"],
    requires=["token.tag"],
    default_config={"lexicon_path": "", "np_lexicon_path": "", "on_missing_tags": "warn"},
)
def make_case(
    nlp: Language, name: str, lexicon_path: str, np_lexicon_path: str, on_missing_tags: str
) -> CaseTagger:
    if on_missing_tags not in ("warn", "raise"):
        raise ConfigError(f"{name}: on_missing_tags must be 'warn' or 'raise', not {on_missing_tags!r}")
    return CaseTagger(
        load_case_lexicon(lexicon_path or None), load_np_lexicon(np_lexicon_path or None), on_missing_tags
    )


class CaseTagger:
    """Writes Case (possibly ambiguous), Number, Gender, Person into `token.morph` (see module doc)."""

    def __init__(self, lexicon: CaseLexicon, np_lexicon: NpLexicon, on_missing_tags: str = "warn") -> None:
        self.lexicon = lexicon
        self.np_lexicon = np_lexicon
        self.on_missing_tags = on_missing_tags

    def __call__(self, doc: Doc) -> Doc:
        tags = stts_tags(doc, self.np_lexicon)
        phrases = phrases_of(doc, self.np_lexicon) if tags is not None else None
        if tags is None or phrases is None:
            handle_missing_tags(doc, "chronik_case", self.on_missing_tags)
            return doc
        words = Words.of(doc)
        for a in analyse_case(doc, phrases, tags, self.lexicon, self.np_lexicon, words):
            feats = features(a)
            if not feats:
                continue
            targets = {a.phrase.head} | ({a.phrase.title} if a.phrase.title is not None else set())
            for i in targets:
                write_features(doc[i], feats)
        finite = self.np_lexicon.tags.get("finite_verb", frozenset())
        for i, tag in enumerate(tags):
            if tag in finite:
                number = verb_number(words.texts[i], self.lexicon)
                if number is not None:
                    write_features(doc[i], {"Number": number})
        return doc
