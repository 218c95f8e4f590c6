"""Edits on raw text and the map that leads every span of the cleaned text back to the raw text.

Cleaning never rewrites text in place: it proposes `Edit`s on the raw text (delete a line, replace
a broken word, insert a lost space), and `apply_edits` turns them into the cleaned text plus an
`OffsetMap`. Because the map is built from the same edits that built the text, the round trip
holds by construction, and tests prove it for arbitrary edits.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Edit:
    """Replace raw[start:end] by `replacement`; `rule` names the data-file rule that asked for it."""

    start: int
    end: int
    replacement: str = ""
    rule: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}..{self.end}")


@dataclass(frozen=True)
class Piece:
    """A stretch of cleaned text and the raw stretch it came from; `copied` means equal text."""

    clean_start: int
    clean_end: int
    raw_start: int
    raw_end: int
    copied: bool


class OffsetMap:
    """Maps offsets in the cleaned text to offsets in the raw text."""

    def __init__(self, pieces: Sequence[Piece], raw_length: int) -> None:
        self.pieces = tuple(pieces)
        self.raw_length = raw_length
        self._starts = [p.clean_start for p in self.pieces]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([Piece(0, length, 0, length, True)] if length else [], length)

    def _piece_at(self, pos: int, *, closing: bool) -> Piece | None:
        if not self.pieces:
            return None
        i = bisect.bisect_right(self._starts, pos) - 1
        # An end offset that falls on a piece boundary belongs to the piece before it.
        if closing and i > 0 and self.pieces[i].clean_start == pos:
            i -= 1
        return self.pieces[max(i, 0)]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw span that the cleaned span [start, end) was made from."""
        if start > end:
            raise ValueError(f"bad span {start}..{end}")
        first = self._piece_at(start, closing=False)
        last = self._piece_at(end, closing=True)
        if first is None or last is None:
            return (0, 0)
        if first.copied:
            raw_start = first.raw_start + min(start - first.clean_start, first.raw_end - first.raw_start)
        else:
            raw_start = first.raw_start
        if last.copied:
            raw_end = last.raw_start + min(max(end - last.clean_start, 0), last.raw_end - last.raw_start)
        else:
            raw_end = last.raw_end
        if start == end:
            return (raw_start, raw_start)
        return (raw_start, max(raw_start, raw_end))

    def to_json(self) -> str:
        rows = [[p.clean_start, p.clean_end, p.raw_start, p.raw_end, int(p.copied)] for p in self.pieces]
        return json.dumps({"raw_length": self.raw_length, "pieces": rows}, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: str) -> OffsetMap:
        obj = json.loads(data)
        return cls([Piece(a, b, c, d, bool(e)) for a, b, c, d, e in obj["pieces"]], obj["raw_length"])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and (self.pieces, self.raw_length) == (
            other.pieces,
            other.raw_length,
        )

    def __repr__(self) -> str:
        return f"OffsetMap({len(self.pieces)} pieces, raw_length={self.raw_length})"


def apply_edits(raw: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits to `raw`; overlapping ones are dropped (the earlier, longer one wins)."""
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if edit.end > len(raw):
            raise ValueError(f"edit {edit} beyond text of length {len(raw)}")
        if chosen and edit.start < chosen[-1].end:
            continue
        # Two insertions at the same place would be ambiguous; keep the first.
        if chosen and edit.start == edit.end == chosen[-1].start == chosen[-1].end:
            continue
        chosen.append(edit)
    out: list[str] = []
    pieces: list[Piece] = []
    raw_pos = clean_pos = 0

    def copy(upto: int) -> None:
        nonlocal raw_pos, clean_pos
        if upto > raw_pos:
            n = upto - raw_pos
            out.append(raw[raw_pos:upto])
            pieces.append(Piece(clean_pos, clean_pos + n, raw_pos, upto, True))
            clean_pos += n
            raw_pos = upto

    for edit in chosen:
        copy(edit.start)
        n = len(edit.replacement)
        if n or edit.end > edit.start:
            out.append(edit.replacement)
            pieces.append(Piece(clean_pos, clean_pos + n, edit.start, edit.end, False))
            clean_pos += n
        raw_pos = edit.end
    copy(len(raw))
    # Zero-width pieces (pure deletions) carry no cleaned text; keep them out of the lookup.
    visible = [p for p in pieces if p.clean_end > p.clean_start]
    return "".join(out), OffsetMap(visible, len(raw))
