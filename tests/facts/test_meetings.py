"""meetings: parties, venue, date and status of meetings, and what is not a meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bot.facts.context import Context
from bot.facts.meetings import extract_meetings

MakeCtx = Callable[..., Context]
FRI = date(2024, 12, 6)
TUE = date(2024, 12, 3)


def _meetings(make_ctx: MakeCtx, sentences: str | list[str], published: date,
              title: str = "") -> list[Any]:  # fmt: skip
    return [m for _, _, m in extract_meetings(make_ctx(sentences, published, title))]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # seed 000: parties from the list on the trigger, not the source or the apposition
        ("A Turkish diplomatic source informed Reuters on Friday that the foreign ministers of "
         "Turkey, Iran, and Russia will convene in Doha, Qatar’s capital, on Saturday.", FRI,
         (("IR", "RU", "TR"), "Doha", date(2024, 12, 7), None, "planned")),
        # seed 001 (+ a venue): "may meet next week to discuss ... in Syria": Syria is the topic
        ("The foreign ministers of Russia, Iran, Türkiye, and Qatar may meet in Doha next week to "
         "discuss the recent escalation in Syria.", TUE,
         (("IR", "QA", "RU", "TR"), "Doha", date(2024, 12, 9), date(2024, 12, 15), "proposed")),
        ("Russia and Ukraine held talks in Istanbul on Monday.", TUE,
         (("RU", "UA"), "Istanbul", date(2024, 12, 2), None, "held")),
        ("Egypt and Qatar are set to meet in Cairo on Thursday.", TUE,
         (("EG", "QA"), "Cairo", date(2024, 12, 5), None, "planned")),
        ("Talks between Sudan and the African Union in Jeddah were postponed to next week.", TUE,
         (("AU", "SD"), "Jeddah", date(2024, 12, 9), date(2024, 12, 15), "postponed")),
        ("A summit of Iraq, Jordan and Egypt in Baghdad on December 10 was cancelled.", TUE,
         (("EG", "IQ", "JO"), "Baghdad", date(2024, 12, 10), None, "cancelled")),
        ("The UN and the EU will meet in Geneva on Dec. 12.", TUE,
         (("EU", "UN"), "Geneva", date(2024, 12, 12), None, "planned")),
        ("Turkey met with Iran in Ankara on Monday.", TUE,
         (("IR", "TR"), "Ankara", date(2024, 12, 2), None, "held")),
        # goma-10: two organisations, a multi-word GeoNames city
        ("Leaders of the East African Community and the Southern African Development Community "
         "will hold a joint summit in Dar es Salaam on February 8.", date(2025, 2, 4),
         (("EAC", "SADC"), "Dar es Salaam", date(2025, 2, 8), None, "planned")),
        # goma-11: hyphen-joined parties
        ("The joint EAC-SADC summit will go ahead in Dar es Salaam on Saturday.", date(2025, 2, 7),
         (("EAC", "SADC"), "Dar es Salaam", date(2025, 2, 8), None, "planned")),
        # quake-08: one organisation's summit is a meeting of its members
        ("Min Aung Hlaing will travel to Bangkok for the BIMSTEC summit on April 3-4.",
         date(2025, 4, 1), (("BIMSTEC",), "Bangkok", date(2025, 4, 3), date(2025, 4, 4), "planned")),
    ],
)  # fmt: skip
def test_meeting(
    make_ctx: MakeCtx, sentence: str, published: date, expected: tuple[Any, ...]
) -> None:
    (m,) = _meetings(make_ctx, sentence, published)
    assert (m.participants, m.place, m.date, m.date_end, m.status) == expected
    assert m.sentence == sentence


def test_seed_001_mentions_merge_into_one_meeting(make_ctx: MakeCtx) -> None:
    meetings = _meetings(
        make_ctx,
        [
            "The four-way talks could take place in Doha on Dec. 7-8, according to Russia’s "
            "state-run TASS news agency, which cites Iranian and Arabic media coverage of "
            "bilateral talks between Turkish Foreign Minister Hakan Fidan and Iranian Foreign "
            "Minister Abbas Araqchi.",
            "The foreign ministers of Russia, Iran, Türkiye, and Qatar may meet next week to "
            "discuss the recent escalation in Syria.",
        ],
        TUE,
    )
    assert [(m.participants, m.place, m.date, m.date_end, m.status) for m in meetings] == [
        (("IR", "QA", "RU", "TR"), "Doha", date(2024, 12, 7), date(2024, 12, 8), "proposed")
    ]


def test_body_status_wins_over_the_title(make_ctx: MakeCtx) -> None:
    # seed 000: the title "Meet in Qatar" and the body's "will convene in Doha"
    meetings = _meetings(
        make_ctx,
        [
            "The foreign ministers of Turkey, Iran, and Russia will convene in Doha on Saturday.",
            "Their meeting aims to address the developments.",
            "The tripartite meeting will occur after rebels entered Homs on Friday.",
        ],
        FRI,
        title="Türkiye, Russia, Iran Meet in Qatar Amid Escalating Syria Conflict",
    )
    assert [(m.participants, m.place, m.date, m.status) for m in meetings] == [
        (("IR", "RU", "TR"), "Doha", date(2024, 12, 7), "planned")
    ]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # seed 001: a standing process and a past series
        ("Russia, Türkiye and Iran have held talks on Syria’s future as part of the Astana peace "
         "process since at least 2015.", TUE),
        # seed 001: reported coverage of bilateral talks, no venue or date
        ("TASS cites Iranian and Arabic media coverage of bilateral talks between Turkish Foreign "
         "Minister Hakan Fidan and Iranian Foreign Minister Abbas Araqchi.", TUE),
        # seed 000: the Astana process, sponsors listed
        ("Araqchi emphasized the need to “protect the achievements of the Astana process” which "
         "was sponsored by Russia, Iran and Turkey and brought about a ceasefire in Idlib in "
         "2020.", FRI),
        # seed 000: a statement and a visit are not meetings
        ("The UN warning coincides with a statement from Iraqi Foreign Minister Fuad Hussein and "
         "his Syrian counterpart, Bassam Sabbagh, who warned on Friday that recent developments "
         "in Syria pose a “serious threat”.", FRI),
        ("Prior to the turbines gathering, Iranian Foreign Minister Abbas Araqchi visited Turkey.",
         FRI),
        ("“I conveyed Iran’s message confirming its full and categorical support for the "
         "President of the Syrian Republic,” Araqchi stated.", FRI),
        # one party is no meeting; the topic is no party
        ("Iran will host a meeting in Tehran on Saturday to discuss Syria.", FRI),
        ("Russia and Iran met in Moscow in 2019.", FRI),
    ],
)  # fmt: skip
def test_not_meetings(make_ctx: MakeCtx, sentence: str, published: date) -> None:
    assert _meetings(make_ctx, sentence, published) == []
