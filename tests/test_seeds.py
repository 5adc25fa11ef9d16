"""The seed articles are kept exactly as given, and the feed fixture carries them unchanged."""

from __future__ import annotations

import hashlib
import importlib.util
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from bot.feeds.parse import parse_feed

ROOT = Path(__file__).resolve().parent.parent


def test_the_fixture_carries_both_articles_with_their_dates_and_full_text() -> None:
    seeds = resources.files("seeds")
    feed = parse_feed("seeds", seeds.joinpath("feed.xml").read_bytes())
    by_guid = {entry.guid: entry for entry in feed.entries}
    assert set(by_guid) == {"sitrep-seed-000_e3046546719b90f4", "sitrep-seed-001_52b599c709a1b6e5"}
    old, new = (
        by_guid["sitrep-seed-001_52b599c709a1b6e5"],
        by_guid["sitrep-seed-000_e3046546719b90f4"],
    )
    assert old.published == datetime(2024, 12, 3, 12, tzinfo=UTC)
    assert new.published == datetime(2024, 12, 6, 12, tzinfo=UTC)
    assert old.title.startswith("Russia, Iran, Türkiye, and Qatar Set to Discuss")
    assert new.title.startswith("Türkiye, Russia, Iran Meet in Qatar")
    for name, entry in (("001_52b599c709a1b6e5.txt", old), ("000_e3046546719b90f4.txt", new)):
        assert entry.content == seeds.joinpath(name).read_text(encoding="utf-8")


def test_the_seed_files_are_unchanged() -> None:
    # sha256 of the files as they were given (../shared/seeds)
    expected = {
        "000_e3046546719b90f4.txt": "7287f3cd35f322b99efa60d40084e85f3ff97e8b807daae33d9b8b9856f615bf",
        "001_52b599c709a1b6e5.txt": "a8e536480748d72e77c4a8cef632c625067cfa7c9112d98c5a34520ad81fae38",
    }
    for name, digest in expected.items():
        assert hashlib.sha256((ROOT / "seeds" / name).read_bytes()).hexdigest() == digest


def test_the_fixture_is_what_make_feed_builds() -> None:
    spec = importlib.util.spec_from_file_location("make_feed", ROOT / "seeds" / "make_feed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == (ROOT / "seeds" / "feed.xml").read_text(encoding="utf-8")
