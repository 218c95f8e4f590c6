"""Repairs of scraping and machine-translation damage inside words and between sentences.

Each repair proposes `Edit`s on the text it is given and names its rule from
`data/cleaning/repairs.yml`. Every repair needs positive evidence before it fires: a damaged word
must be unknown, and its repair known (to the word lists, or to the document itself). Without
evidence the text is left alone: a missed repair costs less than a broken name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from chronik.core.errors import ConfigError
from chronik.core.offsets import Edit
from chronik.ingest import lexicon

RULES = (
    "dropcap_stray_lower",
    "dropcap_caps_prefix",
    "dropcap_lost_initial",
    "dropcap_stray_capital",
    "glued_words",
    "glued_sentence",
    "stray_dot_in_name",
)

_WORD = re.compile(r"[^\W\d_]+")
# A paragraph's first word, after opening quotes or brackets.
_FIRST_WORD = re.compile(r"^[„\"»«'‚(\[]*([^\W\d_]+)", re.MULTILINE)
_STRAY_LOWER = re.compile(r"[a-zäöü][A-ZÄÖÜ][a-zäöüß]+")
_CAPS_PREFIX = re.compile(r"([A-ZÄÖÜ]{2,})([A-ZÄÖÜ][a-zäöüß]+)")
_STRAY_CAPITAL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}")
_LOST_INITIAL = re.compile(r"[A-ZÄÖÜ]{2}[a-zäöüß]{2,}")
# Sentence end glued to a capitalised word: two lowercase letters, the stop (and a typographic
# closing quote), then a capital and a lowercase letter (optionally after an opening quote; a
# straight quote between stop and capital opens the next sentence more often than it closes one).
_GLUED_SENTENCE = re.compile(r"(?<=[a-zäöüß]{2})[.!?][“”’«]?(?=[„‚»\"']?([A-ZÄÖÜ][a-zäöüß]+))")
# A capital, a dot, lowercase letters, inside one word: not an initial ("J. Smith"), not an
# abbreviation ("z.B.", "U.S."), not a domain ("E.on.de" is left alone as well).
_STRAY_DOT = re.compile(r"(?<![\w.@/])([A-ZÄÖÜ])\.([a-zäöüß]{2,})(?![\w@/]|\.\w)")
# Characters next to a word that make it part of a larger token (compound part, address, number).
_ATTACHED = set("-‐–/@_'’.0123456789")


@dataclass(frozen=True)
class RepairRules:
    known_zipf: float
    stray_lower_min_tail: float
    stray_lower_max_whole: float
    caps_prefix_min_tail: float
    caps_prefix_max_whole: float
    stray_capital_min_tail: float
    lost_initial_min_length: int
    lost_initial_min_candidate: float
    glue_min_length: int
    glue_min_left: int
    glue_min_right: int
    glue_min_part: float
    glue_min_short_left: float
    glue_min_verb_length: int
    glue_margin: float
    victims: frozenset[str]
    participle_endings: frozenset[str]
    participle_prefixes: tuple[str, ...]
    linking_elements: tuple[str, ...]
    url_markers: tuple[str, ...]
    top_level_domains: frozenset[str]
    stray_dot_min_zipf: float

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RepairRules:
        try:
            missing = [rule for rule in RULES if rule not in data]
            if missing:
                raise ConfigError(f"repair rules: no entry for {', '.join(missing)}")
            glue, sentence, dot = data["glued_words"], data["glued_sentence"], data["stray_dot_in_name"]
            stray_lower, caps = data["dropcap_stray_lower"], data["dropcap_caps_prefix"]
            stray_capital, lost = data["dropcap_stray_capital"], data["dropcap_lost_initial"]
            return cls(
                known_zipf=float(data["known_zipf"]),
                stray_lower_min_tail=float(stray_lower["min_tail_zipf"]),
                stray_lower_max_whole=float(stray_lower["max_whole_zipf"]),
                caps_prefix_min_tail=float(caps["min_tail_zipf"]),
                caps_prefix_max_whole=float(caps["max_whole_zipf"]),
                stray_capital_min_tail=float(stray_capital["min_tail_zipf"]),
                lost_initial_min_length=int(lost["min_length"]),
                lost_initial_min_candidate=float(lost["min_candidate_zipf"]),
                glue_min_length=int(glue["min_length"]),
                glue_min_left=int(glue["min_left_length"]),
                glue_min_right=int(glue["min_right_length"]),
                glue_min_part=float(glue["min_part_zipf"]),
                glue_min_short_left=float(glue["min_short_left_zipf"]),
                glue_min_verb_length=int(glue["min_verb_length"]),
                glue_margin=float(glue["lowercase_margin"]),
                victims=frozenset(str(w) for w in glue["victims"]),
                participle_endings=frozenset(str(w) for w in glue["participle_endings"]),
                participle_prefixes=tuple(str(p) for p in glue["participle_prefixes"]),
                linking_elements=tuple(str(w) for w in glue["linking_elements"]),
                url_markers=tuple(str(m) for m in sentence["url_markers"]),
                top_level_domains=frozenset(str(t).casefold() for t in sentence["top_level_domains"]),
                stray_dot_min_zipf=float(dot["min_zipf"]),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise ConfigError(f"repair rules: missing or malformed {err}") from err


def vocabulary(text: str) -> Counter[str]:
    """How often each word (a run of letters) occurs in the text."""
    return Counter(_WORD.findall(text))


def minimal_edit(start: int, old: str, new: str, rule: str) -> Edit:
    """The edit turning `old` (at `start`) into `new`, trimmed to the characters that differ."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return Edit(start + prefix, start + len(old) - suffix, new[prefix : len(new) - suffix], rule)


