"""From a source item to a document: clean the raw text, identify it, detect its language."""

from __future__ import annotations

from chronik.core.errors import EmptyInput
from chronik.core.models import Document, SourceItem
from chronik.core.settings import Settings
from chronik.ingest.clean import clean_text
from chronik.ingest.identity import content_hash, document_id
from chronik.ingest.langid import detect_language


def prepare_document(item: SourceItem, settings: Settings) -> Document:
    """Clean `item.raw` and build the document; raises `EmptyInput` when cleaning leaves nothing.

    Identity (id and content hash) comes from the cleaned text, so copies that differ only in
    boilerplate count as the same article. A language the source states wins over detection.
    """
    cleaned = clean_text(item.raw)
    if not cleaned.text.strip():
        raise EmptyInput("no text left after cleaning", item.source)
    stated = (item.language or "").strip().lower()
    language = stated or detect_language(cleaned.text, settings.languages)
    return Document(
        id=document_id(cleaned.text),
        source=item.source,
        raw=item.raw,
        text=cleaned.text,
        offsets=cleaned.offsets,
        edits=cleaned.edits,
        title=item.title or cleaned.title,
        url=item.url,
        published=item.published,
        author=item.author,
        language=language,
        content_hash=content_hash(cleaned.text),
        original=item.original,
        metadata=dict(item.metadata),
    )
