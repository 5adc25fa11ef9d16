"""Online backup of the database: a consistent copy taken while the bot keeps running.

Copying the live file (or its -wal) can capture a half-written state; SQLite's backup API reads
a consistent snapshot through a normal connection. The copy is written next to the destination
under a temporary name, checked, and renamed into place, so an existing backup is only ever
replaced by a complete one. The same copy restores a backup: `--db backup.db` to the database's
path, with sitrep stopped.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.errors import StorageError


@dataclass(frozen=True)
class BackupResult:
    source: Path
    destination: Path
    size: int  # bytes
    schema_version: int


def backup_database(source: str | Path, destination: str | Path) -> BackupResult:
    """Copy the database at `source` to `destination` (replaced if it exists)."""
    src_path, dest_path = Path(source), Path(destination)
    if str(source) == ":memory:":
        raise StorageError('backup: the database is in memory (storage.path = ":memory:")')
    if not src_path.is_file():
        raise StorageError(f"backup: no database at {src_path}")
    if dest_path.is_dir():
        dest_path = dest_path / src_path.name
    if dest_path.exists() and dest_path.resolve() == src_path.resolve():
        raise StorageError(f"backup: {dest_path} is the database itself")
    if Path(f"{dest_path}-wal").exists():
        # Replacing a database under its own write-ahead log would corrupt it (restoring a
        # backup over the live file while sitrep runs, or after it crashed).
        raise StorageError(f"backup: {dest_path} is a database in use ({dest_path}-wal exists)")
    if not dest_path.parent.is_dir():
        raise StorageError(f"backup: no folder {dest_path.parent}")
    partial = dest_path.with_name(f".{dest_path.name}.partial-{os.getpid()}")
    try:
        # mode=rw: never create an empty database where the real one was expected
        src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=rw", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # a self-contained file: no -wal beside it
                dst.execute("PRAGMA journal_mode = DELETE")
                check = dst.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise StorageError(f"backup: the copy fails its check ({check})")
                version = int(dst.execute("PRAGMA user_version").fetchone()[0])
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, dest_path)
    except sqlite3.Error as exc:
        raise StorageError(f"backup of {src_path}: {exc}") from exc
    except OSError as exc:
        raise StorageError(f"backup to {dest_path}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(src_path, dest_path, dest_path.stat().st_size, version)
