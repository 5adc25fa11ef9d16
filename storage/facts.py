"""The state of each series (facts) and every observation of a fact (provenance)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from bot.models import Fact, Figure, KnownFact, fact_from_dict, fact_to_dict
from storage.db import Database, now_text, parse_time

_SELECT = (
    "SELECT f.series, f.kind, f.fact, f.projection, f.reports, f.conflicts, f.updated_at, "
    "e.title, e.link, e.published FROM facts f LEFT JOIN entries e ON e.id = f.entry_id"
)


def _figure(data: dict[str, object]) -> Figure:
    fact = fact_from_dict(data)
    assert isinstance(fact, Figure)
    return fact


def _row(row: tuple[Any, ...]) -> KnownFact:
    series, kind, fact, projection, reports, conflicts, updated, title, link, published = row
    return KnownFact(
        series=series,
        kind=kind,
        fact=fact_from_dict(json.loads(fact)),
        entry_title=title or "",
        entry_link=link,
        published=parse_time(published),
        updated_at=datetime.fromisoformat(updated),
        projection=_figure(json.loads(projection)) if projection else None,
        reports=int(reports),
        conflicts=tuple(_figure(c) for c in json.loads(conflicts)),
    )


def load_states(db: Database, series: Iterable[str]) -> dict[str, KnownFact]:
    keys = sorted(set(series))
    if not keys:
        return {}
    marks = ",".join("?" * len(keys))
    rows = db.execute(f"{_SELECT} WHERE f.series IN ({marks})", keys).fetchall()
    return {state.series: state for state in map(_row, rows)}


def load_prefixed(db: Database, prefixes: Iterable[str]) -> dict[str, KnownFact]:
    """Every state whose series starts with one of `prefixes` (each reporter's count of one
    place)."""
    out: dict[str, KnownFact] = {}
    for prefix in sorted(set(prefixes)):
        # the upper bound keeps the primary-key index: series >= prefix AND < prefix + U+FFFF
        rows = db.execute(
            f"{_SELECT} WHERE f.series >= ? AND f.series < ?", [prefix, prefix + "\uffff"]
        )
        out.update((state.series, state) for state in map(_row, rows.fetchall()))
    return out


def load_open_meetings(db: Database, now: datetime, window: timedelta) -> dict[str, KnownFact]:
    """Meetings touched within `window` of now: the ones a new mention may be about."""
    since = now_text(now - window)
    rows = db.execute(f"{_SELECT} WHERE f.kind = 'meeting' AND f.updated_at >= ?", [since])
    return {state.series: state for state in map(_row, rows.fetchall())}


def save_states(db: Database, states: Iterable[KnownFact], entry_id: int) -> None:
    """Upsert each state; the entry that set a state stays its source while the fact is the same."""
    for state in states:
        db.execute(
            "INSERT INTO facts (series, kind, fact, projection, entry_id, reports, conflicts, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(series) DO UPDATE SET "
            "fact = excluded.fact, projection = excluded.projection, "
            "entry_id = CASE WHEN facts.fact = excluded.fact THEN facts.entry_id "
            "ELSE excluded.entry_id END, reports = excluded.reports, "
            "conflicts = excluded.conflicts, updated_at = excluded.updated_at",
            [
                state.series,
                state.kind,
                json.dumps(fact_to_dict(state.fact), ensure_ascii=False),
                json.dumps(fact_to_dict(state.projection), ensure_ascii=False)
                if state.projection
                else None,
                entry_id,
                state.reports,
                json.dumps([fact_to_dict(c) for c in state.conflicts], ensure_ascii=False),
                now_text(state.updated_at),
            ],
        )


def add_observations(
    db: Database, entry_id: int, observed: Iterable[tuple[str, Fact]], now: datetime
) -> None:
    db.execute("DELETE FROM observations WHERE entry_id = ?", [entry_id])  # a changed entry
    stamp = now_text(now)
    for series, fact in observed:
        db.execute(
            "INSERT INTO observations (entry_id, series, kind, fact, sentence, observed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                entry_id,
                series,
                fact.kind,
                json.dumps(fact_to_dict(fact), ensure_ascii=False),
                fact.sentence,
                stamp,
            ],
        )
