"""Schema migrations: plain SQL files `migrations/NNNN_name.sql`, applied in order, each recorded.

Each migration runs in its own IMMEDIATE transaction that first records its name in
`schema_migrations`; a second process migrating the same file at the same time fails on that
primary key, rolls back and finds the migration already applied.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from chronik.core.errors import StoreError

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

_BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name    TEXT PRIMARY KEY,
    applied TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """The migrations shipped with the package, in the order they apply."""
    folder = resources.files("chronik.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if MIGRATION_NAME.match(entry.name):
            found.append(Migration(entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.name)
    numbers = [m.name[:4] for m in found]
    if len(set(numbers)) != len(numbers):
        raise StoreError(f"two migrations share a number: {numbers}")
    return found


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]


def pending_migrations(conn: sqlite3.Connection) -> list[Migration]:
    known = available_migrations()
    done = set(applied_migrations(conn))
    unknown = done - {m.name for m in known}
    if unknown:
        raise StoreError(
            f"the knowledge base has migrations this Chronik does not know ({', '.join(sorted(unknown))}); "
            "it was written by a newer version"
        )
    return [m for m in known if m.name not in done]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every pending migration; returns the names applied now. `conn` must be in autocommit mode."""
    conn.execute(_BOOKKEEPING)
    applied_now = []
    for migration in pending_migrations(conn):
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        # executescript commits anything pending and then runs the script as written, so the
        # script carries its own transaction; the bookkeeping row goes first to claim the name.
        script = (
            "BEGIN IMMEDIATE;\n"
            f"INSERT INTO schema_migrations(name, applied) VALUES ('{migration.name}', '{stamp}');\n"
            f"{migration.sql}\n;\nCOMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error as err:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if migration.name in applied_migrations(conn):
                continue  # another process applied it between our look and our write
            raise StoreError(f"migration {migration.name} failed: {err}") from err
        applied_now.append(migration.name)
    return applied_now
