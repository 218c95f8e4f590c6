"""Add one article — given as text or as a URL — and extract what it reports (`POST /api/documents`).

Unlike `build`, only the new article is analysed; its entities get the same global ids a build
would give them (`fuse.entities.global_id` of the dictionary id or folded name), though spelling
variants are merged only by the next `build`; its event reports are fused with all stored ones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from spacy.language import Language

from chronik.core.errors import IngestError
from chronik.core.models import Skipped, SourceItem
from chronik.core.settings import Settings
from chronik.extract.document import extract
from chronik.fuse.entities import fuse_entities
from chronik.ingest.fetch import AddressPolicy
from chronik.ingest.prepare import prepare_document
from chronik.ingest.sources import read_sources
from chronik.service.build import EXTRACTED_LANGUAGES, fuse_stored_events
from chronik.store.kb import KnowledgeBase


@dataclass(frozen=True)
class AddedArticle:
    document_id: str
    status: Literal["new", "near-duplicate", "duplicate"]
    entities: int = 0
    events: int = 0


def fetch_article(url: str, settings: Settings, allowed_addresses: str) -> SourceItem:
    """The article at `url` (an HTML page; a feed gives its first entry), fetched only from the
    addresses `allowed_addresses` names (syntax of `fetch_allowed_addresses`), redirects and feed
    links included; `IngestError` with the reason."""
    AddressPolicy.parse(allowed_addresses).check_url(url)  # refuse at once, before any request
    for found in read_sources([url], replace(settings, fetch_allowed_addresses=allowed_addresses)):
        if isinstance(found, Skipped):
            raise IngestError(found.reason, found.source, found.line)
        return found
    raise IngestError("nothing to ingest at this URL", url)


def add_article(item: SourceItem, kb: KnowledgeBase, settings: Settings, nlp: Language) -> AddedArticle:
    """Store the article (once: a known text is reported as a duplicate) and its extraction."""
    document = prepare_document(item, settings)
    run = kb.start_run("api add", {"source": item.source})
    added = kb.add_document(document, run=run)
    result = AddedArticle(added.duplicate_of or document.id, added.status)
    if added.added and document.language in EXTRACTED_LANGUAGES:
        found = extract(document, nlp(document.text))
        ((entities, events),) = fuse_entities([(found.entities, found.events)])
        kb.replace_extraction(document.id, entities, events)
        fuse_stored_events(kb)  # its reports join the events other articles report
        result = AddedArticle(document.id, added.status, len(entities), len(events))
    kb.finish_run(run, {"status": result.status, "entities": result.entities, "events": result.events})
    return result
