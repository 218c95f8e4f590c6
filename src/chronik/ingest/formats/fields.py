"""From a record (a JSON object, a CSV row) to a `SourceItem`: which field plays which role, and
the normalisation of dates and language codes that every structured reader shares."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronik.core.datafiles import read_mapping
from chronik.core.errors import ConfigError, EmptyInput
from chronik.core.models import SourceItem
from chronik.core.settings import Settings

FIELDS_FILE = Path(__file__).resolve().parents[2] / "data" / "ingest" / "fields.yml"
ROLES = ("text", "title", "url", "published", "language", "source", "author")

# Roles a setting can rename; `author` has no setting and relies on the data file alone.
_SETTING_OF_ROLE = {
    "text": "text_field",
    "title": "title_field",
    "url": "url_field",
    "published": "published_field",
    "language": "language_field",
    "source": "source_field",
}

_NOT_ALNUM = re.compile(r"[\W_]+")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_ISO_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")

FieldNames = dict[str, tuple[str, ...]]


def normalise_name(name: str) -> str:
    """`Published_At`, `published-at` and `publishedAt` are one name."""
    return _NOT_ALNUM.sub("", name).casefold()


@lru_cache(maxsize=1)
def _fallback_names() -> dict[str, tuple[str, ...]]:
    loaded = read_mapping(FIELDS_FILE, allow_empty=True)
    unknown = set(loaded) - set(ROLES)
    if unknown:
        raise ConfigError(f"{FIELDS_FILE}: unknown roles {sorted(unknown)}")
    return {role: tuple(str(name) for name in loaded.get(role) or ()) for role in ROLES}


def field_names(settings: Settings) -> FieldNames:
    """For each role, the names to look for: the configured one first, then the data file's."""
    fallback = _fallback_names()
    names: FieldNames = {}
    for role in ROLES:
        configured = getattr(settings, _SETTING_OF_ROLE[role]) if role in _SETTING_OF_ROLE else ""
        names[role] = tuple(dict.fromkeys(n for n in (configured, *fallback[role]) if n))
    return names


def find_field(keys: Sequence[str], candidates: Sequence[str]) -> str | None:
    """The first candidate present among `keys`: exactly, else up to case and punctuation."""
    present = set(keys)
    for name in candidates:
        if name in present:
            return name
    by_normal: dict[str, str] = {}
    for key in keys:
        by_normal.setdefault(normalise_name(key), key)
    for name in candidates:
        match = by_normal.get(normalise_name(name))
        if match is not None:
            return match
    return None


def item_from_record(record: Mapping[str, Any], source: str, names: FieldNames) -> SourceItem:
    """Map a record's fields to a `SourceItem`; the fields not used are kept in `metadata`.

    Raises `EmptyInput` when no field holds text.
    """
    keys = list(record)
    chosen = {role: find_field(keys, names[role]) for role in ROLES}
    text_key = chosen["text"]
    if text_key is None:
        raise EmptyInput(f"no text field (looked for: {', '.join(names['text'])})", source)
    raw = _text_value(record[text_key])
    if raw is None or not raw.strip():
        raise EmptyInput(f"the text field {text_key!r} is empty", source)
    used = {key for key in chosen.values() if key is not None}
    metadata = {key: value for key, value in record.items() if key not in used}
    published_text = _scalar_text(record.get(chosen["published"] or ""))
    published = normalise_date(published_text) if published_text else None
    if published_text and published != published_text:
        metadata["published_raw"] = published_text
    outlet = _scalar_text(record.get(chosen["source"] or ""))
    if outlet:
        metadata["outlet"] = outlet
    return SourceItem(
        source=source,
        raw=raw,
        title=_scalar_text(record.get(chosen["title"] or "")),
        url=_scalar_text(record.get(chosen["url"] or "")),
        published=published,
        author=_author(record.get(chosen["author"] or "")),
        language=normalise_language(_scalar_text(record.get(chosen["language"] or ""))),
        metadata=metadata,
    )


def normalise_date(value: Any) -> str | None:
    """An ISO date (`2023-09-14`) from ISO 8601, RFC 2822, `14.09.2023` or a Unix timestamp.

    The date is the one written in the value (its own time zone), not converted to UTC.
    Returns None when the value is not recognisably a date.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return _from_timestamp(float(text))
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    for pattern, order in ((_ISO_DAY, (1, 2, 3)), (_GERMAN_DATE, (3, 2, 1))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def normalise_language(value: str | None) -> str | None:
    """The primary language subtag, lower-cased: `de-DE`, `de_AT` and `DE` become `de`."""
    if not value:
        return None
    match = _LANGUAGE.match(value.strip())
    return match.group().lower() if match else None


def _from_timestamp(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds, as JavaScript writes them
        seconds /= 1000
    if not 1e8 < seconds < 1e10:
        return None
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


def _text_value(value: Any) -> str | None:
    """A string, or a list of strings (paragraphs) joined by blank lines."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(part, str) for part in value):
        return "\n\n".join(value)
    return None


def _scalar_text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _author(value: Any) -> str | None:
    if isinstance(value, list):
        names = [_scalar_text(v.get("name") if isinstance(v, dict) else v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return _scalar_text(value.get("name"))
    return _scalar_text(value)
