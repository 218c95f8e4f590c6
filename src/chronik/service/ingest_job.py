"""The ingest job: read every source, prepare each article and add it to the knowledge base.

Each article is committed in its own transaction, so a killed job loses at most the article in
flight, and running the same job again adds nothing twice (identical content is recognised by its
hash). A bad item is skipped with its reason; the job goes on.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from chronik.core.errors import IngestError
from chronik.core.memory import trim_heap
from chronik.core.models import Skipped, SourceItem, Warned
from chronik.core.settings import Settings
from chronik.ingest import langid, lexicon
from chronik.ingest.fetch import AddressPolicy, without_credentials
from chronik.ingest.prepare import prepare_document
from chronik.ingest.sources import read_sources
from chronik.store.kb import AddResult, KnowledgeBase

log = logging.getLogger(__name__)

# Called once per item (an `AddResult` or a `Skipped`), and with a `Warned` before the `AddResult`
# of an article stored with a warning.
Progress = Callable[[AddResult | Skipped | Warned], None]


@dataclass
class IngestReport:
    """What one ingest run did. `near_duplicates` counts new documents linked to an earlier one."""

    run_id: int
    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warned: list[Warned] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.ingested + self.duplicates + len(self.skipped)

    @property
    def partial(self) -> bool:
        """Some input was skipped, or stored with a warning."""
        return bool(self.skipped or self.warned)

    def skip_reasons(self) -> dict[str, int]:
        return dict(Counter(s.reason for s in self.skipped).most_common())

    def counts(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "skipped": len(self.skipped),
            "skip_reasons": self.skip_reasons(),
            "warnings": [str(w) for w in self.warned],
        }


def ingest_item(item: SourceItem, kb: KnowledgeBase, settings: Settings, run_id: int) -> AddResult | Skipped:
    """Prepare and store one article, or say why it was skipped. Store errors are not the item's fault."""
    try:
        document = prepare_document(item, settings)
    except IngestError as err:
        return Skipped(item.source, err.reason, err.line)
    except Exception as err:  # a bug on one odd article must not end a batch of thousands
        log.exception("preparing %s failed", item.source)
        return Skipped(item.source, f"unexpected {type(err).__name__}: {err}")
    return kb.add_document(document, run=run_id)


def ingest(
    specs: Iterable[str],
    kb: KnowledgeBase,
    settings: Settings,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest every article the specs name (paths, folders, globs, `-`, URLs, feeds)."""
    job = IngestJob(specs, kb, settings, progress)
    for _ in job.stored():
        pass
    return job.report


class IngestJob:
    """An ingest run as a stream: `stored()` ingests item after item and yields each new document
    as it is stored (a build analyses the first while the rest are read); `report` is complete
    once that stream ends."""

    def __init__(
        self, specs: Iterable[str], kb: KnowledgeBase, settings: Settings, progress: Progress | None = None
    ) -> None:
        self.specs = list(specs)
        AddressPolicy.from_settings(settings)  # a ConfigError before the run starts, not halfway
        self.kb, self.settings, self.progress = kb, settings, progress
        self.report = IngestReport(
            run_id=kb.start_run("ingest", [without_credentials(s) for s in self.specs])
        )

    def stored(self) -> Iterator[AddResult]:
        """Each newly stored document's `AddResult`, in ingest order (duplicates and skipped items
        are counted in `report`, not yielded)."""
        report, progress = self.report, self.progress
        for found in read_sources(self.specs, self.settings):
            outcome = (
                found
                if isinstance(found, Skipped)
                else ingest_item(found, self.kb, self.settings, report.run_id)
            )
            if isinstance(found, SourceItem) and not isinstance(outcome, Skipped):
                for reason in found.warnings:
                    warned = Warned(found.source, reason)
                    report.warned.append(warned)
                    if progress is not None:
                        progress(warned)
            if isinstance(outcome, Skipped):
                report.skipped.append(outcome)
            elif outcome.duplicate_of is not None:
                report.duplicates += 1
            else:
                report.ingested += 1
                report.near_duplicates += bool(outcome.near_duplicates)
            if progress is not None:
                progress(outcome)
            if isinstance(outcome, AddResult) and outcome.duplicate_of is None:
                yield outcome
        self.kb.finish_run(report.run_id, report.counts())


def release_ingest_tables() -> None:
    """Free what ingestion loaded (the repair tables and the language model, about 300 MB) and
    hand the memory back: a build calls it before its analysis workers start, so the tables do not
    sit beside them. A later ingest loads them again."""
    lexicon.release()
    langid.release()
    trim_heap()
