"""Plain text: the decoded file is the article, character for character."""

from __future__ import annotations

from chronik.core.errors import EmptyInput
from chronik.core.models import SourceItem
from chronik.ingest.decode import decode


def read_text(data: bytes, source: str, *, charset: str | None = None, url: str | None = None) -> SourceItem:
    """Decode `data` exactly (newlines untouched, BOM dropped); raise if nothing but whitespace."""
    decoded = decode(data, source, charset)
    if not decoded.text.strip():
        raise EmptyInput("only whitespace, no text", source)
    warnings = (decoded.warning,) if decoded.warning else ()
    return SourceItem(source=source, raw=decoded.text, url=url, warnings=warnings)
