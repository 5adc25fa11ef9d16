"""Render a FactChange as the line a person reads: a wire flash, plain text, one paragraph.

Pure. The style, pinned by tests/golden/demo.txt:
  Displacement rising — Syria: 280,000 displaced since 27 Nov (UN, 6 Dec), up from ~50,000
  (OCHA, 30 Nov). UN warns it could reach 1.5 million.
Header (kind and what happened) — where: the figure with its source and date, then what it
replaces. Dates are "6 Dec"; the year is added when it is not the year of the report.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from bot.facts.control import actor_display
from bot.facts.meetings import ORG_NAMES
from bot.facts.places import country_name
from bot.models import (
    Alert,
    Control,
    FactChange,
    Figure,
    KnownFact,
    Meeting,
    fact_record,
)

# "nearly 50,000" reads "~50,000"; "an estimated 280,000" reads "280,000" (the UN's own
# figures are estimates; repeating the word adds nothing).
_QUALIFIER_PREFIX = {
    "nearly": "~",
    "almost": "~",
    "about": "~",
    "around": "~",
    "approximately": "~",
    "roughly": "~",
    "some": "~",
    "an estimated": "",
    "estimated": "",
    "over": "over ",
    "more than": "over ",
    "at least": "at least ",
    "up to": "up to ",
}
_MEETING_VERB = {
    "proposed": "proposed",
    "planned": "planned",
    "held": "held",
    "postponed": "postponed",
    "cancelled": "cancelled",
}


def day(value: date | None, ref: date | None = None) -> str:
    """27 Nov; with the year when it is not `ref`'s year."""
    if value is None:
        return "date unknown"
    text = f"{value.day} {value:%b}"
    return text if ref is None or value.year == ref.year else f"{text} {value.year}"


def day_range(start: date | None, end: date | None, ref: date | None = None) -> str:
    if start is None:
        return "date not set"
    if end is None or end == start:
        return f"{start:%a} {day(start, ref)}"
    if start.month == end.month and start.year == end.year:
        return f"{start.day}–{day(end, ref)}"
    return f"{day(start, ref)}–{day(end, ref)}"


def amount(value: int, qualifier: str | None) -> str:
    if qualifier and qualifier.startswith(("tens of", "hundreds of", "thousands", "millions")):
        return qualifier
    number = _number(value)
    return f"{_QUALIFIER_PREFIX.get(qualifier or '', '')}{number}"


def _number(value: int) -> str:
    if value >= 1_000_000 and value % 100_000 == 0:
        return f"{value / 1_000_000:g} million"
    return f"{value:,}"


def _figure_body(fact: Figure) -> str:
    if fact.kind == "displacement" and fact.origin and fact.origin == fact.country:
        return f"{amount(fact.figure, fact.qualifier)} fled abroad"  # to no one country
    if fact.kind == "displacement" and fact.origin:
        return f"{amount(fact.figure, fact.qualifier)} crossed from {country_name(fact.origin)}"
    if fact.kind == "displacement":
        return f"{amount(fact.figure, fact.qualifier)} displaced"
    parts = []
    if fact.killed is not None:
        parts.append(f"{amount(fact.killed, fact.qualifier)} killed")
    if fact.injured is not None:
        parts.append(f"{amount(fact.injured, None if parts else fact.qualifier)} injured")
    return ", ".join(parts) or f"{amount(fact.figure, fact.qualifier)} casualties"


def _source(fact: Figure, ref: date, reported: date | None = None) -> str:
    """(reporter, date): the figure's own as-of date, else the day it was reported (`reported`,
    for a previous state: its article's date, not today's article's), else `ref`."""
    when = day(fact.as_of or reported or ref, ref)
    return f"({fact.reporter}, {when})" if fact.reporter else f"({when})"


def _figure_text(change: FactChange, ref: date) -> str:
    fact = change.fact
    assert isinstance(fact, Figure)
    title = "Displacement" if fact.kind == "displacement" else "Casualties"
    place = fact.place or (country_name(fact.country) if fact.country else "unknown place")
    since = f" since {day(fact.since, ref)}" if fact.since else ""
    previous = change.previous.fact if change.previous else None
    reported = (
        change.previous.published.date() if change.previous and change.previous.published else None
    )
    if change.change == "projection":
        who = fact.reporter or "Reports"
        text = (
            f"{title} projection — {place}: {who} warns it could reach "
            f"{amount(fact.figure, fact.qualifier)} ({day(fact.as_of or ref, ref)})."
        )
        if isinstance(previous, Figure) and previous.status == "reported":
            text += f" Last reported: {_figure_body(previous)} {_source(previous, ref, reported)}."
        return text
    header = f"{title} rising" if change.change == "rising" else f"{title} reported"
    text = f"{header} — {place}: {_figure_body(fact)}{since} {_source(fact, ref)}"
    if change.change == "rising" and isinstance(previous, Figure):
        source = _source(previous, ref, reported)
        assert change.previous is not None
        if change.previous.reports > 1:  # "(UN, 6 Dec; 4 reports)": how settled the old value was
            source = f"{source[:-1]}; {change.previous.reports} reports)"
        # "up from ~50,000 (OCHA, 30 Nov)"; a casualty count keeps its parts ("55 killed,
        # 107 injured"): cutting the last word would leave "55 killed, 107"
        body = _figure_body(previous)
        if previous.origin:
            body = amount(previous.figure, previous.qualifier)
        elif previous.kind == "displacement" or previous.injured is None:
            body = body.rsplit(" ", 1)[0]
        text += f", up from {body} {source}"
    text += "."
    if change.projection is not None:
        who = change.projection.reporter or fact.reporter or "Reports"
        text += f" {who} warns it could reach {amount(change.projection.figure, None)}."
    return text


