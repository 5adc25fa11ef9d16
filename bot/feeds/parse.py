"""Parse a feed document (bytes) into entries with feedparser.

feedparser is only ever given bytes, never a URL: fetching is fetch.py's job, and
`feedparser.parse(url)` would block the event loop. `parse_feed_async` runs the parse in a worker
thread. What feedparser recovers from malformed XML is kept; a document with nothing to recover
(empty, HTML, not XML at all) is a FeedError that names the feed.
"""

from __future__ import annotations

import asyncio
import calendar
import hashlib
import io
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from bot.errors import FeedError
from bot.models import EntryData

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)


@dataclass(frozen=True)
class ParsedFeed:
    feed: str
    title: str
    entries: tuple[EntryData, ...]
    undated: int  # entries without any date; callers take them in document order
    recovered: bool  # the XML was malformed and feedparser recovered what it could
    updated: datetime | None  # the feed's own date, if it gives one


def _when(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _content(entry: Any) -> str:
    contents = dict.get(entry, "content") or []
    bodies = [c.get("value", "") for c in contents if isinstance(c, dict)]
    best = max(bodies, key=len, default="")
    summary = dict.get(entry, "summary", "") or ""
    return best if len(best) >= len(summary) else summary


def _guid(entry: Any, link: str | None, title: str, content: str) -> str:
    guid = dict.get(entry, "id") or link
    if guid:
        return str(guid)
    digest = hashlib.sha256(f"{title}\n{content}".encode()).hexdigest()[:24]
    return f"sha256:{digest}"


def parse_feed(feed: str, data: bytes) -> ParsedFeed:
    """Parse one feed document. `feed` names it in errors and in its entries."""
    if not data.strip():
        raise FeedError(feed, "empty document")
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    entries_raw = list(parsed.entries)
    if not parsed.version and not entries_raw:
        if _HTML_START.match(data[:2048]):
            raise FeedError(feed, "an HTML page, not an RSS or Atom feed")
        reason = parsed.get("bozo_exception")
        detail = f" ({_one_line(reason)})" if reason else ""
        raise FeedError(feed, f"not an RSS or Atom feed{detail}")
    entries: list[EntryData] = []
    undated = 0
    for position, raw in enumerate(entries_raw):
        # Atom `updated`, else `published`; RSS pubDate arrives as `published`. dict.get avoids
        # feedparser's deprecated updated->published fallback (and its warning).
        published = _when(dict.get(raw, "updated_parsed")) or _when(
            dict.get(raw, "published_parsed")
        )
        if published is None:
            undated += 1
        link = dict.get(raw, "link") or None
        title = str(dict.get(raw, "title", "") or "")
        content = _content(raw)
        entries.append(
            EntryData(
                feed=feed,
                guid=_guid(raw, link, title, content),
                link=link,
                title=title,
                published=published,
                content=content,
                position=position,
            )
        )
    meta = parsed.get("feed", {})
    return ParsedFeed(
        feed=feed,
        title=str(meta.get("title", "") or ""),
        entries=tuple(entries),
        undated=undated,
        recovered=bool(parsed.get("bozo")) and bool(entries),
        updated=_when(dict.get(meta, "updated_parsed"))
        or _when(dict.get(meta, "published_parsed")),
    )


async def parse_feed_async(feed: str, data: bytes) -> ParsedFeed:
    return await asyncio.to_thread(parse_feed, feed, data)


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]
