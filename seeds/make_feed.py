"""Build seeds/feed.xml from the two seed articles, exactly as given (full text, CDATA).

Run `python seeds/make_feed.py` after changing a seed; tests/test_seeds.py checks that the
fixture still carries each article's text unchanged.
"""

from __future__ import annotations

from email.utils import format_datetime
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent

# (file, title, publication time): the dates the articles carry; the hour is not given in
# either article, so both are dated at noon UTC.
SEEDS = (
    (
        "001_52b599c709a1b6e5.txt",
        "Russia, Iran, Türkiye, and Qatar Set to Discuss Syria Rebel Offensive – Reports",
        datetime(2024, 12, 3, 12, 0, tzinfo=UTC),
    ),
    (
        "000_e3046546719b90f4.txt",
        "Türkiye, Russia, Iran Meet in Qatar Amid Escalating Syria Conflict",
        datetime(2024, 12, 6, 12, 0, tzinfo=UTC),
    ),
)


def build() -> str:
    items = []
    for name, title, published in SEEDS:
        text = (HERE / name).read_text(encoding="utf-8")
        assert "]]>" not in text
        items.append(
            "    <item>\n"
            f"      <title>{escape(title)}</title>\n"
            f'      <guid isPermaLink="false">sitrep-seed-{name.removesuffix(".txt")}</guid>\n'
            f"      <pubDate>{format_datetime(published)}</pubDate>\n"
            f"      <description><![CDATA[{text}]]></description>\n"
            "    </item>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0">\n'
        "  <channel>\n"
        "    <title>sitrep seed articles</title>\n"
        "    <link>https://example.org/</link>\n"
        "    <description>The two articles sitrep was started from (Syria, December 2024)"
        "</description>\n" + "".join(items) + "  </channel>\n</rss>\n"
    )


if __name__ == "__main__":
    (HERE / "feed.xml").write_text(build(), encoding="utf-8")
