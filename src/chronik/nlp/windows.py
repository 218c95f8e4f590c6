"""Windows of a long text: consecutive stretches of about `limit` characters that together are the
text, cut at a paragraph end where there is one, else at a sentence end, else at white space.

Analysing and reading a long article window by window keeps its cost linear in its length and
keeps every window under spaCy's `max_length`; offsets stay exact, since the windows tile the text.
"""

from __future__ import annotations

import re

PARAGRAPH_END = re.compile(r"\n\s*")
SENTENCE_END = re.compile(r"[.!?][\"“”»«']?\s+(?=[\"„“»«(]?[A-ZÄÖÜ0-9])")
SPACE = re.compile(r"\s+")


def _last_cut(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of `pattern` in text[lo:hi] that leaves something before it."""
    cut = None
    for m in pattern.finditer(text, lo, hi):
        if m.end() > lo:
            cut = m.end()
    return cut


def text_windows(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each window; one window for a text of at most `limit` characters."""
    if limit <= 0 or len(text) <= limit:
        return [(0, len(text))]
    out = []
    start = 0
    while len(text) - start > limit:
        hi = start + limit
        lo = start + limit // 2  # no cut in the first half: windows stay near `limit`
        cut = (
            _last_cut(PARAGRAPH_END, text, lo, hi)
            or _last_cut(SENTENCE_END, text, lo, hi)
            or _last_cut(SPACE, text, lo, hi)
            or hi
        )
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out
