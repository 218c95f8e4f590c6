"""From a source item to a document: clean the raw text, identify it, detect its language."""

from __future__ import annotations

from chronik.core.controls import one_line
from chronik.core.errors import EmptyInput
from chronik.core.models import Document, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.clean import clean_text
from chronik.ingest.fetch import without_credentials
from chronik.ingest.identity import content_hash, document_id
from chronik.ingest.langid import detect_language


def prepare_document(item: SourceItem, settings: Settings) -> Document:
    """Clean `item.raw` and build the document; raises `EmptyInput` when cleaning leaves nothing.

    Identity (id and content hash) comes from the cleaned text, so copies that differ only in
    boilerplate count as the same article. A language the source states wins over detection.
    Titles and authors are put on one line (no control characters); credentials are taken out of
    URLs; what the reader had to warn about is kept in the metadata as `ingest_warnings`.
    """
    cleaned = clean_text(item.raw)
    if not cleaned.text.strip():
        raise EmptyInput("no text left after cleaning", item.source)
    stated = (item.language or "").strip().lower()
    language = stated or detect_language(cleaned.text, settings.languages)
    metadata = dict(item.metadata)
    if item.warnings:
        metadata["ingest_warnings"] = list(item.warnings)
    return Document(
        id=document_id(cleaned.text),
        source=without_credentials(item.source),
        raw=item.raw,
        text=cleaned.text,
        offsets=cleaned.offsets,
        edits=cleaned.edits,
        title=one_line(item.title) or one_line(cleaned.title),
        url=without_credentials(item.url) if item.url else None,
        published=item.published,
        author=one_line(item.author),
        language=language,
        content_hash=content_hash(cleaned.text),
        original=item.original,
        metadata=metadata,
    )
