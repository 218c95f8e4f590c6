"""Runners: where the per-document stage (`stage.analyse_documents`) runs.

A runner takes batches of documents and yields one `Outcome` per document, in the order given,
whatever the batches' sizes; at most a few batches are in flight at once, so memory stays bounded
however many documents there are. The batches may be a stream that is still being produced (a
build's ingest): a runner asks for the next batch only when it has room for it, and starts its
workers before it asks for the first. `local_runner` runs the stage in this process
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

from chronik.core.memory import settle_loaded
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
    settle_loaded()


def _ready() -> None:
    """Nothing: submitted once per worker, so that every worker starts at once."""


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
    """The stage in `settings.nlp_processes` workers, each a pool of its own (so they can start one
    by one). While `batches` says it is producing in this process (`producing()`, a build's
    ingest), one worker fewer runs, and while the workers are busy `work_ahead()` produces more."""
    producing: Callable[[], bool] = getattr(batches, "producing", lambda: False)
    work_ahead: Callable[[], bool] = getattr(batches, "work_ahead", lambda: False)
    limit = IN_FLIGHT_PER_PROCESS * settings.nlp_processes
    pools: list[ProcessPoolExecutor] = []
    pending: deque[tuple[list[Document], int, Future[list[Outcome]]]] = deque()

    def start(workers: int) -> None:
        """Start workers up to `workers`; each loads the pipeline at once, not with its first batch."""
        while len(pools) < workers:
            pools.append(_pool(settings))
            pools[-1].submit(_ready)

    def submit(batch: list[Document]) -> None:
        """To the worker with the fewest batches; one more starts (up to one per core left free by
        the producer) when every running worker has one."""
        queued = [sum(1 for _, k, f in pending if k == w and not f.done()) for w in range(len(pools))]
        wanted = settings.nlp_processes - 1 if producing() else settings.nlp_processes
        if len(pools) < wanted and min(queued) > 0:
            start(len(pools) + 1)
            queued.append(0)
        worker = queued.index(min(queued))
        pending.append((batch, worker, pools[worker].submit(_work, batch)))

    def next_done() -> list[Outcome]:
        """The oldest batch's outcomes. A worker that died (killed, out of memory) breaks its pool:
        the batch it was analysing is recorded as failed (a later build retries it), the batches
        queued behind it go to a fresh worker."""
        batch, worker, future = pending.popleft()
        while not future.done() and work_ahead():
            pass
        try:
            return future.result()
        except BrokenProcessPool:
            pools[worker].shutdown(cancel_futures=True)
            pools[worker] = _pool(settings)
            for k, (waiting, other, _) in enumerate(pending):
                if other == worker:
                    pending[k] = (waiting, worker, pools[worker].submit(_work, waiting))
            error = "BrokenProcessPool: a worker process died while analysing this batch"
            return [Outcome(d.id, error=error) for d in batch]

    try:
        start(max(settings.nlp_processes - 1, 1) if producing() else settings.nlp_processes)
        for batch in batches:
            submit(batch)
            while len(pending) >= limit:
                yield from next_done()
        while pending:
            yield from next_done()
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)


def _pool(settings: Settings) -> ProcessPoolExecutor:
    """One worker process. spawn: it starts clean (no copy of this process's threads, locks or
    database)."""
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(1, context, initializer=_start_worker, initargs=(settings,))
