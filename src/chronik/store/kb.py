"""The SQLite knowledge base: documents, entities, events and the runs that made them.

Discipline after datasette's `database.py`: WAL mode so readers never wait for the writer; one
writing connection per process, every write in one IMMEDIATE transaction (or a savepoint inside
an open one); read-only connections (`mode=ro`) for serving; a busy timeout; schema as named,
ordered plain-SQL migrations (`store/migrations/`). Every sqlite3 error leaves as a `StoreError`.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from chronik.core.errors import StoreError
from chronik.core.models import Document, Entity, Event, Extraction, RoleFiller
from chronik.core.settings import Settings
from chronik.store import queries
from chronik.store.migrate import applied_migrations, migrate, pending_migrations
from chronik.store.rows import (
    StoredExtraction,
    disagreements_to_json,
    document_from_row,
    dumps,
    edits_to_json,
    entity_from_record,
    event_from_record,
    event_from_rows,
    extraction_from_json,
    sources_to_json,
    stored_extraction,
)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds a writer waits for another writer before giving up

_DOCUMENT_COLUMNS = (
    "id, source, url, title, published, author, language, raw, text, original, offsets, edits, "
    "content_hash, metadata"
)


@dataclass(frozen=True)
class AddResult:
    """What `add_document` did: added it (perhaps linked to near-duplicates) or found it already there."""

    document_id: str
    duplicate_of: str | None = None
    near_duplicates: tuple[tuple[str, float], ...] = ()
    language: str | None = None  # of the document added

    @property
    def added(self) -> bool:
        return self.duplicate_of is None

    @property
    def status(self) -> Literal["new", "near-duplicate", "duplicate"]:
        if self.duplicate_of is not None:
            return "duplicate"
        return "near-duplicate" if self.near_duplicates else "new"


@dataclass(frozen=True)
class FusionState:
    """What fusion needs of one analysed document: its local entity keys, in order, and the hash
    of the entity ids its stored contribution was written with (None: not written yet)."""

    document: str
    seq: int
    keys: tuple[str, ...]
    fused: str | None
    failed: bool


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    title: str | None
    source: str
    snippet: str
    score: float  # bm25: lower is better


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class KnowledgeBase:
    """One SQLite file. Open it writable (migrates it) or read-only (`readonly=True`) for serving."""

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        settings: Settings | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.settings = settings or Settings.load()
        self._savepoints = itertools.count(1)
        self._conn = self._connect(busy_timeout)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        settings: Settings | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> KnowledgeBase:
        return cls(path, readonly=readonly, settings=settings, busy_timeout=busy_timeout)

    def _connect(self, busy_timeout: float) -> sqlite3.Connection:
        if self.readonly:
            if not self.path.is_file():
                raise StoreError(f"no knowledge base at {self.path}")
            target, uri = self.path.resolve().as_uri() + "?mode=ro", True
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"cannot create the folder of {self.path}: {err.strerror}") from err
            target, uri = str(self.path), False
        try:
            # isolation_level=None: no implicit transactions; `transaction()` says where they are.
            conn = sqlite3.connect(target, uri=uri, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open {self.path}: {err}") from err
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if self.readonly:
                if not applied_migrations(conn):
                    raise StoreError(f"{self.path} is not a Chronik knowledge base")
                pending = pending_migrations(conn)
                if pending:
                    raise StoreError(
                        f"{self.path} needs migrating ({', '.join(m.name for m in pending)}); "
                        "open it once for writing, e.g. with `chronik ingest`"
                    )
            else:
                conn.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL survives a killed process; only a power cut may lose the last commits.
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
        except sqlite3.Error as err:
            conn.close()
            raise StoreError(f"cannot open {self.path}: {err}") from err
        except StoreError:
            conn.close()
            raise
        return conn

    # -- connection and transactions ------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for read queries this class does not offer."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls become savepoints, so callers can batch writes."""
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only")
        conn = self._conn
        if conn.in_transaction:
            name = f"chronik_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")
            return
        try:
            # IMMEDIATE takes the write lock now, so a busy database fails here, not halfway through.
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise StoreError(f"cannot write to {self.path}: {err}") from err
        try:
            yield
        except sqlite3.Error as err:
            conn.execute("ROLLBACK")
            raise StoreError(f"write to {self.path} failed: {err}") from err
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as err:
            raise StoreError(f"commit to {self.path} failed: {err}") from err

    @contextmanager
    def reading(self, time_limit: float | None = None) -> Iterator[sqlite3.Connection]:
        """The connection for `store.queries`; sqlite errors leave as `StoreError`, and with
        `time_limit` (seconds) a statement running longer is interrupted."""
        conn = self._conn
        if time_limit is not None:
            deadline = time.monotonic() + time_limit
            # A non-zero return from the progress handler interrupts the running statement.
            conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
        try:
            yield conn
        except sqlite3.OperationalError as err:
            if time_limit is not None and "interrupted" in str(err):
                raise StoreError(f"query took longer than {time_limit:g} s") from err
            raise StoreError(f"query on {self.path} failed: {err}") from err
        except sqlite3.Error as err:
            raise StoreError(f"query on {self.path} failed: {err}") from err
        finally:
            if time_limit is not None:
                conn.set_progress_handler(None, 0)

    # -- runs --------------------------------------------------------------------------------------

    def start_run(self, command: str, arguments: Sequence[str] | Mapping[str, Any] = ()) -> int:
        """Record that a command started; returns the run id that documents and counts refer to."""
        args = dict(arguments) if isinstance(arguments, Mapping) else list(arguments)
        with self.transaction():
            cur = self._conn.execute(
                "INSERT INTO runs(command, arguments, started) VALUES (?, ?, ?)",
                (command, dumps(args), _now()),
            )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: Mapping[str, Any]) -> None:
        with self.transaction():
            cur = self._conn.execute(
                "UPDATE runs SET finished = ?, counts = ? WHERE id = ?", (_now(), dumps(dict(counts)), run_id)
            )
            if cur.rowcount != 1:
                raise StoreError(f"no run {run_id}")

    def runs(self) -> list[dict[str, Any]]:
        with self.reading() as conn:
            rows = conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return [queries.run_record(r) for r in rows]

    # -- documents -------------------------------------------------------------------------------

    def add_document(self, doc: Document, run: int | None = None) -> AddResult:
        """Store a document unless its content hash is known; link it to near-duplicates it has."""
        # Imported here: MinHash brings numpy, which read-only users never need.
        from chronik.ingest.identity import lsh_bands, minhash_signature

        if not doc.content_hash:
            raise StoreError(f"document {doc.id} from {doc.source} has no content hash")
        known = self._document_with_hash(doc.content_hash)
        if known is not None:  # a re-run meets mostly known articles: spare them the signature
            return AddResult(doc.id, duplicate_of=known)
        # The signature is the slow part; compute it before taking the write lock.
        signature = minhash_signature(doc.text)
        bands = sorted(set(lsh_bands(signature)))
        with self.transaction():
            conn = self._conn
            same = self._document_with_hash(doc.content_hash)  # again: another writer may have added it
            if same is not None:
                return AddResult(doc.id, duplicate_of=same)
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                raise StoreError(f"document id {doc.id} is taken by a document with other content")
            near = self._find_near_duplicates(signature, bands)
            conn.execute(
                "INSERT INTO documents(id, source, url, title, published, author, language, raw, text, "
                "original, offsets, edits, content_hash, minhash, metadata, run, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id, doc.source, doc.url, doc.title, doc.published, doc.author, doc.language,
                    doc.raw, doc.text, doc.original, doc.offsets.to_json(), edits_to_json(doc.edits),
                    doc.content_hash, signature, dumps(doc.metadata), run, _now(),
                ),
            )  # fmt: skip
            conn.executemany(
                "INSERT INTO document_bands(band, document) VALUES (?, ?)", [(b, doc.id) for b in bands]
            )
            conn.executemany(
                "INSERT INTO near_duplicates(doc_a, doc_b, similarity) VALUES (?, ?, ?)",
                [(min(doc.id, other), max(doc.id, other), sim) for other, sim in near],
            )
        return AddResult(doc.id, near_duplicates=tuple(near), language=doc.language)

    def _document_with_hash(self, content_hash: str) -> str | None:
        with self.reading() as conn:
            row = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return None if row is None else str(row["id"])

    def _find_near_duplicates(self, signature: bytes, bands: Sequence[str]) -> list[tuple[str, float]]:
        if not bands:
            return []
        marks = ",".join("?" * len(bands))
        rows = self._conn.execute(
            "SELECT id, minhash FROM documents WHERE id IN "
            f"(SELECT DISTINCT document FROM document_bands WHERE band IN ({marks}))",
            list(bands),
        ).fetchall()
        from chronik.ingest.identity import signature_similarity

        threshold = self.settings.near_duplicate_threshold
        found = []
        for row in rows:
            if row["minhash"] is None:
                continue
            similarity = signature_similarity(signature, row["minhash"])
            if similarity >= threshold:
                found.append((row["id"], similarity))
        found.sort(key=lambda pair: (-pair[1], pair[0]))
        return found

    def get_document(self, document_id: str) -> Document | None:
        with self.reading() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
        return document_from_row(row) if row else None

    def resolve_document_id(self, prefix: str) -> str:
        """The id that is `prefix` or that alone starts with it (ids are long hashes to type)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self.reading() as conn:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (prefix,)).fetchone():
                return prefix
            rows = conn.execute(
                "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3", (escaped + "%",)
            ).fetchall()
        if not rows or not prefix:
            raise StoreError(f"no document {prefix!r}")
        if len(rows) > 1:
            raise StoreError(f"{prefix!r} names several documents ({', '.join(r['id'] for r in rows)}, …)")
        return str(rows[0]["id"])

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Documents in the order they were ingested."""
        with self.reading() as conn:
            rows = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY seq LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            ).fetchall()
        return [document_from_row(r) for r in rows]

    def count_documents(self) -> int:
        with self.reading() as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def near_duplicates(self, document_id: str) -> list[tuple[str, float]]:
        """(other document id, similarity) for every near-duplicate linked to a document."""
        with self.reading() as conn:
            return queries.near_duplicates(conn, document_id)

    def search(
        self,
        query: str,
        limit: int = 20,
        *,
        mark: tuple[str, str] = ("[", "]"),
        time_limit: float | None = 5.0,
    ) -> list[SearchHit]:
        """Full-text search over titles and texts, best first, with the matching stretch as snippet.

        `query` is FTS5 syntax (`Putin AND Kim`, `"Kosmodrom Wostotschny"`, `Gewehr*`); when it is
        not valid syntax, its words are searched as plain terms instead. Queries longer than the
        `max_query_chars` setting are refused (`InvalidQuery`).
        """
        queries.check_query_text(query, self.settings.max_query_chars)
        with self.reading(time_limit) as conn:
            hits = queries.search_documents(conn, query, limit, queries.Deadline(time_limit))
        return [SearchHit(h["id"], h["title"], h["source"], _marked(h, mark), h["score"]) for h in hits]

    # -- analyses --------------------------------------------------------------------------------

    def analysis_todo(
        self, version: str, languages: set[str | None], *, force: bool = False
    ) -> tuple[list[str], int, int]:
        """(ids of the documents to analyse, in ingest order; how many are in other languages; how
        many are up to date): new ones, failed ones, and those analysed with another version."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT d.id, d.language, a.version, a.status FROM documents d "
                "LEFT JOIN analyses a ON a.document = d.id ORDER BY d.seq"
            ).fetchall()
        todo, other_language, current = [], 0, 0
        for row in rows:
            if row["language"] not in languages:
                other_language += 1
            elif force or row["version"] != version or row["status"] != "ok":
                todo.append(row["id"])
            else:
                current += 1
        return todo, other_language, current

    def iter_documents(self, ids: Sequence[str], batch_size: int) -> Iterator[list[Document]]:
        """The documents with these ids, in that order, `batch_size` at a time."""
        for k in range(0, len(ids), batch_size):
            chunk = list(ids[k : k + batch_size])
            marks = ",".join("?" * len(chunk))
            with self.reading() as conn:
                rows = conn.execute(
                    f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id IN ({marks})", chunk
                ).fetchall()
            found = {r["id"]: document_from_row(r) for r in rows}
            yield [found[i] for i in chunk if i in found]

    def record_analysis(
        self,
        document_id: str,
        version: str,
        extraction: Extraction | StoredExtraction | None,
        error: str | None = None,
        seconds: float = 0.0,
    ) -> None:
        """Store what analysis made of a document (its extraction before fusion, or its error)."""
        stored = stored_extraction(extraction) if isinstance(extraction, Extraction) else extraction
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO analyses(document, version, status, error, seconds, keys, "
                "extraction, fused, analysed) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                (
                    document_id, version, "failed" if error else "ok", error, seconds,
                    stored.keys if stored is not None else "[]",
                    stored.json if stored is not None else None, _now(),
                ),
            )  # fmt: skip

    def fusion_states(self) -> list[FusionState]:
        """Every analysed document's keys and fusion state, in ingest order (keys are small; the
        extractions stay in the database until `stored_extraction` reads one)."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT a.document, d.seq, a.keys, a.fused, a.status FROM analyses a "
                "JOIN documents d ON d.id = a.document ORDER BY d.seq"
            ).fetchall()
        return [
            FusionState(
                r["document"], r["seq"], tuple(json.loads(r["keys"])), r["fused"], r["status"] != "ok"
            )
            for r in rows
        ]

    def stored_extraction(self, document_id: str) -> Extraction | None:
        with self.reading() as conn:
            row = conn.execute(
                "SELECT extraction FROM analyses WHERE document = ? AND status = 'ok'", (document_id,)
            ).fetchone()
        return extraction_from_json(row["extraction"]) if row and row["extraction"] else None

    def write_fused(
        self, document_id: str, entities: Sequence[Entity], events: Sequence[Event], fused: str
    ) -> None:
        """Replace a document's contribution and record which fusion wrote it, in one transaction."""
        with self.transaction():
            self.replace_extraction(document_id, entities, events)
            self._conn.execute("UPDATE analyses SET fused = ? WHERE document = ?", (fused, document_id))

    def contributors(self, entity_ids: Sequence[str]) -> set[str]:
        """The documents that contribute any of these entities."""
        return self._entity_sources("document", "entity", entity_ids)

    def entities_of(self, document_ids: Sequence[str]) -> set[str]:
        """The entities these documents contribute."""
        return self._entity_sources("entity", "document", document_ids)

    def _entity_sources(
        self,
        wanted: Literal["entity", "document"],
        given: Literal["entity", "document"],
        values: Sequence[str],
    ) -> set[str]:
        found: set[str] = set()
        values = list(values)
        with self.reading() as conn:
            for k in range(0, len(values), 500):  # SQLite caps the number of parameters
                chunk = values[k : k + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT DISTINCT {wanted} FROM entity_sources WHERE {given} IN ({marks})"
                found.update(r[0] for r in conn.execute(sql, chunk))
        return found

    def analysis_of(self, document_id: str) -> dict[str, Any] | None:
        """How the last build analysed a document: version, status, error, seconds, when."""
        with self.reading() as conn:
            row = conn.execute(
                "SELECT version, status, error, seconds, analysed FROM analyses WHERE document = ?",
                (document_id,),
            ).fetchone()
        return dict(row) if row else None

    # -- extraction ------------------------------------------------------------------------------

    def replace_extraction(
        self, document_id: str, entities: Sequence[Entity], events: Sequence[Event]
    ) -> None:
        """Replace what one document contributed: its mentions, aliases, event reports (event
        mentions) with their roles, evidence and places.

        `events` are this document's reports; each report stays (or, new, becomes) its own event
        until `replace_events` stores the fused events. Entity and report ids are global. An id that
        exists already gets this document's aliases, mentions, roles and evidence added, and the
        latest writer's fields win (name, type, kb_id; type, modality, time, place, plover when
        given; attribute keys), so a rebuild after better fusion renames what it fused. Entities and
        reports that no document contributes any more are removed. Every span must lie in this
        document's raw text, and a mention's text must equal `raw[start:end]`.
        """
        with self.transaction():
            conn = self._conn
            row = conn.execute("SELECT raw FROM documents WHERE id = ?", (document_id,)).fetchone()
            if row is None:
                raise StoreError(f"no document {document_id}")
            _check_spans(document_id, row["raw"], entities, events)
            self._remove_contribution(document_id)
            for entity in entities:
                self._add_entity(document_id, entity)
            _check_references(conn, events)
            for event in events:
                self._add_mention(document_id, event)

    def replace_events(self, events: Sequence[Event]) -> None:
        """Store the fused events (`chronik.fuse.events.fuse_events`) in place of all events: each
        with its derived fields, sources and disagreements, and each of its `mentions` linked to it."""
        with self.transaction():
            conn = self._conn
            known = {r[0] for r in conn.execute("SELECT id FROM event_mentions")}
            for event in events:
                missing = [m for m in event.mentions if m not in known]
                if missing or not event.mentions:
                    names = ", ".join(missing) or "none"
                    raise StoreError(f"event {event.id} names unknown reports: {names}")
            conn.execute("DELETE FROM events")
            for event in events:
                place_doc = None
                if event.place is not None:
                    for mention in event.mentions:
                        row = conn.execute(
                            "SELECT place_document FROM event_mentions WHERE id = ? AND place_start = ? "
                            "AND place_text = ?",
                            (mention, event.place.start, event.place.text),
                        ).fetchone()
                        if row is not None:
                            place_doc = row[0]
                            break
                self._insert_event(event, place_doc, "INSERT INTO events")
                conn.executemany(
                    "UPDATE event_mentions SET event = ? WHERE id = ?",
                    [(event.id, m) for m in event.mentions],
                )
            # A report no fused event names stays an event of its own.
            conn.execute("UPDATE event_mentions SET event = id WHERE event NOT IN (SELECT id FROM events)")
            self._singleton_events()

    def _singleton_events(self) -> None:
        self._conn.execute(
            "INSERT OR IGNORE INTO events(id, type, modality, time, time_text, place_entity, place_text, "
            "place_document, place_start, place_end, plover, attributes) "
            "SELECT event, type, modality, time, time_text, place_entity, place_text, place_document, "
            "place_start, place_end, plover, attributes FROM event_mentions "
            "WHERE event NOT IN (SELECT id FROM events) GROUP BY event"
        )

    def _insert_event(self, event: Event, place_document: str | None, verb: str) -> None:
        place = event.place
        self._conn.execute(
            f"{verb}(id, type, modality, time, time_text, place_entity, place_text, place_document, "
            "place_start, place_end, plover, attributes, sources, disagreements) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id, event.type, event.modality, event.time, event.time_text,
                place.entity if place else None, place.text if place else None,
                place_document if place else None, place.start if place else None,
                place.end if place else None, event.plover, dumps(event.attributes),
                dumps(sources_to_json(event.sources)), dumps(disagreements_to_json(event.disagreements)),
            ),
        )  # fmt: skip

    def _remove_contribution(self, document_id: str) -> None:
        conn = self._conn
        before = conn.total_changes
        # What may lose its last reference with this document's rows: only these are swept below
        # (sweeping whole tables for every document re-fused made a rebuild quadratic).
        mentions = _column(conn, "SELECT mention FROM mention_sources WHERE document = ?", document_id)
        entities = _column(
            conn,
            "SELECT entity FROM entity_sources WHERE document = ? "
            "UNION SELECT entity FROM mention_roles WHERE document = ? AND entity IS NOT NULL "
            "UNION SELECT place_entity FROM event_mentions "
            "WHERE place_document = ? AND place_entity IS NOT NULL",
            document_id, document_id, document_id,
        )  # fmt: skip
        tables = (
            "mentions", "aliases", "entity_sources", "mention_roles", "mention_evidence", "mention_sources"
        )  # fmt: skip
        for table in tables:
            conn.execute(f"DELETE FROM {table} WHERE document = ?", (document_id,))
        for table in ("event_mentions", "events"):
            conn.execute(
                f"UPDATE {table} SET place_entity = NULL, place_text = NULL, place_document = NULL, "
                "place_start = NULL, place_end = NULL WHERE place_document = ?",
                (document_id,),
            )
        if conn.total_changes == before:
            return  # nothing of it was stored (a new document): nothing lost its last reference
        sourced = "SELECT 1 FROM mention_sources WHERE mention = ?"
        gone = [m for m in mentions if not _column(conn, sourced, m)]
        events: list[str] = []
        for mention in gone:
            # Its event, and the entities its other documents' roles and its place point at.
            events += _column(conn, "SELECT event FROM event_mentions WHERE id = ?", mention)
            entities += _column(
                conn,
                "SELECT entity FROM mention_roles WHERE mention = ? AND entity IS NOT NULL "
                "UNION SELECT place_entity FROM event_mentions WHERE id = ? AND place_entity IS NOT NULL",
                mention, mention,
            )  # fmt: skip
            conn.execute("DELETE FROM event_mentions WHERE id = ?", (mention,))
        conn.executemany(
            "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_mentions WHERE event = ?)",
            [(event, event) for event in dict.fromkeys(events)],
        )
        # An entity stays while a document contributes it or an event still points at it.
        conn.executemany(
            "DELETE FROM entities WHERE id = ? "
            "AND NOT EXISTS (SELECT 1 FROM entity_sources WHERE entity = ?) "
            "AND NOT EXISTS (SELECT 1 FROM mention_roles WHERE entity = ?) "
            "AND NOT EXISTS (SELECT 1 FROM event_mentions WHERE place_entity = ?)",
            [(entity,) * 4 for entity in dict.fromkeys(entities)],
        )

    def _add_entity(self, document_id: str, entity: Entity) -> None:
        conn = self._conn
        conn.execute(
            "INSERT INTO entities(id, type, name, kb_id, attributes) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, "
            "kb_id = coalesce(excluded.kb_id, entities.kb_id), "
            "attributes = json_patch(entities.attributes, excluded.attributes)",
            (entity.id, entity.type, entity.name, entity.kb_id, dumps(entity.attributes)),
        )
        conn.execute(
            "INSERT OR IGNORE INTO entity_sources(entity, document) VALUES (?, ?)", (entity.id, document_id)
        )
        conn.executemany(
            "INSERT OR IGNORE INTO aliases(entity, alias, document) VALUES (?, ?, ?)",
            [(entity.id, alias, document_id) for alias in entity.aliases],
        )
        conn.executemany(
            'INSERT OR IGNORE INTO mentions(entity, document, "start", "end", text, kind) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(entity.id, m.document, m.start, m.end, m.text, m.kind) for m in entity.mentions],
        )

    def _add_mention(self, document_id: str, event: Event) -> None:
        conn = self._conn
        place = event.place
        conn.execute(
            "INSERT INTO event_mentions(id, type, modality, time, time_text, place_entity, place_text, "
            "place_document, place_start, place_end, plover, attributes, event) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET type = excluded.type, modality = excluded.modality, "
            "time = coalesce(excluded.time, event_mentions.time), "
            "time_text = coalesce(excluded.time_text, event_mentions.time_text), "
            "plover = coalesce(excluded.plover, event_mentions.plover), "
            "place_entity = iif(excluded.place_text IS NULL, event_mentions.place_entity, "
            "excluded.place_entity), "
            "place_document = iif(excluded.place_text IS NULL, event_mentions.place_document, "
            "excluded.place_document), "
            "place_start = iif(excluded.place_text IS NULL, event_mentions.place_start, "
            "excluded.place_start), "
            "place_end = iif(excluded.place_text IS NULL, event_mentions.place_end, excluded.place_end), "
            "place_text = coalesce(excluded.place_text, event_mentions.place_text), "
            "attributes = json_patch(event_mentions.attributes, excluded.attributes)",
            (
                event.id, event.type, event.modality, event.time, event.time_text,
                place.entity if place else None, place.text if place else None,
                document_id if place else None, place.start if place else None, place.end if place else None,
                event.plover, dumps(event.attributes), event.id,
            ),
        )  # fmt: skip
        conn.execute(
            "INSERT OR IGNORE INTO mention_sources(mention, document) VALUES (?, ?)", (event.id, document_id)
        )
        conn.execute(
            "INSERT OR IGNORE INTO events(id, type, modality, time, time_text, place_entity, place_text, "
            "place_document, place_start, place_end, plover, attributes) "
            "SELECT event, type, modality, time, time_text, place_entity, place_text, place_document, "
            "place_start, place_end, plover, attributes FROM event_mentions WHERE id = ?",
            (event.id,),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO mention_roles"
            '(mention, role, entity, text, document, "start", "end", quantity) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (event.id, role, f.entity, f.text, document_id, f.start, f.end, f.quantity)
                for role, fillers in event.roles.items()
                for f in fillers
            ],
        )
        conn.executemany(
            'INSERT OR IGNORE INTO mention_evidence(mention, document, "start", "end", text, trigger_start, '
            "trigger_end, trigger, attributed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (event.id, e.document, e.start, e.end, e.text, e.trigger_start, e.trigger_end, e.trigger,
                 e.attributed_to)
                for e in event.evidence
            ],
        )  # fmt: skip

    def entities(self, type: str | None = None) -> list[Entity]:
        """Every entity (or those of one type) with its aliases and mentions, in the order stored."""
        with self.reading() as conn:
            return [entity_from_record(r) for r in queries.iter_entity_records(conn, type)]

    def events(self, type: str | None = None, entity: str | None = None) -> list[Event]:
        """Events, optionally of one type and/or involving one entity (in a role or as the place)."""
        wanted = queries.EventFilter(types=(type,) if type else (), entity=entity, limit=None, order="stored")
        with self.reading() as conn:
            return [event_from_record(r) for r in queries.event_records(conn, wanted)]

    def event_mentions(self, document: str | None = None) -> list[Event]:
        """The reports as extraction stored them (of one document, or all), e.g. to fuse them again."""
        where = "WHERE m.id IN (SELECT mention FROM mention_sources WHERE document = ?)"
        params: tuple[str, ...] = (document,) if document is not None else ()
        if document is None:
            where = ""
        with self.reading() as conn:
            rows = conn.execute(
                f"SELECT m.* FROM event_mentions m {where} ORDER BY m.rowid", params
            ).fetchall()
            role_rows = conn.execute(
                "SELECT r.* FROM mention_roles r WHERE r.mention IN "
                f"(SELECT m.id FROM event_mentions m {where}) ORDER BY r.id",
                params,
            ).fetchall()
            evidence_rows = conn.execute(
                "SELECT e.* FROM mention_evidence e WHERE e.mention IN "
                f'(SELECT m.id FROM event_mentions m {where}) ORDER BY e.document, e."start", e.id',
                params,
            ).fetchall()
        roles, evidence = _grouped(role_rows, "mention"), _grouped(evidence_rows, "mention")
        return [event_from_rows(r, roles[r["id"]], evidence[r["id"]]) for r in rows]

    # -- reports -----------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of everything stored, for `chronik stats` and the API."""
        with self.reading() as conn:
            return {"path": str(self.path)} | queries.stats(conn)

    def iter_document_records(self) -> Iterator[dict[str, Any]]:
        """Export records of every document, one at a time (for JSONL export of large bases)."""
        with self.reading() as conn:
            yield from queries.iter_document_records(conn)

    def export(self) -> dict[str, Any]:
        """Everything, in the shape `../shared/eval/FORMAT.md` defines."""
        with self.reading() as conn:
            return {k: v if k == "format" else list(v) for k, v in queries.export_sections(conn).items()}


