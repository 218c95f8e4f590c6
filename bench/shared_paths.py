"""Where `../shared` (corpora, gold files, scorers) lies for the bench scripts: beside the checkout, or
beside the folder of git worktrees (a worktree at `../wt/BRANCH`), so a worktree's run reads the same
files. (The tests read the same rule in tests/conftest.py.)"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), ROOT.parent / "shared")
