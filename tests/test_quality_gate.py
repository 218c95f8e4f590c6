"""Quality gate: extraction on the bundled examples and the two development sets may not fall below
the floors pinned in `tests/quality_floors.json` (scored by the shared scorer, as users and CI do)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronik.core.settings import Settings
from chronik.service.build import build
from chronik.store.kb import KnowledgeBase
from conftest import SEEDS, SHARED

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))["seeds"]
FUSION_FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))[
    "seeds_fusion"
]
SCORER = SHARED / "eval" / "score.py"


def built_scores(sources: Path, gold: str, tmp: Path, raw: Path | None = None) -> dict:  # type: ignore[type-arg]
    """Build `sources` into a fresh knowledge base, export it and score it with the shared scorer."""
    db = tmp / "gate.db"
    with KnowledgeBase.open(str(db)) as kb:
        build([str(sources)], kb, Settings.load(db=str(db)))
        export = tmp / "export.json"
        export.write_text(json.dumps(kb.export(), ensure_ascii=False), encoding="utf-8")
    extra = ["--raw", str(raw)] if raw is not None else []
    done = subprocess.run(
        [sys.executable, str(SCORER), str(export), "--gold", str(SCORER.parent / gold), *extra, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def gate_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SCORER.is_file():
        pytest.skip("../shared/eval is not beside the checkout")
    return tmp_path_factory.mktemp("gate")


@pytest.fixture(scope="module")
def scores(gate_dir: Path) -> dict:  # type: ignore[type-arg]
    return built_scores(SEEDS, "seeds.gold.json", gate_dir)


@pytest.mark.parametrize("kind", ["gifts", "meetings", "visits", "invitations", "agreements"])
def test_event_f1_stays_above_its_floor(scores: dict, kind: str) -> None:  # type: ignore[type-arg]
    assert scores[kind]["f1"] >= FLOORS[f"{kind}_f1"], scores[kind]


def test_people_are_linked_and_never_merged_wrongly(scores: dict) -> None:  # type: ignore[type-arg]
    people = scores["people"]
    assert people["mention_coverage"] >= FLOORS["people_mention_coverage"], people["problems"]
    assert people["wrong_merges"] <= FLOORS["people_wrong_merges_max"], people["problems"]


def test_reports_of_one_event_across_articles_are_fused(scores: dict, gate_dir: Path) -> None:  # type: ignore[type-arg]
    # `scores` built and exported the seeds into gate_dir; the shared fusion scorer reads that export.
    done = subprocess.run(
        [sys.executable, str(SCORER.parent / "score_fusion.py"), str(gate_dir / "export.json"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    fusion = json.loads(done.stdout)
    assert fusion["pair_recall"] >= FUSION_FLOORS["pair_recall"], fusion
    assert fusion["clusters_complete"] >= FUSION_FLOORS["clusters_complete"], fusion
    assert fusion["wrong_merges"] <= FUSION_FLOORS["wrong_merges_max"], fusion


DEV_SETS = {
    "wikinews_dev": ("materialize_wikinews.py", "wikinews-events.gold.json"),
    "10kgnad_dev": ("materialize_10kgnad.py", "10kgnad-events.gold.json"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(DEV_SETS))
def test_development_sets_stay_above_their_floors(name: str, tmp_path: Path) -> None:
    """Articles nobody tuned on (written by the shared materialisers), scored by the shared scorer."""
    script, gold = DEV_SETS[name]
    if not (SCORER.parent / script).is_file():
        pytest.skip("../shared/eval is not beside the checkout")
    articles = tmp_path / "articles"
    subprocess.run(
        [sys.executable, str(SCORER.parent / script), str(SCORER.parent / gold), str(articles)],
        capture_output=True,
        check=True,
    )
    scores = built_scores(articles, gold, tmp_path, raw=articles)
    floors = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))[name]
    for key, floor in floors.items():
        assert scores[key] is not None and scores[key] >= floor, (key, scores[key])
