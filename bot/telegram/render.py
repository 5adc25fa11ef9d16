"""An alert as Telegram HTML: the alert line escaped, then a source line with the article's title
(a link when there is one). Pure.

Telegram counts at most 4096 characters *after* entity parsing, in UTF-16 code units, and HTML
mode knows only `&lt; &gt; &amp; &quot;` (and numeric) entities. A message that would be longer
is split on line boundaries; a line longer than a message is split between words of its plain
text, and only then escaped, so a split never falls inside an entity or a tag.
"""

from __future__ import annotations

import html
from typing import Any

MAX_LENGTH = 4096
MAX_TITLE = 300  # characters of the article title in the source line


def visible_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the text without markup."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def _source_line(record: dict[str, Any]) -> tuple[str, int] | None:
    entry = record.get("entry") or {}
    title = " ".join(str(entry.get("title") or "").split())
    link = entry.get("link")
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1] + "…"
    if not title and not link:
        return None
    shown = title or str(link)
    label = f"Source: {shown}"
    if link and str(link).startswith(("http://", "https://")):
        markup = f'Source: <a href="{html.escape(str(link), quote=True)}">{escape(shown)}</a>'
    else:
        markup = escape(label)
    return markup, visible_length(label)


def _split_plain(line: str, limit: int) -> list[str]:
    """A plain-text line cut between words into pieces of at most `limit` (UTF-16) characters."""
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if visible_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while visible_length(word) > limit:  # one giant "word": cut it by characters
            cut = limit
            while visible_length(word[:cut]) > limit:
                cut -= 1
            pieces.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        pieces.append(current)
    return pieces


def render_alert(text: str, record: dict[str, Any], *, limit: int = MAX_LENGTH) -> list[str]:
    """The HTML messages for one alert: usually one; never empty, each within `limit`."""
    lines: list[tuple[str, int]] = []
    for line in text.splitlines() or [""]:
        for piece in _split_plain(line, limit) if line.strip() else []:
            lines.append((escape(piece), visible_length(piece)))
    source = _source_line(record)
    if source is not None:
        lines.append(source)
    if not lines:
        lines.append(("(empty alert)", len("(empty alert)")))
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for markup, length in lines:
        extra = length + (1 if current else 0)
        if current and size + extra > limit:
            messages.append("\n".join(current))
            current, size = [], 0
            extra = length
        current.append(markup)
        size += extra
    messages.append("\n".join(current))
    return messages
