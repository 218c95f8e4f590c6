"""Assemble the shipped `chronik-de` pipeline from the trained parts and save it into the package.

    python training/assemble.py --joint training/output/joint/model-best

Order: news tokenizer → chronik_sentences (may split tokens, so before any tok2vec) → tok2vec (shared)
→ tagger → morphologizer (UPOS; without one in the trained pipeline, chronik_upos maps STTS→UPOS by
chronik/data/nlp/stts_upos.tsv) → trainable_lemmatizer → chronik_lemmas (lemmas of known forms
from a table) → ner → chronik_senter (adds sentence starts the rules missed).
`--parser DIR` adds a dependency parser trained by training/configs/parser.cfg (it reads the shared
tok2vec, frozen in its training) right after chronik_senter, so the sentence starts it must respect are
set; `--base DIR --parser DIR` adds it to an already assembled pipeline (e.g. the shipped one).
Without `--joint`, HanTa (`chronik_hanta`) tags and lemmatises and `--ner` gives the entity recogniser
(a pipeline with its own tok2vec).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from chronik.nlp import lemmas, senter, upos
from chronik.nlp.pipeline import MODEL_DIR
from chronik.nlp.tokenizer import blank_german

# HanTa's news annotations and GSD dev gold (training/make_data.py): the source of the lemma table.
LEMMA_DATA = Path(__file__).resolve().parent / "corpus" / "tagger-train"

META = {
    "name": "chronik_de",
    "version": "0.1.0",
    "description": (
        "German news analysis for Chronik: rule sentences; one shared network for an STTS tagger and "
        "edit-tree lemmatizer distilled from HanTa (plus UD GSD dev gold) and NER (PER/LOC/ORG/OTH) "
        "trained on GermEval 2014; UPOS from STTS."
    ),
    "author": "Chronik project",
    "license": "CC BY 4.0 (NER weights derived from GermEval 2014); see docs/MODEL_CARD.md",
    "sources": [
        {
            "name": "GermEval 2014 NER (test split)",
            "license": "CC BY 4.0",
            "author": "Benikova, Biemann, Kisselew, Padó",
        },
        {"name": "UD German-GSD (dev split)", "license": "CC BY-SA 4.0"},
        {"name": "HanTa output over 10kgnad and German Wikinews text", "license": "CC BY-NC-SA 4.0 (text)"},
    ],
}


PARSER_COMPONENTS = ("parser_tok2vec", "parser")  # the first only in the own-network variant


def add_parser(nlp: spacy.Language, parser_dir: Path) -> None:
    """The trained parser (and its own tok2vec, if it has one) after chronik_senter."""
    trained = spacy.load(parser_dir)
    after = senter.FACTORY if senter.FACTORY in nlp.pipe_names else "tagger"
    for name in PARSER_COMPONENTS:
        if name in trained.pipe_names:
            nlp.add_pipe(name, source=trained, after=after)
            after = name


def save(nlp: spacy.Language, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)


def assemble(
    joint_dir: Path | None,
    ner_dir: Path | None,
    out: Path,
    lemma_data: Path = LEMMA_DATA,
    senter_dir: Path | None = None,
    parser_dir: Path | None = None,
) -> None:
    nlp = blank_german()
    nlp.add_pipe("chronik_sentences")
    if joint_dir is not None:
        trained = spacy.load(joint_dir)
        nlp.add_pipe("tok2vec", source=trained)
        nlp.add_pipe("tagger", source=trained)
        if "morphologizer" in trained.pipe_names:
            nlp.add_pipe("morphologizer", source=trained)  # UPOS learned (GSD dev gold + mapped news)
        else:
            nlp.add_pipe(upos.FACTORY)
        nlp.add_pipe("trainable_lemmatizer", source=trained)
        known = nlp.add_pipe(lemmas.FACTORY)
        known.table = lemmas.lemma_table(  # type: ignore[attr-defined]
            doc
            for path in sorted(lemma_data.glob("*.spacy"))
            for doc in DocBin().from_disk(path).get_docs(nlp.vocab)
        )
        if ner_dir is None:
            nlp.add_pipe("ner", source=trained)
        if senter.FACTORY in trained.pipe_names:
            nlp.add_pipe(senter.FACTORY, source=trained)
        if ner_dir is not None:
            # An entity recogniser with its own tok2vec instead of the joint one (slower); it comes
            # last so that the joint components' listeners stay linked to the shared tok2vec.
            recognised = spacy.load(ner_dir)
            nlp.add_pipe("ner_tok2vec", source=recognised)
            nlp.add_pipe("ner", source=recognised)
    else:
        if ner_dir is None:
            raise SystemExit("give --joint, or --ner for a HanTa-based pipeline")
        nlp.add_pipe("chronik_hanta")
        recognised = spacy.load(ner_dir)
        nlp.add_pipe("ner_tok2vec", source=recognised)
        nlp.add_pipe("ner", source=recognised)
    if parser_dir is not None:
        add_parser(nlp, parser_dir)
    nlp.meta.update(META)
    save(nlp, out)
    if senter_dir is not None:
        # The senter retrained alone on the frozen shipped network (training/configs/senter.cfg): only
        # its own weights differ, so its folder replaces the joint network's senter.
        shutil.rmtree(out / senter.FACTORY)
        shutil.copytree(senter_dir / senter.FACTORY, out / senter.FACTORY)
    print(f"saved {nlp.pipe_names} to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--joint", type=Path, default=None)
    parser.add_argument("--ner", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--lemma-data", type=Path, default=LEMMA_DATA, help="annotated .spacy files")
    parser.add_argument("--senter", type=Path, default=None, help="a pipeline whose chronik_senter to ship")
    parser.add_argument("--parser", type=Path, default=None, help="a trained dependency parser to add")
    parser.add_argument("--base", type=Path, default=None, help="an assembled pipeline to add --parser to")
    args = parser.parse_args()
    if args.base is not None:
        if args.parser is None:
            raise SystemExit("--base needs --parser")
        nlp = spacy.load(args.base)
        add_parser(nlp, args.parser)
        save(nlp, args.out)
        print(f"saved {nlp.pipe_names} to {args.out}")
        return
    assemble(args.joint, args.ner, args.out, args.lemma_data, args.senter, args.parser)


if __name__ == "__main__":
    main()
