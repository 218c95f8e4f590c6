"""Migration 0005 (reports and events as two levels) keeps everything of a knowledge base built
before it, and the next build gives what a fresh build gives; ids do not change between builds."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from chronik.core.settings import Settings
from chronik.service.build import build, fuse_stored_events
from chronik.store.kb import KnowledgeBase
from chronik.store.migrate import available_migrations

ARTICLES = {
    "a.txt": "Die Ministerin Alma Berger traf am 13. Mai in Linz den Minister Bodo Falk. "
    "Berger schenkte Falk ein Buch.",
    "b.txt": "Bodo Falk und Alma Berger trafen sich am 13. Mai in Linz. Sie sprachen über Straßen.",
}
OLD = [m for m in available_migrations() if m.name < "0005"]
COPIED = ("documents", "entities", "entity_sources", "aliases", "mentions")


def _articles(tmp: Path) -> Path:
    folder = tmp / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _old_base(path: Path, fresh: Path) -> None:
    """A base in the schema before 0005, holding what `fresh` holds, one event per report."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    for m in OLD:
        conn.executescript(m.sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, '2026-01-01')", (m.name,))
    conn.execute("ATTACH DATABASE ? AS fresh", (str(fresh),))
    for table in COPIED:
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        names = ", ".join(f'"{c}"' for c in cols)
        source = ", ".join("NULL" if c == "run" else f'"{c}"' for c in cols)
        conn.execute(f"INSERT INTO main.{table}({names}) SELECT {source} FROM fresh.{table}")
    conn.execute(
        "INSERT INTO main.events SELECT id, type, modality, time, time_text, place_entity, place_text, "
        "place_document, place_start, place_end, plover, attributes FROM fresh.event_mentions"
    )
    conn.execute("INSERT INTO main.event_sources SELECT mention, document FROM fresh.mention_sources")
    conn.execute(
        'INSERT INTO main.event_roles(event, role, entity, text, document, "start", "end", quantity) '
        'SELECT mention, role, entity, text, document, "start", "end", quantity FROM fresh.event_roles'
    )
    conn.execute(
        'INSERT INTO main.evidence(event, document, "start", "end", text, trigger_start, trigger_end, '
        'trigger, attributed_to) SELECT mention, document, "start", "end", text, trigger_start, '
        "trigger_end, trigger, attributed_to FROM fresh.evidence"
    )
    conn.close()


@pytest.mark.slow
def test_a_migrated_base_keeps_its_data_and_rebuilds_to_a_fresh_build(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    fresh_db, old_db = tmp_path / "fresh.db", tmp_path / "old.db"
    with KnowledgeBase.open(fresh_db) as kb:
        build([str(folder)], kb, Settings.load(db=str(fresh_db)))
        fresh = kb.export()
        reports = len(kb.event_mentions())
        assert len(fresh["events"]) < reports  # the two articles' meetings are one event
    _old_base(old_db, fresh_db)
    with KnowledgeBase.open(old_db) as kb:
        migrated = kb.export()
        assert [d["id"] for d in migrated["documents"]] == [d["id"] for d in fresh["documents"]]
        assert len(migrated["events"]) == reports  # every old event is kept, one report each
        assert all(len(e["mentions"]) == 1 and e["evidence"] for e in migrated["events"])
        build([], kb, Settings.load(db=str(old_db)))
        rebuilt = kb.export()
    assert json.dumps(rebuilt, sort_keys=True) == json.dumps(fresh, sort_keys=True)


@pytest.mark.slow
def test_two_builds_of_the_same_articles_give_the_same_ids(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    ids = []
    for name in ("one.db", "two.db"):
        with KnowledgeBase.open(tmp_path / name) as kb:
            build([str(folder)], kb, Settings.load(db=str(tmp_path / name)))
            ids.append(({e.id for e in kb.entities()}, {e.id for e in kb.events()}))
    assert ids[0] == ids[1]


@pytest.mark.slow
def test_fusing_the_stored_reports_again_gives_the_events_of_the_build(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    with KnowledgeBase.open(tmp_path / "k.db") as kb:
        build([str(folder)], kb, Settings.load(db=str(tmp_path / "k.db")))
        built = kb.export()["events"]
        assert len(fuse_stored_events(kb)) == len(built)
        assert kb.export()["events"] == built
