"""Storage: migrations, WAL, and the natural keys that make every side effect idempotent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.errors import StorageError
from storage.db import MIGRATIONS, open_db, schema_version

TABLES = {
    "feeds", "entries", "facts", "observations", "alerts", "chats", "subscriptions",
    "watchlists", "deliveries",
}  # fmt: skip


def test_a_new_file_gets_the_whole_schema_in_wal_mode(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sub" / "sitrep.db")
    assert set(db.table_names()) >= TABLES
    assert schema_version(db) == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    db = open_db(path)
    db.execute(
        "INSERT INTO chats (id, type, created_at, updated_at) VALUES (1, 'private', 'x', 'x')"
    )
    db.close()
    again = open_db(path)
    assert again.execute("SELECT COUNT(*) FROM chats").fetchone()[0] == 1


def test_memory_database() -> None:
    db = open_db(":memory:")
    assert set(db.table_names()) >= TABLES


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    open_db(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    with pytest.raises(StorageError, match="newer than this sitrep"):
        open_db(path)


def test_a_file_that_is_not_a_database_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "sitrep.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match=str(path)):
        open_db(path)


def test_alerts_and_deliveries_are_unique_by_their_natural_keys() -> None:
    db = open_db(":memory:")
    insert = (
        "INSERT INTO alerts (series, change_key, kind, change, fact, text, record, created_at) "
        "VALUES ('s', 'new:1', 'displacement', 'new', '{}', 't', '{}', 'x')"
    )
    db.execute(insert)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(insert)
    db.execute("INSERT INTO deliveries (alert_id, chat_id, created_at) VALUES (1, 7, 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO deliveries (alert_id, chat_id, created_at) VALUES (1, 7, 'x')")
