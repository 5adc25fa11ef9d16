"""Fetch a feed over HTTP with one shared httpx.AsyncClient: caps on time and size.

Returns a value, never raises for the network's faults: FetchedFeed, NotModified (a 304 to a
conditional GET) or FetchError (with the reason in one line). Bugs still raise.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

MAX_REDIRECTS = 5
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class FetchedFeed:
    url: str
    body: bytes
    status: int
    etag: str | None
    last_modified: str | None
    content_type: str | None


@dataclass(frozen=True)
class NotModified:
    url: str


@dataclass(frozen=True)
class FetchError:
    url: str
    message: str
    status: int | None = None


FetchResult = FetchedFeed | NotModified | FetchError


def make_client(*, timeout: float, user_agent: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": user_agent, "Accept": ACCEPT},
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    max_bytes: int,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    """GET `url`; a body larger than `max_bytes` (after decompression) is an error."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return NotModified(url)
            if response.status_code >= 400:
                return FetchError(url, f"HTTP {response.status_code}", response.status_code)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                return FetchError(url, f"body of {declared} bytes is over the {max_bytes} cap")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    return FetchError(url, f"body over the {max_bytes} byte cap")
                chunks.append(chunk)
            return FetchedFeed(
                url=url,
                body=b"".join(chunks),
                status=response.status_code,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                content_type=response.headers.get("Content-Type"),
            )
    except httpx.TooManyRedirects:
        return FetchError(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        return FetchError(url, "timed out")
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        return FetchError(url, f"cannot be fetched ({' '.join(reason.split())[:200]})")
