"""The bot as in production, inside the test's event loop, against the fake Bot API server.

`BotHarness` builds the real Application (bot/telegram/app.py) with the real delivery job, on a
real SQLite file, and drives initialize/start/start_polling itself (run_polling owns the loop).
Handler errors are recorded by an error handler and fail the test. Alerts come from the real
pipeline: `produce` replays RSS documents into the bot's database.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

from fakebotapi import TOKEN, FakeBotAPI
from telegram.ext import ContextTypes

from bot.replay import ReplayResult, replay
from bot.settings import Settings, load_settings
from bot.telegram.app import (
    RepeatingJob,
    build_application,
    make_bot,
    start_application,
    stop_application,
)
from bot.telegram.delivery import Deliverer, Pacing
from storage.db import Database, open_db

# Tests do not wait a second between two messages to one chat; pacing has its own tests.
FAST = Pacing(per_second=200.0, per_chat=0.0, per_group=0.0, concurrency=16)


def rss(*items: tuple[str, str, str], link: bool = True) -> bytes:
    """An RSS document from (title, pubDate, body) items."""
    out = []
    for number, (title, date, body) in enumerate(items):
        href = f"<link>https://news.example/{number}?a=1&amp;b=2</link>" if link else ""
        out.append(f"<item><title>{escape(title)}</title><guid>{title}-{number}</guid>{href}"
                   f"<pubDate>{date}</pubDate><description><![CDATA[{body}]]></description></item>")  # fmt: skip
    return f'<rss version="2.0"><channel><title>t</title>{"".join(out)}</channel></rss>'.encode()


class BotHarness:
    def __init__(
        self,
        fake: FakeBotAPI,
        tmp_path: Path,
        *,
        pacing: Pacing = FAST,
        admins: tuple[int, ...] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        base = load_settings(env={"SITREP_FEEDS_ALLOW_PRIVATE_ADDRESSES": "true", **(env or {})})
        self.settings: Settings = replace(
            base,
            storage=replace(base.storage, path=str(tmp_path / "sitrep.db")),
            telegram=replace(base.telegram, api_url=fake.base_url, admins=admins),
            telegram_token=TOKEN,
        )
        self.fake = fake
        self.tmp_path = tmp_path
        self.db: Database = open_db(self.settings.storage.path)
        self.bot = make_bot(self.settings, TOKEN)
        self.deliverer = Deliverer(self.bot, self.db, pacing=pacing)
        jobs = [RepeatingJob("delivery", 0.1, self.deliverer.tick)]
        self.app = build_application(self.settings, self.db, bot=self.bot, jobs=jobs)
        self.errors: list[BaseException] = []
        self.app.add_error_handler(self._record)
        self._feeds = 0

    async def _record(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        self.errors.append(context.error)

    async def __aenter__(self) -> BotHarness:
        await start_application(self.app)
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await stop_application(self.app, self.deliverer.stop)
        self.db.close()
        assert not self.errors, f"handler errors: {self.errors!r}"

    async def produce(self, document: bytes) -> ReplayResult:
        """Replay a feed document into the bot's database: the alerts and their deliveries."""
        self._feeds += 1
        path = self.tmp_path / f"feed{self._feeds}.xml"
        path.write_bytes(document)
        return await replay([str(path)], self.db, self.settings)

    def pending(self) -> int:
        return int(
            self.db.execute("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'").fetchone()[
                0
            ]
        )

    async def settle(self, timeout: float = 15.0) -> None:
        """Wait until the outbox is empty of pending rows that are due."""
        await self.fake.wait_for(lambda: self.pending() == 0, timeout)
