"""Replay feed documents (files or URLs) through the pipeline with a replayed clock.

All entries of all feeds are processed in the order of their feed time (Atom `updated`, else
`published`; RSS `pubDate`), and while an entry is processed "now" is its time, so the diff's
age rules see the world as it was. Entries without a date keep their place in their document:
they take the time of the dated entry before them (or the feed's own date), with a warning.

A feed that cannot be read is an error value naming it; the other feeds are still replayed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from bot.clock import utcnow
from bot.errors import FeedError
from bot.feeds.fetch import FetchedFeed, FetchError, NotModified, fetch, make_client
from bot.feeds.parse import ParsedFeed, parse_feed_async
from bot.models import Alert, EntryData
from bot.pipeline import Pipeline
from bot.settings import Settings
from storage.db import Database
from storage.feeds import ensure_feed


@dataclass(frozen=True)
class Source:
    """A feed to replay: `location` is a path or URL, `name` how alerts and errors call it."""

    location: str
    name: str

    @classmethod
    def of(cls, value: str | Source) -> Source:
        return value if isinstance(value, Source) else cls(value, value)


@dataclass(frozen=True)
class ReplayResult:
    alerts: tuple[Alert, ...]
    entries: int  # entries processed
    facts: int  # facts extracted
    errors: tuple[FeedError, ...]
    warnings: tuple[str, ...]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


async def read_source(source: Source, settings: Settings) -> bytes:
    """The bytes of a feed file or URL; FeedError naming the source when it cannot be had."""
    if not is_url(source.location):
        path = Path(source.location)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            raise FeedError(source.name, "no such file") from None
        except IsADirectoryError:
            raise FeedError(source.name, "is a directory, not a feed file") from None
        except OSError as exc:
            raise FeedError(source.name, f"cannot be read ({exc.strerror})") from exc
    async with make_client(
        timeout=settings.feeds.timeout, user_agent=settings.feeds.user_agent
    ) as client:
        result = await fetch(client, source.location, max_bytes=settings.feeds.max_bytes)
    if isinstance(result, FetchError):
        raise FeedError(source.name, result.message)
    if isinstance(result, NotModified):  # no validators were sent: a server bug
        raise FeedError(source.name, "answered 304 to an unconditional request")
    assert isinstance(result, FetchedFeed)
    return result.body


def timeline(feeds: Sequence[ParsedFeed], fallback: datetime) -> list[EntryData]:
    """All entries in feed-time order; undated entries follow the dated entry before them."""
    timed: list[tuple[datetime, int, int, EntryData]] = []
    for number, feed in enumerate(feeds):
        current = feed.updated or fallback
        for entry in feed.entries:
            if entry.published is not None:
                current = entry.published
            timed.append((current, number, entry.position, replace(entry, published=current)))
    timed.sort(key=lambda item: item[:3])
    return [item[3] for item in timed]


async def replay(
    sources: Sequence[str | Source],
    db: Database,
    settings: Settings,
    *,
    on_alert: Callable[[Alert], None] | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> ReplayResult:
    errors: list[FeedError] = []
    warnings: list[str] = []
    parsed: list[ParsedFeed] = []
    locations: dict[str, str] = {}
    for source in map(Source.of, sources):
        try:
            feed = await parse_feed_async(source.name, await read_source(source, settings))
        except FeedError as exc:
            errors.append(exc)
            continue
        if feed.undated:
            warnings.append(
                f"feed {source.name}: {feed.undated} entr{'y' if feed.undated == 1 else 'ies'} "
                "without a date, taken in document order"
            )
        if feed.recovered:
            warnings.append(f"feed {source.name}: malformed XML, kept what could be recovered")
        parsed.append(feed)
        locations[source.name] = source.location

    start = clock()
    feed_ids = {
        feed.feed: ensure_feed(db, feed.feed, locations[feed.feed], start) for feed in parsed
    }
    pipeline = Pipeline(db, max_age=settings.diff.max_age)
    alerts: list[Alert] = []
    entries = facts = 0
    for entry in timeline(parsed, start):
        assert entry.published is not None
        result = pipeline.process(feed_ids[entry.feed], entry, now=entry.published)
        entries += 1
        facts += len(result.facts)
        for alert in result.alerts:
            alerts.append(alert)
            if on_alert is not None:
                on_alert(alert)
    return ReplayResult(tuple(alerts), entries, facts, tuple(errors), tuple(warnings))
