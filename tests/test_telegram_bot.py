"""End to end, with the bot running as in production against the fake Bot API server: people
start the bot, subscribe, set a watchlist and kinds, and receive exactly the alerts that match
when a feed replay produces alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from botharness import BotHarness, rss
from fakebotapi import FakeBotAPI

from storage.chats import get_chat, subscriptions, watchlist

SUDAN = (
    "Sudan",
    "Mon, 02 Dec 2024 12:00:00 +0000",
    "Nearly 50,000 people have been displaced in Sudan since November 20, OCHA reported on Monday.",
)
CHAD = (
    "Chad",
    "Mon, 02 Dec 2024 13:00:00 +0000",
    "An estimated 12,000 people have been displaced in Chad since November 25, the United Nations said on Monday.",
)
TURKIYE = (
    "Turkiye",
    "Mon, 02 Dec 2024 14:00:00 +0000",
    "More than 3,000 people have been displaced in Türkiye since November 28, the IOM said on Monday.",
)
FASHER = ("Fasher <attack> & siege", "Wed, 04 Dec 2024 12:00:00 +0000",
          "At least 120 people were killed in El Fasher, Sudan, on Tuesday, the Health Ministry said on Wednesday.")  # fmt: skip
FOUR = rss(SUDAN, CHAD, TURKIYE, FASHER)


def alert_lines(fake: FakeBotAPI, chat: object, thread_id: int | None = None) -> list[str]:
    """The first line (the alert) of every alert message sent to the chat."""
    return [s.plain.split("\n")[0] for s in fake.messages(chat, thread_id)  # type: ignore[arg-type]
            if s.plain.startswith(("Displacement", "Casualties", "Meeting", "Control"))]  # fmt: skip


async def test_a_user_subscribes_narrows_and_receives_exactly_the_matching_alerts(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada, bob = fake.user(1001, "Ada"), fake.user(1002, "Bob")
    ada_chat, bob_chat = fake.chats[ada.id], fake.chats[bob.id]
    async with BotHarness(fake, tmp_path) as bot:
        assert fake.commands is not None
        assert {"start", "subscribe", "watch", "kinds", "quiet", "latest", "status"} <= {
            c["command"] for c in fake.commands
        }
        welcome = await fake.reply_to(ada, ada_chat, "/start")
        assert "sitrep" in welcome.plain and "Subscribe" in str(welcome.reply_markup)
        before = len(fake.messages(ada_chat))
        fake.press(ada, welcome, "subscribe")
        await fake.wait_for(lambda: len(fake.messages(ada_chat)) > before)
        assert fake.last(ada_chat).plain.startswith("Subscribed: this chat")
        assert subscriptions(bot.db, ada.id) == [0]

        reply = await fake.reply_to(ada, ada_chat, '/watch sudan "türkiye" -chad')
        assert reply.plain.startswith("Watching: sudan, türkiye, -chad.")
        keyboard = await fake.reply_to(ada, ada_chat, "/kinds")
        fake.press(ada, keyboard, f"kind:casualties:{ada.id}")
        await fake.wait_for(lambda: "⬜ Casualties" in str(keyboard.reply_markup))
        assert fake.answers[-1]["text"] == "Off"
        await fake.reply_to(bob, bob_chat, "/subscribe")

        result = await bot.produce(FOUR)
        assert len(result.alerts) == 4
        await bot.settle()

        assert alert_lines(fake, ada_chat) == [
            "Displacement reported — Sudan: ~50,000 displaced (OCHA, 2 Dec).",
            "Displacement reported — Türkiye: over 3,000 displaced (IOM, 2 Dec).",
        ]
        assert alert_lines(fake, bob_chat) == [a.text for a in result.alerts]  # empty watchlist
        fasher = fake.messages(bob_chat)[-1]
        # escaped HTML, a source line with the article's link, no link preview
        assert fasher.plain.endswith("Source: Fasher <attack> & siege")
        assert 'href="https://news.example/3?a=1&amp;b=2"' in fasher.text
        assert "Fasher &lt;attack&gt; &amp; siege" in fasher.text
        sends = [p for m, p in fake.calls if m == "sendMessage" and p["chat_id"] == bob.id]
        assert all(p["link_preview_options"] == {"is_disabled": True} for p in sends)

        # a second replay of the same feed is not news: nothing more arrives
        again = await bot.produce(FOUR)
        assert again.alerts == ()
        count = len(fake.sent)
        await bot.settle()
        assert len(fake.sent) == count

        # the same figure from another outlet: no alert, one more report of the fact
        retold = ("Sudan retold", "Mon, 02 Dec 2024 15:00:00 +0000",
                  "Aid groups said nearly 50,000 people had been displaced in Sudan since November 20, OCHA reported on Monday.")  # fmt: skip
        assert (await bot.produce(rss(retold))).alerts == ()
        latest = await fake.reply_to(ada, ada_chat, "/latest 5")
        lines = latest.plain.splitlines()
        assert lines[0].startswith("Displacement reported — Sudan")
        assert lines[1] == "2024-12-02 · Sudan · 2 reports"
        assert "Chad" not in latest.plain and "El Fasher" not in latest.plain
        status = await fake.reply_to(bob, bob_chat, "/status")
        assert "Pending deliveries: 0" in status.plain
        assert "Feeds watched: 3" in status.plain  # each replay above read its own file


async def test_a_deep_link_prefills_the_watchlist(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    fake = fake_api
    ada = fake.user(1001, "Ada")
    async with BotHarness(fake, tmp_path) as bot:
        reply = await fake.reply_to(ada, fake.chats[ada.id], "/start watch_sudan_el-fasher")
        assert 'Watching: sudan, "el fasher".' in reply.plain
        assert [t.term for t in watchlist(bot.db, ada.id)] == ["sudan", "el fasher"]
        unwatch = await fake.reply_to(ada, fake.chats[ada.id], "/unwatch all")
        assert unwatch.plain.startswith("Removed 2 terms.")


async def test_usage_errors_are_one_line_replies(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    fake = fake_api
    ada = fake.user(1001, "Ada")
    chat = fake.chats[ada.id]
    cases = {
        "/watch": 'Usage: /watch term "a phrase" -excluded',
        '/watch "el fasher': "unbalanced quotes",
        "/unwatch": "Usage: /unwatch term | all",
        "/quiet 25:00-07:00": "hours are 00-23 and minutes 00-59. Usage: /quiet 22:00-07:00 | off",
        "/quiet soon": "expected a window like 22:00-07:00",
        "/timezone Mars/Olympus": "unknown time zone 'Mars/Olympus'",
        "/latest lots": "Usage: /latest [n] (1-20)",
        "/addfeed https://example.org/rss": "Only the bot's administrators",
    }
    async with BotHarness(fake, tmp_path):
        for command, expected in cases.items():
            reply = await fake.reply_to(ada, chat, command)
            assert expected in reply.plain, (command, reply.plain)
            assert "\n" not in reply.plain


async def test_a_non_admin_in_a_group_cannot_change_its_settings(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada, bob = fake.user(1001, "Ada"), fake.user(1002, "Bob")
    group = fake.group("Newsroom", (ada,))
    async with BotHarness(fake, tmp_path) as bot:
        for command in ("/subscribe", "/watch sudan", "/quiet 22:00-07:00", "/timezone UTC"):
            reply = await fake.reply_to(bob, group, command)
            assert reply.plain == "Only the group's administrators can change this."
        assert subscriptions(bot.db, group.id) == []
        assert watchlist(bot.db, group.id) == []
        reply = await fake.reply_to(ada, group, "/subscribe")
        assert reply.plain.startswith("Subscribed")
        keyboard = await fake.reply_to(bob, group, "/kinds")  # anyone may look
        fake.press(bob, keyboard, f"kind:meeting:{group.id}")
        await fake.wait_for(lambda: len(fake.answers) == 1)
        assert fake.answers[0]["show_alert"] is True
        chat = get_chat(bot.db, group.id)
        assert chat is not None and "meeting" in chat.kinds
        await bot.produce(rss(SUDAN))
        await bot.settle()
        assert len(alert_lines(fake, group)) == 1
        latest = await fake.reply_to(bob, group, "/latest")  # anyone may read
        assert "Sudan" in latest.plain


async def test_a_channel_is_subscribed_from_a_private_chat_by_its_admin(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada, bob = fake.user(1001, "Ada"), fake.user(1002, "Bob")
    channel = fake.channel("sudanwatch", (ada,))
    other = fake.channel("elsewhere", (ada,), bot_is_admin=False)
    async with BotHarness(fake, tmp_path) as bot:
        refused = await fake.reply_to(bob, fake.chats[bob.id], "/subscribe @sudanwatch")
        assert refused.plain == "Only an administrator of @sudanwatch can do this."
        not_admin = await fake.reply_to(ada, fake.chats[ada.id], "/subscribe @elsewhere")
        assert not_admin.plain.startswith("Make me an administrator of @elsewhere")
        done = await fake.reply_to(ada, fake.chats[ada.id], "/subscribe @sudanwatch")
        assert done.plain.startswith("Subscribed: @sudanwatch")
        watch = await fake.reply_to(ada, fake.chats[ada.id], "/watch @sudanwatch sudan")
        assert watch.plain.startswith("Watching: sudan.")
        assert subscriptions(bot.db, channel.id) == [0] and subscriptions(bot.db, other.id) == []
        await bot.produce(FOUR)
        await bot.settle()
        assert [line.split(" — ")[1].split(":")[0] for line in alert_lines(fake, channel)] == [
            "Sudan", "El Fasher",
        ]  # fmt: skip
        assert alert_lines(fake, ada.id) == []  # the private chat itself did not subscribe


async def test_a_forum_topic_gets_its_alerts_in_its_topic(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada = fake.user(1001, "Ada")
    forum = fake.group("Crisis desk", (ada,), forum=True)
    topic = fake.topic(forum, 77)
    async with BotHarness(fake, tmp_path) as bot:
        reply = await fake.reply_to(ada, forum, "/subscribe", thread_id=topic)
        assert reply.plain.startswith("Subscribed: this topic")
        assert subscriptions(bot.db, forum.id) == [topic]
        other = fake.topic(forum, 88)  # the Subscribe button under /start, in another topic
        welcome = await fake.reply_to(ada, forum, "/start", thread_id=other)
        fake.press(ada, welcome, "subscribe")
        await fake.wait_for(lambda: len(fake.messages(forum, other)) == 2)
        assert fake.last(forum, other).plain.startswith("Subscribed: this topic")
        assert subscriptions(bot.db, forum.id) == [topic, other]
        await bot.produce(rss(SUDAN, CHAD))
        await bot.settle()
        assert len(alert_lines(fake, forum, topic)) == 2
        assert alert_lines(fake, forum, other) == alert_lines(fake, forum, topic)
        assert alert_lines(fake, forum, None) == []


async def test_quiet_hours_send_silently_in_the_chats_time_zone(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    fake = fake_api
    ada, bob = fake.user(1001, "Ada"), fake.user(1002, "Bob")
    tokyo = datetime.now(UTC).astimezone(ZoneInfo("Asia/Tokyo"))
    start, end = tokyo - timedelta(hours=1), tokyo + timedelta(hours=1)
    window = f"{start:%H:%M}-{end:%H:%M}"
    outside = f"{end:%H:%M}-{(end + timedelta(hours=1)):%H:%M}"
    async with BotHarness(fake, tmp_path) as bot:
        for user, quiet in ((ada, window), (bob, outside)):
            chat = fake.chats[user.id]
            await fake.reply_to(user, chat, "/subscribe")
            zone = await fake.reply_to(user, chat, "/timezone asia/tokyo")
            assert zone.plain == "Time zone: Asia/Tokyo."
            reply = await fake.reply_to(user, chat, f"/quiet {quiet}")
            assert reply.plain.startswith(f"Quiet hours {quiet} (Asia/Tokyo)")
        await bot.produce(rss(SUDAN, CHAD))
        await bot.settle()
        alerts = [s for s in fake.sent if s.plain.startswith("Displacement")]
        assert [(s.chat_id, s.silent) for s in alerts if s.chat_id == ada.id] == [
            (ada.id, True)
        ] * 2
        assert [(s.chat_id, s.silent) for s in alerts if s.chat_id == bob.id] == [
            (bob.id, False)
        ] * 2
        off = await fake.reply_to(ada, fake.chats[ada.id], "/quiet off")
        assert off.plain.startswith("Quiet hours off")


async def test_bot_admins_manage_feeds_from_a_chat(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    fake = fake_api
    ada, bob = fake.user(1001, "Ada"), fake.user(1002, "Bob")
    env = {"SITREP_FEEDS_INTERVAL": "900"}
    async with BotHarness(fake, tmp_path, admins=(ada.id,), env=env) as bot:
        chat = fake.chats[ada.id]
        added = await fake.reply_to(ada, chat, "/addfeed https://news.example/rss.xml un-news")
        assert added.plain == "Added un-news: https://news.example/rss.xml"
        # polled like every other feed: at the configured interval
        interval = bot.db.execute("SELECT interval FROM feeds WHERE name = 'un-news'").fetchone()
        assert interval[0] == 900
        bad = await fake.reply_to(ada, chat, "/addfeed ftp://news.example/rss")
        assert bad.plain == "feed ftp://news.example/rss: not an http(s) URL"
        refused = await fake.reply_to(bob, fake.chats[bob.id], "/removefeed un-news")
        assert refused.plain.startswith("Only the bot's administrators")
        row = bot.db.execute("SELECT origin FROM feeds WHERE name = 'un-news'").fetchone()
        assert row[0] == "telegram"
        bot.db.execute(
            "UPDATE feeds SET error_count = 3, last_error = 'HTTP 503', "
            "last_polled = '2024-12-06T10:00:00+00:00' WHERE name = 'un-news'"
        )
        listing = await fake.reply_to(ada, chat, "/feeds")
        assert listing.plain == "un-news — https://news.example/rss.xml — failing (HTTP 503)"
        status = await fake.reply_to(bob, fake.chats[bob.id], "/status")
        assert status.plain.splitlines()[:3] == [
            "Feeds watched: 1", "Last poll: 2024-12-06 10:00 UTC", "Failing feeds: 1",
        ]  # fmt: skip
        removed = await fake.reply_to(ada, chat, "/removefeed un-news")
        assert removed.plain == "Removed un-news (its alerts stay)."
        again = await fake.reply_to(ada, chat, "/removefeed un-news")
        assert again.plain.startswith("No active feed named un-news")
        helped = await fake.reply_to(ada, chat, "/help")
        assert "/addfeed" in helped.plain
        assert "/addfeed" not in (await fake.reply_to(bob, fake.chats[bob.id], "/help")).plain
