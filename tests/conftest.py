"""Shared fixtures: where the example articles and the shared corpora are."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from chronik.core.errors import NlpError
from chronik.core.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
# `../shared` beside the checkout, or beside the folder of git worktrees (a worktree at `../wt/BRANCH`),
# so that a worktree's test run reads the same corpora and gold files instead of skipping those tests.
SHARED = next(
    (p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()),
    ROOT.parent / "shared",
)
CORPORA = SHARED / "corpora"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def corpora_dir() -> Path:
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not beside the checkout")
    return CORPORA


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(db=str(tmp_path / "test.db"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The shipped analysis pipeline, loaded once for the whole run."""
    from chronik.nlp.pipeline import load_pipeline

    try:
        return load_pipeline(Settings.load())
    except NlpError as err:
        pytest.skip(f"analysis pipeline unavailable: {err}")
