"""What the poller keeps besides the feeds table: notices for the admins, its heartbeat (read by
`sitrep health`) and the full text of article pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from storage.db import Database, now_text, parse_time

NoticeKind = Literal["failing", "deactivated", "recovered"]


@dataclass(frozen=True)
class FeedNotice:
    id: int
    feed_id: int
    feed: str  # the feed's name
    kind: NoticeKind
    text: str
    created_at: datetime


def add_notice(db: Database, feed_id: int, kind: NoticeKind, text: str, now: datetime) -> int:
    cursor = db.execute(
        "INSERT INTO feed_notices (feed_id, kind, text, created_at) VALUES (?, ?, ?, ?)",
        [feed_id, kind, text, now_text(now)],
    )
    return int(cursor.lastrowid or 0)


def unsent_notices(db: Database) -> list[FeedNotice]:
    """Notices not yet sent to the admins, oldest first."""
    rows = db.execute(
        "SELECT n.id, n.feed_id, f.name, n.kind, n.text, n.created_at FROM feed_notices n "
        "JOIN feeds f ON f.id = n.feed_id WHERE n.sent_at IS NULL ORDER BY n.id"
    ).fetchall()
    return [FeedNotice(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5])) for r in rows]


def mark_notice_sent(db: Database, notice_id: int, now: datetime) -> None:
    with db.atomic():
        db.execute("UPDATE feed_notices SET sent_at = ? WHERE id = ?", [now_text(now), notice_id])


def beat(db: Database, name: str, now: datetime, detail: dict[str, Any]) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO heartbeat (name, at, detail) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET at = excluded.at, detail = excluded.detail",
            [name, now_text(now), json.dumps(detail, sort_keys=True)],
        )


def last_beat(db: Database, name: str) -> tuple[datetime, dict[str, Any]] | None:
    row = db.execute("SELECT at, detail FROM heartbeat WHERE name = ?", [name]).fetchone()
    if row is None:
        return None
    at = parse_time(row[0])
    assert at is not None
    return at, json.loads(row[1])


def article_text(db: Database, feed_id: int, guid: str, feed_hash: str) -> tuple[bool, str | None]:
    """(known, text) for this version of the entry; text None means "use the feed's content"."""
    row = db.execute(
        "SELECT text FROM article_texts WHERE feed_id = ? AND guid = ? AND feed_hash = ?",
        [feed_id, guid, feed_hash],
    ).fetchone()
    return (True, row[0]) if row else (False, None)


def save_article_text(
    db: Database, feed_id: int, guid: str, feed_hash: str, text: str | None, now: datetime
) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO article_texts (feed_id, guid, feed_hash, text, fetched_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(feed_id, guid) DO UPDATE SET "
            "feed_hash = excluded.feed_hash, text = excluded.text, "
            "fetched_at = excluded.fetched_at",
            [feed_id, guid, feed_hash, text, now_text(now)],
        )


def entry_known(db: Database, feed_id: int, guid: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM entries WHERE feed_id = ? AND guid = ?", [feed_id, guid]
    ).fetchone()
    return row is not None
