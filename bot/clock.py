"""The wall clock: the one impure source of "now". Pure code takes `now` as an argument; the
long-running parts (poller, delivery, handlers) take a clock callable so tests can inject one."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
