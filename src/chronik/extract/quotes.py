"""Who said what: direct, indirect and reported speech with cue, speaker and addressee.

`extract_quotes(doc)` reads an analysed Doc (STTS tags, lemmas, sentences, `doc.ents`):
- direct speech: text in quotation marks with a speech verb before or after it
  (`X sagte: „...“`, `„...“, sagte X`, `„...“, so X`);
- indirect speech: a speech verb with a content clause (`X sagte, dass ...`, `X sagte, er habe ...`,
  `..., erklärte X`), and the credit phrases `laut X`, `X zufolge`, `nach Angaben X`;
- reported speech: a speech act without its content (`X kritisierte die Entscheidung`);
- continuation: sentences in Konjunktiv right after a quote go on with the same speaker.
The speaker is the verb's subject (a name, a description like `der Minister`, or a pronoun, which
`speaker_name` resolves to the last person named before it). Cue words: `data/cues/speech.yml`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from typing import Literal, NamedTuple

from spacy.tokens import Doc, Span, Token

from chronik.extract.attribution import Attribution, attributions
from chronik.extract.cue_lexicon import load_cues, words
from chronik.extract.speaker_ranker import SENTENCE, SpeakerModel, shipped_model
from chronik.extract.timex import Timex, find_times
from chronik.nlp.token_table import token_table

QuoteKind = Literal["direct", "indirect", "reported"]


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the analysed text: `doc.text[start:end] == text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """One act of speech. `content` is the quoted or reported words (for direct speech with the
    quotation marks); `speaker_name` is the person a pronoun speaker stands for, when known."""

    kind: QuoteKind
    content: TextSpan
    cue: TextSpan | None
    speaker: TextSpan | None
    addressee: TextSpan | None = None
    speaker_name: str | None = None


_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "FM", "PPOSAT", "PIAT", "PDAT", "CARD", "TRUNC"})
_NP_HEADS = frozenset({"NN", "NE", "FM", "TRUNC"})
_SKIPPABLE = frozenset({"ADV", "ADJD", "PROAV", "PTKNEG", "PAV", "KOKOM", "PRF"})
_PREPOSITIONS = frozenset({"APPR", "APPRART", "APPO", "APZR"})
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "–", "—"})
_NON_NOMINATIVE = frozenset({"den", "dem", "des", "einem", "einen", "eines"})
_KONJUNKTIV_TWO = frozenset(
    {"wäre", "wären", "hätte", "hätten", "würde", "würden", "könnten", "müssten", "sollten", "dürften"}
)
_MAX_GAP = 1  # sentences of the writer's own that a report in Konjunktiv I may continue across


@dataclass(frozen=True)
class _Lexicon:
    verbs: frozenset[str]
    particle_verbs: tuple[tuple[frozenset[str], str], ...]
    reported_verbs: frozenset[str]
    separable_particles: frozenset[str]
    reported_with_preposition: tuple[tuple[frozenset[str], str], ...]
    speaker_suffixes: tuple[str, ...]
    quote_pairs: dict[str, str]
    subjunctive: frozenset[str]
    pronouns: frozenset[str]
    impersonal_speakers: frozenset[str]
    opinion_verbs: frozenset[str]
    opinion_nouns: frozenset[str]
    speaker_verbs: frozenset[str]
    anaphoric: tuple[tuple[str, ...], ...]
    anaphoric_if_reported: frozenset[str]
    report_nouns: tuple[str, ...]
    cross_reference_verbs: frozenset[str]
    # `particle_verbs` by verb form: the particles each form takes (derived, for a lookup per verb)
    particles_of: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def _lexicon() -> _Lexicon:
    data = load_cues("speech")

    def pairs(key: str) -> tuple[tuple[frozenset[str], str], ...]:
        out = []
        for entry in data.get(key) or []:
            verb, word = str(entry).rsplit(" ", 1)
            out.append((frozenset(verb.lower().split("|")), word.lower()))
        return tuple(out)

    particle_verbs = pairs("particle_verbs")
    particles_of: dict[str, list[str]] = {}
    for forms, particle in particle_verbs:
        for form in forms:
            particles_of.setdefault(form, []).append(particle)
    return _Lexicon(
        verbs=frozenset(f for entry in words("speech", "verbs") for f in entry.split("|")),
        particle_verbs=particle_verbs,
        reported_verbs=frozenset(words("speech", "reported_verbs")),
        separable_particles=frozenset(words("speech", "separable_particles")),
        reported_with_preposition=pairs("reported_with_preposition"),
        speaker_suffixes=words("speech", "speaker_suffixes"),
        quote_pairs={str(k): str(v) for k, v in (data.get("quote_pairs") or {}).items()},
        subjunctive=frozenset(words("speech", "subjunctive_forms")),
        pronouns=frozenset(words("speech", "pronouns")),
        impersonal_speakers=frozenset(words("speech", "impersonal_speakers")),
        opinion_verbs=frozenset(words("speech", "opinion_verbs")),
        opinion_nouns=frozenset(words("speech", "opinion_nouns")),
        speaker_verbs=frozenset(words("speech", "speaker_verbs")),
        anaphoric=tuple(tuple(entry.split()) for entry in words("speech", "anaphoric_sources")),
        anaphoric_if_reported=frozenset(words("speech", "anaphoric_if_reported")),
        report_nouns=words("attribution", "report_nouns"),
        cross_reference_verbs=frozenset(words("speech", "cross_reference_verbs")),
        particles_of={form: tuple(p) for form, p in particles_of.items()},
    )


def anaphoric_words() -> frozenset[str]:
    """One-word stand-ins for a source named before (`Demnach`, `Wonach`; `Danach` where reported)."""
    lex = _lexicon()
    return frozenset(e[0] for e in lex.anaphoric if len(e) == 1) | lex.anaphoric_if_reported


# --- quotation marks ------------------------------------------------------------------------------


def quotation_spans(text: str, pairs: dict[str, str] | None = None) -> list[tuple[int, int]]:
    """Character spans of quoted stretches, marks included; nested marks stay inside."""
    pairs = pairs or _lexicon().quote_pairs
    spans: list[tuple[int, int]] = []
    openers = _openers("".join(mark for mark in pairs if len(mark) == 1))  # (a text holds single marks)
    i = 0
    while (found := openers.search(text, i)) is not None:
        i = found.start()
        ch = text[i]
        closer = pairs[ch]
        # `‚...‘` nests inside `„...“`; an apostrophe-like mark in a word is not a quote.
        if ch == "‚" or (ch in '“”"' and i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        limit = i + 3000
        end = text.find(closer, i + 1, limit + 1)  # bounded: an unclosed mark must not scan the rest
        if end == -1:
            i += 1
            continue
        spans.append((i, end + 1))
        i = end + 1
    return spans


@lru_cache(maxsize=8)
def _openers(marks: str) -> re.Pattern[str]:
    """A pattern of any one of the opening `marks` (a scan jumps from one to the next)."""
    return re.compile("[" + "".join(re.escape(m) for m in marks) + "]")


# --- noun phrases on tags -------------------------------------------------------------------------


def _in_np(token: Token) -> bool:
    return token.tag_ in _NP_TAGS or (token.text in "()" and token.tag_.startswith("$"))


def _np_forward(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at tokens[i], with genitives and `(ACRONYM)`."""
    j = i
    while j < len(tokens) and tokens[j].tag_ in _NP_TAGS:
        j += 1
    if not any(t.tag_ in _NP_HEADS for t in tokens[i:j]):
        return None
    # `(KCNA)`, `von der Leyen`
    while j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        j += 3
    if j + 1 < len(tokens) and tokens[j].lower_ == "von" and tokens[j + 1].tag_ in {"NE", "ART"}:
        rest = _np_forward(tokens, j + 1)
        if rest is not None and tokens[rest[1] - 1].tag_ == "NE":
            j = rest[1]
    return i, j


def _np_backward(tokens: Sequence[Token], end: int, lo: int = 0) -> tuple[int, int] | None:
    """Token range of the noun phrase ending just before tokens[end]."""
    k = end
    if k - 3 >= lo and tokens[k - 1].text == ")" and tokens[k - 3].text == "(":
        k -= 3
    while k - 1 >= lo and tokens[k - 1].tag_ in _NP_TAGS:
        k -= 1
    if not any(t.tag_ in _NP_HEADS for t in tokens[k:end]):
        return None
    return k, end


