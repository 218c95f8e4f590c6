"""CSV and TSV: one article per row. Delimiter, quoting and header are detected; the text column is
chosen by name (settings, then the data file) or is the longest column. Other columns go to metadata.

Each row is `path#line`, the line the row starts on. A bad row is `Skipped`, the rest go on: a row
with an unclosed or stray quote (the reader runs strictly and starts again on the next line) and a
row whose number of fields differs from the header's.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from chronik.core.errors import EmptyInput, IngestError
from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.decode import decode
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
# A dialect under which more than this share of sample rows holds a field cut at a delimiter
# (opening with another quote character and not closing it) is the wrong dialect.
MAX_CUT_SHARE = 0.2
# Broken rows after which a file is given up as not CSV in this dialect at all.
MAX_BROKEN_ROWS = 100

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
    decoded = decode(data, source)
    text = decoded.text
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
    body = [row for _, row in numbered[1:]] if header else [row for _, row in numbered]
    width = len(first) if header else _usual_width(body)
    columns = _column_names(first if header else [], width)
    text_column = find_field(columns, names["text"]) or _longest_column(columns, body)
    table_names = {**names, "text": (text_column,)}
    for entry in itertools.chain(head, rows):
        if isinstance(entry, Skipped):
            yield entry
            continue
        if header and entry is numbered[0]:
            continue
        line, row = entry
        if len(row) != width:
            yield Skipped(
                source,
                f"{len(row)} fields where {'the header has' if header else 'the rows have'} {width} "
                "(a stray quote or delimiter); row skipped",
                line,
            )
            continue
        item = _row_item(row, columns, f"{source}#{line}", table_names, source, line)
        if decoded.warning and isinstance(item, SourceItem) and any("\ufffd" in cell for cell in row):
            item = replace(item, warnings=(*item.warnings, decoded.warning))
        yield item


def detect_dialect(text: str, delimiter: str | None = None) -> Dialect:
    """The delimiter and quote character under which the sample parses most consistently.

    csv.Sniffer alone guesses wrong on long quoted articles (it took a space for the delimiter of
    the 10kGNAD file), so every candidate is parsed (strictly, as `read_table` reads) and scored:
    consistent field counts first (a broken row counts against them), then agreement with the
    header and no fields cut open at a delimiter, then how many fields open with the quote character.
    """
    sample = text[:SAMPLE_CHARS]
    cut = len(sample) < len(text)
    best, best_score = Dialect(delimiter or ",", '"'), (False, False, 0.0, 0, 0)
    for candidate in itertools.product([delimiter] if delimiter else DELIMITERS, QUOTECHARS):
        dialect = Dialect(*candidate)
        rows, broken = _sample_rows(sample, dialect, cut)
        if not rows:
            continue
        width, count = Counter(len(row) for row in rows).most_common(1)[0]
        consistency = count / max(len(rows) + broken, 2)
        tabular = width > 1 and consistency >= MIN_CONSISTENCY
        # A wrong quote character can parse just as consistently (every text cut at the same
        # commas); it shows in fields cut open and in a header narrower than the rows.
        plausible = len(rows[0]) == width and _cut_share(rows, dialect) <= MAX_CUT_SHARE
        score = (tabular, plausible, consistency, _quoted_fields(sample, dialect), width)
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


def _sample_rows(sample: str, dialect: Dialect, cut: bool) -> tuple[list[list[str]], int]:
    """The sample's rows read as `read_table` will read them, and how many were broken."""
    entries = list(itertools.islice(_numbered_rows(sample, dialect, "", complete=not cut), SAMPLE_ROWS))
    rows = [entry[1] for entry in entries if not isinstance(entry, Skipped)]
    return rows, len(entries) - len(rows)


def _cut_share(rows: list[list[str]], dialect: Dialect) -> float:
    """Share of rows with a field that opens with another quote character and does not close it."""
    others = [q for q in QUOTECHARS if q != dialect.quotechar]
    cut = sum(
        any(len(f) > 1 and f[0] in others and not f.rstrip().endswith(f[0]) for f in row) for row in rows
    )
    return cut / len(rows)


def _usual_width(rows: list[list[str]]) -> int:
    return Counter(len(row) for row in rows).most_common(1)[0][0] if rows else 1


def _quoted_fields(sample: str, dialect: Dialect) -> int:
    """How many fields open with the quote character: evidence that it is the one in use."""
    q = dialect.quotechar
    return sample.count(dialect.delimiter + q) + sample.count("\n" + q) + sample.startswith(q)


def _numbered_rows(
    text: str, dialect: Dialect, source: str, complete: bool
) -> Iterator[tuple[int, list[str]] | Skipped]:
    """(first line, fields) of every non-blank row, read strictly.

    A row the reader cannot close (an unclosed quote runs into the next rows, a quote is followed
    by text) is `Skipped` with its lines, and reading starts again where the next good row opens,
    so one stray quote costs one row, not the rest of the file.
    """
    lines = io.StringIO(text, newline="").readlines()
    held: tuple[int, list[str]] | None = None
    first = 0  # index of the line the reader starts on
    broken = 0
    while True:
        reader = csv.reader(
            iter(lines[first:]), delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=True
        )
        start = first + 1
        try:
            for row in reader:
                line, start = start, first + reader.line_num + 1
                if not row or not any(cell.strip() for cell in row):
                    continue
                if held is not None:
                    yield held
                held = (line, row)
        except csv.Error as err:
            if held is not None:  # a whole row: the reader went on past it
                yield held
                held = None
            if not complete and first + reader.line_num >= len(lines):
                return  # the row a damaged archive cut short; the caller reports the damage
            broken += 1
            if broken > MAX_BROKEN_ROWS:
                yield Skipped(source, f"more than {MAX_BROKEN_ROWS} malformed rows; reading stopped", start)
                return
            # The line the reader failed on opens the next good row when the broken quote ran on
            # until that row's opening quote; a quote never closed leaves only the next line.
            failed = first + reader.line_num  # 1-based
            resume = start + 1 if "end of data" in str(err) else max(failed, start + 1)
            lines_skipped = f"line {start}" if resume == start + 1 else f"lines {start}-{resume - 1}"
            yield Skipped(
                source,
                f"malformed CSV row (unclosed or stray {dialect.quotechar} quote: {err}); "
                f"{lines_skipped} skipped, reading goes on at line {resume}",
                start,
            )
            first = resume - 1
            continue
        break
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
) -> SourceItem | Skipped:
    try:
        return item_from_record(dict(zip(columns, row, strict=True)), where, names)
    except IngestError as err:
        return Skipped(source, err.reason, line)
