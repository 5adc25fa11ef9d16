"""The diff rules as tables: a sequence of articles' facts -> the changes each one raises."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.diff import decide, is_restatement, same_meeting
from bot.models import Control, EntryData, Fact, FactChange, Figure, KnownFact, Meeting

MAX_AGE = timedelta(days=7)
D = date


def fig(
    value: int,
    *,
    status: str = "reported",
    reporter: str | None = "UN",
    kind: str = "displacement",
    place: str = "Syria",
    country: str = "SY",
    as_of: date | None = None,
    qualifier: str | None = None,
    killed: int | None = None,
) -> Figure:
    return Figure(kind=kind, figure=value, qualifier=qualifier, status=status, place=place,  # type: ignore[arg-type]
                  country=country, reporter=reporter, as_of=as_of, since=None, sentence=f"{value}",
                  killed=killed)  # fmt: skip


SATURDAY = D(2024, 12, 7)


def meet(
    *parties: str,
    place: str | None = "Doha",
    on: date | None = SATURDAY,
    end: date | None = None,
    status: str = "planned",
) -> Meeting:
    return Meeting(participants=tuple(sorted(parties)), place=place, date=on, date_end=end,  # type: ignore[arg-type]
                   status=status, sentence="m")  # fmt: skip


def held(place: str, actor: str, status: str) -> Control:
    return Control(place=place, actor=actor, status=status, date=None, sentence="c", country="SY")  # type: ignore[arg-type]


def run(
    steps: Sequence[Sequence[Fact]],
    *,
    start: datetime = datetime(2024, 12, 3, 12, tzinfo=UTC),
    ages: Sequence[timedelta] | None = None,
) -> list[list[FactChange]]:
    """Feed each step's facts as one article published a day after the previous one."""
    known: dict[str, KnownFact] = {}
    out = []
    for number, facts in enumerate(steps):
        now = start + timedelta(days=number)
        published = now - (ages[number] if ages else timedelta(0))
        entry = EntryData(feed="f", guid=str(number), link=None, title=f"a{number}",
                          published=published, content="")  # fmt: skip
        decision = decide(facts, entry, known, now, MAX_AGE)
        known.update({state.series: state for state in decision.states})
        out.append(list(decision.changes))
    return out


def kinds(result: list[list[FactChange]]) -> list[list[str]]:
    return [[change.change for change in step] for step in result]


