"""Lines of raw text, and the conservative whitespace repairs inside the lines that are kept.

Line structure is kept: sentence splitting downstream relies on line breaks and blank lines.
Only whitespace that carries nothing is touched: runs of spaces, no-break and typographic spaces,
invisible characters, spaces at the ends of lines, and line separators other than "\\n".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from chronik.core.errors import ConfigError
from chronik.core.offsets import Edit

RULES = (
    "leading_space",
    "trailing_space",
    "space_run",
    "odd_space",
    "invisible_char",
    "line_break",
    "blank_lines",
    "document_end",
)


@dataclass(frozen=True)
class Line:
    """One line of the raw text: content raw[start:end], then its separator raw[end:stop]."""

    start: int
    end: int
    stop: int
    text: str
    separator: str


@dataclass(frozen=True)
class WhitespaceRules:
    spaces: str
    invisible: str
    separators: tuple[str, ...]
    separator_re: re.Pattern[str]
    gap_re: re.Pattern[str]
    # Where a line may need a repair: a gap character other than the plain space, two spaces, or a
    # space at either end. A line without one has single spaces between words only.
    odd_gap_re: re.Pattern[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> WhitespaceRules:
        try:
            spaces = "".join(data["spaces"])
            invisible = "".join(data["invisible"])
            # Longest first, so that "\r\n" is one separator and not two.
            separators = tuple(sorted(data["line_separators"], key=len, reverse=True))
            declared = set(data["rules"])
        except (KeyError, TypeError) as err:
            raise ConfigError(f"whitespace rules: missing or malformed {err}") from err
        if "\n" in spaces + invisible or declared != set(RULES):
            raise ConfigError(f"whitespace rules: no newline in spaces; rules must be {', '.join(RULES)}")
        separator_re = re.compile("|".join(re.escape(s) for s in ("\n", *separators)))
        gap_re = re.compile(f"[{re.escape(spaces + invisible)}]+")
        others = (spaces + invisible).replace(" ", "")
        odd_gap_re = re.compile("|".join(([f"[{re.escape(others)}]"] if others else []) + ["  ", "^ ", " $"]))
        return cls(spaces, invisible, separators, separator_re, gap_re, odd_gap_re)


def split_lines(raw: str, rules: WhitespaceRules) -> list[Line]:
    """The lines of `raw` with their offsets; the last line may have no separator."""
    lines: list[Line] = []
    pos = 0
    for match in rules.separator_re.finditer(raw):
        lines.append(Line(pos, match.start(), match.end(), raw[pos : match.start()], match.group()))
        pos = match.end()
    if pos < len(raw):
        lines.append(Line(pos, len(raw), len(raw), raw[pos:], ""))
    return lines


def normalise(text: str, rules: WhitespaceRules) -> str:
    """Line content as matching sees it: invisible characters gone, spaces single, ends trimmed."""

    def gap(match: re.Match[str]) -> str:
        found = match.group()
        return " " if found == " " or any(c in rules.spaces for c in found) else ""

    return rules.gap_re.sub(gap, text).strip(" ")


def content_edits(line: Line, rules: WhitespaceRules) -> list[Edit]:
    """Edits that repair whitespace inside a kept line's content (not its separator)."""
    edits: list[Edit] = []
    text = line.text
    if not rules.odd_gap_re.search(text):
        return edits  # (most lines: one search instead of a match per space)
    for match in rules.gap_re.finditer(text):
        gap = match.group()
        start, end = line.start + match.start(), line.start + match.end()
        if match.start() == 0:
            edits.append(Edit(start, end, "", "leading_space"))
        elif match.end() == len(text):
            edits.append(Edit(start, end, "", "trailing_space"))
        elif gap == " ":
            continue
        else:
            n_spaces = sum(c in rules.spaces for c in gap)
            if n_spaces == 0:
                edits.append(Edit(start, end, "", "invisible_char"))
            elif n_spaces == 1 and len(gap) > 1:
                # One real space with invisible characters around it: the invisible ones go.
                edits.append(Edit(start, end, " ", "invisible_char"))
            else:
                edits.append(Edit(start, end, " ", "space_run" if n_spaces > 1 else "odd_space"))
    return edits


def separator_edit(line: Line) -> Edit | None:
    """Rewrite a separator other than "\\n" to "\\n"."""
    if line.separator in ("", "\n"):
        return None
    return Edit(line.end, line.stop, "\n", "line_break")
