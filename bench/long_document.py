"""Cost in an article's length: build one generated article of 25 KB, 50 KB, 100 KB and 1 MB each.

The articles are real 10kgnad news texts (`../shared/corpora/10kgnad`) strung together until the
size is reached, once with a line break between paragraphs and once as one long line. Each is built
alone in a fresh knowledge base; the time per 100 KB must stay within 2x that of the 25 KB article.

Run: `python bench/long_document.py [--sizes 25,50,100,1000] [--no-flat]`. Last line:
`s_per_100kb_max=… s_per_100kb_25kb=… ratio_max=… s_1mb=…`.
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


def news_texts() -> list[str]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = csv.DictReader(io.StringIO(fh.read()), delimiter=";", quotechar="'")
        return [row["text"].strip() for row in rows if row["text"].strip()]


def long_article(texts: list[str], size_bytes: int, line_breaks: bool) -> str:
    """Articles strung together up to `size_bytes` (UTF-8), paragraphs apart or on one line."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size_bytes:
        text = texts[i % len(texts)]
        parts.append(text)
        total += len(text.encode()) + 2
        i += 1
    return ("\n\n" if line_breaks else " ").join(parts) + "\n"


def timed(text: str, folder: Path, name: str) -> tuple[float, str]:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    db = folder / f"{name}.db"
    settings = Settings.load(db=str(db))
    with KnowledgeBase.open(db, settings=settings) as kb:
        started = time.perf_counter()
        report = build([str(path)], kb, settings)
        seconds = time.perf_counter() - started
    outcome = f"{report.analysed} analysed, {report.failed} failed, {report.events} events"
    return seconds, outcome


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="25,50,100,1000", help="sizes in KB, comma-separated")
    ap.add_argument("--no-flat", action="store_true", help="only the variant with line breaks")
    args = ap.parse_args()
    if not CORPUS.is_file():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    texts = news_texts()
    sizes = [int(s) for s in args.sizes.split(",")]
    per_100kb: dict[tuple[int, bool], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Loads the pipeline and data files (some only for texts with line breaks) outside the figures.
        timed(long_article(texts, 5_000, True), folder, "warm-up")
        for breaks in (True,) if args.no_flat else (True, False):
            for kb_size in sizes:
                text = long_article(texts, kb_size * 1000, breaks)
                name = f"{kb_size}kb_{'lines' if breaks else 'flat'}"
                seconds, outcome = timed(text, folder, name)
                per_100kb[(kb_size, breaks)] = seconds / (len(text.encode()) / 100_000)
                print(
                    f"{name:14} {len(text.encode()) / 1000:8.0f} KB {seconds:8.1f} s "
                    f"{per_100kb[(kb_size, breaks)]:6.2f} s/100KB  {outcome}",
                    flush=True,
                )
    base = min(per_100kb[(sizes[0], b)] for b in ((True,) if args.no_flat else (True, False)))
    worst = max(per_100kb.values())
    one_mb = [v * 10 for (size, _), v in per_100kb.items() if size == 1000]
    print(
        f"s_per_100kb_max={worst:.2f} s_per_100kb_25kb={base:.2f} ratio_max={worst / base:.2f} "
        f"s_1mb={max(one_mb) if one_mb else float('nan'):.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
