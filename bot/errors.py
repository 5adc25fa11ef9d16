"""One root for every error sitrep expects; anything else is a bug and propagates.

Each subclass carries what it is about (a config key, a feed, a chat) so that a one-line message
can name it, and chains the underlying cause with `raise ... from exc`.
"""

from __future__ import annotations


class SitrepError(Exception):
    """An expected failure: reported in one line, never with a traceback."""


class ConfigError(SitrepError):
    """A setting is missing, unknown or of the wrong type. `where` names the key or path."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where


class FeedError(SitrepError):
    """A feed could not be fetched or parsed. `feed` names it (its name, URL or path)."""

    def __init__(self, feed: str, message: str) -> None:
        super().__init__(f"feed {feed}: {message}")
        self.feed = feed
        self.reason = message


class StorageError(SitrepError):
    """The database cannot be opened or migrated."""


class DeliveryError(SitrepError):
    """Telegram refused or failed a message to one chat."""

    def __init__(self, chat_id: int, message: str) -> None:
        super().__init__(f"chat {chat_id}: {message}")
        self.chat_id = chat_id
