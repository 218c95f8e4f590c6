"""Control characters in stored text: what must never reach a terminal raw, and what a one-line
field (a title, an author) must not hold. The text of an article is stored exactly as ingested
(offsets point into it); whatever shows it escapes what `CONTROLS` matches."""

from __future__ import annotations

import re

# C0 controls but tab and newline, a carriage return not ending a line, DEL, C1 controls (0x9B is
# CSI to some terminals), and the bidirectional overrides and isolates that reorder what is shown.
CONTROLS = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")
# In a one-line field every control character and line break is a break between words.
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def visible(text: str) -> str:
    """`text` with each control character written as an escape (`\\x1b`, `\\u202e`): safe to print."""
    return CONTROLS.sub(_escape, text)


def one_line(text: str | None) -> str | None:
    """A title or name on one line: control characters and line breaks become single spaces."""
    if text is None:
        return None
    cleaned = _SPACES.sub(" ", _BREAKS.sub(" ", text)).strip()
    return cleaned or None


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
