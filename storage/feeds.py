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
from bot.settings import FeedsSettings
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
    disabled_reason: str | None = None  # why it is inactive: removed, gone (410), failures
    body_hash: str | None = None  # SHA-256 of the last document fetched


_COLUMNS = (
    "id, name, url, interval, fulltext, tags, origin, active, etag, last_modified, last_polled, "
    "last_success, last_error, error_count, next_poll, disabled_reason, body_hash"
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
        disabled_reason=row[15],
        body_hash=row[16],
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
    interval: int = FeedsSettings.interval,
    fulltext: bool = False,
    tags: tuple[str, ...] = (),
    origin: str = "cli",
    min_interval: int = FeedsSettings.min_interval,
) -> FeedRow:
    """Add a feed, or reactivate and update the one with this URL (its failure count starts
    again and it is polled at once). FeedError when the name is taken by another URL or is not a
    plain name."""
    name = name or name_from_url(url)
    check_feed(name, interval, min_interval)
    other = get_feed(db, name)
    if other is not None and other.url != url:
        raise FeedError(name, f"the name is taken by {other.url}")
    values = [name, url, interval, int(fulltext), json.dumps(list(tags)), origin, now_text(now)]
    with db.atomic():
        db.execute(
            "INSERT INTO feeds (name, url, interval, fulltext, tags, origin, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET name = excluded.name, "
            "interval = excluded.interval, fulltext = excluded.fulltext, tags = excluded.tags, "
            "origin = excluded.origin, active = 1, disabled_reason = NULL, error_count = 0, "
            "next_poll = NULL",
            values,
        )
    feed = feed_by_url(db, url)
    assert feed is not None
    return feed


def check_feed(name: str, interval: int, min_interval: int) -> None:
    if not _NAME.match(name):
        raise FeedError(name, "a feed name is 1-64 letters, digits, '.', '_' or '-'")
    if interval < min_interval:
        raise FeedError(name, f"interval {interval}s is under the minimum of {min_interval}s")


def remove_feed(db: Database, name: str, *, reason: str = "removed") -> bool:
    """Deactivate the feed named `name`; False when there is no such active feed."""
    with db.atomic():
        cursor = db.execute(
            "UPDATE feeds SET active = 0, disabled_reason = ? WHERE name = ? AND active = 1",
            [reason, name],
        )
    return cursor.rowcount > 0


@dataclass(frozen=True)
class FeedSpec:
    """One feed as config/feeds.toml (or an OPML file) describes it."""

    name: str
    url: str
    interval: int
    fulltext: bool = False
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SyncResult:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    deactivated: tuple[str, ...]


FROM_FILE_REMOVED = "removed from the feeds file"


def sync_config_feeds(db: Database, specs: list[FeedSpec], now: datetime) -> SyncResult:
    """Make the feeds of origin "config" what the feeds file says: upsert by URL; a config feed
    no longer in the file is deactivated; feeds added from the CLI or Telegram are left alone
    (unless the file now lists their URL, which makes them config feeds). A feed the poller gave
    up on (410, too many failures) stays inactive until it is added again from the CLI or
    Telegram: restarting must not resume hammering a dead URL."""
    added: list[str] = []
    updated: list[str] = []
    urls = {spec.url for spec in specs}
    with db.atomic():
        for spec in specs:
            known = feed_by_url(db, spec.url)
            other = get_feed(db, spec.name)
            if other is not None and other.url != spec.url:
                raise FeedError(spec.name, f"the name is taken by {other.url}")
            tags = json.dumps(list(spec.tags))
            if known is None:
                db.execute(
                    "INSERT INTO feeds (name, url, interval, fulltext, tags, origin, created_at) "
                    "VALUES (?, ?, ?, ?, ?, 'config', ?)",
                    [spec.name, spec.url, spec.interval, int(spec.fulltext), tags, now_text(now)],
                )
                added.append(spec.name)
                continue
            revive = not known.active and known.disabled_reason in (None, FROM_FILE_REMOVED)
            changed = (known.name, known.interval, known.fulltext, known.tags, known.origin) != (
                spec.name,
                spec.interval,
                spec.fulltext,
                spec.tags,
                "config",
            )
            if changed or revive:
                db.execute(
                    "UPDATE feeds SET name = ?, interval = ?, fulltext = ?, tags = ?, "
                    "origin = 'config', active = CASE WHEN ? THEN 1 ELSE active END, "
                    "disabled_reason = CASE WHEN ? THEN NULL ELSE disabled_reason END "
                    "WHERE id = ?",
                    [spec.name, spec.interval, int(spec.fulltext), tags, revive, revive, known.id],
                )
                updated.append(spec.name)
        gone = [
            feed.name
            for feed in list_feeds(db, active_only=True)
            if feed.origin == "config" and feed.url not in urls
        ]
        for name in gone:
            db.execute(
                "UPDATE feeds SET active = 0, disabled_reason = ? WHERE name = ?",
                [FROM_FILE_REMOVED, name],
            )
    return SyncResult(tuple(added), tuple(updated), tuple(gone))


def due_feeds(db: Database, now: datetime, *, limit: int = 1000) -> list[FeedRow]:
    """Active feeds whose next poll is due (never polled first), the most overdue first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM feeds WHERE active = 1 AND (next_poll IS NULL OR next_poll <= ?) "
        "ORDER BY next_poll IS NOT NULL, next_poll, id LIMIT ?",
        [now_text(now), limit],
    ).fetchall()
    return [_row(row) for row in rows]


def save_poll(
    db: Database,
    feed_id: int,
    *,
    polled: datetime,
    success: bool,
    next_poll: datetime,
    error: str | None = None,
    error_count: int = 0,
    etag: str | None = None,
    last_modified: str | None = None,
    keep_validators: bool = False,
    body_hash: str | None = None,
    deactivate: str | None = None,
) -> None:
    """Store the outcome of one poll: health, validators, next poll, maybe deactivation."""
    sets = ["last_polled = ?", "next_poll = ?", "error_count = ?"]
    values: list[Any] = [now_text(polled), now_text(next_poll), error_count]
    if error is not None:  # a success keeps the last error on show, with its count at 0
        sets.append("last_error = ?")
        values.append(error)
    if success:
        sets.append("last_success = ?")
        values.append(now_text(polled))
        if not keep_validators:
            sets += ["etag = ?", "last_modified = ?", "body_hash = ?"]
            values += [etag, last_modified, body_hash]
    if deactivate is not None:
        sets += ["active = 0", "disabled_reason = ?"]
        values.append(deactivate)
    with db.atomic():
        db.execute(f"UPDATE feeds SET {', '.join(sets)} WHERE id = ?", [*values, feed_id])


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
