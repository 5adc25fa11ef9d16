"""Parsing feed documents: RSS and Atom, dates, identities, and documents that are not feeds."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import FeedError
from bot.feeds.parse import parse_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://example.org/1</link><guid>g-1</guid>
<pubDate>Fri, 06 Dec 2024 12:00:00 +0000</pubDate><description>First &amp; body</description></item>
<item><title>Two</title><link>https://example.org/2</link>
<description>no guid, no date</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id>
<updated>2024-12-07T00:00:00Z</updated>
<entry><title>A</title><id>urn:a</id><published>2024-12-03T09:00:00Z</published>
<updated>2024-12-05T10:30:00+02:00</updated><summary>short</summary>
<content type="html">&lt;p&gt;the full text, which is longer&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_keep_guid_link_title_date_and_body() -> None:
    feed = parse_feed("wire", RSS)
    first, second = feed.entries
    assert (first.guid, first.link, first.title) == ("g-1", "https://example.org/1", "One")
    assert first.published == datetime(2024, 12, 6, 12, tzinfo=UTC)
    assert first.content == "First & body"
    assert (first.feed, first.position, second.position) == ("wire", 0, 1)
    # no guid: the link is the identity; no date: counted so the caller can warn
    assert second.guid == "https://example.org/2"
    assert second.published is None
    assert feed.undated == 1


def test_atom_takes_updated_before_published_and_the_longest_body() -> None:
    (entry,) = parse_feed("atom", ATOM).entries
    assert entry.published == datetime(2024, 12, 5, 8, 30, tzinfo=UTC)
    assert "the full text" in entry.content
    assert entry.guid == "urn:a"


def test_an_entry_without_guid_or_link_is_identified_by_its_content() -> None:
    doc = b"""<rss version="2.0"><channel><title>t</title>
    <item><title>Same</title><description>body</description></item>
    <item><title>Same</title><description>other body</description></item></channel></rss>"""
    first, second = parse_feed("f", doc).entries
    assert first.guid.startswith("sha256:") and first.guid != second.guid
    assert parse_feed("f", doc).entries[0].guid == first.guid


def test_malformed_xml_keeps_what_can_be_recovered() -> None:
    doc = RSS.replace(b"</channel></rss>", b"<item><title>broken &bogus; </item>")
    feed = parse_feed("f", doc)
    assert [e.title for e in feed.entries][:2] == ["One", "Two"]
    assert feed.recovered


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "feed f: empty document"),
        (b"   \n", "feed f: empty document"),
        (b"<!DOCTYPE html><html><head><title>Home</title></head><body>hi</body></html>",
         "feed f: an HTML page, not an RSS or Atom feed"),
        (b"<html><body><p>Not found</p></body></html>", "feed f: an HTML page"),
        (b"just some text, not XML at all", "feed f: not an RSS or Atom feed"),
        (b'{"json": true}', "feed f: not an RSS or Atom feed"),
    ],
)  # fmt: skip
def test_documents_that_are_not_feeds_are_errors_naming_the_feed(data: bytes, message: str) -> None:
    with pytest.raises(FeedError) as caught:
        parse_feed("f", data)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_an_empty_but_valid_feed_has_no_entries() -> None:
    feed = parse_feed("f", b'<rss version="2.0"><channel><title>t</title></channel></rss>')
    assert feed.entries == () and feed.title == "t"
