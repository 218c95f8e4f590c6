"""A build streams: its workers start before ingest, ingest goes on while they analyse, and the
outcomes come back in order, one broken article costing only itself."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import pytest

from chronik.core.models import Document, Entity, Extraction
from chronik.core.settings import Settings
from chronik.service import stage
from chronik.service.build import build
from chronik.service.ingest_job import ingest
from chronik.service.runners import local_runner
from chronik.store.kb import KnowledgeBase

# Invented news; names and places are made up for these tests.
TOWNS = ["Dornfeld", "Wellbach", "Kranzau", "Ottersee", "Bielmark", "Haselgrund", "Lindenhag", "Morwitz"]


def _article(n: int) -> str:
    town, other = TOWNS[n % len(TOWNS)], TOWNS[(n + 3) % len(TOWNS)]
    return (
        f"Besuch in {town} {n}\n\nDie Ministerin Petra Sandvik hat am Montag die Stadt {town} besucht. "
        f"Sie traf dort den Bürgermeister Anton Lindqvist aus {other}. „Wir arbeiten gut zusammen“, "
        f"sagte Lindqvist nach dem Treffen am {n % 28 + 1}. März.\n"
    )


ENGLISH = (
    "Visit to Dornfeld\n\nThe minister Petra Sandvik visited the town of Dornfeld on Monday. She met "
    "the mayor Anton Lindqvist there and they talked about the new bridge over the river.\n"
)


def _write(folder: Path, count: int, english: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(_article(n), encoding="utf-8")
    if english:
        (folder / "050_en.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def _documents(tmp_path: Path, count: int) -> list[Document]:
    settings = Settings.load(db=str(tmp_path / "docs.db"))
    with KnowledgeBase.open(settings.db, settings=settings) as kb:
        ingest([str(_write(tmp_path / "in", count))], kb, settings)
        return kb.documents()


class _Stream:
    """Batches that are still being produced, as a build's ingest hands them out: `work_ahead`
    produces one more document, `producing` says whether any are left to produce."""

    def __init__(self, documents: list[Document], size: int) -> None:
        self.left = list(documents)
        self.ready: list[Document] = []
        self.size = size
        self.ahead = 0

    def producing(self) -> bool:
        return bool(self.left)

    def work_ahead(self) -> bool:
        self.ahead += bool(self.left)
        return self._produce()

    def _produce(self) -> bool:
        if not self.left:
            return False
        self.ready.append(self.left.pop(0))
        return True

    def __iter__(self) -> Iterator[list[Document]]:
        while self.left or self.ready:
            while len(self.ready) < self.size and self._produce():
                pass
            batch, self.ready = self.ready[: self.size], self.ready[self.size :]
            yield batch


@pytest.mark.slow
def test_a_broken_article_in_a_stream_gets_its_error_and_the_others_are_extracted_in_order(
    tmp_path: Path,
) -> None:
    documents = _documents(tmp_path, 24)
    # A corrupt record in the middle: its publication date is not text, extraction raises on it.
    documents[13] = replace(documents[13], published=cast(Any, 20240307))
    stream = _Stream(documents, size=4)
    settings = Settings.load(db=str(tmp_path / "unused.db"), nlp_processes=2)

    outcomes = list(local_runner(stream, settings))

    assert [o.document for o in outcomes] == [d.id for d in documents]
    broken = outcomes[13]
    assert broken.extraction is None and broken.error is not None and broken.error.startswith("TypeError")
    assert all(o.error is None and o.extraction is not None for k, o in enumerate(outcomes) if k != 13)
    assert all(o.extraction.events for k, o in enumerate(outcomes) if k != 13 and o.extraction)
    assert stream.ahead > 0  # produced while the workers were busy, not only when asked


@pytest.mark.slow
def test_a_build_with_workers_starts_them_before_ingest_and_equals_a_build_in_this_process(
    tmp_path: Path,
) -> None:
    folder = _write(tmp_path / "in", 40, english=True)
    workers_at_first_article: list[int] = []

    def progress(step: str, done: int, total: int) -> None:
        if step == "ingest" and not workers_at_first_article:
            workers_at_first_article.append(len(multiprocessing.active_children()))

    knowledge = []
    for processes, watch in ((2, progress), (1, None)):
        settings = Settings.load(db=str(tmp_path / f"kb{processes}.db"), nlp_processes=processes)
        with KnowledgeBase.open(settings.db, settings=settings) as kb:
            report = build([str(folder)], kb, settings, watch)
            assert (report.analysed, report.failed, report.not_german) == (40, 0, 1)
            export = kb.export()
            knowledge.append(
                {
                    "entities": sorted(export["entities"], key=lambda e: e["id"]),
                    "events": sorted(export["events"], key=lambda e: e["id"]),
                }
            )
    # One core reads the articles, the other analyses: one worker starts before the first article.
    assert workers_at_first_article and workers_at_first_article[0] >= 1
    assert knowledge[0] == knowledge[1]
    assert knowledge[0]["events"]


def test_an_extraction_that_cannot_be_stored_fails_its_document_where_it_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stored form (JSON) is made beside the extraction: a value JSON cannot hold becomes this
    # document's error, instead of failing when the worker sends the batch's outcomes back.
    document = _documents(tmp_path, 1)[0]
    unstorable = Entity("e1", "person", "Petra Sandvik", attributes={"titles": {"Ministerin"}})
    monkeypatch.setattr(stage, "extract_windows", lambda d, w: Extraction(d.id, entities=[unstorable]))
    settings = Settings.load(db=str(tmp_path / "unused.db"))

    outcome = stage.analyse_document(cast(Any, None), document, settings, windows=[])

    assert outcome.error is not None and outcome.error.startswith("TypeError")
    assert outcome.extraction is None and outcome.stored is None
