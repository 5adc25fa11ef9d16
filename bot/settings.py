"""Settings: config/sitrep.toml, then SITREP_<SECTION>_<KEY> environment overrides.

The dataclasses below are the single source of truth for keys, types and defaults; the commented
example config/sitrep.toml and the README's configuration table are checked against them by a
test. Secrets (TELEGRAM_BOT_TOKEN) come from the environment only and never appear in a repr.

Every mistake is a `ConfigError` whose message names the key or the path, e.g.
`config/sitrep.toml: diff.max_age: expected a duration like "7d" or "12h", got "soon"`.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

DEFAULT_CONFIG = Path("config/sitrep.toml")
CONFIG_ENV = "SITREP_CONFIG"
TOKEN_ENV = "TELEGRAM_BOT_TOKEN"


class Duration(timedelta):
    """A timedelta written in config as "90s", "15m", "12h" or "7d"."""


_TRUE = ("true", "1", "yes")
_FALSE = ("false", "0", "no")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> Duration:
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f'expected a duration like "7d" or "12h", got "{text}"')
    return Duration(seconds=float(match[1]) * _UNITS[match[2]])


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit in ("d", "h", "m"):
        if seconds and seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


SEVEN_DAYS = Duration(days=7)


@dataclass(frozen=True)
class StorageSettings:
    path: str = "data/sitrep.db"


@dataclass(frozen=True)
class DiffSettings:
    max_age: Duration = SEVEN_DAYS


@dataclass(frozen=True)
class FeedsSettings:
    file: str = "config/feeds.toml"
    interval: int = 300
    min_interval: int = 60
    jitter: float = 0.1
    timeout: float = 20.0
    connect_timeout: float = 10.0
    max_bytes: int = 10_000_000
    max_entries: int = 500
    concurrency: int = 20
    per_host: int = 2
    max_failures: int = 50
    backfill: int = 0
    user_agent: str = "sitrep/0.1 (+self-hosted crisis alert bot)"
    allow_private_addresses: bool = False


@dataclass(frozen=True)
class TelegramSettings:
    api_url: str = "https://api.telegram.org/bot"
    admins: tuple[int, ...] = ()
    max_rate: float = 29.0


@dataclass(frozen=True)
class LogSettings:
    level: str = "INFO"


@dataclass(frozen=True)
class Settings:
    storage: StorageSettings = StorageSettings()
    diff: DiffSettings = DiffSettings()
    feeds: FeedsSettings = FeedsSettings()
    telegram: TelegramSettings = TelegramSettings()
    log: LogSettings = LogSettings()
    telegram_token: str | None = field(default=None, repr=False)
    source: str = "defaults"  # where the settings came from, for messages


_NOT_SECTIONS = ("telegram_token", "source")
SECTIONS: dict[str, type[Any]] = {
    name: hint
    for name, hint in typing.get_type_hints(Settings).items()
    if name not in _NOT_SECTIONS
}
_HINTS: dict[str, dict[str, Any]] = {
    name: typing.get_type_hints(cls) for name, cls in SECTIONS.items()
}


def defaults() -> dict[str, dict[str, Any]]:
    """Every key with its default, by section (what config/sitrep.toml documents)."""
    return {
        name: {f.name: f.default for f in dataclasses.fields(cls)} for name, cls in SECTIONS.items()
    }


def _describe(hint: Any) -> str:
    if hint is Duration:
        return 'a duration like "7d" or "12h"'
    if typing.get_origin(hint) is tuple:
        return "a list of " + {int: "integers", str: "strings"}[typing.get_args(hint)[0]]
    return {int: "an integer", float: "a number", bool: "true or false", str: "a string"}[hint]


def _coerce(hint: Any, value: Any, *, from_env: bool) -> Any:
    """Turn a TOML (or environment string) value into the key's type; ValueError if it is not."""
    wrong = ValueError(f"expected {_describe(hint)}, got {value!r}")
    if hint is Duration:
        if isinstance(value, str):
            return parse_duration(value)
        raise wrong
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if from_env and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            raise wrong
        try:
            return tuple(_coerce(item, v, from_env=from_env) for v in value)
        except ValueError:
            raise wrong from None
    if hint is bool:
        if isinstance(value, bool):
            return value
        if from_env and isinstance(value, str) and value.lower() in _TRUE + _FALSE:
            return value.lower() in _TRUE
        raise wrong
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if from_env and isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
            return int(value)
        raise wrong
    if hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if from_env and isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                raise wrong from None
        raise wrong
    if hint is str:
        if isinstance(value, str):
            return value
        raise wrong
    raise TypeError(f"unsupported setting type {hint}")  # a bug in the dataclasses above


