"""bot.feeds.fetch against a real HTTP server on 127.0.0.1: validators, limits, hostile servers."""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest
from feedserver import FeedServer, Reply, Writer

from bot.feeds.fetch import FetchedFeed, FetchError, NotModified, fetch, make_client

NOW = datetime(2024, 12, 6, 12, tzinfo=UTC)
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(timeout=0.5, connect_timeout=0.5, user_agent="sitrep-test/1") as c:
        yield c


async def test_conditional_get_sends_the_validators_and_a_304_is_not_modified(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    def route(request: object) -> Reply:
        headers = getattr(request, "headers", {})
        if headers.get("if-none-match") == '"v1"':
            return Reply(b"", 304, {"Cache-Control": "max-age=900"})
        return Reply(RSS, 200, {"ETag": '"v1"', "Last-Modified": "Fri, 06 Dec 2024 10:00:00 GMT"})

    feed_server.routes["/feed"] = route
    first = await fetch(client, feed_server.url("/feed"), max_bytes=10_000)
    assert isinstance(first, FetchedFeed)
    assert (first.body, first.etag, first.last_modified) == (
        RSS,
        '"v1"',
        "Fri, 06 Dec 2024 10:00:00 GMT",
    )
    second = await fetch(
        client,
        feed_server.url("/feed"),
        max_bytes=10_000,
        etag=first.etag,
        last_modified=first.last_modified,
    )
    assert second == NotModified(feed_server.url("/feed"), max_age=900.0)
    sent = feed_server.requests[-1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Fri, 06 Dec 2024 10:00:00 GMT"
    assert "if-none-match" not in feed_server.requests[0].headers
    assert sent["user-agent"] == "sitrep-test/1"


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), ("Fri, 06 Dec 2024 13:00:00 GMT", 3600.0), ("soon", None)],
)
async def test_retry_after_in_seconds_or_as_a_date(
    feed_server: FeedServer, client: httpx.AsyncClient, header: str, seconds: float | None
) -> None:
    feed_server.routes["/busy"] = Reply(b"slow down", 429, {"Retry-After": header})
    result = await fetch(client, feed_server.url("/busy"), max_bytes=10_000, now=NOW)
    assert isinstance(result, FetchError)
    assert (result.status, result.retry_after, result.message) == (429, seconds, "HTTP 429")


@pytest.mark.parametrize("status", [404, 410, 500])
async def test_http_errors_are_values(
    feed_server: FeedServer, client: httpx.AsyncClient, status: int
) -> None:
    feed_server.routes["/x"] = Reply(b"no", status)
    result = await fetch(client, feed_server.url("/x"), max_bytes=10_000)
    assert result == FetchError(feed_server.url("/x"), f"HTTP {status}", status)


