"""OPML import and export: nested outlines, hostile documents, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from bot.errors import FeedError
from bot.feeds.opml import export_opml, parse_opml
from storage.db import open_db
from storage.feeds import FeedSpec, add_feed, list_feeds

NOW = datetime(2024, 12, 6, 12, tzinfo=UTC)


def test_nested_outlines_become_tags_and_duplicates_are_dropped() -> None:
    data = b"""<?xml version="1.0"?><opml version="1.0"><body>
      <outline text="Crisis"><outline title="Middle East">
        <outline text="UN News &amp; more" xmlUrl="https://un.example/rss?a=1&amp;b=2"/>
      </outline></outline>
      <outline xmlUrl="https://un.example/rss?a=1&amp;b=2" text="again"/>
      <outline xmlUrl="javascript:alert(1)" text="bad"/>
      <outline xmlUrl="https://plain.example/feed"/>
    </body></opml>"""
    assert parse_opml(data, "subs.opml", interval=300) == [
        FeedSpec("UN-News-more", "https://un.example/rss?a=1&b=2", 300, False,
                 ("Crisis", "Middle East")),
        FeedSpec("plain.example-feed", "https://plain.example/feed", 300),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><opml><body/></opml>',
         "OPML with entity declarations is refused"),
        (b"<opml><body>", "not an OPML document"),
        (b"<rss version='2.0'/>", "not an OPML document (root element <rss>)"),
    ],
)  # fmt: skip
def test_hostile_or_wrong_documents_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(
        FeedError, match="feed subs.opml: " + message.replace("(", r"\(").replace(")", r"\)")
    ):
        parse_opml(data, "subs.opml", interval=300)


def test_export_is_well_formed_and_escaped() -> None:
    db = open_db(":memory:")
    add_feed(db, "https://un.example/rss?a=1&b=<2>", NOW, name="un")
    text = export_opml(list_feeds(db), NOW)
    root = ET.fromstring(text.encode())
    [outline] = root.iter("outline")
    assert outline.get("xmlUrl") == "https://un.example/rss?a=1&b=<2>"
    assert parse_opml(text.encode(), "x", interval=60)[0].url == "https://un.example/rss?a=1&b=<2>"
