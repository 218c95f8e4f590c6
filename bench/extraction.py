"""Extraction quality and throughput: build the bundled examples, score them with the shared scorer.

Run: `python bench/extraction.py [--gold ../shared/eval/seeds.gold.json] [--corpus PATH]`.
Prints one line per event type, then as its last line
`gifts_f1=… meetings_f1=… visits_f1=… invitations_f1=… agreements_f1=… people_coverage=… docs_per_s=…`.
With --corpus, also times `build` on that input (e.g. the 10kgnad CSV) and prints events per type.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chronik.core.settings import Settings
from chronik.service.build import build
from chronik.store.export import write_json
from chronik.store.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]


def timed_build(specs: list[str], db: Path) -> tuple[KnowledgeBase, float, int]:
    settings = Settings.load(db=str(db))
    kb = KnowledgeBase.open(str(db))
    started = time.perf_counter()
    report = build(specs, kb, settings)
    return kb, time.perf_counter() - started, report.analysed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "eval" / "seeds.gold.json"))
    ap.add_argument("--examples", default=str(ROOT / "examples" / "seeds"))
    ap.add_argument("--corpus", default=None, help="a further input to time build on")
    args = ap.parse_args()
    gold = Path(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        kb, seconds, analysed = timed_build([args.examples], Path(tmp) / "seeds.db")
        export = Path(tmp) / "export.json"
        with export.open("w", encoding="utf-8") as fh:
            write_json(kb.export(), fh)
        kb.close()
        result = json.loads(
            subprocess.run(
                [sys.executable, str(gold.parent / "score.py"), str(export), "--gold", str(gold), "--json"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        kinds = ("gifts", "meetings", "visits", "invitations", "agreements")
        for kind in kinds:
            r = result[kind]
            print(f"{kind:12} P={r['precision']:.2f} R={r['recall']:.2f} F1={r['f1']:.2f}", end=" ")
            print(f"core_R={r['recall_core']}")
        people = result.get("people", {})
        print(f"people coverage={people.get('mention_coverage')} wrong_merges={people.get('wrong_merges')}")
        if args.corpus:
            kb2, secs2, n2 = timed_build([args.corpus], Path(tmp) / "corpus.db")
            counts = kb2.stats()
            kb2.close()
            by_type = json.dumps(counts.get("events_by_type", counts))
            print(f"corpus: {n2} documents in {secs2:.1f} s = {n2 / secs2:.1f} docs/s; {by_type}")
        print(
            " ".join(f"{k}_f1={result[k]['f1']}" for k in kinds)
            + f" people_coverage={people.get('mention_coverage')} docs_per_s={analysed / seconds:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
