"""The knowledge base on real SQLite files: migrations, WAL discipline, documents, extraction."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from chronik.core.errors import StoreError
from chronik.core.models import (
    Disagreement,
    Document,
    Entity,
    Event,
    Evidence,
    Mention,
    RoleFiller,
    Source,
    SourceItem,
)
from chronik.core.settings import Settings
from chronik.ingest.prepare import prepare_document
from chronik.store.kb import KnowledgeBase
from chronik.store.migrate import available_migrations

SEED = "000_d9da830b0822e319.txt"


def seed_document(seeds_dir: Path, settings: Settings, name: str = SEED) -> Document:
    raw = (seeds_dir / name).read_text(encoding="utf-8")
    return prepare_document(SourceItem(source=str(seeds_dir / name), raw=raw), settings)


def text_document(text: str, settings: Settings, source: str = "inline.txt") -> Document:
    return prepare_document(SourceItem(source=source, raw=text), settings)


@pytest.fixture
def kb(settings: Settings):
    with KnowledgeBase.open(settings.db, settings=settings) as base:
        yield base


def test_migrations_apply_in_order_once_and_are_recorded(settings: Settings) -> None:
    names = [m.name for m in available_migrations()]
    assert names == sorted(names) and len(names) >= 3
    KnowledgeBase.open(settings.db, settings=settings).close()
    KnowledgeBase.open(settings.db, settings=settings).close()  # a second open applies nothing
    conn = sqlite3.connect(settings.db)
    recorded = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY rowid")]
    assert recorded == names
    # Readers see event_roles and evidence as views over the reports' tables (migration 0005).
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"documents", "near_duplicates", "document_bands", "runs", "entities", "aliases", "mentions",
            "events", "event_roles", "evidence", "documents_fts"} <= tables  # fmt: skip
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_base_from_a_newer_chronik_is_refused(settings: Settings) -> None:
    KnowledgeBase.open(settings.db, settings=settings).close()
    with sqlite3.connect(settings.db) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future.sql', 'now')")
    with pytest.raises(StoreError, match="newer"):
        KnowledgeBase.open(settings.db, settings=settings)


def test_readonly_open_refuses_missing_foreign_and_broken_files(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(StoreError, match="no knowledge base"):
        KnowledgeBase.open(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a Chronik knowledge base"):
        KnowledgeBase.open(foreign, readonly=True)
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError):
        KnowledgeBase.open(broken, settings=settings)


def test_readonly_connection_cannot_write(kb: KnowledgeBase, seeds_dir: Path, settings: Settings) -> None:
    reader = KnowledgeBase.open(settings.db, readonly=True, settings=settings)
    with pytest.raises(StoreError, match="read-only"):
        reader.add_document(seed_document(seeds_dir, settings))
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.connection.execute("DELETE FROM documents")
    reader.close()


def test_reader_reads_while_a_writer_holds_an_open_transaction(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    kb.add_document(seed_document(seeds_dir, settings))
    reader = KnowledgeBase.open(settings.db, readonly=True, settings=settings, busy_timeout=0.1)
    second = seed_document(seeds_dir, settings, "001_f72946cf7d7e84f3.txt")
    with kb.transaction():
        kb.add_document(second)  # a savepoint inside the open transaction: not yet committed
        assert kb.count_documents() == 2
        # WAL: the reader neither waits nor sees the uncommitted write.
        assert reader.count_documents() == 1
        assert [h.document_id for h in reader.search("Putin")] != []
    assert reader.count_documents() == 2
    reader.close()


def test_a_second_writer_waits_then_fails_cleanly_while_the_first_writes(
    kb: KnowledgeBase, settings: Settings
) -> None:
    other = KnowledgeBase.open(settings.db, settings=settings, busy_timeout=0.05)
    with kb.transaction(), pytest.raises(StoreError, match="locked"):
        other.start_run("ingest")
    other.start_run("ingest")  # once the first writer is done the second one gets through
    other.close()


def test_identical_content_is_added_once(kb: KnowledgeBase, seeds_dir: Path, settings: Settings) -> None:
    doc = seed_document(seeds_dir, settings)
    first = kb.add_document(doc)
    again = kb.add_document(replace(doc, source="elsewhere/copy.txt"))
    assert (first.status, again.status) == ("new", "duplicate")
    assert again.duplicate_of == doc.id
    assert kb.count_documents() == 1


def test_document_round_trips_with_offsets_and_edits(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    doc = seed_document(seeds_dir, settings, "002_2e6d266e4c394210.txt")
    kb.add_document(doc)
    stored = kb.get_document(doc.id)
    assert stored == doc
    assert stored is not None and stored.raw == (seeds_dir / "002_2e6d266e4c394210.txt").read_text("utf-8")
    assert kb.get_document("nope") is None


def test_near_duplicates_are_stored_and_linked_never_dropped(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    doc = seed_document(seeds_dir, settings, "001_f72946cf7d7e84f3.txt")
    variant_raw = doc.raw.replace("Putin", "Wladimir Putin", 1) + "\nMit Material von dpa."
    variant = text_document(variant_raw, settings, "copy/001_variant.txt")
    unrelated = seed_document(seeds_dir, settings, "004_36cef73726a052fb.txt")
    kb.add_document(doc)
    result = kb.add_document(variant)
    assert result.status == "near-duplicate"
    assert [other for other, _ in result.near_duplicates] == [doc.id]
    assert result.near_duplicates[0][1] >= settings.near_duplicate_threshold
    assert kb.add_document(unrelated).status == "new"
    assert kb.count_documents() == 3
    assert [other for other, _ in kb.near_duplicates(doc.id)] == [variant.id]
    assert kb.near_duplicates(unrelated.id) == []


def test_search_finds_words_with_snippets_and_survives_bad_syntax(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    for name in sorted(p.name for p in seeds_dir.iterdir()):
        kb.add_document(seed_document(seeds_dir, settings, name))
    hits = kb.search("Wostotschny", limit=10)
    assert hits and all("[Wostotschny]" in h.snippet for h in hits)
    assert kb.search('"Kosmodrom Wostotschny"')[0].snippet.count("[") >= 1
    both = [h.document_id for h in kb.search("Putin Kosmodrom")]
    assert both and [h.document_id for h in kb.search("Putin (Kosmodrom:")] == both  # bad syntax: plain words
    assert {h.document_id for h in kb.search("title:Putin")} <= {h.document_id for h in kb.search("Putin")}
    assert kb.search("Zwetschgenröster") == []
    assert kb.search("   ") == []
    # Diacritics are folded, so noisy spellings still find the article.
    assert {h.document_id for h in kb.search("Fuhrer")} == {h.document_id for h in kb.search("Führer")}


def _grounded_entity(doc: Document, entity_id: str, name: str, surface: str, etype: str = "person") -> Entity:
    start = doc.raw.index(surface)
    mention = Mention(document=doc.id, start=start, end=start + len(surface), text=surface)
    return Entity(id=entity_id, type=etype, name=name, aliases=[surface], mentions=[mention])  # type: ignore[arg-type]


def _gift(doc: Document, event_id: str, giver: Entity, recipient: Entity) -> Event:
    sentence_end = doc.raw.index(".") + 1
    trigger = doc.raw.index("überreicht")
    g, r = giver.mentions[0], recipient.mentions[0]
    return Event(
        id=event_id,
        type="gift",
        roles={
            "giver": [RoleFiller(g.text, g.start, g.end, entity=giver.id)],
            "recipient": [RoleFiller(r.text, r.start, r.end, entity=recipient.id)],
        },
        time="XXXX-09-13",
        evidence=[
            Evidence(
                doc.id, 0, sentence_end, doc.raw[:sentence_end], trigger, trigger + 10, "überreicht", "AFP"
            )
        ],
    )


def test_replace_extraction_is_idempotent_and_entities_span_documents(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    a = seed_document(seeds_dir, settings, "000_d9da830b0822e319.txt")
    b = seed_document(seeds_dir, settings, "002_2e6d266e4c394210.txt")
    kb.add_document(a)
    kb.add_document(b)
    putin_a = _grounded_entity(a, "e-putin", "Wladimir Putin", "Wladimir Putin")
    kim_a = _grounded_entity(a, "e-kim", "Kim Jong-un", "Kim Jong-un")
    gift = _gift(a, "v-gift", putin_a, kim_a)
    kb.replace_extraction(a.id, [putin_a, kim_a], [gift])
    kb.replace_extraction(a.id, [putin_a, kim_a], [gift])  # a second time changes nothing
    assert kb.stats()["mentions"] == 2 and kb.stats()["events"] == 1
    assert kb.events()[0] == replace(gift, mentions=["v-gift"])  # until fused, each report is an event
    assert kb.event_mentions() == [gift]

    putin_b = _grounded_entity(b, "e-putin", "Putin (from b)", "Putin")
    kb.replace_extraction(b.id, [putin_b], [])
    (putin,) = [e for e in kb.entities() if e.id == "e-putin"]
    assert putin.name == "Putin (from b)"  # the latest writer's fields win
    assert {m.document for m in putin.mentions} == {a.id, b.id}
    assert set(putin.aliases) == {"Wladimir Putin", "Putin"}

    kb.replace_extraction(a.id, [], [])  # document a's share goes; b's mention of Putin stays
    assert [e.id for e in kb.entities()] == ["e-putin"]
    assert [m.document for m in kb.entities()[0].mentions] == [b.id]
    assert kb.events() == []


def test_removing_a_contribution_reads_only_its_own_rows(kb: KnowledgeBase) -> None:
    # Every statement that removes one document's share finds its rows by index: a full table scan
    # per document made re-fusing a knowledge base quadratic in its size.
    conn = kb.connection
    statements = [
        "UPDATE event_mentions SET place_text = NULL WHERE place_document = ?",
        "UPDATE events SET place_text = NULL WHERE place_document = ?",
        "SELECT 1 FROM mention_sources WHERE mention = ?",
        "SELECT 1 FROM event_mentions WHERE event = ?",
        "SELECT 1 FROM entity_sources WHERE entity = ?",
        "SELECT 1 FROM mention_roles WHERE entity = ?",
        "SELECT 1 FROM event_mentions WHERE place_entity = ?",
    ]
    for sql in statements:
        plan = " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("x",)))
        assert "USING" in plan and not plan.startswith("SCAN"), (sql, plan)


def test_a_phrase_standing_for_two_actors_keeps_both_in_the_role(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    # `die beiden Anführer`: one span, two linked actors; each is a filler of its own (migration 0006).
    a = seed_document(seeds_dir, settings)
    kb.add_document(a)
    putin = _grounded_entity(a, "e-putin", "Wladimir Putin", "Wladimir Putin")
    kim = _grounded_entity(a, "e-kim", "Kim Jong-un", "Kim Jong-un")
    span = putin.mentions[0]
    both = [RoleFiller(span.text, span.start, span.end, entity) for entity in ("e-putin", "e-kim")]
    unlinked = RoleFiller(span.text, span.start, span.end)
    meeting = Event(id="v-pair", type="meeting", roles={"participant": [*both, unlinked, unlinked]})
    kb.replace_extraction(a.id, [putin, kim], [meeting])
    kb.replace_extraction(a.id, [putin, kim], [meeting])  # a second time changes nothing
    (stored,) = kb.events()
    assert [f.entity for f in stored.roles["participant"]] == ["e-putin", "e-kim", None]


def test_events_filter_by_type_and_entity(kb: KnowledgeBase, seeds_dir: Path, settings: Settings) -> None:
    a = seed_document(seeds_dir, settings)
    kb.add_document(a)
    putin = _grounded_entity(a, "e-putin", "Wladimir Putin", "Wladimir Putin")
    kim = _grounded_entity(a, "e-kim", "Kim Jong-un", "Kim Jong-un")
    peskow = _grounded_entity(a, "e-peskow", "Dmitri Peskow", "Dmitri Peskow")
    place = a.raw.index("Kosmodrom Wostotschny")
    meeting = Event(
        id="v-meeting",
        type="meeting",
        roles={
            "participant": [RoleFiller("Kim Jong-un", kim.mentions[0].start, kim.mentions[0].end, "e-kim")]
        },
        place=RoleFiller("Kosmodrom Wostotschny", place, place + 21),
    )
    kb.replace_extraction(a.id, [putin, kim, peskow], [_gift(a, "v-gift", putin, kim), meeting])
    assert [e.id for e in kb.events(type="gift")] == ["v-gift"]
    assert [e.id for e in kb.events(entity="e-kim")] == ["v-gift", "v-meeting"]
    assert [e.id for e in kb.events(type="meeting", entity="e-putin")] == []
    assert kb.events(entity="e-peskow") == []
    assert kb.events(type="meeting")[0].place == meeting.place


def test_ungrounded_extraction_is_refused_and_nothing_is_written(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    a = seed_document(seeds_dir, settings)
    kb.add_document(a)
    putin = _grounded_entity(a, "e-putin", "Wladimir Putin", "Wladimir Putin")
    kb.replace_extraction(a.id, [putin], [])
    shifted = Mention(a.id, putin.mentions[0].start + 1, putin.mentions[0].end + 1, "Wladimir Putin")
    bad = replace(putin, id="e-bad", mentions=[shifted])
    with pytest.raises(StoreError, match="does not match raw"):
        kb.replace_extraction(a.id, [bad], [])
    outside = replace(putin, id="e-far", mentions=[Mention(a.id, 10**6, 10**6 + 3, "abc")])
    with pytest.raises(StoreError, match="outside the raw text"):
        kb.replace_extraction(a.id, [outside], [])
    dangling = Event("v1", "gift", roles={"giver": [RoleFiller("Putin", 0, 3, entity="e-nobody")]})
    with pytest.raises(StoreError, match="unknown entities: e-nobody"):
        kb.replace_extraction(a.id, [putin], [dangling])
    with pytest.raises(StoreError, match="no document"):
        kb.replace_extraction("missing", [], [])
    assert [e.id for e in kb.entities()] == ["e-putin"]  # the earlier extraction is untouched
    assert kb.stats()["mentions"] == 1


def test_runs_are_recorded_with_counts(kb: KnowledgeBase) -> None:
    run = kb.start_run("ingest", ["examples/seeds"])
    assert kb.stats()["unfinished_runs"] == 1
    kb.finish_run(run, {"ingested": 5})
    (record,) = kb.runs()
    assert record["arguments"] == ["examples/seeds"] and record["counts"] == {"ingested": 5}
    assert record["finished"] is not None
    with pytest.raises(StoreError, match="no run"):
        kb.finish_run(run + 1, {})


def test_resolve_document_id_takes_unique_prefixes(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    doc = seed_document(seeds_dir, settings)
    kb.add_document(doc)
    assert kb.resolve_document_id(doc.id[:6]) == doc.id
    with pytest.raises(StoreError, match="no document"):
        kb.resolve_document_id("zz_not_there")
    with pytest.raises(StoreError):
        kb.resolve_document_id("")


def test_integrity_and_foreign_keys_hold_after_writes(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    for name in sorted(p.name for p in seeds_dir.iterdir()):
        kb.add_document(seed_document(seeds_dir, settings, name))
    conn = kb.connection
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_an_event_reported_by_two_articles_keeps_one_evidence_per_article(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    a = seed_document(seeds_dir, settings, "000_d9da830b0822e319.txt")
    b = seed_document(seeds_dir, settings, "001_f72946cf7d7e84f3.txt")
    kb.add_document(a)
    kb.add_document(b)
    putin_a, kim_a = (_grounded_entity(a, f"e-{k}", n, n) for k, n in (("putin", "Putin"), ("kim", "Kim")))
    putin_b, kim_b = (_grounded_entity(b, f"e-{k}", n, n) for k, n in (("putin", "Putin"), ("kim", "Kim")))
    kb.replace_extraction(a.id, [putin_a, kim_a], [_gift(a, "v-gift", putin_a, kim_a)])
    from_b = replace(_gift(b, "v-gift", putin_b, kim_b), time=None)
    kb.replace_extraction(b.id, [putin_b, kim_b], [from_b])
    (gift,) = kb.events()
    assert sorted(e.document for e in gift.evidence) == sorted([a.id, b.id])
    assert len(gift.roles["giver"]) == 2  # one filler per article
    kb.replace_extraction(a.id, [], [])
    (gift,) = kb.events()
    assert [e.document for e in gift.evidence] == [b.id]
    assert gift.time == "XXXX-09-13"  # a's time stays: b gave none


def test_fused_events_replace_their_reports_events_and_keep_sources_and_disagreements(
    kb: KnowledgeBase, seeds_dir: Path, settings: Settings
) -> None:
    a = seed_document(seeds_dir, settings, "000_d9da830b0822e319.txt")
    b = seed_document(seeds_dir, settings, "001_f72946cf7d7e84f3.txt")
    kb.add_document(a)
    kb.add_document(b)
    putin_a, kim_a = (_grounded_entity(a, f"e-{k}", n, n) for k, n in (("putin", "Putin"), ("kim", "Kim")))
    putin_b, kim_b = (_grounded_entity(b, f"e-{k}", n, n) for k, n in (("putin", "Putin"), ("kim", "Kim")))
    kb.replace_extraction(a.id, [putin_a, kim_a], [_gift(a, "r-a", putin_a, kim_a)])
    kb.replace_extraction(b.id, [putin_b, kim_b], [replace(_gift(b, "r-b", putin_b, kim_b), time=None)])
    assert len(kb.events()) == 2  # before fusion each report is its own event
    fused = replace(
        _gift(a, "r-a", putin_a, kim_a),
        mentions=["r-a", "r-b"],
        sources=[Source("Tagblatt", "outlet", (a.id,))],
        disagreements=[Disagreement("time", (("XXXX-09-13", (a.id,)), ("XXXX-09-14", (b.id,))))],
    )
    kb.replace_events([fused])
    (event,) = kb.events()
    assert event.mentions == ["r-a", "r-b"] and {e.document for e in event.evidence} == {a.id, b.id}
    assert event.sources == fused.sources and event.disagreements == fused.disagreements
    assert [m.id for m in kb.event_mentions(b.id)] == ["r-b"]
    (record,) = kb.export()["events"]
    assert record["disagreements"][0]["values"][1] == {"value": "XXXX-09-14", "documents": [b.id]}
    assert [m["id"] for m in record["mentions"]] == ["r-a", "r-b"]
    with pytest.raises(StoreError, match="unknown reports"):
        kb.replace_events([replace(fused, mentions=["r-a", "r-none"])])
    assert [e.id for e in kb.events()] == ["r-a"]  # the failed write changed nothing
