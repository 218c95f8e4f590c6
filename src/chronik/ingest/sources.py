"""Entry point of ingestion: every form of input a user has becomes `SourceItem`s, or `Skipped`
with a reason. A spec is a file, a directory (recursive, sorted, hidden files left out), a glob,
`-` for standard input, or an http(s) URL of a page or an RSS/Atom feed. Gzip is undone wherever
it appears. Nothing a single input does can stop the batch: its failure becomes a `Skipped`."""

from __future__ import annotations

import glob
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import replace

import httpx

from chronik.core.errors import EmptyInput, IngestError, InputTooLarge, UnreadableInput
from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.decode import gunzip, is_gzip
from chronik.ingest.fetch import fetch, is_url, open_client, without_credentials
from chronik.ingest.formats.detect import Format, format_from_content_type, format_from_name, sniff_format
from chronik.ingest.formats.feeds import entry_item, parse_feed
from chronik.ingest.formats.html import read_html
from chronik.ingest.formats.records import read_json, read_jsonl
from chronik.ingest.formats.tables import read_table
from chronik.ingest.formats.text import read_text

log = logging.getLogger(__name__)

STDIN = "<stdin>"
Item = SourceItem | Skipped


def read_sources(specs: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Every article the specs name, in order; a bad input yields `Skipped` and the batch goes on."""
    with ExitStack() as stack:
        clients: list[httpx.Client] = []

        def client() -> httpx.Client:
            if not clients:  # opened on the first URL only, shared by all of them
                clients.append(stack.enter_context(open_client(settings)))
            return clients[0]

        for given in specs:
            spec = os.fspath(given)  # a Path is welcome too
            if spec == "-":
                yield from _guarded(STDIN, _read_stdin(settings))
            elif is_url(spec):
                # Credentials in the URL are used for the request, never stored or printed.
                public = without_credentials(spec)
                yield from _guarded(public, _read_url(spec, public, settings, client()))
            else:
                for path in _expand(spec):
                    if isinstance(path, Skipped):
                        yield path
                    else:
                        yield from _guarded(path, _read_file(path, settings))


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Run one input's (lazy) reader; whatever goes wrong becomes a `Skipped` naming the input."""
    try:
        yield from items
    except IngestError as err:
        yield Skipped(err.source or source, err.reason, err.line)
    except Exception as err:  # one input must never end the batch, not even through a bug of ours
        log.exception("unexpected error while reading %s", source)
        yield Skipped(source, f"unexpected {type(err).__name__}: {err}")


def _expand(spec: str) -> Iterator[str | Skipped]:
    """The files a path, directory or glob names, as paths joined onto the spec as given."""
    if os.path.isdir(spec):
        found = list(_walk(spec))
        if not found:
            yield Skipped(spec, "the directory holds no (non-hidden) files")
        yield from found
    elif os.path.exists(spec):
        yield spec
    elif glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield Skipped(spec, "no file matches this pattern")
        for match in matches:
            yield from _walk(match) if os.path.isdir(match) else [match]
    else:
        yield Skipped(spec, "no such file or directory")


def _walk(directory: str) -> Iterator[str]:
    """Files under `directory`, sorted by relative path, leaving out hidden files and folders."""
    found: list[tuple[tuple[str, ...], str]] = []
    for folder, subfolders, files in os.walk(directory):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in files:
            if not name.startswith("."):
                path = os.path.join(folder, name)
                found.append((tuple(os.path.relpath(path, directory).split(os.sep)), path))
    yield from (path for _, path in sorted(found))


def _read_file(path: str, settings: Settings) -> Iterator[Item]:
    limit = settings.max_input_bytes
    try:
        size = os.stat(path).st_size
        if size > limit:  # checked before reading a single byte
            raise InputTooLarge(f"{size} bytes, over the limit of {limit} (max_input_bytes)", path)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        raise UnreadableInput(f"cannot read: {err.strerror or err}", path) from err
    if len(data) > limit:  # the file grew, or is a device that reports no size
        raise InputTooLarge(f"more than {limit} bytes (max_input_bytes)", path)
    yield from _read_bytes(data, path, settings, name=path)


def _read_stdin(settings: Settings) -> Iterator[Item]:
    limit = settings.max_input_bytes
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise UnreadableInput("standard input is not available", STDIN)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"more than {limit} bytes (max_input_bytes)", STDIN)
    yield from _read_bytes(data, STDIN, settings)


