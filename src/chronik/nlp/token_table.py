"""A document's token attributes as plain Python tuples, read once per document.

Every `doc[i]` builds a new Token object and every `token.tag_`, `.lemma_` or `.text` looks its
string up anew; `doc[a:b]` builds a Span, and `span.text` joins its tokens again. The readers of
`chronik.extract` ask such questions of the same tokens thousands of times per article, so they
read them here: `token_table(doc)` gives the document's text and, per token, its form, tag, lemma,
lower-case form, morphology key, character offset and trailing white space, taken from the doc's
arrays in one pass and kept for the few documents read last (by identity).

Only what no later step changes is kept: entity labels are not (extraction may set `doc.ents`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from spacy.attrs import SENT_START
from spacy.tokens import Doc, MorphAnalysis, Span, Token

_KEPT = 4  # documents whose tables are kept (an article's windows are read one after another)


@dataclass(frozen=True, eq=False)
class TokenTable:
    """Per token of one doc: `texts[i]` is `doc[i].text`, `tags[i]` its `tag_`, `lemmas[i]` its
    `lemma_`, `lowers[i]` its `lower_`, `lemma_lowers[i]` its `lemma_.lower()`, `starts[i]` its
    `idx`, `spaces[i]` whether white space follows, `morphs[i]` its morphology's key."""

    doc: Doc
    text: str
    texts: tuple[str, ...]
    tags: tuple[str, ...]
    lemmas: tuple[str, ...]
    lowers: tuple[str, ...]
    lemma_lowers: tuple[str, ...]
    starts: tuple[int, ...]
    spaces: tuple[bool, ...]
    morphs: tuple[int, ...]
    spaces_only: tuple[bool, ...]  # per token: `is_space`
    _words: list[Word] = field(default_factory=list, repr=False)
    _morph_values: dict[tuple[int, str], list[str]] = field(default_factory=dict, repr=False)
    _forms: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    _positions: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def end(self, i: int) -> int:
        """The character offset right after token i (`idx + len(text)`)."""
        return self.starts[i] + len(self.texts[i])

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text` (negative offsets and offsets past the end read as in a slice)."""
        n = len(self.texts)
        start = min(n, max(0, start + n if start < 0 else start))
        end = min(n, max(start, end + n if end < 0 else end))
        if start == end:
            return ""
        return self.text[self.starts[start] : self.end(end - 1)]

    def span_texts(self, span: Span) -> str:
        """`span.text` of a span of this doc."""
        return self.span_text(span.start, span.end)

    def words(self) -> list[Word]:
        """Every token as a `Word` (made once per doc)."""
        if not self._words and self.texts:
            self._words.extend(Word(self, i) for i in range(len(self.texts)))
        return self._words

    def forms(self, i: int) -> frozenset[str]:
        """The lower-case form and lemma of token i, whichever are not empty."""
        found = self._forms.get(i)
        if found is None:
            found = self._forms[i] = frozenset({self.lowers[i], self.lemma_lowers[i]} - {""})
        return found

    def positions(self, text: str) -> list[int]:
        """Where a word form stands in the doc, in order (indexed once per doc); callers must not
        change the list."""
        if not self._positions and self.texts:
            for i, word in enumerate(self.texts):
                self._positions.setdefault(word, []).append(i)
        return self._positions.get(text, [])

    def morph(self, i: int, feature: str) -> list[str]:
        """`doc[i].morph.get(feature, default=[])`, parsed once per morphology of the doc; callers
        must not change the list."""
        key = (self.morphs[i], feature)
        found = self._morph_values.get(key)
        if found is None:
            found = self._morph_values[key] = self.doc[i].morph.get(feature, default=[])
        return found


class Word:
    """A token read from its doc's table: what a spaCy Token says of its strings and place, as plain
    attributes. Entity labels and morphology are asked of the doc's token (extraction may change
    the labels)."""

    __slots__ = ("i", "idx", "is_space", "lemma_", "lower_", "table", "tag_", "text", "whitespace_")

    def __init__(self, table: TokenTable, i: int) -> None:
        self.table = table
        self.i = i
        self.text = table.texts[i]
        self.tag_ = table.tags[i]
        self.lemma_ = table.lemmas[i]
        self.lower_ = table.lowers[i]
        self.idx = table.starts[i]
        self.whitespace_ = " " if table.spaces[i] else ""
        self.is_space = table.spaces_only[i]

    @property
    def doc(self) -> Doc:
        return self.table.doc

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def ent_type_(self) -> str:
        return self.table.doc[self.i].ent_type_

    @property
    def ent_iob_(self) -> str:
        return self.table.doc[self.i].ent_iob_

    @property
    def morph(self) -> MorphAnalysis:
        return self.table.doc[self.i].morph

    def __repr__(self) -> str:
        return self.text


# What readers of a token's strings take: a spaCy token or a word of a table.
TokenLike = Token | Word

_TABLES: list[TokenTable] = []


def token_table(doc: Doc) -> TokenTable:
    """The table of `doc`, made on first use and kept for the documents read last."""
    for table in _TABLES:
        if table.doc is doc:
            return table
    table = _read(doc)
    _TABLES.insert(0, table)
    del _TABLES[_KEPT:]
    return table


def string_columns(doc: Doc, names: Sequence[str]) -> list[list[str]]:
    """Per attribute of `names` (string-valued ones: "ORTH", "LOWER", "TAG", "LEMMA"), its string
    for every token, from the doc's array in one read, each string looked up once. Unlike
    `token_table` nothing is kept: the analysis components that change a doc read it with this."""
    if not len(doc):
        return [[] for _ in names]
    attrs: list[int | str] = list(names)
    # One attribute reads as a flat array: shaped (tokens, attributes) always.
    columns = cast("list[list[int]]", doc.to_array(attrs).reshape(len(doc), len(attrs)).T.tolist())
    strings = _strings(doc, columns)
    return [list(map(strings.__getitem__, column)) for column in columns]


def sentence_start_flags(doc: Doc) -> list[bool]:
    """Per token, `bool(token.is_sent_start)`: its sentence start is set and true."""
    return [flag == 1 for flag in doc.to_array(SENT_START).tolist()] if len(doc) else []


def _strings(doc: Doc, columns: Sequence[Sequence[int]]) -> dict[int, str]:
    """The string of every hash in `columns`, each looked up once however often it occurs."""
    store = doc.vocab.strings
    return {key: store[key] for key in set().union(*columns)}


def _read(doc: Doc) -> TokenTable:
    names: list[int | str] = ["ORTH", "TAG", "LEMMA", "LOWER", "IDX", "SPACY", "MORPH", "IS_SPACE"]
    columns = doc.to_array(names).T.tolist() if len(doc) else [[] for _ in names]
    strings = _strings(doc, columns[:4])
    texts = tuple(map(strings.__getitem__, columns[0]))
    lemmas = tuple(map(strings.__getitem__, columns[2]))
    spaces = tuple(map(bool, columns[5]))
    lowered: dict[str, str] = {}
    return TokenTable(
        doc=doc,
        # What `doc.text` joins, without making a Token per word.
        text="".join([word + " " if space else word for word, space in zip(texts, spaces, strict=True)]),
        texts=texts,
        tags=tuple(map(strings.__getitem__, columns[1])),
        lemmas=lemmas,
        lowers=tuple(map(strings.__getitem__, columns[3])),
        lemma_lowers=tuple(lowered.setdefault(lemma, lemma.lower()) for lemma in lemmas),
        starts=tuple(columns[4]),
        spaces=spaces,
        morphs=tuple(columns[6]),
        spaces_only=tuple(map(bool, columns[7])),
    )
