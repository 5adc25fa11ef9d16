"""SIGTERM: how `docker stop` (and systemd) end sitrep. In a container sitrep is PID 1, where a
signal without a handler is dropped, so the command must handle SIGTERM itself."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

SITREP = str(Path(sys.executable).parent / "sitrep")


def test_sigterm_ends_a_busy_command_cleanly(tmp_path: Path) -> None:
    # A feed server that accepts the request and never answers keeps `sitrep replay` busy.
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    connected = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        conn, _ = server.accept()
        held.append(conn)
        conn.recv(65536)
        connected.set()

    threading.Thread(target=accept, daemon=True).start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    env["SITREP_FEEDS_TIMEOUT"] = "120"
    db = tmp_path / "sitrep.db"
    proc = subprocess.Popen(
        [SITREP, "replay", "--db", str(db), f"http://127.0.0.1:{port}/feed.xml"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert connected.wait(30), "sitrep never requested the feed"
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
        elapsed = time.monotonic() - started
    finally:
        proc.kill()
        proc.wait()
        for conn in held:
            conn.close()
        server.close()
    # 143 is an exit through the handler; -15 would be death by the signal's default action,
    # which PID 1 does not get.
    assert proc.returncode == 128 + signal.SIGTERM, (proc.returncode, err)
    assert elapsed < 5
    assert "Traceback" not in err
    assert out == ""
    # the database was opened and then closed properly (WAL checkpointed, -wal file removed)
    assert db.exists()
    assert not (tmp_path / "sitrep.db-wal").exists()
