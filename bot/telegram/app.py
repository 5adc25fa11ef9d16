"""Build the python-telegram-bot Application: the bot (pointed at `telegram.api_url`), the
command handlers, the error handler and the repeating jobs on PTB's JobQueue.

`start_application` / `stop_application` drive the Application by hand instead of
`run_polling()`, which owns the event loop: the tests run the very same code inside pytest's
loop, against the fake Bot API server.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
)
from telegram.request import HTTPXRequest

from bot.settings import Settings
from bot.telegram.handlers import COMMANDS, Handlers
from storage.db import Database

log = logging.getLogger("sitrep.telegram")


@dataclass(frozen=True)
class RepeatingJob:
    """A coroutine run every `interval` seconds on the bot's event loop (PTB's JobQueue)."""

    name: str
    interval: float
    callback: Callable[[], Awaitable[None]]


def make_bot(settings: Settings, token: str, *, pool_size: int = 64) -> ExtBot[None]:
    """The Bot API client: HTML replies, no link previews, `telegram.api_url` as the server."""
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    return ExtBot(
        token,
        base_url=settings.telegram.api_url,
        defaults=defaults,
        request=HTTPXRequest(connection_pool_size=pool_size, read_timeout=10.0),
        get_updates_request=HTTPXRequest(connection_pool_size=2),
    )


def _job(
    callback: Callable[[], Awaitable[None]],
) -> Callable[[ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]:
    async def run(_context: ContextTypes.DEFAULT_TYPE) -> None:
        await callback()

    return run


async def _log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A handler raised: log it once with the update, and keep serving the others."""
    where = ""
    if isinstance(update, Update) and update.effective_chat is not None:
        where = f" chat={update.effective_chat.id}"
    log.error("telegram.handler_error%s error=%r", where, context.error, exc_info=context.error)


def build_application(
    settings: Settings,
    db: Database,
    *,
    bot: ExtBot[None],
    jobs: Sequence[RepeatingJob] = (),
) -> Application:  # type: ignore[type-arg]
    """The Application with every command, the inline buttons, and `jobs` on the JobQueue."""
    app = ApplicationBuilder().bot(bot).build()
    h = Handlers(db, settings)
    commands = {
        "start": h.start,
        "help": h.help,
        "subscribe": h.subscribe,
        "unsubscribe": h.unsubscribe,
        "stop": h.unsubscribe,
        "watch": h.watch,
        "unwatch": h.unwatch,
        "watchlist": h.watchlist,
        "kinds": h.kinds,
        "quiet": h.quiet,
        "timezone": h.timezone,
        "latest": h.latest,
        "status": h.status,
        "feeds": h.feeds,
        "addfeed": h.addfeed,
        "removefeed": h.removefeed,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback))
    app.add_handler(CallbackQueryHandler(h.button))
    app.add_handler(ChatMemberHandler(h.membership, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(_log_error)
    assert app.job_queue is not None, "python-telegram-bot[job-queue] is a dependency"
    for job in jobs:
        app.job_queue.run_repeating(
            _job(job.callback), interval=job.interval, first=0.0, name=job.name,
            job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
        )  # fmt: skip
    return app


async def start_application(app: Application) -> None:  # type: ignore[type-arg]
    """Connect (getMe), register the commands, start the jobs and long polling."""
    await app.initialize()
    await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(
        allowed_updates=[Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER],
        timeout=10,
    )
    log.info("telegram.started bot=@%s", app.bot.username)


async def stop_application(
    app: Application,  # type: ignore[type-arg]
    before_stop: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Stop taking updates, let `before_stop` finish (the delivery's in-flight sends), then
    stop the jobs and close the connections."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if before_stop is not None:
        await before_stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    log.info("telegram.stopped")
