"""Assemble the shipped `chronik-de` pipeline from the trained parts and save it into the package.

    python training/assemble.py --joint training/output/joint/model-best

Order: news tokenizer → chronik_sentences (may split tokens, so before any tok2vec) → tok2vec (shared)
→ tagger → chronik_upos (STTS→UPOS from chronik/data/nlp/stts_upos.tsv) → trainable_lemmatizer → ner.
Without `--joint`, HanTa (`chronik_hanta`) tags and lemmatises and `--ner` gives the entity recogniser
(a pipeline with its own tok2vec).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

from chronik.nlp import upos
from chronik.nlp.pipeline import MODEL_DIR
from chronik.nlp.tokenizer import blank_german

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


def assemble(joint_dir: Path | None, ner_dir: Path | None, out: Path) -> None:
    nlp = blank_german()
    nlp.add_pipe("chronik_sentences")
    if joint_dir is not None:
        trained = spacy.load(joint_dir)
        nlp.add_pipe("tok2vec", source=trained)
        nlp.add_pipe("tagger", source=trained)
        nlp.add_pipe(upos.FACTORY)
        nlp.add_pipe("trainable_lemmatizer", source=trained)
        nlp.add_pipe("ner", source=trained)
    else:
        if ner_dir is None:
            raise SystemExit("give --joint, or --ner for a HanTa-based pipeline")
        nlp.add_pipe("chronik_hanta")
        recognised = spacy.load(ner_dir)
        nlp.add_pipe("ner_tok2vec", source=recognised)
        nlp.add_pipe("ner", source=recognised)
    nlp.meta.update(META)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"saved {nlp.pipe_names} to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--joint", type=Path, default=None)
    parser.add_argument("--ner", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    assemble(args.joint, args.ner, args.out)


if __name__ == "__main__":
    main()
