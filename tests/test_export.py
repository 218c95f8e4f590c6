"""The export has the shape of ../shared/eval/FORMAT.md: the real scorer reads it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronik.core.models import Entity, Event, Evidence, Mention, RoleFiller
from chronik.core.settings import Settings
from chronik.service.ingest_job import ingest
from chronik.store.export import write_json, write_jsonl
from chronik.store.kb import KnowledgeBase
from conftest import SHARED

SCORER = SHARED / "eval" / "score.py"


@pytest.fixture
def seeded(seeds_dir: Path, settings: Settings):
    with KnowledgeBase.open(settings.db, settings=settings) as kb:
        report = ingest([str(seeds_dir)], kb, settings)
        assert report.ingested == 5
        yield kb


def _span(raw: str, surface: str) -> tuple[int, int]:
    start = raw.index(surface)
    return start, start + len(surface)


def _store_first_gift(kb: KnowledgeBase) -> str:
    """Putin gives Kim a rifle, as article 000 reports, grounded in its raw text."""
    (doc,) = [d for d in kb.documents() if Path(d.source).name.startswith("000_")]
    raw = doc.raw
    spans = {
        s: _span(raw, s) for s in ("Präsident Wladimir Putin", "Kim Jong-un", "ein Gewehr höchster Qualität")
    }
    title = "Präsident Wladimir Putin"
    putin = Entity("e-putin", "person", "Wladimir Putin", ["Putin"], [Mention(doc.id, *spans[title], title)])
    kim = Entity(
        "e-kim", "person", "Kim Jong-un", [], [Mention(doc.id, *spans["Kim Jong-un"], "Kim Jong-un")]
    )
    sentence_end = raw.index("überreicht.") + len("überreicht.")
    trigger = _span(raw, "überreicht")
    gift = Event(
        id="v-gift",
        type="gift",
        roles={
            "giver": [
                RoleFiller("Präsident Wladimir Putin", *spans["Präsident Wladimir Putin"], entity="e-putin")
            ],
            "recipient": [RoleFiller("Kim Jong-un", *spans["Kim Jong-un"], entity="e-kim")],
            "item": [
                RoleFiller("ein Gewehr höchster Qualität", *spans["ein Gewehr höchster Qualität"], quantity=1)
            ],
        },
        time="XXXX-09-13",
        plover="PROVIDE_AID",
        evidence=[Evidence(doc.id, 0, sentence_end, raw[:sentence_end], *trigger, "überreicht", "AFP")],
    )
    kb.replace_extraction(doc.id, [putin, kim], [gift])
    return doc.id


def test_export_has_the_required_fields_and_raw_is_the_seed_text(
    seeded: KnowledgeBase, seeds_dir: Path
) -> None:
    doc_id = _store_first_gift(seeded)
    data = json.loads(json.dumps(seeded.export()))  # must survive JSON unchanged
    assert len(data["documents"]) == 5
    for d in data["documents"]:
        assert {"id", "source", "title", "language", "published", "raw", "text"} <= d.keys()
        assert d["raw"] == Path(d["source"]).read_text(encoding="utf-8")
        assert d["language"] == "de"
    (putin,) = [e for e in data["entities"] if e["id"] == "e-putin"]
    assert {"id", "type", "name", "aliases", "mentions"} <= putin.keys()
    raw = next(d["raw"] for d in data["documents"] if d["id"] == doc_id)
    for m in putin["mentions"]:
        assert raw[m["start"] : m["end"]] == m["text"]
    (gift,) = data["events"]
    assert {"id", "type", "modality", "time", "place", "roles", "evidence", "plover"} <= gift.keys()
    item = {"entity": None, "text": "ein Gewehr höchster Qualität", "quantity": 1}
    assert gift["roles"]["item"][0].items() >= item.items()
    assert gift["evidence"][0]["attributed_to"] == "AFP"
    ev = gift["evidence"][0]
    assert raw[ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval is not beside the checkout")
def test_the_scorer_reads_the_export(seeded: KnowledgeBase, tmp_path: Path) -> None:
    _store_first_gift(seeded)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        write_json(seeded.export(), out)
    done = subprocess.run(
        [sys.executable, str(SCORER), str(path), "--json"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert scores["documents_matched"] == 5
    assert scores["gifts"]["tp"] == 1  # the gift above, read through roles, entities and evidence
    assert scores["people"]["linked"] >= 1


def test_jsonl_has_one_document_per_line_with_near_duplicates(
    seeded: KnowledgeBase, settings: Settings
) -> None:
    out = io.StringIO()
    assert write_jsonl(seeded.iter_document_records(), out) == 5
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [d["id"] for d in lines] == [d["id"] for d in seeded.export()["documents"]]
    assert all(d["near_duplicates"] == [] for d in lines)
