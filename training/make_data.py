"""Build the training data of `chronik-de` from `../shared/corpora` into `training/corpus/` (not committed).

    python training/make_data.py ner      GermEval 2014 *test* split → ner-train.spacy, ner-tune.spacy
    python training/make_data.py distil   HanTa over unlabelled news (10kgnad, Wikinews)
                                          → tagger-train/, tagger-tune.spacy
    python training/make_data.py senter   distilled news with 40% of sentence-final stops dropped → senter/
    python training/make_data.py parser   UD GSD dev + PUD + LIT dependency trees → parser/train, parser/tune
    python training/make_data.py all

Splits (documented in docs/MODEL_CARD.md): the NER model trains on GermEval's test split, with every
10th sentence of it held back for early stopping (`ner-tune`); GermEval's dev split is never read here:
`bench/nlp_quality.py` reports NER on it. UD German-GSD dev gold joins the tagger data; GSD test is never
read here, PUD test only by `parser` (below). `senter` (run after the pipeline is assembled) builds the data
for retraining the sentence recogniser alone: the distilled news with part of its final stops dropped,
rule-splitter starts kept, plus the GSD dev documents; its held-out part is the same change to
tagger-tune.spacy.
`parser` (the dependency parser experiment, training/configs/parser.cfg) trains on the trees of GSD dev,
PUD test and LIT test with every 20th sentence held back for early stopping; GSD test stays for measuring.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import shutil
import sys
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

from chronik.nlp.corpora import read_conllu, read_conllu_trees, read_germeval

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
OUT = ROOT / "training" / "corpus"
LABELS = ("PER", "LOC", "ORG", "OTH")
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "“", "'", "%"}
NO_SPACE_AFTER = {"(", "[", "„"}


def germeval_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Words and outer tags; deriv/part variants (adjectives, compounds) count as no entity."""
    for words, outer, _nested in read_germeval(path):
        yield words, [t if t == "O" or t[2:] in LABELS else "O" for t in outer]


def spaces_for(words: list[str]) -> list[bool]:
    """Plausible white space between tokens, so the text reads like news."""
    spaces = []
    for word, nxt in zip(words, [*words[1:], ""], strict=True):
        spaces.append(bool(nxt) and nxt not in NO_SPACE_BEFORE and word not in NO_SPACE_AFTER)
    return spaces


def germeval_doc(vocab: Vocab, words: list[str], tags: list[str]) -> Doc:
    """A Doc with gold entities from one GermEval sentence; every token is annotated (O or in a name)."""
    doc = Doc(vocab, words=words, spaces=spaces_for(words))
    # GermEval has stray I- tags after O; iob_to_biluo repairs them as starts of new names.
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def make_ner() -> None:
    vocab = Vocab()
    train, tune = DocBin(), DocBin()
    sentences = list(germeval_sentences(CORPORA / "germeval2014" / "NER-de-test.tsv.gz"))
    for i, (words, tags) in enumerate(sentences):
        (tune if i % 10 == 9 else train).add(germeval_doc(vocab, words, tags))
    train.to_disk(OUT / "ner-train.spacy")
    tune.to_disk(OUT / "ner-tune.spacy")
    print(f"ner: {len(train)} train, {len(tune)} tune sentences (GermEval test split)", file=sys.stderr)


