"""Quiet hours and time zones: when an alert should arrive without a sound. Pure.

The window is local to the chat's time zone and may wrap midnight ("22:00-07:00"). It is decided
when the message is *sent*, not when the alert is queued: an alert held back by Telegram's flood
limits or a retry until 23:00 should be silent if 23:00 is in the window.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_WINDOW = re.compile(r"^\s*(\d{1,2})[:.h]?(\d{2})\s*[-–]\s*(\d{1,2})[:.h]?(\d{2})\s*$")


class QuietError(ValueError):
    pass


def parse_window(text: str) -> tuple[str, str]:
    """ "22:00-07:00" -> ("22:00", "07:00"). QuietError when it is not such a window."""
    match = _WINDOW.match(text)
    if not match:
        raise QuietError("expected a window like 22:00-07:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise QuietError("hours are 00-23 and minutes 00-59")
    if (h1, m1) == (h2, m2):
        raise QuietError("the window starts and ends at the same time")
    return f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"


def zone(name: str) -> ZoneInfo:
    """The time zone named `name` (IANA, e.g. Europe/Berlin); QuietError if there is none."""
    cleaned = name.strip()
    if not cleaned or ".." in cleaned or cleaned.startswith("/"):
        raise QuietError(f"unknown time zone {name!r}")
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        lowered = {z.lower(): z for z in available_timezones()}
        if cleaned.lower() in lowered:
            return ZoneInfo(lowered[cleaned.lower()])
        raise QuietError(
            f"unknown time zone {name!r} (e.g. Europe/Berlin, Africa/Khartoum, UTC)"
        ) from None


def is_quiet(now: datetime, timezone: str, start: str | None, end: str | None) -> bool:
    """Whether `now` (aware) falls in the chat's quiet window, in the chat's time zone."""
    if not start or not end:
        return False
    try:
        local = now.astimezone(zone(timezone)).time()
    except QuietError:
        local = now.time()
    begin, finish = time.fromisoformat(start), time.fromisoformat(end)
    if begin < finish:
        return begin <= local < finish
    return local >= begin or local < finish  # wraps midnight
