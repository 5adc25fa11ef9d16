"""bench/fanout: one alert to many chats, and what the watchlist test costs per alert.

1. Delivery: one alert fanned out to 3,000 subscribed private chats, drained by the real
   Deliverer (default pacing) through the real python-telegram-bot client, against the fake Bot
   API server (tests/fakebotapi.py) with its strict flood model (30 messages/s overall, 1/s per
   chat: faster answers 429). Prints messages per second (goal: at least 28; Telegram allows
   30), 429s received (goal 0), lost (goal 0), and the peak memory of the process (bot and fake
   server together).
2. Matching: the watchlist automaton over every chat's terms (3 per chat, place names from the
   gazetteer), at 100, 10,000 and 100,000 chats: build time, and the cost of the test for all
   chats at once per alert (one scan of the alert text), next to the naive loop over chats it
   replaces; then the whole fan-out (subscriptions, kinds, watchlist, outbox rows) in SQLite.

Run: `make bench` (or `.venv/bin/python bench/fanout.py [CHATS]`). Prints tables.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

os.environ.setdefault("PTB_TIMEDELTA", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fakebotapi import TOKEN, FakeBotAPI

from bot.matching import WatchIndex, normalize
from bot.pipeline import Pipeline
from bot.settings import load_settings
from bot.telegram.app import make_bot
from bot.telegram.delivery import Deliverer, Pacing
from storage.chats import subscribe
from storage.db import open_db
from storage.deliveries import counts, enqueue

NOW = datetime(2024, 12, 6, 12, tzinfo=UTC)
ALERTS = [
    "Displacement rising — Syria: 280,000 displaced since 27 Nov (UN, 6 Dec), up from ~50,000 "
    "(OCHA, 30 Nov). UN warns it could reach 1.5 million.",
    "Control captured — Hama, Syria: taken by Hayat Tahrir al-Sham (5 Dec) (was contested by "
    "Syrian government forces).",
    "Meeting planned — Iran, Russia and Türkiye in Doha on Sat 7 Dec.",
    "Casualties reported — El Fasher: at least 120 killed (Health Ministry, 4 Dec).",
    "Displacement reported — Sudan: ~50,000 displaced (OCHA, 2 Dec).",
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def place_names() -> list[str]:
    data = json.loads(
        resources.files("bot.facts").joinpath("data/places.json").read_text(encoding="utf-8")
    )
    return sorted({normalize(p["name"]) for p in data if normalize(p["name"])})


async def delivery(chats: int) -> None:
    fake = await FakeBotAPI(strict_flood=True).start()
    settings = load_settings(env={"SITREP_TELEGRAM_API_URL": fake.base_url})
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "sitrep.db")
        for number in range(chats):
            user = fake.user(10_000 + number, f"user{number}")
            subscribe(db, user.id, 0, "private", None, NOW)
        db.execute(
            "INSERT INTO alerts (id, series, change_key, kind, change, fact, text, record, "
            "created_at) VALUES (1, 's', 'k', 'displacement', 'rising', '{}', ?, ?, ?)",
            [ALERTS[0], json.dumps({"entry": {"title": "UN: 280,000 displaced in Syria",
                                              "link": "https://news.example/1"}}), "x"],
        )  # fmt: skip
        enqueue(db, 1, [(10_000 + n, 0) for n in range(chats)], NOW)
        rss_before = peak_rss_mb()
        bot = make_bot(settings, TOKEN)
        async with bot:
            deliverer = Deliverer(bot, db, pacing=Pacing())
            started = time.perf_counter()
            await deliverer.drain()
            wall = time.perf_counter() - started
        times = sorted(s.at for s in fake.sent)
        span = times[-1] - times[0] if len(times) > 1 else wall
        received = {s.chat_id for s in fake.sent}
        state = counts(db)
        db.close()
    await fake.close()
    lost = chats - len(received)
    print(f"bench/fanout: one alert to {chats:,} chats, strict flood model (30/s, 1/s per chat)\n")
    print(f"{'messages':>9} {'seconds':>8} {'msgs/s':>7} {'429s':>5} {'lost':>5} "
          f"{'doubled':>8} {'peak RSS MB':>12} {'RSS before':>11}")  # fmt: skip
    print(f"{len(fake.sent):>9,} {wall:>8.1f} {(len(times) - 1) / span:>7.1f} "
          f"{fake.flood_429s:>5} {lost:>5} {len(fake.sent) - len(received):>8} "
          f"{peak_rss_mb():>12.0f} {rss_before:>11.0f}")  # fmt: skip
    print(f"outbox after: {state}; goal: >= 28 msgs/s, 0 429s, 0 lost\n")


def matching() -> None:
    names = place_names()
    rng = random.Random(7)
    print(f"watchlist matching: 3 terms per chat from {len(names):,} gazetteer names; "
          f"{len(ALERTS)} alerts (text + title + names)\n")  # fmt: skip
    print(f"{'chats':>8} {'build s':>8} {'automaton µs/alert':>19} "
          f"{'loop over chats µs/alert':>25} {'fan-out ms/alert (SQLite)':>26}")  # fmt: skip
    for chats in (100, 10_000, 100_000):
        rows = [(chat, rng.choice(names), False) for chat in range(chats) for _ in range(3)]
        started = time.perf_counter()
        index = WatchIndex(rows)
        build = time.perf_counter() - started
        repeat = 200
        started = time.perf_counter()
        for _ in range(repeat):
            for text in ALERTS:
                index.hits(text, "Title of the article", "Syria")
        automaton = (time.perf_counter() - started) / (repeat * len(ALERTS)) * 1e6
        # the naive test it replaces: every chat's terms against the text (fewer repeats)
        terms_by_chat: dict[int, list[str]] = {}
        for chat, term, _ in rows:
            terms_by_chat.setdefault(chat, []).append(f" {term} ")
        loops = max(1, 2000 // chats)
        started = time.perf_counter()
        for _ in range(loops):
            for text in ALERTS:
                haystack = f" {normalize(text)} "
                [c for c, ts in terms_by_chat.items() if any(t in haystack for t in ts)]
        naive = (time.perf_counter() - started) / (loops * len(ALERTS)) * 1e6
        fan_out = whole_fan_out(chats, rows)
        print(f"{chats:>8,} {build:>8.2f} {automaton:>19.1f} {naive:>25.0f} {fan_out:>26.1f}")
    print("\nthe automaton's cost follows the alert's length and hits, not the number of chats;"
          "\nthe fan-out writes one outbox row per recipient, so it grows with them")  # fmt: skip


def whole_fan_out(chats: int, rows: list[tuple[int, str, bool]]) -> float:
    """ms per alert for Recipients.of + enqueue on a file database, index already built."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "sitrep.db")
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO chats (id, type, created_at, updated_at) VALUES (?, 'private', ?, ?)",
                [(chat, "x", "x") for chat in range(chats)],
            )
            db.conn.executemany(
                "INSERT INTO subscriptions (chat_id, thread_id, created_at) VALUES (?, 0, ?)",
                [(chat, "x") for chat in range(chats)],
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO watchlists (chat_id, term, display, exclude, created_at) "
                "VALUES (?, ?, ?, 0, ?)",
                [(chat, term, term, "x") for chat, term, _ in rows[::2]],  # half of them watch
            )
        pipeline = Pipeline(db, max_age=load_settings(env={}).diff.max_age)
        _ = pipeline.recipients.index  # built once, cached afterwards
        from bot.replay import replay  # the alert objects come from the real pipeline

        feed = Path(tmp) / "feed.xml"
        feed.write_bytes(resources.files("seeds").joinpath("feed.xml").read_bytes())
        alerts = asyncio.run(replay([str(feed)], open_db(":memory:"), load_settings(env={}))).alerts
        started = time.perf_counter()
        for number, alert in enumerate(alerts):
            with db.atomic():
                db.execute(
                    "INSERT INTO alerts (id, series, change_key, kind, change, fact, text, record, "
                    "created_at) VALUES (?, 's', ?, 'displacement', 'new', '{}', 't', '{}', 'x')",
                    [number + 1, str(number)],
                )
                enqueue(db, number + 1, pipeline.recipients.of(alert), NOW)
        seconds = time.perf_counter() - started
        db.close()
    return seconds / len(alerts) * 1000


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    chats = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    asyncio.run(delivery(chats))
    matching()


if __name__ == "__main__":
    main()
