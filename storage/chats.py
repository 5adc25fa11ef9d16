"""Chats and what they asked for: subscriptions (a chat, or one topic of a forum group), the kinds
of alert, the watchlist, quiet hours and the time zone.

Settings belong to the chat; a subscription is a destination: (chat, thread), thread 0 being the
chat itself. A chat that blocked or removed the bot is deactivated, not deleted, so that it finds
its settings again if it comes back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.matching import MAX_TERMS, Term
from bot.models import FACT_KINDS, FactKind
from storage.db import Database, now_text


@dataclass(frozen=True)
class ChatRow:
    id: int
    type: str  # private | group | supergroup | channel
    title: str | None
    active: bool
    timezone: str
    quiet_start: str | None  # "22:00", local to `timezone`
    quiet_end: str | None
    kinds: tuple[FactKind, ...]


@dataclass(frozen=True)
class Destination:
    """Where one alert goes: a chat, or a topic of a forum group (thread_id != 0)."""

    chat_id: int
    thread_id: int
    kinds: frozenset[str]


_COLUMNS = "id, type, title, active, timezone, quiet_start, quiet_end, kinds"


def _row(row: tuple[Any, ...]) -> ChatRow:
    kinds = tuple(k for k in FACT_KINDS if k in json.loads(row[7]))
    return ChatRow(row[0], row[1], row[2], bool(row[3]), row[4], row[5], row[6], kinds)


def get_chat(db: Database, chat_id: int) -> ChatRow | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM chats WHERE id = ?", [chat_id]).fetchone()
    return _row(row) if row else None


def ensure_chat(
    db: Database, chat_id: int, chat_type: str, title: str | None, now: datetime
) -> ChatRow:
    """The chat's row, created with the defaults on first contact (title kept up to date)."""
    stamp = now_text(now)
    db.execute(
        "INSERT INTO chats (id, type, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, type = excluded.type",
        [chat_id, chat_type, title, stamp, stamp],
    )
    chat = get_chat(db, chat_id)
    assert chat is not None
    return chat


def subscribe(
    db: Database,
    chat_id: int,
    thread_id: int,
    chat_type: str,
    title: str | None,
    now: datetime,
) -> bool:
    """Subscribe the destination (and reactivate the chat); False if it already was."""
    with db.atomic():
        was_active = ensure_chat(db, chat_id, chat_type, title, now).active
        db.execute(
            "UPDATE chats SET active = 1, updated_at = ? WHERE id = ?", [now_text(now), chat_id]
        )
        cursor = db.execute(
            "INSERT INTO subscriptions (chat_id, thread_id, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [chat_id, thread_id, now_text(now)],
        )
        if not was_active:
            _bump_watch_version(db)  # its watchlist counts again
    return cursor.rowcount > 0 or not was_active


def unsubscribe(db: Database, chat_id: int, thread_id: int) -> bool:
    """Remove the destination; its pending deliveries are dropped. False if it was not one."""
    with db.atomic():
        cursor = db.execute(
            "DELETE FROM subscriptions WHERE chat_id = ? AND thread_id = ?", [chat_id, thread_id]
        )
        db.execute(
            "UPDATE deliveries SET status = 'dropped', error = 'unsubscribed' "
            "WHERE chat_id = ? AND thread_id = ? AND status = 'pending'",
            [chat_id, thread_id],
        )
    return cursor.rowcount > 0


def subscriptions(db: Database, chat_id: int) -> list[int]:
    """The thread ids the chat is subscribed with (0 = the chat itself)."""
    rows = db.execute(
        "SELECT thread_id FROM subscriptions WHERE chat_id = ? ORDER BY thread_id", [chat_id]
    ).fetchall()
    return [int(row[0]) for row in rows]


def destinations(db: Database, kind: str) -> list[tuple[int, int]]:
    """Every subscribed (chat, thread) of an active chat that takes alerts of this kind."""
    rows = db.execute(
        "SELECT s.chat_id, s.thread_id FROM subscriptions s JOIN chats c ON c.id = s.chat_id "
        "WHERE c.active = 1 AND EXISTS (SELECT 1 FROM json_each(c.kinds) WHERE value = ?)",
        [kind],
    ).fetchall()
    return [(int(row[0]), int(row[1])) for row in rows]


def set_kinds(db: Database, chat_id: int, kinds: Iterable[str], now: datetime) -> None:
    chosen = [k for k in FACT_KINDS if k in set(kinds)]
    with db.atomic():
        db.execute(
            "UPDATE chats SET kinds = ?, updated_at = ? WHERE id = ?",
            [json.dumps(chosen), now_text(now), chat_id],
        )


def toggle_kind(db: Database, chat_id: int, kind: str, now: datetime) -> tuple[FactKind, ...]:
    """Switch one kind on or off; returns the chat's kinds after the change."""
    chat = get_chat(db, chat_id)
    assert chat is not None
    kinds = set(chat.kinds) ^ {kind}
    set_kinds(db, chat_id, kinds, now)
    return tuple(k for k in FACT_KINDS if k in kinds)


def set_quiet(
    db: Database, chat_id: int, start: str | None, end: str | None, now: datetime
) -> None:
    with db.atomic():
        db.execute(
            "UPDATE chats SET quiet_start = ?, quiet_end = ?, updated_at = ? WHERE id = ?",
            [start, end, now_text(now), chat_id],
        )


