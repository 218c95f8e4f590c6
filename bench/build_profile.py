"""Where a build's time goes: the 877 10kgnad articles built in a fresh knowledge base, each step timed.

Run: `python bench/build_profile.py [--processes 2] [--limit N] [--export FILE]`. Times, in the
build's own process, ingest (reading, cleaning, language, near-duplicate signature, storing), the
storing of each outcome, entity fusion with the writing of every contribution, and event fusion;
sums the extraction time the workers report per document; and counts the bytes of the outcomes
that come back from the workers (pickled, as the process pool sends them). CPU time is read from
the kernel: `main_cpu_s` for the build's process, `workers_cpu_s` for its worker processes (counted
once they have ended). With --export, writes the json export of the build (to compare two builds
byte for byte). `main_gc_s` is the time the build's process spent collecting garbage. Last line: `wall_s=…
main_cpu_s=… workers_cpu_s=… ingest_s=… record_s=… fuse_s=… events_s=… extract_s=… main_gc_s=…
outcome_kb=…`. The machine may be shared: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import chronik.service.build as build_module
from build_throughput import CORPUS, limited_corpus  # bench/, beside this script
from chronik.core.settings import Settings
from chronik.service.stage import Outcome
from chronik.store.export import write_json
from chronik.store.kb import KnowledgeBase

SPENT: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, adding the wall time of each call to SPENT[name]."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - started

    return wrapper


def measured_runner(runner: Callable[..., Iterator[Outcome]]) -> Callable[..., Iterator[Outcome]]:
    """`runner`, counting the outcomes' pickled bytes and the extraction seconds they report."""

    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Outcome]:
        for outcome in runner(*args, **kwargs):
            SPENT["outcome_bytes"] += len(pickle.dumps(outcome))
            SPENT["extract"] += outcome.seconds
            yield outcome

    return wrapper


def gc_clock(phase: str, info: dict[str, int]) -> None:
    """A `gc.callbacks` entry: adds the time of each collection in this process to SPENT["gc"]."""
    if phase == "start":
        SPENT["gc_started"] = time.perf_counter()
    else:
        SPENT["gc"] += time.perf_counter() - SPENT["gc_started"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--export", default=None, help="write the json export here")
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    # Ingest is what `work_ahead` does (the runner calls it while the workers are busy).
    build_module._Todo.work_ahead = timed("ingest", build_module._Todo.work_ahead)  # type: ignore[method-assign]
    KnowledgeBase.record_analysis = timed("record", KnowledgeBase.record_analysis)  # type: ignore[method-assign]
    build_module.fuse_stored_events = timed("events", build_module.fuse_stored_events)
    build_module.fuse_and_store = timed("fuse", build_module.fuse_and_store)
    runner = measured_runner(build_module.local_runner)
    gc.callbacks.append(gc_clock)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = limited_corpus(args.limit, Path(tmp)) if args.limit else CORPUS
        settings = Settings.load(db=str(Path(tmp) / "kb.db"), nlp_processes=args.processes)
        with KnowledgeBase.open(settings.db, settings=settings) as kb:
            started = time.perf_counter()
            report = build_module.build([str(corpus)], kb, settings, runner=runner)
            wall = time.perf_counter() - started
            gc.callbacks.remove(gc_clock)
            main_cpu = resource.getrusage(resource.RUSAGE_SELF)
            workers_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
            if args.export:
                with open(args.export, "w", encoding="utf-8") as fh:
                    write_json(kb.export(), fh)
    # fuse_and_store calls fuse_stored_events: report entity fusion and storing without it.
    fuse = SPENT["fuse"] - SPENT["events"]
    print(f"build: {report.analysed} analysed ({report.failed} failed), {report.events} events")
    print(
        f"wall_s={wall:.1f} main_cpu_s={main_cpu.ru_utime + main_cpu.ru_stime:.1f} "
        f"workers_cpu_s={workers_cpu.ru_utime + workers_cpu.ru_stime:.1f} ingest_s={SPENT['ingest']:.1f} "
        f"record_s={SPENT['record']:.1f} fuse_s={fuse:.1f} events_s={SPENT['events']:.1f} "
        f"extract_s={SPENT['extract']:.1f} main_gc_s={SPENT['gc']:.1f} "
        f"outcome_kb={SPENT['outcome_bytes'] / 1024:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
