"""A killed ingest loses at most the article in flight; running it again completes the base once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

DISTINCT = 400
COPIES = 20  # exact copies of some articles under other names: stored once
_WORDS = (
    "Regierung Minister Stadt Wien Berlin Vertrag Gespräch Besuch Einladung Präsident Bericht Woche "
    "Montag Parlament Partei Wahl Kanzler Bürgermeister Polizei Gericht Urteil Haushalt Steuer Schule "
    "Universität Forschung Klima Energie Strom Preis Markt Unternehmen Arbeit Gewerkschaft Streik Bahn "
    "Flughafen Grenze Nachbar Abkommen Handel Zoll Export Import Hilfe Spende Geschenk Delegation Treffen"
)
VOCABULARY = _WORDS.split()


def _article(rng: random.Random, n: int) -> str:
    sentences = []
    for _ in range(12):
        words = rng.choices(VOCABULARY, k=rng.randint(8, 16))
        sentences.append(" ".join(words).capitalize() + ".")
    return f"Meldung {n}: " + " ".join(sentences[:6]) + "\n" + " ".join(sentences[6:]) + "\n"


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHRONIK_")}
    return subprocess.Popen(
        [sys.executable, "-m", "chronik.cli.app", "ingest", str(folder), "--db", str(db), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_sigkill_mid_ingest_then_resume_gives_every_article_once(tmp_path: Path) -> None:
    rng = random.Random(20240914)
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = [_article(rng, n) for n in range(DISTINCT)]
    for n, text in enumerate(texts):
        (folder / f"{n:04d}.txt").write_text(text, encoding="utf-8")
    for n in range(COPIES):
        (folder / f"copy_{n:02d}.txt").write_text(texts[n * 7], encoding="utf-8")
    db = tmp_path / "k.db"

    first = _ingest(folder, db)
    deadline = time.monotonic() + 120
    while _count(db) < 20 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    at_kill = _count(db)
    assert first.returncode == -signal.SIGKILL, "the ingest ended before it could be killed; raise DISTINCT"
    assert 0 < at_kill < DISTINCT

    second = _ingest(folder, db)
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert out.startswith(f"ingested {DISTINCT - at_kill}, duplicates {at_kill + COPIES}, "), out

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        total, hashes, raws = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT raw) FROM documents"
        ).fetchone()
        assert total == hashes == raws == DISTINCT
        assert {r[0] for r in conn.execute("SELECT raw FROM documents")} == set(texts)
        runs = conn.execute("SELECT finished IS NULL FROM runs ORDER BY id").fetchall()
        assert [r[0] for r in runs] == [1, 0]  # the killed run stays recorded as unfinished
