"""Logging for the `sitrep` commands: one line per event on stderr, at `log.level`, and never a
secret. The Bot API puts the token in every URL (`.../bot<TOKEN>/getUpdates`), and the libraries
log URLs: httpx each request at INFO, python-telegram-bot its base URL at DEBUG, and an
exception's text may carry one too. So every line is redacted as it is written, whoever logs it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

FORMAT = "%(levelname)s %(name)s %(message)s"
REDACTED = "<redacted>"
# Libraries that log each HTTP request or each job run at INFO: a line per feed poll, per Bot
# API long poll and per scheduler tick (every second) would drown the events; they show at DEBUG.
CHATTY = ("httpx", "httpcore", "apscheduler")


class RedactingFormatter(logging.Formatter):
    """A formatter that replaces each secret in the whole line (message and traceback)."""

    def __init__(self, secrets: Iterable[str], fmt: str = FORMAT) -> None:
        super().__init__(fmt)
        # the longest first, so that a secret containing another is replaced whole
        self.secrets = tuple(sorted({s for s in secrets if s}, key=len, reverse=True))

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text


def configure(level: str, secrets: Iterable[str | None] = ()) -> None:
    """Set the root level; redact `secrets` (None: not set) on every handler of the root logger,
    which `logging.basicConfig` has installed."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    formatter = RedactingFormatter(s for s in secrets if s)
    for handler in root.handlers:
        handler.setFormatter(formatter)
    for name in CHATTY:
        logging.getLogger(name).setLevel(
            logging.NOTSET if root.level <= logging.DEBUG else logging.WARNING
        )
