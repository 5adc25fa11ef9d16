"""`sitrep run`: the live bot. Long polling for commands, the delivery job, the feed poller's
tick and the admin notices, all on one event loop through PTB's JobQueue. SIGTERM or SIGINT stops
it cleanly: no new updates, the messages in flight finish, what is pending stays in the outbox
for the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from dataclasses import replace

from bot.clock import utcnow
from bot.errors import ConfigError, SitrepError
from bot.feeds.config import load_at_start
from bot.feeds.poller import Poller
from bot.settings import Settings
from bot.telegram.app import (
    RepeatingJob,
    build_application,
    make_bot,
    start_application,
    stop_application,
)
from bot.telegram.delivery import Deliverer, Pacing
from bot.telegram.notices import AdminNotifier
from storage.db import open_db

log = logging.getLogger("sitrep.run")

DELIVERY_INTERVAL = 1.0  # seconds between two looks at the outbox
POLL_INTERVAL = 1.0  # the poller's tick starts the polls that are due
NOTICE_INTERVAL = 10.0  # feed health notices (failing, deactivated, recovered) to the admins

NO_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set: in Telegram, talk to @BotFather, send /newbot, and export "
    "the token it gives you (export TELEGRAM_BOT_TOKEN=...)"
)


class StartupError(SitrepError):
    """The bot could not start (bad token, unreachable Bot API server)."""


async def serve(settings: Settings, stop: asyncio.Event, *, pacing: Pacing | None = None) -> None:
    """Run the bot until `stop` is set."""
    from telegram.error import InvalidToken, NetworkError

    assert settings.telegram_token is not None
    db = open_db(settings.storage.path)
    bot = make_bot(settings, settings.telegram_token)
    deliverer = Deliverer(bot, db, pacing=pacing or Pacing(per_second=settings.telegram.max_rate))
    load_at_start(db, settings, utcnow())
    poller = Poller(db, settings)
    notifier = AdminNotifier(bot, db, settings.telegram.admins)
    # Every repeating job of the bot is installed here (name, seconds, coroutine function),
    # all on one event loop: alerts the poller raises are in the outbox when its poll commits.
    jobs = [
        RepeatingJob("delivery", DELIVERY_INTERVAL, deliverer.tick),
        RepeatingJob("poll", POLL_INTERVAL, poller.tick),
        RepeatingJob("notices", NOTICE_INTERVAL, notifier.tick),
    ]
    app = build_application(settings, db, bot=bot, jobs=jobs)
    try:
        try:
            await start_application(app)
        except InvalidToken as exc:
            raise StartupError(f"the Bot API server refused the token ({exc.message})") from exc
        except NetworkError as exc:
            raise StartupError(
                f"cannot reach the Bot API server at {settings.telegram.api_url} ({exc.message})"
            ) from exc
        await stop.wait()
        log.info("run.stopping")
    finally:
        with contextlib.suppress(Exception):
            await stop_application(app, deliverer.stop)
        await poller.aclose()
        db.close()


def run(settings: Settings, *, api_url: str | None = None) -> None:
    """The blocking entry point of `sitrep run`; ConfigError without a token."""
    if not settings.telegram_token:
        raise StartupError(NO_TOKEN)
    if settings.telegram.max_rate <= 0:
        raise ConfigError(f"{settings.source}: telegram.max_rate", "must be above 0")
    if api_url:
        settings = replace(settings, telegram=replace(settings.telegram, api_url=api_url))
    # RetryAfter.retry_after as a timedelta (PTB 22's coming default), without a warning.
    os.environ.setdefault("PTB_TIMEDELTA", "1")

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        await serve(settings, stop)

    asyncio.run(main())