def news_texts() -> Iterator[str]:
    """Unlabelled German news: 10kgnad articles and Wikinews `originalText`."""
    with gzip.open(CORPORA / "10kgnad" / "articles.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";", quotechar="'"):
            yield row["text"]
    for name in ("train.jsonl.gz", "dev.jsonl.gz"):
        with gzip.open(CORPORA / "wikinews-quotes" / name, "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)["originalText"]


def _distil_one(text: str) -> bytes:
    from chronik.nlp.pipeline import hanta_pipeline

    nlp = hanta_pipeline()
    doc = nlp(text)
    return DocBin(store_user_data=False, docs=[doc]).to_bytes()


def make_distil(processes: int) -> None:
    """HanTa's tags and lemmas over unlabelled news: the teacher's output the shipped tagger learns."""
    texts = list(news_texts())
    random.Random(7).shuffle(texts)
    merged = DocBin(store_user_data=False)
    with Pool(processes) as pool:
        for i, data in enumerate(pool.imap(_distil_one, texts, chunksize=8)):
            merged.merge(DocBin().from_bytes(data))
            if i % 200 == 0:
                print(f"distil: {i}/{len(texts)}", file=sys.stderr)
    docs = list(merged.get_docs(Vocab()))
    cut = len(docs) // 20  # 5% of articles held back to watch the student match its teacher
    # The tagger trains on every file in tagger-train/: the teacher's news and GSD dev gold.
    (OUT / "tagger-train").mkdir(exist_ok=True)
    DocBin(docs=docs[cut:]).to_disk(OUT / "tagger-train" / "news-hanta.spacy")
    DocBin(docs=docs[:cut]).to_disk(OUT / "tagger-tune.spacy")
    gsd = DocBin(docs=list(ud_docs(CORPORA / "ud-german" / "de_gsd-ud-dev.conllu.gz", Vocab())))
    gsd.to_disk(OUT / "tagger-train" / "gsd-dev.spacy")
    words = sum(len(d) for d in docs)
    print(f"distil: {len(docs)} articles, {words} tokens; gsd-dev {len(gsd)} sentences", file=sys.stderr)


# Copies per file in joint-train/: the small gold sets would drown in the teacher's 560k news tokens.
JOINT_COPIES = {
    "news-hanta.spacy": 1,
    "gsd-dev-docs.spacy": 4,
    "gsd-dev-docs-unpunctuated.spacy": 4,
    "ner-train.spacy": 4,
}
# Share of GSD dev sentences whose final stop the unpunctuated copy drops: the sentence recogniser has
# to learn starts that no punctuation announces, which the rules cannot find.
DROP_FINAL_STOP = 0.4


def upos_with_exceptions(path: Path) -> DocBin:
    """The Docs of `path` with UPOS set by `chronik_upos` from their STTS tags."""
    from chronik.nlp.tokenizer import blank_german
    from chronik.nlp.upos import UposFromStts

    nlp = blank_german()
    upos = UposFromStts(nlp)
    return DocBin(docs=[upos(doc) for doc in DocBin().from_disk(path).get_docs(nlp.vocab)])


def make_joint() -> None:
    """joint-train/ and joint-tune/ for one network shared by tagger, lemmatizer and NER.

    Each Doc carries only its own annotation (tags and lemmas, or entities); spaCy treats the rest as
    missing, so the shared tok2vec learns from both kinds of data.
    """
    gsd_dev = CORPORA / "ud-german" / "de_gsd-ud-dev.conllu.gz"
    DocBin(docs=list(ud_documents(gsd_dev, Vocab()))).to_disk(OUT / "gsd-dev-docs.spacy")
    unpunctuated = ud_documents(gsd_dev, Vocab(), seed=12, drop_final_stop=DROP_FINAL_STOP)
    DocBin(docs=list(unpunctuated)).to_disk(OUT / "gsd-dev-docs-unpunctuated.spacy")
    sources = {
        "news-hanta.spacy": OUT / "tagger-train" / "news-hanta.spacy",
        "gsd-dev-docs.spacy": OUT / "gsd-dev-docs.spacy",
        "gsd-dev-docs-unpunctuated.spacy": OUT / "gsd-dev-docs-unpunctuated.spacy",
        "ner-train.spacy": OUT / "ner-train.spacy",
    }
    for name in ("joint-train", "joint-tune"):
        shutil.rmtree(OUT / name, ignore_errors=True)
        (OUT / name).mkdir()
    # The teacher's UPOS is the bare table; the morphologizer learns the table with its word exceptions.
    news = upos_with_exceptions(sources["news-hanta.spacy"])
    news.to_disk(OUT / "news-hanta-upos.spacy")
    sources["news-hanta.spacy"] = OUT / "news-hanta-upos.spacy"
    for name, source in sources.items():
        for copy in range(JOINT_COPIES[name]):
            shutil.copyfile(source, OUT / "joint-train" / f"{copy}-{name}")
    upos_with_exceptions(OUT / "tagger-tune.spacy").to_disk(OUT / "joint-tune" / "tagger-tune.spacy")
    shutil.copyfile(OUT / "ner-tune.spacy", OUT / "joint-tune" / "ner-tune.spacy")
    print(f"joint: {sum(JOINT_COPIES.values())} training files", file=sys.stderr)


def ud_docs(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """Gold UD sentences as Docs with STTS tags (GSD's PAV as TIGER's PROAV), UPOS and lemmas."""
    for _text, rows in read_conllu(path):
        words = [r[1] for r in rows]
        spaces = ["SpaceAfter=No" not in r[9] for r in rows]
        doc = Doc(vocab, words=words, spaces=spaces)
        for token, r in zip(doc, rows, strict=True):
            token.tag_ = "PROAV" if r[4] == "PAV" else r[4]
            token.pos_ = r[3]
            token.lemma_ = r[2]
            token.is_sent_start = token.i == 0
        yield doc


def ud_documents(path: Path, vocab: Vocab, seed: int = 11, drop_final_stop: float = 0.0) -> Iterator[Doc]:
    """Gold UD sentences joined by a space into documents of 5–40 sentences, sentence starts marked.

    The sentence recogniser learns from these where a sentence starts without final punctuation
    before it (reviews, comments); tags and lemmas are those of `ud_docs`. With `drop_final_stop`,
    that share of sentences (not the last of a document) loses its final `$.` token.
    """
    sentences = list(ud_docs(path, vocab))
    rng = random.Random(seed)
    i = 0
    while i < len(sentences):
        group = sentences[i : i + rng.randint(5, 40)]
        i += len(group)
        group = [
            d[:-1].as_doc()
            if k < len(group) - 1 and len(d) > 1 and d[-1].tag_ == "$." and rng.random() < drop_final_stop
            else d
            for k, d in enumerate(group)
        ]
        words = [t.text for d in group for t in d]
        spaces = [bool(t.whitespace_) or t.i == len(d) - 1 for d in group for t in d]
        spaces[-1] = False
        joined = Doc(vocab, words=words, spaces=spaces)
        k = 0
        for d in group:
            for g in d:
                token = joined[k]
                token.tag_, token.pos_, token.lemma_ = g.tag_, g.pos_, g.lemma_
                token.is_sent_start = g.i == 0
                k += 1
        yield joined


# The sentence recogniser retrained alone (training/configs/senter.cfg) sees the news with this share of
# its sentence-final stops dropped: run-in headlines and unpunctuated lines, in quantity GSD dev lacks.
SENTER_DROP = 0.4
SENTER_GSD_COPIES = 4


def unpunctuated(doc: Doc, rng: random.Random, drop: float) -> Doc:
    """`doc` without a share `drop` of its sentence-final `$.` (never the last), sentence starts kept."""
    sents = list(doc.sents)
    words, spaces, tags, pos, lemmas, starts = [], [], [], [], [], []
    for k, sent in enumerate(sents):
        tokens = list(sent)
        cut = k < len(sents) - 1 and len(tokens) > 1 and tokens[-1].tag_ == "$." and rng.random() < drop
        if cut:
            tokens = tokens[:-1]
        for j, t in enumerate(tokens):
            words.append(t.text)
            spaces.append(bool(t.whitespace_) or (j == len(tokens) - 1 and cut))
            tags.append(t.tag_)
            pos.append(t.pos_ or None)
            lemmas.append(t.lemma_)
            starts.append(j == 0)
    spaces[-1] = bool(doc[-1].whitespace_)
    return Doc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, lemmas=lemmas, sent_starts=starts)


def make_senter() -> None:
    out = OUT / "senter"
    shutil.rmtree(out, ignore_errors=True)
    (out / "train").mkdir(parents=True)
    (out / "dev").mkdir()
    for src, dst, seed in (
        (OUT / "tagger-train" / "news-hanta.spacy", out / "train" / "news-unpunctuated.spacy", 21),
        (OUT / "tagger-tune.spacy", out / "dev" / "news-unpunctuated-tune.spacy", 22),
    ):
        rng = random.Random(seed)
        news = DocBin().from_disk(src).get_docs(Vocab())
        docs = [unpunctuated(d, rng, SENTER_DROP) for d in news if len(d)]
        DocBin(docs=docs, store_user_data=False).to_disk(dst)
    for name in ("gsd-dev-docs.spacy", "gsd-dev-docs-unpunctuated.spacy"):
        for copy in range(SENTER_GSD_COPIES):
            shutil.copyfile(OUT / name, out / "train" / f"{copy}-{name}")
    print(f"senter: news with {SENTER_DROP:.0%} of final stops dropped → {out}", file=sys.stderr)


# Dependency trees: every treebank here but GSD test, which `bench/parser_quality.py` measures on.
PARSER_TREEBANKS = ("de_gsd-ud-dev.conllu.gz", "de_pud-ud-test.conllu.gz", "de_lit-ud-test.conllu.gz")
PARSER_TUNE_EVERY = 20


def make_parser() -> None:
    """parser/train and parser/tune: one Doc per gold sentence with its tree (tags are the pipeline's)."""
    out = OUT / "parser"
    shutil.rmtree(out, ignore_errors=True)
    (out / "train").mkdir(parents=True)
    (out / "tune").mkdir()
    vocab = Vocab()
    train, tune = DocBin(), DocBin()
    for name in PARSER_TREEBANKS:
        trees = read_conllu_trees(CORPORA / "ud-german" / name)
        for i, (words, spaces, _tags, heads, deps) in enumerate(trees):
            doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps)
            (tune if i % PARSER_TUNE_EVERY == PARSER_TUNE_EVERY - 1 else train).add(doc)
    train.to_disk(out / "train" / "ud.spacy")
    tune.to_disk(out / "tune" / "ud.spacy")
    sources = ", ".join(PARSER_TREEBANKS)
    print(f"parser: {len(train)} train, {len(tune)} tune sentences ({sources})", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["ner", "distil", "joint", "senter", "parser", "all"])
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.what in ("ner", "all"):
        make_ner()
    if args.what in ("distil", "all"):
        make_distil(args.processes)
    if args.what in ("joint", "all"):
        make_joint()
    if args.what == "senter":
        make_senter()
    if args.what == "parser":
        make_parser()


if __name__ == "__main__":
    main()
