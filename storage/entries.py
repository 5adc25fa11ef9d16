"""Entries seen, for deduplication: by guid within a feed, then by link, then by content hash.

An entry whose content changed is processed again (the diff decides whether that is news); the
same article syndicated in another feed, under another guid, is processed once.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from bot.models import EntryData
from storage.db import Database, now_text

EntryStatus = Literal["new", "changed", "unchanged", "duplicate"]


def content_hash(entry: EntryData) -> str:
    return hashlib.sha256(f"{entry.title}\n{entry.content}".encode()).hexdigest()


def record_entry(
    db: Database, feed_id: int, entry: EntryData, now: datetime
) -> tuple[int, EntryStatus]:
    """Record the entry; say whether it is new, changed, unchanged or a duplicate of another.

    Call inside the transaction that stores what the entry produced, so that a crash forgets
    the entry and its facts together.
    """
    digest = content_hash(entry)
    stamp = now_text(now)
    published = now_text(entry.published) if entry.published else None
    row = db.execute(
        "SELECT id, content_hash FROM entries WHERE feed_id = ? AND guid = ?", [feed_id, entry.guid]
    ).fetchone()
    if row:
        entry_id, known_hash = int(row[0]), row[1]
        if known_hash == digest:
            return entry_id, "unchanged"
        db.execute(
            "UPDATE entries SET content_hash = ?, title = ?, link = ?, published = ?, "
            "updated_at = ? WHERE id = ?",
            [digest, entry.title, entry.link, published, stamp, entry_id],
        )
        return entry_id, "changed"
    # Not seen in this feed: the same article may have come through another feed.
    twin = None
    if entry.link:
        twin = db.execute(
            "SELECT content_hash FROM entries WHERE link = ? ORDER BY id DESC LIMIT 1",
            [entry.link],
        ).fetchone()
    if twin is None:
        twin = db.execute(
            "SELECT content_hash FROM entries WHERE content_hash = ? LIMIT 1", [digest]
        ).fetchone()
    cursor = db.execute(
        "INSERT INTO entries (feed_id, guid, link, title, published, content_hash, seen_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [feed_id, entry.guid, entry.link, entry.title, published, digest, stamp, stamp],
    )
    entry_id = int(cursor.lastrowid or 0)
    if twin is None:
        return entry_id, "new"
    return entry_id, "duplicate" if twin[0] == digest else "changed"
