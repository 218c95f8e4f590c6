#!/usr/bin/env bash
# Rebuild the shipped pipeline src/chronik/nlp/models/chronik-de/ from ../shared/corpora in one command:
#   bash training/train.sh
# About 45 minutes on 2 CPU cores. Intermediate data and models go to training/corpus/ and
# training/output/ (both git-ignored); only the assembled pipeline lands in the package.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
CODE=training/registrations.py

"$PY" training/make_data.py all --processes 2
"$PY" training/make_clusters.py
"$PY" -m spacy train training/configs/ner.cfg --output training/output/ner --code "$CODE"
"$PY" -m spacy train training/configs/tagger.cfg --output training/output/tagger --code "$CODE"
"$PY" training/assemble.py --tagger training/output/tagger/model-best --ner training/output/ner/model-best
"$PY" bench/nlp_quality.py
