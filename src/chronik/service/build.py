"""`build`: ingest, analyse and extract, then store — idempotently.

Every run analyses all German documents of the knowledge base again and replaces what each one
contributed, so a second run over the same inputs leaves the same knowledge base (and a better
extractor or lexicon takes effect everywhere without a migration).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from chronik.core.models import Document, Entity, Event
from chronik.core.settings import Settings
from chronik.extract.document import extract
from chronik.fuse.entities import fuse_entities
from chronik.nlp.pipeline import load_pipeline
from chronik.service.ingest_job import IngestReport, ingest
from chronik.store.kb import KnowledgeBase

EXTRACTED_LANGUAGES = {"de", None}  # undetected language: try; the analysis is German


@dataclass
class BuildReport:
    ingest: IngestReport
    analysed: int = 0
    not_german: int = 0
    entities: int = 0
    events: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)


def build(
    specs: Iterable[str],
    kb: KnowledgeBase,
    settings: Settings,
    progress: Callable[[str, int, int], None] | None = None,
) -> BuildReport:
    """Ingest `specs`, then analyse and extract every German document of `kb`."""
    report = BuildReport(ingest=ingest(specs, kb, settings))
    documents = kb.documents()
    german = [d for d in documents if d.language in EXTRACTED_LANGUAGES]
    report.not_german = len(documents) - len(german)
    nlp = load_pipeline(settings)
    batches: list[tuple[Document, list[Entity], list[Event]]] = []
    analysed = nlp.pipe(
        (d.text for d in german), batch_size=settings.nlp_batch_size, n_process=settings.nlp_processes
    )
    for n, (doc, parsed) in enumerate(zip(german, analysed, strict=True), start=1):
        found = extract(doc, parsed)
        batches.append((doc, found.entities, found.events))
        if progress is not None:
            progress("analyse", n, len(german))
    fused = fuse_entities([(ents, evs) for _, ents, evs in batches])
    for (doc, _, _), (ents, evs) in zip(batches, fused, strict=True):
        kb.replace_extraction(doc.id, ents, evs)
        report.analysed += 1
        report.entities += len(ents)
        report.events += len(evs)
        for ev in evs:
            report.events_by_type[ev.type] = report.events_by_type.get(ev.type, 0) + 1
    return report
