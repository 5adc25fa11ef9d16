"""The outbox and the fan-out on real SQLite files: one row per alert and destination, written
with the alert; the watchlist automaton rebuilt only when a watchlist changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from botharness import rss
from test_telegram_bot import CHAD, SUDAN

from bot.matching import parse_terms
from bot.pipeline import Pipeline
from bot.replay import replay
from bot.settings import load_settings
from storage.chats import add_terms, deactivate_chat, migrate_chat, set_kinds, subscribe
from storage.db import open_db
from storage.deliveries import counts, due

NOW = datetime(2024, 12, 6, tzinfo=UTC)
SETTINGS = load_settings(env={})


async def test_fan_out_follows_subscriptions_kinds_and_watchlists(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sitrep.db")
    for chat in (1, 2, 3, 4):
        subscribe(db, chat, 0, "private", None, NOW)
    subscribe(db, -100, 7, "supergroup", "forum", NOW)  # a topic
    subscribe(db, -100, 9, "supergroup", "forum", NOW)  # another topic of the same group
    add_terms(db, 2, parse_terms("chad"), NOW)
    set_kinds(db, 3, ["meeting"], NOW)
    deactivate_chat(db, 4, "forbidden", NOW)
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(SUDAN, CHAD))
    result = await replay([str(feed)], db, SETTINGS)
    sudan, chad = (a.id for a in result.alerts)
    rows = db.execute("SELECT alert_id, chat_id, thread_id FROM deliveries ORDER BY id").fetchall()
    assert sorted(rows) == sorted([
        (sudan, 1, 0), (sudan, -100, 7), (sudan, -100, 9),
        (chad, 1, 0), (chad, 2, 0), (chad, -100, 7), (chad, -100, 9),
    ])  # fmt: skip
    assert [d.alert_id for d in due(db, NOW, limit=10)] == [sudan] * 3 + [chad] * 4  # in order


async def test_the_automaton_is_rebuilt_only_when_a_watchlist_changes(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sitrep.db")
    subscribe(db, 1, 0, "private", None, NOW)
    add_terms(db, 1, parse_terms("sudan"), NOW)
    pipeline = Pipeline(db, max_age=SETTINGS.diff.max_age)
    first = pipeline.recipients.index
    assert pipeline.recipients.index is first  # cached
    add_terms(db, 1, parse_terms("chad"), NOW)
    second = pipeline.recipients.index
    assert second is not first and second.size == 2
    migrate_chat(db, 1, -200, NOW)  # moving a chat changes the index too
    assert pipeline.recipients.index.watching == frozenset({-200})


async def test_an_alert_is_queued_once_per_destination_even_when_processed_again(
    tmp_path: Path,
) -> None:
    db = open_db(tmp_path / "sitrep.db")
    subscribe(db, 1, 0, "private", None, NOW)
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(SUDAN))
    await replay([str(feed)], db, SETTINGS)
    await replay([str(feed)], db, SETTINGS)
    assert counts(db) == {"pending": 1}
