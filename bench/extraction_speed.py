"""Extraction alone: the first N 10kgnad articles analysed once, then only extraction timed.

Run: `python bench/extraction_speed.py [N] [--cache FILE] [--dump FILE] [--profile] [--repeat K]`.
Reads and cleans the articles as a build does (`read_sources`, `prepare_document`), analyses them in
windows (`text_windows`) in this process, then times `extract_windows` on every document (best of
`--repeat` rounds). `--cache` keeps the analysed windows in a DocBin, so a second run skips the
analysis; `--dump` writes every extraction as one json line per document (to compare two trees'
output byte for byte); `--profile` prints cProfile's leaders. After loading, the garbage collector
is set as in the build's workers (`settle_loaded`). Extraction writes its repaired entity spans back
into each Doc, so rounds after the first (`--repeat`) read the repaired Docs: compare dumps made with
the same `--repeat`. Last line:
`docs=… extract_s=… ms_per_doc=… cpu_ms_per_doc=…`. The machine may be shared: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import pstats
import sys
import time
from pathlib import Path

from spacy.tokens import Doc, DocBin

from build_throughput import CORPUS  # bench/, beside this script
from chronik.core.memory import settle_loaded
from chronik.core.models import Document, SourceItem
from chronik.core.settings import Settings
from chronik.extract.document import extract_windows
from chronik.ingest.prepare import prepare_document
from chronik.ingest.sources import read_sources
from chronik.nlp.pipeline import load_pipeline
from chronik.nlp.windows import text_windows


def documents(limit: int, settings: Settings) -> list[Document]:
    out = []
    for item in read_sources([str(CORPUS)], settings):
        if isinstance(item, SourceItem):
            out.append(prepare_document(item, settings))
            if len(out) >= limit:
                break
    return out


def analysed(docs: list[Document], settings: Settings, cache: Path | None) -> list[list[tuple[int, Doc]]]:
    """Each document's windows, (start, Doc), from the cache when it holds them."""
    nlp = load_pipeline(settings)
    spans = [text_windows(d.text, settings.analysis_window_chars) for d in docs]
    if cache is not None and cache.is_file():
        flat = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    else:
        flat = list(
            nlp.pipe((d.text[s:e] for d, ws in zip(docs, spans, strict=True) for s, e in ws), batch_size=32)
        )
        if cache is not None:
            cache.write_bytes(DocBin(store_user_data=True, docs=flat).to_bytes())
    it = iter(flat)
    return [[(s, next(it)) for s, _ in ws] for ws in spans]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=300)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    settings = Settings.load()
    docs = documents(args.n, settings)
    windows = analysed(docs, settings, args.cache)
    extract_windows(docs[0], windows[0])  # lexicons load outside the clock
    settle_loaded()  # what is loaded leaves the collector's sight, as in the build's workers
    best, best_cpu = float("inf"), float("inf")
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        results = [extract_windows(d, w) for d, w in zip(docs, windows, strict=True)]
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for r in results:
                fh.write(
                    json.dumps(dataclasses.asdict(r), sort_keys=True, default=str, ensure_ascii=False) + "\n"
                )
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for d, w in zip(docs, windows, strict=True):
            extract_windows(d, w)
        prof.disable()
        for order, lines in (("tottime", 45), ("cumulative", 60)):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats(order).print_stats(lines)
            print(out.getvalue())
    print(
        f"docs={len(docs)} extract_s={best:.2f} ms_per_doc={best / len(docs) * 1000:.1f} "
        f"cpu_ms_per_doc={best_cpu / len(docs) * 1000:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