def _grow_to_entities(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    """Widen a token range so that it does not cut a named entity in two."""
    for ent_start, ent_end in ctx.entities:
        if ent_start < end and start < ent_end:
            start, end = min(start, ent_start), max(end, ent_end)
    return start, end


# --- speakers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What every speaker search needs: the doc, its noun phrases and the tokens of time words.

    `text` is `doc.text` read once (spaCy rebuilds it from the tokens on every read, so reading it
    per quotation mark made long articles quadratic); the indexes below answer per-position
    questions by bisection instead of a scan of the whole article."""

    doc: Doc
    lex: _Lexicon
    phrases: tuple[tuple[int, int, int], ...]  # (start, end, head) token indices
    time_tokens: frozenset[int]
    quote_edges: frozenset[int] = frozenset()  # marks opening or closing a quotation
    text: str = ""
    tokens: tuple[Token, ...] = ()
    marks: Marks = field(default_factory=lambda: Marks([]))
    phrases_from: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)  # by start
    phrases_to: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)  # by end
    phrases_sorted: bool = False  # whether `phrases` are in order of their starts
    speech_cues: dict[int, bool] = field(default_factory=dict)  # token index -> _is_speech_cue
    clauses: dict[tuple[int, int, int], tuple[int, int]] = field(default_factory=dict)  # _clause_bounds
    breaks: tuple[bool, ...] = ()  # per token: it ends a clause stretch (punctuation, quote edge)
    full_stops: tuple[bool, ...] = ()  # per token: a sentence-final mark ($.)
    lowers: tuple[str, ...] = ()  # per token: its lower-case form
    tags: tuple[str, ...] = ()  # per token: its STTS tag (read once: each `tag_` looks it up)
    lemmas: tuple[str, ...] = ()  # per token: its lemma, lower-cased
    ent_types: tuple[str, ...] = ()  # per token: its entity label, or ''
    speaker_like: dict[tuple[int, int], bool] = field(default_factory=dict)  # _is_speaker_like
    reportive: dict[int, bool] = field(default_factory=dict)  # sentence start -> _is_reportive
    entities: tuple[tuple[int, int], ...] = ()  # the token ranges of `doc.ents`, in order
    konjunktiv_one: dict[int, bool] = field(default_factory=dict)  # sentence start -> _in_konjunktiv_one


def _context(
    doc: Doc,
    lex: _Lexicon,
    phrases: tuple[tuple[int, int, int], ...],
    time_tokens: frozenset[int],
    quote_edges: frozenset[int],
    marks: list[tuple[int, int]],
    text: str,
) -> _Context:
    phrases_from: dict[int, list[tuple[int, int, int]]] = {}
    phrases_to: dict[int, list[tuple[int, int, int]]] = {}
    for p in phrases:
        phrases_from.setdefault(p[0], []).append(p)
        phrases_to.setdefault(p[1], []).append(p)
    tokens = tuple(doc)
    tags, lowers, lemmas, ent_types = _token_attributes(doc)
    return _Context(
        doc,
        lex,
        phrases,
        time_tokens,
        quote_edges,
        text,
        tokens,
        Marks(marks),
        phrases_from,
        phrases_to,
        all(a[0] <= b[0] for a, b in pairwise(phrases)),
        breaks=tuple(
            word in _CLAUSE_BREAK or i in quote_edges for i, word in enumerate(token_table(doc).texts)
        ),
        full_stops=tuple(tag == "$." for tag in tags),
        lowers=lowers,
        tags=tags,
        lemmas=lemmas,
        ent_types=ent_types,
        entities=tuple((ent.start, ent.end) for ent in doc.ents),
    )


def _token_attributes(
    doc: Doc,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Per token: tag, lower-case form, lower-cased lemma and entity label ('' for none), from the
    doc's token table (each `token.tag_` would look its string up anew) and, for the labels, which
    extraction may have changed, its array of them."""
    if not len(doc):
        return (), (), (), ()
    table = token_table(doc)
    strings: dict[int, str] = {}

    def string(key: int) -> str:
        found = strings.get(key)
        if found is None:
            found = strings[key] = doc.vocab.strings[key]
        return found

    ent_types = tuple(map(string, doc.to_array("ENT_TYPE").tolist()))
    return table.tags, table.lowers, table.lemma_lowers, ent_types


def _morph(ctx: _Context, i: int, field: str) -> list[str]:
    """`ctx.tokens[i].morph.get(field, default=[])`, as the doc's token table reads it (once per
    morphology of the doc); callers must not change the list."""
    return token_table(ctx.doc).morph(i, field)


def _phrase_from(ctx: _Context, start: int) -> tuple[int, int, int] | None:
    """The first phrase that starts at token `start`."""
    found = ctx.phrases_from.get(start)
    return found[0] if found else None


def _last_non_space(text: str, pos: int) -> int:
    """The index of the last character before `pos` that is not white space, or -1."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos


class Marks:
    """Quotation spans (sorted, never overlapping, as `quotation_spans` gives them) with lookups."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.by_end = {e: (s, e) for s, e in spans}

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end), in order."""
        return self.spans[bisect_right(self.ends, start) : bisect_left(self.starts, end)]

    def inside(self, pos: int) -> bool:
        """Whether `pos` lies strictly inside a span."""
        k = bisect_left(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def ending_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans whose end lies in [lo, hi], in order."""
        return self.spans[bisect_left(self.ends, lo) : bisect_right(self.ends, hi)]


def _clause_bounds(ctx: _Context, sent: Span, i: int) -> tuple[int, int]:
    """Token range (doc indices) of the punctuation-delimited stretch around doc token i. Quotation
    marks end it only around a quotation, not around a quoted name (`der „Berliner Zeitung“`)."""
    key = (sent.start, sent.end, i)
    if key not in ctx.clauses:
        ctx.clauses[key] = _find_clause_bounds(ctx, sent, i)
    return ctx.clauses[key]


def _find_clause_bounds(ctx: _Context, sent: Span, i: int) -> tuple[int, int]:
    breaks, stops = ctx.breaks, ctx.full_stops
    a = i
    while a > sent.start and not breaks[a - 1]:
        a -= 1
    b = i + 1
    while b < sent.end and not breaks[b] and not stops[b]:
        b += 1
    return a, b


def _phrases(doc: Doc) -> tuple[tuple[int, int, int], ...]:
    """Maximal noun phrases from `chronik_noun_phrases`, else runs of noun-phrase tags."""
    if "noun_phrases" in doc.spans:
        has_head = Span.has_extension("np_head")
        out = []
        for span in doc.spans["noun_phrases"]:
            if span.label_ != "NP":
                continue
            head = span._.np_head if has_head else None  # (each `span._` is a new object)
            out.append((span.start, span.end, span.end - 1 if head is None else head))
        return tuple(out)
    tokens, out, i = list(doc), [], 0
    while i < len(tokens):
        if tokens[i].tag_ == "PPER":
            out.append((i, i + 1, i))
            i += 1
            continue
        np = _np_forward(tokens, i)
        if np is None:
            i += 1
            continue
        heads = [k for k in range(*np) if tokens[k].tag_ in _NP_HEADS]
        out.append((np[0], np[1], heads[-1] if heads else np[1] - 1))
        i = np[1]
    return tuple(out)


def _could_be_subject(ctx: _Context, phrase: tuple[int, int, int]) -> bool:
    start, end, head = phrase
    doc = ctx.doc
    if any(k in ctx.time_tokens for k in range(start, end)):
        return False
    if doc[start].lower_ in _NON_NOMINATIVE:
        return False
    if start > 0 and doc[start - 1].tag_ in _PREPOSITIONS:
        return False
    cases = _morph(ctx, head, "Case")
    return not cases or "Nom" in cases


def _is_speaker_like(ctx: _Context, start: int, end: int) -> bool:
    """A name, a pronoun, or a phrase whose nouns name people, institutions, media or documents."""
    known = ctx.speaker_like.get((start, end))
    if known is None:
        known = ctx.speaker_like[(start, end)] = _find_speaker_like(ctx, start, end)
    return known


def _find_speaker_like(ctx: _Context, start: int, end: int) -> bool:
    tags, lowers = ctx.tags, ctx.lowers
    for i in range(start, end):
        if ctx.ent_types[i] in {"PER", "ORG", "LOC"}:  # the phrase overlaps such an entity
            return True
        tag = tags[i]
        if tag == "NE" or (tag == "PPER" and lowers[i] in ctx.lex.pronouns):
            return True
        if tag == "NN" and _speaker_noun(ctx.lemmas[i], lowers[i]):
            return True
    return False


@cache
def _speaker_noun(lemma: str, lower: str) -> bool:
    """Whether a noun (lower-case lemma and form) ends in a speaker suffix, in any of its forms."""
    return any(_speaker_suffix(form) for form in (lemma, lower, *_base_forms(lower)))


@cache
def _speaker_suffix(word: str) -> str | None:
    """`_ending_in(word, speaker_suffixes)`, cached on the word alone: hashing the long tuple of
    endings on every call cost more than the search."""
    return _ending_in(word, _lexicon().speaker_suffixes)


@cache
def _report_noun_ending(word: str) -> str | None:
    """`_ending_in(word, report_nouns)`, cached on the word alone (see `_speaker_suffix`)."""
    return _ending_in(word, _lexicon().report_nouns)


@cache
def _base_forms(noun: str) -> tuple[str, ...]:
    """The noun without a feminine or plural ending (`aktivistin`, `aktivistinnen` → `aktivist`;
    `ohrenzeugen` → `ohrenzeuge`), so that one entry in `speaker_suffixes` serves all forms even
    when the lemma is wrong."""
    out = []
    for suffix in ("innen", "in", "en", "n"):
        if noun.endswith(suffix) and len(noun) > len(suffix) + 3:
            out.append(noun[: -len(suffix)])
    return tuple(out)


def _ending_in(word: str, endings: tuple[str, ...]) -> str | None:
    """The first of `endings` that `word` ends with (`Regierungssprecher` → `sprecher`); None for ''."""
    if not word or not word.endswith(endings):  # one C call rejects most words
        return None
    return next(e for e in endings if word.endswith(e))


def _phrase_after(ctx: _Context, start: int, stop: int) -> tuple[int, int] | None:
    """The first phrase in [start, stop) that can be a subject (not in a PP, not a time)."""
    if ctx.phrases_sorted:  # walk the positions instead of every phrase of the article
        for k in range(start, stop):
            for phrase in ctx.phrases_from.get(k, ()):
                if _could_be_subject(ctx, phrase):
                    return phrase[0], min(phrase[1], stop)
        return None
    for phrase in ctx.phrases:
        if start <= phrase[0] < stop and _could_be_subject(ctx, phrase):
            return phrase[0], min(phrase[1], stop)
    return None


