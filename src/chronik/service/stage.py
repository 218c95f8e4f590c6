"""The per-document stage every runner uses: a document in, its extraction or its error out.

`analyse_documents(nlp, documents, settings)` analyses a batch (long texts in windows, see
`chronik.nlp.windows`) and extracts each document. It never raises for one document: whatever goes
wrong in a document's analysis or extraction, or a run past `document_time_budget`, becomes that
document's `Outcome.error`, and the others go on. The local runner calls it in worker processes,
the Ray runner in Ray workers; both get the same outcomes.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING

from chronik.core.errors import DocumentTimeout
from chronik.core.models import Document, Extraction
from chronik.core.settings import Settings
from chronik.nlp.windows import text_windows
from chronik.store.rows import StoredExtraction, extraction_from_json, stored_extraction

if TYPE_CHECKING:  # the analysis is imported where it runs: a build's own process never needs it
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_CHARS_PER_DOCUMENT = 4_000  # a news article's length: nlp_batch_size of them make a batch


class Outcome:
    """What the stage made of one document: an extraction, or the error that stopped it.

    An outcome sent to another process (pickled) carries its extraction in the stored form only
    (`stored`: JSON and fusion keys, made in the worker): that is what the build writes, and a
    string crosses in a fraction of the time the extraction's objects take to pickle and unpickle.
    `extraction` reads it back on demand."""

    __slots__ = ("_extraction", "_stored", "document", "error", "seconds")

    def __init__(
        self,
        document: str,
        extraction: Extraction | None = None,
        error: str | None = None,
        seconds: float = 0.0,
        stored: StoredExtraction | None = None,
    ) -> None:
        self.document = document
        self.error = error
        self.seconds = seconds
        self._extraction = extraction
        self._stored = stored

    @property
    def extraction(self) -> Extraction | None:
        if self._extraction is None and self._stored is not None:
            self._extraction = extraction_from_json(self._stored.json)
        return self._extraction

    @property
    def stored(self) -> StoredExtraction | None:
        """The extraction as the knowledge base stores it (None: none)."""
        if self._stored is None and self._extraction is not None:
            self._stored = stored_extraction(self._extraction)
        return self._stored

    def __reduce__(self) -> tuple[type[Outcome], tuple[object, ...]]:
        return (Outcome, (self.document, None, self.error, self.seconds, self.stored))

    def __repr__(self) -> str:
        return f"Outcome({self.document!r}, error={self.error!r}, seconds={self.seconds:.3f})"


def describe_error(err: BaseException) -> str:
    """One line naming the exception and its message, as stored and shown for a failed document."""
    message = " ".join(str(err).split())[:300]
    return f"{type(err).__name__}: {message}" if message else type(err).__name__


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the block after `seconds` (0: no limit). The alarm needs the main
    thread of a process; elsewhere (threaded workers) the block runs without a limit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"took longer than the time budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_windows(document: Document, windows: Sequence[tuple[int, Doc]]) -> Extraction:
    """`chronik.extract.document.extract_windows`, imported on first use (see TYPE_CHECKING above)."""
    from chronik.extract.document import extract_windows as extract

    return extract(document, windows)


def analyse_document(
    nlp: Language, document: Document, settings: Settings, windows: Sequence[tuple[int, Doc]] | None = None
) -> Outcome:
    """One document's extraction, or its error; `windows` when a batch analysed it already."""
    started = time.perf_counter()
    try:
        with time_budget(settings.document_time_budget):
            if windows is None:
                spans = text_windows(document.text, settings.analysis_window_chars)
                windows = [(start, nlp(document.text[start:end])) for start, end in spans]
            extraction = extract_windows(document, windows)
            # The stored form is made here, not when the outcome is sent: a value that cannot be
            # stored fails this document, not the batch's return from its worker.
            stored = stored_extraction(extraction)
    except Exception as err:  # one article's failure must cost only itself
        return Outcome(document.id, error=describe_error(err), seconds=time.perf_counter() - started)
    return Outcome(document.id, extraction, seconds=time.perf_counter() - started, stored=stored)


def analyse_documents(nlp: Language, documents: Sequence[Document], settings: Settings) -> list[Outcome]:
    """Outcomes of a batch in its order. The windows of all documents are analysed together (the
    pipeline is faster on batches); if that fails, each document is analysed alone, so the error
    lands on the document that caused it."""
    pieces = [
        (n, start, end)
        for n, d in enumerate(documents)
        for start, end in text_windows(d.text, settings.analysis_window_chars)
    ]
    try:
        analysed = [
            doc
            for group in _by_size(pieces, settings.nlp_batch_size * BATCH_CHARS_PER_DOCUMENT)
            for doc in nlp.pipe((documents[n].text[s:e] for n, s, e in group), batch_size=len(group))
        ]
    except Exception:
        return [analyse_document(nlp, d, settings) for d in documents]
    windows: list[list[tuple[int, Doc]]] = [[] for _ in documents]
    for (n, start, _), doc in zip(pieces, analysed, strict=True):
        windows[n].append((start, doc))
    return [analyse_document(nlp, d, settings, w) for d, w in zip(documents, windows, strict=True)]


def _by_size(pieces: list[tuple[int, int, int]], limit: int) -> Iterator[list[tuple[int, int, int]]]:
    """Consecutive groups of (document, start, end) pieces of at most `limit` characters (or one
    piece): the pipeline's batches stay the size of a batch of news articles, however long one is."""
    group: list[tuple[int, int, int]] = []
    size = 0
    for piece in pieces:
        length = piece[2] - piece[1]
        if group and size + length > limit:
            yield group
            group, size = [], 0
        group.append(piece)
        size += length
    if group:
        yield group
