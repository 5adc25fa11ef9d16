"""Inline keyboards and their callback data (short, stable strings: Telegram allows 64 bytes)."""

from __future__ import annotations

from collections.abc import Iterable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.models import FACT_KINDS

SUBSCRIBE = "subscribe"
KIND_PREFIX = "kind:"

KIND_LABELS = {
    "displacement": "Displacement",
    "casualties": "Casualties",
    "meeting": "Meetings",
    "control": "Control",
}


def subscribe_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("Subscribe", callback_data=SUBSCRIBE)]])


def kinds_keyboard(chosen: Iterable[str], chat_id: int) -> InlineKeyboardMarkup:
    """One toggle per kind: ✅ on, ⬜ off. The data names the chat, so that a channel's kinds can
    be set from a private chat."""
    on = set(chosen)
    buttons = [
        InlineKeyboardButton(
            f"{'✅' if kind in on else '⬜'} {KIND_LABELS[kind]}",
            callback_data=f"{KIND_PREFIX}{kind}:{chat_id}",
        )
        for kind in FACT_KINDS
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])
