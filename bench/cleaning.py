"""Cleaning throughput and edit rates on real clean news and on the scraped seed articles.

On clean text every edit beyond whitespace is suspect, so the rates printed there are
false-positive rates; `--show` prints each such edit with its context for inspection.
- 10kgnad: derStandard.at articles (one line each): word repairs.
- wikinews: German Wikinews articles (paragraphs), given their headline as first line: line rules,
  headline detection, word repairs.
- UD German and GermEval 2014 sentences, each taken as a paragraph: how many real sentences a line
  rule drops, and how many sentence-initial words a repair changes.

Run: .venv/bin/python bench/cleaning.py [--limit N] [--show RULE ...]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from chronik.ingest import lexicon
from chronik.ingest.clean import clean_text, load_rules, rule_names
from chronik.ingest.repairs import RULES as REPAIR_RULES
from chronik.ingest.whitespace import RULES as WHITESPACE_RULES

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
CORPUS = CORPORA / "10kgnad" / "articles.csv.gz"
WIKINEWS = [CORPORA / "wikinews-quotes" / f"{part}.jsonl.gz" for part in ("train", "dev")]
UD = sorted((CORPORA / "ud-german").glob("*.conllu.gz"))
GERMEVAL = sorted((CORPORA / "germeval2014").glob("*.tsv.gz"))
SEEDS = ROOT / "examples" / "seeds"
WORD = re.compile(r"[^\W\d_]+")


def gnad_articles(limit: int | None) -> Iterator[str]:
    csv.field_size_limit(sys.maxsize)
    with gzip.open(CORPUS, "rt", encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter=";", quotechar="'")
        next(rows)  # header: row;label;text
        for i, row in enumerate(rows):
            if limit is not None and i >= limit:
                return
            if len(row) >= 3:
                yield row[2]


def wikinews_articles(limit: int | None) -> Iterator[tuple[str, str]]:
    """(headline, headline + blank line + text) of each Wikinews article."""
    count = 0
    for path in WIKINEWS:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if limit is not None and count >= limit:
                    return
                obj = json.loads(line)
                # documentName: "<id> - <headline> (<date>)"
                headline = re.sub(r"^\d+ - | \([\d-]+\)$", "", obj["documentName"]).strip()
                count += 1
                yield headline, f"{headline}\n\n{obj['originalText']}"


def ud_sentences() -> Iterator[str]:
    for path in UD:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("# text = "):
                    yield line[len("# text = ") :].strip()


def germeval_sentences() -> Iterator[str]:
    """GermEval sentences, tokens joined by spaces (the corpus keeps no original spacing)."""
    for path in GERMEVAL:
        tokens: list[str] = []
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#"):
                    continue
                if line.strip():
                    tokens.append(line.split("\t")[1])
                elif tokens:
                    yield " ".join(tokens)
                    tokens = []


def measure(name: str, texts: list[str], show: set[str], headlines: list[str] | None = None) -> None:
    rules: Counter[str] = Counter()
    chars = words = 0
    elapsed = 0.0
    shown: list[str] = []
    titles_right = 0
    for k, raw in enumerate(texts):
        start = time.perf_counter()
        cleaned = clean_text(raw)
        elapsed += time.perf_counter() - start
        if headlines is not None:
            titles_right += cleaned.title == headlines[k]
        chars += len(raw)
        words += len(WORD.findall(raw))
        for edit in cleaned.edits:
            rules[edit.rule] += 1
            if edit.rule in show:
                before = raw[max(0, edit.start - 30) : edit.start].replace("\n", "⏎")
                after = raw[edit.end : edit.end + 30].replace("\n", "⏎")
                change = f"[{raw[edit.start : edit.end]}→{edit.replacement}]".replace("\n", "⏎")
                shown.append(f"  {edit.rule:22} …{before}{change}{after}…")
    n = len(texts)
    repairs = sum(rules[r] for r in REPAIR_RULES)
    print(f"\n== {name}: {n} documents, {chars:,} characters, {words:,} words")
    print(f"   {chars / elapsed:,.0f} chars/s ({elapsed:.2f} s, {1000 * elapsed / n:.1f} ms/document)")
    print(f"   {sum(rules.values()) / n:.2f} edits/document, of which repairs {repairs / n:.3f}/document")
    print(
        f"   repairs per 1,000 words: {1000 * repairs / words:.3f}; glued_words per 1,000 words: "
        f"{1000 * rules['glued_words'] / words:.3f}"
    )
    if headlines is not None:
        print(f"   headline found as title: {titles_right}/{n}")
    for rule, count in rules.most_common():
        print(f"   {rule:24} {count:6}  ({count / n:.3f}/document)")
    if shown:
        print("\n".join(shown))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N 10kgnad articles")
    parser.add_argument(
        "--show", nargs="*", default=[], help="print every edit of these rules ('repairs', 'all': groups)"
    )
    args = parser.parse_args()
    show = set(args.show)
    if "repairs" in show:
        show |= set(REPAIR_RULES)

    if "all" in show:
        show |= {r for r in rule_names() if r not in WHITESPACE_RULES}

    start = time.perf_counter()
    load_rules()
    lexicon.preload()
    print(f"rules and word tables loaded in {time.perf_counter() - start:.2f} s (once per process)")
    if CORPUS.is_file():
        measure("10kgnad", list(gnad_articles(args.limit)), show)
    else:
        print(f"{CORPUS} not found; skipping 10kgnad")
    if all(path.is_file() for path in WIKINEWS):
        pairs = list(wikinews_articles(args.limit))
        measure("wikinews", [text for _, text in pairs], show, headlines=[h for h, _ in pairs])
        bodies = [text[len(headline) + 2 :] for headline, text in pairs]
        titled = sum(clean_text(body).title is not None for body in bodies)
        print(f"   without the headline line, a title is still found in {titled}/{len(bodies)} articles")
    sentences = [*ud_sentences(), *germeval_sentences()]
    if sentences:
        doc = "\n\n".join(sentences)
        cleaned = clean_text(doc)
        quiet = set(WHITESPACE_RULES)
        noted = [e for e in cleaned.edits if e.rule not in quiet]
        print(f"\n== UD German + GermEval: {len(sentences)} sentences as paragraphs: {len(noted)} edits")
        for edit in noted:
            print(f"  {edit.rule:22} {doc[max(0, edit.start - 30) : edit.end + 50]!r}")
    measure("seeds", [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))], show)


if __name__ == "__main__":
    main()
