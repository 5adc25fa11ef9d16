"""figures: displacement and casualty figures from sentences, with their context."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bot.facts.context import Context
from bot.facts.figures import extract_figures, reporter_in

MakeCtx = Callable[..., Context]

FRI = date(2024, 12, 6)
TUE = date(2024, 12, 3)
SUN = date(2024, 12, 8)


def _figures(make_ctx: MakeCtx, sentences: str | list[str], published: date) -> list[Any]:
    return [f for _, _, f in extract_figures(make_ctx(sentences, published))]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # seed 000
        ("Since the armed factions launched their offensive on November 27, an estimated 280,000 "
         "people have been displaced in Syria, according to data released by the United Nations "
         "on Friday.", FRI,
         dict(kind="displacement", figure=280000, qualifier="an estimated", status="reported",
              place="Syria", country="SY", reporter="UN", as_of=date(2024, 12, 6),
              since=date(2024, 11, 27))),
        # seed 001
        ("Nearly 50,000 people have also been freshly displaced in Syria as of the end of "
         "November, the UN Office for the Coordination of Humanitarian Affairs reported Monday.",
         TUE,
         dict(kind="displacement", figure=50000, qualifier="nearly", status="reported",
              place="Syria", country="SY", reporter="OCHA", as_of=date(2024, 11, 30), since=None)),
        # the generic casualty case
        ("An airstrike killed at least 20 people and wounded 45 in Gaza, the health ministry said "
         "on Sunday.", SUN,
         dict(kind="casualties", figure=20, qualifier="at least", killed=20, injured=45,
              status="reported", place="Gaza", country="PS", reporter="Health Ministry",
              as_of=date(2024, 12, 8))),
        ("Tens of thousands have fled El Fasher, the IOM said.", FRI,
         dict(kind="displacement", figure=20000, qualifier="tens of thousands", place="El Fasher",
              country="SD", reporter="IOM")),
        ("Some 15,000 refugees crossed from Syria into Lebanon, UNHCR said.", FRI,
         dict(kind="displacement", figure=15000, qualifier="some", place="Syria",
              reporter="UNHCR")),
        ("Two million people could be displaced in Sudan by March, WFP warned.", FRI,
         dict(kind="displacement", figure=2000000, status="projection", reporter="WFP")),
        ("Up to 1 million people are at risk of displacement in Haiti.", FRI,
         dict(figure=1000000, qualifier="up to", status="projection", country="HT")),
        ("The death toll in Gaza rose to 45, the health ministry said.", FRI,
         dict(kind="casualties", figure=45, killed=45, injured=None)),
        ("More than 300 people were injured in Kharkiv, officials said.", FRI,
         dict(kind="casualties", figure=300, qualifier="more than", killed=None, injured=300,
              country="UA")),
        ("At least 12 civilians were killed in Idlib, the Syrian Observatory for Human Rights "
         "said.", FRI, dict(kind="casualties", figure=12, place="Idlib", reporter="SOHR")),
    ],
)  # fmt: skip
def test_figure(
    make_ctx: MakeCtx, sentence: str, published: date, expected: dict[str, Any]
) -> None:
    (fig,) = _figures(make_ctx, sentence, published)
    assert {k: getattr(fig, k) for k in expected} == expected
    assert fig.sentence == sentence


def test_anaphoric_projection_inherits_from_the_previous_figure(make_ctx: MakeCtx) -> None:
    # seed 000: "Concerns are mounting that the number could skyrocket to 1.5 million."
    first, second = _figures(
        make_ctx,
        [
            "Since the armed factions launched their offensive on November 27, an estimated "
            "280,000 people have been displaced, according to data released by the United Nations "
            "on Friday.",
            "Concerns are mounting that the number could skyrocket to 1.5 million.",
            "Syria is at war.",
        ],
        FRI,
    )
    assert (second.figure, second.qualifier, second.status) == (1500000, None, "projection")
    for field in ("kind", "place", "country", "reporter", "since", "as_of"):
        assert getattr(second, field) == getattr(first, field)


def test_projection_in_the_same_sentence(make_ctx: MakeCtx) -> None:
    sentence = (
        "The UN estimates that over 280,000 people have been displaced in Syria, with fears that "
        "the number could reach 1.5 million."
    )
    reported, projected = _figures(make_ctx, sentence, FRI)
    assert (reported.figure, reported.qualifier, reported.status) == (280000, "over", "reported")
    assert (projected.figure, projected.status) == (1500000, "projection")


def test_an_anaphor_with_nothing_before_is_not_a_figure(make_ctx: MakeCtx) -> None:
    assert _figures(make_ctx, "The number could skyrocket to 1.5 million.", FRI) == []


def test_focus_country_ignores_parties_and_agencies(make_ctx: MakeCtx) -> None:
    (fig,) = _figures(
        make_ctx,
        [
            "The foreign ministers of Russia, Iran, Türkiye, and Qatar may meet next week.",
            "Russia’s state-run TASS news agency reported the talks.",
            "Fighting in Syria continues.",
            "Nearly 50,000 people have been displaced, the UN said.",
        ],
        TUE,
    )
    assert (fig.place, fig.country) == ("Syria", "SY")


@pytest.mark.parametrize(
    "sentence",
    [
        # seed 001: a population, not a crisis figure
        "The attack has seen swaths of Syria fall to rebel control, including the second city "
        "Aleppo, home to 2 million people, for the first time since the start of the civil war.",
        # seed 001: a war-long total
        "The conflict has since drawn in foreign powers as well as jihadists, and has left 500,000 "
        "people dead.",
        "Syria has been at war since Assad cracked down on democracy protests in 2011.",
        "Russia first intervened directly in Syria's war in 2015 with strikes on rebel-held areas.",
        "More than 500,000 people have been killed since 2011.",
        "The city has a population of 1.5 million people.",
        "The UN pledged $5 million for 20,000 meals.",
        "Aid reached 40 km from the front.",
        "The four-way talks could take place in Doha on Dec. 7-8.",
        "Around 300 trucks crossed the border.",
    ],
)
def test_not_figures(make_ctx: MakeCtx, sentence: str) -> None:
    assert _figures(make_ctx, sentence, TUE) == []


@pytest.mark.parametrize(
    ("sentence", "reporter"),
    [
        ("the UN Office for the Coordination of Humanitarian Affairs reported Monday", "OCHA"),
        ("according to data released by the United Nations on Friday", "UN"),
        ("the UN refugee agency said", "UNHCR"),
        ("the World Food Programme warned", "WFP"),
        ("the Gaza health ministry said", "Health Ministry"),
        ("Doctors Without Borders said", "MSF"),
        ("nobody said anything", None),
    ],
)
def test_reporter(sentence: str, reporter: str | None) -> None:
    assert reporter_in(sentence) == reporter
