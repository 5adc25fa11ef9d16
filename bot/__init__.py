"""sitrep: a self-hosted Telegram bot that alerts when a fact in crisis news changes."""

__version__ = "0.1.0"
