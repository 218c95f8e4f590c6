#!/usr/bin/env bash
# Rebuild the shipped pipeline src/chronik/nlp/models/chronik-de/ from ../shared/corpora in one command:
#   bash training/train.sh
# About 70 minutes on 2 CPU cores (HanTa distillation ~15, NER ~20, joint training ~30). Intermediate data and
# models go to training/corpus/ and training/output/ (both git-ignored); only the assembled pipeline
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
"$PY" bench/nlp_quality.py
