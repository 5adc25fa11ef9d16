"""Open the SQLite database (a file or ":memory:"), set WAL, and run the versioned migrations.

The schema version is SQLite's `user_version`; MIGRATIONS[i] takes the schema from version i to
i + 1 and runs in one transaction, so a crash mid-migration leaves the previous version intact.
Add a migration at the end; never edit one that has shipped.

Connections stay on the thread that opened them (sqlite3's default check): storage is used from
the event loop's thread only.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from bot.errors import StorageError

Database = sqlite_utils.Database


def _statements(script: str) -> list[str]:
    """Split a DDL script into statements (executescript would commit the open transaction)."""
    return [part.strip() for part in re.split(r";\s*\n", script) if part.strip()]


def _v1(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL UNIQUE,
            interval INTEGER NOT NULL DEFAULT 300,       -- seconds between polls
            fulltext INTEGER NOT NULL DEFAULT 0,         -- fetch the article page for its text
            tags TEXT NOT NULL DEFAULT '[]',             -- JSON list
            origin TEXT NOT NULL DEFAULT 'config',       -- config | cli | telegram | replay
            active INTEGER NOT NULL DEFAULT 1,
            etag TEXT,
            last_modified TEXT,
            last_polled TEXT,
            last_success TEXT,
            last_error TEXT,
            error_count INTEGER NOT NULL DEFAULT 0,
            next_poll TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            guid TEXT NOT NULL,
            link TEXT,
            title TEXT NOT NULL,
            published TEXT,
            content_hash TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (feed_id, guid)
        );
        CREATE INDEX entries_link ON entries(link);
        CREATE INDEX entries_hash ON entries(content_hash);
        -- The current state of each tracked series (one row per series).
        CREATE TABLE facts (
            series TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            fact TEXT NOT NULL,                          -- JSON of the fact that set the state
            projection TEXT,                             -- JSON of the last projection (figures)
            entry_id INTEGER REFERENCES entries(id),
            reports INTEGER NOT NULL DEFAULT 1,          -- articles that reported this state
            conflicts TEXT NOT NULL DEFAULT '[]',        -- JSON: lower figures from other sources
            updated_at TEXT NOT NULL
        );
        CREATE INDEX facts_kind ON facts(kind);
        -- Every extracted fact with the entry it came from: provenance.
        CREATE TABLE observations (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries(id),
            series TEXT NOT NULL,
            kind TEXT NOT NULL,
            fact TEXT NOT NULL,
            sentence TEXT NOT NULL,
            observed_at TEXT NOT NULL
        );
        CREATE INDEX observations_series ON observations(series);
        CREATE INDEX observations_entry ON observations(entry_id);
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            series TEXT NOT NULL,
            change_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            change TEXT NOT NULL,
            fact TEXT NOT NULL,
            previous TEXT,
            entry_id INTEGER REFERENCES entries(id),
            text TEXT NOT NULL,
            record TEXT NOT NULL,                        -- the replay JSON object of this alert
            created_at TEXT NOT NULL,
            UNIQUE (series, change_key)
        );
        CREATE INDEX alerts_created ON alerts(created_at);
        CREATE TABLE chats (
            id INTEGER PRIMARY KEY,                      -- Telegram chat id
            type TEXT NOT NULL,                          -- private | group | supergroup | channel
            title TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            timezone TEXT NOT NULL DEFAULT 'UTC',
            quiet_start TEXT,                            -- "22:00", local to timezone
            quiet_end TEXT,
            kinds TEXT NOT NULL DEFAULT '["displacement","casualties","meeting","control"]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- A destination: a chat, or one topic (thread) of a forum group; thread 0 = the chat.
        CREATE TABLE subscriptions (
            chat_id INTEGER NOT NULL REFERENCES chats(id),
            thread_id INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, thread_id)
        );
        CREATE TABLE watchlists (
            chat_id INTEGER NOT NULL REFERENCES chats(id),
            term TEXT NOT NULL,                          -- normalised (casefolded, no diacritics)
            display TEXT NOT NULL,                       -- as the user typed it
            exclude INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, term, exclude)
        );
        -- The outbox: one row per alert and destination, written with the alert.
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL REFERENCES alerts(id),
            chat_id INTEGER NOT NULL,
            thread_id INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending',      -- pending | sent | failed | dropped
            attempts INTEGER NOT NULL DEFAULT 0,
            not_before TEXT,                             -- retry/back-off: not sent before this
            silent INTEGER NOT NULL DEFAULT 0,
            message_id INTEGER,
            error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (alert_id, chat_id, thread_id)
        );
        CREATE INDEX deliveries_pending ON deliveries(status, not_before);
        """,
    )


