"""Whom an article credits for a statement: `laut TASS`, `der Polizei zufolge`, `berichtete KCNA`,
`nach Angaben Moskaus`, `„...“, so Peskow`, `(Quelle: X)` and agency bylines (`Moskau (AFP) –`).

Works on plain text: the source is the noun phrase next to the cue, found by capitalisation and
a few function words, so it needs no tagger. A cue inside a sentence credits that sentence; a
byline at the start or end of the article credits the whole article and serves as the fallback.
Cue words live in `data/cues/attribution.yml` and `data/cues/speech.yml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal, NamedTuple

from chronik.extract.cue_lexicon import load_cues, words


@dataclass(frozen=True)
class Attribution:
    """A credited source: `source == text[start:end]`, the cue that credits it, and the stretch of
    text it covers (`scope_start`, `scope_end`): the sentence, or the whole text for a byline.
    `relay` names a medium that passes the statement on (`AFP zitierte Peskow`), `pronoun` marks a
    source that is only `er`/`sie` or the owner of a report (`nach eigenen Angaben`, `ihren Worten
    zufolge`: the source opens with `eigenen`, `ihren`; resolve it with the entities around it),
    `anonymous` a source that names no one (`nach ersten Angaben`, `Berichten zufolge`: the source is
    that phrase)."""

    source: str
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    scope_start: int
    scope_end: int
    kind: Literal["sentence", "byline"] = "sentence"
    relay: str | None = None
    pronoun: bool = False
    anonymous: bool = False


class Word(NamedTuple):
    """A token of the plain-text scan: text and character offsets (a tuple: an article has
    thousands, and a tuple is made several times faster than a frozen dataclass)."""

    text: str
    start: int
    end: int


_TOKEN = re.compile(r"\w(?:[\w&'’.-]*\w)?|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<![\d\s])(?:(?<!\b[A-ZÄÖÜa-zäöü])\.|[!?])(?:[“\"»])?(?=\s+\S)|\n\s*\n")
_ADJECTIVE = re.compile(r"^[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&.-]{1,9}$")
_CONNECTORS = frozenset({"des", "der", "von", "vom"})
_PRONOUNS = frozenset({"er", "sie"})
_OPENING_PUNCT = frozenset(',;:(–—„“"»«')


@dataclass(frozen=True)
class _Vocabulary:
    prepositions: frozenset[str]
    postpositions: frozenset[str]
    report_nouns: frozenset[str]
    source_labels: frozenset[str]
    agencies: tuple[str, ...]
    byline_phrases: tuple[str, ...]
    not_names: frozenset[str]
    between: frozenset[str]
    clause_openers: frozenset[str]
    verbs: frozenset[str]
    particle_verbs: tuple[tuple[frozenset[str], str], ...]
    impersonal: tuple[tuple[frozenset[str], ...], ...]
    impersonal_prepositions: frozenset[str]
    separable_particles: frozenset[str]
    reporting_verbs: frozenset[str]
    pointing_back: frozenset[str]
    owners: frozenset[str]  # `eigenen`, `ihren` before a report noun: see owner_words
    # Derived for speed: every word a speech cue can start with, and every first word of an
    # impersonal formula (a word that is neither starts none: most words are rejected at once).
    cue_starts: frozenset[str] = frozenset()
    impersonal_starts: frozenset[str] = frozenset()


@cache
def _vocabulary() -> _Vocabulary:
    data = load_cues("attribution")
    speech = load_cues("speech")
    particle = []
    for entry in speech.get("particle_verbs") or []:
        verb, part = str(entry).rsplit(" ", 1)
        particle.append((frozenset(verb.lower().split("|")), part.lower()))
    impersonal = tuple(
        tuple(frozenset(w.lower().split("|")) for w in str(entry).split())
        for entry in speech.get("impersonal") or []
    )
    verbs = frozenset(form for entry in words("speech", "verbs") for form in entry.split("|"))
    return _Vocabulary(
        prepositions=frozenset(w.rstrip(".") for w in words("attribution", "prepositions")),
        postpositions=frozenset(words("attribution", "postpositions")),
        report_nouns=frozenset(words("attribution", "report_nouns")),
        source_labels=frozenset(words("attribution", "source_labels")),
        agencies=tuple(str(a) for a in data.get("agencies") or []),
        byline_phrases=words("attribution", "byline_phrases"),
        not_names=frozenset(str(w) for w in data.get("not_names") or []),
        between=frozenset(words("attribution", "between_verb_and_source")),
        clause_openers=frozenset(words("attribution", "clause_openers")),
        verbs=verbs,
        particle_verbs=tuple(particle),
        impersonal=impersonal,
        impersonal_prepositions=frozenset(words("speech", "source_prepositions_after_impersonal")),
        separable_particles=frozenset(words("speech", "separable_particles")),
        reporting_verbs=frozenset(f for e in words("attribution", "reporting_verbs") for f in e.split("|")),
        pointing_back=frozenset(words("attribution", "pointing_back")),
        owners=frozenset(owner_words()),
        cue_starts=verbs.union(*(forms | {part} for forms, part in particle)),
        impersonal_starts=frozenset().union(*(p[0] for p in impersonal if p)),
    )


@cache
def owner_words() -> dict[str, str]:
    """The words that make a report noun someone's (`eigenen`, `ihren`; attribution.yml owner_words),
    each with whom it credits: `self` (the clause's subject) or `possessive` (the actor before)."""
    data = load_cues("attribution").get("owner_words") or {}
    return {str(w): kind for kind in ("self", "possessive") for w in data.get(kind) or ()}


@cache
def _determiners() -> frozenset[str]:
    return frozenset(words("attribution", "determiners"))


@cache
def _not_adjectives() -> frozenset[str]:
    return frozenset(words("attribution", "not_adjectives"))


# --- plain-text tokens and sentences --------------------------------------------------------------


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words and punctuation of text[start:end] with offsets into `text`."""
    stop = len(text) if end is None else end
    return [Word(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """A plain splitter for callers without a parser: ends at .!? before a space (not after a
    number or a one-letter abbreviation) and at blank lines. Kept for the text split last (by
    identity: time expressions and credits split an article one after the other); callers must
    not change the list."""
    if _BOUNDS and _BOUNDS[0][0] is text:
        return _BOUNDS[0][1]
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if _NOT_SPACE.search(text, start, m.end()):  # (what `.strip()` keeps, without the copy)
            bounds.append((start, m.end()))
        start = m.end()
    if _NOT_SPACE.search(text, start):
        bounds.append((start, len(text)))
    _BOUNDS[:] = [(text, bounds)]
    return bounds


_NOT_SPACE = re.compile(r"\S")
_BOUNDS: list[tuple[str, list[tuple[int, int]]]] = []  # the text split last, with its sentences


# --- noun phrases by capitalisation ---------------------------------------------------------------


_LOWER_NAME = re.compile(r"^(?:[a-z]{1,12}-[A-ZÄÖÜ][\w-]*|[\w-]+\.(?:de|com|org|net|at|ch|eu|ru|fr|uk))$")


def _is_name(word: Word, vocab: _Vocabulary) -> bool:
    if _LOWER_NAME.match(word.text):
        return True  # `el-Baradei`, `ndr.de`
    return word.text[:1].isupper() and word.text not in vocab.not_names


def _quoted_name_end(ws: Sequence[Word], i: int) -> int | None:
    """End index of a quoted title `„Frankfurter Allgemeine Zeitung“` starting at ws[i]."""
    if i >= len(ws) or ws[i].text not in {"„", '"', "»", "«"}:
        return None
    for j in range(i + 1, min(i + 8, len(ws))):
        if ws[j].text in {"“", '"', "«", "»", "”"}:
            return (
                j + 1
                if j > i + 1 and (ws[i + 1].text[:1].isupper() or _LOWER_NAME.match(ws[i + 1].text))
                else None
            )
        if not ws[j].text[:1].isalnum():
            return None
    return None


def _is_adjective(word: Word) -> bool:
    low = word.text
    return bool(_ADJECTIVE.match(low)) and low not in _not_adjectives() and low not in _determiners()


def _acronym_after(ws: Sequence[Word], i: int) -> int:
    """Index after a parenthesised acronym `(KCNA)` starting at i, or i."""
    if i + 2 < len(ws) and ws[i].text == "(" and _ACRONYM.match(ws[i + 1].text) and ws[i + 2].text == ")":
        return i + 3
    return i


def _extended_attribute_end(ws: Sequence[Word], j: int, vocab: _Vocabulary) -> int:
    """`einer am Dienstag veröffentlichten Mitteilung`: after a determiner, a few words closed by
    a declined participle before the head; returns the participle's index (else j)."""
    if j + 1 >= len(ws) or not ws[j].text.islower() or (_is_adjective(ws[j]) and _is_name(ws[j + 1], vocab)):
        return j  # `der Regierung`, `der neuen Studie`: the head or a plain adjective comes first
    for k in range(j + 1, min(j + 6, len(ws) - 1)):
        if not ws[k].text[:1].isalnum():
            return j
        if _is_adjective(ws[k]) and ws[k].text.islower() and _is_name(ws[k + 1], vocab):
            return k
    return j


def _phrase_forward(ws: Sequence[Word], i: int, vocab: _Vocabulary, *, complement: bool = True) -> int | None:
    """End index of a noun phrase starting at ws[i] (determiner, adjectives, names, a genitive)."""
    j = i
    if j < len(ws) and ws[j].text.lower() in _determiners():
        j += 1
        j = _extended_attribute_end(ws, j, vocab)
    while j < len(ws) and j - i < 4 and _is_adjective(ws[j]):
        j += 1
    head = j
    while j < len(ws):
        quoted = _quoted_name_end(ws, j)
        if quoted is not None:
            j = quoted
        elif _is_name(ws[j], vocab):
            j += 1
        else:
            break
    if j == head:
        return None
    j = _acronym_after(ws, j)
    if complement and j < len(ws) and ws[j].text.lower() in _CONNECTORS:
        # `Sprecher des Kremls`, `Angaben von Reuters`
        after = ws[j + 1 :] if ws[j].text.lower() in {"von", "vom"} else ws[j:]
        offset = j + 1 if ws[j].text.lower() in {"von", "vom"} else j
        end = _phrase_forward(after, 0, vocab, complement=True)
        if end is not None:
            return offset + end
    return j


def _phrase_backward(ws: Sequence[Word], end: int, lo: int, vocab: _Vocabulary) -> int | None:
    """Start index of a noun phrase ending just before ws[end], not reaching before `lo`."""
    k = end
    if k - 3 >= lo and _acronym_after(ws, k - 3) == k:
        k -= 3
    head_end = k
    while k - 1 >= lo and _is_name(ws[k - 1], vocab):
        k -= 1
    if k == head_end:
        return None
    while k - 1 >= lo and end - k < 12 and _is_adjective(ws[k - 1]):
        k -= 1
    if k - 1 >= lo and ws[k - 1].text.lower() in _determiners():
        k -= 1
    # `der Sprecher des Ministeriums`: the determiner may be a genitive joining an earlier phrase.
    joins = ws[k].text.lower() in {"des", "der"} or (k - 1 >= lo and ws[k - 1].text.lower() in {"von", "vom"})
    if joins:
        link = k if ws[k].text.lower() in {"des", "der"} else k - 1
        earlier = _phrase_backward(ws, link, lo, vocab)
        if earlier is not None:
            return earlier
    return k


def _strip_determiner(ws: Sequence[Word], a: int, b: int) -> int:
    return a + 1 if b - a > 1 and ws[a].text.lower() in _determiners() else a


def _is_report_noun(word: Word, vocab: _Vocabulary) -> bool:
    low = word.text.lower()
    # Compounds (`Polizeiangaben`, `Medienberichten`) only of the longer report nouns: a short
    # one would match too much (`Flughafenaufsicht` is no `Sicht`).
    return low in vocab.report_nouns or any(
        low.endswith(n) and len(n) >= 7 and len(low) > len(n) + 2 for n in vocab.report_nouns
    )


def _report_complement(ws: Sequence[Word], a: int, b: int, vocab: _Vocabulary) -> tuple[int, int, bool]:
    """`einem Bericht der Zeitung X` → `Zeitung X`; a phrase that only names a report
    (`ersten Angaben`, `Polizeiangaben`) is returned whole and marked anonymous, one that names its
    owner (`eigenen Angaben`, `ihren Worten`) from the owner's word on, to be resolved as a pronoun."""
    for k in range(a, b):
        if _is_report_noun(ws[k], vocab):
            rest = k + 1
            if rest < b and ws[rest].text.lower() in {"von", "vom"}:
                rest += 1
            if rest >= b:
                owner = next((j for j in range(a, k) if _owner_word(ws, j, vocab)), None)
                if owner is not None:
                    return owner, b, False  # `nach eigenen Angaben`: the owner is the source
                return _strip_determiner(ws, a, b), b, True
            return _strip_determiner(ws, rest, b), b, False
        if _is_name(ws[k], vocab) and ws[k].text.lower() not in _determiners():
            break
    return _strip_determiner(ws, a, b), b, False


def _owner_word(ws: Sequence[Word], j: int, vocab: _Vocabulary) -> bool:
    """Whether ws[j] makes a report someone's (`eigenen`, `seiner`); a capitalised `Ihrer` inside a
    sentence is the polite `your` of an interview question, no one's report in the text."""
    word = ws[j].text
    if word.lower() not in vocab.owners:
        return False
    return not (word.startswith("Ihr") and j > 0 and ws[j - 1].text not in _OPENING_PUNCT)


def report_owner(source: str) -> str | None:
    """Whom a source phrase that is someone's report credits (`eigenen Angaben`: `self`, the clause's
    subject; `ihren Worten`: `possessive`, the actor named before); None for any other source."""
    ws = tokenize(source)
    if len(ws) < 2 or not _is_report_noun(ws[-1], _vocabulary()):
        return None
    return owner_words().get(ws[0].text.lower())


def _headed_by_report(ws: Sequence[Word], a: int, b: int, vocab: _Vocabulary) -> bool:
    """Whether the phrase's first noun is a report noun (`nach Angaben ...`, `nach einer Studie`)."""
    # A capitalised determiner opening the sentence (`Seiner Meinung nach`) is not the noun.
    first = next((w for w in ws[a:b] if w.text[:1].isupper() and w.text.lower() not in _determiners()), None)
    return first is not None and _is_report_noun(first, vocab)


# --- cues -----------------------------------------------------------------------------------------


def _clause_start(ws: Sequence[Word], i: int, lo: int, vocab: _Vocabulary) -> bool:
    if i <= lo:
        return True
    prev = ws[i - 1].text
    return prev in _OPENING_PUNCT or prev.lower() in vocab.clause_openers


def _speaker_near_verb(
    ws: Sequence[Word], v: int, v_end: int, lo: int, vocab: _Vocabulary
) -> tuple[int, int] | None:
    """The subject of a speech verb at ws[v:v_end]: before it when that phrase opens the clause
    (`KCNA berichtete`), else after it (`berichtete KCNA`, `sagte am Montag der Minister`)."""
    if v - 1 >= lo and ws[v - 1].text.lower() in _PRONOUNS and _clause_start(ws, v - 1, lo, vocab):
        return v - 1, v
    start = _phrase_backward(ws, v, lo, vocab)
    if start is not None and _clause_start(ws, start, lo, vocab):
        return start, v
    if v - 1 > lo and ws[v - 1].text == ",":
        # `Der Sprecher des Ministeriums, Wang Yi, sagte`: a phrase and its apposition.
        inner = _phrase_backward(ws, v - 1, lo, vocab)
        if inner is not None and inner - 1 > lo and ws[inner - 1].text == ",":
            outer = _phrase_backward(ws, inner - 1, lo, vocab)
            if outer is not None and _clause_start(ws, outer, lo, vocab):
                return outer, v - 1
    j = v_end
    while (
        j < len(ws)
        and j - v_end < 6
        and (
            ws[j].text.lower() in vocab.between
            or (ws[j].text in vocab.not_names and ws[j].text.lower() not in _determiners())
            or ws[j].text[:1].isdigit()
            or ws[j].text == "."
        )
    ):
        j += 1
    if j < len(ws) and ws[j].text.lower() in _PRONOUNS:
        return j, j + 1
    end = _phrase_forward(ws, j, vocab)
    if end is not None:
        return j, end
    if start is not None:
        return start, v
    return None


def _clause_end(ws: Sequence[Word], i: int) -> int:
    while i < len(ws) and ws[i].text not in {",", ";", ":", ".", "!", "?", "„", "“", "(", "–"}:
        i += 1
    return i


def _speech_verb_at(ws: Sequence[Word], i: int, vocab: _Vocabulary) -> int | None:
    """End index of a speech cue starting at ws[i] (a verb, or a verb with its closing particle)."""
    low = ws[i].text.lower()
    if low not in vocab.cue_starts or not ws[i].text.islower():
        return None  # `Berichten zufolge`: capitalised, so a noun
    close = _clause_end(ws, i + 1)
    last = ws[close - 1].text.lower() if close - 1 > i else ""
    after = ws[i + 1].text.lower() if i + 1 < len(ws) else ""
    for forms, particle in vocab.particle_verbs:
        if low in forms and last == particle:  # `teilte ... mit`
            return i + 1
        if low == particle and after in forms:  # `wie der Verband bekannt gab`: verb-final
            return i + 2
    if low in vocab.verbs and last not in vocab.separable_particles:
        return i + 1
    return None


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    words: list[Word]


def _sentence_attributions(text: str, sent: _Sentence, vocab: _Vocabulary) -> list[Attribution]:
    ws, out = sent.words, []
    taken: set[int] = set()

    def add(
        a: int, b: int, cue_a: int, cue_b: int, relay: tuple[int, int] | None = None, anonymous: bool = False
    ) -> None:
        if a >= b or any(k in taken for k in range(a, b)):
            return
        taken.update(range(a, b))
        s, e = ws[a].start, ws[b - 1].end
        cs, ce = ws[cue_a].start, ws[cue_b - 1].end
        relay_text = text[ws[relay[0]].start : ws[relay[1] - 1].end] if relay else None
        owned = report_owner(text[s:e]) is not None  # `nach eigenen Angaben`: resolved as a pronoun
        out.append(
            Attribution(
                text[s:e],
                s,
                e,
                text[cs:ce],
                cs,
                ce,
                sent.start,
                sent.end,
                "sentence",
                relay_text,
                pronoun=(b - a == 1 and ws[a].text.lower() in _PRONOUNS) or owned,
                anonymous=anonymous,
            )
        )

    for i, w in enumerate(ws):
        low = w.text.lower().rstrip(".")
        # `laut TASS`, `gemäß dem Bericht`, `nach Angaben der Polizei`
        end = _phrase_forward(ws, i + 1, vocab) if low in vocab.prepositions and low != "zufolge" else None
        if end is not None and (low != "nach" or _headed_by_report(ws, i + 1, end, vocab)):
            a, b, anonymous = _report_complement(ws, i + 1, end, vocab)
            add(a, b, i, i + 1, anonymous=anonymous)
        # `TASS zufolge`, `Angaben der Polizei zufolge`, `seiner Meinung nach`
        elif low in vocab.postpositions and i > 0:
            start = _phrase_backward(ws, i, 0, vocab)
            if start is not None and (low != "nach" or _headed_by_report(ws, start, i, vocab)):
                a, b, anonymous = _report_complement(ws, start, i, vocab)
                add(a, b, i, i + 1, anonymous=anonymous)
        # `(Quelle: X)`, `Quelle: X`
        elif low in vocab.source_labels and i + 1 < len(ws) and ws[i + 1].text == ":":
            end = _phrase_forward(ws, i + 2, vocab)
            if end is not None:
                add(_strip_determiner(ws, i + 2, end), end, i, i + 2)
        # `„...“, so Peskow`, `..., so der Sprecher.`
        elif low == "so" and i > 0 and ws[i - 1].text in {",", "“", '"', "«", "»"}:
            if i + 1 < len(ws) and ws[i + 1].text.lower() in _PRONOUNS:
                add(i + 1, i + 2, i, i + 1)
                continue
            end = _phrase_forward(ws, i + 1, vocab)
            if end is not None:
                add(_strip_determiner(ws, i + 1, end), end, i, i + 1)
        # `heißt es aus Regierungskreisen`, `hieß es in einer Erklärung des Ministeriums`
        elif _impersonal_at(ws, i, vocab):
            n = len(next(p for p in vocab.impersonal if _matches(ws, i, p)))
            j = i + n
            while j < len(ws) and ws[j].text.lower() in vocab.between - vocab.impersonal_prepositions:
                j += 1
            if not (j < len(ws) and ws[j].text.lower() in vocab.impersonal_prepositions):
                # `In der Erklärung des Ministeriums heißt es, ...`: the source opens the sentence.
                j = 0 if ws and ws[0].text.lower() in vocab.impersonal_prepositions else len(ws)
            if j < len(ws):
                end = _phrase_forward(ws, j + 1, vocab)
                if end is not None:
                    a, b, anonymous = _report_complement(ws, j + 1, end, vocab)
                    add(a, b, i, i + n, anonymous=anonymous)
        else:
            cue_end = _speech_verb_at(ws, i, vocab)
            if cue_end is None or not _states_something(ws, i, vocab):
                continue
            speaker = _speaker_near_verb(ws, i, cue_end, 0, vocab)
            if speaker is None:
                continue
            a, b = speaker
            if low.startswith("zitier") and a < i:
                # `AFP zitierte Peskow`: the statement is Peskow's, AFP passes it on.
                quoted = _speaker_near_verb(ws, i, cue_end, i + 1, vocab)
                if quoted and quoted[0] > i:
                    add(_strip_determiner(ws, *quoted), quoted[1], i, cue_end, relay=(a, b))
                    continue
            add(_strip_determiner(ws, a, b), b, i, cue_end)
    return out


_CONTENT_MARKS = frozenset({",", ":", "„", "“", '"', "»", "«"})


def _states_something(ws: Sequence[Word], v: int, vocab: _Vocabulary) -> bool:
    """Whether a speech verb at ws[v] credits a statement: a clause or quotation follows or
    precedes its clause (`sagte, ...`, `„...“, sagte X`), its clause points back (`Das teilte X
    mit`, `wie X berichtete`), or it is a verb of reporting (`berichteten Staatsmedien`).
    `Pops Tonfall erinnert an ...` credits nothing."""
    if ws[v].text.lower() in vocab.reporting_verbs:
        return True
    start = v
    while start > 0 and ws[start - 1].text not in _CONTENT_MARKS | {";", "(", "–"}:
        start -= 1
    end = _clause_end(ws, v + 1)
    return (
        (end < len(ws) and ws[end].text in _CONTENT_MARKS)
        or (start > 0 and ws[start - 1].text in _CONTENT_MARKS)
        or ws[start].text.lower() in vocab.pointing_back
    )


def _matches(ws: Sequence[Word], i: int, pattern: Sequence[frozenset[str]]) -> bool:
    return i + len(pattern) <= len(ws) and all(ws[i + k].text.lower() in p for k, p in enumerate(pattern))


def _impersonal_at(ws: Sequence[Word], i: int, vocab: _Vocabulary) -> bool:
    if ws[i].text.lower() not in vocab.impersonal_starts:
        return False
    return any(_matches(ws, i, p) for p in vocab.impersonal)


def _bylines(text: str, vocab: _Vocabulary) -> list[Attribution]:
    agencies = "|".join(re.escape(a) for a in sorted(vocab.agencies, key=len, reverse=True))
    agency_list = rf"(?:{agencies})(?:\s*/\s*(?:{agencies}|[a-z]{{2,4}}))*"
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in vocab.byline_phrases)
    out: list[Attribution] = []
    patterns = [
        # `Moskau (AFP) –`, `(dpa) -`, `Berlin/Paris (dpa/AFP) -` at the very start
        re.compile(rf"\A\s*(?:[^\W\d][\w./ -]{{0,40}}?\s*)?\((?P<src>{agency_list})\)\s*[-–—:]"),
        # `Auf Informationen von AFP`, `Quelle: dpa` in the first or last line
        re.compile(rf"(?im)^[^\w\n]*(?P<cue>{phrases})\s*:?\s*(?P<src>{agency_list})\b"),
        # `(dpa)` or `dpa/lh` closing the text
        re.compile(rf"[\s(©]\(?(?P<src>{agency_list})\)?\s*\Z"),
    ]
    lines = text.splitlines(keepends=True)
    head_end = len(lines[0]) if lines else 0
    tail_start = len(text) - len(lines[-1]) if lines else 0
    for n, pattern in enumerate(patterns):
        for m in pattern.finditer(text):
            if n == 1 and not (m.start("cue") < head_end or m.start("cue") >= tail_start):
                continue
            cue_start, cue_end = (m.start("cue"), m.end("cue")) if n == 1 else (m.start(), m.end())
            out.append(
                Attribution(
                    m["src"],
                    m.start("src"),
                    m.end("src"),
                    text[cue_start:cue_end],
                    cue_start,
                    cue_end,
                    0,
                    len(text),
                    "byline",
                )
            )
    return out


