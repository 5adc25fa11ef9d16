"""Which feed URLs may be polled: http(s) only, and no loopback or private networks unless the
self-hoster allows them (`feeds.allow_private_addresses`). A feed added by a Telegram admin must
not turn the bot into a probe of the network it runs in."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from bot.errors import FeedError


def _is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return not ip.is_global or ip.is_multicast


def validate_http_url(url: str) -> str:
    """The URL, stripped, if it is http(s) with a host; FeedError naming it otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedError(url, "not an http(s) URL")
    return url.strip()


async def validate_feed_url(url: str, *, allow_private: bool) -> str:
    """The URL if it may be polled; FeedError naming it otherwise. Resolves the host name."""
    validate_http_url(url)
    parts = urlsplit(url.strip())
    if allow_private:
        return url.strip()
    host = parts.hostname
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except socket.gaierror as exc:
        raise FeedError(url, f"host {host} cannot be resolved ({exc.strerror})") from exc
    addresses = {str(info[4][0]) for info in infos}
    if any(_is_private(address) for address in addresses):
        raise FeedError(
            url, "points at a loopback or private address (feeds.allow_private_addresses is off)"
        )
    return url.strip()
