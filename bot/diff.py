"""The decider: facts from one entry against the stored state of each series -> changes.

Pure: values and `now` in, values out. The pipeline loads the states (`known`) and stores what
`decide` returns.

Series (one state each):
  displacement:<country>:<place>              the total of a country, or one sub-region's figure
  displacement:<country>:<place>:from-<cc>    a cross-border flow into the place from country cc
  casualties:<country>:<place>:<reporter>     each reporter's count is its own series
  meeting:<place>:<first date>:<participants> matched loosely: same meeting, other wording
  control:<country>:<place>                   who holds a place

Rules (each has a table test in tests/test_diff.py):
  figures   a new series alerts; a reported figure alerts when it rises beyond a repeat or a
            rounded restatement ("nearly 300,000" after 280,000 is not news); a lower figure
            never alerts and is kept as a conflict; a casualty count (each reporter's is its
            own series) alerts only above what every other reporter said of the place, and a
            place's figure the country's series already holds (or the reverse) is not news; a new
            projection value alerts flagged as a projection (folded into the rising alert when
            the same article reports both).
  meetings  a new meeting alerts (one that names no party only updates a known meeting at the
            same place and dates); a status change alerts unless it only weakens the report
            (a later "could meet" after "will meet"); a date outside the known range alerts,
            a narrower date ("Dec 7-8" -> "Saturday 7 Dec") does not.
  control   a new place alerts; another actor, or the same actor a step up the ladder
            contested < claimed < captured, or a withdrawal, alerts; a weaker restatement does not.
  age       an entry published more than max_age before now, or a fact dated more than max_age
            before now, updates the state silently and never alerts (stale pages resurface);
            a stale figure dated before the series' own date replaces nothing (a 2022 report
            resurfacing in 2024 is history, not the current figure).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.facts.places import lookup
from bot.models import (
    ChangeKind,
    Control,
    EntryData,
    Fact,
    FactChange,
    Figure,
    KnownFact,
    Meeting,
)

# A figure within this share of the known one is a repeat, not a rise (above it, a round one
# only: an exact count that grew is a rise, see is_restatement).
REPEAT_TOLERANCE = 0.02
# A rounded restatement is at most this much above the known figure.
ROUNDING_TOLERANCE = 0.10
# Two meeting mentions more than this far apart are different meetings.
MEETING_WINDOW = timedelta(days=21)
# ... or this far apart when they have only one party in common.
SHARED_PARTY_WINDOW = timedelta(days=7)

_CONTROL_RANK = {"contested": 0, "claimed": 1, "captured": 2}
# A later, weaker wording of a meeting ("could meet" after "will meet") is not news.
_MEETING_RANK = {"proposed": 0, "planned": 1, "held": 2}


@dataclass(frozen=True)
class Decision:
    """What one entry changed: alerts to raise, states to store, observations for provenance."""

    changes: tuple[FactChange, ...]
    states: tuple[KnownFact, ...]
    observed: tuple[tuple[str, Fact], ...]


def slug(text: str | None) -> str:
    if not text:
        return "-"
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "-"


def figure_series(fact: Figure) -> str:
    base = f"{fact.kind}:{fact.country or '-'}:{slug(fact.place)}"
    if fact.kind == "casualties":
        return f"{base}:{slug(fact.reporter)}"
    return f"{base}:from-{slug(fact.origin)}" if fact.origin else base


def sibling_prefix(fact: Figure) -> str | None:
    """The prefix every reporter's series of the same casualty count shares, or None."""
    if fact.kind != "casualties":
        return None
    return f"{fact.kind}:{fact.country or '-'}:{slug(fact.place)}:"


def _siblings_top(states: Mapping[str, KnownFact], series: str, fact: Figure) -> int | None:
    """The highest reported figure another reporter gave for the same count."""
    prefix = sibling_prefix(fact)
    if prefix is None:
        return None
    return max(
        (
            s.fact.figure
            for s in states.values()
            if s.series.startswith(prefix)
            and s.series != series
            and isinstance(s.fact, Figure)
            and s.fact.status == "reported"
        ),
        default=None,
    )


