"""Rule-based sentence boundaries for German news (`chronik_sentences`).

Rules, in the order they matter:
- a blank line ends a sentence, so a headline without final punctuation is its own sentence;
  a single line break inside a paragraph does not;
- `.`, `!`, `?` or `…` (with any closing quotes and brackets after them) end a sentence when the
  next word opens one: a capital letter, a digit, an opening quote, bracket or dash;
- a number with a full stop ("13.", or a Roman "II.") is an ordinal ("am 13. September",
  "Elisabeth II. sprach") unless a sentence-opening function word follows ("… im Jahr 2019.
  Die …", "… bei Königin Elisabeth II. Am Abend …"): then the stop is split off as its own token;
- abbreviations ("Dr.", "z. B.") never end a sentence, except those listed as sentence-final
  ("usw.") when a sentence-opening function word follows;
- a score or clock time with a full stop ("1:0.", "18:30.") is never an ordinal: the stop ends the
  sentence whenever the next word could open one.

The component splits tokens ("2019." → "2019" "."), so it must run first, before any `tok2vec`.
"""

from __future__ import annotations

import re
from functools import cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from chronik.nlp.token_table import string_columns
from chronik.nlp.tokenizer import abbreviations, read_word_list

FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!", "???"})
CLOSING = frozenset({"“", "”", '"', "'", "''", "‘", "’", "»", "«", ")", "]", "}", "›", "‹"})
# Straight quotes open as often as they close: they close only when attached to the stop before them.
AMBIGUOUS_QUOTES = frozenset({'"', "'", "''"})
OPENING_START = ("„", '"', "``", "»", "«", "‚", "'", "(", "[", "–", "—", "-", "‹", "›")
EMOTICON = re.compile(r"^[:;=xX8][-o^']?[()\[\]DPpOo/|*]+$|^[()\[\]][-o^']?[:;=]$")
NUMBER_WITH_STOP = re.compile(r"^\d+(?:[.,]\d+)*\.$")
# A regnal or ordinal Roman numeral with its stop (`Elisabeth II.`, `Leo XIV.`) is read like "13.".
ROMAN_WITH_STOP = re.compile(r"^[IVXLC]+\.$")
SCORE_WITH_STOP = re.compile(r"^\d+:\d+\.$")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
FINAL_CHARS = frozenset(".!?…")


@cache
def sentence_openers() -> frozenset[str]:
    return frozenset(word.lower() for word in read_word_list("sentence_openers.txt"))


@cache
def sentence_final_abbreviations() -> frozenset[str]:
    return frozenset(read_word_list("sentence_final_abbreviations.txt"))


class _Tokens:
    """The token attributes the rules read, as plain lists (read from the doc's arrays once):
    `texts[i]` is `doc[i].text`, `spaces[i]` its `whitespace_`, `is_space[i]` its `is_space`."""

    def __init__(self, doc: Doc) -> None:
        self.texts: list[str] = string_columns(doc, ("ORTH",))[0]
        flags = doc.to_array(["SPACY", "IS_SPACE"]).tolist() if len(doc) else []
        self.spaces: list[str] = [" " if spacy else "" for spacy, _ in flags]
        self.is_space: list[bool] = [bool(space) for _, space in flags]
        self.n = len(self.texts)

    def next_word(self, i: int) -> tuple[str | None, bool]:
        """The first non-space token after i, and whether a blank line lies between."""
        j = i + 1
        while j < self.n and self.is_space[j]:
            j += 1
        between = self.spaces[i]
        if j > i + 1:
            between += "".join(
                t + w for t, w in zip(self.texts[i + 1 : j], self.spaces[i + 1 : j], strict=True)
            )
        return (self.texts[j] if j < self.n else None), bool(between) and bool(BLANK_LINE.search(between))


def _opens_sentence(text: str) -> bool:
    """Could this token be the first word of a sentence after a full stop?"""
    first = text[0]
    return first.isupper() or first.isdigit() or text.startswith(OPENING_START)


def _is_opener_word(text: str | None) -> bool:
    return (
        text is None
        or (text[0].isupper() and text.lower() in sentence_openers())
        or text.startswith(OPENING_START)
    )


