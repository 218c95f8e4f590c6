"""The `chronik` command line, run as a real subprocess on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
GNAD = SHARED / "corpora" / "10kgnad" / "articles.csv.gz"
ENTRY_POINT = Path(sys.executable).with_name("chronik")  # the console script pyproject declares


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str


def chronik(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Outcome:
    """Run the real app in this process (fast; a subprocess pays seconds of imports per call)."""
    from typer.testing import CliRunner

    from chronik.cli.app import app

    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("CHRONIK_")}
    result = CliRunner().invoke(app, list(args), input=stdin, env=unset | (env or {}), catch_exceptions=False)
    return Outcome(result.exit_code, result.stdout, result.stderr)


def chronik_process(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `chronik` command as a real subprocess."""
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("CHRONIK_")}
    command = [str(ENTRY_POINT)] if ENTRY_POINT.is_file() else [sys.executable, "-m", "chronik.cli.app"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=300, env=clean_env | (env or {})
    )


@pytest.fixture
def seeded_db(tmp_path: Path, seeds_dir: Path) -> Path:
    db = tmp_path / "k.db"
    done = chronik("ingest", str(seeds_dir), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def test_ingest_then_export_gives_the_seeds_exactly_once(tmp_path: Path, seeds_dir: Path) -> None:
    db, out = tmp_path / "k.db", tmp_path / "k.json"
    first = chronik_process("ingest", str(seeds_dir), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("ingested 5, duplicates 0, near-duplicates 0, skipped 0")
    exported = chronik_process("export", "--db", str(db), "--format", "json", "--output", str(out))
    assert exported.returncode == 0, exported.stderr
    documents = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert len(documents) == 5
    for d in documents:
        assert d["raw"] == (seeds_dir / Path(d["source"]).name).read_text(encoding="utf-8")
    again = chronik_process("ingest", str(seeds_dir), "--db", str(db))
    assert again.returncode == 0
    assert again.stdout.startswith("ingested 0, duplicates 5, near-duplicates 0, skipped 0")
    stats = json.loads(chronik("stats", "--db", str(db), "--json").stdout)
    assert stats["documents"] == 5 and stats["runs"] == 2 and stats["unfinished_runs"] == 0


def test_export_writes_stdout_and_jsonl(seeded_db: Path) -> None:
    whole = chronik("export", "--db", str(seeded_db), "--output", "-")
    assert whole.returncode == 0 and len(json.loads(whole.stdout)["documents"]) == 5
    lines = chronik("export", "--db", str(seeded_db), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [
        d["id"] for d in json.loads(whole.stdout)["documents"]
    ]
    bad = chronik("export", "--db", str(seeded_db), "--format", "xml")
    assert bad.returncode == 2 and "xml" in bad.stderr


def test_skipped_inputs_are_named_with_reason_and_exit_3(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((seeds_dir / "004_36cef73726a052fb.txt").read_text("utf-8"), "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "records.jsonl").write_text('{"text": "Ein kurzer Artikel über Wien."}\n{broken\n', "utf-8")
    done = chronik("ingest", str(folder), "--db", str(tmp_path / "k.db"))
    assert done.returncode == 3, done.stdout + done.stderr
    skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped ")]
    assert any("empty.txt" in line for line in skipped)
    assert any("records.jsonl:2" in line for line in skipped)  # file:line of the broken record
    assert "ingested 2, duplicates 0, near-duplicates 0, skipped 2" in done.stdout
    assert "Traceback" not in done.stderr


def test_nothing_to_ingest_exits_4(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    done = chronik(
        "ingest", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "k.db")
    )
    assert done.returncode == 4, done.stdout + done.stderr
    assert "missing.txt" in done.stderr


def test_field_names_come_from_options(tmp_path: Path, seeds_dir: Path) -> None:
    text = (seeds_dir / "000_d9da830b0822e319.txt").read_text("utf-8")
    data = tmp_path / "feed.jsonl"
    data.write_text(json.dumps({"body": text, "headline": "Geschenke in Wostotschny"}) + "\n", "utf-8")
    db = str(tmp_path / "k.db")
    done = chronik("ingest", str(data), "--db", db, "--text-field", "body", "--title-field", "headline")
    assert done.returncode == 0, done.stderr
    (listed,) = json.loads(chronik("docs", "list", "--db", db, "--json").stdout)["documents"]
    assert listed["title"] == "Geschenke in Wostotschny"


def test_stdin_is_an_input(tmp_path: Path, seeds_dir: Path) -> None:
    text = (seeds_dir / "003_024ca5342b709c1f.txt").read_text("utf-8")
    done = chronik(
        "--db", str(tmp_path / "k.db"), "ingest", "-", stdin=text
    )  # global --db, before the command
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ingested 1,")


def test_docs_list_show_and_search(seeded_db: Path, seeds_dir: Path) -> None:
    db = str(seeded_db)
    found = json.loads(chronik("docs", "list", "--db", db, "--json", "--limit", "2", "--offset", "1").stdout)
    listed = found["documents"]
    assert len(listed) == 2 and found["total"] == 5
    doc_id = listed[0]["id"]
    shown = chronik("docs", "show", doc_id[:8], "--db", db, "--json")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert doc["id"] == doc_id and doc["raw"] == Path(doc["source"]).read_text("utf-8")
    raw = chronik("docs", "show", doc_id, "--raw", "--db", db)
    assert raw.stdout.endswith(doc["raw"].rstrip("\n") + "\n")
    hits = json.loads(chronik("docs", "search", "Handschuhe", "--db", db, "--json").stdout)["documents"]
    assert hits and [hits[0]["snippet"][a:b] for a, b in hits[0]["highlights"]] == ["Handschuhe"]
    table = chronik("docs", "search", "Kosmodrom", "--db", db)
    assert table.returncode == 0 and "Kosmodrom" in table.stdout
    assert "no document matches" in chronik("docs", "search", "Zwetschgenröster", "--db", db).stdout
    missing = chronik("docs", "show", "zzzz", "--db", db)
    assert missing.returncode == 1 and missing.stderr.strip() == "error: no document 'zzzz'"


def test_store_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    real = chronik_process("stats", "--db", str(tmp_path / "missing.db"))
    assert (real.returncode, real.stderr) == (1, f"error: no knowledge base at {tmp_path / 'missing.db'}\n")
    for command in (["docs", "list"], ["export"]):
        done = chronik(*command, "--db", str(tmp_path / "missing.db"))
        assert done.returncode == 1
        assert done.stderr.strip() == f"error: no knowledge base at {tmp_path / 'missing.db'}"
    assert not (tmp_path / "missing.db").exists()  # reading never creates a knowledge base
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"\x00not sqlite" * 200)
    done = chronik("ingest", "-", "--db", str(broken), stdin="Text")
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_db_comes_from_the_environment(tmp_path: Path, seeds_dir: Path) -> None:
    env = {"CHRONIK_DB": str(tmp_path / "env.db")}
    assert chronik("ingest", str(seeds_dir / "000_d9da830b0822e319.txt"), env=env).returncode == 0
    assert json.loads(chronik("stats", "--json", env=env).stdout)["documents"] == 1


def test_usage_errors_exit_2() -> None:
    assert chronik("ingest").returncode == 2
    assert chronik("ingest", "x", "--no-such-option").returncode == 2
    assert chronik("ingest", "x", "--near-duplicate-threshold", "1.5").returncode == 2


def test_settings_prints_every_setting_with_its_current_value() -> None:
    from chronik.core.settings import Settings

    rows = json.loads(chronik("settings", "--json", env={"CHRONIK_NLP_BATCH_SIZE": "7"}).stdout)
    assert [r["name"] for r in rows] == [name for name, _, _ in Settings.describe()]
    (batch,) = [r for r in rows if r["name"] == "nlp_batch_size"]
    assert (batch["default"], batch["value"], batch["env"]) == (8, 7, "CHRONIK_NLP_BATCH_SIZE")
    table = chronik("settings")
    assert table.returncode == 0 and "CHRONIK_DB" in table.stdout and "chronik.db" in table.stdout


def _command_paths() -> list[list[str]]:
    import typer

    from chronik.cli.app import app

    group = typer.main.get_command(app)
    paths = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        paths += [[name, sub] for sub in subcommands] if subcommands else [[name]]
    return paths


def test_every_command_has_help_and_is_documented() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    headings = [line for line in doc.splitlines() if line.startswith("## `chronik ")]
    paths = _command_paths()
    assert ["ingest"] in paths and ["docs", "search"] in paths
    for path in paths:
        done = chronik(*path, "--help")
        assert done.returncode == 0 and "Usage" in done.stdout, path
        assert any(h.startswith(f"## `chronik {path[0]}") and path[-1] in h for h in headings), path
    listing = chronik_process("--help").stdout
    assert all(f" {path[0]} " in listing for path in paths)  # the real entry point has every command


@pytest.mark.slow
@pytest.mark.skipif(not GNAD.is_file(), reason="../shared/corpora/10kgnad is not beside the checkout")
def test_the_10kgnad_corpus_ingests_877_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "gnad.db")
    started = time.perf_counter()
    done = chronik_process("ingest", str(GNAD), "--db", db)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert json.loads(chronik("stats", "--db", db, "--json").stdout)["documents"] == 877
    print(
        f"\n10kgnad: 877 articles in {elapsed:.1f} s = {877 / elapsed:.0f} articles/s ({done.stdout.strip()})"
    )


# -- fused events: list, show, timeline (invented articles) -------------------------------------

ARTICLES = {
    "tagblatt.json": {
        "title": "Treffen in Linz",
        "published": "2021-05-14",
        "source": "Tagblatt",
        "text": "Die Ministerin Alma Berger traf am 13. Mai in Linz den Minister Bodo Falk. "
        "Berger schenkte Falk ein Buch.",
    },
    "kurier.json": {
        "title": "Berger und Falk",
        "published": "2021-05-15",
        "source": "Kurier",
        "text": "Bodo Falk und Alma Berger trafen sich am 14. Mai in Linz. Sie sprachen über Straßen.",
    },
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("events")
    folder = tmp / "articles"
    folder.mkdir()
    for name, record in ARTICLES.items():
        (folder / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    db = tmp / "k.db"
    done = chronik("build", str(folder), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def _meeting(db: Path) -> dict:  # type: ignore[type-arg]
    answer = json.loads(chronik("events", "--db", str(db), "--type", "meeting", "--json").stdout)
    (record,) = answer["events"]
    return record  # type: ignore[no-any-return]


@pytest.mark.slow
def test_events_lists_one_meeting_reported_by_two_outlets_with_the_date_disagreement(built: Path) -> None:
    record = _meeting(built)
    assert len({e["document"] for e in record["evidence"]}) == 2 and len(record["mentions"]) == 2
    outlets = {("Tagblatt", "outlet"), ("Kurier", "outlet")}
    assert {(n["name"], n["kind"]) for n in record["source_names"]} == outlets
    assert record["date"] == "2021-05-13" and [d["field"] for d in record["disagreements"]] == ["time"]


@pytest.mark.slow
def test_events_show_prints_every_report_its_source_and_the_disagreement(built: Path) -> None:
    done = chronik("events", "show", _meeting(built)["id"][:6], "--db", str(built))
    assert done.returncode == 0, done.stderr
    assert "traf am 13. Mai in Linz" in done.stdout and "trafen sich am 14. Mai in Linz" in done.stdout
    assert "Tagblatt (outlet)" in done.stdout and "Kurier (outlet)" in done.stdout
    assert "disagree on time: 2021-05-13" in done.stdout
    missing = chronik("events", "show", "v-none", "--db", str(built))
    assert missing.returncode == 1 and "no event" in missing.stderr


@pytest.mark.slow
def test_timeline_orders_by_date_and_filters_by_actor_and_range(built: Path) -> None:
    def dated(*args: str) -> list[str]:
        out = json.loads(chronik("timeline", "--db", str(built), "--json", *args).stdout)
        return [r["type"] for r in out["dated"]]

    assert "meeting" in dated("--actor", "Falk", "--since", "2021-05", "--until", "2021-05-31")
    assert dated("--since", "2022") == []
    assert dated("--actor", "Niemand") == []
    bad = chronik("timeline", "--db", str(built), "--since", "gestern")
    assert bad.returncode == 1
