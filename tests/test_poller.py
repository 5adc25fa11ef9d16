"""The poller against real HTTP servers on 127.0.0.1 and a real SQLite file, with an injected
clock: first polls, conditional GET, backoff, deactivation, notices, limits and hostile feeds."""

from __future__ import annotations

import asyncio
import gzip
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from feedserver import FeedServer, Reply, Request

from bot.cli import format_alert
from bot.feeds.manage import status_lines
from bot.feeds.poller import Poller
from bot.models import Alert
from bot.settings import FeedsSettings, Settings
from storage.db import Database, open_db
from storage.feeds import FeedRow, add_feed, get_feed, remove_feed
from storage.polling import FeedNotice, unsent_notices

START = datetime(2024, 12, 6, 12, tzinfo=UTC)
LOW = "Nearly 50,000 people have been displaced in Syria since 27 November, OCHA said on Saturday."
HIGH = "An estimated 280,000 people have been displaced in Syria since 27 November, the UN said on Friday."  # fmt: skip


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def to(self, when: datetime | None) -> None:
        """Move to a feed's next poll (None: a new feed, due now)."""
        self.now = max(self.now, when or self.now)


def item(guid: str, text: str, *, title: str = "Update", when: datetime = START) -> str:
    return (
        f"<item><title>{escape(title)}</title><guid>{guid}</guid>"
        f"<link>https://example.org/{guid}</link><pubDate>{format_datetime(when)}</pubDate>"
        f"<description>{escape(text)}</description></item>"
    )


def rss(*items: str, encoding: str = "utf-8") -> bytes:
    head = f'<?xml version="1.0" encoding="{encoding}"?>'
    return f'{head}<rss version="2.0"><channel><title>wire</title>{"".join(items)}</channel></rss>'.encode(encoding)  # fmt: skip


def settings(**feeds: object) -> Settings:
    base = {"timeout": 1.0, "connect_timeout": 0.5, "jitter": 0.0, "allow_private_addresses": True,
            "min_interval": 1, "max_failures": 50}  # fmt: skip
    return Settings(feeds=FeedsSettings(**{**base, **feeds}))  # type: ignore[arg-type]


class Rig:
    """A database file, a clock, a poller and what it announced."""

    def __init__(self, db: Database, poller: Poller, clock: Clock) -> None:
        self.db = db
        self.poller = poller
        self.clock = clock
        self.alerts: list[Alert] = []
        self.notices: list[FeedNotice] = []
        poller.on_alert = self.alerts.append
        poller.on_notice = self.notices.append

    def add(self, url: str, name: str = "wire", **kw: object) -> FeedRow:
        return add_feed(self.db, url, self.clock(), name=name, interval=60, **kw)  # type: ignore[arg-type]

    def feed(self, name: str = "wire") -> FeedRow:
        feed = get_feed(self.db, name)
        assert feed is not None
        return feed


@pytest.fixture
def make_rig(tmp_path: Path) -> Iterator[Callable[..., Rig]]:
    rigs: list[Rig] = []

    def make(**feeds: object) -> Rig:
        clock = Clock()
        db = open_db(tmp_path / f"sitrep{len(rigs)}.db")
        rig = Rig(db, Poller(db, settings(**feeds), now=clock), clock)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.db.close()


@pytest.fixture
async def rig(make_rig: Callable[..., Rig]) -> AsyncIterator[Rig]:
    made = make_rig()
    yield made
    await made.poller.aclose()


async def test_first_poll_records_without_alerting_then_new_items_alert(
    rig: Rig, feed_server: FeedServer
) -> None:
    feed_server.routes["/feed"] = Reply(rss(item("a", LOW)))
    rig.add(feed_server.url("/feed"))
    [first] = await rig.poller.cycle()
    assert (first.status, first.entries, first.processed, first.alerts) == ("ok", 1, 1, ())
    assert rig.alerts == []
    rig.clock.advance(seconds=60)
    feed_server.routes["/feed"] = Reply(rss(item("b", HIGH), item("a", LOW)))
    [second] = await rig.poller.cycle()
    assert (second.entries, second.processed) == (2, 1)
    assert [a.change.change for a in rig.alerts] == ["rising"]  # the first poll learnt the 50,000
    assert "280,000" in rig.alerts[0].text and "~50,000" in rig.alerts[0].text


