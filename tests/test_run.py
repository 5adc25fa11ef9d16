"""`sitrep run` as a user runs it: the installed console script in a subprocess, against the
fake Bot API server. A SIGKILL in the middle of a fan-out to 500 chats loses nothing; SIGTERM
lets the messages in flight finish."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from botharness import rss
from fakebotapi import TOKEN, FakeBotAPI
from feedserver import FeedServer, Reply
from test_telegram_bot import CHAD, SUDAN

from bot.replay import replay
from bot.settings import load_settings
from bot.telegram.delivery import Pacing
from storage.chats import subscribe
from storage.db import open_db
from storage.deliveries import counts

SITREP = str(Path(sys.executable).parent / "sitrep")
CHATS = 500


def environment(fake: FakeBotAPI, db_path: Path, **extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith("SITREP_") and k != "TELEGRAM_BOT_TOKEN"}  # fmt: skip
    # no feeds file unless the test writes one: never the real feeds in config/
    return {**clean, "TELEGRAM_BOT_TOKEN": TOKEN, "SITREP_STORAGE_PATH": str(db_path),
            "SITREP_FEEDS_FILE": str(db_path.parent / "feeds.toml"),
            "SITREP_LOG_LEVEL": "WARNING", **extra}  # fmt: skip


@asynccontextmanager
async def sitrep_run(
    fake: FakeBotAPI, db_path: Path, **extra: str
) -> AsyncIterator[asyncio.subprocess.Process]:
    # the bot's log goes to a file next to the database (a pipe nobody reads could fill up)
    with (db_path.parent / "run.log").open("ab") as log:
        process = await asyncio.create_subprocess_exec(
            SITREP, "run", "--telegram-api-url", fake.base_url,
            env=environment(fake, db_path, **extra), stderr=log,
        )  # fmt: skip
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def fan_out_to(fake: FakeBotAPI, db_path: Path, chats: int) -> list[str]:
    """`chats` subscribed private chats, and two alerts queued for each of them."""
    db = open_db(db_path)
    now = datetime.now(UTC)
    for number in range(chats):
        user = fake.user(10_000 + number, f"user{number}")
        subscribe(db, user.id, 0, "private", user.first_name, now)
    feed = db_path.parent / "feed.xml"
    feed.write_bytes(rss(SUDAN, CHAD))
    result = await replay([str(feed)], db, load_settings(env={}))
    assert counts(db) == {"pending": 2 * chats}
    db.close()
    return [a.text for a in result.alerts]


def received(fake: FakeBotAPI) -> Counter[tuple[int, str]]:
    return Counter((s.chat_id, s.plain.split("\n")[0]) for s in fake.sent)


async def test_sigkill_in_the_middle_of_a_fan_out_loses_nothing(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    db_path = tmp_path / "sitrep.db"
    texts = await fan_out_to(fake, db_path, CHATS)
    rate = {"SITREP_TELEGRAM_MAX_RATE": "400"}
    async with sitrep_run(fake, db_path, **rate) as first:
        await fake.wait_for(lambda: len(fake.sent) >= 300, timeout=30)
        first.send_signal(signal.SIGKILL)
        assert await first.wait() == -signal.SIGKILL
    before_restart = len(fake.sent)
    assert before_restart < 2 * CHATS  # killed in the middle
    async with sitrep_run(fake, db_path, **rate) as second:
        everyone = {(10_000 + n, text) for n in range(CHATS) for text in texts}
        await fake.wait_for(lambda: everyone <= set(received(fake)), timeout=60)
        second.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(second.wait(), 15) == 0
    got = received(fake)
    assert set(got) == everyone  # every chat has every alert, and nothing else
    doubled = sum(n - 1 for n in got.values())
    assert doubled <= Pacing().concurrency  # at most the messages in flight at the kill
    db = open_db(db_path)
    assert counts(db) == {"sent": 2 * CHATS}
    assert len(fake.sent) == 2 * CHATS + doubled


async def test_sigterm_lets_the_messages_in_flight_finish(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    db_path = tmp_path / "sitrep.db"
    await fan_out_to(fake, db_path, 20)
    fake.delays[None] = 1.0  # every answer takes a second: SIGTERM arrives mid-send
    async with sitrep_run(fake, db_path) as process:
        await fake.wait_for(lambda: len(fake.calls) > 0 and any(
            m == "sendMessage" for m, _ in fake.calls), timeout=20)  # fmt: skip
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 15) == 0
    db = open_db(db_path)
    state = counts(db)
    # every message Telegram accepted is recorded as sent: a restart will not send it again
    assert state.get("sent", 0) == len(fake.sent) > 0
    assert state["pending"] == 40 - len(fake.sent)


async def test_run_without_a_token_says_how_to_get_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    process = await asyncio.create_subprocess_exec(
        SITREP, "run", env=env, cwd=tmp_path, stderr=asyncio.subprocess.PIPE
    )
    _, err = await process.communicate()
    assert process.returncode == 2
    message = err.decode()
    assert message.count("\n") == 1 and "@BotFather" in message and "TELEGRAM_BOT_TOKEN" in message


async def test_run_with_a_refused_token_is_a_one_line_error(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    env = environment(fake_api, tmp_path / "sitrep.db")
    env["TELEGRAM_BOT_TOKEN"] = "999:wrong"
    process = await asyncio.create_subprocess_exec(
        SITREP, "run", "--telegram-api-url", fake_api.base_url, env=env,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    assert err.decode().startswith("error: the Bot API server refused the token")
    assert err.decode().count("\n") == 1


def fresh(title: str, body: str, *, hours_ago: float = 0) -> tuple[str, str, str]:
    """An RSS item published now: live polling judges news by the wall clock."""
    when = datetime.now(UTC) - timedelta(hours=hours_ago)
    return title, format_datetime(when), body


async def test_run_polls_a_feed_and_a_new_item_reaches_the_subscribers(
    fake_api: FakeBotAPI, feed_server: FeedServer, tmp_path: Path
) -> None:
    """The whole bot in one process: the poller's tick, the pipeline's fan-out and the delivery
    job on one event loop; the feed's failures reach the admins."""
    fake = fake_api
    db_path = tmp_path / "sitrep.db"
    # no weekdays in the items: "reported on Monday" would resolve differently by the day
    first = fresh("OCHA update", "Nearly 50,000 people have been displaced in Sudan since "
                  "November 20, OCHA reported.", hours_ago=2)  # fmt: skip
    feed_server.routes["/sudan.xml"] = Reply(rss(first))
    feed_server.routes["/gone.xml"] = Reply(b"gone for good", 410)
    (tmp_path / "feeds.toml").write_text(
        f'[[feed]]\nname = "sudan"\nurl = "{feed_server.url("/sudan.xml")}"\ninterval = 1\n\n'
        f'[[feed]]\nname = "gone"\nurl = "{feed_server.url("/gone.xml")}"\ninterval = 1\n'
    )
    ada, admin = fake.user(2001, "Ada"), fake.user(2002, "Admin")
    env = {"SITREP_FEEDS_MIN_INTERVAL": "1", "SITREP_FEEDS_ALLOW_PRIVATE_ADDRESSES": "true",
           "SITREP_TELEGRAM_ADMINS": str(admin.id)}  # fmt: skip
    async with sitrep_run(fake, db_path, **env) as process:
        await fake.reply_to(ada, fake.chats[ada.id], "/subscribe")
        # the first poll records what is there without alerting (no flood of old news)
        await fake.wait_for(
            lambda: sum(r.path == "/sudan.xml" for r in feed_server.requests) >= 2, 20
        )
        assert [s for s in fake.sent if s.chat_id == ada.id][1:] == []
        # a new item: its alert reaches the subscriber
        rising = fresh("UN update", "An estimated 90,000 people have been displaced in Sudan "
                       "since November 20, the United Nations said.")  # fmt: skip
        feed_server.routes["/sudan.xml"] = Reply(rss(first, rising))
        await fake.wait_for(lambda: any("Displacement rising — Sudan" in s.plain
                                        for s in fake.messages(ada.id)), 20)  # fmt: skip
        # the 410 deactivated its feed, and the admin was told once
        await fake.wait_for(lambda: any("gone" in s.plain for s in fake.messages(admin.id)), 20)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 15) == 0
    alerts = [s.plain for s in fake.messages(ada.id) if "Displacement" in s.plain]
    assert len(alerts) == 1 and "up from ~50,000 (OCHA" in alerts[0]
    assert len([s for s in fake.messages(admin.id) if "gone" in s.plain]) == 1


async def test_the_token_never_reaches_the_log(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    """The Bot API's URLs carry the token; at INFO (the default) and at DEBUG the log of a bot
    that started, answered a command and stopped holds it nowhere."""
    fake = fake_api
    ada = fake.user(2001, "Ada")
    logs = {}
    for level in ("INFO", "DEBUG"):
        folder = tmp_path / level
        folder.mkdir()
        async with sitrep_run(fake, folder / "sitrep.db", SITREP_LOG_LEVEL=level) as process:
            await fake.reply_to(ada, fake.chats[ada.id], "/help", timeout=20)
            process.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(process.wait(), 15) == 0
        logs[level] = (folder / "run.log").read_text()
        assert TOKEN not in logs[level]
        assert "telegram.started" in logs[level]
    # each request is not an event: httpx's request lines show only at DEBUG, redacted
    assert "HTTP Request" not in logs["INFO"]
    assert "bot<redacted>/getMe" in logs["DEBUG"]
