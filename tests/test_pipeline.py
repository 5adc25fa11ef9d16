"""The pipeline with real SQLite: what the seeds raise, idempotence, atomicity, deduplication."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from importlib import resources

import pytest

from bot.feeds.parse import parse_feed
from bot.models import EntryData, Figure
from bot.pipeline import Pipeline
from storage.db import open_db
from storage.feeds import ensure_feed

NOW = datetime(2024, 12, 6, 12, tzinfo=UTC)
MAX_AGE = timedelta(days=7)


def seed_entries() -> list[EntryData]:
    feed = parse_feed("seeds", resources.files("seeds").joinpath("feed.xml").read_bytes())
    return sorted(feed.entries, key=lambda e: e.published or NOW)


def entry(guid: str, text: str, *, published: datetime = NOW, link: str | None = None) -> EntryData:
    return EntryData(feed="f", guid=guid, link=link, title=guid, published=published, content=text)


UN = "An estimated 280,000 people have been displaced in Syria since November 27, the United Nations said on Friday."


def test_the_seeds_raise_what_the_issue_asks_and_nothing_else() -> None:
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    feed = ensure_feed(db, "seeds", "seeds", NOW)
    alerts = [
        a for e in seed_entries() for a in pipeline.process(feed, e, e.published or NOW).alerts
    ]
    summary = [(a.kind, a.change.change) for a in alerts]
    assert summary == [
        ("displacement", "new"), ("meeting", "new"), ("control", "new"),
        ("displacement", "rising"), ("meeting", "status_changed"),
        ("control", "new"), ("control", "new"), ("control", "new"),
    ]  # fmt: skip
    figures = [a.change.fact for a in alerts if isinstance(a.change.fact, Figure)]
    assert [(f.figure, f.reporter, f.status) for f in figures] == [
        (50_000, "OCHA", "reported"),
        (280_000, "UN", "reported"),
    ]
    rising = alerts[3].change
    assert rising.projection is not None and rising.projection.figure == 1_500_000
    places = {a.change.fact.place for a in alerts if a.kind == "control"}  # type: ignore[union-attr]
    assert places == {"Aleppo", "Homs", "Rastan", "Talbiseh"}
    text = "\n".join(a.text for a in alerts)
    # not figures: Aleppo's population, the war-long toll; not a meeting: the Astana process
    for absent in ("2 million", "2,000,000", "500,000", "Astana", "Kazakhstan"):
        assert absent not in text
    assert text.count("280,000") == 1  # the interview's repeat is cleaned away


def test_processing_an_entry_twice_raises_nothing_new() -> None:
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    feed = ensure_feed(db, "f", "f", NOW)
    first = pipeline.process(feed, entry("a", UN), NOW)
    again = pipeline.process(feed, entry("a", UN), NOW)
    assert (first.status, len(first.alerts)) == ("new", 1)
    assert (again.status, again.alerts, again.facts) == ("unchanged", (), ())


def test_the_same_fact_from_many_articles_is_one_alert() -> None:
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    feed = ensure_feed(db, "f", "f", NOW)
    raised = [
        pipeline.process(feed, entry(f"outlet-{n}", f"{UN} Report {n}."), NOW + timedelta(hours=n))
        for n in range(5)
    ]
    assert [len(r.alerts) for r in raised] == [1, 0, 0, 0, 0]
    reports = db.execute("SELECT reports FROM facts WHERE series = 'displacement:SY:syria'")
    assert reports.fetchone()[0] == 5
    assert db.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 5


def test_another_reporter_repeating_a_toll_is_not_news_but_its_rise_is() -> None:
    # leb-12: each reporter's count is its own series, but a count no higher than what
    # another reporter already said of the place raises nothing
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    feed = ensure_feed(db, "f", "f", NOW)
    texts = [
        "At least 2,574 people have been killed in Lebanon, the health ministry said.",
        "At least 2,500 people have been killed in Lebanon, the UN said.",
        "At least 2,800 people have been killed in Lebanon, the UN said.",
    ]
    raised = [
        pipeline.process(feed, entry(f"a{n}", text), NOW + timedelta(hours=n))
        for n, text in enumerate(texts)
    ]
    assert [[a.change.change for a in r.alerts] for r in raised] == [["new"], [], ["rising"]]
    series = db.execute("SELECT series FROM facts ORDER BY series").fetchall()
    assert [s for (s,) in series] == [
        "casualties:LB:lebanon:health-ministry",
        "casualties:LB:lebanon:un",
    ]


def test_a_syndicated_copy_in_another_feed_is_processed_once() -> None:
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    one, two = ensure_feed(db, "one", "one", NOW), ensure_feed(db, "two", "two", NOW)
    link = "https://example.org/story"
    story = entry("guid-1", UN, link=link)
    assert pipeline.process(one, story, NOW).status == "new"
    copy = pipeline.process(two, replace(story, guid="other-guid"), NOW)
    assert (copy.status, copy.alerts) == ("duplicate", ())
    # under another headline it is read again, and the diff finds nothing new in it
    retitled = pipeline.process(two, replace(story, guid="third", title="Another headline"), NOW)
    assert (retitled.status, retitled.alerts) == ("changed", ())


def test_a_changed_entry_is_extracted_again_and_the_diff_decides() -> None:
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    feed = ensure_feed(db, "f", "f", NOW)
    pipeline.process(feed, entry("live-blog", UN), NOW)
    updated = UN.replace("280,000", "310,000")
    result = pipeline.process(feed, entry("live-blog", updated), NOW + timedelta(hours=2))
    assert result.status == "changed"
    assert [(a.change.change, a.change.fact.figure) for a in result.alerts] == [("rising", 310_000)]  # type: ignore[union-attr]


def test_a_failure_mid_entry_loses_nothing_and_the_retry_alerts_once(tmp_path: object) -> None:
    """Everything one entry produces is one transaction: a failure while storing its alerts
    forgets the entry too, so the next attempt processes it again and raises its alert."""
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    feed = ensure_feed(db, "f", "f", NOW)
    db.execute(
        "CREATE TRIGGER fail_alerts BEFORE INSERT ON alerts BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        pipeline.process(feed, entry("a", UN), NOW)
    for table in ("entries", "facts", "observations", "alerts"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    db.execute("DROP TRIGGER fail_alerts")
    retry = pipeline.process(feed, entry("a", UN), NOW)
    assert len(retry.alerts) == 1
    assert pipeline.process(feed, entry("a", UN), NOW).alerts == ()


def test_an_old_article_seen_late_never_alerts() -> None:
    db = open_db(":memory:")
    pipeline = Pipeline(db, max_age=MAX_AGE)
    feed = ensure_feed(db, "f", "f", NOW)
    stale = replace(entry("old", UN), published=NOW - timedelta(days=30))
    result = pipeline.process(feed, stale, NOW)
    assert result.facts and result.alerts == ()
