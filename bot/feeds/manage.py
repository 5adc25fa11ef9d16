"""`sitrep feeds ...` and `sitrep health`: the feed list and its health, on the configured
database, with or without a running bot (SQLite in WAL mode lets both write)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from bot.errors import FeedError
from bot.feeds.opml import export_opml, parse_opml
from bot.feeds.poller import HEARTBEAT
from bot.feeds.urls import validate_http_url
from bot.settings import Settings
from storage.db import Database
from storage.feeds import FeedRow, add_feed, list_feeds, remove_feed
from storage.polling import last_beat


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    seconds = int((now - when).total_seconds())
    future = seconds < 0
    seconds = abs(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            text = f"{seconds // size}{unit}"
            break
    else:
        text = f"{seconds}s"
    return f"in {text}" if future else f"{text} ago"


def _state(feed: FeedRow) -> str:
    if not feed.active:
        return f"off ({feed.disabled_reason or 'removed'})"
    if feed.error_count:
        return f"failing ({feed.error_count})"
    return "ok" if feed.last_success else "new"


def list_command(db: Database, now: datetime, out: TextIO, *, all_feeds: bool) -> int:
    feeds = list_feeds(db, active_only=not all_feeds)
    if not feeds:
        out.write("no feeds (add one with `sitrep feeds add URL` or in the feeds file)\n")
        return 0
    rows = [("NAME", "STATE", "EVERY", "LAST SUCCESS", "NEXT POLL", "LAST ERROR", "URL")]
    for feed in feeds:
        rows.append(
            (
                feed.name,
                _state(feed),
                f"{feed.interval}s",
                _ago(feed.last_success, now),
                ("due now" if feed.next_poll is None else _ago(feed.next_poll, now))
                if feed.active
                else "-",
                (feed.last_error or "-")[:60],
                feed.url,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.write("  ".join([*cells, row[-1]]).rstrip() + "\n")
    return 0


def add_command(
    db: Database,
    settings: Settings,
    now: datetime,
    out: TextIO,
    url: str,
    *,
    name: str | None,
    interval: int | None,
    fulltext: bool,
) -> int:
    # The self-hoster may add any http(s) URL from the command line, private ones included.
    url = validate_http_url(url)
    feed = add_feed(
        db,
        url,
        now,
        name=name,
        interval=interval or settings.feeds.interval,
        fulltext=fulltext,
        origin="cli",
        min_interval=settings.feeds.min_interval,
    )
    out.write(f"feed {feed.name} added: {feed.url} every {feed.interval}s\n")
    return 0


def remove_command(db: Database, out: TextIO, name: str) -> int:
    if not remove_feed(db, name):
        raise FeedError(name, "no such active feed (see `sitrep feeds list`)")
    out.write(f"feed {name} removed (its entries and facts are kept)\n")
    return 0


def import_opml_command(
    db: Database, settings: Settings, now: datetime, out: TextIO, path: str
) -> int:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FeedError(path, f"cannot be read ({exc.strerror})") from exc
    specs = parse_opml(data, path, interval=settings.feeds.interval)
    added = 0
    for spec in specs:
        try:
            add_feed(db, spec.url, now, name=spec.name, interval=spec.interval, tags=spec.tags,
                     origin="cli", min_interval=settings.feeds.min_interval)  # fmt: skip
        except FeedError as exc:  # a name clash: keep going, say which
            out.write(f"skipped: {exc}\n")
            continue
        added += 1
    out.write(f"{added} feeds imported from {path}\n")
    return 0


def export_opml_command(db: Database, now: datetime, out: TextIO) -> int:
    out.write(export_opml(list_feeds(db, active_only=True), now))
    return 0


def health(db: Database, settings: Settings, now: datetime) -> tuple[bool, str]:
    """Healthy when the poller's last cycle finished within three intervals and no active feed
    is overdue by more than three of its own intervals (the poller is stuck or far behind)."""
    beat = last_beat(db, HEARTBEAT)
    limit = timedelta(seconds=3 * settings.feeds.interval)
    if beat is None:
        return False, "unhealthy: no poll cycle recorded (is `sitrep run` running?)"
    at, detail = beat
    if now - at > limit:
        return False, (
            f"unhealthy: last poll cycle {_ago(at, now)}, "
            f"over three intervals ({int(limit.total_seconds())}s)"
        )
    feeds = list_feeds(db, active_only=True)
    overdue = [
        f.name
        for f in feeds
        if f.next_poll is not None and now - f.next_poll > timedelta(seconds=3 * f.interval)
    ]
    if overdue:
        return False, f"unhealthy: {len(overdue)} feeds overdue, e.g. {overdue[0]}"
    failing = sum(1 for f in feeds if f.error_count)
    return True, (
        f"ok: last poll cycle {_ago(at, now)}; {len(feeds)} active feeds, {failing} failing; "
        f"{detail.get('polls', 0)} polls since start"
    )


def status_lines(db: Database, now: datetime) -> list[str]:
    """Feed health in a few plain lines, for the Telegram /status command (escape before HTML):
    a summary, then each failing or deactivated-by-the-poller feed with its last error."""
    feeds = list_feeds(db)
    active = [f for f in feeds if f.active]
    failing = [f for f in active if f.error_count]
    given_up = [
        f
        for f in feeds
        if not f.active and f.disabled_reason and not f.disabled_reason.startswith("removed")
    ]
    last = max((f.last_success for f in active if f.last_success), default=None)
    lines = [
        f"Feeds: {len(active)} active, {len(failing)} failing, {len(given_up)} deactivated; "
        f"last success {_ago(last, now)}."
    ]
    for feed in failing:
        lines.append(
            f"{feed.name}: failing ({feed.error_count} in a row): {feed.last_error}; "
            f"next try {_ago(feed.next_poll, now)}"
        )
    for feed in given_up:
        lines.append(f"{feed.name}: off, {feed.disabled_reason}; last error: {feed.last_error}")
    return lines