def _other_level_says(states: Mapping[str, KnownFact], series: str, fact: Figure) -> bool:
    """True when the country's series already holds this figure for a place in it, or a place
    in the country holds it for the country's: "four dead, all in Hualien County" after
    Taiwan's four (tw-01), Taiwan's nine after Hualien's nine (tw-05) are the same news."""
    place = fact.place
    if place is None:
        return False
    return any(
        s.series != series
        and s.kind == fact.kind
        and isinstance(s.fact, Figure)
        and s.fact.status == "reported"
        and s.fact.country == fact.country
        and abs(fact.figure - s.fact.figure) <= s.fact.figure * REPEAT_TOLERANCE
        and s.fact.place is not None
        and s.fact.place != place
        # one of them is the country both figures are in, whether or not the gazetteer knows
        # the other: "in Gofa Zone" (gofa-01) is a unit named as such
        and fact.country is not None
        and fact.country in (_country_code(place), _country_code(s.fact.place))
        for s in states.values()
    )


def _country_code(place: str) -> str | None:
    """The country code of a country's name ("Taiwan" -> "TW"), else None."""
    found = lookup(place)
    return found.country if found is not None and found.kind == "country" else None


def control_series(fact: Control) -> str:
    return f"control:{fact.country or '-'}:{slug(fact.place)}"


def _meeting_key(fact: Meeting, published: date) -> str:
    first = fact.date or published
    return f"meeting:{slug(fact.place)}:{first.isoformat()}:{'-'.join(fact.participants)}"


def same_meeting(a: Meeting, b: Meeting) -> bool:
    """Two mentions of one meeting: overlapping parties, compatible place and dates. A mention
    that names no party ("Seventy government delegations ... met in Paris on Thursday",
    leb-12) is the meeting known at the same place and dates."""
    pa, pb = set(a.participants), set(b.participants)
    if pa and pb:
        overlap = len(pa & pb) / min(len(pa), len(pb))
        if overlap < 1.0 and len(pa & pb) / len(pa | pb) < 0.5:
            return False
    elif not (a.place and b.place):
        return False
    if a.place and b.place and slug(a.place) != slug(b.place):
        return False
    if a.date and b.date:
        a_end, b_end = a.date_end or a.date, b.date_end or b.date
        # one party in common says little: "Pakistan is likely to host an international
        # donors' conference in Islamabad on Nov 19" (kas-09) is not the India-Pakistan talks
        # three weeks before; it is that meeting moved only within a week
        window = SHARED_PARTY_WINDOW if len(pa & pb) == 1 else MEETING_WINDOW
        if a.date - window > b_end or b.date - window > a_end:
            return False
    return True


def meeting_series(fact: Meeting, known: Iterable[KnownFact], published: date) -> str:
    for state in known:
        if isinstance(state.fact, Meeting) and same_meeting(state.fact, fact):
            return state.series
    return _meeting_key(fact, published)


def series_of(fact: Fact, known: Mapping[str, KnownFact], published: date) -> str:
    if isinstance(fact, Figure):
        return figure_series(fact)
    if isinstance(fact, Control):
        return control_series(fact)
    return meeting_series(fact, known.values(), published)


def is_restatement(known: int, new: int) -> bool:
    """`new` says the same as `known`: no higher, within 2% and round, or `known` rounded
    to `new`'s precision.

    "nearly 300,000" after 280,000 rounds to the same figure; 290,000 after 280,000 does not,
    and neither does "2 million" after 1.5 million (rounding never stretches beyond 10%).
    """
    if new <= known:
        return True
    if new <= known * (1 + REPEAT_TOLERANCE):
        # an exact count that grew is a rise however small ("611 dead" after 607, sl-12); a
        # round one (284,000 after 280,000) restates
        return str(new).endswith("0")
    if new > known * (1 + ROUNDING_TOLERANCE):
        return False
    digits = len(str(new).rstrip("0"))
    if digits > 2:
        return False
    scale = 10 ** (len(str(new)) - digits)
    return bool(round(known / scale) * scale == new)


def change_key(change: ChangeKind, fact: Fact) -> str:
    """The natural key of a change within its series: the same news twice is one alert."""
    if isinstance(fact, Figure):
        return f"{change}:{fact.figure}"
    if isinstance(fact, Meeting):
        dates = f"{fact.date}:{fact.date_end}"
        return "new" if change == "new" else f"{change}:{fact.status}:{dates}"
    return f"{change}:{slug(fact.actor)}:{fact.status}"


