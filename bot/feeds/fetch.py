"""Fetch a feed (or an article page) over HTTP with one shared httpx.AsyncClient: caps on time
and size.

Returns a value, never raises for the network's faults: FetchedFeed, NotModified (a 304 to a
conditional GET) or FetchError (with the reason in one line). Bugs still raise.

Limits, each forced by a feed that misbehaved that way:
- per-phase timeouts (connect, read, write, pool) and a total deadline: a server that drips a byte
  a second never trips a read timeout, only the deadline;
- at most 5 redirects (a redirect loop is an error, not a hang);
- a cap on the body as sent (compressed) and as decoded: a 1 MB gzip of zeros inflates to 1 GB.
  We decompress ourselves, in bounded steps, so a bomb never gets further than the cap;
- Retry-After (on 429/503) and Cache-Control max-age are returned so the poller can treat them as
  a lower bound on the next poll.
"""

from __future__ import annotations

import asyncio
import email.utils
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from bot.clock import utcnow
from bot.errors import FeedError
from bot.feeds.urls import validate_feed_url

MAX_REDIRECTS = 5
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
# Only what we can decompress in bounded steps with zlib (no brotli, no zstd).
ACCEPT_ENCODING = "gzip, deflate"
_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", re.I)
_DECODE_STEP = 64 * 1024


@dataclass(frozen=True)
class FetchedFeed:
    url: str
    body: bytes
    status: int
    etag: str | None
    last_modified: str | None
    content_type: str | None
    max_age: float | None = None  # Cache-Control max-age, seconds


@dataclass(frozen=True)
class NotModified:
    url: str
    max_age: float | None = None


@dataclass(frozen=True)
class FetchError:
    url: str
    message: str
    status: int | None = None
    retry_after: float | None = None  # seconds, from Retry-After


FetchResult = FetchedFeed | NotModified | FetchError


def make_client(
    *,
    timeout: float,
    user_agent: str,
    connect_timeout: float | None = None,
    max_connections: int = 100,
    max_keepalive: int = 20,
    allow_private: bool = True,
) -> httpx.AsyncClient:
    """The shared client. `timeout` is per phase unless `connect_timeout` says otherwise; the
    total deadline is passed to each `fetch`. Without `allow_private`, every request — each
    redirect too — is refused when its host resolves to a loopback or private address: a public
    feed that redirects to 169.254.169.254 must not make the bot probe its own network."""
    hooks = {} if allow_private else {"request": [_refuse_private]}
    return httpx.AsyncClient(
        event_hooks=hooks,
        timeout=httpx.Timeout(timeout, connect=connect_timeout or timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_keepalive
        ),
        headers={"User-Agent": user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
    )


async def _refuse_private(request: httpx.Request) -> None:
    await validate_feed_url(str(request.url), allow_private=False)


def _seconds_from_now(value: str | None, now: datetime) -> float | None:
    """Retry-After is either seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _max_age(headers: httpx.Headers) -> float | None:
    control = headers.get("Cache-Control", "")
    if "no-store" in control.lower():
        return None
    match = _MAX_AGE.search(control)
    return float(match[1]) if match else None


class _TooBig(Exception):
    pass


class _Decoder:
    """Decompress gzip/deflate in steps of at most `_DECODE_STEP` output bytes, counting as it
    goes, so the decoded size is checked before it is ever held in memory."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.size = 0
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z: zlib._Decompress | None = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise ValueError(f"unsupported Content-Encoding {encoding!r}")
        self._deflate = encoding == "deflate"
        self._started = False

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooBig
        return data

    def feed(self, data: bytes) -> list[bytes]:
        if self._z is None:
            return [self._count(data)]
        if self._deflate and not self._started and data:
            # "deflate" is zlib-wrapped by the RFC and raw deflate by some servers.
            self._started = True
            if data[0] & 0x0F != 8:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        out: list[bytes] = []
        pending = data
        while pending:
            chunk = self._z.decompress(pending, _DECODE_STEP)
            out.append(self._count(chunk))
            pending = self._z.unconsumed_tail
        return out

    def flush(self) -> list[bytes]:
        return [self._count(self._z.flush())] if self._z is not None else []


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    max_bytes: int,
    etag: str | None = None,
    last_modified: str | None = None,
    deadline: float | None = None,
    now: datetime | None = None,
) -> FetchResult:
    """GET `url`. A body over `max_bytes` (as sent or decoded) is an error; so is not finishing
    within `deadline` seconds. Validators make it a conditional GET."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(deadline):
            return await _get(client, url, headers, max_bytes, now or utcnow())
    except TimeoutError:
        return FetchError(url, f"no complete answer within {deadline:g}s")
    except FeedError as exc:  # refused by the private-address check (maybe after a redirect)
        return FetchError(url, exc.reason)
    except httpx.TooManyRedirects:
        return FetchError(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException as exc:
        return FetchError(url, f"timed out ({type(exc).__name__})")
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        return FetchError(url, f"cannot be fetched ({' '.join(reason.split())[:200]})")


async def _get(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], max_bytes: int, now: datetime
) -> FetchResult:
    async with client.stream("GET", url, headers=headers) as response:
        max_age = _max_age(response.headers)
        if response.status_code == 304:
            # Read the (empty) rest, or the connection cannot be reused: a 304 poll that opens a
            # new connection costs twice the CPU (bench/poll.py).
            await response.aread()
            return NotModified(url, max_age)
        if response.status_code >= 400:
            retry = _seconds_from_now(response.headers.get("Retry-After"), now)
            return FetchError(
                url, f"HTTP {response.status_code}", response.status_code, retry_after=retry
            )
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            return FetchError(url, f"body of {declared} bytes is over the {max_bytes} byte cap")
        try:
            decoder = _Decoder(response.headers.get("Content-Encoding", ""), max_bytes)
        except ValueError as exc:
            return FetchError(url, str(exc))
        chunks: list[bytes] = []
        received = 0
        try:
            async for raw in response.aiter_raw():
                received += len(raw)
                if received > max_bytes:
                    return FetchError(url, f"body over the {max_bytes} byte cap")
                chunks.extend(decoder.feed(raw))
            chunks.extend(decoder.flush())
        except _TooBig:
            return FetchError(url, f"body over the {max_bytes} byte cap once decompressed")
        except zlib.error as exc:
            return FetchError(url, f"body cannot be decompressed ({exc})")
        return FetchedFeed(
            url=url,
            body=b"".join(chunks),
            status=response.status_code,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            content_type=response.headers.get("Content-Type"),
            max_age=max_age,
        )
