"""Assemble the shipped `chronik-de` pipeline from the trained parts and save it into the package.

    python training/assemble.py --tagger training/output/tagger/model-best \
        --ner training/output/ner/model-best

Order: news tokenizer → chronik_sentences (may split tokens, so before any tok2vec) → tok2vec → tagger
→ attribute_ruler (STTS→UPOS from chronik/data/nlp/stts_upos.tsv) → trainable_lemmatizer → ner_tok2vec
→ ner. Without `--tagger`, HanTa (`chronik_hanta`) tags and lemmatises instead (slow, but accurate).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

from chronik.nlp.pipeline import MODEL_DIR
from chronik.nlp.teacher import stts_to_upos
from chronik.nlp.tokenizer import DATA_DIR, blank_german

META = {
    "name": "chronik_de",
    "version": "0.1.0",
    "description": (
        "German news analysis for Chronik: rule sentences, STTS tagger and edit-tree lemmatizer "
        "distilled from HanTa, UPOS from STTS, NER (PER/LOC/ORG/OTH) trained on GermEval 2014."
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


def upos_exceptions() -> list[tuple[str, list[str], str]]:
    """(STTS tag, lower-case words, UPOS) rows of chronik/data/nlp/upos_exceptions.tsv."""
    rows = []
    for line in (DATA_DIR / "upos_exceptions.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            tag, words, upos = line.split("\t")
            rows.append((tag, words.split(","), upos))
    return rows


def assemble(tagger_dir: Path | None, ner_dir: Path, out: Path) -> None:
    nlp = blank_german()
    nlp.add_pipe("chronik_sentences")
    if tagger_dir is not None:
        tagged = spacy.load(tagger_dir)
        nlp.add_pipe("tok2vec", source=tagged)
        nlp.add_pipe("tagger", source=tagged)
        ruler = nlp.add_pipe("attribute_ruler")
        tag_map = {tag: {"POS": upos} for tag, upos in stts_to_upos().items()}
        ruler.load_from_tag_map(tag_map)  # type: ignore[attr-defined]
        for tag, words, upos in upos_exceptions():
            pattern = [{"TAG": tag, "LOWER": {"IN": words}}]
            ruler.add(patterns=[pattern], attrs={"POS": upos})  # type: ignore[attr-defined]
        nlp.add_pipe("trainable_lemmatizer", source=tagged)
    else:
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
    parser.add_argument("--tagger", type=Path, default=None)
    parser.add_argument("--ner", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    assemble(args.tagger, args.ner, args.out)


if __name__ == "__main__":
    main()
