"""Alerts, unique by (series, change key): the same news from many articles is stored once."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.models import Alert, fact_to_dict
from storage.db import Database, now_text


def insert_alert(
    db: Database, alert: Alert, entry_id: int, record: dict[str, Any], now: datetime
) -> int | None:
    """Store the alert; None when this change of this series was already alerted."""
    change = alert.change
    cursor = db.execute(
        "INSERT INTO alerts (series, change_key, kind, change, fact, previous, entry_id, text, "
        "record, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(series, change_key) DO NOTHING",
        [
            change.series,
            change.key,
            change.kind,
            change.change,
            json.dumps(fact_to_dict(change.fact), ensure_ascii=False),
            json.dumps(fact_to_dict(change.previous.fact), ensure_ascii=False)
            if change.previous
            else None,
            entry_id,
            alert.text,
            json.dumps(record, ensure_ascii=False),
            now_text(now),
        ],
    )
    return cursor.lastrowid if cursor.rowcount else None
