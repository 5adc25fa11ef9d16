"""The feeds table: what is polled, and how each feed is doing."""

from __future__ import annotations

from datetime import datetime

from storage.db import Database, now_text


def ensure_feed(db: Database, name: str, url: str, now: datetime, *, origin: str = "replay") -> int:
    """The id of the feed with this url, creating it (named `name`) if it is new."""
    row = db.execute("SELECT id FROM feeds WHERE url = ?", [url]).fetchone()
    if row:
        return int(row[0])
    taken = db.execute("SELECT 1 FROM feeds WHERE name = ?", [name]).fetchone()
    unique = name if not taken else f"{name} ({url})"
    cursor = db.execute(
        "INSERT INTO feeds (name, url, origin, created_at) VALUES (?, ?, ?, ?)",
        [unique, url, origin, now_text(now)],
    )
    return int(cursor.lastrowid or 0)
