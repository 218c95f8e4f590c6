"""Runners: where the per-document stage (`stage.analyse_documents`) runs.

A runner takes batches of documents and yields one `Outcome` per document, in the order given,
whatever the batches' sizes; at most a few batches are in flight at once, so memory stays bounded
however many documents there are. `local_runner` runs the stage in this process
(`nlp_processes` = 1) or in worker processes that each load the pipeline once; the Ray runner
(`chronik.service.ray_runner`) runs the same stage on Ray Data.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from chronik.core.models import Document
from chronik.core.settings import Settings
from chronik.service.stage import Outcome, analyse_documents

if TYPE_CHECKING:
    from spacy.language import Language

Runner = Callable[[Iterable[list[Document]], Settings], Iterator[Outcome]]

IN_FLIGHT_PER_PROCESS = 2  # batches queued per worker: enough to keep it busy, few enough to bound memory

_worker_settings: Settings | None = None


def load_pipeline(settings: Settings) -> Language:
    """The analysis pipeline, imported on first use: with worker processes, the build's own process
    never loads spaCy and the models (about 100 MB it would hold beside the workers)."""
    from chronik.nlp.pipeline import load_pipeline as load

    return load(settings)


def _start_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    load_pipeline(settings)  # once per worker, before its first batch


def _work(documents: list[Document]) -> list[Outcome]:
    assert _worker_settings is not None, "worker not started"
    return analyse_documents(load_pipeline(_worker_settings), documents, _worker_settings)


def local_runner(batches: Iterable[list[Document]], settings: Settings) -> Iterator[Outcome]:
    """The stage in this process, or in `settings.nlp_processes` worker processes."""
    if settings.nlp_processes <= 1:
        for batch in batches:  # the pipeline loads with the first batch: none, no loading
            yield from analyse_documents(load_pipeline(settings), batch, settings)
        return
    yield from _in_processes(batches, settings)


def _in_processes(batches: Iterable[list[Document]], settings: Settings) -> Iterator[Outcome]:
    limit = IN_FLIGHT_PER_PROCESS * settings.nlp_processes
    pool = _pool(settings)
    pending: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()

    def next_done() -> list[Outcome]:
        """The oldest batch's outcomes. A worker that died (killed, out of memory) breaks the pool:
        the oldest batch is blamed and recorded as failed (a later build retries it), the rest go
        to a fresh pool."""
        nonlocal pool
        batch, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pool.shutdown(cancel_futures=True)
            pool = _pool(settings)
            for k, (waiting, _) in enumerate(pending):
                pending[k] = (waiting, pool.submit(_work, waiting))
            error = "BrokenProcessPool: a worker process died while analysing this batch"
            return [Outcome(d.id, error=error) for d in batch]

    try:
        for batch in batches:
            pending.append((batch, pool.submit(_work, batch)))
            while len(pending) >= limit:
                yield from next_done()
        while pending:
            yield from next_done()
    finally:
        pool.shutdown(cancel_futures=True)


def _pool(settings: Settings) -> ProcessPoolExecutor:
    # spawn: the workers start clean (no copy of this process's threads, locks or database).
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        settings.nlp_processes, context, initializer=_start_worker, initargs=(settings,)
    )