def _read_url(url: str, source: str, settings: Settings, client: httpx.Client) -> Iterator[Item]:
    response = fetch(url, settings, client)
    yield from _read_bytes(
        response.content,
        source,
        settings,
        name=response.url,
        content_type=response.content_type,
        charset=response.charset,
        url=response.url,
        client=client,
    )


def _read_bytes(
    data: bytes,
    source: str,
    settings: Settings,
    *,
    name: str | None = None,
    content_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    client: httpx.Client | None = None,
) -> Iterator[Item]:
    """Dispatch one input's bytes to its format's reader, undoing gzip first."""
    if not data:
        raise EmptyInput("empty file" if name else "empty input", source)
    damage = None
    if is_gzip(data):
        unpacked = gunzip(data, source, settings.max_input_bytes)
        data, damage = unpacked.data, unpacked.damage
        content_type = None  # it described the archive, not what is inside
        if not data:
            raise (
                UnreadableInput(damage, source) if damage else EmptyInput("the gzip archive is empty", source)
            )
    fmt: Format = format_from_content_type(content_type) or format_from_name(name or "") or sniff_format(data)
    if fmt == "json" and sniff_format(data) == "jsonl":
        fmt = "jsonl"
    if damage and fmt not in ("jsonl", "csv", "tsv"):
        raise UnreadableInput(f"{damage}; a cut-off {fmt} document is not kept", source)
    if fmt == "text":
        yield read_text(data, source, charset=charset, url=url)
    elif fmt == "html":
        yield read_html(data, source, url=url, charset=charset)
    elif fmt == "json":
        yield from _fetched_from(url, _not_empty(read_json(data, source, settings), source))
    elif fmt == "feed":
        yield from _read_feed(data, source, settings, client)
    else:
        complete = damage is None
        records = (
            read_jsonl(data, source, settings, complete=complete)
            if fmt == "jsonl"
            else read_table(data, source, settings, tab=fmt == "tsv", complete=complete)
        )
        kept = 0
        for record in _fetched_from(url, _not_empty(records, source, damage is None)):
            kept += isinstance(record, SourceItem)
            yield record
        if damage:
            # Records read in full before the damage are kept; the one it cut is dropped.
            yield Skipped(source, f"{damage}; kept the {kept} records read before it", data.count(b"\n") + 1)


def _fetched_from(url: str | None, records: Iterator[Item]) -> Iterator[Item]:
    """Records read from a URL carry it, unless they name their own."""
    for record in records:
        if url and isinstance(record, SourceItem) and not record.url:
            record = replace(record, url=url)
        yield record


def _not_empty(records: Iterator[Item], source: str, complain: bool = True) -> Iterator[Item]:
    """Pass records on; a record file that held none at all is one `Skipped`, not silence."""
    empty = True
    for record in records:
        empty = False
        yield record
    if empty and complain:
        yield Skipped(source, "no records in the file")


def _read_feed(data: bytes, source: str, settings: Settings, client: httpx.Client | None) -> Iterator[Item]:
    """Each entry's linked page through trafilatura; the entry's own content when that fails.

    A feed read from a file (no client) uses the entries' content only: reading a file never
    touches the network.
    """
    for entry in parse_feed(data, source):
        where = entry.link or f"{source}#{entry.index}"
        page_error = None
        if client is not None and entry.link and is_url(entry.link):
            try:
                page = fetch(entry.link, settings, client)
                item = read_html(page.content, where, url=page.url, charset=page.charset)
            except IngestError as err:
                page_error = err.reason
            else:
                yield replace(
                    item,
                    title=entry.title or item.title,
                    published=entry.published or item.published,
                    url=entry.link,
                    author=item.author or entry.author,
                    language=item.language or entry.language,
                    metadata={**item.metadata, "feed": source},
                )
                continue
        try:
            item = entry_item(entry, where, source)
        except IngestError as err:
            failed = f"; its page failed too: {page_error}" if page_error else ""
            yield Skipped(where, err.reason + failed)
            continue
        yield replace(item, metadata={**item.metadata, "page_error": page_error}) if page_error else item
