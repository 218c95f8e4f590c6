"""Which lines of a scraped article are page chrome, and which line is the headline.

The patterns live in `data/cleaning/boilerplate.yml`; this module compiles them and applies them to
single lines (whitespace already normalised). It decides, it does not edit: `clean.py` turns the
verdicts into edits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chronik.core.errors import ConfigError

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_WORD = re.compile(r"[\W_]+")
_ORDINAL_END = re.compile(r"\s(?:[IVXLC]+|\d{1,3})\.$")
_SENTENCE_END = re.compile(r"[.!?…][\"'“”»«›‹)\]]*$")


@dataclass(frozen=True)
class LineRule:
    name: str
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class BoilerplateRules:
    line_rules: tuple[LineRule, ...]
    title_min_chars: int
    title_max_chars: int
    title_max_words: int
    closing_punctuation: str
    continuing_words: frozenset[str]
    min_prefix_words: int
    min_prefix_share: float
    max_extra_words: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> BoilerplateRules:
        try:
            vocabulary = {name: [str(item) for item in items] for name, items in data["vocabulary"].items()}
            line_rules = tuple(
                LineRule(name, tuple(_compile(name, p, vocabulary) for p in spec["patterns"]))
                for name, spec in data["rules"].items()
            )
            title, repeat = data["title"], data["headline_repeat"]
            return cls(
                line_rules=line_rules,
                title_min_chars=int(title["min_chars"]),
                title_max_chars=int(title["max_chars"]),
                title_max_words=int(title["max_words"]),
                closing_punctuation=str(title["closing_punctuation"]),
                continuing_words=frozenset(str(w).casefold() for w in title["continuing_words"]),
                min_prefix_words=int(repeat["min_prefix_words"]),
                min_prefix_share=float(repeat["min_prefix_share"]),
                max_extra_words=int(repeat["max_extra_words"]),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise ConfigError(f"boilerplate rules: missing or malformed {err}") from err


def _expand(pattern: str, vocabulary: dict[str, list[str]], depth: int = 0) -> str:
    if depth > 8:
        raise ConfigError(f"boilerplate vocabulary nests too deep in {pattern!r}")

    def alternation(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in vocabulary:
            raise ConfigError(f"boilerplate pattern uses unknown list {{{{{name}}}}}")
        items = (_expand(item, vocabulary, depth + 1) for item in vocabulary[name])
        return "(?:" + "|".join(items) + ")"

    return _PLACEHOLDER.sub(alternation, pattern)


def _compile(rule: str, pattern: str, vocabulary: dict[str, list[str]]) -> re.Pattern[str]:
    try:
        return re.compile(_expand(pattern, vocabulary), re.IGNORECASE)
    except re.error as err:
        raise ConfigError(f"boilerplate rule {rule}: bad pattern {pattern!r}: {err}") from err


def boilerplate_rule(line: str, rules: BoilerplateRules, *variants: str) -> str | None:
    """Name of the first rule whose pattern matches the whole (normalised) line, else None.

    `variants` are other readings of the same line (with drop-cap debris repaired, say).
    """
    forms = [form for form in (line, *variants) if form]
    for rule in rules.line_rules:
        for pattern in rule.patterns:
            if any(pattern.fullmatch(form) for form in forms):
                return rule.name
    return None


def fold(line: str) -> list[str]:
    """Compare-form of a line: its words, NFC, case folded, umlauts spelled out."""
    text = unicodedata.normalize("NFC", line).casefold().translate(_TRANSLITERATION)
    return _NON_WORD.sub(" ", text).split()


def headline_like(line: str, following: str | None, rules: BoilerplateRules) -> bool:
    """Short, no closing punctuation, and not the first line of a hard-wrapped paragraph.

    `following` is the next line that is kept (None at the end or before a blank line).
    """
    words = line.split()
    short = (
        rules.title_min_chars <= len(line) <= rules.title_max_chars and len(words) <= rules.title_max_words
    )
    opening = line[0].isupper() or line[0].isdigit() or line[0] in "„\"»«'‚"
    # A final dot after a Roman numeral or an ordinal ("Benedikt XVI.") does not end a sentence.
    closed = line[-1] in rules.closing_punctuation and not _ORDINAL_END.search(line)
    if not short or not opening or closed:
        return False
    if following is None:
        return True
    # A headline directly above text: the text must start a sentence and end one, and the
    # headline must not end on a word that needs a continuation.
    last = fold(words[-1])
    return (
        (not last or last[-1] not in rules.continuing_words)
        and following[:1].isupper()
        and _SENTENCE_END.search(following) is not None
    )


def repeats_headline(line: str, headline: str, rules: BoilerplateRules) -> bool:
    """True when `line` repeats the headline: equal, truncated, or with a few words added.

    Words are compared without the spaces between them, so that a lost or an inserted space
    (repaired glue) does not hide a repetition.
    """
    a_words, h_words = fold(line), fold(headline)
    a, h = "".join(a_words), "".join(h_words)
    if not a or not h:
        return False
    if a == h:
        return True
    # A truncated or extended headline is no sentence: a line that ends one is text
    # ("Putin besucht Nordkorea erneut." under the headline "Putin besucht Nordkorea").
    if line.rstrip()[-1] in ".!?":
        return False
    if h.startswith(a):
        return len(a_words) >= rules.min_prefix_words and len(a) >= rules.min_prefix_share * len(h)
    if a.startswith(h):
        return len(a_words) - len(h_words) <= rules.max_extra_words
    return False


def find_title(lines: Sequence[str | None], rules: BoilerplateRules) -> int | None:
    """Index of the headline among kept lines (None marks a blank line), or None.

    The first line of text is the headline when it looks like one, or when it is repeated.
    """
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return None
    line = lines[first] or ""
    following = lines[first + 1] if first + 1 < len(lines) else None
    if headline_like(line, following or None, rules):
        return first
    if len(line) <= rules.title_max_chars and any(
        other and "".join(fold(other)) == "".join(fold(line)) for other in lines[first + 1 :]
    ):
        return first
    return None
