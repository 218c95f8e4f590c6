"""The reader's audit samples (bench/reader_audit.py): each judged file covers its rule's articles."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "reader_audit.py"


def load_audit():
    # the bench scripts import their siblings (shared_paths), as when run from bench/
    if str(BENCH.parent) not in sys.path:
        sys.path.insert(0, str(BENCH.parent))
    spec = importlib.util.spec_from_file_location("reader_audit", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


audit = load_audit()
needs_corpus = pytest.mark.skipif(not audit.CORPUS.exists(), reason="10kgnad corpus not present")


@needs_corpus
@pytest.mark.parametrize("number", sorted(audit.JUDGED))
def test_audit_judged_file_matches_its_sample(number, capsys):
    assert audit.report(audit.JUDGED[number], audit.CORPUS, audit.GOLD, number) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("articles=25 listed=")


@needs_corpus
def test_audit_other_sample_draws_only_on_the_other_labels_outside_the_gold_file():
    gold = set(json.loads(audit.GOLD.read_text(encoding="utf-8"))["docs"])
    other = audit.sample(audit.CORPUS, audit.GOLD, number=audit.OTHER)
    assert len(other) == audit.SAMPLE_SIZE
    assert {row["label"] for row in other} <= audit.OTHER_LABELS
    assert not {audit.doc_key(row["row"]) for row in other} & gold
    assert not audit.OTHER_LABELS & audit.LABELS and "Sport" not in audit.OTHER_LABELS


def test_audit_sample_numbers_map_to_labels_and_positions():
    assert audit.labels_and_position(4) == (audit.LABELS, 4)
    assert audit.labels_and_position(audit.OTHER) == (audit.OTHER_LABELS, 1)
    assert audit.labels_and_position(audit.OTHER + 1) == (audit.OTHER_LABELS, 2)
