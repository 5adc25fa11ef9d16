"""Replay: feed-time order across feeds, idempotence, and bad input that loses nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from feedserver import FeedServer, Reply

from bot.replay import replay
from bot.settings import load_settings
from storage.db import open_db

SETTINGS = load_settings(env={"SITREP_FEEDS_TIMEOUT": "3"})
SEED_FEED = str(resources.files("seeds").joinpath("feed.xml"))


def rss(*items: tuple[str, str | None, str]) -> bytes:
    """An RSS document from (title, pubDate or None, body) items."""
    out = []
    for number, (title, date, body) in enumerate(items):
        when = f"<pubDate>{date}</pubDate>" if date else ""
        out.append(f"<item><title>{title}</title><guid>{title}-{number}</guid>{when}"
                   f"<description><![CDATA[{body}]]></description></item>")  # fmt: skip
    return f'<rss version="2.0"><channel><title>t</title>{"".join(out)}</channel></rss>'.encode()


OCHA = "Nearly 50,000 people have been displaced in Syria as of the end of November, OCHA reported on Monday."
UN = "An estimated 280,000 people have been displaced in Syria since November 27, the United Nations said on Friday."


async def test_entries_of_all_feeds_are_taken_in_feed_time_order(tmp_path: Path) -> None:
    late = tmp_path / "late.xml"
    early = tmp_path / "early.xml"
    late.write_bytes(rss(("UN figure", "Fri, 06 Dec 2024 12:00:00 +0000", UN)))
    early.write_bytes(rss(("OCHA figure", "Tue, 03 Dec 2024 12:00:00 +0000", OCHA)))
    result = await replay([str(late), str(early)], open_db(":memory:"), SETTINGS)
    assert [a.change.change for a in result.alerts] == ["new", "rising"]
    assert [a.change.entry.title for a in result.alerts] == ["OCHA figure", "UN figure"]
    assert result.errors == ()


async def test_a_second_replay_into_the_same_database_alerts_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "sitrep.db"
    first = await replay([SEED_FEED], open_db(db_path), SETTINGS)
    again = await replay([SEED_FEED], open_db(db_path), SETTINGS)
    assert len(first.alerts) >= 5
    assert again.alerts == ()


async def test_bad_feeds_are_named_and_the_others_still_processed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    (tmp_path / "empty.xml").write_bytes(b"")
    (tmp_path / "page.html").write_bytes(b"<!doctype html><html><body>Home</body></html>")
    (tmp_path / "notes.txt").write_bytes(b"dear diary")
    feed_server.routes["/gone"] = Reply(b"gone", 410)
    sources = [
        str(tmp_path / "missing.xml"),
        str(tmp_path / "empty.xml"),
        str(tmp_path / "page.html"),
        str(tmp_path / "notes.txt"),
        str(tmp_path),
        feed_server.url("/gone"),
        "http://127.0.0.1:9/unreachable",
        SEED_FEED,
    ]
    result = await replay(sources, open_db(":memory:"), SETTINGS)
    messages = [str(error) for error in result.errors]
    assert messages == [
        f"feed {tmp_path / 'missing.xml'}: no such file",
        f"feed {tmp_path / 'empty.xml'}: empty document",
        f"feed {tmp_path / 'page.html'}: an HTML page, not an RSS or Atom feed",
        f"feed {tmp_path / 'notes.txt'}: not an RSS or Atom feed"
        + messages[3].split("not an RSS or Atom feed", 1)[1],
        f"feed {tmp_path}: is a directory, not a feed file",
        f"feed {feed_server.url('/gone')}: HTTP 410",
        messages[6],
    ]
    assert messages[6].startswith("feed http://127.0.0.1:9/unreachable: cannot be fetched")
    assert all("\n" not in m for m in messages)
    assert len(result.alerts) >= 5  # the seed feed was still replayed in full


async def test_a_feed_served_over_http_is_replayed(feed_server: FeedServer) -> None:
    feed_server.routes["/feed.xml"] = Reply(
        resources.files("seeds").joinpath("feed.xml").read_bytes()
    )
    from_http = await replay([feed_server.url("/feed.xml")], open_db(":memory:"), SETTINGS)
    from_file = await replay([SEED_FEED], open_db(":memory:"), SETTINGS)
    assert [a.text for a in from_http.alerts] == [a.text for a in from_file.alerts]
    assert feed_server.requests[0].headers["user-agent"].startswith("sitrep/")


async def test_undated_entries_keep_their_place_with_a_warning(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(
        rss(("OCHA figure", "Tue, 03 Dec 2024 12:00:00 +0000", OCHA), ("undated UN", None, UN))
    )
    result = await replay([str(feed)], open_db(":memory:"), SETTINGS)
    assert result.warnings == (f"feed {feed}: 1 entry without a date, taken in document order",)
    rising = result.alerts[-1]
    assert rising.change.change == "rising"
    assert rising.change.entry.published == datetime(2024, 12, 3, 12, tzinfo=UTC)
