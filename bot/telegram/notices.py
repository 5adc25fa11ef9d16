"""Feed health notices to the admins: the poller stores them (a feed failing, deactivated, or
recovered); this job sends each to every admin in `telegram.admins`, once.

An admin's private chat has the admin's user id. An admin who never started the bot cannot be
written to (403): that is logged and the notice counts as told, or it would be retried forever.
A network error leaves the notice for the next round.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.clock import utcnow
from bot.telegram.render import escape
from storage.db import Database
from storage.polling import mark_notice_sent, unsent_notices

log = logging.getLogger("sitrep.telegram")


class AdminNotifier:
    def __init__(self, bot: Bot, db: Database, admins: Sequence[int]) -> None:
        self.bot = bot
        self.db = db
        self.admins = tuple(admins)

    async def tick(self) -> None:
        for notice in unsent_notices(self.db):
            for admin in self.admins:
                try:
                    await self.bot.send_message(admin, f"⚠️ <b>{escape(notice.feed)}</b>: "
                                                f"{escape(notice.text)}")  # fmt: skip
                except (Forbidden, BadRequest) as exc:
                    log.warning("notice.undeliverable admin=%s error=%r", admin, exc.message)
                except (RetryAfter, NetworkError) as exc:
                    log.warning("notice.retry admin=%s error=%r", admin, exc.message)
                    return  # the whole notice again next round (an admin may get it twice)
            mark_notice_sent(self.db, notice.id, utcnow())
            log.info("notice.sent feed=%s kind=%s admins=%d", notice.feed, notice.kind,
                     len(self.admins))  # fmt: skip
