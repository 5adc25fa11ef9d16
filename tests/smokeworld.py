"""The servers behind tests/smokedriver.py (see there): the fake Telegram Bot API server, a feed
server and the control server that the smoke test's `call` commands talk to."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from aiohttp import web
from botharness import rss
from fakebotapi import TOKEN, FakeBotAPI
from feedserver import FeedServer, Reply, Request

ADMIN = 2002  # a Telegram user the bot knows from its settings (telegram.admins)
FEED_PATH = "/sudan.xml"
GONE_PATH = "/gone.xml"
# No weekday or date in the text: the facts are dated by the items' publication times, so the
# order of the reports does not depend on the day the test runs ("said on Tuesday", run on a
# Monday, is six days older than "reported on Monday").
FIRST = ("OCHA update", "Nearly 50,000 people have been displaced in Sudan, OCHA reported.")
RISING = [
    ("UN update", "An estimated {n} people have been displaced in Sudan, the United Nations said."),
    ("IOM update", "More than {n} people have been displaced in Sudan, the IOM said."),
    ("UNHCR update", "Some {n} people have now been displaced in Sudan, UNHCR said."),
]
FIGURES = ["90,000", "140,000", "200,000"]


def published(hours_ago: float = 0) -> str:
    return format_datetime(datetime.now(UTC) - timedelta(hours=hours_ago))


class SmokeBotAPI(FakeBotAPI):
    """The fake Bot API server, noting when the bot first called it (getMe, at start)."""

    first_call: float | None = None

    async def api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        if self.first_call is None:
            self.first_call = time.time()
        return await super().api_getMe(params)


class World:
    """The two servers and what the control actions do with them."""

    def __init__(self, fake: SmokeBotAPI, feeds: FeedServer) -> None:
        self.fake = fake
        self.feeds = feeds
        fake.user(ADMIN, "Admin")
        self.items: list[tuple[str, str, str]] = [(FIRST[0], published(2), FIRST[1])]
        self.first_poll: float | None = None
        self.stop = asyncio.Event()
        feeds.routes[FEED_PATH] = self._feed
        feeds.routes[GONE_PATH] = Reply(b"gone for good", 410)

    def _feed(self, request: Request) -> Reply:
        if self.first_poll is None:
            self.first_poll = time.time()
        return Reply(rss(*self.items))

    async def _when(self, predicate: Callable[[], bool], args: list[str], at: int) -> None:
        """Wait until `predicate()`, at most args[at] seconds (default 60)."""
        await self.fake.wait_for(predicate, float(args[at]) if len(args) > at else 60.0)

    async def act(self, action: str, args: list[str]) -> str:
        """The answer to one control action; AssertionError (a timeout) when it failed."""
        if action == "first-poll":
            await self._when(lambda: self.first_poll is not None, args, 0)
            return f"{self.first_poll:.3f}"
        if action == "first-api-call":
            await self._when(lambda: self.fake.first_call is not None, args, 0)
            return f"{self.fake.first_call:.3f}"
        if action == "subscribe":
            user = self.fake.user(int(args[0]), f"user{args[0]}")
            timeout = float(args[1]) if len(args) > 1 else 60.0
            reply = await self.fake.reply_to(user, self.fake.chats[user.id], "/subscribe",
                                             timeout=timeout)  # fmt: skip
            return reply.plain
        if action == "add-item":
            number = len(self.items) - 1
            if number >= len(RISING):
                raise AssertionError(f"only {len(RISING)} new items are prepared")
            title, body = RISING[number]
            body = body.format(n=FIGURES[number])
            self.items.append((title, published(), body))
            return body
        if action == "wait-sent":
            chat, text, count = int(args[0]), args[1], int(args[2])

            def matching() -> list[str]:
                return [s.plain for s in self.fake.messages(chat) if text in s.plain]

            await self._when(lambda: len(matching()) >= count, args, 3)
            return "\n---\n".join(matching())
        if action == "sent":
            wanted = int(args[0]) if args else None
            return "\n".join(
                f"{s.chat_id}\t{s.plain.splitlines()[0]}"
                for s in self.fake.sent
                if wanted is None or s.chat_id == wanted
            )
        if action == "problems":
            return "\n".join(self.fake.problems)
        if action == "stop":
            self.stop.set()
            return "stopping"
        raise AssertionError(f"unknown action {action!r}")


async def serve(directory: Path, lifetime: float) -> None:
    fake = SmokeBotAPI()
    await fake.start()
    with FeedServer().running() as feeds:
        world = World(fake, feeds)

        async def control(request: web.Request) -> web.Response:
            body: dict[str, Any] = await request.json()
            try:
                output = await world.act(str(body["action"]), [str(a) for a in body["args"]])
            except (AssertionError, IndexError, ValueError) as exc:  # a timeout, a bad argument
                return web.json_response({"ok": False, "output": f"{body['action']}: {exc}"})
            return web.json_response({"ok": True, "output": output})

        app = web.Application()
        app.router.add_post("/", control)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        assert site._server is not None
        control_port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        env = directory / "servers.env"
        env.with_suffix(".part").write_text(
            f"TOKEN='{TOKEN}'\nAPI_URL='{fake.base_url}'\nFEED_URL='{feeds.url(FEED_PATH)}'\n"
            f"GONE_URL='{feeds.url(GONE_PATH)}'\nADMIN={ADMIN}\nCONTROL_PORT={control_port}\n"
        )
        env.with_suffix(".part").rename(env)
        try:
            # bounded: a smoke test that dies without `stop` leaves nothing running for long
            await asyncio.wait_for(world.stop.wait(), lifetime)
        except TimeoutError:
            print(f"smokedriver: stopping after {lifetime:.0f}s", file=sys.stderr)
        finally:
            await runner.cleanup()
            await fake.close()
