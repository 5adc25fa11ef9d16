"""bench/poll: one poll cycle of 1,000 feeds on a loopback server that answers each after 50 ms.

The server runs in a child process (aiohttp), listening on 127.0.0.1 to 127.0.0.20 so that the
feeds are spread over 20 hosts like real ones (Linux routes all of 127/8 to loopback). Each feed
document has 5 short entries. The poller runs with the default settings (20 fetches at once, 2
per host) on a real SQLite file. Four cycles:

  first poll   every feed answers 200; its entries are recorded (quietly) through the pipeline
  304          every feed answers 304 to the conditional GET: CPU time per feed is the cost of
               polling a feed that did not change (goal: under 1 ms)
  same bytes   no validators sent: every feed answers 200 with the document of the last poll,
               recognised by its hash (no parse)
  full         validators (and the hash of the last document) dropped: every feed answers
               200 and is parsed; its entries are already known (goal: under 10 s wall time)

Run: `make bench` (or `.venv/bin/python bench/poll.py [FEEDS]`). Prints a table.
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HOSTS = 20
DELAY = 0.05


def serve(port: int) -> None:
    from aiohttp import web

    async def feed(request: web.Request) -> web.Response:
        number = request.match_info["number"]
        await asyncio.sleep(DELAY)
        etag = f'"{number}-v1"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        items = "".join(
            f"<item><title>Feed {number} item {i}</title><guid>f{number}-{i}</guid>"
            f"<pubDate>Fri, 06 Dec 2024 1{i}:00:00 GMT</pubDate>"
            f"<description>Routine note {i} of feed {number}.</description></item>"
            for i in range(5)
        )
        channel = f"<channel><title>f{number}</title>{items}</channel>"
        body = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
        return web.Response(body=body.encode(), content_type="application/rss+xml",
                            headers={"ETag": etag})  # fmt: skip

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{number}", feed)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        for host in range(1, HOSTS + 1):
            await web.TCPSite(runner, f"127.0.0.{host}", port, backlog=1024).start()
        print("ready", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def bench(feeds: int, port: int, folder: Path) -> list[tuple[str, float, float, int]]:
    from bot.feeds.poller import Poller
    from bot.settings import FeedsSettings, Settings
    from storage.db import open_db
    from storage.feeds import add_feed

    settings = Settings(feeds=FeedsSettings(allow_private_addresses=True))
    db = open_db(folder / "bench.db")
    now = datetime.now(UTC)
    with db.atomic():
        for number in range(feeds):
            host = f"127.0.0.{number % HOSTS + 1}"
            add_feed(db, f"http://{host}:{port}/feed/{number}", now, name=f"f{number}")
    poller = Poller(db, settings)
    rows = []
    due = "UPDATE feeds SET next_poll = NULL"
    for label, reset in (
        ("first poll (200, entries recorded)", ""),
        ("304 Not Modified", due),
        ("200, same bytes as last time", due + ", etag = NULL"),
        ("full (200, parsed, entries known)", due + ", etag = NULL, body_hash = NULL"),
    ):
        if reset:
            with db.atomic():
                db.execute(reset)
        wall, cpu = time.perf_counter(), time.process_time()
        results = await poller.cycle()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        statuses = {r.status for r in results}
        assert len(results) == feeds and statuses <= {"ok", "not_modified", "unchanged"}
        rows.append((label, wall, cpu / feeds * 1000, len(results)))
    await poller.aclose()
    db.close()
    return rows


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
        return
    feeds = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    port = free_port()
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(port)],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        with tempfile.TemporaryDirectory() as folder:
            rows = asyncio.run(bench(feeds, port, Path(folder)))
    finally:
        server.terminate()
        server.wait()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bench/poll: {feeds} feeds on {HOSTS} loopback hosts, each answering after "
          f"{DELAY * 1000:.0f} ms; 20 fetches at once, 2 per host (the defaults)\n")  # fmt: skip
    print(f"{'cycle':<38} {'wall s':>8} {'CPU ms/feed':>12} {'polls':>6}")
    for label, wall, cpu_per_feed, polls in rows:
        print(f"{label:<38} {wall:>8.2f} {cpu_per_feed:>12.2f} {polls:>6}")
    print(f"\npeak memory (max RSS of the poller process): {peak:.0f} MB")
    print("goals: a full cycle under 10 s; a 304 under 1 ms of CPU per feed")


if __name__ == "__main__":
    main()
