"""German news tokenizer: spaCy's German rules plus the abbreviations news text needs.

Registered as `chronik.news_tokenizer.v1` so that a pipeline's `config.cfg` names it; the extra
abbreviations live in `chronik/data/nlp/abbreviations.txt` where users can extend them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "nlp"


def read_word_list(name: str) -> tuple[str, ...]:
    """Lines of a word list in `data/nlp/`, without comments and blank lines."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def abbreviations() -> frozenset[str]:
    """Every abbreviation that keeps its full stop: spaCy's German exceptions plus ours."""
    from spacy.lang.de.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    spacy_ones = {text for text in TOKENIZER_EXCEPTIONS if text.endswith(".") and len(text) > 1}
    return frozenset(spacy_ones | set(read_word_list("abbreviations.txt")))


def abbreviation_exceptions(words: Iterable[str]) -> dict[str, list[dict[int, str]]]:
    """Tokenizer special cases that keep each abbreviation whole; NORM drops the full stop's ambiguity."""
    return {word: [{ORTH: word, NORM: word}] for word in words}


def create_news_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's German tokenizer with the news abbreviations added as special cases."""
    tokenizer: Tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    for text, tokens in abbreviation_exceptions(read_word_list("abbreviations.txt")).items():
        tokenizer.add_special_case(text, tokens)
    return tokenizer


@registry.tokenizers("chronik.news_tokenizer.v1")
def news_tokenizer() -> Callable[[Language], Tokenizer]:
    return create_news_tokenizer


def blank_german() -> Language:
    """An empty German pipeline with the news tokenizer."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "chronik.news_tokenizer.v1"}}}
    return spacy.blank("de", config=config)
