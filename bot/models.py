"""Frozen value types, named by the pipeline stage that produces them.

EntryData      came from a feed (parse)
Article        an entry's cleaned text, split into sentences (facts.text)
Figure, Meeting, Control
               facts extracted from one article (facts.extract); `Fact` is their union
KnownFact      the stored state of one series, read from storage to decide
FactChange     a decision of the diff engine (diff)
Alert          what a person reads (alerts)

All datetimes are timezone-aware UTC; calendar dates are `datetime.date`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

FactKind = Literal["displacement", "casualties", "meeting", "control"]
FigureKind = Literal["displacement", "casualties"]
FigureStatus = Literal["reported", "projection"]
MeetingStatus = Literal["proposed", "planned", "held", "postponed", "cancelled"]
ControlStatus = Literal["contested", "claimed", "captured", "withdrawn"]
ChangeKind = Literal["new", "rising", "projection", "date_changed", "status_changed"]

FACT_KINDS: tuple[FactKind, ...] = ("displacement", "casualties", "meeting", "control")


@dataclass(frozen=True)
class EntryData:
    """One feed entry as the feed gave it."""

    feed: str  # the feed's name (or its path/URL when it has none)
    guid: str  # feed guid/id, else link, else a hash of title and content
    link: str | None
    title: str
    published: datetime | None  # Atom `updated`, else `published`; RSS `pubDate`
    content: str  # full content (HTML or text), else the summary
    position: int = 0  # index in its feed document, for entries without dates


@dataclass(frozen=True)
class Article:
    """An entry reduced to what the story says."""

    entry: EntryData
    published: date  # the calendar date relative dates are resolved against
    text: str  # cleaned body text, paragraphs separated by blank lines
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """A displacement or casualty figure.

    `figure` is the headline number. For casualties `killed` and `injured` are the parts when the
    sentence gives them. `place` is the most specific place named (a country, region or city);
    `country` is its ISO 3166-1 alpha-2 code, taken from the article when the sentence names none.
    """

    kind: FigureKind
    figure: int
    qualifier: str | None  # "nearly", "over", "at least", "an estimated", "tens of thousands", ...
    status: FigureStatus
    place: str | None
    country: str | None
    reporter: str | None  # canonical: "UN", "OCHA", "UNHCR", "WFP", "IOM", "Health Ministry", ...
    as_of: date | None
    since: date | None
    sentence: str
    killed: int | None = None
    injured: int | None = None
    # a cross-border flow: the ISO code of the country people left; `place`/`country` are
    # where they went ("100,000 crossings from Lebanon into Syria")
    origin: str | None = None


@dataclass(frozen=True)
class Meeting:
    """A meeting between parties: participants are ISO alpha-2 codes or organisation names."""

    participants: tuple[str, ...]  # sorted
    place: str | None
    date: dt.date | None
    date_end: dt.date | None
    status: MeetingStatus
    sentence: str
    kind: FactKind = field(default="meeting", init=False)


@dataclass(frozen=True)
class Control:
    """Who holds a place: the actor's canonical name and how sure the report is."""

    place: str
    actor: str
    status: ControlStatus
    date: dt.date | None
    sentence: str
    country: str | None = None
    kind: FactKind = field(default="control", init=False)


Fact = Figure | Meeting | Control


@dataclass(frozen=True)
class KnownFact:
    """The stored state of one series: the last fact that changed it, and its provenance."""

    series: str
    kind: FactKind
    fact: Fact
    entry_title: str
    entry_link: str | None
    published: datetime | None
    updated_at: datetime
    projection: Figure | None = None  # the last projection of a figure series
    reports: int = 1  # how many articles have reported the current state
    conflicts: tuple[Figure, ...] = ()  # lower figures from other sources, kept for the record


@dataclass(frozen=True)
class FactChange:
    """A decision: this fact changed this series in this way."""

    series: str
    change: ChangeKind
    fact: Fact
    previous: KnownFact | None
    entry: EntryData
    key: str  # natural key of the change within its series: alerts are unique by (series, key)
    projection: Figure | None = None  # a projection reported alongside a rising/new figure

    @property
    def kind(self) -> FactKind:
        return self.fact.kind


@dataclass(frozen=True)
class Alert:
    """A rendered change: the wire-flash line a person reads, and where it came from."""

    change: FactChange
    text: str  # plain text, one paragraph, no markup
    id: int | None = None  # the stored alert id, once stored

    @property
    def kind(self) -> FactKind:
        return self.change.kind


# --- JSON shapes -------------------------------------------------------------------------------
# `fact_record` is the public contract of `sitrep replay --json` (pinned by a test);
# `fact_to_dict` adds what storage needs to rebuild the fact (country, sentence).

_RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "displacement": (
        "figure", "qualifier", "status", "place", "reporter", "as_of", "since", "origin",
    ),
    "casualties": (
        "figure", "qualifier", "status", "place", "reporter", "as_of", "since", "killed", "injured",
    ),
    "meeting": ("participants", "place", "date", "date_end", "status"),
    "control": ("place", "actor", "status", "date"),
}  # fmt: skip
_DATE_FIELDS = ("as_of", "since", "date", "date_end")


def _jsonable(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def fact_record(fact: Fact) -> dict[str, object]:
    """The fact as the replay JSON contract shows it: exactly the documented keys."""
    return {name: _jsonable(getattr(fact, name)) for name in _RECORD_FIELDS[fact.kind]}


def fact_to_dict(fact: Fact) -> dict[str, object]:
    """Everything needed to rebuild the fact (storage)."""
    out = {"kind": fact.kind, **fact_record(fact), "sentence": fact.sentence}
    if not isinstance(fact, Meeting):
        out["country"] = fact.country
    return out


def fact_from_dict(data: dict[str, object]) -> Fact:
    values = {k: v for k, v in data.items() if k != "kind"}
    for name in _DATE_FIELDS:
        if isinstance(values.get(name), str):
            values[name] = date.fromisoformat(str(values[name]))
    kind = data["kind"]
    if kind == "meeting":
        values["participants"] = tuple(values["participants"])  # type: ignore[arg-type]
        return Meeting(**values)  # type: ignore[arg-type]
    if kind == "control":
        return Control(**values)  # type: ignore[arg-type]
    return Figure(kind=kind, **values)  # type: ignore[arg-type]
