"""Rule-based sentence boundaries for German news (`chronik_sentences`).

Rules, in the order they matter:
- a blank line ends a sentence, so a headline without final punctuation is its own sentence;
  a single line break inside a paragraph does not;
- `.`, `!`, `?` or `…` (with any closing quotes and brackets after them) end a sentence when the
  next word opens one: a capital letter, a digit, an opening quote, bracket or dash;
- a number with a full stop ("13.") is an ordinal ("am 13. September") unless a sentence-opening
  function word follows ("… im Jahr 2019. Die …"): then the stop is split off as its own token;
- abbreviations ("Dr.", "z. B.") never end a sentence, except those listed as sentence-final
  ("usw.") when a sentence-opening function word follows.

The component splits tokens ("2019." → "2019" "."), so it must run first, before any `tok2vec`.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronik.nlp.tokenizer import abbreviations, read_word_list

FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!", "???"})
CLOSING = frozenset({"“", "”", '"', "'", "''", "‘", "’", "»", "«", ")", "]", "}", "›", "‹"})
# Straight quotes open as often as they close: they close only when attached to the stop before them.
AMBIGUOUS_QUOTES = frozenset({'"', "'", "''"})
OPENING_START = ("„", '"', "``", "»", "«", "‚", "'", "(", "[", "–", "—", "-", "‹", "›")
EMOTICON = re.compile(r"^[:;=xX8][-o^']?[()\[\]DPpOo/|*]+$|^[()\[\]][-o^']?[:;=]$")
NUMBER_WITH_STOP = re.compile(r"^\d+(?:[.,]\d+)*\.$")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@cache
def sentence_openers() -> frozenset[str]:
    return frozenset(word.lower() for word in read_word_list("sentence_openers.txt"))


@cache
def sentence_final_abbreviations() -> frozenset[str]:
    return frozenset(read_word_list("sentence_final_abbreviations.txt"))


def _next_word(doc: Doc, i: int) -> tuple[Token | None, bool]:
    """The first non-space token after i, and whether a blank line lies between."""
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    between = doc[i].whitespace_ + "".join(t.text_with_ws for t in doc[i + 1 : j])
    return (doc[j] if j < len(doc) else None), bool(BLANK_LINE.search(between))


def _opens_sentence(token: Token) -> bool:
    """Could this token be the first word of a sentence after a full stop?"""
    first = token.text[0]
    return first.isupper() or first.isdigit() or token.text.startswith(OPENING_START)


def _is_opener_word(token: Token | None) -> bool:
    return (
        token is None
        or (token.text[0].isupper() and token.text.lower() in sentence_openers())
        or token.text.startswith(OPENING_START)
    )


def numbers_ending_sentences(doc: Doc) -> list[int]:
    """Indices of "2019."-style tokens whose full stop closes the sentence rather than an ordinal."""
    found = []
    for token in doc:
        if NUMBER_WITH_STOP.match(token.text):
            nxt, blank = _next_word(doc, token.i)
            if blank or _is_opener_word(nxt):
                found.append(token.i)
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


def sentence_starts(doc: Doc) -> list[bool]:
    """One flag per token: does a sentence start here? Space tokens never start one."""
    starts = [False] * len(doc)
    pending = True  # the first word of the document opens a sentence
    abbrevs = abbreviations()
    final_abbrevs = sentence_final_abbreviations()
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.is_space:
            if BLANK_LINE.search(token.text):
                pending = True
            i += 1
            continue
        if pending:
            starts[i] = True
            pending = False
        if BLANK_LINE.search(token.whitespace_):
            pending = True
        text = token.text
        is_final = text in FINAL_PUNCT or (text[-1] in ".!?…" and set(text) <= set(".!?…"))
        if is_final:
            # Closing quotes and brackets belong to the sentence they close.
            j = i + 1
            while j < len(doc) and (
                (doc[j].text in CLOSING and not (doc[j].text in AMBIGUOUS_QUOTES and doc[j - 1].whitespace_))
                or EMOTICON.match(doc[j].text)
            ):
                j += 1
            nxt, blank = _next_word(doc, j - 1)
            if nxt is not None and (blank or _opens_sentence(nxt)):
                # After ?/! a comma or lower-case word continues ("„Warum?“, fragte er").
                pending = True
            i = j
            continue
        if EMOTICON.match(text):
            # Web comments end sentences with smileys instead of stops: ":-) Dann …".
            nxt, blank = _next_word(doc, i)
            if nxt is not None and (blank or _opens_sentence(nxt)):
                pending = True
        if text in final_abbrevs and text in abbrevs:
            nxt, blank = _next_word(doc, i)
            if nxt is not None and (blank or _is_opener_word(nxt)):
                pending = True
        i += 1
    if starts and doc[0].is_space:
        # spaCy's invariant: token 0 opens a sentence; leading white space joins the first sentence.
        first_word = next((t.i for t in doc if not t.is_space), None)
        if first_word is not None:
            starts[first_word] = False
    if starts:
        starts[0] = True
    return starts


def set_sentence_starts(doc: Doc) -> Doc:
    split_final_stops(doc, numbers_ending_sentences(doc))
    for token, start in zip(doc, sentence_starts(doc), strict=True):
        token.is_sent_start = start
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
