"""Quality and speed of the shipped German pipeline, measured on data it never trained or tuned on.

    python bench/nlp_quality.py [--backend chronik-de] [--limit-articles N]

- NER: strict outer spans on GermEval 2014 *dev* (the model trains on the test split), `deriv`/`part`
  labels mapped to O as in training; evaluated on the gold tokens.
- UPOS and lemma accuracy: UD German-GSD test (PUD test printed apart), on the gold words
  (`Doc(vocab, words=…)`, one gold sentence per Doc), so tokenisation errors do not count twice.
- Sentence F1: GSD test sentences joined by a space into raw text of 40 sentences each; a predicted
  boundary counts when its character offset equals a gold sentence start.
- Throughput: the whole pipeline over the 10kgnad articles with `nlp.pipe`, in white-space words/s.
The last line is machine-readable: `ner_f1=… ner_p=… ner_r=… upos_acc=… lemma_acc=… sent_f1=… words_per_s=…`.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from chronik.core.settings import Settings
from chronik.nlp.corpora import read_conllu, read_germeval
from chronik.nlp.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
LABELS = ("PER", "LOC", "ORG", "OTH")
# Components that build sentences from raw text; on gold tokens the gold sentence is used instead.
SENTENCE_COMPONENTS = {"chronik_sentences", "chronik_senter"}


def germeval_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Words and outer tags; deriv/part variants (adjectives, compounds) count as no entity."""
    for words, outer, _nested in read_germeval(path):
        yield words, [t if t == "O" or t[2:] in LABELS else "O" for t in outer]


def iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Strict spans from IOB tags; an I- without a matching open span starts a new one."""
    spans = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != label:
            if label:
                spans.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (-1, "")
    return spans


def annotate_gold_tokens(nlp: Language, words: list[str], spaces: list[bool] | None = None) -> Doc:
    """Run every component but the sentence splitter on a Doc of gold words (one sentence)."""
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for token in doc:
        token.is_sent_start = token.i == 0
    for name, component in nlp.pipeline:
        if name not in SENTENCE_COMPONENTS:
            doc = component(doc)
    return doc


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bench_ner(nlp: Language) -> tuple[float, float, float]:
    counts: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    for words, tags in germeval_sentences(CORPORA / "germeval2014" / "NER-de-dev.tsv.gz"):
        doc = annotate_gold_tokens(nlp, words)
        gold = iob_spans(tags)
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            counts[label].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    total: Counter[str] = Counter()
    for label in LABELS:
        c = counts[label]
        total.update(c)
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"ner {label}: p={p:.3f} r={r:.3f} f1={f:.3f} (gold {c['tp'] + c['fn']})")
    return prf(total["tp"], total["fp"], total["fn"])


def bench_tagging(nlp: Language, path: Path) -> tuple[float, float, float]:
    """(UPOS accuracy, lemma accuracy, case-insensitive lemma accuracy) on gold words."""
    n = upos = lemma = lemma_ci = 0
    for _text, rows in read_conllu(path):
        spaces = ["SpaceAfter=No" not in r[9] for r in rows]
        doc = annotate_gold_tokens(nlp, [r[1] for r in rows], spaces)
        for token, r in zip(doc, rows, strict=True):
            n += 1
            upos += token.pos_ == r[3]
            lemma += token.lemma_ == r[2]
            lemma_ci += token.lemma_.lower() == r[2].lower()
    return upos / n, lemma / n, lemma_ci / n


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def bench_sentences(nlp: Language, path: Path) -> tuple[float, float, float]:
    """Boundary P/R/F1 on raw text: gold boundaries are the starts of sentences 2…n of each chunk."""
    texts = [text for text, _rows in read_conllu(path)]
    tp = fp = fn = 0
    for group in chunks(texts, 40):
        raw = " ".join(group)
        gold, pos = set(), 0
        for text in group[:-1]:
            pos += len(text) + 1
            gold.add(pos)
        doc = nlp(raw)
        pred = set()
        for sent in list(doc.sents)[1:]:
            words = [t for t in sent if not t.is_space]
            if words:
                pred.add(words[0].idx)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return prf(tp, fp, fn)


def news_articles(limit: int | None) -> list[str]:
    with gzip.open(CORPORA / "10kgnad" / "articles.csv.gz", "rt", encoding="utf-8") as f:
        texts = [row["text"] for row in csv.DictReader(f, delimiter=";", quotechar="'")]
    return texts[:limit] if limit else texts


def bench_speed(nlp: Language, texts: Iterable[str], n_process: int) -> float:
    texts = list(texts)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    return words / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", default="chronik-de")
    parser.add_argument("--limit-articles", type=int, default=None)
    args = parser.parse_args()
    if not CORPORA.is_dir():
        sys.exit(f"{CORPORA} is missing")
    nlp = load_pipeline(Settings.load(nlp_backend=args.backend))
    print(f"pipeline: {args.backend} {nlp.pipe_names}")
    ner_p, ner_r, ner_f = bench_ner(nlp)
    print(f"ner (GermEval dev, strict outer spans): p={ner_p:.4f} r={ner_r:.4f} f1={ner_f:.4f}")
    ud = CORPORA / "ud-german"
    pud_upos, pud_lemma, pud_lemma_ci = bench_tagging(nlp, ud / "de_pud-ud-test.conllu.gz")
    print(f"PUD test: upos={pud_upos:.4f} lemma={pud_lemma:.4f} lemma_ci={pud_lemma_ci:.4f}")
    pud_sp, pud_sr, pud_sf = bench_sentences(nlp, ud / "de_pud-ud-test.conllu.gz")
    print(f"PUD test sentences: p={pud_sp:.4f} r={pud_sr:.4f} f1={pud_sf:.4f}")
    upos, lemma, lemma_ci = bench_tagging(nlp, ud / "de_gsd-ud-test.conllu.gz")
    print(f"GSD test: upos={upos:.4f} lemma={lemma:.4f} lemma_ci={lemma_ci:.4f}")
    sp, sr, sf = bench_sentences(nlp, ud / "de_gsd-ud-test.conllu.gz")
    print(f"GSD test sentences: p={sp:.4f} r={sr:.4f} f1={sf:.4f}")
    texts = news_articles(args.limit_articles)
    speeds = {n: bench_speed(nlp, texts, n) for n in (1, 2)}
    for n, speed in speeds.items():
        print(f"throughput n_process={n}: {speed:.0f} words/s over {len(texts)} articles")
    print(
        f"ner_f1={ner_f:.4f} ner_p={ner_p:.4f} ner_r={ner_r:.4f} upos_acc={upos:.4f} "
        f"lemma_acc={lemma:.4f} sent_f1={sf:.4f} words_per_s={max(speeds.values()):.0f}"
    )


if __name__ == "__main__":
    main()
