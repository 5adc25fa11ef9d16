"""config/feeds.toml: parsing (mistakes name the feed and key) and syncing into the feeds table."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.feeds.config import load_feeds_file, parse_feeds_file, sync_feeds_file
from bot.settings import FeedsSettings, Settings
from storage.db import open_db
from storage.feeds import FeedSpec, add_feed, get_feed, list_feeds, save_poll

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2024, 12, 6, 12, tzinfo=UTC)


def settings_for(path: Path) -> Settings:
    return Settings(feeds=FeedsSettings(file=str(path)))


def test_the_shipped_feeds_file_loads() -> None:
    specs = load_feeds_file(settings_for(ROOT / "config" / "feeds.toml"))
    assert specs
    assert all(spec.url.startswith("https://") and spec.interval >= 60 for spec in specs)


def test_fields_defaults_and_durations() -> None:
    text = """
[[feed]]
url = "https://example.org/rss.xml"

[[feed]]
name = "wire"
url = "https://wire.example/atom"
interval = "10m"
fulltext = true
tags = ["syria"]
"""
    specs = parse_feeds_file(text, "feeds.toml", Settings())
    assert specs == [
        FeedSpec("example.org-rss.xml", "https://example.org/rss.xml", 300),
        FeedSpec("wire", "https://wire.example/atom", 600, True, ("syria",)),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[feed]]\nname = "x"\n', "feeds.toml: feed 1.url: expected an http(s) URL, got None"),
        ('[[feed]]\nurl = "ftp://x/y"\n', "feed 1.url: expected an http(s) URL"),
        ('[[feed]]\nurl = "https://x/y"\ninterval = 5\n', "feed 1: interval 5s is under the minimum of 60s"),
        ('[[feed]]\nurl = "https://x/y"\ninterval = "often"\n', 'feed 1.interval: expected a duration'),
        ('[[feed]]\nurl = "https://x/y"\nfulltext = "yes"\n', "feed 1.fulltext: expected true or false"),
        ('[[feed]]\nurl = "https://x/y"\ntags = "a"\n', "feed 1.tags: expected a list of strings"),
        ('[[feed]]\nurl = "https://x/y"\nname = "two words"\n', "feed 1: a feed name is"),
        ('[[feed]]\nurl = "https://x/y"\ncolour = 1\n', "feed 1.colour: unknown key"),
        ('[[feed]]\nurl = "https://x/y"\n[[feed]]\nurl = "https://x/y"\n', "feed 2: feed x-y (https://x/y) is listed twice"),
        ("[feeds]\n", "feeds.toml: feeds: unknown key"),
        ("[[feed]\n", "not valid TOML"),
    ],
)  # fmt: skip
def test_mistakes_name_the_feed_and_key(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_feeds_file(text, "feeds.toml", Settings())
    assert message in str(caught.value)


def test_sync_upserts_deactivates_removed_and_keeps_cli_feeds(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sitrep.db")
    file = tmp_path / "feeds.toml"
    settings = settings_for(file)
    assert sync_feeds_file(db, settings, NOW) is None  # no file: nothing to do
    add_feed(db, "https://cli.example/rss", NOW, name="mine", origin="cli")
    file.write_text(
        '[[feed]]\nname = "a"\nurl = "https://a.example/rss"\n'
        '[[feed]]\nname = "b"\nurl = "https://b.example/rss"\n'
    )
    result = sync_feeds_file(db, settings, NOW)
    assert result is not None and result.added == ("a", "b")
    again = sync_feeds_file(db, settings, NOW)
    assert again is not None and (again.added, again.updated, again.deactivated) == ((), (), ())

    file.write_text('[[feed]]\nname = "a2"\nurl = "https://a.example/rss"\ninterval = 900\n')
    result = sync_feeds_file(db, settings, NOW)
    assert result is not None
    assert (result.updated, result.deactivated) == (("a2",), ("b",))
    active = {f.name: f for f in list_feeds(db, active_only=True)}
    assert set(active) == {"a2", "mine"}
    assert active["a2"].interval == 900
    b = get_feed(db, "b")
    assert b is not None and b.disabled_reason == "removed from the feeds file"

    # back in the file: polled again
    file.write_text(
        '[[feed]]\nname = "a2"\nurl = "https://a.example/rss"\ninterval = 900\n'
        '[[feed]]\nname = "b"\nurl = "https://b.example/rss"\n'
    )
    sync_feeds_file(db, settings, NOW)
    assert {f.name for f in list_feeds(db, active_only=True)} == {"a2", "b", "mine"}
    db.close()


def test_a_feed_the_poller_gave_up_on_stays_off_until_added_again(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sitrep.db")
    file = tmp_path / "feeds.toml"
    file.write_text('[[feed]]\nname = "a"\nurl = "https://a.example/rss"\n')
    settings = settings_for(file)
    sync_feeds_file(db, settings, NOW)
    feed = get_feed(db, "a")
    assert feed is not None
    save_poll(db, feed.id, polled=NOW, success=False, next_poll=NOW, error="HTTP 410",
              error_count=1, deactivate="gone (HTTP 410)")  # fmt: skip
    sync_feeds_file(db, settings, NOW)
    assert list_feeds(db, active_only=True) == []
    again = add_feed(db, "https://a.example/rss", NOW, name="a")
    assert (again.active, again.error_count, again.disabled_reason) == (True, 0, None)
    db.close()


def test_a_name_clash_with_a_cli_feed_is_a_config_error(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sitrep.db")
    add_feed(db, "https://cli.example/rss", NOW, name="a", origin="cli")
    file = tmp_path / "feeds.toml"
    file.write_text('[[feed]]\nname = "a"\nurl = "https://a.example/rss"\n')
    with pytest.raises(
        ConfigError, match=re.escape("feed a: the name is taken by https://cli.example/rss")
    ):
        sync_feeds_file(db, settings_for(file), NOW)
    db.close()
