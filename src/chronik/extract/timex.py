"""German temporal expressions and their TIMEX3 values, resolved against the publication date.

`find_times(text, anchor)` finds dates, months, years, seasons, decades, weekdays and relative
expressions (`heute`, `vergangene Woche`, `vor 75 Jahren`, `Anfang des Jahres`) and gives each a
TIMEX3 value. The vocabulary lives in `data/cues/time.yml`.

Resolution rules, kept simple on purpose:
- A span never includes a leading preposition (`am`, `im`, `seit`); `seit`/`ab` and `bis` become
  the TIMEX3 mods ON_OR_AFTER and ON_OR_BEFORE, `Anfang`/`Mitte`/`Ende` become START/MID/END.
- Without an anchor, what depends on it stays partial: a day and month give `XXXX-09-13`, a month
  `XXXX-10`, a season `XXXX-SU`, a weekday `XXXX-WXX-3` (ISO weekday, Monday = 1); words that only
  mean something relative to the publication date (`heute`, `kommende Woche`, `vor 75 Jahren`)
  get the value None.
- With an anchor, a date without a year takes the year (anchor year, one before or one after)
  that puts it nearest the anchor, counting distances into the future double: news mostly
  reports the past. A sentence with a future cue (`wird`, `soll`, `geplant`, ...) turns this
  round and counts distances into the past double.
- A weekday with an anchor is the last such day on or before the anchor (the week of or before
  publication); in a sentence with a future cue it is the next such day on or after the anchor.
  `vergangenen`/`letzten` force strictly before, `kommenden`/`nächsten` strictly after,
  `heutigen` the anchor itself.
- A caller that knows more than the words (the event's clause is told in the present tense:
  `Am Freitag besucht X Y`) may give the direction itself (`find_times(..., direction="future")`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal

from chronik.extract.attribution import sentence_bounds
from chronik.extract.cue_lexicon import load_cues
from chronik.extract.dateline import find_datelines

Direction = Literal["past", "future"]


@dataclass(frozen=True)
class Timex:
    """A temporal expression: `text == source[start:end]`, its TIMEX3 value (None when it needs an
    anchor that was not given) and an optional TIMEX3 mod (START, MID, END, ON_OR_AFTER, ...)."""

    start: int
    end: int
    text: str
    value: str | None
    mod: str | None = None


# --- the vocabulary, compiled once ---------------------------------------------------------------


def _alternation(words: Sequence[str], *, dot_for_short: bool = False) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        part = re.escape(word).replace("\\ ", r"\s+")
        # Abbreviated month names may be written with a dot (`Sept.`).
        if dot_for_short and len(word) <= 4:
            part += r"\.?"
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


# A gate: a pattern of which every match of a rule that yields a value contains a match (a piece
# of the rule's own pattern, so cheaper to seek), with words of which every match of the gate holds
# one (lower case; none where it names no words): a word in no place of the lower-cased text closes
# the gate without the pattern being sought.
_Gate = tuple[re.Pattern[str], tuple[str, ...]]
# A rule: its pattern, what turns a match into values, and its gates. Where one gate finds nothing
# in a text, the rule is not run over it.
_Rule = tuple[re.Pattern[str], Callable[..., Iterator["_Found"]], tuple[_Gate, ...]]


@dataclass(frozen=True)
class _Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_parts: dict[str, str]
    relative_days: dict[str, int]
    modifiers: dict[str, str]
    units: dict[str, str]
    relative_periods: dict[str, tuple[str, int]]
    numbers: dict[str, int]
    parts: dict[str, str]
    seasons: dict[str, str]
    prepositions: dict[str, str | None]
    future_cues: frozenset[str]
    own_time_openers: frozenset[str] = frozenset()
    rules: tuple[_Rule, ...] = ()


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    value: str | None
    mod: str | None = None


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key) or {}
    return {str(k).lower(): v for k, v in value.items()}


@cache
def _vocabulary() -> _Vocabulary:
    data = load_cues("time")
    vocab = _Vocabulary(
        months={k: int(v) for k, v in _mapping(data, "months").items()},
        weekdays={k: int(v) for k, v in _mapping(data, "weekdays").items()},
        day_parts={k: str(v) for k, v in _mapping(data, "day_parts").items()},
        relative_days={k: int(v) for k, v in _mapping(data, "relative_days").items()},
        modifiers={k: str(v) for k, v in _mapping(data, "relative_modifiers").items()},
        units={k: str(v) for k, v in _mapping(data, "period_units").items()},
        relative_periods={k: (str(v[0]), int(v[1])) for k, v in _mapping(data, "relative_periods").items()},
        numbers={k: int(v) for k, v in _mapping(data, "numbers").items()},
        parts={k: str(v) for k, v in _mapping(data, "period_parts").items()},
        seasons={k: str(v) for k, v in _mapping(data, "seasons").items()},
        prepositions=dict(_mapping(data, "range_prepositions").items()),
        future_cues=frozenset(str(w).lower() for w in data.get("future_cues") or []),
        own_time_openers=frozenset(str(w).lower() for w in data.get("own_time_clause_openers") or []),
    )
    return _Vocabulary(**{**vocab.__dict__, "rules": _compile_rules(vocab)})


# --- value arithmetic -----------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_value(d: date) -> str:
    return d.isoformat()


def _week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


# Letters a case-blind pattern reads as a letter whose lower case they do not have (`Auguſt` for
# `August`, `MİTTWOCH`; found by trying every character), with the letter read: a matched word is
# keyed by it, and where a text holds one, its lower case may lack a word a gate finds (`_found`).
_OTHER_CASE_LETTERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_CASE_BLIND_LETTERS = str.maketrans(_OTHER_CASE_LETTERS)
_OTHER_CASES = re.compile("[" + "".join(_OTHER_CASE_LETTERS) + "]")


def _key(word: str) -> str:
    """A matched word as its table's key: lower case, the letters above read as the pattern read them."""
    return word.translate(_CASE_BLIND_LETTERS).lower()


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _weighted(delta: float, direction: Direction) -> float:
    # Distances against the sentence's direction count double (see module docstring).
    if (delta > 0 and direction == "past") or (delta < 0 and direction == "future"):
        return abs(delta) * 2
    return abs(delta)


