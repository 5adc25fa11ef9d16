"""The feeds table API and which feed URLs may be polled."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.errors import FeedError
from bot.feeds.urls import validate_feed_url
from storage.db import open_db
from storage.feeds import add_feed, get_feed, list_feeds, name_from_url, remove_feed

NOW = datetime(2024, 12, 6, tzinfo=UTC)


def test_add_list_remove_and_reactivate() -> None:
    db = open_db(":memory:")
    feed = add_feed(
        db, "https://example.org/rss.xml", NOW, name="wire", interval=600, tags=("syria",)
    )
    assert (feed.name, feed.interval, feed.tags, feed.active) == ("wire", 600, ("syria",), True)
    assert [f.name for f in list_feeds(db)] == ["wire"]
    assert remove_feed(db, "wire")
    assert not remove_feed(db, "wire")
    assert list_feeds(db, active_only=True) == []
    again = add_feed(db, "https://example.org/rss.xml", NOW, name="wire")
    assert again.active and again.id == feed.id


def test_names_are_checked() -> None:
    db = open_db(":memory:")
    add_feed(db, "https://example.org/a", NOW, name="wire")
    with pytest.raises(
        FeedError, match=re.escape("feed wire: the name is taken by https://example.org/a")
    ):
        add_feed(db, "https://example.org/b", NOW, name="wire")
    with pytest.raises(FeedError, match="a feed name is"):
        add_feed(db, "https://example.org/c", NOW, name="two words")
    with pytest.raises(FeedError, match="under the minimum of 60s"):
        add_feed(db, "https://example.org/d", NOW, interval=5)
    assert get_feed(db, "nope") is None


def test_a_name_is_made_from_the_url() -> None:
    assert name_from_url("https://www.example.org/updates/rss?x=1") == "example.org-updates-rss"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/feed", "http://localhost:8080/feed", "http://10.1.2.3/rss",
     "http://192.168.0.10/rss", "http://[::1]/rss", "http://169.254.169.254/latest"],
)  # fmt: skip
async def test_private_addresses_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(FeedError, match="loopback or private address"):
        await validate_feed_url(url, allow_private=False)
    assert await validate_feed_url(url, allow_private=True) == url


@pytest.mark.parametrize("url", ["ftp://example.org/feed", "file:///etc/passwd", "not a url"])
async def test_only_http_urls(url: str) -> None:
    with pytest.raises(FeedError, match="not an http"):
        await validate_feed_url(url, allow_private=True)