def _phrase_ending(ctx: _Context, end: int, lo: int) -> tuple[int, int] | None:
    return next(((p[0], p[1]) for p in reversed(ctx.phrases_to.get(end, ())) if p[0] >= lo), None)


def _apposition_before(ctx: _Context, sent: Span, a: int) -> tuple[int, int] | None:
    """`Der Sprecher, Wang Yi, sagte` / `Wang Yi, Sprecher des Ministeriums, sagte` /
    `Deiss, der ... hatte, sagte`: phrases between commas (or a relative clause) opening the
    sentence are the subject of the verb after them."""
    doc = ctx.doc
    if a - 1 <= sent.start or doc[a - 1].text != ",":
        return None
    # Step back over a relative clause (`, der sich ... entschlossen hatte,`).
    k = a - 2
    while k > sent.start and doc[k].text != ",":
        k -= 1
    if doc[k].text == "," and doc[k + 1].tag_ in {"PRELS", "PRELAT"}:
        before = _phrase_ending(ctx, k, sent.start)
        if before is not None and before[0] == sent.start:
            return before
    # `Der Bürgermeister von Ulm, Hans Ott, sagte`: two verbless stretches between commas, the
    # first opening the sentence with a possible subject.
    c1 = a - 2
    while c1 > sent.start and doc[c1].text not in {",", "–"}:
        c1 -= 1
    if c1 <= sent.start or c1 >= a - 2:
        return None
    inner, outer = doc[c1 + 1 : a - 1], doc[sent.start : c1]
    if any(t.tag_ in _FINITE or t.text in _CLAUSE_BREAK or t.tag_.startswith("V") for t in [*inner, *outer]):
        return None
    if inner[0].tag_ not in _NP_TAGS or not any(t.tag_ in _NP_HEADS for t in inner):
        return None
    initial = _phrase_from(ctx, sent.start)
    if initial is None or not _could_be_subject(ctx, initial):
        return None
    return sent.start, a - 1


def _subject(ctx: _Context, sent: Span, cue: Token) -> tuple[int, int] | None:
    """The subject of a speech verb, by German word order:
    verb-first (`, sagte X`) → after it; after a subordinator (`wie X mitteilte`) → after that;
    verb-second → the phrase before the finite verb, unless that is an adverbial or an object
    (`Am Montag sagte X`, `Den Plan kritisierte X`), then the phrase after it."""
    doc = ctx.doc
    a, b = _clause_bounds(ctx, sent, cue.i)
    finite = next((t for t in doc[a : cue.i + 1] if t.tag_ in _FINITE), cue)
    first = doc[a]
    if first.tag_ in {"KOUS", "PWAV", "KON"} or first.lower_ in {"wie", "als", "dass", "daß"}:
        return _phrase_after(ctx, a + 1, cue.i)
    if first.tag_ in {"PRELS", "PRELAT"} and a - 1 > sent.start:
        # `Peskow, der am Montag sagte, ...`: the relative pronoun's antecedent.
        return _phrase_ending(ctx, a - 1, sent.start)
    if finite.i == a and b == cue.i + 1 and cue.tag_ == "VVFIN":
        # `Wie der Sprecher, Hans Ott, mitteilte, ...`: a verb-final clause split by an apposition;
        # its subject follows the subordinator that opens it.
        opener = _subordinator_before(ctx, sent, a)
        if opener is not None:
            return _phrase_after(ctx, opener + 1, cue.i)
    if finite.i == a:
        apposition = _apposition_before(ctx, sent, a)
        if apposition is not None:
            return apposition
        return _phrase_after(ctx, finite.i + 1, b)
    if finite.i - 1 >= a and doc[finite.i - 1].tag_ == "KON" and finite.i - 1 > sent.start:
        # `Er sagte, ... und fügte hinzu`: the coordinated verb shares the first verb's subject.
        earlier = next((t for t in doc[sent.start : finite.i - 1] if t.tag_ in _FINITE), None)
        if earlier is not None and earlier.i < a:
            return _subject(ctx, sent, earlier)
        if earlier is not None:
            return None
    if first.tag_ in {"PDS", "ART"} and first.lower_ in {"das", "dies", "dieses"} and finite.i == a + 1:
        # `Das bestätigte die Polizei`: a pointing-back object, the subject follows the verb (its
        # case is often misread, as the object is already taken).
        return next(
            (
                (p[0], min(p[1], b))
                for p in ctx.phrases
                if finite.i < p[0] < b
                and doc[p[0] - 1].tag_ not in _PREPOSITIONS
                and not any(k in ctx.time_tokens for k in range(p[0], p[1]))
            ),
            None,
        )
    if first.tag_ == "PPER" and finite.i == a + 1:
        # `Er sagte` names a speaker; `Es soll ... warnen` does not.
        return (a, a + 1) if first.lower_ in ctx.lex.pronouns else None
    if _is_passive(doc, finite, cue):
        # `wurde von der Polizei bestätigt`: only an agent phrase names the speaker.
        agent = next((t for t in doc[a:b] if t.lower_ in {"von", "vom"}), None)
        if agent is None:
            return None
        by_agent = _phrase_from(ctx, agent.i + 1)
        return (by_agent[0], by_agent[1]) if by_agent else None
    initial = _phrase_from(ctx, a)
    forefield = doc[a : finite.i]
    if (
        initial is not None
        and _could_be_subject(ctx, initial)
        and not any(t.tag_.startswith("V") for t in forefield)
    ):
        named = _named_subject_after_verb(ctx, initial, finite, b)
        if named is not None:
            return named
        # The whole forefield: `Ein Regierungssprecher in Berlin sagte`.
        return a, finite.i
    return _phrase_after(ctx, finite.i + 1, b)


def _named_subject_after_verb(
    ctx: _Context, initial: tuple[int, int, int], finite: Token, b: int
) -> tuple[int, int] | None:
    """`Eine Verschiebung bezeichnete Conze als fatal`: a forefield that names no one before a
    name right after the verb is the object, fronted; the name is the subject."""
    if _is_speaker_like(ctx, initial[0], initial[1]):
        return None
    # (The case tagger gives the clause one subject and took the forefield, so case is not asked.)
    after = next((p for p in ctx.phrases_from.get(finite.i + 1, ()) if p[1] <= b), None)
    if (
        after is not None
        and ctx.doc[after[0]].lower_ not in _NON_NOMINATIVE
        and any(t.tag_ == "NE" or t.ent_type_ == "PER" for t in ctx.doc[after[0] : after[1]])
    ):
        return after[0], after[1]
    return None


def _subordinator_before(ctx: _Context, sent: Span, a: int) -> int | None:
    """The `wie`/`als`/`dass` opening the clause whose verb-final stretch starts at doc token a,
    when only verbless appositions (`, Hans Ott,`) stand between them."""
    doc = ctx.doc
    k = a - 1
    while k > sent.start and doc[k].text == ",":
        c = k - 1
        while c >= sent.start and doc[c].text not in _CLAUSE_BREAK:
            if doc[c].tag_.startswith("V") or c in ctx.quote_edges:
                return None
            c -= 1
        opener = c + 1
        if doc[opener].tag_ in {"KOUS", "PWAV"} or doc[opener].lower_ in {"wie", "als", "dass", "daß"}:
            return opener
        if c < sent.start:
            return None
        k = c
    return None


def _is_passive(doc: Doc, finite: Token, cue: Token) -> bool:
    return (
        cue.tag_ == "VVPP"
        and finite.lemma_.lower() == "werden"
        and not any(
            t.tag_ == "VAINF" and t.lemma_.lower() in {"haben", "sein"} for t in doc[cue.i + 1 : cue.i + 3]
        )
    )


def _addressee(
    ctx: _Context, sent: Span, cue: Token, speaker: tuple[int, int] | None
) -> tuple[int, int] | None:
    """`gegenüber der Zeitung X`, or a dative phrase in the cue's clause (`sagte dem Sender`)."""
    doc = ctx.doc
    a, b = _clause_bounds(ctx, sent, cue.i)
    tokens = ctx.tokens
    for j in range(a, b):
        if speaker and speaker[0] <= j < speaker[1]:
            continue
        if doc[j].lower_ == "gegenüber":
            return _np_forward(tokens, j + 1)
        if doc[j].tag_ == "ART" and doc[j].lower_ in {"dem", "den"} and "Dat" in _morph(ctx, j, "Case"):
            if j > a and doc[j - 1].tag_ in _PREPOSITIONS:
                continue
            np = _np_forward(tokens, j)
            if np and not (speaker and np[0] < speaker[1] and speaker[0] < np[1]):
                return np
    return None


# --- cues -----------------------------------------------------------------------------------------


def _clause_last_word(ctx: _Context, sent: Span, token: Token) -> str:
    """The word that closes a verb's clause, where a separable particle would stand; an apposition
    between commas does not close it (`teilte der Leiter, Andreas Huber, mit`)."""
    doc = ctx.doc
    _, b = _clause_bounds(ctx, sent, token.i)
    if b < sent.end and doc[b].text == ",":
        _, c = _clause_bounds(ctx, sent, b + 1) if b + 1 < sent.end else (b, b)
        verbless = all(not t.tag_.startswith("V") for t in doc[b + 1 : c])
        if verbless and c + 1 < sent.end and doc[c].text == ",":
            _, d = _clause_bounds(ctx, sent, c + 1)
            if d == c + 2 and doc[c + 1].lower_ in ctx.lex.separable_particles:
                return doc[c + 1].lower_
    return doc[b - 1].lower_ if b - 1 > token.i else ""