async def test_a_backfill_alerts_on_the_newest_entries_of_a_first_poll(
    make_rig: Callable[..., Rig], feed_server: FeedServer
) -> None:
    rig = make_rig(backfill=1)
    older = item("a", LOW, when=START - timedelta(hours=2))
    feed_server.routes["/feed"] = Reply(rss(item("b", HIGH), older))
    rig.add(feed_server.url("/feed"))
    await rig.poller.cycle()
    await rig.poller.aclose()
    assert [a.change.change for a in rig.alerts] == ["rising"]


async def test_a_304_costs_no_parse_and_keeps_the_validators(
    rig: Rig, feed_server: FeedServer
) -> None:
    def route(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(b"", 304)
        return Reply(rss(item("a", LOW)), headers={"ETag": '"v1"'})

    feed_server.routes["/feed"] = route
    rig.add(feed_server.url("/feed"))
    await rig.poller.cycle()
    rig.clock.advance(seconds=60)
    [again] = await rig.poller.cycle()
    # not_modified is only reached without a body to parse; entries=0: nothing was processed
    assert (again.status, again.entries, again.processed) == ("not_modified", 0, 0)
    assert feed_server.requests[-1].headers["if-none-match"] == '"v1"'
    feed = rig.feed()
    assert (feed.etag, feed.last_success, feed.error_count) == ('"v1"', rig.clock(), 0)
    assert feed.next_poll == rig.clock() + timedelta(seconds=60)


async def test_the_same_bytes_without_validators_cost_no_parse(
    rig: Rig, feed_server: FeedServer
) -> None:
    feed_server.routes["/feed"] = Reply(rss(item("a", LOW)), headers={})  # no ETag, no date
    rig.add(feed_server.url("/feed"))
    await rig.poller.cycle()
    rig.clock.advance(seconds=60)
    [same] = await rig.poller.cycle()
    assert (same.status, same.entries) == ("unchanged", 0)
    feed_server.routes["/feed"] = Reply(rss(item("b", HIGH), item("a", LOW)), headers={})
    rig.clock.advance(seconds=60)
    [changed] = await rig.poller.cycle()
    assert (changed.status, changed.entries, changed.processed) == ("ok", 2, 1)
    assert len(rig.alerts) == 1


async def test_errors_back_off_exponentially_up_to_a_day(rig: Rig, feed_server: FeedServer) -> None:
    feed_server.routes["/feed"] = Reply(b"oops", 500)
    rig.add(feed_server.url("/feed"))
    delays = []
    for _ in range(13):
        rig.clock.to(rig.feed().next_poll)
        [result] = await rig.poller.cycle()
        assert result.status == "error" and result.error == "HTTP 500"
        delays.append((result.next_poll - rig.clock()).total_seconds())
    assert delays[:5] == [60, 120, 240, 480, 960]
    assert delays[-1] == 86400 and max(delays) == 86400
    feed = rig.feed()
    assert (feed.error_count, feed.last_error, feed.active) == (13, "HTTP 500", True)
    # told once that it is failing, after 5
    assert [n.kind for n in rig.notices] == ["failing"]
    # nothing is polled before the next poll is due
    rig.clock.advance(hours=1)
    assert await rig.poller.cycle() == []


async def test_deactivation_after_max_failures_tells_the_admins_once(
    make_rig: Callable[..., Rig], feed_server: FeedServer
) -> None:
    rig = make_rig(max_failures=3)
    feed_server.routes["/feed"] = Reply(b"", 503)
    rig.add(feed_server.url("/feed"))
    statuses = []
    for _ in range(3):
        rig.clock.to(rig.feed().next_poll)
        statuses += [r.status for r in await rig.poller.cycle()]
    assert statuses == ["error", "error", "deactivated"]
    feed = rig.feed()
    assert (feed.active, feed.disabled_reason) == (False, "3 failures in a row")
    rig.clock.advance(days=30)
    assert await rig.poller.cycle() == []
    assert [n.kind for n in rig.notices] == ["deactivated"]
    [stored] = unsent_notices(rig.db)
    assert stored.feed == "wire" and "deactivated: 3 failures in a row" in stored.text
    await rig.poller.aclose()


async def test_a_410_deactivates_at_once(rig: Rig, feed_server: FeedServer) -> None:
    feed_server.routes["/feed"] = Reply(b"gone", 410)
    rig.add(feed_server.url("/feed"))
    [result] = await rig.poller.cycle()
    assert result.status == "deactivated"
    assert rig.feed().disabled_reason == "gone (HTTP 410)"
    assert [n.kind for n in rig.notices] == ["deactivated"]


async def test_a_recovering_feed_says_so(rig: Rig, feed_server: FeedServer) -> None:
    feed_server.routes["/feed"] = Reply(b"", 500)
    rig.add(feed_server.url("/feed"))
    for _ in range(6):
        rig.clock.to(rig.feed().next_poll)
        await rig.poller.cycle()
    feed_server.routes["/feed"] = Reply(rss(item("a", LOW)))
    rig.clock.to(rig.feed().next_poll)
    [result] = await rig.poller.cycle()
    assert result.status == "ok"
    assert [n.kind for n in rig.notices] == ["failing", "recovered"]
    assert "works again after 6 failures" in rig.notices[-1].text
    feed = rig.feed()
    assert (feed.error_count, feed.last_error) == (0, "HTTP 500")


async def test_retry_after_and_max_age_are_lower_bounds_on_the_next_poll(
    rig: Rig, feed_server: FeedServer
) -> None:
    feed_server.routes["/busy"] = Reply(b"", 429, {"Retry-After": "3600"})
    feed_server.routes["/cached"] = Reply(rss(), headers={"Cache-Control": "public, max-age=1800"})
    feed_server.routes["/greedy"] = Reply(rss(), headers={"Cache-Control": "max-age=9999999"})
    rig.add(feed_server.url("/busy"), "busy")
    rig.add(feed_server.url("/cached"), "cached")
    rig.add(feed_server.url("/greedy"), "greedy")
    results = {r.feed: r for r in await rig.poller.cycle()}
    assert results["busy"].status == "error"
    assert results["busy"].next_poll == START + timedelta(seconds=3600)
    assert results["cached"].next_poll == START + timedelta(seconds=1800)
    assert results["greedy"].next_poll == START + timedelta(days=1)  # capped


async def test_jitter_spreads_the_next_polls(
    make_rig: Callable[..., Rig], feed_server: FeedServer
) -> None:
    rig = make_rig(jitter=0.2)
    # a seeded generator: next polls are stored to the second, so ten unseeded draws from the
    # 25 whole seconds in 48..72 could (rarely) give five values or fewer and fail the test
    rig.poller.rng = random.Random(5)
    feed_server.routes["/feed"] = Reply(rss())
    for number in range(10):
        rig.add(feed_server.url(f"/feed?{number}"), f"f{number}")
    await rig.poller.cycle()
    await rig.poller.aclose()
    delays = {(rig.feed(f"f{n}").next_poll - START).total_seconds() for n in range(10)}  # type: ignore[operator]
    assert len(delays) > 5
    assert all(48 <= d <= 72 for d in delays)


async def test_concurrency_overall_and_per_host(
    make_rig: Callable[..., Rig], feed_server: FeedServer
) -> None:
    feed_server.routes["/slow"] = Reply(rss(), delay=0.15)
    rig = make_rig(per_host=2, concurrency=10)
    for number in range(6):
        rig.add(feed_server.url(f"/slow?{number}"), f"f{number}")
    await rig.poller.cycle()
    assert feed_server.in_flight_peak == 2  # one host: two at a time
    await rig.poller.aclose()

    feed_server.in_flight_peak = 0
    rig = make_rig(per_host=5, concurrency=3)
    for number in range(4):  # two host names for the same server: only the overall cap binds
        rig.add(f"http://127.0.0.1:{feed_server.port}/slow?{number}", f"a{number}")
        rig.add(f"http://localhost:{feed_server.port}/slow?{number}", f"b{number}")
    results = await rig.poller.cycle()
    assert len(results) == 8 and {r.status for r in results} == {"ok"}
    assert feed_server.in_flight_peak == 3
    await rig.poller.aclose()


async def test_one_feed_is_never_polled_twice_at_once(rig: Rig, feed_server: FeedServer) -> None:
    feed_server.routes["/slow"] = Reply(rss(), delay=0.3)
    rig.add(feed_server.url("/slow"))
    for number in range(5):
        if number % 2:
            await rig.poller.tick()
        else:
            await rig.poller.job(object())  # as PTB's JobQueue calls it
        await asyncio.sleep(0.02)
    assert rig.poller.running == 1
    await rig.poller.drain()
    assert len(feed_server.requests) == 1


async def test_a_bad_feed_never_delays_the_others_beyond_its_own_timeout(
    rig: Rig, feed_server: FeedServer
) -> None:
    feed_server.routes["/mute"] = Reply(rss(), delay=60)
    feed_server.routes["/good"] = Reply(rss(item("a", LOW)))
    rig.add(feed_server.url("/mute"), "mute")
    rig.add(feed_server.url("/good"), "good")
    started = time.monotonic()
    finished: dict[str, float] = {}
    await rig.poller.tick()
    while rig.poller.running:
        await asyncio.sleep(0.02)
        for name in ("mute", "good"):
            if rig.feed(name).last_polled is not None and name not in finished:
                finished[name] = time.monotonic() - started
        if len(finished) == 2:
            break
    await rig.poller.drain()
    assert finished["good"] < 0.8  # the bad one takes its whole 1 s deadline
    assert finished["mute"] >= 0.9
    assert rig.feed("mute").last_error is not None
    assert rig.feed("good").last_success is not None


HOSTILE = [
    # (name, reply, expected status, expected error or entries)
    ("malformed-recovered", Reply(rss(item("a", LOW)).replace(b"</channel>", b"<oops></channel>")), "ok", 1),
    ("not-xml", Reply(b"\x00\x01garbage that is not xml at all"), "error", "not an RSS or Atom feed"),
    ("html", Reply(b"<!DOCTYPE html><html><body><p>Welcome</p></body></html>", headers={"Content-Type": "text/html"}), "error", "an HTML page, not an RSS or Atom feed"),
    ("empty", Reply(b""), "error", "empty document"),
    ("latin1-declared", Reply(rss(item("a", "Déplacés: 1 000 à Alep"), encoding="iso-8859-1")), "ok", 1),
    ("wrong-encoding", Reply(rss(item("a", "Déplacés à Alep")).replace(b"utf-8", b"iso-8859-1", 1)), "ok", 1),
    ("no-encoding", Reply(rss(item("a", "Déplacés à Alep")).replace(b' encoding="utf-8"', b""), headers={}), "ok", 1),
    ("404", Reply(b"", 404), "error", "HTTP 404"),
    ("500", Reply(b"", 500), "error", "HTTP 500"),
    ("429", Reply(b"", 429, {"Retry-After": "120"}), "error", "HTTP 429"),
    ("redirect-loop", Reply(b"", 302, {"Location": "/hostile/redirect-loop"}), "error", "more than 5 redirects"),
    ("duplicate-guids", Reply(rss(item("a", HIGH), item("a", LOW), item("a", LOW))), "ok", 1),
    ("gzip-bomb", Reply(gzip.compress(b" " * 30_000_000), headers={"Content-Encoding": "gzip"}), "error", "body over the 1000000 byte cap once decompressed"),
    ("2gb-body", Reply(stream=lambda out: [out.write(b"x" * 65536) for _ in range(32768) if not out.stopped.is_set()]), "error", "body over the 1000000 byte cap"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "reply", "status", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE]
)
async def test_hostile_feeds(
    make_rig: Callable[..., Rig],
    feed_server: FeedServer,
    name: str,
    reply: Reply,
    status: str,
    expected: object,
) -> None:
    rig = make_rig(max_bytes=1_000_000)
    feed_server.routes[f"/hostile/{name}"] = reply
    rig.add(feed_server.url(f"/hostile/{name}"), name)
    [result] = await rig.poller.cycle()
    assert result.status == status
    if status == "error":
        assert isinstance(expected, str) and result.error is not None
        assert result.error.startswith(expected)
        assert rig.feed(name).last_error == result.error
    else:
        assert result.entries == expected
        assert rig.feed(name).last_success == START
    await rig.poller.aclose()


async def test_wrong_and_missing_encodings_keep_the_text(rig: Rig, feed_server: FeedServer) -> None:
    body = rss(item("a", "Déplacés à Alep", title="Alep: déplacés"), encoding="iso-8859-1")
    feed_server.routes["/latin"] = Reply(body, headers={"Content-Type": "application/rss+xml"})
    rig.add(feed_server.url("/latin"))
    await rig.poller.cycle()
    title = rig.db.execute("SELECT title FROM entries").fetchone()[0]
    assert title == "Alep: déplacés"


async def test_ten_thousand_entries_are_capped_at_the_newest(
    make_rig: Callable[..., Rig], feed_server: FeedServer
) -> None:
    rig = make_rig(max_entries=200)
    items = [item(f"e{n}", f"Item {n}.", when=START - timedelta(minutes=n)) for n in range(10_000)]
    feed_server.routes["/big"] = Reply(rss(*items))
    rig.add(feed_server.url("/big"))
    [result] = await rig.poller.cycle()
    await rig.poller.aclose()
    assert (result.status, result.entries, result.processed) == ("ok", 200, 200)
    guids = {row[0] for row in rig.db.execute("SELECT guid FROM entries")}
    assert guids == {f"e{n}" for n in range(200)}


async def test_script_tags_and_telegram_html_in_titles_stay_text(
    rig: Rig, feed_server: FeedServer
) -> None:
    title = '<script>alert(1)</script> <b>Syria</b> & <a href="tg://x">more</a>'
    feed_server.routes["/feed"] = Reply(rss(item("a", LOW)))
    rig.add(feed_server.url("/feed"))
    await rig.poller.cycle()
    rig.clock.advance(seconds=60)
    feed_server.routes["/feed"] = Reply(rss(item("b", HIGH + " <script>x()</script>", title=title), item("a", LOW)))  # fmt: skip
    await rig.poller.cycle()
    [alert] = rig.alerts
    assert alert.change.entry.title == title  # carried as text, escaped when rendered as HTML
    assert "<script>" not in alert.text and "<b>" not in alert.text
    assert title in format_alert(alert)


async def test_dates_in_the_future_are_taken_as_now(rig: Rig, feed_server: FeedServer) -> None:
    feed_server.routes["/feed"] = Reply(rss(item("a", LOW)))
    rig.add(feed_server.url("/feed"))
    await rig.poller.cycle()
    rig.clock.advance(seconds=60)
    future = START + timedelta(days=3650)
    feed_server.routes["/feed"] = Reply(rss(item("b", HIGH, when=future), item("a", LOW)))
    await rig.poller.cycle()
    [alert] = rig.alerts
    assert alert.change.entry.published == rig.clock()
    stored = rig.db.execute("SELECT published FROM entries WHERE guid = 'b'").fetchone()[0]
    assert stored == rig.clock().isoformat()


async def test_a_changed_entry_is_processed_again(rig: Rig, feed_server: FeedServer) -> None:
    feed_server.routes["/feed"] = Reply(rss(item("a", LOW)))
    rig.add(feed_server.url("/feed"))
    await rig.poller.cycle()
    rig.clock.advance(seconds=60)
    feed_server.routes["/feed"] = Reply(rss(item("a", HIGH)))  # same guid, new text
    [result] = await rig.poller.cycle()
    assert result.processed == 1
    assert [a.change.change for a in rig.alerts] == ["rising"]


ARTICLE = f"""<!DOCTYPE html><html><head><title>Syria</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Syria offensive</h1>
<p>{HIGH}</p>
<p>Aid agencies said shelters in the north-west were full and roads were blocked by the fighting,
while families continued to arrive in camps near the border with little more than what they could
carry. Humanitarian workers described a rapidly deteriorating situation.</p>
</article><footer>Copyright</footer></body></html>"""


async def test_full_text_is_fetched_once_per_entry_version(
    rig: Rig, feed_server: FeedServer
) -> None:
    feed_server.routes["/feed"] = Reply(rss(item("a", LOW)))
    rig.add(feed_server.url("/feed"), fulltext=True)
    await rig.poller.cycle()  # first poll: learnt from the feed's own text, no page fetched
    page_url = feed_server.url("/article")
    link_item = item("b", "A short summary with no figure.").replace(
        "https://example.org/b", page_url
    )
    feed_server.routes["/feed"] = Reply(rss(link_item, item("a", LOW)))
    feed_server.routes["/article"] = Reply(ARTICLE.encode(), headers={"Content-Type": "text/html"})
    for _ in range(2):
        rig.clock.advance(seconds=60)
        await rig.poller.cycle()
    assert [a.change.change for a in rig.alerts] == ["rising"]  # the figure was only in the page
    assert len([r for r in feed_server.requests if r.path == "/article"]) == 1


async def test_a_full_text_page_that_fails_falls_back_to_the_summary(
    rig: Rig, feed_server: FeedServer
) -> None:
    feed_server.routes["/feed"] = Reply(rss())
    rig.add(feed_server.url("/feed"), fulltext=True)
    await rig.poller.cycle()
    rig.clock.advance(seconds=60)
    feed_server.routes["/feed"] = Reply(
        rss(item("b", LOW).replace("https://example.org/b", feed_server.url("/missing")))
    )
    [result] = await rig.poller.cycle()
    assert (result.status, result.processed) == ("ok", 1)
    assert [a.change.change for a in rig.alerts] == ["new"]


async def test_feeds_added_later_are_picked_up_and_removed_ones_dropped(
    rig: Rig, feed_server: FeedServer
) -> None:
    feed_server.routes["/feed"] = Reply(rss())
    rig.add(feed_server.url("/feed"))
    await rig.poller.cycle()
    rig.add(feed_server.url("/feed?2"), "second")
    results = await rig.poller.cycle()
    assert [r.feed for r in results] == ["second"]
    assert remove_feed(rig.db, "wire")
    rig.clock.advance(seconds=120)
    assert [r.feed for r in await rig.poller.cycle()] == ["second"]


async def test_status_lines_show_failing_and_deactivated_feeds(
    make_rig: Callable[..., Rig], feed_server: FeedServer
) -> None:
    rig = make_rig(max_failures=2)
    feed_server.routes["/ok"] = Reply(rss())
    feed_server.routes["/bad"] = Reply(b"", 500)
    feed_server.routes["/gone"] = Reply(b"", 410)
    rig.add(feed_server.url("/ok"), "fine")
    rig.add(feed_server.url("/bad"), "bad")
    rig.add(feed_server.url("/gone"), "gone")
    await rig.poller.cycle()
    await rig.poller.aclose()
    rig.clock.advance(seconds=30)
    assert status_lines(rig.db, rig.clock()) == [
        "Feeds: 2 active, 1 failing, 1 deactivated; last success 30s ago.",
        "bad: failing (1 in a row): HTTP 500; next try in 30s",
        "gone: off, gone (HTTP 410); last error: HTTP 410",
    ]
