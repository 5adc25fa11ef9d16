"""Quiet hours: local to the chat's time zone, wrapping midnight."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.quiet import QuietError, is_quiet, parse_window, zone


@pytest.mark.parametrize(
    ("text", "window"),
    [("22:00-07:00", ("22:00", "07:00")), ("7:30 - 9:00", ("07:30", "09:00")), ("2200–0700", ("22:00", "07:00"))],
)  # fmt: skip
def test_parse_window(text: str, window: tuple[str, str]) -> None:
    assert parse_window(text) == window


@pytest.mark.parametrize("text", ["22-07", "25:00-07:00", "22:00-22:00", "night"])
def test_bad_windows(text: str) -> None:
    with pytest.raises(QuietError):
        parse_window(text)


@pytest.mark.parametrize(
    ("utc", "tz", "window", "quiet"),
    [
        ("2024-12-06T21:30", "Europe/Berlin", ("22:00", "07:00"), True),   # 22:30 in Berlin
        ("2024-12-06T20:30", "Europe/Berlin", ("22:00", "07:00"), False),  # 21:30
        ("2024-12-06T06:00", "Europe/Berlin", ("22:00", "07:00"), False),  # 07:00: the end is not in
        ("2024-07-06T04:59", "Europe/Berlin", ("22:00", "07:00"), True),   # 06:59 summer time
        ("2024-12-06T12:00", "UTC", ("09:00", "17:00"), True),
        ("2024-12-06T17:00", "UTC", ("09:00", "17:00"), False),
    ],
)  # fmt: skip
def test_is_quiet(utc: str, tz: str, window: tuple[str, str], quiet: bool) -> None:
    now = datetime.fromisoformat(utc).replace(tzinfo=UTC)
    assert is_quiet(now, tz, *window) is quiet


def test_zones_are_found_case_insensitively_and_unknown_ones_refused() -> None:
    assert str(zone("europe/berlin")) == "Europe/Berlin"
    for bad in ("Mars/Olympus", "../etc/passwd", "", "Europe"):
        with pytest.raises(QuietError):
            zone(bad)
