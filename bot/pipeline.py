"""Orchestration: one entry through dedup -> clean -> extract -> diff -> alerts, stored atomically.

This is the only module where storage and extraction meet. Replay, the demo and the live poller
all call `Pipeline.process`, so they share one code path. Everything one entry produces (its
entry row, fact states, observations and alerts) is written in one transaction: a crash forgets
the entry and its alerts together, and the next run processes it again. Alerts are unique by
(series, change key), so processing an entry twice never doubles an alert.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.alerts import alert_record, make_alert
from bot.diff import control_series, decide, figure_series, sibling_prefix
from bot.facts.control import actor_display
from bot.facts.extract import extract_facts
from bot.facts.places import country_name
from bot.facts.text import make_article
from bot.matching import WatchIndex
from bot.models import Alert, Control, EntryData, Fact, Figure, Meeting
from storage.alerts import insert_alert
from storage.chats import all_terms, destinations, watch_version
from storage.db import Database
from storage.deliveries import enqueue
from storage.entries import EntryStatus, record_entry
from storage.facts import (
    add_observations,
    load_open_meetings,
    load_prefixed,
    load_states,
    save_states,
)

log = logging.getLogger("sitrep.pipeline")

# A new mention may concern any meeting touched in the last two months.
MEETING_LOOKBACK = timedelta(days=60)


@dataclass(frozen=True)
class Processed:
    entry_id: int
    status: EntryStatus
    facts: tuple[Fact, ...]
    alerts: tuple[Alert, ...]  # the alerts this entry raised (new ones only)


class Pipeline:
    def __init__(self, db: Database, *, max_age: timedelta) -> None:
        self.db = db
        self.max_age = max_age
        self.recipients = Recipients(db)

    def process(
        self, feed_id: int, entry: EntryData, now: datetime, *, quiet: bool = False
    ) -> Processed:
        """Process one entry at time `now`. An entry without a date is dated `now`.

        `quiet` learns the entry's facts without raising alerts: the first poll of a new feed
        records what is already there instead of flooding the chats with old news."""
        if entry.published is None:
            entry = replace(entry, published=now)
        with self.db.atomic():
            entry_id, status = record_entry(self.db, feed_id, entry, now)
            if status in ("unchanged", "duplicate"):
                return Processed(entry_id, status, (), ())
            facts = extract_facts(make_article(entry))
            known = load_states(self.db, filter(None, map(_series_hint, facts)))
            # the other reporters' counts of the same place: a repeat by another agency is
            # not news (diff.decide)
            figures = [f for f in facts if isinstance(f, Figure)]
            known |= load_prefixed(self.db, filter(None, map(sibling_prefix, figures)))
            if any(isinstance(f, Meeting) for f in facts):
                known |= load_open_meetings(self.db, now, MEETING_LOOKBACK)
            decision = decide(facts, entry, known, now, self.max_age)
            save_states(self.db, decision.states, entry_id)
            add_observations(self.db, entry_id, decision.observed, now)
            alerts: list[Alert] = []
            queue_sizes: list[int] = []
            for change in () if quiet else decision.changes:
                alert = make_alert(change, now)
                alert_id = insert_alert(self.db, alert, entry_id, alert_record(alert), now)
                if alert_id is not None:
                    alert = replace(alert, id=alert_id)
                    # the outbox rows are written with the alert: a crash keeps both or neither
                    queued = enqueue(self.db, alert_id, self.recipients.of(alert), now)
                    alerts.append(alert)
                    queue_sizes.append(queued)
        for alert, queued in zip(alerts, queue_sizes, strict=True):
            log.info(
                "alert.raised id=%s series=%s change=%s deliveries=%d",
                alert.id,
                alert.change.series,
                alert.change.change,
                queued,
            )
        return Processed(entry_id, status, facts, tuple(alerts))


def _series_hint(fact: Fact) -> str | None:
    """The series a figure or control fact belongs to; meetings are matched loosely instead."""
    if isinstance(fact, Figure):
        return figure_series(fact)
    if isinstance(fact, Meeting):
        return None
    return control_series(fact)


def fact_names(fact: Fact) -> tuple[str, ...]:
    """The names a watchlist may mean: places, countries, actors and participants."""
    names: list[str] = []
    if isinstance(fact, Meeting):
        names += [country_name(p) if len(p) == 2 else p for p in fact.participants]
        names += list(fact.participants)
    else:
        if fact.country:
            names += [country_name(fact.country)]
        if isinstance(fact, Control):
            names += [fact.actor, actor_display(fact.actor)]
    if fact.place:
        names.append(fact.place)
    return tuple(names)


class Recipients:
    """Which destinations an alert goes to: subscription, kinds and watchlist.

    The watchlist automaton over every chat's terms is cached and rebuilt only when the
    `watch_version` counter moved (triggers bump it on every watchlist change), so the test for
    all chats costs one scan of the alert's text, whatever the number of chats.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._version = -1
        self._index = WatchIndex(())

    @property
    def index(self) -> WatchIndex:
        version = watch_version(self.db)
        if version != self._version:
            self._index = WatchIndex(all_terms(self.db))
            self._version = version
        return self._index

    def of(self, alert: Alert) -> list[tuple[int, int]]:
        index = self.index
        entry = alert.change.entry
        hits = index.hits(alert.text, entry.title, *fact_names(alert.change.fact))
        return [
            (chat, thread)
            for chat, thread in destinations(self.db, alert.kind)
            if index.wants(chat, hits)
        ]
