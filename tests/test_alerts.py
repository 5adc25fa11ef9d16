"""Rendering: the wire-flash line of each change, as a table of facts -> text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from test_diff import fig, run

from bot.alerts import amount, day, day_range, participants_text, render

NOW = datetime(2024, 10, 24, 12, tzinfo=UTC)


def test_the_previous_value_carries_its_own_date_not_the_new_articles() -> None:
    """leb-11 (fresh corpus): "up from 77 (Health Ministry, 24 Oct)" for a figure of 5 Oct."""
    old = fig(77, kind="casualties", reporter="Health Ministry", place="Lebanon", country="LB",
              killed=77)  # fmt: skip
    new = fig(120, kind="casualties", reporter="Health Ministry", place="Lebanon", country="LB",
              killed=120)  # fmt: skip
    start = datetime(2024, 10, 5, 12, tzinfo=UTC)
    result = run([[old], [new]], start=start, ages=[timedelta(0), timedelta(0)])
    (rising,) = result[1]
    text = render(rising, start + timedelta(days=1))
    assert text == (
        "Casualties rising — Lebanon: 120 killed (Health Ministry, 6 Oct), "
        "up from 77 (Health Ministry, 5 Oct)."
    )


def test_a_stated_as_of_date_wins_over_the_articles_date() -> None:
    old = fig(50_000, reporter="OCHA", qualifier="nearly", as_of=date(2024, 11, 30))
    result = run([[old], [fig(280_000, as_of=date(2024, 12, 4))]])
    text = render(result[1][0], NOW)
    assert "280,000 displaced (UN, 4 Dec), up from ~50,000 (OCHA, 30 Nov)." in text


def test_a_cross_border_flow_says_where_from_and_is_its_own_series() -> None:
    """leb-04 / leb-05: crossings into Syria from Lebanon, beside Syria's own displacement."""
    start = datetime(2024, 9, 29, 12, tzinfo=UTC)
    inside = fig(400_000)
    crossed = replace(fig(100_000, reporter="UNHCR"), origin="LB")
    more = replace(fig(170_000, reporter="UNHCR"), origin="LB")
    result = run([[inside, crossed], [more]], start=start)
    assert sorted(c.series for c in result[0]) == [
        "displacement:SY:syria", "displacement:SY:syria:from-lb"
    ]  # fmt: skip
    (rising,) = result[1]
    assert render(rising, start + timedelta(days=1)) == (
        "Displacement rising — Syria: 170,000 crossed from Lebanon (UNHCR, 30 Sep), "
        "up from 100,000 (UNHCR, 29 Sep)."
    )


def test_a_flow_abroad_is_its_own_series_and_says_so() -> None:
    """khartoum-08 / khartoum-10: people who fled into "neighbouring countries"."""
    start = datetime(2023, 5, 2, 12, tzinfo=UTC)
    inside = fig(330_000, place="Sudan", country="SD")
    abroad = replace(fig(100_000, place="Sudan", country="SD"), origin="SD")
    more = replace(fig(115_000, reporter="IOM", place="Sudan", country="SD"), origin="SD")
    result = run([[inside, abroad], [more]], start=start)
    assert sorted(c.series for c in result[0]) == [
        "displacement:SD:sudan", "displacement:SD:sudan:from-sd"
    ]  # fmt: skip
    (rising,) = result[1]
    assert render(rising, start + timedelta(days=4)) == (
        "Displacement rising — Sudan: 115,000 fled abroad (IOM, 3 May), up from 100,000 (UN, 2 May)."
    )


@pytest.mark.parametrize(
    ("value", "qualifier", "text"),
    [
        (50_000, "nearly", "~50,000"),  # seed 001 "Nearly 50,000"
        (280_000, "an estimated", "280,000"),  # seed 000: the UN's figures are estimates
        (3_000, "more than", "over 3,000"),
        (20, "at least", "at least 20"),
        (1_500_000, None, "1.5 million"),
        (20_000, "tens of thousands", "tens of thousands"),
        (1_234_567, None, "1,234,567"),
    ],
)
def test_amounts(value: int, qualifier: str | None, text: str) -> None:
    assert amount(value, qualifier) == text


def test_dates_add_the_year_only_when_it_differs() -> None:
    assert day(date(2024, 11, 27), date(2024, 12, 6)) == "27 Nov"
    assert day(date(2023, 11, 27), date(2024, 12, 6)) == "27 Nov 2023"
    assert day_range(date(2024, 12, 7), date(2024, 12, 8), date(2024, 12, 3)) == "7–8 Dec"
    assert day_range(date(2024, 12, 7), None, date(2024, 12, 3)) == "Sat 7 Dec"


def test_an_organisations_code_is_not_read_as_a_country() -> None:
    """kit-10: the African Union's "AU" is also Australia's ISO code."""
    assert participants_text(("AU", "ZA")) == "AU and South Africa"
    assert participants_text(("EU", "UA")) == "EU and Ukraine"
    assert participants_text(("AU",)) == "AU"
