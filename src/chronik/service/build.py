"""`build`: ingest, analyse and extract, then fuse and store — incrementally and idempotently.

Documents flow in batches through the per-document stage (`stage.analyse_documents`: analysis and
extraction, in worker processes or on Ray), and each outcome is stored as it arrives, so memory
does not grow with the knowledge base. Only documents that are new, failed before, or were
analysed with another pipeline or extractor (`analysis_version`) are analysed; `reanalyse` forces
all. One document's failure is recorded for it (`chronik docs show`, `stats`) and costs only itself.
Fusion (`fuse_and_store`) then gives entities their global ids over every analysed document, from
the stored extractions, and rewrites only the contributions whose ids changed; the result equals a
fresh build of the same documents.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import metadata
from pathlib import Path

from chronik.core.models import Document, Entity, Event
from chronik.core.settings import Settings
from chronik.fuse.entities import canonical_keys, fuse_entities, global_id
from chronik.fuse.events import fuse_events
from chronik.service.ingest_job import IngestJob, IngestReport, release_ingest_tables
from chronik.service.runners import Runner, local_runner
from chronik.service.stage import Outcome
from chronik.store.kb import AddResult, KnowledgeBase

EXTRACTED_LANGUAGES = {"de", None}  # undetected language: try; the analysis is German
PACKAGE = Path(__file__).resolve().parents[1]
# What analysis and extraction read: their code, data files and the shipped models.
ANALYSIS_INPUTS = ("core", "nlp", "extract", "data")
AUTO_PROCESSES_FROM = 100  # documents to analyse from which nlp_processes=0 starts workers
BATCH_DOCUMENTS = 16  # documents per batch handed to a runner (small: workers share the load evenly)
WRITE_DOCUMENTS = 64  # documents whose fused contributions are written in one transaction

Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    ingest: IngestReport
    analysed: int = 0
    failed: int = 0
    up_to_date: int = 0  # analysed before with the same version: not analysed again
    not_german: int = 0
    refused: int = 0  # documents whose stored contribution fusion rewrote
    entities: int = 0
    reports: int = 0  # event mentions: what the articles report
    events: int = 0  # fused: each real-world event once
    events_by_type: dict[str, int] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)  # error (exception name) -> documents


def build(
    specs: Iterable[str],
    kb: KnowledgeBase,
    settings: Settings,
    progress: Progress | None = None,
    *,
    reanalyse: bool = False,
    runner: Runner = local_runner,
) -> BuildReport:
    """Ingest `specs`, analyse and extract the German documents of `kb` that need it, fuse, store.

    Ingest and analysis overlap: the runner starts (its workers load the pipeline) before the first
    article is read, and each batch goes to it as soon as ingest has stored its documents."""
    taken = itertools.count(1)
    job = IngestJob(specs, kb, settings, (lambda _: progress("ingest", next(taken), 0)) if progress else None)
    report = BuildReport(ingest=job.report)
    version = analysis_version(settings)
    # Ingest adds documents and never changes stored ones: what needs analysis among these is
    # known now, and every new German document needs it.
    earlier, report.not_german, report.up_to_date = kb.analysis_todo(
        version, EXTRACTED_LANGUAGES, force=reanalyse
    )
    todo = _Todo(kb, earlier, job.stored(), report)
    if settings.nlp_processes <= 0:
        # Workers pay off from AUTO_PROCESSES_FROM documents: read that far before choosing.
        while todo.count < AUTO_PROCESSES_FROM and todo.work_ahead():
            pass
        auto = (os.cpu_count() or 1) if todo.count >= AUTO_PROCESSES_FROM else 1
        settings = replace(settings, nlp_processes=auto)
    # Once ingest is done, what it loaded is not needed beside the analysis workers: free it.
    todo.after_ingest = release_ingest_tables if settings.nlp_processes > 1 else None
    if not todo.producing() and todo.after_ingest is not None:
        todo.after_ingest()
    if progress is not None:
        progress("analyse", 0, todo.count)  # the clock for rate and time left starts here
    arrived: list[Outcome] = []
    for n, outcome in enumerate(runner(todo, settings), start=1):
        arrived.append(outcome)
        if len(arrived) == BATCH_DOCUMENTS:
            _record(kb, version, arrived)
        _count(report, outcome)
        if progress is not None:
            progress("analyse", n, todo.count)  # the total grows while ingest goes on
    _record(kb, version, arrived)
    fuse_and_store(kb, report, progress)
    return report


class _Todo:
    """The documents a build analyses, in ingest order and in batches of BATCH_DOCUMENTS: first
    the stored ones that need it, then each new German one as ingest stores it. A runner may call
    `work_ahead` while its workers are busy, so ingest goes on meanwhile (only ids wait here)."""

    def __init__(
        self, kb: KnowledgeBase, earlier: list[str], stored: Iterator[AddResult], report: BuildReport
    ) -> None:
        self.kb, self.stored, self.report = kb, stored, report
        self.waiting = deque(earlier)  # ids to analyse, not yet handed out
        self.count = len(earlier)  # documents to analyse known so far
        self.ingested = False
        self.after_ingest: Callable[[], None] | None = None

    def producing(self) -> bool:
        """Whether ingest goes on in this process (it takes a core beside the workers)."""
        return not self.ingested

    def work_ahead(self) -> bool:
        """Ingest one more article; False once ingest is done."""
        if self.ingested:
            return False
        added = next(self.stored, None)
        if added is None:
            self.ingested = True
            if self.after_ingest is not None:
                self.after_ingest()
            return False
        if added.language in EXTRACTED_LANGUAGES:
            self.waiting.append(added.document_id)
            self.count += 1
        else:
            self.report.not_german += 1
        return True

    def __iter__(self) -> Iterator[list[Document]]:
        while True:
            while len(self.waiting) < BATCH_DOCUMENTS and self.work_ahead():
                pass
            if not self.waiting:
                return
            ids = [self.waiting.popleft() for _ in range(min(BATCH_DOCUMENTS, len(self.waiting)))]
            yield from self.kb.iter_documents(ids, BATCH_DOCUMENTS)


def _record(kb: KnowledgeBase, version: str, outcomes: list[Outcome]) -> None:
    """Store these outcomes in one transaction (a commit per document cost more than its row), then
    forget them; a build killed before misses only them, and the next build analyses them again."""
    if not outcomes:
        return
    with kb.transaction():
        for outcome in outcomes:
            kb.record_analysis(outcome.document, version, outcome.stored, outcome.error, outcome.seconds)
    outcomes.clear()


def _count(report: BuildReport, outcome: Outcome) -> None:
    report.analysed += 1
    stored = outcome.stored
    if outcome.error is not None or stored is None:
        report.failed += 1
        reason = (outcome.error or "no extraction").split(":", 1)[0]
        report.failures[reason] = report.failures.get(reason, 0) + 1
        return
    report.entities += stored.entities
    report.reports += stored.events


def fuse_and_store(kb: KnowledgeBase, report: BuildReport, progress: Progress | None = None) -> None:
    """Entity fusion over every analysed document, from the stored keys; rewrite the contributions
    whose global ids changed, and those of the documents sharing their entities where the order
    of writing decides names, so the result equals a fresh build; a failed document contributes
    nothing. One call, so further fusion steps (events across articles) plug in here."""
    states = kb.fusion_states()
    canon = canonical_keys(k for s in states if not s.failed for k in s.keys)
    wanted = {s.document: ("" if s.failed else _fused_hash(s.keys, canon)) for s in states}
    stale = [s for s in states if s.fused != wanted[s.document]]
    if stale:
        # The entities stale documents will contribute: later documents sharing them are written
        # again after them. The entities they contributed so far: every other contributor is.
        first = min(s.seq for s in stale)
        stale_ids = {s.document for s in stale}
        later = kb.contributors(sorted({global_id(canon.get(k, k)) for s in stale for k in s.keys}))
        every = kb.contributors(sorted(kb.entities_of(sorted(stale_ids))))
        stale = [
            s
            for s in states
            if s.document in stale_ids or s.document in every or (s.document in later and s.seq > first)
        ]
    if progress is not None and stale:
        progress("store", 0, len(stale))
    written = 0
    for first_of_chunk in range(0, len(stale), WRITE_DOCUMENTS):
        # One commit per chunk: committing every document alone cost more than writing it.
        with kb.transaction():
            for state in stale[first_of_chunk : first_of_chunk + WRITE_DOCUMENTS]:
                extraction = None if state.failed else kb.stored_extraction(state.document)
                if extraction is None:
                    kb.write_fused(state.document, [], [], wanted[state.document])
                else:
                    ((entities, events),) = fuse_entities([(extraction.entities, extraction.events)], canon)
                    kb.write_fused(state.document, entities, events, wanted[state.document])
                report.refused += 1
                written += 1
                if progress is not None:
                    progress("store", written, len(stale))
    events = fuse_stored_events(kb)  # events across articles, from every stored report
    report.events = len(events)
    report.events_by_type = {}
    for ev in events:
        report.events_by_type[ev.type] = report.events_by_type.get(ev.type, 0) + 1


def _fused_hash(keys: Iterable[str], canon: dict[str, str]) -> str:
    """Which global ids a document's entities get: its contribution is current while this holds."""
    pairs = sorted({(k, canon.get(k, k)) for k in keys})
    return hashlib.sha1(json.dumps(pairs, ensure_ascii=False).encode()).hexdigest()[:16]


