"""Speaker attribution of `chronik.extract.quotes` on German Wikinews with gold quotations.

    python bench/quotes_wikinews.py [--split dev|train] [--limit N] [--errors N] [--rules-only]

A predicted quote is correct when its content overlaps a gold quote and its speaker overlaps that
gold quote's speaker. Precision counts predicted quotes that name a speaker; recall counts gold
quotes that have a speaker (a few gold quotes have none and cannot be attributed). Tune on train,
report dev. Corpus: ../shared/corpora/wikinews-quotes (Petersen-Frey and Biemann, 2024).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

from chronik.core.settings import Settings
from chronik.extract.quotes import Quote, extract_quotes
from chronik.nlp.pipeline import load_pipeline

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wikinews-quotes"

Spans = list[tuple[int, int]]


def _spans(part: dict) -> Spans:
    return [(s["charBegin"], s["charEnd"]) for s in part.get("spans", [])]


def _overlap(a: Spans, b: Spans) -> bool:
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def score_article(quotes: list[Quote], gold: list[dict]) -> tuple[int, int, int, int, list[str]]:
    """(correct predictions, predictions with speaker, recalled gold, gold with speaker, notes)."""
    pred = [
        (q, [(q.content.start, q.content.end)], [(q.speaker.start, q.speaker.end)])
        for q in quotes
        if q.speaker
    ]
    gold_rows = [(g, _spans(g["quote"]), _spans(g["speaker"])) for g in gold]
    correct = sum(any(_overlap(pq, gq) and _overlap(ps, gs) for _, gq, gs in gold_rows) for _, pq, ps in pred)
    with_speaker = [(g, gq, gs) for g, gq, gs in gold_rows if gs]
    recalled = sum(
        any(_overlap(pq, gq) and _overlap(ps, gs) for _, pq, ps in pred) for _, gq, gs in with_speaker
    )
    notes = []
    for g, gq, gs in with_speaker:
        if not any(_overlap(pq, gq) and _overlap(ps, gs) for _, pq, ps in pred):
            hit = next((q for q, pq, _ in pred if _overlap(pq, gq)), None)
            why = f"wrong speaker {hit.speaker.text!r}" if hit and hit.speaker else "missed"
            notes.append(
                f"FN {g['type']:<20} {why} | gold speaker {g['speaker']['text']!r} cue "
                f"{g['cue']['text']!r} | {g['quote']['text'][:90]!r}"
            )
    for q, pq, ps in pred:
        if not any(_overlap(pq, gq) and _overlap(ps, gs) for _, gq, gs in gold_rows):
            why = (
                "no gold quote" if not any(_overlap(pq, gq) for _, gq, _ in gold_rows) else "speaker differs"
            )
            notes.append(
                f"FP {q.kind:<20} {why} | speaker {q.speaker.text!r} cue "
                f"{q.cue.text if q.cue else None!r} | {q.content.text[:90]!r}"
            )
    return correct, len(pred), recalled, len(with_speaker), notes


def speaker_prf(totals: list[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 from summed `score_article` counts."""
    correct, predicted, recalled, gold = totals
    p = correct / predicted if predicted else 0.0
    r = recalled / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--errors", type=int, default=0, help="print N error notes")
    parser.add_argument("--rules-only", action="store_true", help="without the trained speaker ranker")
    args = parser.parse_args(argv)
    path = CORPUS / f"{args.split}.jsonl.gz"
    if not path.is_file():
        print(f"corpus not found: {path}", file=sys.stderr)
        return 2
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if args.limit:
        rows = rows[: args.limit]
    nlp = load_pipeline(Settings.load())
    began = time.perf_counter()
    totals = [0, 0, 0, 0]
    kinds: Counter[str] = Counter()
    notes: list[str] = []
    n_pred = n_gold = 0
    for row, doc in zip(rows, nlp.pipe(r["originalText"] for r in rows), strict=True):
        quotes = extract_quotes(doc, ranker=None if args.rules_only else "shipped")
        kinds.update(q.kind for q in quotes)
        n_pred += len(quotes)
        n_gold += len(row["annotations"])
        *counts, more = score_article(quotes, row["annotations"])
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        notes.extend(f"[{row['documentName'][:40]}] {n}" for n in more)
    seconds = time.perf_counter() - began
    correct, predicted, recalled, gold = totals
    p, r, f1 = speaker_prf(totals)
    for note in notes[: args.errors]:
        print(note)
    print(f"split={args.split} articles={len(rows)} seconds={seconds:.1f} kinds={dict(kinds)}")
    print(
        f"correct={correct}/{predicted} predicted-with-speaker, recalled={recalled}/{gold} gold-with-speaker"
    )
    print(
        f"speaker_p={p:.3f} speaker_r={r:.3f} speaker_f1={f1:.3f} quotes_pred={n_pred} quotes_gold={n_gold}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