def _is_opinion_cue(ctx: _Context, token: Token, sent: Span) -> bool:
    """`ist der Meinung`, `vertritt die Ansicht`: a finite verb of holding a view with its noun."""
    if token.tag_ not in _FINITE or token.lemma_.lower() not in ctx.lex.opinion_verbs:
        return False
    a, b = _clause_bounds(ctx, sent, token.i)
    return any(
        t.lemma_.lower() in ctx.lex.opinion_nouns and ctx.doc[t.i - 1].tag_ in {"ART", "ADJA"}
        for t in ctx.doc[a:b]
        if t.tag_ == "NN" and t.i > a
    )


def _is_speech_cue(ctx: _Context, token: Token, sent: Span) -> bool:
    """Whether `token` (in its sentence `sent`) is a verb of saying; asked once per token."""
    if not ctx.tags[token.i].startswith("V"):
        return False  # most tokens: `_speech_cue` asks for a verb (opinion cues for a finite one)
    known = ctx.speech_cues.get(token.i)
    if known is None:
        known = ctx.speech_cues[token.i] = _speech_cue(ctx, token, sent)
    return known


def _speech_cue(ctx: _Context, token: Token, sent: Span) -> bool:
    doc, lex = ctx.doc, ctx.lex
    if _is_opinion_cue(ctx, token, sent):
        return True
    if not token.tag_.startswith("V") or token.tag_.startswith("VA") or token.tag_ == "VVIZU":
        return False
    if token.i > sent.start and doc[token.i - 1].tag_ == "PTKZU":
        return False  # `um ... auszuführen`, `zu sagen`: not a speech act of its own
    forms = {token.lower_, token.lemma_.lower()}
    particles = lex.particles_of
    if not forms & lex.verbs and not any(form in particles for form in forms):
        return False  # most verbs: no speech verb with a particle or without (its clause unread)
    last = _clause_last_word(ctx, sent, token)
    # `teilte ... mit`, `brachte ... zum Ausdruck` are speech verbs; `sagte den Besuch ab` is not. In
    # a verb-final clause the particle may stand apart before the verb: `wie der Verband bekannt gab`.
    before = doc[token.i - 1].lower_ if token.i > sent.start else ""
    if any(particle in (last, before) for form in forms for particle in particles.get(form, ())):
        return True
    if last in lex.separable_particles:
        return False
    return bool(forms & lex.verbs)


def _span(text: str, start_char: int, end_char: int) -> TextSpan:
    return TextSpan(start_char, end_char, text[start_char:end_char])


def _tokens_span(doc: Doc, start: int, end: int) -> TextSpan:
    """The text of tokens [start, end), from the doc's token table where the range is not empty."""
    if 0 <= start < end <= len(doc):
        table = token_table(doc)
        start_char, end_char = table.starts[start], table.end(end - 1)
        return TextSpan(start_char, end_char, table.text[start_char:end_char])
    span = doc[start:end]  # (as spaCy reads an empty or clipped range)
    return TextSpan(span.start_char, span.end_char, span.text)


def _sentence_content(doc: Doc, sent: Span) -> tuple[int, int]:
    table = token_table(doc)
    end = sent.end
    while end - 1 > sent.start and (table.tags[end - 1] == "$." or table.spaces_only[end - 1]):
        end -= 1
    return sent.start, end


@dataclass
class _Draft:
    kind: QuoteKind
    content: TextSpan
    cue: TextSpan | None
    speaker: TextSpan | None
    addressee: TextSpan | None = None
    sentence: int = 0
    weak: bool = False  # kept only if a continuation follows
    continued: bool = False  # a sentence in Konjunktiv that goes on with the last speaker

    def start_inside(self, other: _Draft) -> bool:
        """Whether `other`'s content lies within this draft's content."""
        return self.content.start <= other.content.start and other.content.end <= self.content.end


def _opens_content(segment: Span) -> bool:
    """Whether a stretch after a cue's clause is what was said: `dass`/`ob` or a question word, or
    a main clause with a finite verb (`er habe ...`); adverbial and relative clauses (`während`,
    `nachdem`, `so dass`, `die ...`, `um ... zu`) are not."""
    first = segment[0]
    if first.lower_ in {"dass", "daß", "ob"} or first.tag_ in {"PWAV", "PWS", "PWAT"}:
        return True
    if first.tag_ in {"KOUS", "KOUI", "KON"} or (
        first.lower_ == "so" and len(segment) > 1 and segment[1].lower_ in {"dass", "daß"}
    ):
        return False
    if any(t.tag_ == "VVIZU" or (t.tag_ == "PTKZU" and first.tag_ != "PRELS") for t in segment):
        return True  # `versprach, die Steuern zu senken`
    finite = [t.i for t in segment if t.tag_ in _FINITE]
    if not finite:
        return False
    # A relative clause puts its finite verb last (`, die gestern eintrafen`); a misread `die` that
    # opens a main clause does not (`, die Behörde habe ...`).
    return first.tag_ not in {"PRELS", "PRELAT"} or finite[0] < segment.end - 1


def _adverbial(first: Token, opening_als: bool = False) -> bool:
    """Whether a clause opening with `first` is adverbial (`nachdem`, `während`, `weil`, `da`):
    a subordinator other than those that open what was said or who said it (`dass`, `ob`, `wie`,
    `als`); with `opening_als`, also `Als` opening the sentence, which tells when (`Als X das
    verkündete, stieg …`: the main clause after the cue's clause is no content)."""
    if first.tag_ != "KOUS":
        return False
    if opening_als and first.lower_ == "als" and first.is_sent_start:
        return True
    return first.lower_ not in {"dass", "daß", "ob", "wie", "als"}


def _content_after(doc: Doc, b: int, end: int) -> int | None:
    """Where the content clause starts after a cue's clause ending at token b: the first stretch
    after a comma or colon that opens with a subordinator or holds a verb, so that appositions
    (`sagte der Direktor der IAEO, Mohammed el-Baradei, Nordkorea besitze ...`) are stepped over."""
    k = b
    while k < end:
        if doc[k].text in {",", ":"}:
            stop = k + 1
            while stop < end and doc[stop].text not in {",", ":"}:
                stop += 1
            segment = doc[k + 1 : stop]
            if segment and _opens_content(segment):
                return k + 1
            k = stop
        elif doc[k].text == "(" or k == b:
            k += 1
        else:
            return None
    return None


def _reports_alone(ctx: _Context, sent: Span, token: Token) -> bool:
    """Whether a speech verb makes a quote without a clause (`kritisierte die Entscheidung`)."""
    forms = {token.lower_, token.lemma_.lower()}
    _, b = _clause_bounds(ctx, sent, token.i)
    if doc_particle := (ctx.doc[b - 1].lower_ if ctx.doc[b - 1].tag_ == "PTKVZ" else ""):
        forms |= {doc_particle + f for f in forms}  # `gab ... bekannt` → `bekanntgeben`
    if forms & ctx.lex.reported_verbs:
        return True
    return any(
        forms & verbs and any(t.lower_ == word for t in ctx.doc[token.i + 1 : b])
        for verbs, word in ctx.lex.reported_with_preposition
    )