def attributions(text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Attribution]:
    """Every source the text credits, in order. `sentences` are (start, end) offsets from a parser;
    without them a plain splitter is used."""
    vocab = _vocabulary()
    found: list[Attribution] = []
    read = _read_in(text)
    for start, end in sentences if sentences is not None else sentence_bounds(text):
        found.extend(_sentence_credits(text, start, end, vocab, read))
    found = [_label_as_byline(a, text, vocab) for a in found]
    for byline in _bylines(text, vocab):
        if all((a.start, a.end) != (byline.start, byline.end) for a in found):
            found.append(byline)
    return sorted(found, key=lambda a: (a.start, a.end))


_TEXTS_KEPT = 4  # texts whose sentences' credits are kept (an article's readers ask one after another)
_READ: list[tuple[str, dict[tuple[int, int], list[Attribution]]]] = []


def _read_in(text: str) -> dict[tuple[int, int], list[Attribution]]:
    """The credits of the sentences of `text` read so far, by the stretch of words of each
    (`_sentence_credits`); kept for the texts read last, by identity."""
    for known, read in _READ:
        if known is text:
            return read
    read = {}
    _READ.insert(0, (text, read))
    del _READ[_TEXTS_KEPT:]
    return read


def _sentence_credits(
    text: str, start: int, end: int, vocab: _Vocabulary, read: dict[tuple[int, int], list[Attribution]]
) -> list[Attribution]:
    """The credits of the sentence text[start:end], read once per stretch of words: the plain
    splitter's sentence and the parser's with the same words (the one with the white space before
    it) credit the same sources, only their scope differs."""
    piece = text[start:end]
    words = start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())
    found = read.get(words)
    if found is None:
        found = read[words] = _sentence_attributions(
            text, _Sentence(start, end, tokenize(text, start, end)), vocab
        )
    if found and (found[0].scope_start, found[0].scope_end) != (start, end):
        return [replace(a, scope_start=start, scope_end=end) for a in found]
    return found


def _label_as_byline(attr: Attribution, text: str, vocab: _Vocabulary) -> Attribution:
    """`(Quelle: Reuters)` standing alone at the end of the text credits the whole text."""
    if attr.cue.rstrip(":").lower() not in vocab.source_labels or text[attr.end :].strip(" )\n\t."):
        return attr
    return replace(attr, scope_start=0, scope_end=len(text), kind="byline")


def attribution_for_span(attrs: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The source credited for text[start:end]: the nearest cue in its sentence that names someone
    (not a pronoun, not an anonymous `nach ersten Angaben`), else a byline."""
    local = [
        a
        for a in attrs
        if a.kind == "sentence"
        and not (a.pronoun or a.anonymous)
        and ((a.scope_start <= start and end <= a.scope_end) or start <= a.cue_start < end)
    ]
    if local:
        return min(local, key=lambda a: min(abs(a.cue_start - start), abs(a.cue_end - end)))
    bylines = [a for a in attrs if a.kind == "byline"]
    return bylines[0] if bylines else None