async def test_five_redirects_are_followed_and_a_loop_is_an_error(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    for hop in range(5):
        feed_server.routes[f"/r{hop}"] = Reply(b"", 302, {"Location": f"/r{hop + 1}"})
    feed_server.routes["/r5"] = Reply(RSS)
    assert isinstance(await fetch(client, feed_server.url("/r0"), max_bytes=10_000), FetchedFeed)
    feed_server.routes["/loop"] = Reply(b"", 301, {"Location": "/loop"})
    result = await fetch(client, feed_server.url("/loop"), max_bytes=10_000)
    assert result == FetchError(feed_server.url("/loop"), "more than 5 redirects")
    assert len([r for r in feed_server.requests if r.path == "/loop"]) == 6


async def test_gzip_and_deflate_bodies_are_decoded(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.routes["/gz"] = Reply(gzip.compress(RSS), headers={"Content-Encoding": "gzip"})
    feed_server.routes["/zl"] = Reply(zlib.compress(RSS), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-15)
    feed_server.routes["/raw"] = Reply(
        raw.compress(RSS) + raw.flush(), headers={"Content-Encoding": "deflate"}
    )
    for path in ("/gz", "/zl", "/raw"):
        result = await fetch(client, feed_server.url(path), max_bytes=10_000)
        assert isinstance(result, FetchedFeed), path
        assert result.body == RSS
    assert feed_server.requests[0].headers["accept-encoding"] == "gzip, deflate"


async def test_a_gzip_bomb_stops_at_the_decompressed_cap(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB that inflates to 50 MB
    assert len(bomb) < 100_000
    feed_server.routes["/bomb"] = Reply(bomb, headers={"Content-Encoding": "gzip"})
    result = await fetch(client, feed_server.url("/bomb"), max_bytes=1_000_000)
    assert result == FetchError(
        feed_server.url("/bomb"), "body over the 1000000 byte cap once decompressed"
    )


async def test_a_declared_2gb_body_is_refused_before_reading(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    def endless(out: Writer) -> None:
        while not out.stopped.is_set():
            out.write(b"x" * 65536)

    feed_server.routes["/huge"] = Reply(
        headers={"Content-Length": str(2 * 1024**3)}, stream=endless
    )
    result = await fetch(client, feed_server.url("/huge"), max_bytes=1_000_000)
    assert isinstance(result, FetchError)
    assert result.message == f"body of {2 * 1024**3} bytes is over the 1000000 byte cap"


async def test_an_undeclared_endless_body_stops_at_the_cap(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    def endless(out: Writer) -> None:  # 2 GB if nobody stops it
        for _ in range(2 * 1024**3 // 65536):
            if out.stopped.is_set():
                return
            out.write(b"x" * 65536)

    feed_server.routes["/endless"] = Reply(stream=endless)
    result = await fetch(client, feed_server.url("/endless"), max_bytes=1_000_000)
    assert result == FetchError(feed_server.url("/endless"), "body over the 1000000 byte cap")


async def test_a_server_that_never_answers_meets_the_deadline(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.routes["/mute"] = Reply(RSS, delay=60)
    started = time.monotonic()
    result = await fetch(client, feed_server.url("/mute"), max_bytes=10_000, deadline=0.8)
    assert isinstance(result, FetchError)
    assert result.message.startswith("timed out")  # the read timeout (0.5 s) comes first
    assert time.monotonic() - started < 2


async def test_a_server_that_drips_a_byte_at_a_time_meets_the_total_deadline(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    def drip(out: Writer) -> None:
        for byte in RSS:
            if out.stopped.wait(0.2):  # every byte beats the 0.5 s read timeout
                return
            out.write(bytes([byte]))

    feed_server.routes["/drip"] = Reply(stream=drip)
    started = time.monotonic()
    result = await fetch(client, feed_server.url("/drip"), max_bytes=10_000, deadline=1.0)
    assert result == FetchError(feed_server.url("/drip"), "no complete answer within 1s")
    assert time.monotonic() - started < 2


async def test_a_refused_connection_is_an_error_value(client: httpx.AsyncClient) -> None:
    server = FeedServer()  # never started: its port is closed once we drop it
    url = server.url("/feed")
    server._httpd.server_close()
    result = await fetch(client, url, max_bytes=10_000)
    assert isinstance(result, FetchError)
    assert result.message.startswith("cannot be fetched")


async def test_private_addresses_are_refused_unless_allowed_redirects_included(
    feed_server: FeedServer,
) -> None:
    feed_server.routes["/feed"] = Reply(RSS)
    async with make_client(timeout=0.5, user_agent="t", allow_private=False) as strict:
        result = await fetch(strict, feed_server.url("/feed"), max_bytes=10_000)
    assert isinstance(result, FetchError)
    assert "loopback or private address" in result.message
    assert feed_server.requests == []  # refused before any connection
    async with make_client(timeout=0.5, user_agent="t", allow_private=True) as lenient:
        assert isinstance(
            await fetch(lenient, feed_server.url("/feed"), max_bytes=10_000), FetchedFeed
        )
