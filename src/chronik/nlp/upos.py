"""Universal POS from STTS tags (`chronik_upos`): `data/nlp/stts_upos.tsv` plus word exceptions.

Does what an `attribute_ruler` loaded with the tag map and one `{"TAG": t, "LOWER": {"IN": words}}`
pattern per row of `upos_exceptions.tsv` does, with two dictionary look-ups per token instead of a
Matcher run: a token whose tag the table lacks keeps its `pos`; a later exception row wins.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS_IDS
from spacy.tokens import Doc

from chronik.nlp.teacher import stts_to_upos
from chronik.nlp.tokenizer import DATA_DIR

FACTORY = "chronik_upos"


@cache
def upos_exceptions() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(STTS tag, lower-case words, UPOS) rows of chronik/data/nlp/upos_exceptions.tsv."""
    rows = []
    for line in (DATA_DIR / "upos_exceptions.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            tag, words, upos = line.split("\t")
            rows.append((tag, tuple(words.split(",")), upos))
    return tuple(rows)


@Language.factory(FACTORY, assigns=["token.pos"], requires=["token.tag"], default_config={})
def make_upos(nlp: Language, name: str) -> UposFromStts:
    return UposFromStts(nlp)


class UposFromStts:
    """Sets `token.pos` from `token.tag` (and, for the exceptions, the lower-case form)."""

    def __init__(self, nlp: Language) -> None:
        strings = nlp.vocab.strings
        self.by_tag = {strings.add(tag): UPOS_IDS[upos] for tag, upos in stts_to_upos().items()}
        self.by_tag_word: dict[tuple[int, int], int] = {}
        for tag, words, upos in upos_exceptions():
            for word in words:
                self.by_tag_word[strings.add(tag), strings.add(word)] = UPOS_IDS[upos]
        self.exception_tags = frozenset(tag for tag, _word in self.by_tag_word)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([TAG, LOWER, POS]).tolist()
        by_tag, by_tag_word, exception_tags = self.by_tag, self.by_tag_word, self.exception_tags
        pos = []
        for tag, lower, current in rows:
            value = by_tag.get(tag, current)
            if tag in exception_tags:
                value = by_tag_word.get((tag, lower), value)
            pos.append([value])
        doc.from_array([POS], numpy.asarray(pos, dtype="uint64"))  # type: ignore[arg-type]
        return doc