def _verb_quotes(
    ctx: _Context, sent: Span, index: int, marks: list[tuple[int, int]], previous: Span | None = None
) -> list[_Draft]:
    doc, text = ctx.doc, ctx.text
    drafts: list[_Draft] = []
    sent_marks = ctx.marks.overlapping(sent.start_char, sent.end_char)
    for i in range(sent.start, sent.end):
        if not ctx.tags[i].startswith("V"):
            continue  # no speech cue (`_is_speech_cue` asks for a verb first)
        token = ctx.tokens[i]
        if not _is_speech_cue(ctx, token, sent) or ctx.marks.inside(token.idx):
            continue
        subject = _subject(ctx, sent, token)
        if subject is None:
            continue
        person_like = _is_speaker_like(ctx, *subject)
        # `Das Komitee sagte, ...`: a verb of saying makes any noun phrase a speaker, but only with
        # a clause or a quotation; reported speech acts still need a person-like subject.
        if not person_like and not (
            {token.lemma_.lower(), token.lower_} & ctx.lex.speaker_verbs
            and any(t.tag_ in _NP_HEADS for t in doc[subject[0] : subject[1]])
        ):
            continue
        s0, s1 = _grow_to_entities(ctx, *subject)
        speaker = _tokens_span(doc, s0, s1)
        addressee_range = _addressee(ctx, sent, token, (s0, s1))
        addressee = _tokens_span(doc, *addressee_range) if addressee_range else None
        cue = _tokens_span(doc, token.i, token.i + 1)
        a, b = _clause_bounds(ctx, sent, token.i)
        # Direct speech right after the clause (`sagte: „...“`) or right before a clause that opens
        # with the verb (`„...“, sagte X`).
        clause_end = doc[b - 1].idx + len(doc[b - 1].text)
        after = [
            m for m in sent_marks if m[0] >= clause_end and text[clause_end : m[0]].strip() in {":", ","}
        ]
        verb_first = next((t.i for t in doc[a:b] if t.tag_ in _FINITE), None) == a
        before = _comma_before(ctx, doc[a].idx) if verb_first else []
        # A quotation inside the cue's clause: `nannte die Vorwürfe „aus der Luft gegriffen“`.
        # Capitalised ones are mostly titles and names (`der „Berliner Zeitung“`), so only a
        # quotation opening in lower case counts.
        inside = [
            m
            for m in sent_marks
            if doc[a].idx <= m[0] <= clause_end + 1
            and m not in after
            and _opens_in_lower_case(text, m)
            and not doc[s0].idx <= m[0] < doc[s1 - 1].idx + len(doc[s1 - 1].text)
        ]
        for m in after[:1] + before[-1:] + inside:
            drafts.append(_Draft("direct", _span(text, *m), cue, speaker, addressee, index))
        if after or before:
            continue
        start, end = _sentence_content(doc, sent)
        content = _content_after(doc, b, end)
        if content is not None and _adverbial(doc[a], opening_als=True) and doc[content].tag_ in _FINITE:
            # `Nachdem X berichtet hatte, wurde ...`: the verb-first clause after an adverbial
            # clause is the sentence's main clause, not what was reported.
            content = None
        spoken_before = (
            a > start
            and doc[a - 1].text == ","
            and (s0 > token.i or doc[a].lower_ == "wie")
            and not _adverbial(doc[start])
        )
        if content is not None and spoken_before:
            # `Sie sei geschockt, sagte die Königin, ihre Gedanken seien bei den Opfern`: both sides.
            drafts.append(_Draft("indirect", _tokens_span(doc, start, end), cue, speaker, addressee, index))
        elif content is not None:
            # `X sagte, dass ...`, `X sagte, er habe ...`, `X sagte: ...`
            drafts.append(_Draft("indirect", _tokens_span(doc, content, end), cue, speaker, addressee, index))
        elif spoken_before:
            # `Die Lage sei ernst, sagte X.`, `Der Plan scheitert, wie X berichtet.` (not an
            # adverbial clause: `Während X zögerte, plädierte Y für ...` is no statement of it);
            # `X wird, wie Y sagte, nach Z reisen`: an insertion speaks for the clause on both sides.
            inserted = doc[a].lower_ == "wie" and b < end - 1 and doc[b].text == ","
            said = _tokens_span(doc, start, end if inserted else a - 1)
            drafts.append(_Draft("indirect", said, cue, speaker, addressee, index))
        elif (
            previous is not None
            and a == start
            and doc[a].lower_ in {"das", "dies", "dieses"}
            and a + 1 < b
            and doc[a + 1].tag_ in _FINITE
            and s0 > token.i
        ):
            # `Der Täter ist gefasst. Das bestätigte die Polizei.`: the cue points back.
            p0, p1 = _sentence_content(doc, previous)
            drafts.append(_Draft("indirect", _tokens_span(doc, p0, p1), cue, speaker, addressee, index))
        elif person_like:
            # Without a clause most speech verbs report events (`bestätigte den Vorfall`); they
            # count only when reported speech follows in the next sentence (see _continuations).
            weak = not _reports_alone(ctx, sent, token)
            drafts.append(
                _Draft("reported", _tokens_span(doc, start, end), cue, speaker, addressee, index, weak)
            )
    return drafts


def _comma_before(ctx: _Context, pos: int) -> list[tuple[int, int]]:
    """The quotation that ends before `pos` with only a comma and white space between (`„...“, sagte`)."""
    comma = _last_non_space(ctx.text, pos)
    if comma < 0 or ctx.text[comma] != ",":
        return []
    mark = ctx.marks.by_end.get(_last_non_space(ctx.text, comma) + 1)
    return [mark] if mark is not None else []


def _colon_quotes(ctx: _Context, sents: Sequence[Span], marks: list[tuple[int, int]]) -> list[_Draft]:
    """`X brachte es so auf den Punkt: „...“`: whatever the verb, a quotation after a colon is what
    the subject of the clause before the colon said; without a verb (`Zitat von X:`) the person."""
    doc, text = ctx.doc, ctx.text
    drafts = []
    starts = [s.start for s in sents]
    for m in marks:
        p = _last_non_space(text, m[0])
        if p < 0 or text[p] != ":":
            continue
        colon = doc.char_span(p, p + 1)
        if colon is None:
            continue
        index = bisect_right(starts, colon.start) - 1
        if index < 0 or colon.start >= sents[index].end:
            continue
        sent = sents[index]
        a, _ = _clause_bounds(ctx, sent, colon.start - 1)
        clause = doc[a : colon.start]
        finite = next((t for t in clause if t.tag_ in _FINITE), None)
        subject = _subject(ctx, sent, finite) if finite is not None else None
        cue = _tokens_span(doc, finite.i, finite.i + 1) if finite is not None else None
        if subject is None:
            people = [
                e for e in doc.ents if a <= e.start and e.end <= colon.start and e.label_ in {"PER", "ORG"}
            ]
            subject = (people[-1].start, people[-1].end) if people else None
        if subject is not None:
            speaker = _tokens_span(doc, *_grow_to_entities(ctx, *subject))
            drafts.append(_Draft("direct", _span(text, *m), cue, speaker, None, index))
    return drafts


def _opens_in_lower_case(text: str, mark: tuple[int, int]) -> bool:
    """Whether the quotation at `mark` opens with a lower-case letter: words quoted from a speech
    (`nannte die Vorwürfe „aus der Luft gegriffen“`), not a title or a name (`der „Berliner Zeitung“`)."""
    return text[mark[0] + 1 : mark[0] + 2].islower()


def _view_quotes(ctx: _Context, sents: Sequence[Span], marks: list[tuple[int, int]]) -> list[_Draft]:
    """`Für den Minister ist die Lage „alarmierend“`, `Für die Gewerkschaft sei das ein Fehler`: a
    sentence opening with `für` and a speaker-like phrase gives that phrase's view — its quotations,
    or, in Konjunktiv I, the rest of the sentence."""
    doc, text, drafts = ctx.doc, ctx.text, []
    for index, sent in enumerate(sents):
        if sent[0].lower_ != "für" or len(sent) < 4:
            continue
        phrase = _phrase_from(ctx, sent.start + 1)
        if phrase is None or not _is_speaker_like(ctx, phrase[0], phrase[1]):
            continue
        if phrase[1] >= sent.end or doc[phrase[1]].tag_ not in _FINITE:
            continue  # the view is the main clause right after the phrase (`Für X ist/sei ...`)
        speaker = _tokens_span(doc, *_grow_to_entities(ctx, phrase[0], phrase[1]))
        # (Capitalised short quotations are mostly names and titles: `ein Spielzeug „Lego“`.)
        quoted = [
            m
            for m in ctx.marks.overlapping(sent.start_char, sent.end_char)
            if sent.start_char <= m[0]
            and m[1] <= sent.end_char
            and (_opens_in_lower_case(text, m) or len(text[m[0] : m[1]].split()) > 3)
        ]
        for m in quoted:
            drafts.append(_Draft("direct", _span(text, *m), None, speaker, None, index))
        if not quoted and _in_konjunktiv_one(ctx, sent):
            _, end = _sentence_content(doc, sent)
            drafts.append(_Draft("indirect", _tokens_span(doc, phrase[1], end), None, speaker, None, index))
    return drafts


def _credit_quotes(ctx: _Context, sent: Span, index: int, credits: Sequence[Attribution]) -> list[_Draft]:
    """`laut X`, `X zufolge`, `nach Angaben X`, `„...“, so X`, `heißt es in X`: the rest of the
    sentence (or the quotation before `so`) is what X said."""
    doc, text = ctx.doc, ctx.text
    drafts = []
    start, end = _sentence_content(doc, sent)
    sentence_bounds = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    for credit in credits:
        if not (sent.start_char <= credit.cue_start < sent.end_char) or credit.kind != "sentence":
            continue
        if text[credit.cue_start : credit.cue_end].islower() and credit.cue.split()[0] not in {
            "laut",
            "zufolge",
            "so",
            "nach",
            "gemäß",
            "heißt",
            "hieß",
        }:
            continue  # speech verbs are read with their tags in _verb_quotes
        speaker = TextSpan(credit.start, credit.end, credit.source)
        cue = TextSpan(credit.cue_start, credit.cue_end, credit.cue)
        quoted = ctx.marks.ending_in(credit.cue_start - 3, credit.cue_start)
        if quoted:
            drafts.append(_Draft("direct", _span(text, *quoted[-1]), cue, speaker, None, index))
            continue
        c0, c1 = _parenthesis_around(text, credit.cue_start, credit.cue_end, sentence_bounds)
        left, right = (c0, min(credit.cue_start, credit.start)), (max(credit.cue_end, credit.end), c1)
        if credit.cue.lower() == "so":
            lo, hi = left  # `..., so X weiter`: what X said stands before the cue.
        elif all(len(text[r0:r1].split()) > 1 for r0, r1 in (left, right)):
            # `Die Mission soll laut Jung 1.500 Mann umfassen`: the claim runs on both sides.
            lo, hi = c0, c1
        else:
            lo, hi = max((left, right), key=lambda r: r[1] - r[0])
        claim = text[lo:hi]
        lo, hi = lo + len(claim) - len(claim.lstrip(" ,")), hi - (len(claim) - len(claim.rstrip(" ,")))
        if hi > lo:
            drafts.append(_Draft("indirect", _span(text, lo, hi), cue, speaker, None, index))
    return drafts


