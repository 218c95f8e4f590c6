"""The Ray runner gives the knowledge base the local runner gives (Ray in local mode, on the
bundled examples; skipped where the `ray` extra is not installed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chronik.core.settings import Settings
from chronik.service.build import build
from chronik.store.kb import KnowledgeBase

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'chronik[ray]')")


def _knowledge(db: Path, settings: Settings, **options: Any) -> dict[str, Any]:
    with KnowledgeBase.open(db, settings=settings) as kb:
        report = build(
            [str(Path(__file__).resolve().parents[1] / "examples" / "seeds")], kb, settings, **options
        )
        assert report.failed == 0 and report.analysed == 5
        export = kb.export()
    return {
        "entities": sorted(export["entities"], key=lambda e: e["id"]),
        "events": sorted(export["events"], key=lambda e: e["id"]),
    }


@pytest.mark.slow
def test_ray_runner_gives_the_same_events_and_entities_as_the_local_runner(tmp_path: Path) -> None:
    from chronik.service.ray_runner import ray_runner

    settings = Settings.load(db=str(tmp_path / "local.db"), nlp_processes=1)
    local = _knowledge(tmp_path / "local.db", settings)
    on_ray = _knowledge(tmp_path / "ray.db", settings, runner=ray_runner(None))
    assert on_ray == local
    assert len(local["events"]) > 50
