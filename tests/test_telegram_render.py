"""An alert as Telegram HTML: escaped, a source line, split on lines within 4096 characters."""

from __future__ import annotations

import pytest
from fakebotapi import ApiError, parse_html, utf16_length

from bot.telegram.render import MAX_LENGTH, render_alert

RECORD = {"entry": {"title": 'Aid <convoys> & "talks"', "link": "https://x.example/a?b=1&c=2"}}


def test_an_alert_is_escaped_with_a_linked_source_line() -> None:
    (message,) = render_alert("Casualties <rising> — A & B: 5 killed.", RECORD)
    assert message == (
        "Casualties &lt;rising&gt; — A &amp; B: 5 killed.\n"
        'Source: <a href="https://x.example/a?b=1&amp;c=2">Aid &lt;convoys&gt; &amp; "talks"</a>'
    )
    assert parse_html(message).endswith('Source: Aid <convoys> & "talks"')


def test_without_a_link_the_source_is_plain_text() -> None:
    (message,) = render_alert("x", {"entry": {"title": "T & U", "link": None}})
    assert message == "x\nSource: T &amp; U"


@pytest.mark.parametrize("line", ["word " * 1500, "&" * 5000, "😀" * 3000, "a\n" * 3000])
def test_long_alerts_are_split_within_the_limit_and_lose_nothing(line: str) -> None:
    messages = render_alert(line.strip(), RECORD)
    assert len(messages) > 1
    shown = [parse_html(m) for m in messages]  # every part is valid HTML on its own
    assert all(0 < utf16_length(s) <= MAX_LENGTH for s in shown)
    body = "".join(shown).replace("\n", "").replace(" ", "")
    assert body.startswith(line.replace("\n", "").replace(" ", ""))


def test_the_fake_server_refuses_what_telegram_refuses() -> None:
    for bad in ("a & b", "<b>x", "<script>x</script>", "a > b", "&nbsp;"):
        with pytest.raises(ApiError):
            parse_html(bad)
