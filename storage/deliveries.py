"""The outbox: one row per (alert, chat, thread), written in the transaction that stores the alert.

A row is `pending` until Telegram accepted it (`sent`, with the message id), refused it for good
(`failed`: a 400 on this message), or its chat went away (`dropped`: blocked, kicked,
unsubscribed). A row is marked sent only after Telegram answered, so a crash between the two
resends that one message on restart: at most the messages in flight can arrive twice, and nothing
pending is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.db import Database, now_text


@dataclass(frozen=True)
class PendingDelivery:
    id: int
    alert_id: int
    chat_id: int
    thread_id: int
    attempts: int
    text: str  # the alert's plain text
    record: dict[str, Any]  # the alert's replay JSON (entry title and link for the source line)
    chat_type: str
    timezone: str
    quiet_start: str | None
    quiet_end: str | None


def enqueue(
    db: Database, alert_id: int, destinations: Iterable[tuple[int, int]], now: datetime
) -> int:
    """Add one pending row per destination (unique per alert, chat and thread); returns how many
    were new. Call inside the alert's transaction."""
    stamp = now_text(now)
    before = db.conn.total_changes
    db.conn.executemany(
        "INSERT INTO deliveries (alert_id, chat_id, thread_id, created_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [(alert_id, chat, thread, stamp) for chat, thread in destinations],
    )
    return int(db.conn.total_changes - before)


def due(
    db: Database, now: datetime, *, limit: int, skip_chats: Sequence[int] = ()
) -> list[PendingDelivery]:
    """Pending rows whose back-off has passed, oldest first (so a chat gets alerts in order)."""
    skip = ",".join(str(int(c)) for c in skip_chats)
    rows = db.execute(
        "SELECT d.id, d.alert_id, d.chat_id, d.thread_id, d.attempts, a.text, a.record, c.type, "
        "c.timezone, c.quiet_start, c.quiet_end FROM deliveries d "
        "JOIN alerts a ON a.id = d.alert_id JOIN chats c ON c.id = d.chat_id "
        "WHERE d.status = 'pending' AND (d.not_before IS NULL OR d.not_before <= ?) "
        + (f"AND d.chat_id NOT IN ({skip}) " if skip else "")
        + "ORDER BY d.id LIMIT ?",
        [now_text(now), limit],
    ).fetchall()
    return [
        PendingDelivery(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), *r[7:]) for r in rows
    ]


def mark_sent(db: Database, delivery_id: int, message_id: int, silent: bool, now: datetime) -> None:
    with db.atomic():
        db.execute(
            "UPDATE deliveries SET status = 'sent', message_id = ?, silent = ?, sent_at = ?, "
            "attempts = attempts + 1, error = NULL WHERE id = ?",
            [message_id, int(silent), now_text(now), delivery_id],
        )


def mark_failed(db: Database, delivery_id: int, error: str) -> None:
    with db.atomic():
        db.execute(
            "UPDATE deliveries SET status = 'failed', error = ?, attempts = attempts + 1 "
            "WHERE id = ?",
            [error, delivery_id],
        )


def retry_later(
    db: Database, delivery_id: int, chat_id: int, not_before: datetime, error: str
) -> None:
    """A network error or timeout: count the attempt and try again after the back-off. The
    chat's later alerts wait behind it, so that a chat still gets its alerts in order."""
    with db.atomic():
        db.execute(
            "UPDATE deliveries SET attempts = attempts + 1, error = ? WHERE id = ?",
            [error, delivery_id],
        )
        db.execute(
            "UPDATE deliveries SET not_before = MAX(COALESCE(not_before, ''), ?) "
            "WHERE chat_id = ? AND status = 'pending'",
            [now_text(not_before), chat_id],
        )


def hold_chat(db: Database, chat_id: int, not_before: datetime, error: str) -> None:
    """Telegram said "retry after": nothing goes to this chat before then (not an attempt)."""
    with db.atomic():
        db.execute(
            "UPDATE deliveries SET not_before = MAX(COALESCE(not_before, ''), ?), error = ? "
            "WHERE chat_id = ? AND status = 'pending'",
            [now_text(not_before), error, chat_id],
        )


def pending_count(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'").fetchone()[0])


def counts(db: Database) -> dict[str, int]:
    """Rows by status, for /status and the benchmarks."""
    rows = db.execute("SELECT status, COUNT(*) FROM deliveries GROUP BY status").fetchall()
    return {str(row[0]): int(row[1]) for row in rows}


def backoff(attempts: int, base: float = 5.0) -> timedelta:
    """base, 2 base, 4 base, ... (5 s, 10 s, 20 s, ...) capped at 10 minutes."""
    return timedelta(seconds=min(600.0, base * 2 ** max(0, attempts)))
