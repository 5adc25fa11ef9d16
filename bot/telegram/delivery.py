"""Drain the outbox: send each pending delivery within Telegram's limits, and record what
Telegram said.

Pacing: at most `per_second` messages overall (Telegram allows 30), one message per `per_chat`
seconds to a chat, and one per `per_group` seconds to a group (20 a minute). Sends run
concurrently (Telegram answers in ~100 ms; one at a time would cap us near 10/s), spaced by the
overall rate; a chat never has two messages in flight, so its alerts arrive in order.

What Telegram says decides the row:
  RetryAfter    that chat waits `retry_after` (its rows get `not_before`), others keep going
  Forbidden     blocked or kicked: the chat is deactivated, its pending rows dropped
  ChatMigrated  the group became a supergroup: everything moves to the new id and is resent
  BadRequest    this message is wrong: failed, logged with the alert id, never retried
  TimedOut, NetworkError
                retried with back-off (the message may have arrived: at most it arrives twice)

A row is marked sent only after Telegram answered, so a crash resends at most the messages that
were in flight; nothing pending is lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.clock import utcnow
from bot.quiet import is_quiet
from bot.telegram.render import render_alert
from storage.chats import deactivate_chat, migrate_chat
from storage.db import Database
from storage.deliveries import (
    PendingDelivery,
    backoff,
    due,
    hold_chat,
    mark_failed,
    mark_sent,
    retry_later,
)

log = logging.getLogger("sitrep.delivery")

MAX_ATTEMPTS = 12  # network failures before a message is given up (~1 hour of back-off)
BATCH = 200


@dataclass(frozen=True)
class Pacing:
    per_second: float = 29.0  # overall; Telegram's limit is 30, keep a margin for jitter
    per_chat: float = 1.05  # seconds between two messages to one chat (Telegram: about 1)
    per_group: float = 3.05  # seconds between two messages to one group (20 per minute)
    concurrency: int = 32  # messages in flight at once
    retry_base: float = 5.0  # seconds before the first retry after a network error (doubling)


@dataclass(frozen=True)
class DeliveryResult:
    """What Telegram said about one delivery."""

    delivery_id: int
    chat_id: int
    outcome: str  # sent | retry_after | dropped | migrated | failed | retry
    detail: str = ""


def _seconds(value: object) -> float:
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)  # type: ignore[arg-type]


class Deliverer:
    def __init__(
        self,
        bot: Bot,
        db: Database,
        *,
        pacing: Pacing | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.bot = bot
        self.db = db
        self.pacing = pacing or Pacing()
        self.clock = clock
        self._busy: set[int] = set()  # chats with a message in flight
        self._next_allowed: dict[int, float] = {}  # chat -> loop time of its next message
        self._next_slot = 0.0  # loop time of the next message overall
        self._recent: list[float] = []  # loop times of the last sends (at most per_second)
        self._tasks: set[asyncio.Task[None]] = set()
        self._drain: asyncio.Task[None] | None = None
        self._stopping = False

    # --- the job ----------------------------------------------------------------------------

    async def tick(self) -> None:
        """The repeating job: start draining unless a drain is already running."""
        if self._stopping or (self._drain is not None and not self._drain.done()):
            return
        if self._drain is not None and not self._drain.cancelled() and self._drain.exception():
            raise self._drain.exception()  # type: ignore[misc]  # a bug: let PTB log it
        self._drain = asyncio.create_task(self.drain(), name="sitrep-delivery")

    async def stop(self) -> None:
        """Stop dispatching; wait for the messages in flight (what is pending stays pending)."""
        self._stopping = True
        if self._drain is not None:
            await self._drain
        if self._tasks:
            await asyncio.gather(*self._tasks)

    async def drain(self) -> None:
        """Send everything that is due, then return (the next tick starts again)."""
        loop = asyncio.get_running_loop()
        try:
            while not self._stopping:
                now = loop.time()
                paced = {c for c, t in self._next_allowed.items() if t > now}
                self._next_allowed = {c: self._next_allowed[c] for c in paced}
                rows = due(
                    self.db, self.clock(), limit=BATCH, skip_chats=sorted(self._busy | paced)
                )
                if not rows:
                    if self._tasks:
                        await asyncio.wait(self._tasks, return_when=asyncio.FIRST_COMPLETED)
                        continue
                    if paced and due(self.db, self.clock(), limit=1):
                        await asyncio.sleep(max(0.01, min(self._next_allowed.values()) - now))
                        continue
                    return
                seen: set[int] = set()
                for row in rows:
                    if self._stopping:
                        break
                    first = row.chat_id not in seen
                    seen.add(row.chat_id)
                    if not first or row.chat_id in self._busy:
                        continue  # one message per chat at a time, in order: the next batch
                    if self._next_allowed.get(row.chat_id, 0) > loop.time():
                        continue
                    await self._slot()
                    while len(self._tasks) >= self.pacing.concurrency:
                        await asyncio.wait(self._tasks, return_when=asyncio.FIRST_COMPLETED)
                    if self._stopping:
                        break
                    self._busy.add(row.chat_id)
                    task = asyncio.create_task(self._deliver(row))
                    self._tasks.add(task)
                    task.add_done_callback(self._tasks.discard)
        finally:
            if self._tasks:
                await asyncio.gather(*self._tasks)

    async def _slot(self) -> None:
        """Wait for the next overall sending slot."""
        loop = asyncio.get_running_loop()
        interval = 1 / self.pacing.per_second
        now = loop.time()
        if self._next_slot > now:
            await asyncio.sleep(self._next_slot - now)
            now = loop.time()
        # Slots are kept on a fixed timeline: a sleep that wakes a little late (timer
        # granularity, a database write) does not push every later slot back, or the rate
        # would sag to ~27/s. Late by more than half a slot (idle), the timeline restarts.
        base = self._next_slot if now - self._next_slot < interval / 2 else now
        self._next_slot = base + interval
        # And never more than `per_second` starts within any one second, however late the
        # timeline ran: Telegram counts requests in a sliding window, not on our grid.
        cap = max(1, int(self.pacing.per_second))
        recent = self._recent
        if len(recent) >= cap and now - recent[-cap] < 1.0:
            await asyncio.sleep(1.0 - (now - recent[-cap]))
            now = loop.time()
        recent.append(now)
        del recent[:-cap]

    # --- one delivery -----------------------------------------------------------------------

    async def _deliver(self, row: PendingDelivery) -> None:
        loop = asyncio.get_running_loop()
        gap = (
            self.pacing.per_chat
            if row.chat_type in ("private", "channel")
            else (self.pacing.per_group)
        )
        try:
            await self._send(row, gap)
        finally:
            self._busy.discard(row.chat_id)
            self._next_allowed[row.chat_id] = max(
                self._next_allowed.get(row.chat_id, 0.0), loop.time() + gap
            )

    async def _send(self, row: PendingDelivery, gap: float) -> DeliveryResult:
        now = self.clock()
        silent = is_quiet(now, row.timezone, row.quiet_start, row.quiet_end)
        where = f"chat={row.chat_id}" + (f" thread={row.thread_id}" if row.thread_id else "")
        try:
            message_id = 0
            for number, part in enumerate(render_alert(row.text, row.record)):
                if number:
                    await asyncio.sleep(gap)
                    await self._slot()
                message = await self.bot.send_message(
                    chat_id=row.chat_id,
                    text=part,
                    message_thread_id=row.thread_id or None,
                    parse_mode=ParseMode.HTML,
                    disable_notification=silent,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
                message_id = message.message_id
        except RetryAfter as exc:
            wait = _seconds(exc.retry_after)
            loop = asyncio.get_running_loop()
            self._next_allowed[row.chat_id] = loop.time() + wait
            hold_chat(self.db, row.chat_id, now + timedelta(seconds=wait), f"retry after {wait}s")
            log.warning("delivery.flood %s alert=%s retry_after=%s", where, row.alert_id, wait)
            return DeliveryResult(row.id, row.chat_id, "retry_after", str(wait))
        except ChatMigrated as exc:
            migrate_chat(self.db, row.chat_id, exc.new_chat_id, now)
            log.info("delivery.migrated %s new_chat=%s", where, exc.new_chat_id)
            return DeliveryResult(row.id, row.chat_id, "migrated", str(exc.new_chat_id))
        except Forbidden as exc:
            dropped = deactivate_chat(self.db, row.chat_id, f"forbidden: {exc.message}", now)
            log.warning(
                "delivery.forbidden %s alert=%s dropped=%d error=%r",
                where,
                row.alert_id,
                dropped,
                exc.message,
            )
            return DeliveryResult(row.id, row.chat_id, "dropped", exc.message)
        except BadRequest as exc:
            mark_failed(self.db, row.id, exc.message)
            log.error("delivery.failed %s alert=%s error=%r", where, row.alert_id, exc.message)
            return DeliveryResult(row.id, row.chat_id, "failed", exc.message)
        except (NetworkError, TelegramError) as exc:  # timeouts, connection errors, 5xx
            if row.attempts + 1 >= MAX_ATTEMPTS:
                mark_failed(self.db, row.id, f"gave up: {exc.message}")
                log.error("delivery.gave_up %s alert=%s error=%r", where, row.alert_id, exc.message)
                return DeliveryResult(row.id, row.chat_id, "failed", exc.message)
            delay = backoff(row.attempts, self.pacing.retry_base)
            retry_later(self.db, row.id, row.chat_id, now + delay, exc.message)
            log.warning(
                "delivery.retry %s alert=%s attempt=%d error=%r",
                where,
                row.alert_id,
                row.attempts + 1,
                exc.message,
            )
            return DeliveryResult(row.id, row.chat_id, "retry", exc.message)
        mark_sent(self.db, row.id, message_id, silent, self.clock())
        log.info("delivery.sent %s alert=%s silent=%s", where, row.alert_id, silent)
        return DeliveryResult(row.id, row.chat_id, "sent")
