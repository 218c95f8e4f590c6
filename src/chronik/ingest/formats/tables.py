"""CSV and TSV: one article per row. Delimiter, quoting and header are detected; the text column is
chosen by name (settings, then the data file) or is the longest column. Other columns go to metadata.

Each row is `path#line`, the line the row starts on. A bad row is `Skipped`, the rest go on.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from chronik.core.errors import EmptyInput, IngestError
from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.decode import decode_text
from chronik.ingest.formats.fields import (
    FieldNames,
    field_names,
    find_field,
    item_from_record,
    normalise_name,
)

DELIMITERS = (",", ";", "\t", "|")
QUOTECHARS = ('"', "'")
SAMPLE_CHARS = 256 * 1024
SAMPLE_ROWS = 64
# Share of sample rows that must have the same number of fields for a dialect to count as tabular.
MIN_CONSISTENCY = 0.8
# Header cells are labels: short, distinct, not numbers.
MAX_LABEL_CHARS = 40

_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)  # articles are far longer than csv's 128 KiB default
_NUMBER = re.compile(r"[+-]?\d+([.,]\d+)*")


@dataclass(frozen=True)
class Dialect:
    delimiter: str
    quotechar: str


def read_table(
    data: bytes, source: str, settings: Settings, *, tab: bool = False, complete: bool = True
) -> Iterator[SourceItem | Skipped]:
    """Rows of a CSV/TSV file as articles. `complete=False` (a damaged archive) drops the last row."""
    csv.field_size_limit(_FIELD_LIMIT)
    text = decode_text(data, source)
    dialect = detect_dialect(text, settings.csv_delimiter or ("\t" if tab else None))
    names = field_names(settings)
    rows = _numbered_rows(text, dialect, source, complete)
    head = list(itertools.islice(rows, SAMPLE_ROWS + 1))
    numbered = [entry for entry in head if not isinstance(entry, Skipped)]
    if not numbered:
        yield from (entry for entry in head if isinstance(entry, Skipped))
        raise EmptyInput("no rows", source)
    _, first = numbered[0]
    header = has_header(first, [row for _, row in numbered[1:]], names)
    columns = _column_names(first if header else [], max(len(row) for _, row in numbered))
    body = [row for _, row in numbered[1:]] if header else [row for _, row in numbered]
    text_column = find_field(columns, names["text"]) or _longest_column(columns, body)
    table_names = {**names, "text": (text_column,)}
    # Only a csv error yields a Skipped, and it ends the rows: the first entry is the first row.
    for entry in itertools.chain(head[1:] if header else head, rows):
        if isinstance(entry, Skipped):
            yield entry
            continue
        line, row = entry
        yield from _row_item(row, columns, f"{source}#{line}", table_names, source, line)


def detect_dialect(text: str, delimiter: str | None = None) -> Dialect:
    """The delimiter and quote character under which the sample parses most consistently.

    csv.Sniffer alone guesses wrong on long quoted articles (it took a space for the delimiter of
    the 10kGNAD file), so every candidate is parsed and scored: consistent field counts first,
    then how many fields actually open with the quote character.
    """
    sample = text[:SAMPLE_CHARS]
    cut = len(sample) < len(text)
    best, best_score = Dialect(delimiter or ",", '"'), (False, 0.0, 0, 0)
    for candidate in itertools.product([delimiter] if delimiter else DELIMITERS, QUOTECHARS):
        dialect = Dialect(*candidate)
        rows = _sample_rows(sample, dialect, cut)
        if not rows:
            continue
        width, count = Counter(len(row) for row in rows).most_common(1)[0]
        consistency = count / max(len(rows), 2)
        tabular = width > 1 and consistency >= MIN_CONSISTENCY
        score = (tabular, consistency, _quoted_fields(sample, dialect), width)
        if score > best_score:
            best, best_score = dialect, score
    return best


def has_header(first: list[str], rest: list[list[str]], names: FieldNames) -> bool:
    """A known field name in the first row, or labels above numbers or longer values."""
    known = {normalise_name(name) for candidates in names.values() for name in candidates}
    if any(normalise_name(cell) in known for cell in first if cell.strip()):
        return True
    cells = [cell.strip() for cell in first]
    if any(not c or len(c) > MAX_LABEL_CHARS or _NUMBER.fullmatch(c) for c in cells):
        return False
    if len(set(cells)) < len(cells):
        return False
    for index, cell in enumerate(cells):
        values = [row[index].strip() for row in rest if index < len(row) and row[index].strip()]
        if not values:
            continue
        if all(_NUMBER.fullmatch(v) for v in values):
            return True
        if sum(map(len, values)) / len(values) > 2 * len(cell) + 20:
            return True
    return False


def _sample_rows(sample: str, dialect: Dialect, cut: bool) -> list[list[str]]:
    reader = csv.reader(
        io.StringIO(sample, newline=""), delimiter=dialect.delimiter, quotechar=dialect.quotechar
    )
    rows: list[list[str]] = []
    try:
        for row in itertools.islice(reader, SAMPLE_ROWS):
            if row:
                rows.append(row)
    except csv.Error:
        return rows
    if cut and len(rows) < SAMPLE_ROWS:
        rows = rows[:-1]  # the sample ended inside this row
    return rows


def _quoted_fields(sample: str, dialect: Dialect) -> int:
    """How many fields open with the quote character: evidence that it is the one in use."""
    q = dialect.quotechar
    return sample.count(dialect.delimiter + q) + sample.count("\n" + q) + sample.startswith(q)


def _numbered_rows(
    text: str, dialect: Dialect, source: str, complete: bool
) -> Iterator[tuple[int, list[str]] | Skipped]:
    """(first line, fields) of every non-blank row; a csv error ends the file with a `Skipped`."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=dialect.delimiter, quotechar=dialect.quotechar
    )
    held: tuple[int, list[str]] | None = None
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            if held is not None:
                yield held
            yield Skipped(source, f"malformed CSV, reading stopped: {err}", start)
            return
        line, start = start, reader.line_num + 1
        if not row or not any(cell.strip() for cell in row):
            continue
        if held is not None:
            yield held
        held = (line, row)
    # A damaged archive may have cut the last row short; a whole file's last row is kept.
    if held is not None and complete:
        yield held


def _column_names(header: list[str], width: int) -> list[str]:
    names: list[str] = []
    for index in range(max(width, len(header))):
        name = header[index].strip() if index < len(header) else ""
        names.append(name if name and name not in names else f"column{index + 1}")
    return names


def _longest_column(columns: list[str], rows: list[list[str]]) -> str:
    totals = [sum(len(row[i]) for row in rows if i < len(row)) for i in range(len(columns))]
    return columns[max(range(len(columns)), key=totals.__getitem__)]


def _row_item(
    row: list[str], columns: list[str], where: str, names: FieldNames, source: str, line: int
) -> Iterator[SourceItem | Skipped]:
    record = dict(zip(columns, row, strict=False))
    for index in range(len(columns), len(row)):
        record[f"column{index + 1}"] = row[index]
    try:
        yield item_from_record(record, where, names)
    except IngestError as err:
        yield Skipped(source, err.reason, line)
