"""tests/smokedriver.py, the container smoke test's fake Telegram and feed servers, as the script
drives it: a server process, and `call` commands that print answers and exit 0 or 1. (The whole
flow with `sitrep run` is tests/test_run.py here, and scripts/container-test.sh in a container.)"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

DRIVER = str(Path(__file__).with_name("smokedriver.py"))


def call(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, DRIVER, "call", str(directory), *args],
                          capture_output=True, text=True, timeout=30)  # fmt: skip


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode())


def test_the_driver_serves_a_feed_that_grows_and_stops_when_told(tmp_path: Path) -> None:
    server = subprocess.Popen([sys.executable, DRIVER, "serve", str(tmp_path), "--lifetime", "60"])
    try:
        env = tmp_path / "servers.env"
        deadline = time.monotonic() + 20
        while not env.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        values = dict(line.split("=", 1) for line in env.read_text().splitlines())
        feed_url = values["FEED_URL"].strip("'")
        before = time.time()
        first = get(feed_url)
        assert first.count("<item>") == 1 and "50,000" in first
        polled = call(tmp_path, "first-poll", "5")
        assert polled.returncode == 0
        assert before - 1 <= float(polled.stdout) <= time.time()
        added = call(tmp_path, "add-item")
        assert added.returncode == 0 and "90,000" in added.stdout
        assert get(feed_url).count("<item>") == 2
        # nothing sent yet: waiting for a message times out and says so, with exit code 1
        waited = call(tmp_path, "wait-sent", "2001", "Displacement", "1", "0.2")
        assert waited.returncode == 1 and "timed out" in waited.stdout
        assert call(tmp_path, "sent").stdout == ""
        unknown = call(tmp_path, "reboot")
        assert unknown.returncode == 1 and "unknown action" in unknown.stdout
        # the Bot API server answers only its token
        api = values["API_URL"].strip("'")
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(f"{api}999:wrong/getMe")
        assert refused.value.code == 401
        refused.value.close()
        assert '"username": "sitrep_test_bot"' in get(
            f"{api}{values['TOKEN'].strip(chr(39))}/getMe"
        )
        assert call(tmp_path, "problems").stdout == ""
        assert call(tmp_path, "stop").returncode == 0
        assert server.wait(timeout=10) == 0
    finally:
        server.kill()
        server.wait()


def test_the_driver_stops_by_itself_after_its_lifetime(tmp_path: Path) -> None:
    started = time.monotonic()
    done = subprocess.run([sys.executable, DRIVER, "serve", str(tmp_path), "--lifetime", "0.5"],
                          capture_output=True, text=True, timeout=30)  # fmt: skip
    assert done.returncode == 0
    assert "stopping after" in done.stderr
    assert time.monotonic() - started < 20
