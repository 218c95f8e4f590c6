"""Incremental build: the cost of adding 10 articles to a knowledge base of 877 against building
those 10 alone.

Run: `python bench/incremental.py [--processes 2]`. Builds the first 877 10kgnad articles, then adds
10 other articles (taken from the same corpus' articles, each with its paragraphs in reverse order,
so they are new documents about the same actors); also builds those 10 alone in a fresh knowledge
base. Last line: `full_s=… add10_s=… alone10_s=… ratio=…` (ratio = add10 / alone10). The machine
may be shared: figures vary between runs.
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

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "10kgnad" / "articles.csv.gz"


def timed_build(spec: Path, db: Path, processes: int) -> float:
    settings = Settings.load(db=str(db), nlp_processes=processes)
    with KnowledgeBase.open(db, settings=settings) as kb:
        started = time.perf_counter()
        report = build([str(spec)], kb, settings)
        seconds = time.perf_counter() - started
    print(
        f"{spec.name}: analysed {report.analysed}, up to date {report.up_to_date} in {seconds:.1f} s",
        flush=True,
    )
    return seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(io.StringIO(fh.read()), delimiter=";", quotechar="'"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ten = folder / "ten"
        ten.mkdir()
        for n, row in enumerate(rows[:10]):
            sentences = row["text"].split(". ")
            (ten / f"new{n}.txt").write_text(". ".join(reversed(sentences)), encoding="utf-8")
        full = timed_build(CORPUS, folder / "grown.db", args.processes)
        add10 = timed_build(ten, folder / "grown.db", args.processes)
        alone10 = timed_build(ten, folder / "alone.db", args.processes)
    print(f"full_s={full:.1f} add10_s={add10:.1f} alone10_s={alone10:.1f} ratio={add10 / alone10:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
