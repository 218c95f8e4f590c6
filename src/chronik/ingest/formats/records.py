"""JSON and JSON Lines: one article per object. Field names come from the settings and the data file.

Each JSON Lines record is `path#line`; each record of a JSON list is `path#index` (0-based); a JSON
file holding a single article object is the path itself. A bad record is `Skipped`, the rest go on.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any

from chronik.core.errors import EmptyInput, IngestError, UnreadableInput
from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.decode import decode_utf8
from chronik.ingest.formats.fields import FieldNames, field_names, find_field, item_from_record

_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_MAX_NESTING = 3
# Deeper than any article record; a value nested further is refused before it can exhaust the
# interpreter's recursion limit in the parser or, later, when its metadata is written out.
MAX_JSON_DEPTH = 64


def read_jsonl(
    data: bytes, source: str, settings: Settings, *, complete: bool = True
) -> Iterator[SourceItem | Skipped]:
    """One record per line. `complete=False` (a damaged archive) drops an unterminated last line."""
    names = field_names(settings)
    if data.startswith(_WIDE_BOMS):
        data = decode_utf8(data, source).encode("utf-8")
    lines = data.removeprefix(codecs.BOM_UTF8).split(b"\n")
    if not complete:
        lines.pop()  # empty when the data ended with a newline, else a line cut short
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = parse_json(decode_utf8(line, source, lineno), source, lineno)
        except UnreadableInput as err:
            yield Skipped(source, err.reason, lineno)
            continue
        except json.JSONDecodeError as err:
            yield Skipped(source, f"malformed JSON: {err.msg} (column {err.colno})", lineno)
            continue
        if not isinstance(record, dict):
            yield Skipped(source, f"a JSON {_kind(record)} where an object was expected", lineno)
            continue
        try:
            yield item_from_record(record, f"{source}#{lineno}", names)
        except IngestError as err:
            yield Skipped(source, err.reason, lineno)


def read_json(data: bytes, source: str, settings: Settings) -> Iterator[SourceItem | Skipped]:
    """An article object, a list of them, or an object holding such a list (however named)."""
    text = decode_utf8(data, source)
    try:
        document = parse_json(text, source)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # several values: JSON Lines saved as .json
            yield from read_jsonl(data, source, settings)
            return
        raise UnreadableInput(f"malformed JSON: {err.msg} (column {err.colno})", source, err.lineno) from err
    names = field_names(settings)
    if isinstance(document, dict) and find_field(list(document), names["text"]) is not None:
        yield item_from_record(document, source, names)
        return
    records = document if isinstance(document, list) else _record_list(document, _MAX_NESTING)
    if records is None:
        raise EmptyInput(
            f"JSON {_kind(document)} with no text field and no list of records "
            f"(looked for: {', '.join(names['text'])})",
            source,
        )
    yield from _read_list(records, source, names)


def parse_json(text: str, source: str, line: int | None = None) -> Any:
    """`json.loads`, refusing values nested deeper than `MAX_JSON_DEPTH` with `UnreadableInput`."""
    too_deep = UnreadableInput(f"JSON nested more than {MAX_JSON_DEPTH} levels deep", source, line)
    try:
        value = json.loads(text)
    except RecursionError:
        raise too_deep from None
    level: list[tuple[Any, int]] = [(value, 1)]
    while level:
        node, depth = level.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth >= MAX_JSON_DEPTH:
                    raise too_deep
                level.append((child, depth + 1))
    return value


def _read_list(records: list[Any], source: str, names: FieldNames) -> Iterator[SourceItem | Skipped]:
    for index, record in enumerate(records):
        where = f"{source}#{index}"
        if not isinstance(record, dict):
            yield Skipped(where, f"a JSON {_kind(record)} where an object was expected")
            continue
        try:
            yield item_from_record(record, where, names)
        except IngestError as err:
            yield Skipped(where, err.reason)


def _record_list(value: Any, depth: int) -> list[Any] | None:
    """The longest list of objects inside `value` (`{"articles": [...]}`, `{"data": {"items": [...]}}`)."""
    if depth == 0 or not isinstance(value, dict):
        return None
    best: list[Any] | None = None
    for child in value.values():
        found = child if _is_record_list(child) else _record_list(child, depth - 1)
        if found is not None and (best is None or len(found) > len(best)):
            best = found
    return best


def _is_record_list(value: Any) -> bool:
    return (
        isinstance(value, list) and bool(value) and 2 * sum(isinstance(v, dict) for v in value) >= len(value)
    )


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    names = {dict: "object", list: "array", str: "string", bool: "boolean"}
    return names.get(type(value), "number")
