"""Build throughput: the 877 10kgnad articles built in a fresh knowledge base, against analysis alone.

Run: `python bench/build_throughput.py [--processes 2] [--limit N]`. Builds the corpus (ingest,
analysis, extraction, fusion, storage) with `nlp_processes` workers, then times the analysis
pipeline alone (`nlp.pipe`, same number of processes) on the cleaned texts of the same documents.
Peak RSS is the sum over this process and its worker processes, sampled every 0.2 s. Last line:
`articles_per_s=… words_per_s=… nlp_only_articles_per_s=… ratio=… peak_rss_mb=…`
(ratio = build time / analysis-only time). The machine may be shared: figures vary between runs.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import sys
import tempfile
import time
from pathlib import Path

from chronik.core.settings import Settings
from chronik.service.build import build
from chronik.store.kb import KnowledgeBase
from rss import PeakRss  # bench/rss.py, beside this script
from shared_paths import SHARED  # bench/, beside this script

ROOT = Path(__file__).resolve().parents[1]
CORPUS = SHARED / "corpora" / "10kgnad" / "articles.csv.gz"


def limited_corpus(limit: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = list(csv.reader(io.StringIO(fh.read()), delimiter=";", quotechar="'"))
    out = folder / "articles.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";", quotechar="'").writerows(rows[: limit + 1])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        corpus = limited_corpus(args.limit, Path(tmp)) if args.limit else CORPUS
        settings = Settings.load(db=str(Path(tmp) / "kb.db"), nlp_processes=args.processes)
        with KnowledgeBase.open(settings.db, settings=settings) as kb, PeakRss() as peak:
            started = time.perf_counter()
            report = build([str(corpus)], kb, settings)
            build_s = time.perf_counter() - started
            texts = [d.text for d in kb.documents()]
        print(
            f"build: {report.analysed} analysed ({report.failed} failed) in {build_s:.1f} s; "
            f"{report.events} events; peak RSS {peak.mb:.0f} MB",
            flush=True,
        )
    # Imported only now: the build's own process does not load the pipeline (its workers do).
    from chronik.nlp.pipeline import load_pipeline

    nlp = load_pipeline(settings)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.nlp_batch_size, n_process=args.processes):
        pass
    nlp_s = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    print(f"analysis alone: {len(texts)} texts in {nlp_s:.1f} s")
    print(
        f"articles_per_s={len(texts) / build_s:.1f} words_per_s={words / build_s:.0f} "
        f"nlp_only_articles_per_s={len(texts) / nlp_s:.1f} ratio={build_s / nlp_s:.2f} "
        f"peak_rss_mb={peak.mb:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