def load_settings(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Load settings from `path` (or $SITREP_CONFIG, or config/sitrep.toml if it exists).

    An explicitly named file must exist; without one, built-in defaults apply.
    """
    env = os.environ if env is None else env
    explicit = path is not None or CONFIG_ENV in env
    config_path = Path(path if path is not None else env.get(CONFIG_ENV, DEFAULT_CONFIG))
    data: dict[str, Any] = {}
    source = "defaults"
    if config_path.is_file():
        try:
            data = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(str(config_path), f"not valid TOML ({exc})") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(str(config_path), f"cannot be read ({exc})") from exc
        source = str(config_path)
    elif explicit:
        raise ConfigError(str(config_path), "no such config file")

    values: dict[str, dict[str, Any]] = {name: {} for name in SECTIONS}
    for section, table in data.items():
        if section not in SECTIONS:
            raise ConfigError(f"{source}: {section}", "unknown section")
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: {section}", "expected a [section] table")
        for key, value in table.items():
            hint = _HINTS[section].get(key)
            if hint is None:
                raise ConfigError(f"{source}: {section}.{key}", "unknown key")
            try:
                values[section][key] = _coerce(hint, value, from_env=False)
            except ValueError as exc:
                raise ConfigError(f"{source}: {section}.{key}", str(exc)) from exc

    for name, raw in env.items():
        if not name.startswith("SITREP_") or name == CONFIG_ENV:
            continue
        section, key = _env_target(name)
        try:
            values[section][key] = _coerce(_HINTS[section][key], raw, from_env=True)
        except ValueError as exc:
            raise ConfigError(f"{name} ({section}.{key})", str(exc)) from exc

    token = env.get(TOKEN_ENV) or None
    level = values["log"].get("level", LogSettings.level)
    if level.upper() not in _LOG_LEVELS:
        expected = ", ".join(_LOG_LEVELS)
        raise ConfigError(f"{source}: log.level", f"expected one of {expected}, got {level!r}")
    return Settings(
        **{name: SECTIONS[name](**values[name]) for name in SECTIONS},
        telegram_token=token,
        source=source,
    )


def _env_target(name: str) -> tuple[str, str]:
    """SITREP_TELEGRAM_API_URL -> ("telegram", "api_url"); unknown names are errors (typos)."""
    rest = name.removeprefix("SITREP_").lower()
    for section in SECTIONS:
        prefix = section + "_"
        if rest.startswith(prefix) and rest[len(prefix) :] in _HINTS[section]:
            return section, rest[len(prefix) :]
    raise ConfigError(
        name, "unknown setting (expected SITREP_<SECTION>_<KEY>, e.g. SITREP_STORAGE_PATH)"
    )


def as_dict(settings: Settings) -> dict[str, dict[str, Any]]:
    """The effective settings as TOML-like values (durations as "7d"), token left out."""
    out: dict[str, dict[str, Any]] = {}
    for name in SECTIONS:
        section = getattr(settings, name)
        out[name] = {}
        for f in dataclasses.fields(section):
            value = getattr(section, f.name)
            if isinstance(value, timedelta):
                value = format_duration(value)
            elif isinstance(value, tuple):
                value = list(value)
            out[name][f.name] = value
    return out