def _v2_polling(db: Database) -> None:
    _run(
        db,
        """
        -- Why a feed is inactive: removed (CLI, Telegram, feeds file) or given up by the poller.
        ALTER TABLE feeds ADD COLUMN disabled_reason TEXT;
        -- SHA-256 of the last document: a server without validators that sends the same bytes
        -- again costs no parse.
        ALTER TABLE feeds ADD COLUMN body_hash TEXT;
        -- The poller asks every second which feeds are due.
        CREATE INDEX feeds_due ON feeds(active, next_poll);
        -- Messages for the admins about a feed (failing, deactivated, recovered); the Telegram
        -- side sends the unsent ones and stamps sent_at.
        CREATE TABLE feed_notices (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            kind TEXT NOT NULL,                          -- failing | deactivated | recovered
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX feed_notices_unsent ON feed_notices(sent_at);
        -- The poller's heartbeat, read by `sitrep health` (one row per poller).
        CREATE TABLE heartbeat (
            name TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        -- Full text of article pages (feeds with fulltext = true), keyed by the entry as the feed
        -- gave it: a page is fetched once per version of its entry. text NULL: use the feed's.
        CREATE TABLE article_texts (
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            guid TEXT NOT NULL,
            feed_hash TEXT NOT NULL,
            text TEXT,
            fetched_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, guid)
        );
        """,
    )


def _run(db: Database, script: str) -> None:
    for statement in _statements(script):
        db.execute(statement)


def _v3_telegram(db: Database) -> None:
    # The watchlist automaton (bot/matching.py) is cached by every process that fans out alerts;
    # a trigger bumps this counter on any change, so a cache knows when to rebuild without
    # rereading every term for every alert.
    _run(
        db,
        """
        CREATE TABLE watch_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL
        );
        INSERT INTO watch_version (id, version) VALUES (1, 0);
        CREATE TRIGGER watchlists_insert AFTER INSERT ON watchlists
            BEGIN UPDATE watch_version SET version = version + 1; END;
        CREATE TRIGGER watchlists_update AFTER UPDATE ON watchlists
            BEGIN UPDATE watch_version SET version = version + 1; END;
        CREATE TRIGGER watchlists_delete AFTER DELETE ON watchlists
            BEGIN UPDATE watch_version SET version = version + 1; END;
        CREATE INDEX deliveries_chat ON deliveries(chat_id, status);
        CREATE INDEX subscriptions_chat ON subscriptions(chat_id)
        """,
    )


MIGRATIONS: tuple[Callable[[Database], None], ...] = (_v1, _v2_polling, _v3_telegram)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Bring the schema up to date; returns the version reached."""
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise StorageError(
            f"database schema version {version} is newer than this sitrep ({len(MIGRATIONS)}): "
            "upgrade sitrep"
        )
    for number in range(version, len(MIGRATIONS)):
        with db.atomic():  # one transaction per migration: all of it or none
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return len(MIGRATIONS)


def now_text(value: datetime) -> str:
    """Timestamps are stored as ISO 8601 UTC text: sortable, readable in the sqlite3 shell."""
    return value.astimezone(UTC).isoformat(timespec="seconds")


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def open_db(path: str | Path) -> Database:
    """Open (creating if needed) and migrate the database at `path`, or ":memory:"."""
    target = str(path)
    try:
        if target == ":memory:":
            db = Database(memory=True)
        else:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            db = Database(sqlite3.connect(target, timeout=30))
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
    except sqlite3.Error as exc:
        raise StorageError(f"database {target}: {exc}") from exc
    except OSError as exc:
        raise StorageError(f"database {target}: {exc}") from exc
    return db
