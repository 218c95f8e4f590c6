"""The JSON API of `chronik serve`, against a real uvicorn server over a real knowledge base built from
the example articles plus one invented report."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from chronik.core.settings import Settings
from serving import INVENTED, build, get, running

pytestmark = pytest.mark.slow

TOKEN = "a-long-random-test-token"
REQUIRED_EVENT_FIELDS = {"id", "type", "modality", "time", "place", "roles", "evidence"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("api")
    db = folder / "k.db"
    summary = build(folder, db, {"invented.txt": INVENTED})
    return db, summary


@pytest.fixture(scope="module")
def base(built: tuple[Path, dict[str, Any]]) -> Iterator[str]:
    with running(Settings.load(db=str(built[0]), api_token=TOKEN)) as url:
        yield url


def events(base: str, **params: Any) -> dict[str, Any]:
    response = get(base, "/api/events", **params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_build_prints_the_counts_stats_gives(base: str, built: tuple[Path, dict[str, Any]]) -> None:
    stats = get(base, "/api/stats").json()
    summary = built[1]
    assert (summary["entities"], summary["events"]) == (stats["entities"], stats["events"])
    assert summary["events_by_type"] == stats["events_by_type"]


def test_events_have_the_export_shape_and_page(base: str) -> None:
    first = events(base, limit=5)
    assert first["total"] == get(base, "/api/stats").json()["events"] and len(first["events"]) == 5
    for ev in first["events"]:
        assert set(ev) >= REQUIRED_EVENT_FIELDS
        assert ev["evidence"] and all({"document", "start", "end", "text"} <= set(e) for e in ev["evidence"])
        assert {s["id"] for s in ev["sources"]} == {e["document"] for e in ev["evidence"]}
    second = events(base, limit=5, offset=5)
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}


def test_type_is_repeatable_and_counts_add_up(base: str) -> None:
    by_type = get(base, "/api/stats").json()["events_by_type"]
    both = events(base, type=["meeting", "gift"], limit=500)
    assert both["total"] == by_type["meeting"] + by_type["gift"] == len(both["events"])
    assert {e["type"] for e in both["events"]} == {"meeting", "gift"}


def test_actor_by_name_alias_or_id_and_a_country_stands_for_its_government(base: str) -> None:
    (trudeau,) = get(base, "/api/entities", q="Trudeau").json()["entities"]
    by_id = events(base, actor=trudeau["id"])
    assert by_id["total"] >= 2  # the meeting and the gift
    assert events(base, actor="justin trudeau")["total"] == by_id["total"]  # a name, any case
    assert events(base, actor=trudeau["kb_id"])["total"] == by_id["total"]  # the dictionary id
    # Canada never fills a role itself, yet its head of government's meeting is found through it.
    meeting = events(base, actor="Kanada", type="meeting")["events"]
    assert [e["roles"]["participant"] for e in meeting] and any(
        f["entity"] == trudeau["id"] for e in meeting for f in e["roles"]["participant"]
    )


def test_dates_place_modality_source_and_text_filters(base: str) -> None:
    march = events(base, since="2024-03", until="2024-03-31", type="meeting")["events"]
    assert [e["date"] for e in march] == ["2024-03-12"]
    assert events(base, since="2024-03-13", type="meeting")["total"] == 0
    assert events(base, place="Ottawa", type="meeting")["events"][0]["id"] == march[0]["id"]
    assert events(base, source="invented.txt", type="meeting")["events"][0]["id"] == march[0]["id"]
    found = events(base, q="Kanu Zedernholz")["events"]
    # the gift, and the meeting it was handed at (its second report tells the gift)
    assert found and all(any("Kanu" in ev["text"] for ev in e["evidence"]) for e in found)
    planned = events(base, modality="planned", limit=500)
    assert all(e["modality"] == "planned" for e in planned["events"])


def test_facets_count_the_filtered_events(base: str) -> None:
    answer = events(base, type="gift", facets="true")
    assert answer["facets"]["type"] == [{"value": "gift", "label": "gift", "count": answer["total"]}]
    assert all(v["count"] <= answer["total"] for v in answer["facets"]["actor"])


@pytest.mark.parametrize(
    "params, says",
    [
        ({"type": "coronation"}, "valid types: agreement"),
        ({"since": "March"}, "since must be a date"),
        ({"modality": "maybe"}, "unknown modality"),
        ({"limit": "-1"}, "limit"),
        ({"limit": "lots"}, "limit"),
        ({"q": "Wort " * 200}, "max_query_chars"),
    ],
)
def test_bad_parameters_answer_422_with_a_message(base: str, params: dict[str, str], says: str) -> None:
    response = get(base, "/api/events", **params)
    assert response.status_code == 422 and says in response.json()["error"]


@pytest.mark.parametrize(
    "path", ["/api/events/vnothing", "/api/entities/enothing", "/api/documents/dnothing"]
)
def test_unknown_ids_answer_404_with_a_json_error(base: str, path: str) -> None:
    response = get(base, path)
    assert response.status_code == 404 and "nothing" in response.json()["error"]


def test_entity_has_aliases_mentions_events_and_relations(base: str) -> None:
    listed = get(base, "/api/entities", q="Macron").json()
    (macron,) = listed["entities"]
    entity = get(base, f"/api/entities/{macron['id']}").json()
    assert entity["mention_count"] == len(entity["mentions"]) >= 3
    assert "Macron" in entity["aliases"] and entity["events"]
    relations = {(r["relation"], r["name"]) for r in entity["relations"]}
    assert ("met", "Justin Trudeau") in relations and ("received from", "Justin Trudeau") in relations


def test_documents_search_and_offsets_point_into_the_raw_text(base: str) -> None:
    hits = get(base, "/api/documents", q="Zedernholz").json()["documents"]
    assert [h["outlet"] for h in hits] == ["invented.txt"]
    assert [hits[0]["snippet"][a:b] for a, b in hits[0]["highlights"]] == ["Zedernholz"]
    doc = get(base, f"/api/documents/{hits[0]['id']}").json()
    raw = doc["raw"]
    assert raw == INVENTED
    assert doc["mentions"] and all(raw[m["start"] : m["end"]] == m["text"] for m in doc["mentions"])
    for ev in doc["events"]:
        for e in ev["evidence"]:
            assert (
                raw[e["start"] : e["end"]].strip() == e["text"].strip()
            )  # a headline's span keeps its newlines
            assert e["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= e["end"]
    everything = get(base, "/api/documents", limit=100).json()
    assert everything["total"] == 6 and "raw" not in everything["documents"][0]


def test_openapi_describes_the_endpoints(base: str) -> None:
    spec = get(base, "/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/entities", "/api/documents", "/api/stats"} <= set(
        spec["paths"]
    )
    assert get(base, "/api/docs").status_code == 200


def test_readers_do_not_wait_for_a_writer(base: str, built: tuple[Path, dict[str, Any]]) -> None:
    writer = sqlite3.connect(built[0], isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE runs SET counts = counts")
        started = time.monotonic()
        assert events(base, limit=3)["events"]
        assert time.monotonic() - started < 2
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_the_time_limit_holds_for_costly_searches(built: tuple[Path, dict[str, Any]]) -> None:
    settings = Settings.load(db=str(built[0]), query_time_limit=0.005, max_query_chars=100_000)
    # Thousands of prefix terms: each snippet() must weigh every one against every token.
    query = " OR ".join(f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}*" for i in range(600))
    with running(settings) as url:
        started = time.monotonic()
        response = get(url, "/api/documents", q=query, limit=50)
        elapsed = time.monotonic() - started
    assert response.status_code == 503 and "longer than 0.005 s" in response.json()["error"]
    assert elapsed < 2


# -- writing --------------------------------------------------------------------------------------


NEW_ARTICLE = {
    "text": "Der kanadische Premierminister Justin Trudeau ist am 3. Mai 2024 nach Frankreich gereist. "
    "Dort traf er in Paris den französischen Präsidenten Emmanuel Macron.\n",
    "title": "Besuch in Paris",
    "published": "2024-05-04",
    "outlet": "Testblatt",
}


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}"])
def test_writing_without_the_right_token_is_refused(base: str, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = httpx.post(base + "/api/documents", json=NEW_ARTICLE, headers=headers, timeout=30)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_writing_is_disabled_without_a_configured_token(built: tuple[Path, dict[str, Any]]) -> None:
    with running(Settings.load(db=str(built[0]))) as url:
        response = httpx.post(
            url + "/api/documents", json=NEW_ARTICLE, headers={"Authorization": "Bearer anything"}, timeout=30
        )
    assert response.status_code == 403 and "api_token" in response.json()["error"]


def test_an_article_posted_with_the_token_is_stored_and_extracted(base: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = httpx.post(base + "/api/documents", json=NEW_ARTICLE, headers=auth, timeout=120)
    assert response.status_code == 201, response.text
    added = response.json()
    assert added["status"] == "new" and added["events"] >= 1
    visit = events(base, source="Testblatt", type="visit")["events"]
    assert visit and visit[0]["date"] == "2024-05-03"
    again = httpx.post(base + "/api/documents", json=NEW_ARTICLE, headers=auth, timeout=120)
    assert again.json()["status"] == "duplicate" and again.json()["id"] == added["id"]


@pytest.mark.parametrize(
    "url, kind",
    [
        ("http://127.0.0.1:9/feed", "loopback"),
        ("http://localhost/", "loopback"),
        ("http://10.1.2.3/article", "private"),
        ("http://192.168.0.10/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]/", "loopback"),
    ],
)
def test_url_ingestion_refuses_addresses_of_the_servers_network(base: str, url: str, kind: str) -> None:
    response = httpx.post(
        base + "/api/documents", json={"url": url}, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30
    )
    error = response.json()["error"]
    assert response.status_code == 422 and f"({kind})" in error and "not an allowed address" in error


def test_a_request_without_text_or_url_is_refused(base: str) -> None:
    response = httpx.post(
        base + "/api/documents",
        json={"title": "leer"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert response.status_code == 422 and "text" in response.json()["error"]


def test_the_cli_answers_with_the_api_shape(base: str, built: tuple[Path, dict[str, Any]]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "chronik.cli.app", "events", "--db", str(built[0]),
         "-t", "meeting", "-t", "gift", "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    from_cli = json.loads(done.stdout)
    from_api = events(base, type=["meeting", "gift"], limit=500)
    assert {e["id"] for e in from_cli["events"]} == {e["id"] for e in from_api["events"]}
    assert all(e["evidence"][0]["text"] for e in from_cli["events"])


# -- the CLI and the exporters over the same base ---------------------------------------------------


def chronik(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chronik.cli.app", *args], capture_output=True, text=True, check=False
    )


def test_an_unknown_type_is_an_error_that_lists_the_valid_ones(built: tuple[Path, dict[str, Any]]) -> None:
    done = chronik("events", "--db", str(built[0]), "-t", "meeting", "-t", "coronation")
    assert done.returncode == 1 and "unknown event type 'coronation'; valid types:" in done.stderr
    assert "meeting" in done.stderr.split("valid types:")[1]


def test_entities_lists_and_shows(built: tuple[Path, dict[str, Any]]) -> None:
    listed = json.loads(chronik("entities", "--db", str(built[0]), "--q", "Macron", "--json").stdout)
    (macron,) = listed["entities"]
    shown = chronik("entities", "show", macron["id"], "--db", str(built[0]))
    assert shown.returncode == 0 and "received from Justin Trudeau" in shown.stdout
    missing = chronik("entities", "show", "enothing", "--db", str(built[0]))
    assert missing.returncode == 1 and "no entity 'enothing'" in missing.stderr


def test_exports_write_one_row_per_event_mention(built: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    import csv
    import xml.etree.ElementTree as ET

    import pyarrow.parquet as pq

    db = str(built[0])
    whole = json.loads(chronik("export", "--db", db).stdout)
    mentions = sum(len(ev["evidence"]) for ev in whole["events"])
    rows = list(csv.DictReader(chronik("export", "--db", db, "-f", "csv").stdout.splitlines()))
    assert len(rows) == mentions
    gift = next(r for r in rows if r["type"] == "gift" and "Zedernholz" in r["evidence"])
    assert (
        gift["giver"] == "Justin Trudeau"
        and gift["recipient"] == "Emmanuel Macron"
        and gift["item_entities"] == ""
    )
    assert gift["outlet"] == "invented.txt" and gift["plover"]
    meeting = next(r for r in rows if r["type"] == "meeting" and r["document_id"] == gift["document_id"])
    assert meeting["date"] == "2024-03-12" and meeting["place"] == "Ottawa"
    doc = next(d for d in whole["documents"] if d["id"] == gift["document_id"])
    start, end = int(gift["evidence_start"]), int(gift["evidence_end"])
    assert doc["raw"][start:end].strip() == gift["evidence"].strip()
    target = tmp_path / "mentions.parquet"
    assert chronik("export", "--db", db, "-f", "parquet", "-o", str(target)).returncode == 0
    table = pq.read_table(target)
    assert table.num_rows == mentions and table.schema.field("evidence_start").type == "int64"
    assert chronik("export", "--db", db, "-f", "parquet").returncode == 2  # needs a file
    graph = ET.fromstring(chronik("export", "--db", db, "-f", "graphml").stdout)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in graph.iterfind(".//g:node", ns)}
    edges = list(graph.iterfind(".//g:edge", ns))
    assert {e["id"] for e in whole["events"]} <= nodes
    assert edges and all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
