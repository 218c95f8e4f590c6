"""Dependency parsing quality on UD German-GSD test, which no parser here trained or was tuned on.

    python bench/parser_quality.py [--pipeline DIR] [--limit N] [--speed ROUNDS]

The pipeline (default: the configured backend, `chronik-de`) analyses each gold sentence's raw text
as it analyses news: its own tokens, tags and sentence starts. Predicted and gold tokens are aligned
by spaCy's `Example`, and spaCy's scorer reports attachment scores over the aligned tokens, without
punctuation (a gold token split or merged by the tokenizer counts as missed). Gold contractions
(`zum` = `zu dem`) are one token, as the news tokenizer keeps them (`chronik.nlp.corpora.read_conllu_trees`).
Besides UAS and LAS: precision, recall and F1 of the relations that decide roles (subject, passive
subject, object, indirect object, bare dative/prepositional argument `obl:arg`, oblique).
With `--speed`: the pipeline's throughput over the 877 10kgnad articles (white-space words per second,
`nlp.pipe`, one process) without and with the parser, alternating, best of ROUNDS runs each, by the
clock and by the process's CPU time (on a machine shared with other jobs the CPU figure is the steadier).
The last line is machine-readable: `uas=… las=… nsubj_f=… obj_f=… nsubj_pass_f=… obl_arg_f=… obl_f=…`
(with `--speed` also `cpu_words_per_s_without=… cpu_words_per_s_with=… words_per_s_without=… …`).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import time
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, Token
from spacy.training import Example

from chronik.core.settings import Settings
from chronik.nlp.corpora import read_conllu_trees
from chronik.nlp.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"

ROLE_LABELS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl")


def gold_docs(nlp: Language, path: Path, limit: int = 0) -> list[Doc]:
    docs = []
    for words, spaces, tags, heads, deps in read_conllu_trees(path):
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps))
        if limit and len(docs) >= limit:
            break
    return docs


def score(nlp: Language, gold: list[Doc]) -> dict:
    predicted = nlp.pipe((g.text for g in gold), batch_size=64)
    examples = [Example(p, g) for p, g in zip(predicted, gold, strict=True)]
    return Scorer.score_deps(examples, "dep", getter=label, head_attr="head", ignore_labels=("punct",))


def label(token: Token, attr: str) -> str:
    """The relation as a lower-case string, as spaCy's parser scorer reads it."""
    return token.vocab.strings.as_string(getattr(token, attr)).lower()


def news_texts() -> list[str]:
    with gzip.open(CORPORA / "10kgnad" / "articles.csv.gz", "rt", encoding="utf-8") as f:
        return [row["text"] for row in csv.DictReader(f, delimiter=";", quotechar="'")]


def words_per_s(nlp: Language, texts: list[str]) -> tuple[float, float]:
    """(words per second of CPU time, words per second by the clock) of one pass."""
    words = sum(len(t.split()) for t in texts)
    wall, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    return words / (time.process_time() - cpu), words / (time.perf_counter() - wall)


def speed(settings: Settings, rounds: int) -> dict[bool, tuple[float, float]]:
    """Best (CPU, clock) words/s without (False) and with (True) the parser."""
    texts = news_texts()
    pipelines = {parse: load_pipeline(replace(settings, dependency_parser=parse)) for parse in (False, True)}
    best = dict.fromkeys(pipelines, (0.0, 0.0))
    for _ in range(rounds):
        for parse, nlp in pipelines.items():
            cpu, wall = words_per_s(nlp, texts)
            print(f"parser={parse}: {cpu:.0f} words/s of CPU time, {wall:.0f} by the clock", flush=True)
            best[parse] = (max(best[parse][0], cpu), max(best[parse][1], wall))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pipeline", type=Path, default=None, help="an assembled pipeline directory")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--speed", type=int, default=0, metavar="ROUNDS", help="also measure throughput")
    args = parser.parse_args()
    settings = Settings.load(dependency_parser=True)
    if args.pipeline is not None:
        settings = replace(settings, nlp_backend=str(args.pipeline.resolve()))
    nlp = load_pipeline(settings)
    if "parser" not in nlp.pipe_names:
        raise SystemExit(f"no parser in {nlp.pipe_names}")
    gold = gold_docs(nlp, CORPORA / "ud-german" / "de_gsd-ud-test.conllu.gz", args.limit)
    scores = score(nlp, gold)
    per_type = scores["dep_las_per_type"]
    print(f"GSD test: {len(gold)} sentences, {sum(len(g) for g in gold)} tokens")
    print(f"UAS {scores['dep_uas']:.4f}  LAS {scores['dep_las']:.4f}  (punctuation not counted)")
    for label in ROLE_LABELS:
        s = per_type.get(label)
        if s:
            print(f"  {label:<11} P {s['p']:.3f}  R {s['r']:.3f}  F {s['f']:.3f}")
    f = {label: per_type.get(label, {}).get("f", 0.0) for label in ROLE_LABELS}
    line = (
        f"uas={scores['dep_uas']:.4f} las={scores['dep_las']:.4f} nsubj_f={f['nsubj']:.4f} "
        f"obj_f={f['obj']:.4f} nsubj_pass_f={f['nsubj:pass']:.4f} obl_arg_f={f['obl:arg']:.4f} "
        f"obl_f={f['obl']:.4f}"
    )
    if args.speed:
        best = speed(settings, args.speed)
        line += (
            f" cpu_words_per_s_without={best[False][0]:.0f} cpu_words_per_s_with={best[True][0]:.0f}"
            f" words_per_s_without={best[False][1]:.0f} words_per_s_with={best[True][1]:.0f}"
        )
    print(line)


if __name__ == "__main__":
    main()
