"""Datelines: where an article says when and through which agency it was filed.

`(APA/Reuters, 2.8.2015)`, `BERLIN, 3. Mai 2024 (dpa) –`, or a line holding only a date near the
top or the end of the text. The patterns live in `data/cues/dateline.yml`. A dateline's date is a
candidate reference date of the article (`timex.reference_date`); its agencies are sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chronik.core.errors import ConfigError
from chronik.extract.cue_lexicon import load_cues


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    agencies: tuple[str, ...]
    date_text: str | None


@dataclass(frozen=True)
class _Patterns:
    datelines: tuple[re.Pattern[str], ...]
    dated_line: re.Pattern[str] | None
    window: int


@cache
def _patterns() -> _Patterns:
    data = load_cues("dateline")
    try:
        lines = tuple(re.compile(p, re.MULTILINE) for p in data.get("patterns") or [])
        dated = re.compile(data["dated_line"]) if data.get("dated_line") else None
    except re.error as err:
        raise ConfigError(f"cue lexicon dateline.yml: bad pattern: {err}") from err
    return _Patterns(lines, dated, int(data.get("dated_line_window", 3)))


def find_datelines(text: str) -> list[Dateline]:
    """Datelines of an article, in the order of the patterns, then of the text."""
    found = []
    pats = _patterns()
    for pattern in pats.datelines:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            agency = groups.get("agency")
            agencies = tuple(a.strip() for a in agency.split("/") if a.strip()) if agency else ()
            found.append(Dateline(m.start(), m.end(), agencies, groups.get("date")))
    if pats.dated_line is not None:
        lines, offset = [], 0
        for line in text.splitlines(keepends=True):
            if line.strip():
                lines.append((offset, line))
            offset += len(line)
        edge = lines[: pats.window] + lines[-pats.window :]
        for start, line in edge:
            dated = pats.dated_line.match(line.rstrip("\r\n"))
            if dated:
                found.append(Dateline(start, start + dated.end(), (), dated.group("date")))
    return found