def analysis_version(settings: Settings) -> str:
    """A hash of everything analysis and extraction depend on: the package version and its code,
    data files and models, spaCy's version and the settings that change what is read."""
    return _version(settings.nlp_backend, settings.analysis_window_chars, settings.dependency_parser)


@cache
def _version(backend: str, window: int, parse: bool = False) -> str:
    digest = hashlib.sha1()
    parts = (metadata.version("chronik"), metadata.version("spacy"), backend, str(window))
    for part in (*parts, *(["parse"] if parse else [])):
        digest.update(part.encode() + b"\0")
    for folder in ANALYSIS_INPUTS:
        for path in sorted((PACKAGE / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def fuse_stored_events(kb: KnowledgeBase) -> list[Event]:
    """Fuse every report the knowledge base holds and store the events (the last step of a build,
    and after articles were added without one, e.g. through the API); returns the events."""
    documents = {d.id: d for d in kb.documents()}
    by_document: dict[str, list[Entity]] = {}
    for entity in kb.entities():
        for doc_id in dict.fromkeys(m.document for m in entity.mentions):
            by_document.setdefault(doc_id, []).append(entity)
    reports: dict[str, list[Event]] = {}
    for report in kb.event_mentions():
        if report.evidence and report.evidence[0].document in documents:
            reports.setdefault(report.evidence[0].document, []).append(report)
    events = fuse_events([(documents[d], by_document.get(d, []), evs) for d, evs in reports.items()])
    kb.replace_events(events)
    return events