FIGURE_CASES = [
    # (why, steps, expected change kinds per step)
    ("a first figure is news", [[fig(50_000)]], [["new"]]),
    ("seeds: ~50,000 (OCHA) then 280,000 (UN) is a rise",
     [[fig(50_000, reporter="OCHA", qualifier="nearly")], [fig(280_000)]], [["new"], ["rising"]]),
    ("the same figure from another article is not news", [[fig(280_000)], [fig(280_000)]], [["new"], []]),
    ("'nearly 300,000' after 280,000 is a rounded restatement",
     [[fig(280_000)], [fig(300_000, qualifier="nearly")]], [["new"], []]),
    ("290,000 after 280,000 is a rise", [[fig(280_000)], [fig(290_000)]], [["new"], ["rising"]]),
    ("within 2% is a repeat", [[fig(280_000)], [fig(284_000)]], [["new"], []]),
    ("sl-12: an exact count within 2% is a rise", [[fig(607)], [fig(611)]], [["new"], ["rising"]]),
    ("a lower figure from another source is never a fall",
     [[fig(280_000)], [fig(250_000, reporter="IOM")]], [["new"], []]),
    ("another reporter's count no higher than a known one is not news; above it, it is",
     [[fig(2_574, kind="casualties", reporter="Health Ministry")],
      [fig(2_500, kind="casualties", reporter="UN")],
      [fig(2_800, kind="casualties", reporter="UN")]], [["new"], [], ["rising"]]),
    ("a projection alongside a known figure is news, flagged as a projection",
     [[fig(280_000)], [fig(1_500_000, status="projection")]], [["new"], ["projection"]]),
    ("the same projection again is not news",
     [[fig(280_000), fig(1_500_000, status="projection")], [fig(1_500_000, status="projection")]],
     [["new"], []]),
    ("a new projection value is news",
     [[fig(1_500_000, status="projection")], [fig(2_000_000, status="projection")]],
     [["projection"], ["projection"]]),
    ("a sub-region is its own series",
     [[fig(280_000)], [fig(40_000, place="Aleppo")]], [["new"], ["new"]]),
    ("each reporter's casualty count is its own series, but a lower one is not news",
     [[fig(20, kind="casualties", reporter="Health Ministry", killed=20)],
      [fig(18, kind="casualties", reporter="SOHR", killed=18)]], [["new"], []]),
    ("a casualty count that rises", [[fig(20, kind="casualties", killed=20)], [fig(35, kind="casualties", killed=35)]],
     [["new"], ["rising"]]),
    ("a figure dated more than max_age before now never alerts",
     [[fig(50_000, as_of=D(2024, 11, 1))]], [[]]),
    # tw-01 / tw-04 / tw-05: "four dead, all in Hualien County", then nine in Hualien, then
    # Taiwan's nine: one number the country and its region share is told once
    ("a place's figure the country's series already holds is not news, nor the reverse",
     [[fig(4, kind="casualties", place="Taiwan", country="TW", killed=4)],
      [fig(4, kind="casualties", place="Hualien", country="TW", killed=4)],
      [fig(9, kind="casualties", place="Hualien", country="TW", killed=9)],
      [fig(9, kind="casualties", place="Taiwan", country="TW", killed=9)]],
     [["new"], [], ["rising"], []]),
    # gofa-01: "more than 20 in Gofa Zone" and Ethiopia's 20 in one article; the zone is a unit
    # the gazetteer does not know
    ("a unit's figure the country's series holds is not news either",
     [[fig(20, kind="casualties", place="Ethiopia", country="ET", killed=20),
       fig(20, kind="casualties", place="Gofa", country="ET", killed=20)]],
     [["new"]]),
    ("a place's figure below the country's is its own news; one equal to it is not",
     [[fig(280_000)], [fig(40_000, place="Aleppo")], [fig(280_000, place="Aleppo")]],
     [["new"], ["new"], []]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("why", "steps", "expected"), FIGURE_CASES, ids=[c[0] for c in FIGURE_CASES]
)
def test_figure_rules(why: str, steps: list[list[Fact]], expected: list[list[str]]) -> None:
    assert kinds(run(steps)) == expected


def test_rising_alert_names_the_previous_state_and_folds_the_projection() -> None:
    first = fig(50_000, reporter="OCHA", qualifier="nearly", as_of=D(2024, 11, 30))
    result = run(
        [[first], [fig(280_000, as_of=D(2024, 12, 4)), fig(1_500_000, status="projection")]]
    )
    (rising,) = result[1]
    assert rising.change == "rising"
    assert rising.previous is not None and rising.previous.fact == first
    assert rising.projection is not None and rising.projection.figure == 1_500_000
    assert rising.fact.figure == 280_000  # type: ignore[union-attr]


def test_a_projection_is_never_taken_for_the_figure() -> None:
    result = run([[fig(280_000)], [fig(1_500_000, status="projection")], [fig(300_000)]])
    # 300,000 after 280,000 (with 1.5 million projected) is a rounded restatement of 280,000
    assert kinds(result) == [["new"], ["projection"], []]


def test_a_lower_figure_is_kept_as_a_conflict() -> None:
    known: dict[str, KnownFact] = {}
    now = datetime(2024, 12, 6, tzinfo=UTC)
    for number, fact in enumerate([fig(280_000), fig(250_000, reporter="IOM")]):
        entry = EntryData(
            feed="f", guid=str(number), link=None, title="t", published=now, content=""
        )
        decision = decide([fact], entry, known, now, MAX_AGE)
        known.update({s.series: s for s in decision.states})
    (state,) = known.values()
    assert state.fact.figure == 280_000  # type: ignore[union-attr]
    assert [c.figure for c in state.conflicts] == [250_000]


def test_an_old_article_updates_the_state_silently() -> None:
    result = run([[fig(50_000)], [fig(280_000)], [fig(400_000)]],
                 ages=[timedelta(0), timedelta(days=10), timedelta(0)])  # fmt: skip
    assert kinds(result) == [["new"], [], ["rising"]]
    assert result[2][0].previous is not None
    assert result[2][0].previous.fact.figure == 280_000  # type: ignore[union-attr]


def test_a_resurfacing_old_report_replaces_nothing() -> None:
    # haiti-03: "As of 31 August 2022, 87,895 people had been displaced" republished in Nov 2024
    # must not become the figure that the next real rise (40,965, haiti-04) is compared with
    result = run([[fig(20_000, as_of=D(2024, 12, 5))], [fig(87_895, as_of=D(2022, 8, 31))],
                  [fig(40_965, as_of=D(2024, 12, 6))]])  # fmt: skip
    assert kinds(result) == [["new"], [], ["rising"]]
    assert result[2][0].previous is not None
    assert result[2][0].previous.fact.figure == 20_000  # type: ignore[union-attr]


def test_repeats_are_counted_as_reports() -> None:
    known: dict[str, KnownFact] = {}
    now = datetime(2024, 12, 6, tzinfo=UTC)
    for number in range(3):
        entry = EntryData(
            feed="f", guid=str(number), link=None, title="t", published=now, content=""
        )
        decision = decide([fig(280_000)], entry, known, now, MAX_AGE)
        known.update({s.series: s for s in decision.states})
    assert next(iter(known.values())).reports == 3


MEETING_CASES = [
    ("a first meeting is news", [[meet("IR", "QA", "RU", "TR", on=D(2024, 12, 7), end=D(2024, 12, 8), status="proposed")]],
     [["new"]]),
    ("seeds: proposed for 7-8 Dec, then planned for Saturday 7 Dec, minus the host",
     [[meet("IR", "QA", "RU", "TR", on=D(2024, 12, 7), end=D(2024, 12, 8), status="proposed")],
      [meet("IR", "RU", "TR", on=D(2024, 12, 7))]], [["new"], ["status_changed"]]),
    ("a weaker restatement ('could meet' after 'will meet') is not news",
     [[meet("IR", "RU", "TR")], [meet("IR", "RU", "TR", status="proposed")]], [["new"], []]),
    ("the same meeting restated is not news", [[meet("IR", "RU", "TR")], [meet("RU", "TR", "IR")]], [["new"], []]),
    ("a postponement is news", [[meet("IR", "RU", "TR")], [meet("IR", "RU", "TR", status="postponed")]],
     [["new"], ["status_changed"]]),
    ("a cancellation is news", [[meet("IR", "RU", "TR")], [meet("IR", "RU", "TR", status="cancelled")]],
     [["new"], ["status_changed"]]),
    ("held is news", [[meet("IR", "RU", "TR")], [meet("IR", "RU", "TR", status="held")]], [["new"], ["status_changed"]]),
    ("a date outside what was known is news",
     [[meet("IR", "RU", "TR")], [meet("IR", "RU", "TR", on=D(2024, 12, 10))]], [["new"], ["date_changed"]]),
    ("a narrower date inside the known range is not news",
     [[meet("IR", "RU", "TR", on=D(2024, 12, 7), end=D(2024, 12, 8))],
      [meet("IR", "RU", "TR", on=D(2024, 12, 8))]], [["new"], []]),
    ("a vaguer range containing the known date is not a move, and does not flip-flop",
     [[meet("IR", "RU", "TR", on=D(2024, 12, 7))],
      [meet("IR", "RU", "TR", on=D(2024, 12, 7), end=D(2024, 12, 8), status="proposed")],
      [meet("IR", "RU", "TR", on=D(2024, 12, 7))],
      [meet("IR", "RU", "TR", on=D(2024, 12, 7), end=D(2024, 12, 8), status="proposed")]],
     [["new"], [], [], []]),
    ("a date set for a meeting known without one is news",
     [[meet("IR", "RU", "TR", on=None)], [meet("IR", "RU", "TR", on=D(2024, 12, 9))]], [["new"], ["date_changed"]]),
    ("a weaker report does not move a firm date",
     [[meet("IR", "RU", "TR", on=D(2024, 12, 7))], [meet("IR", "RU", "TR", on=D(2024, 12, 12), status="proposed")]],
     [["new"], []]),
    ("another place is another meeting",
     [[meet("IR", "RU", "TR")], [meet("IR", "RU", "TR", place="Astana")]], [["new"], ["new"]]),
    ("a meeting of years ago (the Astana process) never alerts",
     [[meet("IR", "RU", "TR", place="Astana", on=D(2015, 1, 1))]], [[]]),
    # leb-12: "Seventy government delegations ... met in Paris on Thursday"
    ("a meeting that names no party updates the one known at its place",
     [[meet("FR", place="Paris")], [meet(place="Paris", status="held")]], [["new"], ["status_changed"]]),
    ("a meeting that names no party is never a new one",
     [[meet("FR", place="Paris")], [meet(place="Geneva", status="held")]], [["new"], []]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("why", "steps", "expected"), MEETING_CASES, ids=[c[0] for c in MEETING_CASES]
)
def test_meeting_rules(why: str, steps: list[list[Fact]], expected: list[list[str]]) -> None:
    assert kinds(run(steps)) == expected


CONTROL_CASES = [
    ("a first report of control is news", [[held("Aleppo", "HTS", "captured")]], [["new"]]),
    ("contested is news too", [[held("Homs", "HTS", "contested")]], [["new"]]),
    ("claimed -> captured is a status upgrade",
     [[held("Rastan", "HTS", "claimed")], [held("Rastan", "HTS", "captured")]], [["new"], ["status_changed"]]),
    ("captured -> claimed is a weaker restatement",
     [[held("Rastan", "HTS", "captured")], [held("Rastan", "HTS", "claimed")]], [["new"], []]),
    ("the same report again is not news",
     [[held("Aleppo", "HTS", "captured")], [held("Aleppo", "HTS", "captured")]], [["new"], []]),
    ("another actor taking the place is news",
     [[held("Aleppo", "HTS", "captured")], [held("Aleppo", "Syrian government forces", "captured")]],
     [["new"], ["status_changed"]]),
    ("a withdrawal is news",
     [[held("Aleppo", "HTS", "captured")], [held("Aleppo", "HTS", "withdrawn")]], [["new"], ["status_changed"]]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("why", "steps", "expected"), CONTROL_CASES, ids=[c[0] for c in CONTROL_CASES]
)
def test_control_rules(why: str, steps: list[list[Fact]], expected: list[list[str]]) -> None:
    assert kinds(run(steps)) == expected


def test_change_keys_make_the_same_news_one_alert() -> None:
    a = run([[fig(50_000)], [fig(280_000)]])[1][0]
    b = run([[fig(50_000)], [replace(fig(280_000), reporter="OCHA")]])[1][0]
    assert (a.series, a.key) == (b.series, b.key)


@pytest.mark.parametrize(
    ("known", "new", "same"),
    [(280_000, 280_000, True), (280_000, 300_000, True), (280_000, 290_000, False),
     (284_512, 285_000, True), (50_000, 280_000, False), (1_480_000, 1_500_000, True),
     (1_400_000, 1_500_000, False), (280_000, 250_000, True)],
)  # fmt: skip
def test_restatement(known: int, new: int, same: bool) -> None:
    assert is_restatement(known, new) is same


def test_same_meeting_needs_overlapping_parties() -> None:
    assert same_meeting(meet("IR", "QA", "RU", "TR"), meet("IR", "RU", "TR"))
    assert not same_meeting(meet("IR", "RU", "TR"), meet("US", "UA"))
    assert not same_meeting(meet("IR", "RU"), meet("IR", "RU", on=D(2025, 3, 1)))


def test_one_party_in_common_is_the_same_meeting_only_within_a_week() -> None:
    # kas-09: Pakistan's donors' conference three weeks after its talks with India
    talks = meet("IN", "PK", place=None, on=D(2005, 10, 29))
    assert not same_meeting(talks, meet("PK", place="Islamabad", on=D(2005, 11, 19)))
    assert same_meeting(talks, meet("PK", place="Islamabad", on=D(2005, 11, 4)))
    # two parties in common: the same talks moved by three weeks
    assert same_meeting(talks, meet("IN", "PK", place="Islamabad", on=D(2005, 11, 19)))