def _year_for_day(month: int, day: int, anchor: date, direction: Direction) -> int | None:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _safe_date(year, month, day)
        if d is not None:
            candidates.append((_weighted((d - anchor).days, direction), abs(year - anchor.year), year))
    return min(candidates)[2] if candidates else None


def _year_for_month(month: int, anchor: date, direction: Direction, relation: str | None) -> int:
    def delta(year: int) -> int:
        return (year * 12 + month) - (anchor.year * 12 + anchor.month)

    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    if relation == "past":
        years = [y for y in years if delta(y) < 0]
    elif relation == "future":
        years = [y for y in years if delta(y) > 0]
    elif relation == "same":
        return anchor.year
    return min(years, key=lambda y: (_weighted(delta(y), direction), abs(y - anchor.year)))


def _weekday_date(weekday: int, anchor: date, direction: Direction, relation: str | None) -> date:
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if relation == "same" and back == 0:
        return anchor
    if relation == "past":
        return anchor - timedelta(days=back or 7)
    if relation == "future":
        return anchor + timedelta(days=forward or 7)
    if direction == "future":
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


def _period_value(unit: str, anchor: date, offset: int) -> str | None:
    if unit == "day":
        return _day_value(anchor + timedelta(days=offset))
    if unit == "week":
        return _week_value(anchor + timedelta(weeks=offset))
    if unit == "month":
        return _month_value(*_shift_month(anchor.year, anchor.month, offset))
    if unit == "year":
        return f"{anchor.year + offset:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * offset) // 10:03d}"
    return None


# --- the rules ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    text: str
    anchor: date | None
    direction: Direction


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _year_after(ctx: _Context, end: int, vocab: _Vocabulary) -> int | None:
    """The year of a date range's second half: `12. bis 14. September 2023` gives 12. its year."""
    month = _alternation(list(vocab.months), dot_for_short=True)
    tail = re.match(
        rf"\s*(?:bis(?:\s+zum)?|und|-|–|/)\s*(?:\d{{1,2}}\.\s*)?(?:{month}\s*)?(\d{{4}})(?!\d)",
        ctx.text[end : end + 40],
        re.IGNORECASE,
    )
    return int(tail.group(1)) if tail else None


