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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from chronik.extract.attribution import Attribution, attributions
from chronik.extract.cue_lexicon import load_cues, words

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
_CLAUSE_BREAK = frozenset({",", ";", ":", "„", "“", "”", '"', "»", "«", "(", ")", "–", "—"})
_NON_NOMINATIVE = frozenset({"den", "dem", "des", "einem", "einen", "eines"})


@dataclass(frozen=True)
class _Lexicon:
    verbs: frozenset[str]
    particle_verbs: tuple[tuple[frozenset[str], str], ...]
    needs_clause: frozenset[str]
    quote_pairs: dict[str, str]
    subjunctive: frozenset[str]
    pronouns: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = load_cues("speech")
    particle = []
    for entry in data.get("particle_verbs") or []:
        verb, part = str(entry).rsplit(" ", 1)
        particle.append((frozenset(verb.lower().split("|")), part.lower()))
    return _Lexicon(
        verbs=frozenset(f for entry in words("speech", "verbs") for f in entry.split("|")),
        particle_verbs=tuple(particle),
        needs_clause=frozenset(words("speech", "needs_clause")),
        quote_pairs={str(k): str(v) for k, v in (data.get("quote_pairs") or {}).items()},
        subjunctive=frozenset(words("speech", "subjunctive_forms")),
        pronouns=frozenset(words("speech", "pronouns")),
    )


# --- quotation marks ------------------------------------------------------------------------------