def _fact_date(fact: Fact) -> date | None:
    if isinstance(fact, Figure):
        return fact.as_of
    if isinstance(fact, Meeting):
        return fact.date_end or fact.date
    return fact.date


def is_stale(fact: Fact, entry: EntryData, now: datetime, max_age: timedelta) -> bool:
    if entry.published is not None and entry.published < now - max_age:
        return True
    when = _fact_date(fact)
    return when is not None and when < (now - max_age).date()


def _figure_change(
    fact: Figure, state: KnownFact | None
) -> tuple[ChangeKind | None, Figure, Figure | None]:
    """(change, new state fact, conflict to record) for a reported figure."""
    if state is None:
        return "new", fact, None
    known = state.fact
    assert isinstance(known, Figure)
    if known.status == "projection":  # only a projection known so far: this is the first report
        return "new", fact, None
    if fact.figure > known.figure and not is_restatement(known.figure, fact.figure):
        return "rising", fact, None
    if fact.figure < known.figure * (1 - REPEAT_TOLERANCE):
        return None, known, fact  # lower: a conflict, never a "fall"
    return None, known, None


def _meeting_dates(known: Meeting, fact: Meeting) -> tuple[bool, date | None, date | None]:
    """(moved, date, date_end) to keep. A narrower range is adopted quietly ("Dec 7-8" ->
    "Saturday 7 Dec"); a wider one is a vaguer report of the same dates and changes nothing
    (else "could meet Dec 7-8" after "will meet Saturday" flip-flops); any other is a move."""
    if fact.date is None:
        return False, known.date, known.date_end
    if known.date is None:
        return True, fact.date, fact.date_end
    lo, hi = known.date, known.date_end or known.date
    start, end = fact.date, fact.date_end or fact.date
    if lo <= start and end <= hi:
        return False, fact.date, fact.date_end
    if start <= lo and hi <= end:
        return False, known.date, known.date_end
    return True, fact.date, fact.date_end


def _meeting_change(fact: Meeting, state: KnownFact | None) -> tuple[ChangeKind | None, Meeting]:
    if state is None:
        return "new", fact
    known = state.fact
    assert isinstance(known, Meeting)
    # a later, weaker wording ("could meet on ..." after "will meet on Saturday") is a rumour
    # about what is already firm: it changes neither the status nor the date
    if (
        fact.status in _MEETING_RANK
        and known.status in _MEETING_RANK
        and _MEETING_RANK[fact.status] < _MEETING_RANK[known.status]
    ):
        return None, known
    moved, start, end = _meeting_dates(known, fact)
    merged = replace(
        fact,
        participants=fact.participants or known.participants,
        place=fact.place or known.place,
        date=start,
        date_end=end,
    )
    if fact.status != known.status:
        return "status_changed", merged
    return ("date_changed" if moved else None), merged


def _control_change(fact: Control, state: KnownFact | None) -> tuple[ChangeKind | None, Control]:
    if state is None:
        return "new", fact
    known = state.fact
    assert isinstance(known, Control)
    if slug(fact.actor) != slug(known.actor):
        # another actor: news when it takes the place, or when the holder withdraws
        if fact.status == "contested" and known.status != "captured":
            return None, known
        return "status_changed", fact
    if fact.status == known.status:
        return None, known
    if fact.status == "withdrawn" or known.status == "withdrawn":
        return "status_changed", fact
    if _CONTROL_RANK[fact.status] > _CONTROL_RANK[known.status]:
        return "status_changed", fact
    return None, known


def _older_than_state(fact: Figure, state: KnownFact | None) -> bool:
    """The figure is dated before what the series already knows."""
    if state is None or fact.as_of is None:
        return False
    known = state.fact
    known_date = known.as_of if isinstance(known, Figure) else None
    if known_date is None and state.published is not None:
        known_date = state.published.date()
    return known_date is not None and fact.as_of < known_date


def _strongest(facts: list[Fact]) -> list[Fact]:
    """One figure per series and status from one entry: the highest (an article that says
    "50,000 last week, now 280,000" reports 280,000)."""
    best: dict[tuple[str, str], Figure] = {}
    others: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Figure):
            key = (figure_series(fact), fact.status)
            if key not in best or fact.figure > best[key].figure:
                best[key] = fact
        else:
            others.append(fact)
    return [*best.values(), *others]