def _day_month(
    ctx: _Context, vocab: _Vocabulary, start: int, end: int, day: int, month: int, year: int | None
) -> _Found | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is None:
        year = _year_after(ctx, end, vocab)
    if year is None and ctx.anchor is not None:
        year = _year_for_day(month, day, ctx.anchor, ctx.direction)
    if year is None:
        return _Found(start, end, f"XXXX-{month:02d}-{day:02d}")
    d = _safe_date(year, month, day)
    return _Found(start, end, _day_value(d)) if d else None


def _two_digit_year(short: int, anchor: date | None) -> int:
    pivot = (anchor.year % 100 + 1) if anchor else 30
    return 2000 + short if short <= pivot else 1900 + short


def _rule_iso(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d:
        yield _Found(m.start(), m.end(), _day_value(d))


def _rule_numeric(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    year = m["y"]
    if year is None and m["prep"] is None:
        return  # `13.09.` alone is too often something else (a score, a section number)
    full_year = None
    if year is not None:
        full_year = int(year) if len(year) == 4 else _two_digit_year(int(year), ctx.anchor)
    found = _day_month(ctx, vocab, m.start("d"), m.end(), int(m["d"]), int(m["m"]), full_year)
    if found:
        yield found


def _rule_day_month(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    month = vocab.months[_key(m["month"].rstrip("."))]
    year = int(m["year"]) if m["year"] else None
    if m["day0"]:
        # `12. bis 14. September`: the first day shares the month (and year) of the second.
        # The first day's span keeps its dot (`12.`) when it has one.
        first_end = m.end("day0") + (ctx.text[m.end("day0") : m.end("day0") + 1] == ".")
        first = _day_month(
            ctx,
            vocab,
            m.start("day0"),
            first_end,
            int(m["day0"]),
            month,
            year or _year_after(ctx, m.end("month"), vocab),
        )
        if first:
            yield first
        start = m.start("day")
    else:
        start = m.start()
    found = _day_month(ctx, vocab, start, m.end(), int(m["day"]), month, year)
    if found:
        yield found


def _rule_month_day_english(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    # Machine translation from English leaves `September 13, 2023`.
    month = vocab.months[_key(m["month"].rstrip("."))]
    found = _day_month(ctx, vocab, m.start(), m.end(), int(m["day"]), month, int(m["year"]))
    if found:
        yield found


def _rule_month_year(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    month = vocab.months[_key(m["month"].rstrip("."))]
    part = vocab.parts.get(_key(m["part"] or ""))
    yield _Found(m.start(), m.end(), _month_value(int(m["year"]), month), part)


def _rule_month(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    if not (m["prep"] or m["part"] or m["rel"]):
        return  # a month name alone may be a name (`August`); see time.yml
    month = vocab.months[_key(m["month"].rstrip("."))]
    part = vocab.parts.get(_key(m["part"] or ""))
    relation = vocab.modifiers.get(_key(m["rel"] or ""))
    start = m.start("part") if m["part"] else m.start("rel") if m["rel"] else m.start("month")
    if ctx.anchor is None:
        yield _Found(start, m.end(), f"XXXX-{month:02d}", part)
        return
    year = _year_for_month(month, ctx.anchor, ctx.direction, relation)
    yield _Found(start, m.end(), _month_value(year, month), part)


def _rule_year(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    part = vocab.parts.get(_key(m["part"] or ""))
    start = m.start("part") if m["part"] else m.start("jahr") if m["jahr"] else m.start("y")
    yield _Found(start, m.end(), m["y"], part)


def _rule_bare_year(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    yield _Found(m.start(), m.end(), m["y"])


def _rule_decade(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    digits = m["dec"]
    if len(digits) == 1:  # `90er Jahre`
        digits = ("19" if int(digits) >= 3 else "20") + digits
    elif len(digits) == 2:
        return
    part = vocab.parts.get(_key(m["part"] or ""))
    start = m.start("part") if m["part"] else m.start("dec")
    yield _Found(start, m.end(), digits, part)


def _rule_season(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    code = vocab.seasons[_key(m["season"])]
    part = vocab.parts.get(_key(m["part"] or ""))
    relation = vocab.modifiers.get(_key(m["rel"] or ""))
    start = m.start("part") if m["part"] else m.start("rel") if m["rel"] else m.start("season")
    if m["year"]:
        year: int | None = int(m["year"])
    elif ctx.anchor is not None:
        year = ctx.anchor.year + {"past": -1, "future": 1}.get(relation or "", 0)
    else:
        year = None
    value = f"{year:04d}-{code}" if year is not None else f"XXXX-{code}"
    yield _Found(start, m.end(), value, part)


def _rule_weekday(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    weekday = vocab.weekdays[_key(m["wd"])]
    relation = vocab.modifiers.get(_key(m["rel"] or ""))
    daypart = _key(m["part"] or m["part2"] or "")
    suffix = f"T{vocab.day_parts[daypart]}" if daypart else ""
    start = m.start("rel") if m["rel"] else m.start("wd")
    if ctx.anchor is None:
        yield _Found(start, m.end(), f"XXXX-WXX-{weekday}")
        return
    d = _weekday_date(weekday, ctx.anchor, ctx.direction, relation)
    yield _Found(start, m.end(), _day_value(d) + suffix)


def _rule_relative_day(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    word = _key(re.sub(r"\s+", " ", m["word"]))
    offset = vocab.relative_days[word]
    daypart = _key(m["part"] or "")
    suffix = f"T{vocab.day_parts[daypart]}" if daypart else ""
    value = _day_value(ctx.anchor + timedelta(days=offset)) + suffix if ctx.anchor else None
    yield _Found(m.start(), m.end(), value)


def _rule_ago(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    raw = _key(m["n"])
    count = int(raw) if raw.isdigit() else vocab.numbers[raw]
    unit = vocab.units[_key(m["unit"])]
    sign = -1 if _key(m["dir"]) == "vor" else 1
    mod = "APPROX" if m["approx"] else None
    value = _period_value(unit, ctx.anchor, sign * count) if ctx.anchor else None
    yield _Found(m.start(), m.end(), value, mod)


def _rule_relative_period(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    unit = vocab.units[_key(m["unit"])]
    relation = vocab.modifiers[_key(m["rel"])]
    part = vocab.parts.get(_key(m["part"] or ""))
    offset = {"past": -1, "future": 1}.get(relation, 0)
    start = m.start("part") if m["part"] else m.start("rel")
    value = _period_value(unit, ctx.anchor, offset) if ctx.anchor else None
    yield _Found(start, m.end(), value, part)


def _rule_part_of_current(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    # `Anfang des Jahres`, `Ende des Monats`, `Mitte der Woche`: the anchor's own period.
    unit = vocab.units[_key(m["unit"])]
    value = _period_value(unit, ctx.anchor, 0) if ctx.anchor else None
    yield _Found(m.start(), m.end(), value, vocab.parts[_key(m["part"])])


def _rule_compound_period(m: re.Match[str], ctx: _Context, vocab: _Vocabulary) -> Iterator[_Found]:
    unit, offset = vocab.relative_periods[_key(m["word"])]
    part = vocab.parts.get(_key(m["part"] or ""))
    start = m.start("part") if m["part"] else m.start("word")
    value = _period_value(unit, ctx.anchor, offset) if ctx.anchor else None
    yield _Found(start, m.end(), value, part)


def _compile_rules(v: _Vocabulary) -> tuple[_Rule, ...]:
    months, weekdays = _alternation(list(v.months), dot_for_short=True), _alternation(list(v.weekdays))
    seasons, relative_periods = _alternation(list(v.seasons)), _alternation(list(v.relative_periods))
    month = "(?P<month>" + months + ")"
    weekday = "(?P<wd>" + weekdays + ")"
    rel = "(?P<rel>" + _alternation(list(v.modifiers)) + ")"
    part = "(?P<part>" + _alternation(list(v.parts)) + ")"
    unit = "(?P<unit>" + _alternation(list(v.units)) + ")"
    season = "(?P<season>" + seasons + ")"
    number = "(?P<n>\\d{1,4}|" + _alternation(list(v.numbers)) + ")"
    dayparts = _alternation(list(v.day_parts))
    reldays = _alternation([w for w in v.relative_days if w != "morgen"])
    periods = "(?P<word>" + relative_periods + ")"
    unit_names = [w for w, u in v.units.items() if u in {"week", "month", "year"}]
    current_unit = "(?P<unit>" + _alternation(unit_names) + ")"
    b, e = r"(?<![\w])", r"(?![\w])"
    sentence_opening = r"(?:(?<![^\n])|(?<=[.!?:]\s)|(?<=[„\"»]))"
    year = r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)"
    month_prepositions = r"im|seit|ab|bis|vom|zum|bis\s+zum"
    flags = re.IGNORECASE
    rules: list[tuple[str, Callable[..., Iterator[_Found]], int]] = [
        (r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)", _rule_iso, 0),
        (
            rf"(?:{b}(?P<prep>am|vom|zum|bis|ab|seit|den|dem)\s+)?(?<![\d.])(?P<d>\d{{1,2}})\.\s?"
            rf"(?P<m>\d{{1,2}})\.(?:\s?(?P<y>\d{{4}}|\d{{2}})(?!\d))?",
            _rule_numeric,
            flags,
        ),
        (
            rf"(?:{weekday},?\s+(?:(?:den|dem)\s+)?)?(?:(?<![\d.])(?P<day0>\d{{1,2}})\.?\s*"
            rf"(?:bis(?:\s+zum)?|und|-|–|/)\s*)?(?<![\d.])(?P<day>\d{{1,2}})(?:\.\s*|\s+){month}{e}"
            rf"(?:\s+{year})?",
            _rule_day_month,
            flags,
        ),
        (rf"{b}{month}{e}\s+(?P<day>\d{{1,2}}),\s+{year}", _rule_month_day_english, flags),
        (rf"(?:{b}{part}\s+)?{b}{month}{e}\s+{year}", _rule_month_year, flags),
        (
            rf"(?:{b}(?P<prep>{month_prepositions})\s+|{b}{part}\s+)?(?:{b}{rel}\s+)?{month}{e}",
            _rule_month,
            flags,
        ),
        (
            rf"(?:{b}{part}\s+(?:des\s+Jahres\s+)?|{b}(?P<jahr>Jahre?s?)\s+)(?P<y>(?:1[0-9]|20)\d\d)(?!\d)",
            _rule_year,
            flags,
        ),
        # A bare year: after a range word, or followed by lower case or punctuation, never before a
        # noun (`2000 Menschen`) and never inside a number (`2.000`, `1969/70` reads as a year).
        (
            r"(?<![\w.,€$/-])(?P<y>(?:18|19|20)\d\d)(?![\w%]|[.,]\d)"
            r"(?=\s+[a-zäöüß]|\s*[,.;:!?)\]–/-]|\s*$)",
            _rule_bare_year,
            0,
        ),
        (
            rf"(?:{b}{part}\s+(?:der\s+)?)?{b}(?:den\s+)?(?P<dec>\d{{1,3}})0er(?:-?\s*Jahren?|-Jahren?)?{e}",
            _rule_decade,
            flags,
        ),
        (rf"(?:{b}{part}\s+|{b}{rel}\s+)?{b}{season}{e}(?:\s+{year})?", _rule_season, flags),
        (
            rf"(?:{b}{rel}\s+)?{weekday}(?P<part>{dayparts})?{e}(?:\s+(?P<part2>{dayparts}){e})?",
            _rule_weekday,
            flags,
        ),
        # `morgen` (tomorrow) in lower case, or opening a sentence before a lower-case word
        # (`Morgen reist X nach Y`): `am Morgen`, `Der Morgen danach` are the morning.
        (
            rf"{b}(?P<word>(?i:{reldays})|morgen|{sentence_opening}Morgen(?=\s+[a-zäöüß])){e}"
            rf"(?:\s+(?P<part>(?i:{dayparts})){e})?",
            _rule_relative_day,
            0,
        ),
        (
            rf"{b}(?P<dir>vor|in)\s+(?P<approx>(?:rund|etwa|fast|knapp|gut|über|ungefähr)\s+)?{number}\s+"
            rf"{unit}{e}",
            _rule_ago,
            flags,
        ),
        (
            rf"(?:{b}{part}\s+(?:des\s+|der\s+)?)?{b}{rel}\s+{current_unit}{e}",
            _rule_relative_period,
            flags,
        ),
        (rf"{b}{part}\s+(?:des|der|diese[sr]?)\s+{current_unit}{e}", _rule_part_of_current, flags),
        (rf"(?:{b}{part}\s+(?:des\s+)?)?{b}{periods}{e}", _rule_compound_period, flags),
    ]
    # The gates (see _Rule), cheapest first: those led by a digit or a word boundary are sought
    # fast. The month rules share the gate of a whole month word.
    month_word = re.compile(rf"{b}{months}{e}", flags)
    reldays_or_morning = _alternation([*v.relative_days, "morgen"])
    any_year = r"(?:1[6-9]|20)\d\d(?!\d)"
    gates: dict[Callable[..., Iterator[_Found]], tuple[str, ...]] = {
        _rule_iso: (r"\d-\d\d-\d",),
        _rule_numeric: (r"\d\.\s?\d\d?\.",),
        _rule_day_month: (rf"\d(?:\.\s*|\s+){months}{e}",),
        _rule_month_day_english: (rf"\d,\s+{any_year}", month_word.pattern),
        _rule_month_year: (rf"\s{any_year}", month_word.pattern, rf"{b}{months}{e}\s+{any_year}"),
        # A month name yields a value only after a preposition, a part or a modifier.
        _rule_month: (
            month_word.pattern,
            rf"{b}(?:{month_prepositions}|{_alternation(list(v.parts))}|{_alternation(list(v.modifiers))})"
            rf"\s+{months}{e}",
        ),
        _rule_year: (r"\s(?:1[0-9]|20)\d\d(?!\d)",),
        _rule_decade: (r"\d0er",),
        _rule_season: (rf"{b}{seasons}{e}",),
        _rule_weekday: (weekdays,),
        _rule_relative_period: (rf"{b}{_alternation(list(v.modifiers))}\s+{_alternation(unit_names)}{e}",),
        _rule_compound_period: (rf"{b}{relative_periods}{e}",),
        _rule_relative_day: (reldays_or_morning,),
    }
    # The words each gate's matches hold one of (`_Gate`): the first word of an entry of the
    # alternation the gate holds (`\\s+` stands between the words of an entry).
    words = {
        month_word.pattern: list(v.months),
        rf"\d(?:\.\s*|\s+){months}{e}": list(v.months),
        rf"{b}{months}{e}\s+{any_year}": list(v.months),
        gates[_rule_month][1]: list(v.months),
        rf"{b}{seasons}{e}": list(v.seasons),
        weekdays: list(v.weekdays),
        gates[_rule_relative_period][0]: unit_names,
        rf"{b}{relative_periods}{e}": list(v.relative_periods),
        reldays_or_morning: [*v.relative_days, "morgen"],
    }
    compiled: dict[str, _Gate] = {}  # one object per gate, so a text is sought once
    return tuple(
        (
            re.compile(pattern, fl),
            handler,
            tuple(
                compiled.setdefault(
                    g, (re.compile(g, flags), tuple(sorted({w.split()[0] for w in words.get(g, ())})))
                )
                for g in gates.get(handler, ())
            ),
        )
        for pattern, handler, fl in rules
    )


# --- finding --------------------------------------------------------------------------------------

_WORD = re.compile(r"[\wäöüÄÖÜß]+")


_COMMA = re.compile(r",")


def _clauses(text: str, bounds: tuple[int, int], vocab: _Vocabulary) -> list[tuple[int, int, bool]]:
    """The stretches of a sentence between commas, each with whether it opens a clause with a time
    of its own (a relative or adverbial clause, a `dass` clause: `own_time_clause_openers`)."""
    start, out = bounds[0], list[tuple[int, int, bool]]()
    for m in [*_COMMA.finditer(text, bounds[0], bounds[1]), None]:
        end = m.start() if m is not None else bounds[1]
        first = _WORD.search(text, start, end)
        own = bool(out) and first is not None and first.group().lower() in vocab.own_time_openers
        out.append((start, end, own))
        start = end + 1 if m is not None else end
    return out


def _direction(text: str, clauses: Sequence[tuple[int, int, bool]], k: int, vocab: _Vocabulary) -> Direction:
    """Where the time in clause k looks: forward where a future cue stands in that clause or in one
    of the sentence's clauses that has no time of its own."""
    words = {
        w.lower()
        for j, (a, b, own) in enumerate(clauses)
        if j == k or not own
        for w in _WORD.findall(text[a:b])
    }
    return "future" if words & vocab.future_cues else "past"


def _range_mod(text: str, start: int, vocab: _Vocabulary) -> str | None:
    """`seit 2022`, `bis zum 13. Mai`, `ab Montag`: the TIMEX3 mod of the word(s) before."""
    before = _WORD.findall(text[max(0, start - 20) : start])[-2:]
    for word in reversed(before):
        mod = vocab.prepositions.get(word.lower())
        if mod is not None:
            return mod
        if word.lower() not in {"zum", "zur", "dem", "den", "jahr", "jahre"}:
            break
    return None


def _found(gate: _Gate, text: str, present: dict[re.Pattern[str], bool], lowered: list[str]) -> bool:
    """Whether the gate's pattern finds a match in `text`; `lowered` holds the lower-cased text, or
    nothing where that proves no absence (`_OTHER_CASES`), once a gate with words asked for it."""
    pattern, words = gate
    if pattern not in present:
        if words and not lowered:
            lowered.append("" if _OTHER_CASES.search(text) else text.lower())
        if words and lowered[0] and not any(w in lowered[0] for w in words):
            present[pattern] = False  # (a substring test is many times faster than the pattern)
        else:
            present[pattern] = pattern.search(text) is not None
    return present[pattern]


def find_times(text: str, anchor: date | None = None, direction: Direction | None = None) -> list[Timex]:
    """Temporal expressions in `text`, in order, not overlapping; `anchor` is the publication date;
    `direction`, where given, is where every sentence looks (else its future cues decide)."""
    vocab = _vocabulary()
    sentences = sentence_bounds(text) or [(0, len(text))]
    starts = [s[0] for s in sentences]
    candidates: list[_Found] = []
    present: dict[re.Pattern[str], bool] = {}  # by gate: whether the text contains a match
    clauses: dict[int, tuple[list[tuple[int, int, bool]], list[int]]] = {}  # by sentence, with starts
    directions: dict[tuple[int, int], Direction] = {}  # by sentence and clause
    lowered: list[str] = []  # the lower-cased text, once a gate asks for it
    for pattern, handler, gates in vocab.rules:
        if not all(_found(gate, text, present, lowered) for gate in gates):
            continue
        for m in pattern.finditer(text):
            k = max(0, bisect.bisect_right(starts, m.start()) - 1)
            if k not in clauses:
                split = _clauses(text, sentences[k], vocab)
                clauses[k] = split, [a for a, _, _ in split]
            stretches, clause_starts = clauses[k]
            c = max(0, bisect.bisect_right(clause_starts, m.start()) - 1)
            if (k, c) not in directions:
                directions[k, c] = direction or _direction(text, stretches, c, vocab)
            ctx = _Context(text, anchor, directions[k, c])
            candidates.extend(f for f in handler(m, ctx, vocab) if f.end > f.start)
    # Kept in order of their starts; as they never overlap, their ends are in that order too.
    chosen: list[_Found] = []
    chosen_starts: list[int] = []
    # Longest first: `Mittwoch, 13. September 2023` beats `Mittwoch` and `2023`.
    for found in sorted(candidates, key=lambda f: (-(f.end - f.start), f.start)):
        # Only the last one chosen that starts before this one ends may overlap it.
        k = bisect.bisect_left(chosen_starts, found.end)
        if k == 0 or chosen[k - 1].end <= found.start:
            chosen.insert(k, found)
            chosen_starts.insert(k, found.start)
    result = []
    for found in chosen:
        mod = found.mod or _range_mod(text, found.start, vocab)
        result.append(Timex(found.start, found.end, text[found.start : found.end], found.value, mod))
    return result


def normalise(expression: str, anchor: date | None = None, direction: Direction | None = None) -> str | None:
    """TIMEX3 value of a single expression (`13. September 2023` → `2023-09-13`), or None;
    `direction` as for `find_times`."""
    times = find_times(expression, anchor, direction)
    if not times:
        return None
    return max(times, key=lambda t: t.end - t.start).value


EARLIEST_ANCHOR = date(1900, 1, 1)  # older "publication dates" are corpus placeholders (0001-01-01)


# The months a TIMEX3 season spans (`2024-FA`: autumn 2024); winter runs into the next year.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def extent(value: str | None) -> tuple[date, date] | None:
    """The first and the last day of a TIMEX3 day (`2024-03-07`, `2024-03-07TEV`), week
    (`2024-W11`), month (`2024-04`), season (`2024-FA`) or year (`2025`); None for any other value
    (a decade, a duration, `PRESENT_REF`) or an impossible date."""
    if not value:
        return None
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}(?!\d)", value):
            day = date.fromisoformat(value[:10])
            return day, day
        if week := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday, monday + timedelta(days=6)
        if month := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return _month_extent(int(month[1]), int(month[2]), 0)
        if season := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            first, last = _SEASON_MONTHS[season[2]]
            return _month_extent(int(season[1]), first, last - first)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _month_extent(year: int, month: int, more: int) -> tuple[date, date]:
    """From the first day of `month` to the last day `more` months later."""
    end_year, end_month = _shift_month(year, month, more + 1)
    return date(year, month, 1), date(end_year, end_month, 1) - timedelta(days=1)


def names_a_month_or_season(text: str) -> bool:
    """Whether a word is the name of a month or season (`Mai`, `Sommer`): the words that are also
    surnames (`Uwe Sommer`, `Karl Mai`), unlike `Mittwochfrüh`."""
    vocab = _vocabulary()
    return text.lower() in vocab.months or text.lower() in vocab.seasons


def plausible_anchor(day: date, today: date | None = None) -> bool:
    """A publication date relative dates may be resolved against: from 1900 up to tomorrow."""
    latest = (today or date.today()) + timedelta(days=1)
    return EARLIEST_ANCHOR <= day <= latest


def anchor_from(published: str | None, today: date | None = None) -> date | None:
    """The publication date in a metadata string (`2023-09-14T10:00:00Z`, `14.09.2023`, ...),
    or None where there is none or it is implausible (before 1900, after tomorrow)."""
    if not published:
        return None
    for timex in find_times(published):
        if timex.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
            day = date.fromisoformat(timex.value)
            return day if plausible_anchor(day, today) else None
    return None


def reference_date(published: str | None, text: str = "") -> date | None:
    """The date an article speaks from: its publication date in the metadata, else the date of a
    dateline or a dated line in the text (`(APA/Reuters, 2.8.2015)`, `14.09.2023, 10:15 Uhr`),
    else None. Only a full date counts, never a number that merely looks like a year."""
    anchor = anchor_from(published)
    if anchor is not None:
        return anchor
    for line in find_datelines(text):
        if line.date_text:
            found = anchor_from(line.date_text)
            if found is not None:
                return found
    return None


def time_for_span(
    times: Sequence[Timex], start: int, end: int, sentence: tuple[int, int] | None = None
) -> Timex | None:
    """The expression nearest to an event trigger at [start, end), within `sentence` when given.

    Ties go to the expression before the trigger, and a resolved value beats an unresolved one."""
    pool = [t for t in times if sentence is None or (sentence[0] <= t.start and t.end <= sentence[1])]
    if not pool:
        return None

    def distance(t: Timex) -> tuple[int, int, int]:
        gap = start - t.end if t.end <= start else t.start - end if t.start >= end else 0
        return (max(gap, 0), t.value is None, t.start > start)

    return min(pool, key=distance)
