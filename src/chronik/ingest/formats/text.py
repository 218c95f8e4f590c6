"""Plain text: the decoded file is the article, character for character."""

from __future__ import annotations

from chronik.core.errors import EmptyInput
from chronik.core.models import SourceItem
from chronik.ingest.decode import decode_text


def read_text(data: bytes, source: str, *, charset: str | None = None, url: str | None = None) -> SourceItem:
    """Decode `data` exactly (newlines untouched, BOM dropped); raise if nothing but whitespace."""
    raw = decode_text(data, source, charset)
    if not raw.strip():
        raise EmptyInput("only whitespace, no text", source)
    return SourceItem(source=source, raw=raw, url=url)
