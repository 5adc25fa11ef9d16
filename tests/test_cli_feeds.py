"""`sitrep feeds ...`, `sitrep health` and `sitrep run --console` as a user runs them: the
installed console script in a subprocess, a real database file, feeds on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from feedserver import FeedServer, Reply

SITREP = str(Path(sys.executable).parent / "sitrep")
LOW = "Nearly 50,000 people have been displaced in Syria since 27 November, OCHA said on Saturday."
HIGH = "An estimated 280,000 people have been displaced in Syria since 27 November, the UN said on Friday."  # fmt: skip


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    return {
        **clean,
        "SITREP_STORAGE_PATH": str(tmp_path / "sitrep.db"),
        "SITREP_FEEDS_FILE": str(tmp_path / "feeds.toml"),
        **extra,
    }


def sitrep(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SITREP, *args], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env=environment(tmp_path, **env))  # fmt: skip


def rss(*items: tuple[str, str]) -> bytes:
    now = format_datetime(datetime.now(UTC))
    body = "".join(
        f"<item><title>Update {guid}</title><guid>{guid}</guid><pubDate>{now}</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for guid, text in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>w</title>{body}</channel></rss>'.encode()  # fmt: skip


def test_feeds_add_list_remove(tmp_path: Path) -> None:
    done = sitrep(tmp_path, "feeds", "add", "https://example.org/rss", "--name", "wire",
                  "--interval", "600", "--fulltext")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "feed wire added: https://example.org/rss every 600s\n"
    listing = sitrep(tmp_path, "feeds", "list")
    assert listing.returncode == 0
    header, row = listing.stdout.splitlines()
    assert header.split()[:3] == ["NAME", "STATE", "EVERY"]
    assert row.split()[:6] == ["wire", "new", "600s", "never", "due", "now"]
    assert row.endswith("https://example.org/rss")
    assert sitrep(tmp_path, "feeds", "remove", "wire").returncode == 0
    assert "no feeds" in sitrep(tmp_path, "feeds", "list").stdout
    assert "off (removed)" in sitrep(tmp_path, "feeds", "list", "--all").stdout
    missing = sitrep(tmp_path, "feeds", "remove", "wire")
    assert (missing.returncode, missing.stderr) == (
        2,
        "error: feed wire: no such active feed (see `sitrep feeds list`)\n",
    )
    short = sitrep(tmp_path, "feeds", "add", "https://example.org/x", "--interval", "5")
    assert short.returncode == 2 and "under the minimum of 60s" in short.stderr


def test_opml_import_and_export_round_trip(tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="News"><outline text="UN News" type="rss" xmlUrl="https://un.example/rss"/>'
        '<outline text="Relief Web" xmlUrl="https://rw.example/rss"/></outline>'
        '<outline text="not a feed" htmlUrl="https://x.example/"/></body></opml>'
    )
    done = sitrep(tmp_path, "feeds", "import-opml", str(opml))
    assert (done.returncode, done.stdout.splitlines()[-1]) == (0, f"2 feeds imported from {opml}")
    exported = sitrep(tmp_path, "feeds", "export-opml")
    assert exported.returncode == 0
    assert 'xmlUrl="https://un.example/rss"' in exported.stdout
    assert 'title="Relief-Web"' in exported.stdout
    (tmp_path / "again.opml").write_text(exported.stdout)
    other = tmp_path / "other"
    other.mkdir()
    again = sitrep(other, "feeds", "import-opml", str(tmp_path / "again.opml"))
    assert "2 feeds imported" in again.stdout
    assert "UN-News" in sitrep(other, "feeds", "list").stdout
    bad = tmp_path / "bad.opml"
    bad.write_text("<html><body>no</body></html>")
    refused = sitrep(tmp_path, "feeds", "import-opml", str(bad))
    assert refused.returncode == 2 and "not an OPML document" in refused.stderr


def test_health_without_a_running_poller_is_unhealthy(tmp_path: Path) -> None:
    done = sitrep(tmp_path, "health")
    assert done.returncode == 1
    assert done.stdout.startswith("unhealthy: no poll cycle recorded")


def _lines(stream: IO[str] | None, into: queue.Queue[str]) -> None:
    assert stream is not None
    for line in stream:
        into.put(line)


def _wait_for(lines: queue.Queue[str], seen: list[str], text: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not any(text in line for line in seen):
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"{text!r} not seen in:\n{''.join(seen)}"
        with contextlib.suppress(queue.Empty):
            seen.append(lines.get(timeout=remaining))


def test_run_console_picks_up_a_new_item_and_prints_its_alert(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.routes["/feed"] = Reply(rss(("a", LOW)))
    (tmp_path / "feeds.toml").write_text(
        f'[[feed]]\nname = "wire"\nurl = "{feed_server.url("/feed")}"\ninterval = 1\n'
    )
    env = environment(tmp_path, SITREP_FEEDS_MIN_INTERVAL="1", SITREP_FEEDS_JITTER="0",
                      SITREP_FEEDS_ALLOW_PRIVATE_ADDRESSES="true", SITREP_LOG_LEVEL="INFO")  # fmt: skip
    logged: list[str] = []
    printed: list[str] = []
    with subprocess.Popen([SITREP, "run", "--console"], cwd=tmp_path, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:  # fmt: skip
        out: queue.Queue[str] = queue.Queue()
        err: queue.Queue[str] = queue.Queue()
        readers = [
            threading.Thread(target=_lines, args=(stream, into), daemon=True)
            for stream, into in ((process.stdout, out), (process.stderr, err))
        ]
        for reader in readers:
            reader.start()
        try:
            _wait_for(err, logged, "feed.polled feed=wire status=ok entries=1")
            assert out.empty()  # the first poll learns, it does not alert
            feed_server.routes["/feed"] = Reply(rss(("b", HIGH), ("a", LOW)))
            _wait_for(out, printed, "Displacement rising — Syria: 280,000 displaced")
            health = sitrep(tmp_path, "health")
            assert health.returncode == 0, health.stdout
            assert health.stdout.startswith("ok: last poll cycle")
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=15) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            for reader in readers:
                reader.join(timeout=5)
    _wait_for(err, logged, "run.stopped mode=console")
    assert not any("Traceback" in line for line in logged), "".join(logged)
    # feed events, not a line per HTTP request or per scheduler tick
    assert not any("HTTP Request" in line or "Running job" in line for line in logged)
    sent = [r for r in feed_server.requests if r.path == "/feed"]
    assert sent[-1].headers["user-agent"].startswith("sitrep/")


def test_feeds_add_takes_only_http_urls(tmp_path: Path) -> None:
    done = sitrep(tmp_path, "feeds", "add", "file:///etc/passwd")
    assert (done.returncode, done.stderr) == (
        2,
        "error: feed file:///etc/passwd: not an http(s) URL\n",
    )