# Drop caps -------------------------------------------------------------------------------------


def _lost_initial(word: str, vocab: Counter[str], rules: RepairRules) -> str | None:
    # The intended word is the damaged one with its first letter or two replaced by one capital.
    one, two = word[1].lower() + word[2:], word[2:]
    in_document = {
        w
        for w in vocab
        if w != word and w[0].isupper() and (w[1:] == one or (len(w) == len(word) - 1 and w[1:] == two))
    }
    if len(in_document) == 1:
        return in_document.pop()
    if in_document:
        return None
    listed = set(lexicon.known_words_with_tail(one, rules.lost_initial_min_candidate))
    listed |= set(lexicon.known_words_with_tail(two, rules.lost_initial_min_candidate))
    if len(listed) == 1:
        found = listed.pop()
        return found[0].upper() + found[1:]
    return None


def repaired_first_word(word: str, vocab: Counter[str], rules: RepairRules) -> tuple[str, str] | None:
    """(repaired word, rule) for a paragraph's first word damaged by a drop cap, else None."""
    if lexicon.zipf(word) >= rules.known_zipf:
        return None
    if _STRAY_LOWER.fullmatch(word):
        tail = word[1:]
        if (
            lexicon.zipf(word) <= rules.stray_lower_max_whole
            and lexicon.zipf(tail) >= rules.stray_lower_min_tail
        ):
            return tail, "dropcap_stray_lower"
        return None
    caps = _CAPS_PREFIX.fullmatch(word)
    if caps:
        prefix, tail = caps.groups()
        if (
            lexicon.zipf(word) <= rules.caps_prefix_max_whole
            and lexicon.zipf(tail) >= rules.caps_prefix_min_tail
            and vocab[prefix] == 0  # an acronym used elsewhere in the text is real, not debris
        ):
            return tail, "dropcap_caps_prefix"
        return None
    lost = _LOST_INITIAL.fullmatch(word) and len(word) >= rules.lost_initial_min_length
    if lost and lexicon.zipf(word) == 0:
        found = _lost_initial(word, vocab, rules)
        return (found, "dropcap_lost_initial") if found else None
    if _STRAY_CAPITAL.fullmatch(word) and lexicon.zipf(word) == 0 and vocab[word] <= 1:
        tail = word[1:]
        if tail in rules.victims and lexicon.zipf(tail) >= rules.stray_capital_min_tail:
            return tail[0].upper() + tail[1:], "dropcap_stray_capital"
    return None


def repair_line_start(line: str, vocab: Counter[str], rules: RepairRules) -> str:
    """The line with its first word's drop-cap damage repaired (for matching lines, not editing)."""
    match = _FIRST_WORD.match(line)
    found = repaired_first_word(match.group(1), vocab, rules) if match else None
    if match is None or found is None:
        return line
    return line[: match.start(1)] + found[0] + line[match.end(1) :]


def dropcap_edits(text: str, vocab: Counter[str], rules: RepairRules) -> list[Edit]:
    """Repairs of paragraphs' first words."""
    edits = []
    for match in _FIRST_WORD.finditer(text):
        end = match.end(1)
        if end < len(text) and text[end] in _ATTACHED - {"."}:
            continue
        found = repaired_first_word(match.group(1), vocab, rules)
        if found:
            edits.append(minimal_edit(match.start(1), match.group(1), found[0], found[1]))
    return edits


# Glued words -----------------------------------------------------------------------------------


def _compound(word: str, rules: RepairRules) -> bool:
    """True when `word` parses as known word (+ linking element) + noun: a compound, not glue."""
    for i in range(rules.glue_min_left, len(word) - rules.glue_min_right + 1):
        head = word[i:]
        if head in rules.victims or lexicon.zipf(head) < rules.glue_min_part:
            continue
        left = word[:i]
        modifier_known = any(
            left.endswith(link) and lexicon.zipf(left[: len(left) - len(link)]) >= rules.glue_min_part
            for link in rules.linking_elements
            if len(left) - len(link) >= rules.glue_min_left
        )
        if modifier_known and lexicon.noun_form(head, rules.glue_margin):
            return True
    return False


