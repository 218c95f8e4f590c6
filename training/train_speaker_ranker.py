"""Train the speaker ranker of `chronik.extract.quotes` on the Wikinews quotation corpus (train split).

    python training/train_speaker_ranker.py            # writes src/chronik/data/extract/speaker_ranker.json

Every candidate phrase of every sentence (`quotes.speaker_candidates`) is an example: positive when it
overlaps the gold speaker of a gold quote in that sentence. A logistic model (L2, full-batch Adam)
learns their weights. The acceptance threshold and the margin by which it may override a speaker the
rules chose are chosen together by five-fold cross-validation on the train articles: each fifth is
scored (who-said-what counts of `bench/quotes_wikinews.py`) with a model trained on the other four,
the counts are pooled, and the pair with the best pooled F1 wins (one fifth alone, ~140 articles, left
neighbouring thresholds within 0.001 of each other). The shipped weights are then trained on all train
articles. Wikinews dev is never read here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from chronik.core.settings import Settings
from chronik.extract.quotes import extract_quotes, speaker_candidates
from chronik.extract.speaker_ranker import SpeakerModel, conjoined
from chronik.nlp.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from quotes_wikinews import score_article, speaker_prf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-quotes" / "train.jsonl.gz"
OUT = ROOT / "src" / "chronik" / "data" / "extract" / "speaker_ranker.json"
THRESHOLDS = (-2.0, -1.75, -1.5, -1.25, -1.0)
MARGINS = (1.0, 2.0, math.inf)
FOLDS = 5
L2 = 1e-3
STEPS = 400
MIN_WEIGHT = 1e-3  # smaller weights are left out of the file
# Phrase features conjoined with each verb of the sentence spoken (`speaker_ranker.conjoined`): where
# a phrase stands and what it is, against what the sentence does (`werten`, `fordern`, `bezeichnen`).
VERB_CROSSED = frozenset(
    {
        "speaker_like|d0",
        "speaker_like|d1",
        "speaker_like|d2",
        "clause_initial|d0",
        "sentence_initial|d0",
        "tag=PPER|d0",
        "tag=PPER|d1",
        "ent=PER|d0",
        "ent=PER|d1",
        "ent=ORG|d0",
        "case=Nom|d0",
        "before_finite|d0",
        "after_finite|d0",
        "rule_speaker",
        "clause_speech_verb|d0",
        "is_rule_speaker_there|d1",
    }
)


def _spans(part: dict) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in part.get("spans", [])]


def examples(doc, annotations: list[dict]) -> list[tuple[list[str], int]]:
    """(features, label) for every candidate speaker of every sentence of one article."""
    gold = [(_spans(g["quote"]), _spans(g["speaker"])) for g in annotations]
    sents, rows, _covered = speaker_candidates(doc)
    out = []
    for sent, row in zip(sents, rows, strict=True):
        speakers = [
            s
            for quote, spk in gold
            if any(a < sent.end_char and sent.start_char < b for a, b in quote)
            for s in spk
        ]
        for span, features in row:
            label = int(any(span.start < b and a < span.end for a, b in speakers))
            out.append((conjoined(features, VERB_CROSSED), label))
    return out


def fit(data: list[tuple[list[str], int]]) -> SpeakerModel:
    vocab: dict[str, int] = {}
    indices = [[vocab.setdefault(f, len(vocab)) for f in features] for features, _ in data]
    matrix = sp.csr_matrix(
        (
            np.ones(sum(map(len, indices))),
            [i for row in indices for i in row],
            np.cumsum([0] + [len(r) for r in indices]),
        ),
        shape=(len(data), len(vocab)),
    )
    y = np.array([label for _, label in data], dtype=float)
    w, b = np.zeros(len(vocab)), 0.0
    m, v, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for t in range(1, STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-(matrix @ w + b)))
        g, gb = matrix.T @ (p - y) / len(y) + L2 * w, float((p - y).mean())
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        b -= 0.05 * (mb / (1 - 0.9**t)) / (np.sqrt(vb / (1 - 0.999**t)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= MIN_WEIGHT}
    return SpeakerModel(weights, round(b, 4), 0.0, VERB_CROSSED)


def counts(docs: list, rows: list[dict], model: SpeakerModel | None) -> list[int]:
    """Summed `score_article` counts (correct, predicted, recalled, gold) over some articles."""
    totals = [0, 0, 0, 0]
    for doc, row in zip(docs, rows, strict=True):
        *found, _notes = score_article(extract_quotes(doc, model), row["annotations"])
        totals = [t + c for t, c in zip(totals, found, strict=True)]
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    nlp = load_pipeline(Settings.load())
    docs = list(nlp.pipe(r["originalText"] for r in rows))
    data = [examples(doc, row["annotations"]) for doc, row in zip(docs, rows, strict=True)]
    grid = [(t, m) for t in THRESHOLDS for m in MARGINS]
    pooled = {pair: [0, 0, 0, 0] for pair in [*grid, None]}
    for fold in range(FOLDS):
        held = [i for i in range(len(rows)) if i % FOLDS == fold]
        fitted = fit([e for i, ex in enumerate(data) if i % FOLDS != fold for e in ex])
        hdocs, hrows = [docs[i] for i in held], [rows[i] for i in held]
        for pair in pooled:
            model = (
                None
                if pair is None
                else SpeakerModel(fitted.weights, fitted.bias, pair[0], VERB_CROSSED, pair[1])
            )
            pooled[pair] = [a + b for a, b in zip(pooled[pair], counts(hdocs, hrows, model), strict=True)]
    p, r, score = speaker_prf(pooled[None])
    print(f"{FOLDS}-fold pooled, rules only: f1={score:.4f} p={p:.3f} r={r:.3f}", file=sys.stderr)
    for pair in grid:
        p, r, score = speaker_prf(pooled[pair])
        print(
            f"threshold={pair[0]:+.2f} margin={pair[1]:.1f} f1={score:.4f} p={p:.3f} r={r:.3f}",
            file=sys.stderr,
        )
    threshold, margin = max(grid, key=lambda pair: (speaker_prf(pooled[pair])[2], pair))
    final = fit([e for ex in data for e in ex])
    model = SpeakerModel(final.weights, final.bias, threshold, VERB_CROSSED, margin)
    args.output.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(
        f"threshold {threshold:+.2f}, margin {model.margin}; {len(model.weights)} weights → {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