def _parenthesis_around(text: str, cue_start: int, cue_end: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """`..., 37 Kilometer entfernt (nach anderen Angaben liegt die Stadt 46 Kilometer entfernt).`:
    a credit opening a parenthesis speaks for the parenthesis only; else the sentence `bounds`."""
    lo, hi = bounds
    if not text[lo:cue_start].rstrip().endswith("("):
        return bounds
    close = text.find(")", cue_end, hi)
    return (cue_start, close) if close != -1 else bounds


def _uncued_direct(
    ctx: _Context, sents: Sequence[Span], marks: list[tuple[int, int]], drafts: list[_Draft]
) -> list[_Draft]:
    """A long quotation with no cue of its own, next to a quote whose speaker is known."""
    doc, text = ctx.doc, ctx.text
    out = []
    taken = sorted((d.content.start, d.content.end) for d in drafts)
    taken_starts = [s for s, _ in taken]
    taken_reach = list(accumulate((e for _, e in taken), max))  # the furthest end so far
    sent_starts = [s.start_char for s in sents]
    spoken: dict[int, list[tuple[int, _Draft]]] = {}  # by sentence, with the position in `drafts`
    for n, d in enumerate(drafts):
        if d.speaker:
            spoken.setdefault(d.sentence, []).append((n, d))
    for m in marks:
        k = bisect_left(taken_starts, m[1])  # the drafts that start before the mark ends
        if k and taken_reach[k - 1] > m[0]:
            continue
        inner = doc.char_span(m[0] + 1, m[1] - 1, alignment_mode="contract")
        if inner is None or len(inner) < 6 or not any(t.tag_ in _FINITE for t in inner):
            continue
        index = bisect_right(sent_starts, m[0]) - 1
        if index < 0 or m[0] >= sents[index].end_char:
            index = 0
        # Only a whole quoted sentence right after a quote goes on with that quote's speaker.
        if text[m[1] - 2 : m[1] - 1] not in {".", "!", "?"}:
            continue
        near = [d for _, d in sorted(spoken.get(index - 1, []) + spoken.get(index, []), key=lambda x: x[0])]
        if near:
            src = min(near, key=lambda d: abs(d.content.start - m[0]))
            out.append(_Draft("direct", _span(text, *m), None, src.speaker, None, index))
    return out


def _looks_subjunctive(token: Token) -> bool:
    """Konjunktiv by form, for verbs the lexicon does not list: the infinitive without its final
    `n` (`gehen` → `er gehe`, `richten` → `er richte`), or an umlaut the infinitive lacks
    (`befinden` → `befänden`, `bestehen` → `bestünde`). First person (`ich gehe`) is left out."""
    form, lemma = token.lower_, token.lemma_.lower()
    if not lemma.endswith("en") or (token.i > 0 and token.doc[token.i - 1].lower_ == "ich"):
        return False
    if form == lemma[:-1]:
        return True
    umlauts = {"ä": "a", "ö": "o", "ü": "u"}
    return (
        form.endswith(("e", "en"))
        and any(u in form and u not in lemma for u in umlauts)
        and form[:1] == lemma[:1]
    )


def _is_reported_continuation(ctx: _Context, sent: Span) -> bool:
    """A sentence in Konjunktiv (`Er habe ...`) or with a reportative `soll ... haben`, and without
    a speech verb of its own (that would make it a new statement, perhaps by someone else)."""
    return not _has_speech_verb(ctx, sent) and _is_reportive(ctx, sent)


def _is_reportive(ctx: _Context, sent: Span) -> bool:
    """Whether a sentence is in Konjunktiv or uses a reportative `soll ... haben`."""
    if sent.start not in ctx.reportive:
        ctx.reportive[sent.start] = _find_reportive(ctx, sent)
    return ctx.reportive[sent.start]


def _find_reportive(ctx: _Context, sent: Span) -> bool:
    tokens = ctx.tokens[sent.start : sent.end]
    tags = ctx.tags[sent.start : sent.end]
    for k, token in enumerate(tokens):
        if tags[k] not in _FINITE:
            continue  # (both tests below ask for a finite verb)
        if token.lower_ in ctx.lex.subjunctive or _looks_subjunctive(token):
            return True
        if token.tag_ == "VMFIN" and token.lemma_.lower() == "sollen":
            # `soll ... gewesen sein`: only a perfect infinitive makes `sollen` reportative.
            rest = tokens[k + 1 :]
            if any(a.tag_ in {"VVPP", "VAPP"} and b.tag_ == "VAINF" for a, b in pairwise(rest)):
                return True
    return False


def _continuations(ctx: _Context, sents: Sequence[Span], drafts: list[_Draft]) -> list[_Draft]:
    """Sentences in Konjunktiv after a quote, without a cue of their own, go on with its speaker;
    after one sentence in the indicative only a sentence in Konjunktiv I does."""
    doc = ctx.doc
    by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    out: list[_Draft] = []
    last: _Draft | None = None
    gap = 0  # neutral sentences since `last`
    for index, sent in enumerate(sents):
        own = by_sentence.get(index)
        if own:
            spoken = [d for d in own if d.speaker is not None]
            last, gap = (spoken[-1] if spoken else None), 0
            continue
        continues = _is_reported_continuation(ctx, sent) and (gap == 0 or _in_konjunktiv_one(ctx, sent))
        if last is not None and continues:
            if last.weak:
                last.weak = False
                out.append(last)
            start, end = _sentence_content(doc, sent)
            draft = _Draft("indirect", _tokens_span(doc, start, end), None, last.speaker, None, index)
            draft.continued = True
            out.append(draft)
            last, gap = draft, 0
        elif last is not None and not last.weak and gap < _MAX_GAP and not _has_speech_verb(ctx, sent):
            # A report goes on after one sentence of the writer's own (`X sagte, ... . Das Gesetz
            # gilt seit 2005. Es sei aber ...`); a new speech verb would start another statement.
            gap += 1
        else:
            last = None
    return out


def _in_konjunktiv_one(ctx: _Context, sent: Span) -> bool:
    """Whether a finite verb is in Konjunktiv I (`sei`, `habe`, `gehe`), which, unlike Konjunktiv
    II (`wäre`, `würde`), hardly occurs outside reported speech."""
    if sent.start not in ctx.konjunktiv_one:
        ctx.konjunktiv_one[sent.start] = _find_konjunktiv_one(ctx, sent)
    return ctx.konjunktiv_one[sent.start]


def _find_konjunktiv_one(ctx: _Context, sent: Span) -> bool:
    tags, lowers = ctx.tags, ctx.lowers
    return any(
        "Ind" not in _morph(ctx, i, "Mood")
        and (
            (lowers[i] in ctx.lex.subjunctive and lowers[i] not in _KONJUNKTIV_TWO)
            or (_looks_subjunctive(ctx.tokens[i]) and lowers[i] == ctx.lemmas[i][:-1])
        )
        for i in range(sent.start, sent.end)
        if tags[i] in _FINITE
    )


def _has_speech_verb(ctx: _Context, sent: Span) -> bool:
    tags, tokens = ctx.tags, ctx.tokens
    return any(
        tags[i] in _FINITE and _is_speech_cue(ctx, tokens[i], sent) for i in range(sent.start, sent.end)
    )


def _names_report(ctx: _Context, sent: Span) -> bool:
    """Whether a sentence names a report, study or statement (`Eine Studie wurde vorgestellt.`)."""
    return any(
        t.tag_ == "NN" and bool(_report_noun_ending(t.lower_) or _report_noun_ending(t.lemma_.lower()))
        for t in sent
    )


def _anaphoric_quotes(ctx: _Context, sents: Sequence[Span], drafts: list[_Draft]) -> list[_Draft]:
    """`Demnach ...`, `ein Bericht, wonach ...`, `Angaben, denen zufolge ...`: a word standing for a
    source named before is the speaker, the rest of its clause what the source says."""
    doc, lex = ctx.doc, ctx.lex
    texts = token_table(doc).texts
    out: list[_Draft] = []
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append((d.content.start, d.content.end))
    for index, sent in enumerate(sents):
        start, end = _sentence_content(doc, sent)
        taken = by_sentence.get(index, [])
        for k in range(start, end - 1):
            if not (k == start or texts[k - 1] in _CLAUSE_BREAK):
                continue
            low = ctx.lowers[k]
            match = next((e for e in lex.anaphoric if ctx.lowers[k : k + len(e)] == tuple(e)), None)
            if match is None and low in lex.anaphoric_if_reported and k == start:
                previous = sents[index - 1] if index > 0 else None
                if _is_reportive(ctx, sent) or (previous is not None and _names_report(ctx, previous)):
                    match = (low,)
            if match is None:
                continue
            width = len(match)
            s1 = k + max(1, width - 1)
            c0 = k + width
            if c0 >= end:
                continue
            content = _tokens_span(doc, c0, end)
            if any(s < content.end and content.start < e for s, e in taken):
                continue
            out.append(
                _Draft(
                    "indirect",
                    content,
                    _tokens_span(doc, k, k + width),
                    _antecedent_source(ctx, sent.start, k, width) or _tokens_span(doc, k, s1),
                    None,
                    index,
                )
            )
            break
    return out


def _antecedent_source(ctx: _Context, sent_start: int, k: int, width: int) -> TextSpan | None:
    """The source that `wonach` stands for inside a sentence (`ein Bericht, wonach ...`): the phrase
    before the comma. Relative pronouns (`denen zufolge`) and a sentence-initial `Demnach` stand
    for themselves, as in the Wikinews annotation."""
    doc = ctx.doc
    if width != 1 or k <= sent_start or doc[k - 1].text != ",":
        return None
    before = _phrase_ending(ctx, k - 1, sent_start)
    return _tokens_span(doc, *_grow_to_entities(ctx, *before)) if before else None


def _resolve(
    people: Sequence[Span], ends: Sequence[int], speaker: TextSpan | None, lex: _Lexicon
) -> str | None:
    """The person a pronoun speaker stands for: the last one named before it (`people`: the
    article's PER entities in order, `ends` their end characters)."""
    if speaker is None or speaker.text.lower() not in lex.pronouns:
        return None
    k = bisect_right(ends, speaker.start)
    return people[k - 1].text if k else None


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    kept: list[_Draft] = []
    rank = {"direct": 0, "indirect": 1, "reported": 2}
    for d in sorted(drafts, key=lambda d: (rank[d.kind], d.content.start)):
        clash = any(
            k.content.start < d.content.end
            and d.content.start < k.content.end
            and (k.cue == d.cue or d.cue is None or (k.start_inside(d) and k.kind == "direct"))
            for k in kept
        )
        if not clash:
            kept.append(d)
    return sorted(kept, key=lambda d: (d.content.start, d.content.end))


def _rule_drafts(
    doc: Doc, times: Sequence[Timex] | None = None
) -> tuple[_Context, list[Span], list[tuple[int, int]], list[_Draft]]:
    """What the rules find: quotes with cue, speaker and content, before any learnt completion.
    `times`: the article's temporal expressions when the caller found them already (only their
    places are read here, so any anchor will do)."""
    lex = _lexicon()
    text = token_table(doc).text
    sents = list(doc.sents)
    marks = quotation_spans(text, lex.quote_pairs)
    credits = attributions(text, [(s.start_char, s.end_char) for s in sents])
    times = find_times(text) if times is None else times
    time_tokens = frozenset(
        t.i for timex in times for t in (doc.char_span(timex.start, timex.end, alignment_mode="expand") or [])
    )
    edges = set()
    for m in marks:
        inner = doc.char_span(m[0], m[1], alignment_mode="expand")
        if inner is not None and len(inner) > 5:
            edges.update({inner.start, inner.end - 1})
    ctx = _context(doc, lex, _phrases(doc), time_tokens, frozenset(edges), marks, text)
    sent_starts = [s.start_char for s in sents]
    credits_in: dict[int, list[Attribution]] = {}  # by sentence, in their order
    for credit in credits:
        k = bisect_right(sent_starts, credit.cue_start) - 1
        if k >= 0 and credit.cue_start < sents[k].end_char:
            credits_in.setdefault(k, []).append(credit)
    drafts: list[_Draft] = []
    for index, sent in enumerate(sents):
        drafts.extend(_verb_quotes(ctx, sent, index, marks, sents[index - 1] if index else None))
        drafts.extend(_credit_quotes(ctx, sent, index, credits_in.get(index, [])))
    drafts.extend(_colon_quotes(ctx, sents, marks))
    drafts.extend(_view_quotes(ctx, sents, marks))
    drafts.extend(_uncued_direct(ctx, sents, marks, drafts))
    drafts.extend(_anaphoric_quotes(ctx, sents, drafts))
    drafts = _dedupe(drafts)
    continued = _continuations(ctx, sents, drafts)
    return ctx, sents, marks, _dedupe([d for d in drafts if not d.weak] + continued)


# --- learnt completion ----------------------------------------------------------------------------

_RANKER_WINDOW = 3  # sentences before the one spoken in which its speaker may stand

Candidates = list[tuple[TextSpan, list[str]]]
_DISTANCE_MARKS = ("|d0", "|d1", "|d2")  # a phrase's features at a distance of 0, 1, 2 or more


def speaker_candidates(doc: Doc) -> tuple[list[Span], list[Candidates], list[bool]]:
    """For each sentence: the phrases that may have spoken it, with the features the speaker
    ranker reads, and whether the rules already credit a quote in it. Training and extraction share
    this function, so the features cannot drift apart."""
    ctx, sents, marks, drafts = _rule_drafts(doc)
    rows, covered, _spoken = _candidate_rows(ctx, sents, marks, drafts)
    return sents, rows, covered


def _candidate_rows(
    ctx: _Context,
    sents: Sequence[Span],
    marks: Sequence[tuple[int, int]],
    drafts: Sequence[_Draft],
    uncovered_only: bool = False,
) -> tuple[list[Candidates], list[bool], list[list[str]]]:
    """Candidates and features per sentence, whether the rules cover it, and the features that
    describe it as the sentence spoken (shared by its candidates). With `uncovered_only`, covered
    sentences get no candidates (extraction asks the ranker about the others only)."""
    doc, lex = ctx.doc, ctx.lex
    sentence_of: list[int | None] = [None] * len(ctx.tokens)  # per token: its sentence
    for k, sent in enumerate(sents):
        sentence_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
    spoken = [d for d in drafts if d.speaker is not None]

    def sentence_at(char: int) -> int:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        home = sentence_of[span.start] if span is not None else None
        return -1 if home is None else home

    rules_in: dict[int, list[_Draft]] = {}
    for d in spoken:
        rules_in.setdefault(sentence_at(d.content.start), []).append(d)
    # A sentence is the rules' when a quote's content starts in it or its cue stands in it
    # (`Der Täter ist gefasst. Das bestätigte die Polizei.` credits the first from the second).
    # Continuations only guess that the last speaker goes on; the ranker may name another.
    taken = {k for k, ds in rules_in.items() if not all(d.continued for d in ds)}
    taken |= {d.sentence for d in drafts if not d.continued}
    covered = [k in taken for k in range(len(sents))]
    wanted = {k for k in range(len(sents)) if not (uncovered_only and covered[k])}
    homes = {h for k in wanted for h in range(k - _RANKER_WINDOW, k + 1)}
    cues = frozenset(
        i
        for sent in sents
        for i in range(sent.start, sent.end)
        if ctx.tags[i].startswith("V") and _is_speech_cue(ctx, ctx.tokens[i], sent)
    )
    sentence_features = [_sentence_features(ctx, s, k, marks, rules_in, cues) for k, s in enumerate(sents)]
    phrases = {(p[0], p[1], p[2]) for p in ctx.phrases}
    phrases |= {
        (i, i + 1, i) for i, tag in enumerate(ctx.tags) if tag == "PPER" and ctx.lowers[i] in lex.pronouns
    }
    # By the sentence they stand in: (span, features, is_rule_speaker, speaks_home, like); see below.
    described: dict[int, list[tuple[TextSpan, list[str], bool, bool, bool]]] = {}
    cross_references = _cross_references(ctx)
    speakers = sorted((d.speaker.start, d.speaker.end) for d in spoken if d.speaker)
    speaker_starts = [s for s, _ in speakers]
    speaker_reach = list(accumulate((e for _, e in speakers), max))  # the furthest end so far
    clauses: dict[tuple[int, int], _Clause] = {}  # clause bounds -> its verbs
    for start, end, head in sorted(phrases):
        home = sentence_of[start]
        if home not in homes or start in cross_references:
            continue
        span = _tokens_span(ctx.doc, start, end)
        k = bisect_left(speaker_starts, span.end)  # the rule speakers that start before it ends
        is_rule_speaker = k > 0 and speaker_reach[k - 1] > span.start
        features = _phrase_features(ctx, sents[home], start, end, head, cues, clauses)
        # Whether it speaks a rule's quote of its own sentence, and is person-like: per phrase, not
        # per sentence it is a candidate for.
        speaks_home = any(_overlaps(span, r.speaker) for r in rules_in.get(home, ()) if r.speaker)
        like = "speaker_like" in features
        described.setdefault(home, []).append((span, features, is_rule_speaker, speaks_home, like))
    rows: list[Candidates] = []
    spoken_rows: list[list[str]] = []  # per sentence: the features of it as the sentence spoken
    # A phrase's features marked with a distance, by (id of its feature list, distance mark): a
    # phrase is a candidate for up to four sentences. The lists live in `described` meanwhile.
    marked_features: dict[tuple[int, int], list[str]] = {}
    for k in range(len(sents)):
        row: Candidates = []
        speaker_like: list[bool] = []  # per candidate of the row
        if k not in wanted:
            rows.append(row)
            spoken_rows.append([])
            continue
        nearby = ((k - home, c) for home in range(k - _RANKER_WINDOW, k + 1) for c in described.get(home, []))
        as_spoken = [SENTENCE + x for x in sentence_features[k]]
        spoken_features = [as_spoken + [x + mark for x in as_spoken] for mark in _DISTANCE_MARKS]  # by `near`
        here = rules_in.get(k, [])
        for distance, (span, features, is_rule_speaker, speaks_home, like) in nearby:
            near = min(distance, 2)  # distances 2 and 3 share their features
            marked = marked_features.get((id(features), near))
            if marked is None:
                mark = _DISTANCE_MARKS[near]
                marked = marked_features[(id(features), near)] = [x + mark for x in features]
            f = [*marked, f"d={distance}", *spoken_features[near]]
            if distance == 0:  # `here` are the rules of its home
                if here and any(
                    _overlaps(span, r.content) and not (r.speaker and _overlaps(span, r.speaker))
                    for r in here
                ):
                    f.append("in_rule_content")
                if speaks_home:
                    f.append("is_rule_speaker_here")
            else:
                if here and any(r.speaker and _overlaps(span, r.speaker) for r in here):
                    f.append("is_rule_speaker_here")
                if speaks_home:
                    f.append(f"is_rule_speaker_there|d{near}")
            if is_rule_speaker:
                f.extend((f"is_rule_speaker_any|d{near}", "rule_speaker"))
            row.append((span, f))
            speaker_like.append(like)
        # How recent a person-like candidate is among those before the sentence's end.
        people = [candidate for candidate, like in zip(row, speaker_like, strict=True) if like]
        for rank, (_span, f) in enumerate(sorted(people, key=lambda candidate: -candidate[0].start)):
            f.append(f"speaker_recency={min(rank, 3)}")
        rows.append(row)
        spoken_rows.append(spoken_features[0])
    return rows, covered, spoken_rows


def _cross_references(ctx: _Context, longest: int = 8) -> frozenset[int]:
    """Tokens of parentheses that refer to earlier coverage (`(wir berichteten)`): a few words
    ending in a cross-reference verb, with nothing said."""
    doc, out = ctx.doc, set[int]()
    texts = token_table(doc).texts
    for opening in (i for i, word in enumerate(texts) if word == "("):
        close = next(
            (k for k in range(opening + 1, min(opening + longest + 2, len(texts))) if texts[k] == ")"), None
        )
        if close is None:
            continue
        last = close - 1
        while last > opening and doc[last].is_punct:
            last -= 1
        if last > opening and doc[last].lemma_.lower() in ctx.lex.cross_reference_verbs:
            out.update(range(opening, close + 1))
    return frozenset(out)


def _overlaps(a: TextSpan, b: TextSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _sentence_features(
    ctx: _Context,
    sent: Span,
    k: int,
    marks: Sequence[tuple[int, int]],
    rules_in: dict[int, list[_Draft]],
    cue_tokens: frozenset[int],
) -> list[str]:
    """What the sentence spoken is like (`cue_tokens`: the doc indices of speech verbs)."""
    f = []
    if _is_reportive(ctx, sent):
        f.append("reportive")
    if _in_konjunktiv_one(ctx, sent):
        f.append("konjunktiv_one")
    tags = ctx.tags
    # (as _has_speech_verb)
    if any(i in cue_tokens and tags[i] in _FINITE for i in range(sent.start, sent.end)):
        f.append("speech_verb")
    if bisect_left(ctx.marks.starts, sent.end_char) > bisect_left(ctx.marks.starts, sent.start_char):
        f.append("quotation_mark")
    if k in rules_in:
        f.append("rule")
    if k - 1 in rules_in:
        f.append("previous_rule")
    f += [f"verb={ctx.lemmas[i]}" for i in range(sent.start, sent.end) if tags[i].startswith("VV")][:6]
    return f


def _phrase_features(
    ctx: _Context,
    sent: Span,
    start: int,
    end: int,
    head_i: int,
    cue_tokens: frozenset[int],
    clauses: dict[tuple[int, int], _Clause] | None = None,
) -> list[str]:
    """What a phrase is and where it stands: tag, entity label, case, neighbours, its clause's verbs
    (`cue_tokens`: the doc indices of speech verbs; `clauses`: the verbs of each clause read so far
    with these cues, as every phrase of a clause shares them)."""
    tokens, tags, lowers = ctx.tokens, ctx.tags, ctx.lowers
    head_tag = tags[head_i]
    label = ctx.ent_types[head_i] or "none"
    f = [f"tag={head_tag}", f"ent={label}"]
    if _is_speaker_like(ctx, start, end):
        f.append("speaker_like")
    if head_tag == "NN":
        low = ctx.lemmas[head_i]
        f.append("suffix=" + (_speaker_suffix(low) or "x"))
        if _report_noun_ending(low):
            f.append("report_noun")
    if start > 0:
        prev_tag, prev_lower = tags[start - 1], lowers[start - 1]
        f.append(f"prev_tag={prev_tag}")
        if prev_tag in {"APPR", "APPRART", "KOUS", "PWAV"} or prev_lower in {"wie", "so"}:
            f.append(f"prev={prev_lower}")
    if end < len(tokens):
        f.append(f"next_tag={tags[end]}")
        if lowers[end] in {"zufolge", "nach", "sagte", "sagt", "erklärte"}:
            f.append(f"next={lowers[end]}")
    cases = _morph(ctx, head_i, "Case")
    f.append("case=" + (cases[0] if cases else "none"))
    if lowers[start] in _NON_NOMINATIVE:
        f.append("non_nominative_article")
    a, b = _clause_bounds(ctx, sent, start)
    if start == sent.start:
        f.append("sentence_initial")
    if start == a:
        f.append("clause_initial")
    clauses = {} if clauses is None else clauses
    clause = clauses.get((a, b))
    if clause is None:
        clause = clauses[(a, b)] = _clause_verbs(ctx, a, b, cue_tokens)
    f += clause.features
    finite = clause.finite
    if finite is not None and finite == start - 1:
        f.append("after_finite")
    if finite is not None and finite == end:
        f.append("before_finite")
    if a > sent.start and tokens[a - 1].text == ",":
        f.append("after_comma")
    return f


class _Clause(NamedTuple):
    """The verbs of a clause as its phrases' features, and its first finite verb (a doc index)."""

    features: list[str]
    finite: int | None


def _clause_verbs(ctx: _Context, a: int, b: int, cue_tokens: frozenset[int]) -> _Clause:
    """The speech verbs and the first two verbs of the clause of tokens [a, b), as phrase features
    (`cue_tokens`, all verbs, are the doc indices of speech verbs), and its first finite verb."""
    f = []
    tags = ctx.tags
    verbs = [i for i in range(a, b) if tags[i].startswith("V")]
    cues = [i for i in verbs if i in cue_tokens]
    if cues:
        f += ["clause_speech_verb", f"speech_verb={ctx.lemmas[cues[0]]}"]
        if any(ctx.lemmas[i] == "sagen" for i in cues):
            f.append("sagen")
    f += [f"clause_verb={ctx.lemmas[i]}" for i in verbs[:2]]
    return _Clause(f, next((i for i in verbs if tags[i] in _FINITE), None))


@dataclass
class _RowScores:
    """The ranker's scores of each sentence's candidates, each row scored once when first asked
    (the rows of uncredited sentences for `_ranked_drafts`, of credited ones for `_overridden`)."""

    model: SpeakerModel
    rows: Sequence[Candidates]
    spoken: Sequence[Sequence[str]]  # per row: the features of its sentence as the one spoken
    done: dict[int, list[float]] = field(default_factory=dict)

    def of(self, k: int) -> list[float]:
        if k not in self.done:
            self.done[k] = self.model.scores([features for _, features in self.rows[k]], self.spoken[k])
        return self.done[k]


def _ranked_drafts(
    ctx: _Context,
    sents: Sequence[Span],
    rows: Sequence[Candidates],
    covered: Sequence[bool],
    model: SpeakerModel,
    scores: _RowScores,
) -> list[_Draft]:
    """A quote for each uncredited sentence whose best candidate speaker the ranker accepts."""
    out = []
    for k, sent in enumerate(sents):
        if covered[k]:
            continue
        chosen = model.best(rows[k], scores.of(k))
        if chosen is None:
            continue
        start, end = _sentence_content(ctx.doc, sent)
        kind: QuoteKind = "indirect" if _is_reportive(ctx, sent) else "reported"
        out.append(_Draft(kind, _tokens_span(ctx.doc, start, end), None, chosen[0], None, k))
    return out


def _overridden(draft: _Draft, model: SpeakerModel, scores: _RowScores) -> _Draft:
    """The draft with another speaker when the ranker scores a phrase of its sentence (outside
    what was said) `model.margin` above the speaker the rules chose, and above the threshold."""
    if draft.speaker is None or draft.continued:
        return draft
    speaker = draft.speaker
    row = scores.rows[draft.sentence]
    scored = [(x, span) for x, (span, _) in zip(scores.of(draft.sentence), row, strict=True)]
    own = max((x for x, span in scored if _overlaps(span, speaker)), default=None)
    rivals = [
        (x, span) for x, span in scored if not _overlaps(span, draft.content) and not _overlaps(span, speaker)
    ]
    if not rivals or own is None:
        return draft
    best, span = max(rivals, key=lambda rival: rival[0])
    if best > own + model.margin and best > model.threshold:
        return replace(draft, speaker=span)
    return draft


def extract_quotes(
    doc: Doc,
    ranker: SpeakerModel | Literal["shipped"] | None = "shipped",
    times: Sequence[Timex] | None = None,
) -> list[Quote]:
    """Every quotation, reported statement and credited claim in an analysed article, in order.
    `ranker` completes what the rules leave uncredited (`speaker_ranker`); None: rules only.
    `times`: `timex.find_times` of the text, when the caller has them (else they are found here)."""
    ctx, sents, marks, drafts = _rule_drafts(doc, times)
    model = shipped_model() if ranker == "shipped" else ranker
    if isinstance(model, SpeakerModel):
        overriding = math.isfinite(model.margin)
        rows, covered, spoken = _candidate_rows(ctx, sents, marks, drafts, uncovered_only=not overriding)
        scores = _RowScores(model, rows, spoken)
        ranked = _ranked_drafts(ctx, sents, rows, covered, model, scores)
        replaced = {d.sentence for d in ranked}
        drafts = [d for d in drafts if not (d.continued and d.sentence in replaced)]
        if overriding:
            drafts = [_overridden(d, model, scores) for d in drafts]
        drafts += ranked
    drafts = [d for d in drafts if not (d.speaker and d.speaker.text.lower() in ctx.lex.impersonal_speakers)]
    drafts = sorted(drafts, key=lambda d: (d.content.start, d.content.end))
    people = [e for e in doc.ents if e.label_ == "PER"]
    ends = [e.end_char for e in people]
    return [
        Quote(d.kind, d.content, d.cue, d.speaker, d.addressee, _resolve(people, ends, d.speaker, ctx.lex))
        for d in drafts
    ]