def _glue_victim(left: str, right: str, capitalised: bool, rules: RepairRules) -> bool:
    if right in rules.victims:
        # -end- + inflection: a present participle (bestellender), not "bestellen der".
        if left.endswith("n") and right in rules.participle_endings:
            return False
        return capitalised or lexicon.lowercase_dominant(left, rules.glue_margin)
    # A verb form after a noun makes an adjective compound (Indexbasierte): only after a
    # non-noun (Anschließend|überreichte), and only in a capitalised word.
    return (
        capitalised
        and len(right) >= rules.glue_min_verb_length
        and not right.startswith(rules.participle_prefixes)
        and not lexicon.capitalised_dominant(left)
        and lexicon.verb_form(right)
        and lexicon.lowercase_dominant(right, rules.glue_margin)
        and not lexicon.noun_form(right, rules.glue_margin)
    )


def glue_split(word: str, rules: RepairRules) -> int | None:
    """Where to put the lost space in `word` (an index), or None when it is not two glued words."""
    if len(word) < rules.glue_min_length or lexicon.zipf(word) > 0:
        return None
    capitalised = word[0].isupper()
    if not (word.islower() or (capitalised and word[1:].islower())):
        return None
    best: tuple[float, int] | None = None
    for i in range(rules.glue_min_left, len(word) - rules.glue_min_right + 1):
        left, right = word[:i], word[i:]
        right_zipf = lexicon.zipf(right)
        if right_zipf < rules.glue_min_part:
            continue
        score = min(lexicon.zipf(left), right_zipf)
        if score < rules.glue_min_part or (best and score <= best[0]):
            continue
        if len(left) == rules.glue_min_left and lexicon.zipf(left) < rules.glue_min_short_left:
            continue
        if _glue_victim(left, right, capitalised, rules):
            best = (score, i)
    if best is None or _compound(word, rules):
        return None
    return best[1]


@cache
def _long_words(shortest: int) -> re.Pattern[str]:
    """The words of `_WORD` that have at least `shortest` letters (a run of letters is sought from
    its first letter on, so this finds each such whole word, and no shorter piece of a word)."""
    return re.compile(rf"[^\W\d_]{{{shortest},}}")


def glued_word_edits(text: str, vocab: Counter[str], rules: RepairRules) -> list[Edit]:
    """Insert the space lost between two glued words (Koreaist → Korea ist)."""
    edits = []
    for match in _long_words(rules.glue_min_length).finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if vocab[word] > 1:
            continue
        if (start and text[start - 1] in _ATTACHED) or (end < len(text) and text[end] in _ATTACHED - {"."}):
            continue
        if text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha():
            continue  # a domain or an abbreviation chain
        split = glue_split(word, rules)
        if split is not None:
            edits.append(Edit(start + split, start + split, " ", "glued_words"))
    return edits


# Glued sentences -------------------------------------------------------------------------------


def _token_around(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def glued_sentence_edits(text: str, rules: RepairRules) -> list[Edit]:
    """Insert the space lost after a sentence's full stop (Geschenke.Dies → Geschenke. Dies)."""
    edits = []
    for match in _GLUED_SENTENCE.finditer(text):
        token = _token_around(text, match.start())
        if any(marker in token for marker in rules.url_markers):
            continue
        after = match.end(1)
        if match.group(1).casefold() in rules.top_level_domains and not text[after : after + 1].isalpha():
            continue
        edits.append(Edit(match.end(), match.end(), " ", "glued_sentence"))
    return edits


# Stray dots ------------------------------------------------------------------------------------


def stray_dot_edits(text: str, vocab: Counter[str], rules: RepairRules) -> list[Edit]:
    """Delete a dot inside a capitalised word when the word without it is attested (J.ong → Jong)."""
    edits = []
    for match in _STRAY_DOT.finditer(text):
        joined = match.group(1) + match.group(2)
        if any(marker in _token_around(text, match.start()) for marker in rules.url_markers):
            continue
        if vocab[joined] > 0 or lexicon.zipf(joined) >= rules.stray_dot_min_zipf:
            dot = match.start() + 1
            edits.append(Edit(dot, dot + 1, "", "stray_dot_in_name"))
    return edits


def propose_repairs(text: str, rules: RepairRules) -> list[Edit]:
    """All repairs for `text`, in no particular order; they may overlap (the caller picks)."""
    vocab = vocabulary(text)
    return [
        *dropcap_edits(text, vocab, rules),
        *glued_word_edits(text, vocab, rules),
        *glued_sentence_edits(text, rules),
        *stray_dot_edits(text, vocab, rules),
    ]
