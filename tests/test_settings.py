"""Settings: the example config, the loader and the README agree; mistakes name the key."""

from __future__ import annotations

import re
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import as_dict, defaults, format_duration, load_settings, parse_duration

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config" / "sitrep.toml"


def _toml_default(value: object) -> object:
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def test_example_config_documents_every_key_with_its_default() -> None:
    example = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    expected = {
        section: {key: _toml_default(value) for key, value in keys.items()}
        for section, keys in defaults().items()
    }
    assert example == expected


def test_every_example_key_has_a_comment_above_it() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^\w+ = ", line):
            assert lines[number - 1].startswith("#"), f"no comment above {line!r}"


def test_readme_configuration_table_lists_every_key_with_its_default() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+\.\w+)` \| `([^`]*)` \|", readme, re.M))
    expected = {
        f"{section}.{key}": _toml_default(value)
        for section, keys in defaults().items()
        for key, value in keys.items()
    }
    assert set(rows) == set(expected)
    for key, value in expected.items():
        assert tomllib.loads(f"v = {rows[key]}")["v"] == value, key


def test_example_loads_to_the_defaults() -> None:
    assert as_dict(load_settings(EXAMPLE, env={})) == as_dict(load_settings(env={}))


@pytest.mark.parametrize(
    ("env", "section", "key", "value"),
    [
        ({"SITREP_TELEGRAM_API_URL": "http://127.0.0.1:8081/bot"}, "telegram", "api_url",
         "http://127.0.0.1:8081/bot"),
        ({"SITREP_TELEGRAM_ADMINS": "12, 34"}, "telegram", "admins", [12, 34]),
        ({"SITREP_DIFF_MAX_AGE": "12h"}, "diff", "max_age", "12h"),
        ({"SITREP_FEEDS_TIMEOUT": "2.5"}, "feeds", "timeout", 2.5),
        ({"SITREP_STORAGE_PATH": ":memory:"}, "storage", "path", ":memory:"),
    ],
)  # fmt: skip
def test_environment_overrides_a_key(
    env: dict[str, str], section: str, key: str, value: object
) -> None:
    assert as_dict(load_settings(EXAMPLE, env=env))[section][key] == value


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    config = tmp_path / "sitrep.toml"
    config.write_text('[storage]\npath = "from-file.db"\n')
    settings = load_settings(config, env={"SITREP_STORAGE_PATH": "from-env.db"})
    assert settings.storage.path == "from-env.db"


def test_token_comes_from_the_environment_and_is_never_shown() -> None:
    settings = load_settings(EXAMPLE, env={"TELEGRAM_BOT_TOKEN": "123:secret"})
    assert settings.telegram_token == "123:secret"
    assert "secret" not in repr(settings)
    assert "secret" not in str(as_dict(settings))


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [
        ('[storage]\npath = 3\n', {}, "storage.path: expected a string, got 3"),
        ('[storage]\npaht = "x"\n', {}, "storage.paht: unknown key"),
        ('[storrage]\npath = "x"\n', {}, "storrage: unknown section"),
        ('[diff]\nmax_age = "soon"\n', {}, 'diff.max_age: expected a duration like "7d"'),
        ('[telegram]\nadmins = ["me"]\n', {}, "telegram.admins: expected a list of integers"),
        ('[log]\nlevel = "LOUD"\n', {}, "log.level: expected one of DEBUG"),
        ("[storage\n", {}, "not valid TOML"),
        ("", {"SITREP_FEEDS_MAX_BYTES": "lots"}, "SITREP_FEEDS_MAX_BYTES (feeds.max_bytes): expected an integer"),
        ("", {"SITREP_STORAGE_PAHT": "x"}, "SITREP_STORAGE_PAHT: unknown setting"),
    ],
)  # fmt: skip
def test_mistakes_are_one_line_errors_that_name_the_key(
    tmp_path: Path, text: str, env: dict[str, str], message: str
) -> None:
    config = tmp_path / "sitrep.toml"
    config.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env=env)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_named_config_file_must_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=f"{re.escape(str(missing))}: no such config file"):
        load_settings(missing, env={})
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(env={"SITREP_CONFIG": str(missing)})


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("15m", 900), ("12h", 43200), ("7d", 604800), ("1.5h", 5400)]
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds
