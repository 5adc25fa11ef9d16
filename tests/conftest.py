"""Shared fixtures. Tests import the installed package (see pyproject's pytest settings)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from fakebotapi import FakeBotAPI
from feedserver import FeedServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer().running() as server:
        yield server


# RetryAfter.retry_after as a timedelta, without PTB's deprecation warning (make test sets it too)
os.environ.setdefault("PTB_TIMEDELTA", "1")


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API server; the test fails if the bot sent what Telegram would refuse."""
    fake = await FakeBotAPI().start()
    try:
        yield fake
    finally:
        await fake.close()
    assert fake.problems == [], fake.problems
