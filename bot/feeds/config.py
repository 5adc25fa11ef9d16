"""config/feeds.toml: the feed list a self-hoster edits, loaded into the feeds table at start.

```toml
[[feed]]
name = "reliefweb-syria"                 # optional: made from the URL
url = "https://reliefweb.int/updates/rss.xml?country=226"
interval = 600                           # optional: seconds, or "10m"; default feeds.interval
fulltext = true                          # optional: fetch each article page for its text
tags = ["syria", "un"]                   # optional
```

Every mistake is a ConfigError naming the file and the feed (`feeds.toml: feed 3 (url): ...`).
"""

from __future__ import annotations

import logging
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.errors import ConfigError, FeedError
from bot.settings import Settings, parse_duration
from storage.db import Database
from storage.feeds import FeedSpec, SyncResult, check_feed, name_from_url, sync_config_feeds

_KEYS = {"name", "url", "interval", "fulltext", "tags"}

log = logging.getLogger("sitrep.feeds")


def _interval(where: str, value: Any, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(parse_duration(value).total_seconds())
        except ValueError as exc:
            raise ConfigError(f"{where}.interval", str(exc)) from None
    raise ConfigError(f"{where}.interval", f"expected seconds or a duration, got {value!r}")


def parse_feeds_file(text: str, source: str, settings: Settings) -> list[FeedSpec]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, f"not valid TOML ({exc})") from exc
    unknown = set(data) - {"feed"}
    if unknown:
        raise ConfigError(f"{source}: {sorted(unknown)[0]}", "unknown key (expected [[feed]])")
    tables = data.get("feed", [])
    if not isinstance(tables, list):
        raise ConfigError(f"{source}: feed", "expected [[feed]] tables")
    specs: list[FeedSpec] = []
    names: set[str] = set()
    urls: set[str] = set()
    for number, table in enumerate(tables, start=1):
        where = f"{source}: feed {number}"
        extra = set(table) - _KEYS
        if extra:
            raise ConfigError(f"{where}.{sorted(extra)[0]}", "unknown key")
        url = table.get("url")
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
            raise ConfigError(f"{where}.url", f"expected an http(s) URL, got {url!r}")
        name = table.get("name") or name_from_url(url)
        if not isinstance(name, str):
            raise ConfigError(f"{where}.name", f"expected a string, got {name!r}")
        interval = _interval(where, table.get("interval"), settings.feeds.interval)
        fulltext = table.get("fulltext", False)
        if not isinstance(fulltext, bool):
            raise ConfigError(f"{where}.fulltext", f"expected true or false, got {fulltext!r}")
        tags = table.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ConfigError(f"{where}.tags", f"expected a list of strings, got {tags!r}")
        try:
            check_feed(name, interval, settings.feeds.min_interval)
        except FeedError as exc:
            raise ConfigError(where, exc.reason if exc.feed == name else str(exc)) from None
        if name in names or url in urls:
            raise ConfigError(where, f"feed {name} ({url}) is listed twice")
        names.add(name)
        urls.add(url)
        specs.append(FeedSpec(name, url, interval, fulltext, tuple(tags)))
    return specs


def load_feeds_file(settings: Settings) -> list[FeedSpec] | None:
    """The feeds of `feeds.file`, or None when there is no such file (nothing to sync)."""
    path = Path(settings.feeds.file)
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot be read ({exc})") from exc
    return parse_feeds_file(text, str(path), settings)


def load_at_start(db: Database, settings: Settings, now: datetime) -> None:
    """`sitrep run` (both modes) starts by loading the feeds file, and logs what changed."""
    synced = sync_feeds_file(db, settings, now)
    if synced is None:
        log.info("feeds.file_missing path=%s", settings.feeds.file)
        return
    log.info(
        "feeds.synced path=%s added=%d updated=%d deactivated=%d",
        settings.feeds.file,
        len(synced.added),
        len(synced.updated),
        len(synced.deactivated),
    )


def sync_feeds_file(db: Database, settings: Settings, now: datetime) -> SyncResult | None:
    """Load `feeds.file` into the feeds table (at start of `sitrep run`); None without a file."""
    specs = load_feeds_file(settings)
    if specs is None:
        return None
    try:
        return sync_config_feeds(db, specs, now)
    except FeedError as exc:
        raise ConfigError(settings.feeds.file, str(exc)) from exc
