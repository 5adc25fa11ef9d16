"""Delivery when Telegram pushes back: a 429 storm, a user who blocked the bot, a migrated
group, a 400 on one message, slow answers and network errors. Everything else is still
delivered, and nothing is delivered twice."""

from __future__ import annotations

import asyncio
from collections import Counter
from itertools import pairwise
from pathlib import Path

from botharness import BotHarness, rss
from fakebotapi import FakeBotAPI, User
from test_telegram_bot import CHAD, FASHER, SUDAN, TURKIYE, alert_lines

from bot.telegram.delivery import Pacing
from storage.chats import get_chat, subscriptions
from storage.deliveries import counts

FOUR = rss(SUDAN, CHAD, TURKIYE, FASHER)


async def subscribe_all(fake: FakeBotAPI, users: list[User]) -> None:
    for user in users:
        reply = await fake.reply_to(user, fake.chats[user.id], "/subscribe")
        assert reply.plain.startswith("Subscribed")


def assert_exactly_once(fake: FakeBotAPI, chat_id: int, expected: list[str]) -> None:
    got = alert_lines(fake, chat_id)
    assert got == expected, (chat_id, got)
    assert not [text for text, n in Counter(got).items() if n > 1]


async def test_a_429_storm_delays_but_loses_and_doubles_nothing(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    users = [fake.user(2000 + n, f"u{n}") for n in range(6)]
    async with BotHarness(fake, tmp_path) as bot:
        await subscribe_all(fake, users)
        # the next 12 messages, to whichever chat, are refused with "retry after 1 s"
        fake.fail(None, 429, "Too Many Requests: retry after 1", retry_after=1, times=12)
        result = await bot.produce(FOUR)
        await bot.settle(timeout=30)
        texts = [a.text for a in result.alerts]
        for user in users:
            assert_exactly_once(fake, user.id, texts)
        assert sum(1 for _, status, _ in fake.rejected if status == 429) == 12
        assert counts(bot.db) == {"sent": 24}


async def test_a_user_who_blocked_the_bot_is_deactivated_and_the_others_still_served(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada, bob = fake.user(1001, "Ada"), fake.user(1002, "Bob")
    async with BotHarness(fake, tmp_path) as bot:
        await subscribe_all(fake, [ada, bob])
        bob.blocked = True
        result = await bot.produce(FOUR)
        await bot.settle()
        assert_exactly_once(fake, ada.id, [a.text for a in result.alerts])
        assert alert_lines(fake, bob.id) == []
        chat = get_chat(bot.db, bob.id)
        assert chat is not None and not chat.active
        assert counts(bot.db) == {"sent": 4, "dropped": 4}
        assert sum(1 for c, status, _ in fake.rejected if c == bob.id) == 1  # asked once
        # later alerts are not even queued for the blocked chat
        await bot.produce(rss(("Niger", "Thu, 05 Dec 2024 12:00:00 +0000",
                               "Nearly 8,000 people have been displaced in Niger since December 1, OCHA reported on Thursday.")))  # fmt: skip
        await bot.settle()
        assert counts(bot.db) == {"sent": 5, "dropped": 4}
        # unblocking and subscribing again brings the chat back
        bob.blocked = False
        await subscribe_all(fake, [bob])
        chat = get_chat(bot.db, bob.id)
        assert chat is not None and chat.active


async def test_a_migrated_group_gets_its_alerts_at_its_new_id(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada = fake.user(1001, "Ada")
    group = fake.group("Newsroom", (ada,))
    async with BotHarness(fake, tmp_path) as bot:
        await fake.reply_to(ada, group, "/subscribe")
        await fake.reply_to(ada, group, "/watch sudan")
        supergroup = fake.migrate(group)
        result = await bot.produce(FOUR)
        await bot.settle()
        expected = [a.text for a in result.alerts if "Sudan" in a.text or "Fasher" in a.text]
        assert len(expected) == 2
        assert_exactly_once(fake, supergroup.id, expected)
        assert subscriptions(bot.db, supergroup.id) == [0]
        assert subscriptions(bot.db, group.id) == []
        latest = await fake.reply_to(ada, supergroup, "/watchlist")  # the settings moved too
        assert "sudan" in latest.plain


async def test_a_400_on_one_message_fails_it_alone_and_never_retries_it(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada, bob = fake.user(1001, "Ada"), fake.user(1002, "Bob")
    async with BotHarness(fake, tmp_path) as bot:
        await subscribe_all(fake, [ada, bob])
        fake.fail(ada.id, 400, "Bad Request: some entity is wrong", times=1)
        result = await bot.produce(FOUR)
        await bot.settle()
        texts = [a.text for a in result.alerts]
        assert_exactly_once(fake, ada.id, texts[1:])
        assert_exactly_once(fake, bob.id, texts)
        assert counts(bot.db) == {"sent": 7, "failed": 1}
        error = bot.db.execute("SELECT error FROM deliveries WHERE status = 'failed'").fetchone()
        assert error[0] == "Some entity is wrong" or "entity is wrong" in error[0]
        assert sum(1 for c, status, _ in fake.rejected if c == ada.id) == 1


async def test_network_errors_and_slow_answers_are_retried_while_others_go_on(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada, bob, cy = fake.user(1001, "Ada"), fake.user(1002, "Bob"), fake.user(1003, "Cy")
    pacing = Pacing(per_second=200.0, per_chat=0.0, per_group=0.0, retry_base=0.2)
    async with BotHarness(fake, tmp_path, pacing=pacing) as bot:
        await subscribe_all(fake, [ada, bob, cy])
        fake.fail(ada.id, 502, "Bad Gateway", times=2)
        fake.delays[cy.id] = 1.5  # slow answers for Cy
        result = await bot.produce(rss(SUDAN, CHAD))
        texts = [a.text for a in result.alerts]
        await fake.wait_for(lambda: len(alert_lines(fake, bob.id)) == 2, timeout=5)
        assert alert_lines(fake, cy.id) == []  # still waiting for its first answer
        await bot.settle(timeout=20)
        for user in (ada, bob, cy):
            assert_exactly_once(fake, user.id, texts)
        attempts = bot.db.execute(
            "SELECT MAX(attempts) FROM deliveries WHERE chat_id = ?", [ada.id]
        ).fetchone()[0]
        assert attempts == 3


async def test_pacing_keeps_a_chat_to_about_one_message_a_second(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    fake.strict_flood = True
    ada = fake.user(1001, "Ada")
    async with BotHarness(fake, tmp_path, pacing=Pacing()) as bot:
        await subscribe_all(fake, [ada])
        await asyncio.sleep(1.1)  # the reply to /subscribe counts for the flood model too
        await bot.produce(rss(SUDAN, CHAD, TURKIYE))
        await bot.settle(timeout=15)
        sent = [s for s in fake.messages(ada.id) if s.plain.startswith("Displacement")]
        assert len(sent) == 3
        assert fake.flood_429s == 0
        gaps = [b.at - a.at for a, b in pairwise(sent)]
        assert all(gap >= 1.0 for gap in gaps), gaps


async def test_a_group_that_removes_the_bot_gets_nothing_more_queued(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada = fake.user(1001, "Ada")
    group = fake.group("Newsroom", (ada,))
    async with BotHarness(fake, tmp_path) as bot:
        await fake.reply_to(ada, group, "/subscribe")
        fake.remove_bot(ada, group)
        await fake.wait_for(lambda: not getattr(get_chat(bot.db, group.id), "active", True))
        await bot.produce(rss(SUDAN))
        await bot.settle()
        assert counts(bot.db) == {}
        assert alert_lines(fake, group) == []
