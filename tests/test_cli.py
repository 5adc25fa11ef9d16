"""The `sitrep` command as a user runs it: the installed console script, in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITREP = str(Path(sys.executable).parent / "sitrep")
GOLDEN = ROOT / "tests" / "golden"


def sitrep(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SITREP_") and k != "TELEGRAM_BOT_TOKEN"
    }
    return subprocess.run([SITREP, *args], capture_output=True, text=True, timeout=60,
                          cwd=cwd or ROOT, env={**clean, **(env or {})})  # fmt: skip


def test_demo_output_is_the_reviewed_golden_file(tmp_path: Path) -> None:
    # run outside the checkout: the demo's data ships with the package
    done = sitrep("demo", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == (GOLDEN / "demo.txt").read_text(encoding="utf-8")


FACT_KEYS = {
    "displacement": {"figure", "qualifier", "status", "place", "reporter", "as_of", "since", "origin"},
    "casualties": {"figure", "qualifier", "status", "place", "reporter", "as_of", "since", "killed", "injured"},
    "meeting": {"participants", "place", "date", "date_end", "status"},
    "control": {"place", "actor", "status", "date"},
}  # fmt: skip
DATE = r"^\d{4}-\d{2}-\d{2}$"


def test_replay_json_contract() -> None:
    """The shape other tools read: exactly these keys, kinds, changes and date formats."""
    done = sitrep("replay", "--json", str(ROOT / "seeds" / "feed.xml"))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records
    for record in records:
        assert list(record) == ["kind", "change", "series", "fact", "previous", "entry", "text",
                                "previous_reports", "previous_entry"]  # fmt: skip
        if record["previous"] is None:
            assert record["previous_reports"] is None and record["previous_entry"] is None
        else:
            assert record["previous_reports"] >= 1
            assert list(record["previous_entry"]) == ["title", "link", "published"]
        assert record["kind"] in FACT_KEYS
        assert record["change"] in {"new", "rising", "projection", "date_changed", "status_changed"}
        assert set(record["fact"]) == FACT_KEYS[record["kind"]]
        assert record["previous"] is None or set(record["previous"]) == FACT_KEYS[record["kind"]]
        assert list(record["entry"]) == ["feed", "link", "title", "published"]
        assert re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", record["entry"]["published"])
        for key in ("as_of", "since", "date", "date_end"):
            value = record["fact"].get(key)
            assert value is None or re.match(DATE, value), (key, value)
        if record["kind"] == "meeting":
            assert record["fact"]["participants"] == sorted(record["fact"]["participants"])
        assert isinstance(record["text"], str) and "\n" not in record["text"]


def test_demo_json_is_the_reviewed_golden_file() -> None:
    done = sitrep("demo", "--json")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records == json.loads((GOLDEN / "demo.json").read_text(encoding="utf-8"))


def test_help_lists_every_command() -> None:
    done = sitrep("--help")
    assert done.returncode == 0
    for command in ("demo", "replay", "check-config"):
        assert command in done.stdout


def test_check_config_prints_the_effective_settings_without_the_token() -> None:
    done = sitrep(
        "check-config", env={"TELEGRAM_BOT_TOKEN": "123:do-not-print", "SITREP_DIFF_MAX_AGE": "3d"}
    )
    assert done.returncode == 0, done.stderr
    assert 'max_age = "3d"' in done.stdout
    assert "do-not-print" not in done.stdout + done.stderr
    assert "TELEGRAM_BOT_TOKEN: set" in done.stdout


@pytest.mark.parametrize(
    ("args", "env", "stderr"),
    [
        (("--config", "nope.toml", "check-config"), {}, "error: nope.toml: no such config file\n"),
        (("check-config",), {"SITREP_DIFF_MAX_AGE": "soon"},
         'error: SITREP_DIFF_MAX_AGE (diff.max_age): expected a duration like "7d" or "12h", got "soon"\n'),
    ],
)  # fmt: skip
def test_configuration_errors_are_one_line_and_exit_2(
    args: tuple[str, ...], env: dict[str, str], stderr: str
) -> None:
    done = sitrep(*args, env=env)
    assert (done.returncode, done.stderr, done.stdout) == (2, stderr, "")


def test_replay_with_a_broken_feed_names_it_processes_the_rest_and_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<html><body>not a feed</body></html>")
    done = sitrep("replay", str(broken), str(ROOT / "seeds" / "feed.xml"))
    assert done.returncode == 1
    assert done.stderr == f"error: feed {broken}: an HTML page, not an RSS or Atom feed\n"
    assert "Displacement rising — Syria" in done.stdout
    assert "Traceback" not in done.stderr


def test_replay_keeps_state_in_a_database_file(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    feed = str(ROOT / "seeds" / "feed.xml")
    first = sitrep("replay", "--db", db, "--json", feed)
    again = sitrep("replay", "--db", db, "--json", feed)
    assert first.returncode == again.returncode == 0
    assert len(first.stdout.splitlines()) >= 5
    assert again.stdout == ""


def test_a_usage_error_exits_2() -> None:
    done = sitrep("replay")
    assert done.returncode == 2
    assert "usage: sitrep replay" in done.stderr
