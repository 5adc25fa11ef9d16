"""The feeds table: what is polled, where feeds came from, and how each feed is doing.

Feeds come from config/feeds.toml (origin "config"), the CLI ("cli"), Telegram admins
("telegram") or a replay ("replay"). Removing a feed deactivates it: its entries and the facts
they produced stay, and adding the same URL again reactivates it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.errors import FeedError
from storage.db import Database, now_text, parse_time

_NAME = re.compile(r"^[\w.-]{1,64}$")


@dataclass(frozen=True)
class FeedRow:
    id: int
    name: str
    url: str
    interval: int  # seconds
    fulltext: bool
    tags: tuple[str, ...]
    origin: str
    active: bool
    etag: str | None
    last_modified: str | None
    last_polled: datetime | None
    last_success: datetime | None
    last_error: str | None
    error_count: int
    next_poll: datetime | None


_COLUMNS = (
    "id, name, url, interval, fulltext, tags, origin, active, etag, last_modified, last_polled, "
    "last_success, last_error, error_count, next_poll"
)


def _row(row: tuple[Any, ...]) -> FeedRow:
    return FeedRow(
        id=row[0],
        name=row[1],
        url=row[2],
        interval=row[3],
        fulltext=bool(row[4]),
        tags=tuple(json.loads(row[5])),
        origin=row[6],
        active=bool(row[7]),
        etag=row[8],
        last_modified=row[9],
        last_polled=parse_time(row[10]),
        last_success=parse_time(row[11]),
        last_error=row[12],
        error_count=row[13],
        next_poll=parse_time(row[14]),
    )


def name_from_url(url: str) -> str:
    """A feed name from its URL: host and path, e.g. "reliefweb.int-updates-rss"."""
    bare = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].strip("/")
    return re.sub(r"[^\w.-]+", "-", bare)[:64].strip("-") or "feed"


def list_feeds(db: Database, *, active_only: bool = False) -> list[FeedRow]:
    where = " WHERE active = 1" if active_only else ""
    rows = db.execute(f"SELECT {_COLUMNS} FROM feeds{where} ORDER BY name").fetchall()
    return [_row(row) for row in rows]


def get_feed(db: Database, name: str) -> FeedRow | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE name = ?", [name]).fetchone()
    return _row(row) if row else None


def feed_by_url(db: Database, url: str) -> FeedRow | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", [url]).fetchone()
    return _row(row) if row else None


def add_feed(
    db: Database,
    url: str,
    now: datetime,
    *,
    name: str | None = None,
    interval: int = 300,
    fulltext: bool = False,
    tags: tuple[str, ...] = (),
    origin: str = "cli",
) -> FeedRow:
    """Add a feed, or reactivate and update the one with this URL. FeedError when the name is
    taken by another URL or is not a plain name."""
    name = name or name_from_url(url)
    if not _NAME.match(name):
        raise FeedError(name, "a feed name is 1-64 letters, digits, '.', '_' or '-'")
    if interval < 60:
        raise FeedError(name, f"interval {interval}s is under the minimum of 60s")
    other = get_feed(db, name)
    if other is not None and other.url != url:
        raise FeedError(name, f"the name is taken by {other.url}")
    values = [name, url, interval, int(fulltext), json.dumps(list(tags)), origin, now_text(now)]
    with db.atomic():
        db.execute(
            "INSERT INTO feeds (name, url, interval, fulltext, tags, origin, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET name = excluded.name, "
            "interval = excluded.interval, fulltext = excluded.fulltext, tags = excluded.tags, "
            "origin = excluded.origin, active = 1",
            values,
        )
    feed = feed_by_url(db, url)
    assert feed is not None
    return feed


def remove_feed(db: Database, name: str) -> bool:
    """Deactivate the feed named `name`; False when there is no such active feed."""
    with db.atomic():
        cursor = db.execute("UPDATE feeds SET active = 0 WHERE name = ? AND active = 1", [name])
    return cursor.rowcount > 0


def ensure_feed(db: Database, name: str, url: str, now: datetime, *, origin: str = "replay") -> int:
    """The id of the feed with this url, creating it (named `name`) if it is new (replay)."""
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