def set_timezone(db: Database, chat_id: int, timezone: str, now: datetime) -> None:
    with db.atomic():
        db.execute(
            "UPDATE chats SET timezone = ?, updated_at = ? WHERE id = ?",
            [timezone, now_text(now), chat_id],
        )


# --- watchlists ------------------------------------------------------------------------------


def watchlist(db: Database, chat_id: int) -> list[Term]:
    rows = db.execute(
        "SELECT display, term, exclude FROM watchlists WHERE chat_id = ? ORDER BY exclude, rowid",
        [chat_id],
    ).fetchall()
    return [Term(row[0], row[1], bool(row[2])) for row in rows]


class TooManyTerms(Exception):
    def __init__(self, room: int) -> None:
        super().__init__(f"a watchlist holds at most {MAX_TERMS} terms ({room} more fit)")
        self.room = room


def add_terms(db: Database, chat_id: int, terms: Iterable[Term], now: datetime) -> list[Term]:
    """Add the terms (all or none); returns those that were new. TooManyTerms over the cap.

    A term replaces its opposite: `/watch -sport` after `/watch sport` keeps only the exclusion.
    """
    with db.atomic():
        known = {(t.term, t.exclude) for t in watchlist(db, chat_id)}
        new = [t for t in terms if (t.term, t.exclude) not in known]
        replaced = [t for t in new if (t.term, not t.exclude) in known]
        if len(known) - len(replaced) + len(new) > MAX_TERMS:
            raise TooManyTerms(max(0, MAX_TERMS - len(known)))
        for term in replaced:
            db.execute(
                "DELETE FROM watchlists WHERE chat_id = ? AND term = ? AND exclude = ?",
                [chat_id, term.term, int(not term.exclude)],
            )
        for term in new:
            db.execute(
                "INSERT INTO watchlists (chat_id, term, display, exclude, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [chat_id, term.term, term.display, int(term.exclude), now_text(now)],
            )
    return new


def remove_terms(db: Database, chat_id: int, terms: Iterable[str]) -> int:
    """Remove the terms (normalised; as term or exclusion); returns how many went."""
    removed = 0
    with db.atomic():
        for term in terms:
            cursor = db.execute(
                "DELETE FROM watchlists WHERE chat_id = ? AND term = ?", [chat_id, term]
            )
            removed += cursor.rowcount
    return removed


def clear_watchlist(db: Database, chat_id: int) -> int:
    with db.atomic():
        cursor = db.execute("DELETE FROM watchlists WHERE chat_id = ?", [chat_id])
    return cursor.rowcount


def all_terms(db: Database) -> list[tuple[int, str, bool]]:
    """Every term of every active chat: what the matching automaton is built from."""
    rows = db.execute(
        "SELECT w.chat_id, w.term, w.exclude FROM watchlists w JOIN chats c ON c.id = w.chat_id "
        "WHERE c.active = 1"
    ).fetchall()
    return [(int(row[0]), row[1], bool(row[2])) for row in rows]


def watch_version(db: Database) -> int:
    """Bumped by triggers on every watchlist change (and by chat (de)activation, below)."""
    return int(db.execute("SELECT version FROM watch_version").fetchone()[0])


def _bump_watch_version(db: Database) -> None:
    db.execute("UPDATE watch_version SET version = version + 1")


# --- what Telegram tells us about a chat ------------------------------------------------------


def deactivate_chat(db: Database, chat_id: int, reason: str, now: datetime) -> int:
    """The bot was blocked or removed: deactivate the chat and drop its pending deliveries.
    Returns how many deliveries were dropped."""
    with db.atomic():
        db.execute(
            "UPDATE chats SET active = 0, updated_at = ? WHERE id = ?", [now_text(now), chat_id]
        )
        cursor = db.execute(
            "UPDATE deliveries SET status = 'dropped', error = ? "
            "WHERE chat_id = ? AND status = 'pending'",
            [reason, chat_id],
        )
        _bump_watch_version(db)
    return cursor.rowcount


def migrate_chat(db: Database, old_id: int, new_id: int, now: datetime) -> None:
    """A group became a supergroup: its settings, subscriptions, watchlist and pending
    deliveries move to the new id; the old row stays, inactive, for the record."""
    with db.atomic():
        old = get_chat(db, old_id)
        if old is None:
            return
        stamp = now_text(now)
        db.execute(
            "INSERT INTO chats (id, type, title, active, timezone, quiet_start, quiet_end, kinds, "
            "created_at, updated_at) SELECT ?, 'supergroup', title, 1, timezone, quiet_start, "
            "quiet_end, kinds, created_at, ? FROM chats WHERE id = ? ON CONFLICT(id) DO UPDATE "
            "SET active = 1, updated_at = excluded.updated_at",
            [new_id, stamp, old_id],
        )
        db.execute(
            "UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE chat_id = ?", [new_id, old_id]
        )
        db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [old_id])
        db.execute(
            "UPDATE OR IGNORE watchlists SET chat_id = ? WHERE chat_id = ?", [new_id, old_id]
        )
        db.execute("DELETE FROM watchlists WHERE chat_id = ?", [old_id])
        db.execute(
            "UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ? AND status = 'pending'",
            [new_id, old_id],
        )
        db.execute(
            "UPDATE deliveries SET status = 'dropped', error = 'chat migrated' "
            "WHERE chat_id = ? AND status = 'pending'",
            [old_id],
        )
        db.execute("UPDATE chats SET active = 0, updated_at = ? WHERE id = ?", [stamp, old_id])
        _bump_watch_version(db)