def _marked(hit: Mapping[str, Any], mark: tuple[str, str]) -> str:
    """A hit's snippet with `mark` around each highlighted stretch."""
    snippet, out, at = hit["snippet"], [], 0
    for start, end in hit["highlights"]:
        out += [snippet[at:start], mark[0], snippet[start:end], mark[1]]
        at = end
    return "".join([*out, snippet[at:]])


def _grouped(rows: Sequence[sqlite3.Row], column: str) -> dict[str, list[sqlite3.Row]]:
    """Rows by the value of one column, in their order (a missing key gives an empty list)."""
    out: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        out[row[column]].append(row)
    return out


def _check_span(what: str, start: int, end: int, raw: str) -> None:
    if not 0 <= start <= end <= len(raw):
        raise StoreError(f"{what}: span {start}..{end} lies outside the raw text (length {len(raw)})")


def _column(conn: sqlite3.Connection, sql: str, *params: object) -> list[str]:
    """The first column of a query's rows."""
    return [row[0] for row in conn.execute(sql, params)]


def _check_spans(document_id: str, raw: str, entities: Sequence[Entity], events: Sequence[Event]) -> None:
    """Grounding is checked where it is stored: a bad offset fails loudly instead of exporting nonsense."""
    for entity in entities:
        for m in entity.mentions:
            what = f"mention {m.text!r} of entity {entity.id}"
            if m.document != document_id:
                raise StoreError(f"{what} names document {m.document}, not {document_id}")
            _check_span(what, m.start, m.end, raw)
            if raw[m.start : m.end] != m.text:
                raise StoreError(f"{what} does not match raw[{m.start}:{m.end}] = {raw[m.start : m.end]!r}")
    for event in events:
        fillers: list[tuple[str, RoleFiller]] = [
            (f"role {role} of event {event.id}", f) for role, fs in event.roles.items() for f in fs
        ]
        if event.place is not None:
            fillers.append((f"place of event {event.id}", event.place))
        for what, f in fillers:
            _check_span(what, f.start, f.end, raw)
        for e in event.evidence:
            what = f"evidence of event {event.id}"
            if e.document != document_id:
                raise StoreError(f"{what} names document {e.document}, not {document_id}")
            _check_span(what, e.start, e.end, raw)
            _check_span(f"trigger of event {event.id}", e.trigger_start, e.trigger_end, raw)


def _check_references(conn: sqlite3.Connection, events: Sequence[Event]) -> None:
    wanted = {f.entity for ev in events for fs in ev.roles.values() for f in fs if f.entity}
    wanted |= {ev.place.entity for ev in events if ev.place and ev.place.entity}
    if not wanted:
        return
    marks = ",".join("?" * len(wanted))
    known = {r[0] for r in conn.execute(f"SELECT id FROM entities WHERE id IN ({marks})", sorted(wanted))}
    missing = sorted(wanted - known)
    if missing:
        raise StoreError(f"events refer to unknown entities: {', '.join(missing)}")
