"""Helpers for the fact-extraction tests: articles and contexts made from plain sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.facts.context import Context, context_for
from bot.facts.text import make_article
from bot.models import Article, EntryData

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_000 = "000_e3046546719b90f4.txt"
SEED_001 = "001_52b599c709a1b6e5.txt"
TITLE_000 = "Türkiye, Russia, Iran Meet in Qatar Amid Escalating Syria Conflict"
TITLE_001 = "Russia, Iran, Türkiye, and Qatar Set to Discuss Syria Rebel Offensive – Reports"
FRI = date(2024, 12, 6)  # seed 000 was published on a Friday
TUE = date(2024, 12, 3)  # seed 001 on a Tuesday


def article(content: str, published: date, title: str = "") -> Article:
    entry = EntryData(
        feed="tests",
        guid="t",
        link=None,
        title=title,
        published=datetime(published.year, published.month, published.day, 9, tzinfo=UTC),
        content=content,
    )
    return make_article(entry)


def seed(name: str) -> Article:
    title, day = (TITLE_000, FRI) if name == SEED_000 else (TITLE_001, TUE)
    return article((SEEDS / name).read_text(encoding="utf-8"), day, title)


MakeCtx = Callable[..., Context]


@pytest.fixture
def make_article_() -> Callable[..., Article]:
    """make_article_(content, published, title="") -> Article, through make_article."""
    return article


@pytest.fixture
def seed_article() -> Callable[[str], Article]:
    """seed_article("000") or seed_article("001"): the seed as the demo feeds it."""
    return lambda which: seed(SEED_000 if which == "000" else SEED_001)


@pytest.fixture
def make_ctx() -> MakeCtx:
    """make_ctx("One sentence.", published) or make_ctx(["s1", "s2"], published, title=...)."""

    def build(sentences: str | Sequence[str], published: date = FRI, title: str = "") -> Context:
        items = [sentences] if isinstance(sentences, str) else list(sentences)
        return context_for(items, published, title)

    return build
