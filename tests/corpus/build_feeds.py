"""Build each situation's feed.xml from its articles.txt (the hand-written source).

articles.txt: one article per block, in publication order:
    === <guid> | <published, ISO 8601 UTC> | <title> | <link or ->
    paragraphs (blank line between them)
Run from the repository root: `python tests/corpus/build_feeds.py`. The feeds are committed;
run it again after editing an articles.txt.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent


def build(folder: Path) -> int:
    blocks = folder.joinpath("articles.txt").read_text(encoding="utf-8").split("=== ")[1:]
    items = []
    for block in blocks:
        head, _, body = block.partition("\n")
        # a title may hold a "|" ("EN VIVO | ..."): the guid, the date and the link may not
        parts = [part.strip() for part in head.split("|")]
        guid, published, link = parts[0], parts[1], parts[-1]
        title = " | ".join(parts[2:-1])
        when = format_datetime(datetime.fromisoformat(published.replace("Z", "+00:00")))
        link_xml = f"\n      <link>{escape(link)}</link>" if link != "-" else ""
        items.append(
            f"    <item>\n      <title>{escape(title)}</title>{link_xml}\n"
            f'      <guid isPermaLink="false">{escape(guid)}</guid>\n'
            f"      <pubDate>{when}</pubDate>\n"
            f"      <description><![CDATA[{body.strip()}]]></description>\n    </item>"
        )
    folder.joinpath("feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n  <channel>\n'
        f"    <title>sitrep corpus: {folder.name}</title>\n"
        "    <link>https://example.org/</link>\n"
        f"    <description>Reporting on {folder.name}, rewritten for the sitrep corpus"
        "</description>\n" + "\n".join(items) + "\n  </channel>\n</rss>\n",
        encoding="utf-8",
    )
    return len(items)


if __name__ == "__main__":
    for folder in sorted(p for p in HERE.iterdir() if (p / "articles.txt").exists()):
        print(f"{folder.name}: {build(folder)} articles")