def _new_projection(known: Figure | None, fact: Figure) -> bool:
    """A projection value is news when it differs beyond a restatement, up or down."""
    if known is None:
        return True
    lower = fact.figure < known.figure * (1 - REPEAT_TOLERANCE)
    return lower or not is_restatement(known.figure, fact.figure)


def _conflict(state: KnownFact, conflict: Figure) -> dict[str, object]:
    return {
        "entry_title": state.entry_title,
        "entry_link": state.entry_link,
        "published": state.published,
        "projection": state.projection,
        "reports": state.reports,
        "conflicts": (*state.conflicts, conflict)[-10:],
    }


def decide(
    facts: Iterable[Fact],
    entry: EntryData,
    known: Mapping[str, KnownFact],
    now: datetime,
    max_age: timedelta,
) -> Decision:
    """Compare the facts of one entry with the known states; `known` holds every state that may
    be concerned (figures and control by series, and the open meetings)."""
    published = (entry.published or now).date()
    states: dict[str, KnownFact] = dict(known)
    changed: dict[str, KnownFact] = {}
    changes: dict[str, FactChange] = {}
    observed: list[tuple[str, Fact]] = []

    def keep(series: str, fact: Fact, state: KnownFact | None, **extra: object) -> None:
        """Store the series' state; a restatement of the same fact counts one more report."""
        if state is not None and state.fact == fact:
            new_state = replace(state, updated_at=now, reports=state.reports + 1)
        else:
            new_state = KnownFact(
                series=series,
                kind=fact.kind,
                fact=fact,
                entry_title=entry.title,
                entry_link=entry.link,
                published=entry.published,
                updated_at=now,
                projection=state.projection if state else None,
                conflicts=state.conflicts if state else (),
            )
        states[series] = changed[series] = replace(new_state, **extra)  # type: ignore[arg-type]

    for fact in _strongest(list(facts)):
        series = series_of(fact, states, published)
        state = states.get(series)
        if isinstance(fact, Meeting) and not fact.participants and state is None:
            continue  # a meeting with no named party only updates one already known
        observed.append((series, fact))
        stale = is_stale(fact, entry, now, max_age)
        change: ChangeKind | None
        if isinstance(fact, Figure) and fact.status == "projection":
            is_news = _new_projection(state.projection if state else None, fact)
            if state is None:
                keep(series, fact, None, projection=fact)
            elif is_news:
                keep(series, state.fact, state, projection=fact)
            if is_news and not stale:
                folded = changes.get(series)
                if folded is not None and folded.change in ("new", "rising"):
                    changes[series] = replace(folded, projection=fact)
                else:
                    changes[series] = FactChange(
                        series=series,
                        change="projection",
                        fact=fact,
                        previous=state,
                        entry=entry,
                        key=change_key("projection", fact),
                        projection=fact,
                    )
            continue
        new_fact: Fact
        if isinstance(fact, Figure) and stale and _older_than_state(fact, state):
            continue  # a 2022 report resurfacing (haiti-03) is history: it replaces nothing
        if isinstance(fact, Figure):
            change, new_fact, conflict = _figure_change(fact, state)
            top = _siblings_top(states, series, fact)
            if change in ("new", "rising") and (
                (top is not None and is_restatement(top, fact.figure))
                or _other_level_says(states, series, fact)
            ):
                # another reporter already said as much ("Lebanese health officials" with 2,500
                # after the ministry's 2,574, leb-12), or the country's series of a place's:
                # the series keeps it, nobody is alerted
                change = None
            if conflict is not None and state is not None:
                # a lower figure is kept for the record, and is not one more report of the state
                keep(series, new_fact, None, **_conflict(state, conflict))
            else:
                keep(series, new_fact, state)
        elif isinstance(fact, Meeting):
            change, new_fact = _meeting_change(fact, state)
            keep(series, new_fact, state)
        else:
            change, new_fact = _control_change(fact, state)
            keep(series, new_fact, state)
        if change is None or stale:
            continue
        pending = changes.get(series)
        changes[series] = FactChange(
            series=series,
            change=change,
            fact=new_fact,
            previous=state,
            entry=entry,
            key=change_key(change, new_fact),
            projection=pending.projection if pending else None,
        )
    return Decision(tuple(changes.values()), tuple(changed.values()), tuple(observed))