def numbers_ending_sentences(doc: Doc, tokens: _Tokens | None = None) -> list[int]:
    """Indices of "2019."-style tokens whose full stop closes the sentence rather than an ordinal
    (and of scores, "1:0.", whose stop always does before a word that can open a sentence).
    `tokens`: the doc's, if read."""
    found = []
    tokens = tokens or _Tokens(doc)
    for i, text in enumerate(tokens.texts):
        if text[-1:] != ".":
            continue
        ordinal = bool(NUMBER_WITH_STOP.match(text) or ROMAN_WITH_STOP.match(text))
        if not ordinal and not SCORE_WITH_STOP.match(text):
            continue
        nxt, blank = tokens.next_word(i)
        opens = _is_opener_word(nxt) if ordinal else nxt is None or _opens_sentence(nxt)
        if blank or opens:
            found.append(i)
    return found


def split_final_stops(doc: Doc, indices: list[int]) -> Doc:
    """Split "2019." into "2019" and "." in place."""
    if not indices:
        return doc
    with doc.retokenize() as retokenizer:
        for i in indices:
            token = doc[i]
            # Each piece attaches to itself; no parse exists yet at this point of the pipeline.
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 1)])
    return doc


def sentence_starts(doc: Doc, tokens: _Tokens | None = None) -> list[bool]:
    """One flag per token: does a sentence start here? Space tokens never start one.
    `tokens`: the doc's, if read."""
    tokens = tokens or _Tokens(doc)
    texts, spaces, is_space, n = tokens.texts, tokens.spaces, tokens.is_space, tokens.n
    starts = [False] * n
    pending = True  # the first word of the document opens a sentence
    abbrevs = abbreviations()
    final_abbrevs = sentence_final_abbreviations()
    i = 0
    while i < n:
        text = texts[i]
        if is_space[i]:
            if BLANK_LINE.search(text):
                pending = True
            i += 1
            continue
        if pending:
            starts[i] = True
            pending = False
        if spaces[i] and BLANK_LINE.search(spaces[i]):
            pending = True
        is_final = text in FINAL_PUNCT or (text[-1] in ".!?…" and set(text) <= FINAL_CHARS)
        if is_final:
            # Closing quotes and brackets belong to the sentence they close.
            j = i + 1
            while j < n and (
                (texts[j] in CLOSING and not (texts[j] in AMBIGUOUS_QUOTES and spaces[j - 1]))
                or EMOTICON.match(texts[j])
            ):
                j += 1
            nxt, blank = tokens.next_word(j - 1)
            if nxt is not None and (blank or _opens_sentence(nxt)):
                # After ?/! a comma or lower-case word continues ("„Warum?“, fragte er").
                pending = True
            i = j
            continue
        if EMOTICON.match(text):
            # Web comments end sentences with smileys instead of stops: ":-) Dann …".
            nxt, blank = tokens.next_word(i)
            if nxt is not None and (blank or _opens_sentence(nxt)):
                pending = True
        if text in final_abbrevs and text in abbrevs:
            nxt, blank = tokens.next_word(i)
            if nxt is not None and (blank or _is_opener_word(nxt)):
                pending = True
        i += 1
    if starts and is_space[0]:
        # spaCy's invariant: token 0 opens a sentence; leading white space joins the first sentence.
        first_word = next((k for k in range(n) if not is_space[k]), None)
        if first_word is not None:
            starts[first_word] = False
    if starts:
        starts[0] = True
    return starts


def set_sentence_starts(doc: Doc) -> Doc:
    tokens = _Tokens(doc)
    split = numbers_ending_sentences(doc, tokens)
    if split:
        split_final_stops(doc, split)
        tokens = _Tokens(doc)  # the split tokens read anew
    if len(doc):
        flags = [[1] if start else [-1] for start in sentence_starts(doc, tokens)]
        doc.from_array([SENT_START], numpy.asarray(flags, dtype="int32").astype("uint64"))  # type: ignore[arg-type]
    return doc


@Language.factory(
    "chronik_sentences",
    assigns=["token.is_sent_start"],
    requires=[],
    default_config={},
)
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)


class SentenceSplitter:
    """Sets `token.is_sent_start` for every token by the rules in the module docstring."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return set_sentence_starts(doc)
