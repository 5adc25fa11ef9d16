"""OPML import and export of the feed list (what other feed readers exchange)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime

from bot.errors import FeedError
from storage.feeds import FeedRow, FeedSpec, name_from_url


def _name(title: str | None, url: str) -> str:
    if title:
        name = re.sub(r"[^\w.-]+", "-", title.strip()).strip("-")[:64]
        if name:
            return name
    return name_from_url(url)


def parse_opml(data: bytes, source: str, *, interval: int) -> list[FeedSpec]:
    """The feeds of an OPML document: every <outline> with an xmlUrl, at any depth; an outline's
    category (its parent outlines' titles) becomes its tags."""
    if b"<!ENTITY" in data[:4096].upper():
        raise FeedError(source, "OPML with entity declarations is refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FeedError(source, f"not an OPML document ({exc})") from exc
    if root.tag != "opml":
        raise FeedError(source, f"not an OPML document (root element <{root.tag}>)")
    specs: list[FeedSpec] = []
    seen: set[str] = set()

    def walk(node: ET.Element, tags: tuple[str, ...]) -> None:
        for outline in node.findall("outline"):
            url = (outline.get("xmlUrl") or "").strip()
            title = outline.get("title") or outline.get("text")
            if url:
                if url not in seen and url.startswith(("http://", "https://")):
                    seen.add(url)
                    specs.append(FeedSpec(_name(title, url), url, interval, False, tags))
            else:
                walk(outline, (*tags, title) if title else tags)

    body = root.find("body")
    if body is not None:
        walk(body, ())
    return specs


def export_opml(feeds: list[FeedRow], now: datetime) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "sitrep feeds"
    ET.SubElement(head, "dateCreated").text = now.strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = ET.SubElement(root, "body")
    for feed in feeds:
        ET.SubElement(body, "outline", type="rss", text=feed.name, title=feed.name, xmlUrl=feed.url)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
