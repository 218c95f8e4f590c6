#!/usr/bin/env bash
# Rebuild the shipped pipeline src/chronik/nlp/models/chronik-de/ from ../shared/corpora in one command:
#   bash training/train.sh
# About 80 minutes on 2 CPU cores (HanTa distillation ~15, NER ~20, joint training ~30, senter ~5,
# speaker ranker ~4). Intermediate data and models go to training/corpus/ and training/output/ (both git-ignored); only the assembled pipeline
# lands in the package.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
CODE=training/registrations.py

"$PY" training/make_data.py all --processes 2
"$PY" training/make_clusters.py
"$PY" -m spacy train training/configs/ner.cfg --output training/output/ner --code "$CODE"
"$PY" -m spacy train training/configs/joint.cfg --output training/output/joint --code "$CODE"
# The joint network's last state (its held-out tag, UPOS and lemma scores are its best; model-best
# favours its NER) with the separate NER, whose entities the event extractor is tuned on.
"$PY" training/assemble.py --joint training/output/joint/model-last --ner training/output/ner/model-best
# The sentence recogniser again, alone on the frozen assembled network, with news whose final stops are
# partly dropped (~4 minutes); its folder replaces the joint one.
"$PY" training/make_data.py senter
"$PY" -m spacy train training/configs/senter.cfg --output training/output/senter --code "$CODE"
"$PY" training/assemble.py --joint training/output/joint/model-last --ner training/output/ner/model-best \
    --senter training/output/senter/model-best
# Who-said-what: the speaker ranker reads the pipeline's output, so it is retrained last (~4 minutes).
"$PY" training/train_speaker_ranker.py
"$PY" bench/nlp_quality.py
"$PY" bench/quotes_wikinews.py
