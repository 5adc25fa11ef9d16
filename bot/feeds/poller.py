"""The poller: polls the feeds that are due, politely, and keeps going when some are broken.

`Poller.tick()` is run every second or so by APScheduler 3 (PTB's JobQueue when the Telegram bot
runs; an AsyncIOScheduler for `sitrep run --console`). Each tick starts one task per feed whose
next poll is due, never two for one feed; the tasks share one httpx.AsyncClient and wait for a
slot: at most `feeds.per_host` fetches to one host and `feeds.concurrency` overall (the host slot
is taken first, so feeds of a slow host do not hold the slots other hosts need).

A poll: conditional GET -> parse (in a thread) -> each new or changed entry through
`Pipeline.process`, oldest first. The outcome goes to the feeds table: validators, health, the
next poll (the interval with jitter; Cache-Control max-age and Retry-After as lower bounds;
exponential backoff on consecutive errors, capped at a day). After `feeds.max_failures` failures
in a row, or at once on a 410, the feed is deactivated and a notice is stored for the admins
(`on_notice` is called with it); a feed that had been failing and succeeds again says so.

The clock is injected (`now`), so backoff and deactivation are tested without sleeping.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Literal
from urllib.parse import urlsplit

import httpx
import trafilatura

from bot.clock import utcnow
from bot.errors import FeedError
from bot.feeds.fetch import FetchedFeed, FetchError, NotModified, fetch, make_client
from bot.feeds.parse import parse_feed_async
from bot.models import Alert, EntryData
from bot.pipeline import Pipeline
from bot.settings import Settings
from storage.db import Database
from storage.entries import content_hash
from storage.feeds import FeedRow, due_feeds, save_poll
from storage.polling import (
    FeedNotice,
    NoticeKind,
    add_notice,
    article_text,
    beat,
    entry_known,
    save_article_text,
)

log = logging.getLogger("sitrep.poller")

MAX_DELAY = timedelta(days=1)  # backoff, Retry-After and max-age never push a poll further
FAILING_NOTICE = 5  # consecutive failures after which the admins hear that a feed is failing
HEARTBEAT_EVERY = timedelta(seconds=10)
HEARTBEAT = "poller"
# Idle connections kept for reuse (feeds and article pages of one host). Kept small: httpcore
# scans every pooled connection on each request (the largest cost in a 304 poll, bench/poll.py).
KEEPALIVE = 20

# not_modified: a 304; unchanged: a 200 with the very bytes of the last poll (no parse either)
PollStatus = Literal["ok", "not_modified", "unchanged", "error", "deactivated"]


@dataclass(frozen=True)
class PollResult:
    feed: str
    status: PollStatus
    next_poll: datetime
    entries: int = 0  # entries taken from the document
    processed: int = 0  # new or changed entries that went through the pipeline
    alerts: tuple[Alert, ...] = ()
    error: str | None = None


class Poller:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        now: Callable[[], datetime] = utcnow,
        client: httpx.AsyncClient | None = None,
        on_alert: Callable[[Alert], None] | None = None,
        on_notice: Callable[[FeedNotice], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.feeds = settings.feeds
        self.now = now
        self.pipeline = Pipeline(db, max_age=settings.diff.max_age)
        self.client = client or make_client(
            timeout=self.feeds.timeout,
            connect_timeout=self.feeds.connect_timeout,
            user_agent=self.feeds.user_agent,
            # In-flight fetches are capped by the semaphores; the pool may keep more connections
            # idle, so feeds (and article pages) of one host reuse them between polls.
            max_connections=max(self.feeds.concurrency, 1) + 100,
            max_keepalive=KEEPALIVE,
            allow_private=self.feeds.allow_private_addresses,
        )
        self._own_client = client is None
        self.on_alert = on_alert
        self.on_notice = on_notice
        self.rng = rng or random.Random()
        self._tasks: dict[int, asyncio.Task[PollResult]] = {}
        self._slots = asyncio.Semaphore(max(self.feeds.concurrency, 1))
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._last_beat: datetime | None = None
        self._fresh: list[FeedNotice] = []
        self.polls = 0  # polls finished since start
        self.failures = 0  # of which failed

    # -- scheduling -----------------------------------------------------------------------

    async def tick(self) -> None:
        """Start a poll of every due feed that is not being polled; reap finished polls.

        Self-contained: safe to run as a repeating APScheduler/JobQueue job every second."""
        self._reap()
        now = self.now()
        for feed in due_feeds(self.db, now, limit=max(4 * self.feeds.concurrency, 100)):
            if feed.id not in self._tasks:
                self._tasks[feed.id] = asyncio.create_task(self.poll(feed), name=feed.name)
        if self._last_beat is None or now - self._last_beat >= HEARTBEAT_EVERY:
            self.heartbeat(now)

    async def job(self, context: object = None) -> None:
        """`tick` with the signature of a PTB JobQueue callback:
        `application.job_queue.run_repeating(poller.job, interval=1)`."""
        await self.tick()

    def heartbeat(self, now: datetime) -> None:
        self._last_beat = now
        detail = {"running": len(self._tasks), "polls": self.polls, "failures": self.failures}
        beat(self.db, HEARTBEAT, now, detail)

    def _reap(self) -> None:
        for feed_id, task in list(self._tasks.items()):
            if task.done():
                del self._tasks[feed_id]
                task.result()  # a bug in a poll surfaces here, in the job's log

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def drain(self) -> list[PollResult]:
        """Wait for the polls under way; their results."""
        tasks = list(self._tasks.values())
        results = list(await asyncio.gather(*tasks)) if tasks else []
        self._reap()
        return results

    async def cycle(self) -> list[PollResult]:
        """Poll every due feed and wait for all of them (tests and bench/poll.py)."""
        results: list[PollResult] = []
        while True:
            await self.tick()
            if not self._tasks:
                break
            results += await self.drain()
            if not due_feeds(self.db, self.now(), limit=1):
                break
        self.heartbeat(self.now())
        return results

    async def aclose(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        self._tasks.clear()
        if self._own_client:
            await self.client.aclose()

    # -- one poll -------------------------------------------------------------------------

    def _host(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(max(self.feeds.per_host, 1))
        return self._hosts[host]

    async def _get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchedFeed | NotModified | FetchError:
        async with self._host(url), self._slots:
            return await fetch(
                self.client,
                url,
                max_bytes=self.feeds.max_bytes,
                etag=etag,
                last_modified=last_modified,
                deadline=self.feeds.timeout,
                now=self.now(),
            )

    async def poll(self, feed: FeedRow) -> PollResult:
        """Poll one feed now and store the outcome. Network and feed faults become a result."""
        try:
            result = await self._poll(feed)
        except Exception:
            # A bug: retry at the feed's interval rather than every tick, then let it surface.
            log.exception("feed.bug feed=%s", feed.name)
            save_poll(
                self.db,
                feed.id,
                polled=self.now(),
                success=False,
                next_poll=self.now() + timedelta(seconds=feed.interval),
                error="internal error (see the log)",
                error_count=feed.error_count,
            )
            raise
        self.polls += 1
        self.failures += result.status in ("error", "deactivated")
        return result

    async def _poll(self, feed: FeedRow) -> PollResult:
        fetched = await self._get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        now = self.now()
        if isinstance(fetched, FetchError):
            return self._failed(feed, now, fetched.message, fetched.status, fetched.retry_after)
        if isinstance(fetched, NotModified):
            if not (feed.etag or feed.last_modified):
                return self._failed(feed, now, "answered 304 to an unconditional request")
            return self._succeeded(feed, now, "not_modified", fetched.max_age, keep=True)
        digest = hashlib.sha256(fetched.body).hexdigest()
        if digest == feed.body_hash and feed.last_success is not None:
            return self._succeeded(
                feed,
                now,
                "unchanged",
                fetched.max_age,
                etag=fetched.etag,
                last_modified=fetched.last_modified,
                body_hash=digest,
            )
        try:
            parsed = await parse_feed_async(feed.name, fetched.body)
        except FeedError as exc:
            return self._failed(feed, self.now(), exc.reason)
        if parsed.recovered:
            log.warning("feed.recovered_xml feed=%s entries=%d", feed.name, len(parsed.entries))
        entries = self._choose(feed, parsed.entries)
        first = feed.last_success is None
        backfill = self.feeds.backfill
        processed = 0
        alerts: list[Alert] = []
        for number, entry in enumerate(entries):
            # The first poll learns what is there; only the newest `backfill` entries may alert.
            quiet = first and number < len(entries) - backfill
            entry = await self._full_text(feed, entry, quiet)
            now = self.now()
            # A date in the future is the feed's clock or a typo: it cannot be newer than now.
            if entry.published is not None and entry.published > now:
                entry = replace(entry, published=now)
            result = self.pipeline.process(feed.id, entry, now, quiet=quiet)
            if result.status in ("new", "changed"):
                processed += 1
            for alert in result.alerts:
                alerts.append(alert)
                if self.on_alert is not None:
                    self.on_alert(alert)
            await asyncio.sleep(0)  # other feeds' fetches go on between entries
        outcome = self._succeeded(
            feed,
            self.now(),
            "ok",
            fetched.max_age,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            body_hash=digest,
            entries=len(entries),
            processed=processed,
        )
        return replace(outcome, alerts=tuple(alerts))

    def _choose(self, feed: FeedRow, entries: tuple[EntryData, ...]) -> list[EntryData]:
        """At most `max_entries`, the newest; returned oldest first (the order news happened).

        Duplicate guids in one document: the first (feeds list the newest first) wins."""
        seen: set[str] = set()
        unique = []
        for entry in entries:
            if entry.guid not in seen:
                seen.add(entry.guid)
                unique.append(entry)
        floor = datetime.min.replace(tzinfo=UTC)
        # Newest first by date; undated entries keep document order after the dated ones.
        ordered = sorted(unique, key=lambda e: e.published or floor, reverse=True)
        if len(ordered) > self.feeds.max_entries:
            log.warning(
                "feed.truncated feed=%s entries=%d kept=%d",
                feed.name,
                len(ordered),
                self.feeds.max_entries,
            )
            ordered = ordered[: self.feeds.max_entries]
        ordered.reverse()
        return ordered

    async def _full_text(self, feed: FeedRow, entry: EntryData, quiet: bool) -> EntryData:
        """For `fulltext` feeds: the article page's main text instead of the feed's summary,
        fetched once per version of the entry (the feed's own content is the key)."""
        if not feed.fulltext or not entry.link:
            return entry
        feed_hash = content_hash(entry)
        known, text = article_text(self.db, feed.id, entry.guid, feed_hash)
        if not known:
            text = None
            # Entries seen before fulltext was turned on, or learnt quietly, keep the feed's text.
            if not quiet and not entry_known(self.db, feed.id, entry.guid):
                text = await self._fetch_article(feed, entry.link)
            save_article_text(self.db, feed.id, entry.guid, feed_hash, text, self.now())
        return replace(entry, content=text) if text else entry

    async def _fetch_article(self, feed: FeedRow, link: str) -> str | None:
        page = await self._get(link)  # the client refuses private addresses unless allowed
        if not isinstance(page, FetchedFeed):
            reason = page.message if isinstance(page, FetchError) else "304"
            log.warning("feed.fulltext_failed feed=%s link=%s error=%s", feed.name, link, reason)
            return None
        text = await asyncio.to_thread(
            trafilatura.extract, page.body, url=link, include_comments=False
        )
        if not text:
            log.warning("feed.fulltext_failed feed=%s link=%s error=no main text", feed.name, link)
            return None
        return str(text)

    # -- outcomes -------------------------------------------------------------------------

    def _jittered(self, seconds: float) -> timedelta:
        spread = seconds * self.feeds.jitter
        return timedelta(seconds=seconds + self.rng.uniform(-spread, spread))

    def _succeeded(
        self,
        feed: FeedRow,
        now: datetime,
        status: PollStatus,
        max_age: float | None,
        *,
        keep: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        entries: int = 0,
        processed: int = 0,
    ) -> PollResult:
        delay = self._jittered(feed.interval)
        if max_age is not None:  # the publisher says the document will not change before
            delay = max(delay, min(timedelta(seconds=max_age), MAX_DELAY))
        next_poll = now + delay
        with self.db.atomic():
            save_poll(
                self.db,
                feed.id,
                polled=now,
                success=True,
                next_poll=next_poll,
                etag=etag,
                last_modified=last_modified,
                body_hash=body_hash,
                keep_validators=keep,
            )
            if feed.error_count >= FAILING_NOTICE:
                self._notice(
                    feed,
                    "recovered",
                    f"Feed {feed.name} works again after {feed.error_count} failures.",
                    now,
                )
        self._announce()
        log.info(
            "feed.polled feed=%s status=%s entries=%d processed=%d next=%s",
            feed.name,
            status,
            entries,
            processed,
            f"{next_poll:%H:%M:%S}",
        )
        return PollResult(feed.name, status, next_poll, entries, processed)

    def _failed(
        self,
        feed: FeedRow,
        now: datetime,
        message: str,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> PollResult:
        count = feed.error_count + 1
        # 1st failure: the interval; then twice as long each time, up to a day.
        backoff = min(feed.interval * 2.0 ** min(count - 1, 30), MAX_DELAY.total_seconds())
        delay = self._jittered(backoff)
        if retry_after is not None:
            delay = max(delay, min(timedelta(seconds=retry_after), MAX_DELAY))
        next_poll = now + delay
        deactivate = None
        if status == 410:
            deactivate = "gone (HTTP 410)"
        elif count >= self.feeds.max_failures:
            deactivate = f"{count} failures in a row"
        with self.db.atomic():
            save_poll(
                self.db,
                feed.id,
                polled=now,
                success=False,
                next_poll=next_poll,
                error=message,
                error_count=count,
                deactivate=deactivate,
            )
            if deactivate:
                self._notice(
                    feed,
                    "deactivated",
                    f"Feed {feed.name} is deactivated: {deactivate}; last error: {message}. "
                    f"Add it again to resume polling ({feed.url}).",
                    now,
                )
            elif count == FAILING_NOTICE:
                self._notice(
                    feed,
                    "failing",
                    f"Feed {feed.name} has failed {count} times in a row ({message}); "
                    "polling it less often.",
                    now,
                )
        self._announce()
        if deactivate:
            log.warning("feed.deactivated feed=%s reason=%s", feed.name, deactivate)
            return PollResult(feed.name, "deactivated", next_poll, error=message)
        log.warning(
            "feed.failed feed=%s error=%s failures=%d next=%s",
            feed.name,
            message,
            count,
            f"{next_poll:%Y-%m-%d %H:%M:%S}",
        )
        return PollResult(feed.name, "error", next_poll, error=message)

    def _notice(self, feed: FeedRow, kind: NoticeKind, text: str, now: datetime) -> None:
        """Store a notice for the admins (in the caller's transaction); `on_notice` hears of it
        once that transaction is committed (`_announce`)."""
        notice_id = add_notice(self.db, feed.id, kind, text, now)
        log.info("feed.notice feed=%s kind=%s id=%d", feed.name, kind, notice_id)
        self._fresh.append(FeedNotice(notice_id, feed.id, feed.name, kind, text, now))

    def _announce(self) -> None:
        fresh, self._fresh = self._fresh, []
        if self.on_notice is not None:
            for notice in fresh:
                self.on_notice(notice)
