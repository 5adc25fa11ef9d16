"""`sitrep backup`: a consistent copy of a live database, through the installed command."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITREP = str(Path(sys.executable).parent / "sitrep")
FEED = str(ROOT / "seeds" / "feed.xml")


def sitrep(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    return subprocess.run([SITREP, *args], capture_output=True, text=True, timeout=60, cwd=cwd,
                          env={**clean, **env})  # fmt: skip


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_backup_of_a_database_in_use_is_consistent_and_complete(tmp_path: Path) -> None:
    live = tmp_path / "data" / "sitrep.db"
    assert sitrep("replay", "--db", str(live), FEED, cwd=tmp_path).returncode == 0
    alerts = count(live, "alerts")
    assert alerts > 0
    # another process is writing: its transaction is open, not committed
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO feeds (name, url, created_at) VALUES ('late', 'https://example.org/rss', '')"
    )
    try:
        done = sitrep("backup", "backup.db", cwd=tmp_path, SITREP_STORAGE_PATH=str(live))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"backed up {live} to backup.db (")
    backup = tmp_path / "backup.db"
    assert count(backup, "alerts") == alerts
    assert count(backup, "feeds") == count(live, "feeds")  # the uncommitted feed is not in it
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.db", "data"]
    # the backup is a working database: it already knows everything in the feed
    again = sitrep("replay", "--db", str(backup), FEED, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout == ""


def test_backup_replaces_an_older_backup_and_accepts_a_folder(tmp_path: Path) -> None:
    live = tmp_path / "sitrep.db"
    assert sitrep("replay", "--db", str(live), FEED, cwd=tmp_path).returncode == 0
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "sitrep.db").write_bytes(b"yesterday's backup")
    done = sitrep("backup", "--db", str(live), str(folder), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert count(folder / "sitrep.db", "alerts") == count(live, "alerts")
    assert [p.name for p in folder.iterdir()] == ["sitrep.db"]


def test_backup_errors_are_one_line_and_create_nothing(tmp_path: Path) -> None:
    cases = [
        (("backup", "--db", "missing.db", "out.db"), "error: backup: no database at missing.db\n"),
        (("backup", "--db", ":memory:", "out.db"), 'error: backup: the database is in memory (storage.path = ":memory:")\n'),
        (("backup", "--db", "live.db", "live.db"), "error: backup: live.db is the database itself\n"),
        (("backup", "--db", "live.db", "nowhere/out.db"), "error: backup: no folder nowhere\n"),
    ]  # fmt: skip
    assert sitrep("replay", "--db", "live.db", FEED, cwd=tmp_path).returncode == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    for args, message in cases:
        done = sitrep(*args, cwd=tmp_path)
        assert (done.returncode, done.stderr, done.stdout) == (2, message, ""), args
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_restore_is_a_backup_the_other_way_and_refuses_a_database_in_use(tmp_path: Path) -> None:
    live = tmp_path / "sitrep.db"
    assert sitrep("replay", "--db", str(live), FEED, cwd=tmp_path).returncode == 0
    assert sitrep("backup", "--db", str(live), "backup.db", cwd=tmp_path).returncode == 0
    # while the database is open (it has a -wal), replacing it is refused
    user = sqlite3.connect(live)
    user.execute("SELECT count(*) FROM alerts").fetchone()
    try:
        refused = sitrep("backup", "--db", "backup.db", str(live), cwd=tmp_path)
    finally:
        user.close()
    assert refused.returncode == 2
    assert refused.stderr == f"error: backup: {live} is a database in use ({live}-wal exists)\n"
    # stopped: the backup replaces it (here, a fresh database that lost everything)
    live.unlink()
    assert (
        sitrep(
            "replay", "--db", str(live), "--json", str(tmp_path / "none.xml"), cwd=tmp_path
        ).returncode
        == 1
    )
    assert count(live, "alerts") == 0
    restored = sitrep("backup", "--db", "backup.db", str(live), cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert count(live, "alerts") == count(tmp_path / "backup.db", "alerts") > 0