def participants_text(codes: tuple[str, ...]) -> str:
    # an organisation's code is no country's: "AU" is the African Union, not Australia
    names = sorted(
        country_name(code) if len(code) == 2 and code not in ORG_NAMES else code for code in codes
    )
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _meeting_text(change: FactChange, ref: date) -> str:
    fact = change.fact
    assert isinstance(fact, Meeting)
    who = participants_text(fact.participants)
    where = f" in {fact.place}" if fact.place else ""
    when = f" on {day_range(fact.date, fact.date_end, ref)}" if fact.date else ""
    header = "Meeting moved" if change.change == "date_changed" else f"Meeting {fact.status}"
    text = f"{header} — {who}{where}{when}"
    previous = change.previous.fact if change.previous else None
    if isinstance(previous, Meeting):
        was: list[str] = [previous.status] if previous.status != fact.status else []
        if previous.date and (previous.date, previous.date_end) != (fact.date, fact.date_end):
            was.append(f"for {day_range(previous.date, previous.date_end, ref)}")
        if was:
            text += f" (was {' '.join(was)})"
    return text + "."


_CONTROL_PHRASE = {
    "captured": ("taken by {actor}", "taken by {actor}"),
    "claimed": ("{actor} claims control", "{actor} claim control"),
    "contested": ("{actor} is fighting for it", "{actor} are fighting for it"),
    "withdrawn": ("{actor} has withdrawn", "{actor} have withdrawn"),
}
# "Russian forces claim control", "Viv Ansanm gangs are fighting for it"; "Hamas claims".
_PLURAL_ACTOR = re.compile(r"\b(?:forces|troops|gangs|rebels|fighters|militias|Houthis|police)$")


def _control_text(change: FactChange, ref: date) -> str:
    fact = change.fact
    assert isinstance(fact, Control)
    actor = actor_display(fact.actor)
    where = fact.place
    if fact.country and country_name(fact.country) != fact.place:
        where = f"{fact.place}, {country_name(fact.country)}"
    when = f" ({day(fact.date, ref)})" if fact.date else ""
    phrase = _CONTROL_PHRASE[fact.status][bool(_PLURAL_ACTOR.search(actor))]
    text = f"Control {fact.status} — {where}: {phrase.format(actor=actor)}"
    text += when
    previous = change.previous.fact if change.previous else None
    if isinstance(previous, Control):
        text += f" (was {previous.status} by {actor_display(previous.actor)})"
    return text + "."


def render(change: FactChange, now: datetime) -> str:
    """The alert's one-paragraph text; dates are written relative to the report's year."""
    ref = (change.entry.published or now).date()
    if isinstance(change.fact, Figure):
        return _figure_text(change, ref)
    if isinstance(change.fact, Meeting):
        return _meeting_text(change, ref)
    return _control_text(change, ref)


def make_alert(change: FactChange, now: datetime) -> Alert:
    return Alert(change=change, text=render(change, now))


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def alert_record(alert: Alert) -> dict[str, Any]:
    """The alert as one object of `sitrep replay --json`: a contract other tools read."""
    change = alert.change
    entry = change.entry
    return {
        "kind": change.kind,
        "change": change.change,
        "series": change.series,
        "fact": fact_record(change.fact),
        "previous": fact_record(change.previous.fact) if change.previous else None,
        "entry": {
            "feed": entry.feed,
            "link": entry.link,
            "title": entry.title,
            "published": _iso(entry.published),
        },
        "text": alert.text,
        # additive keys (after the original seven): how settled the previous state was
        "previous_reports": change.previous.reports if change.previous else None,
        "previous_entry": _entry_ref(change.previous) if change.previous else None,
    }


def _entry_ref(state: KnownFact) -> dict[str, Any]:
    """Where the previous value came from: the article that last set the series' state."""
    return {
        "title": state.entry_title,
        "link": state.entry_link,
        "published": _iso(state.published),
    }
