"""Build at scale: one article's failure costs only itself, long articles are read in windows,
and a build analyses only what is new or stale yet ends where a fresh build ends."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from chronik.core.models import Document, Extraction
from chronik.core.settings import Settings
from chronik.nlp.windows import text_windows
from chronik.service import build as build_module
from chronik.service import stage
from chronik.service.build import build
from chronik.store.kb import KnowledgeBase
from test_cli import chronik  # the real app, run in this process

# Invented news; names and places are made up for these tests.
ARTICLES = {
    "a.txt": (
        "Besuch in Dornfeld\n\nDer Minister Jewgeni Morosow hat am Montag die Stadt Dornfeld besucht. "
        "Morosow traf dort den Bürgermeister Anton Lindqvist. „Wir wollen enger zusammenarbeiten“, "
        "sagte Lindqvist nach dem Treffen.\n"
    ),
    "b.txt": (
        "Geschenk für Wellbach\n\nDie Stiftung Blauer Kreis hat der Gemeinde Wellbach zwei neue "
        "Feuerwehrautos geschenkt. Die Bürgermeisterin Hanna Krollmann dankte der Stiftung. Sie sagte, "
        "die Autos seien dringend nötig gewesen.\n"
    ),
    "c.txt": (
        "Abkommen unterzeichnet\n\nDer Minister Jewgenij Morosow und die Ministerin Petra Sandvik haben "
        "am Dienstag in Dornfeld ein Abkommen über den Handel unterzeichnet. Sandvik sprach von einem "
        "guten Tag für beide Länder.\n"
    ),
}
MORE = {
    "d.txt": (
        "Treffen in Wellbach\n\nJewgenij Morosow hat am Mittwoch Hanna Krollmann in Wellbach getroffen. "
        "Morosow sagte, man habe über die Feuerwehr gesprochen.\n"
    ),
    "e.txt": (
        "Einladung nach Dornfeld\n\nAnton Lindqvist hat Petra Sandvik nach Dornfeld eingeladen. "
        "„Sie ist herzlich willkommen“, sagte Lindqvist.\n"
    ),
}


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _knowledge(kb: KnowledgeBase) -> dict[str, Any]:
    """Entities and events, each list in id order (storage order differs between the two paths)."""
    export = kb.export()
    return {
        "entities": sorted(export["entities"], key=lambda e: e["id"]),
        "events": sorted(export["events"], key=lambda e: e["id"]),
    }


def test_one_article_failing_in_extraction_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _write(tmp_path / "in", ARTICLES)
    db = str(tmp_path / "kb.db")
    real = stage.extract_windows

    def failing(document: Document, windows: Any) -> Extraction:
        if "Wellbach" in document.text:
            raise ValueError("invented failure inside extraction")
        return real(document, windows)

    monkeypatch.setattr(stage, "extract_windows", failing)
    out = chronik("build", str(folder), "--db", db)
    assert out.returncode == 3, out.stdout + out.stderr
    assert "failed 1 documents (1× ValueError)" in out.stdout

    stats = json.loads(chronik("stats", "--db", db, "--json").stdout)
    assert stats["failed_documents"] == 1
    assert stats["failures"] == {"ValueError": 1}
    with KnowledgeBase.open(db, readonly=True) as kb:
        failed = next(d for d in kb.documents() if "Wellbach" in d.text)
        stored = {m["document"] for e in kb.export()["entities"] for m in e["mentions"]}
        ok = {d.id for d in kb.documents()} - {failed.id}
    assert stored == ok  # the other two are stored, the failed one contributes nothing
    shown = chronik("docs", "show", failed.id[:10], "--db", db)
    assert "FAILED" in shown.stdout and "ValueError: invented failure inside extraction" in shown.stdout

    monkeypatch.setattr(stage, "extract_windows", real)
    again = chronik("build", str(folder), "--db", db, "--json")
    assert again.returncode == 0
    report = json.loads(again.stdout)
    assert (report["analysed"], report["failed"], report["up_to_date"]) == (1, 0, 2)


def test_a_document_over_its_time_budget_is_recorded_and_the_build_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _write(tmp_path / "in", ARTICLES)
    real = stage.extract_windows

    def slow(document: Document, windows: Any) -> Extraction:
        if "Abkommen" in document.text:
            time.sleep(30)
        return real(document, windows)

    monkeypatch.setattr(stage, "extract_windows", slow)
    settings = Settings.load(db=str(tmp_path / "kb.db"), document_time_budget=1.0)
    started = time.perf_counter()
    with KnowledgeBase.open(settings.db, settings=settings) as kb:
        report = build([str(folder)], kb, settings)
        failed = [d for d in kb.documents() if kb.analysis_of(d.id)["status"] == "failed"]  # type: ignore[index]
    assert time.perf_counter() - started < 25
    assert (report.analysed, report.failed, report.failures) == (3, 1, {"DocumentTimeout": 1})
    assert len(failed) == 1 and "Abkommen" in failed[0].text


def test_windows_tile_the_text_and_cut_at_paragraphs_else_sentences() -> None:
    paragraphs = "\n\n".join(f"Absatz {n}. Der Rat tagte lange und beschloss nichts." for n in range(200))
    windows = text_windows(paragraphs, 1000)
    assert windows[0][0] == 0 and windows[-1][1] == len(paragraphs)
    assert all(a[1] == b[0] for a, b in pairwise(windows))
    assert all(500 <= e - s <= 1000 for s, e in windows[:-1])
    assert all(paragraphs[s - 1] == "\n" for s, _ in windows[1:])
    flat = paragraphs.replace("\n\n", " ")
    assert all(flat[s - 2 : s] == ". " for s, _ in text_windows(flat, 1000)[1:])
    assert text_windows("kurz", 1000) == [(0, 4)]


def test_a_long_article_is_read_in_windows_with_its_offsets_kept(tmp_path: Path) -> None:
    text = "\n\n".join(ARTICLES.values()) * 3
    folder = _write(tmp_path / "in", {"long.txt": text})
    settings = Settings.load(db=str(tmp_path / "kb.db"), analysis_window_chars=400)
    with KnowledgeBase.open(settings.db, settings=settings) as kb:
        report = build([str(folder)], kb, settings)
        (doc,) = kb.documents()
        entities, events = kb.entities(), kb.events()
    assert report.failed == 0
    assert len(text_windows(doc.text, 400)) >= 6
    morosow = next(e for e in entities if "Morosow" in e.name)
    # One entity across windows, mentioned in the last copy of the text as in the first.
    assert min(m.start for m in morosow.mentions) < 300
    assert max(m.start for m in morosow.mentions) > len(doc.raw) * 2 // 3
    for e in entities:
        assert all(doc.raw[m.start : m.end] == m.text for m in e.mentions)
    assert any(ev.evidence[0].start > len(doc.raw) * 2 // 3 for ev in events)
    assert len({ev.id for ev in events}) == len(events)


def test_adding_articles_analyses_only_them_and_equals_a_fresh_build(tmp_path: Path) -> None:
    first = _write(tmp_path / "first", ARTICLES)
    second = _write(tmp_path / "second", MORE)
    settings = Settings.load(db=str(tmp_path / "grown.db"))
    with KnowledgeBase.open(settings.db, settings=settings) as kb:
        build([str(first)], kb, settings)
        added = build([str(second)], kb, settings)
        grown = _knowledge(kb)
    assert (added.analysed, added.up_to_date) == (2, 3)

    fresh_settings = Settings.load(db=str(tmp_path / "fresh.db"))
    with KnowledgeBase.open(fresh_settings.db, settings=fresh_settings) as kb:
        build([str(first), str(second)], kb, fresh_settings)
        fresh = _knowledge(kb)
    assert grown == fresh
    # The two spellings of the minister are one entity in both.
    assert sum("Morosow" in e["name"] for e in fresh["entities"]) == 1


def test_a_changed_analysis_version_or_reanalyse_analyses_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _write(tmp_path / "in", ARTICLES)
    settings = Settings.load(db=str(tmp_path / "kb.db"))
    with KnowledgeBase.open(settings.db, settings=settings) as kb:
        build([str(folder)], kb, settings)
        before = _knowledge(kb)
        assert build([str(folder)], kb, settings).analysed == 0
        assert build([str(folder)], kb, settings, reanalyse=True).analysed == 3
        monkeypatch.setattr(build_module, "analysis_version", lambda s: "another-lexicon")
        assert build([str(folder)], kb, settings).analysed == 3
        assert _knowledge(kb) == before


def _count_analyses(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM analyses").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or not migrated yet


@pytest.mark.slow
def test_a_build_killed_midway_is_consistent_and_the_next_completes_it(tmp_path: Path) -> None:
    articles = {
        f"{n:02d}.txt": text.replace("Dornfeld", f"Dornfeld-{n}")
        for n in range(36)
        for text in (ARTICLES["a.txt"] + ARTICLES["c.txt"],)
    } | ARTICLES
    folder = _write(tmp_path / "in", articles)
    db = tmp_path / "kb.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHRONIK_")}
    command = [sys.executable, "-m", "chronik.cli.app", "build", str(folder), "--db", str(db), "--quiet"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while _count_analyses(db) < 1 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    at_kill = _count_analyses(db)
    assert 0 < at_kill < len(articles)

    second = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert report["analysed"] + report["up_to_date"] == len(articles)
    assert report["up_to_date"] == at_kill
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    settings = Settings.load(db=str(tmp_path / "fresh.db"))
    with KnowledgeBase.open(db, readonly=True) as kb:
        resumed = _knowledge(kb)
    with KnowledgeBase.open(settings.db, settings=settings) as kb:
        build([str(folder)], kb, settings)
        assert _knowledge(kb) == resumed
