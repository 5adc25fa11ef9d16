"""`sitrep run --console`: the live pipeline without Telegram.

Loads the feeds file into the database, runs the poller's tick every second with APScheduler 3
(an AsyncIOScheduler; the Telegram bot runs the same tick on PTB's JobQueue), prints each alert to
stdout as `sitrep replay` does, logs feed events to stderr, and stops cleanly on SIGTERM/SIGINT.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.clock import utcnow
from bot.feeds.config import load_at_start
from bot.feeds.poller import Poller
from bot.models import Alert
from bot.settings import Settings
from storage.db import open_db
from storage.polling import FeedNotice

log = logging.getLogger("sitrep.console")

TICK_SECONDS = 1.0


async def run_console(
    settings: Settings,
    out: TextIO,
    render: Callable[[Alert], str],
    *,
    stop: asyncio.Event | None = None,
) -> int:
    stop = stop or asyncio.Event()
    db = open_db(settings.storage.path)
    try:
        load_at_start(db, settings, utcnow())

        def print_alert(alert: Alert) -> None:
            out.write(render(alert) + "\n")
            out.flush()

        def tell(notice: FeedNotice) -> None:
            log.warning("feed.notice feed=%s kind=%s %s", notice.feed, notice.kind, notice.text)

        poller = Poller(db, settings, on_alert=print_alert, on_notice=tell)
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(
            poller.tick,
            "interval",
            seconds=TICK_SECONDS,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,  # a late tick (the loop was busy parsing) still runs
            next_run_time=datetime.now(UTC),
            id="poll",
        )
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        scheduler.start()
        log.info("run.started mode=console feeds_file=%s", settings.feeds.file)
        try:
            await stop.wait()
        finally:
            scheduler.shutdown(wait=False)
            await poller.aclose()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
        log.info("run.stopped mode=console polls=%d", poller.polls)
        return 0
    finally:
        db.close()
