"""The Wikinews audit (bench/wikinews_audit.py): its figures recompute from the judged file, the file
covers the rule's articles, and a judged file that disagrees with itself is refused."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load_audit():
    # the bench scripts import their siblings (shared_paths), as when run from bench/
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("wikinews_audit", BENCH / "wikinews_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


audit = load_audit()
JUDGED = json.loads(audit.JUDGED.read_text(encoding="utf-8"))
needs_corpus = pytest.mark.skipif(
    not (audit.CORPUS.exists() and audit.DEV_GOLD.exists()), reason="wikinews-quotes corpus not present"
)


def test_audit_figures_in_the_readme_recompute_from_the_judged_file():
    readme = (BENCH / "README_wikinews_audit.md").read_text(encoding="utf-8")
    assert audit.line(audit.figures(JUDGED)) in readme
    assert audit.line(audit.figures(JUDGED, with_borderline=False)) in readme


def test_audit_sample_rule_orders_by_sha1_of_the_stem():
    stems = [f"wn-{n}" for n in range(1, 200)]
    chosen = audit.sample(stems, size=3)
    assert len(chosen) == 3 and set(chosen) <= set(stems)
    assert chosen == sorted(chosen, key=lambda s: audit.hashlib.sha1(s.encode()).hexdigest())
    assert all(
        audit.hashlib.sha1(c.encode()).hexdigest() <= audit.hashlib.sha1(s.encode()).hexdigest()
        for c in chosen for s in set(stems) - set(chosen)
    )


@needs_corpus
def test_audit_judged_file_covers_the_rules_articles(capsys):
    arts = audit.articles(audit.CORPUS, audit.DEV_GOLD)
    assert len(arts) == 640
    audit.check(JUDGED, arts)
    assert audit.report(JUDGED) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("articles=25 listed=")


@needs_corpus
def test_audit_refuses_a_listed_event_credited_to_a_wrong_event():
    arts = audit.articles(audit.CORPUS, audit.DEV_GOLD)
    bad = copy.deepcopy(JUDGED)
    wrong = next(e["event"] for e in bad["reported"] if e["verdict"] == "wrong")
    listed = next(e for a in bad["articles"] for e in a["listed"] if e.get("found_by"))
    listed["found_by"] = wrong
    with pytest.raises(SystemExit):
        audit.check(bad, arts)