def quotation_spans(text: str, pairs: dict[str, str] | None = None) -> list[tuple[int, int]]:
    """Character spans of quoted stretches, marks included; nested marks stay inside."""
    pairs = pairs or _lexicon().quote_pairs
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        closer = pairs.get(ch)
        # `‚...‘` nests inside `„...“`; an apostrophe-like mark in a word is not a quote.
        if closer is None or ch == "‚" or (ch in "“”\"" and i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        end = text.find(closer, i + 1)
        limit = i + 3000
        if end == -1 or end > limit:
            i += 1
            continue
        spans.append((i, end + 1))
        i = end + 1
    return spans


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


def _grow_to_entities(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a token range so that it does not cut a named entity in two."""
    for ent in doc.ents:
        if ent.start < end and start < ent.end:
            start, end = min(start, ent.start), max(end, ent.end)
    return start, end


# --- speakers -------------------------------------------------------------------------------------


def _clause_bounds(sent: Span, i: int) -> tuple[int, int]:
    """Token range (doc indices) of the punctuation-delimited stretch around doc token i."""
    doc = sent.doc
    a = i
    while a > sent.start and doc[a - 1].text not in _CLAUSE_BREAK:
        a -= 1
    b = i + 1
    while b < sent.end and doc[b].text not in _CLAUSE_BREAK and doc[b].tag_ != "$.":
        b += 1
    return a, b


def _phrase_after(doc: Doc, start: int, stop: int, pronouns: frozenset[str]) -> tuple[int, int] | None:
    """The first noun phrase or pronoun at or after `start`, stepping over adverbs and PPs."""
    j, steps = start, 0
    tokens = list(doc)
    while j < stop and steps < 12:
        tok = doc[j]
        if tok.lower_ in pronouns and tok.tag_ == "PPER":
            return j, j + 1
        if tok.tag_ in _PREPOSITIONS:
            np = _np_forward(tokens, j + 1)
            j = np[1] if np else j + 1
        elif tok.tag_ in _SKIPPABLE or tok.tag_ == "PTKVZ" or tok.tag_.startswith("V"):
            j += 1
        elif tok.tag_ in _NP_TAGS:
            np = _np_forward(tokens, j)
            if np is None:
                j += 1
                continue
            return np[0], min(np[1], stop)
        else:
            return None
        steps += 1
    return None


def _subject(doc: Doc, sent: Span, cue: Token, pronouns: frozenset[str]) -> tuple[int, int] | None:
    """The subject of a speech verb, by German word order:
    verb-first (`, sagte X`) → after it; after a subordinator (`wie X mitteilte`) → after that;
    verb-second → the phrase before the finite verb, unless that is an adverbial or an object
    (`Am Montag sagte X`, `Den Plan kritisierte X`), then the phrase after it."""
    a, b = _clause_bounds(sent, cue.i)
    tokens = list(doc)
    finite = next((t for t in doc[a : cue.i + 1] if t.tag_ in _FINITE), cue)
    first = doc[a]
    if first.tag_ in {"KOUS", "PWAV", "KON"} or first.lower_ in {"wie", "als", "dass", "daß"}:
        return _phrase_after(doc, a + 1, cue.i, pronouns)
    if first.tag_ in {"PRELS", "PRELAT"} and a - 1 > sent.start:
        # `Peskow, der am Montag sagte, ...`: the relative pronoun's antecedent.
        back = _np_backward(tokens, a - 1, sent.start)
        return back
    if finite.i == a:
        after = _phrase_after(doc, finite.i + 1, b, pronouns)
        if after is not None:
            return after
        # `Der Sprecher, Wang Yi, sagte`: an apposition before the verb.
        if a - 1 > sent.start and doc[a - 1].text == ",":
            inner = _np_backward(tokens, a - 1, sent.start)
            if inner is not None:
                outer_end = inner[0] - 1
                if outer_end > sent.start and doc[outer_end].text == ",":
                    outer = _np_backward(tokens, outer_end, sent.start)
                    if outer is not None:
                        return outer[0], inner[1]
                return inner
        return None
    if first.tag_ == "PPER" and finite.i == a + 1:
        # `Er sagte` names a speaker; `Es soll ... warnen` does not.
        return (a, a + 1) if first.lower_ in pronouns else None
    if _is_passive(doc, finite, cue):
        # `wurde von der Polizei bestätigt`: only an agent phrase names the speaker.
        agent = next((t for t in doc[a:b] if t.lower_ in {"von", "vom"}), None)
        return _np_forward(tokens, agent.i + 1) if agent is not None else None
    forefield = doc[a : finite.i]
    if (
        forefield
        and first.tag_ in _NP_TAGS
        and first.lower_ not in _NON_NOMINATIVE
        and not any(t.tag_.startswith("V") for t in forefield)
        and _np_forward(tokens, a) is not None
    ):
        # The whole forefield: `Ein Regierungssprecher in Berlin sagte`.
        return a, finite.i
    return _phrase_after(doc, finite.i + 1, b, pronouns)


def _is_passive(doc: Doc, finite: Token, cue: Token) -> bool:
    return cue.tag_ == "VVPP" and finite.lemma_.lower() == "werden" and not any(
        t.tag_ == "VAINF" and t.lemma_.lower() in {"haben", "sein"} for t in doc[cue.i + 1 : cue.i + 3]
    )


def _addressee(doc: Doc, sent: Span, cue: Token, speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """`gegenüber der Zeitung X`, or a dative phrase in the cue's clause (`sagte dem Sender`)."""
    a, b = _clause_bounds(sent, cue.i)
    tokens = list(doc)
    for j in range(a, b):
        if speaker and speaker[0] <= j < speaker[1]:
            continue
        if doc[j].lower_ == "gegenüber":
            return _np_forward(tokens, j + 1)
        if doc[j].tag_ == "ART" and doc[j].lower_ in {"dem", "den"} and "Dat" in doc[j].morph.get("Case"):
            if j > a and doc[j - 1].tag_ in _PREPOSITIONS:
                continue
            np = _np_forward(tokens, j)
            if np and not (speaker and np[0] < speaker[1] and speaker[0] < np[1]):
                return np
    return None


# --- cues -----------------------------------------------------------------------------------------


def _is_speech_cue(doc: Doc, token: Token, sent: Span, lex: _Lexicon) -> bool:
    if not token.tag_.startswith("V") or token.tag_.startswith("VA") or token.tag_ == "VVIZU":
        return False
    if token.i > sent.start and doc[token.i - 1].tag_ == "PTKZU":
        return False  # `um ... auszuführen`, `zu sagen`: not a speech act of its own
    forms = {token.lower_, token.lemma_.lower()}
    if forms & lex.verbs:
        return True
    _, b = _clause_bounds(sent, token.i)
    last = doc[b - 1] if b - 1 > token.i else None
    if last is None or last.tag_ != "PTKVZ":
        return False
    return any(forms & verbs and last.lower_ == particle for verbs, particle in lex.particle_verbs)


def _span(doc: Doc, start_char: int, end_char: int) -> TextSpan:
    return TextSpan(start_char, end_char, doc.text[start_char:end_char])


def _tokens_span(doc: Doc, start: int, end: int) -> TextSpan:
    return _span(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _sentence_content(doc: Doc, sent: Span) -> tuple[int, int]:
    end = sent.end
    while end - 1 > sent.start and (doc[end - 1].tag_ == "$." or doc[end - 1].is_space):
        end -= 1
    return sent.start, end


def _inside(spans: Iterable[tuple[int, int]], pos: int) -> bool:
    return any(s < pos < e for s, e in spans)


@dataclass
class _Draft:
    kind: QuoteKind
    content: TextSpan
    cue: TextSpan | None
    speaker: TextSpan | None
    addressee: TextSpan | None = None
    sentence: int = 0


def _verb_quotes(doc: Doc, sent: Span, index: int, marks: list[tuple[int, int]], lex: _Lexicon) -> list[_Draft]:
    drafts: list[_Draft] = []
    sent_marks = [m for m in marks if m[0] < sent.end_char and sent.start_char < m[1]]
    for token in sent:
        if _inside(marks, token.idx) or not _is_speech_cue(doc, token, sent, lex):
            continue
        subject = _subject(doc, sent, token, lex.pronouns)
        if subject is None:
            continue
        s0, s1 = _grow_to_entities(doc, *subject)
        speaker = _tokens_span(doc, s0, s1)
        addressee_range = _addressee(doc, sent, token, (s0, s1))
        addressee = _tokens_span(doc, *addressee_range) if addressee_range else None
        cue = _tokens_span(doc, token.i, token.i + 1)
        a, b = _clause_bounds(sent, token.i)
        # Direct speech right after the clause (`sagte: „...“`) or right before a clause that opens
        # with the verb (`„...“, sagte X`).
        clause_end = doc[b - 1].idx + len(doc[b - 1].text)
        after = [m for m in sent_marks if m[0] >= clause_end and doc.text[clause_end : m[0]].strip() in {":", ","}]
        verb_first = next((t.i for t in doc[a:b] if t.tag_ in _FINITE), None) == a
        before = [
            m for m in marks
            if m[1] <= doc[a].idx and doc.text[m[1] : doc[a].idx].strip() == "," and verb_first
        ]
        for m in after[:1] + before[-1:]:
            drafts.append(_Draft("direct", _span(doc, *m), cue, speaker, addressee, index))
        if after or before:
            continue
        start, end = _sentence_content(doc, sent)
        if b < end and doc[b].text in {",", ":"}:
            # `X sagte, dass ...`, `X sagte, er habe ...`, `X sagte: ...`
            drafts.append(_Draft("indirect", _tokens_span(doc, b + 1, end), cue, speaker, addressee, index))
        elif a > start and doc[a - 1].text == ",":
            # `Die Lage sei ernst, sagte X.`
            drafts.append(_Draft("indirect", _tokens_span(doc, start, a - 1), cue, speaker, addressee, index))
        elif token.lemma_.lower() not in lex.needs_clause and token.lower_ not in lex.needs_clause:
            drafts.append(_Draft("reported", _tokens_span(doc, start, end), cue, speaker, addressee, index))
    return drafts


def _colon_quotes(doc: Doc, sents: Sequence[Span], marks: list[tuple[int, int]], lex: _Lexicon) -> list[_Draft]:
    """`X brachte es so auf den Punkt: „...“`: whatever the verb, a quotation after a colon is what
    the subject of the clause before the colon said; without a verb (`Zitat von X:`) the person."""
    drafts = []
    for m in marks:
        before = doc.text[: m[0]].rstrip()
        if not before.endswith(":"):
            continue
        colon = doc.char_span(len(before) - 1, len(before))
        if colon is None:
            continue
        index = next((k for k, s in enumerate(sents) if s.start <= colon.start < s.end), None)
        if index is None:
            continue
        sent = sents[index]
        a, _ = _clause_bounds(sent, colon.start - 1)
        clause = doc[a : colon.start]
        finite = next((t for t in clause if t.tag_ in _FINITE), None)
        subject = _subject(doc, sent, finite, lex.pronouns) if finite is not None else None
        cue = _tokens_span(doc, finite.i, finite.i + 1) if finite is not None else None
        if subject is None:
            people = [e for e in doc.ents if a <= e.start and e.end <= colon.start and e.label_ in {"PER", "ORG"}]
            subject = (people[-1].start, people[-1].end) if people else None
        if subject is not None:
            speaker = _tokens_span(doc, *_grow_to_entities(doc, *subject))
            drafts.append(_Draft("direct", _span(doc, *m), cue, speaker, None, index))
    return drafts


def _credit_quotes(
    doc: Doc, sent: Span, index: int, credits: Sequence[Attribution], marks: list[tuple[int, int]]
) -> list[_Draft]:
    """`laut X`, `X zufolge`, `nach Angaben X`, `„...“, so X`, `heißt es in X`: the rest of the
    sentence (or the quotation before `so`) is what X said."""
    drafts = []
    start, end = _sentence_content(doc, sent)
    c0, c1 = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    for credit in credits:
        if not (sent.start_char <= credit.cue_start < sent.end_char) or credit.kind != "sentence":
            continue
        if doc.text[credit.cue_start : credit.cue_end].islower() and credit.cue.split()[0] not in {
            "laut", "zufolge", "so", "nach", "gemäß", "heißt", "hieß",
        }:
            continue  # speech verbs are read with their tags in _verb_quotes
        speaker = TextSpan(credit.start, credit.end, credit.source)
        cue = TextSpan(credit.cue_start, credit.cue_end, credit.cue)
        quoted = [m for m in marks if m[1] <= credit.cue_start and credit.cue_start - m[1] < 4]
        if quoted:
            drafts.append(_Draft("direct", _span(doc, *quoted[-1]), cue, speaker, None, index))
            continue
        left, right = (c0, min(credit.cue_start, credit.start)), (max(credit.cue_end, credit.end), c1)
        # `..., so X weiter`: what X said stands before the cue.
        lo, hi = left if credit.cue.lower() == "so" else max((left, right), key=lambda r: r[1] - r[0])
        text = doc.text[lo:hi]
        lo, hi = lo + len(text) - len(text.lstrip(" ,")), hi - (len(text) - len(text.rstrip(" ,")))
        if hi > lo:
            drafts.append(_Draft("indirect", _span(doc, lo, hi), cue, speaker, None, index))
    return drafts


def _uncued_direct(doc: Doc, sents: Sequence[Span], marks: list[tuple[int, int]], drafts: list[_Draft]) -> list[_Draft]:
    """A long quotation with no cue of its own, next to a quote whose speaker is known."""
    out = []
    taken = [(d.content.start, d.content.end) for d in drafts]
    for m in marks:
        if any(s < m[1] and m[0] < e for s, e in taken):
            continue
        inner = doc.char_span(m[0] + 1, m[1] - 1, alignment_mode="contract")
        if inner is None or len(inner) < 6 or not any(t.tag_ in _FINITE for t in inner):
            continue
        index = next((k for k, s in enumerate(sents) if s.start_char <= m[0] < s.end_char), 0)
        near = [d for d in drafts if d.speaker and abs(d.sentence - index) <= 1]
        if near:
            src = min(near, key=lambda d: abs(d.content.start - m[0]))
            out.append(_Draft("direct", _span(doc, *m), None, src.speaker, None, index))
    return out


def _is_reported_continuation(sent: Span, lex: _Lexicon) -> bool:
    for token in sent:
        if token.tag_ in _FINITE and token.lower_ in lex.subjunctive:
            return True
        if token.tag_ == "VMFIN" and token.lemma_.lower() == "sollen":
            return True
    return False


def _continuations(doc: Doc, sents: Sequence[Span], drafts: list[_Draft], lex: _Lexicon) -> list[_Draft]:
    """Sentences in Konjunktiv after a quote, without a cue of their own, go on with its speaker."""
    by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence, []).append(d)
    out: list[_Draft] = []
    last: _Draft | None = None
    for index, sent in enumerate(sents):
        own = by_sentence.get(index)
        if own:
            spoken = [d for d in own if d.speaker is not None and d.kind != "reported"]
            last = spoken[-1] if spoken else None
            continue
        if last is not None and _is_reported_continuation(sent, lex):
            start, end = _sentence_content(doc, sent)
            draft = _Draft("indirect", _tokens_span(doc, start, end), None, last.speaker, None, index)
            out.append(draft)
            last = draft
        else:
            last = None
    return out


def _resolve(doc: Doc, speaker: TextSpan | None, lex: _Lexicon) -> str | None:
    if speaker is None or speaker.text.lower() not in lex.pronouns:
        return None
    people = [e for e in doc.ents if e.label_ == "PER" and e.end_char <= speaker.start]
    return people[-1].text if people else None


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    kept: list[_Draft] = []
    rank = {"direct": 0, "indirect": 1, "reported": 2}
    for d in sorted(drafts, key=lambda d: (rank[d.kind], d.content.start)):
        clash = any(
            k.content.start < d.content.end and d.content.start < k.content.end
            and (k.cue == d.cue or k.kind == "direct" or d.cue is None)
            for k in kept
        )
        if not clash:
            kept.append(d)
    return sorted(kept, key=lambda d: (d.content.start, d.content.end))


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quotation, reported statement and credited claim in an analysed article, in order."""
    lex = _lexicon()
    sents = list(doc.sents)
    marks = quotation_spans(doc.text, lex.quote_pairs)
    credits = attributions(doc.text, [(s.start_char, s.end_char) for s in sents])
    drafts: list[_Draft] = []
    for index, sent in enumerate(sents):
        drafts.extend(_verb_quotes(doc, sent, index, marks, lex))
        drafts.extend(_credit_quotes(doc, sent, index, credits, marks))
    drafts.extend(_colon_quotes(doc, sents, marks, lex))
    drafts.extend(_uncued_direct(doc, sents, marks, drafts))
    drafts = _dedupe(drafts)
    drafts = _dedupe(drafts + _continuations(doc, sents, drafts, lex))
    return [
        Quote(d.kind, d.content, d.cue, d.speaker, d.addressee, _resolve(doc, d.speaker, lex))
        for d in drafts
    ]
