"""Where Ray pays off: the first N 10kgnad articles built with the local runner and with the Ray
runner (local Ray, started by the build), the same number of workers.

Run: `python bench/ray_break_even.py [--sizes 10,100,300] [--processes 2]` (needs the ray extra).
Last line: `n=…:local_s=…,ray_s=… …`. The machine may be shared: figures vary between runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from build_throughput import CORPUS, limited_corpus
from chronik.core.settings import Settings
from chronik.service.build import build
from chronik.service.ray_runner import ray_runner
from chronik.service.runners import Runner, local_runner
from chronik.store.kb import KnowledgeBase


def timed(corpus: Path, db: Path, processes: int, runner: Runner) -> float:
    settings = Settings.load(db=str(db), nlp_processes=processes)
    with KnowledgeBase.open(db, settings=settings) as kb:
        started = time.perf_counter()
        report = build([str(corpus)], kb, settings, runner=runner)
        assert report.failed == 0
        return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10,100,300")
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in (int(s) for s in args.sizes.split(",")):
            corpus = limited_corpus(n, folder / str(n))
            local_s = timed(corpus, folder / f"local{n}.db", args.processes, local_runner)
            ray_s = timed(corpus, folder / f"ray{n}.db", args.processes, ray_runner(None))
            print(f"{n} articles: local {local_s:.1f} s, ray {ray_s:.1f} s", flush=True)
            figures.append(f"n={n}:local_s={local_s:.1f},ray_s={ray_s:.1f}")
    print(" ".join(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
