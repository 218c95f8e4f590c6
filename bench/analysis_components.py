"""The analysis pipeline's components timed one by one on the first N 10kgnad articles.

Run: `python bench/analysis_components.py [N] [--only NAME,...] [--dump FILE] [--rounds K]`.
Reads and cleans the articles as a build does, cuts them into windows (`text_windows`) and runs
every window through the pipeline one component at a time, adding each component's CPU time
(`time.process_time`, the machine may be shared). With `--rounds K` the Chronik components (whose
name starts with `chronik_`) are run K times more on copies of the docs they first saw, and the
best round counts: the statistical components are too slow to repeat. `--only` names the components
to time again (all Chronik ones by default). `--dump` writes the analysed docs as DocBin bytes (with
user data), to compare two trees' analysis byte for byte. Last line: `docs=… NAME=ms …`, CPU ms per
article of each component.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc, DocBin

from chronik.core.settings import Settings
from chronik.nlp.pipeline import load_pipeline
from chronik.nlp.windows import text_windows
from extraction_speed import documents  # bench/, beside this script


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=100)
    ap.add_argument("--only", default="")
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    settings = Settings.load()
    nlp = load_pipeline(settings)
    docs = documents(args.n, settings)
    texts = [d.text[s:e] for d in docs for s, e in text_windows(d.text, settings.analysis_window_chars)]
    repeated = [name for name in nlp.pipe_names if name.startswith("chronik_")]
    if args.only:
        repeated = [name for name in args.only.split(",") if name in nlp.pipe_names]
    cpu: dict[str, float] = defaultdict(float)
    inputs: dict[str, list[Doc]] = defaultdict(list)  # copies of what each repeated component saw
    analysed = []
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name in repeated:
                inputs[name].append(doc.copy())
            start = time.process_time()
            doc = proc(doc)
            cpu[name] += time.process_time() - start
        analysed.append(doc)
    for name in repeated:
        proc = nlp.get_pipe(name)
        for _ in range(args.rounds):
            copies = [doc.copy() for doc in inputs[name]]
            start = time.process_time()
            for doc in copies:
                proc(doc)
            cpu[name] = min(cpu[name], time.process_time() - start)
    if args.dump is not None:
        args.dump.write_bytes(DocBin(store_user_data=True, docs=analysed).to_bytes())
    figures = " ".join(f"{name}={1000 * cpu[name] / len(docs):.2f}" for name in nlp.pipe_names)
    print(f"docs={len(docs)} windows={len(texts)} {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
