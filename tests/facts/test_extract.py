"""extract_facts on the two seeds: the exact facts the demo depends on, and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bot.facts.extract import extract_facts
from bot.models import Article, Control, Fact, Figure, Meeting


def _blank(fact: Fact) -> Fact:
    return replace(fact, sentence="")


SEED_001: tuple[Fact, ...] = (
    Meeting(("IR", "QA", "RU", "TR"), "Doha", date(2024, 12, 7), date(2024, 12, 8), "proposed", ""),
    Control("Aleppo", "HTS", "captured", None, "", country="SY"),
    Figure("displacement", 50000, "nearly", "reported", "Syria", "SY", "OCHA",
           date(2024, 11, 30), None, ""),
)  # fmt: skip

SEED_000: tuple[Fact, ...] = (
    Meeting(("IR", "RU", "TR"), "Doha", date(2024, 12, 7), None, "planned", ""),
    Figure("displacement", 280000, "an estimated", "reported", "Syria", "SY", "UN",
           date(2024, 12, 6), date(2024, 11, 27), ""),
    Figure("displacement", 1500000, None, "projection", "Syria", "SY", "UN",
           date(2024, 12, 6), date(2024, 11, 27), ""),
    Control("Homs", "HTS", "contested", date(2024, 12, 6), "", country="SY"),
    Control("Rastan", "HTS", "claimed", None, "", country="SY"),
    Control("Talbiseh", "HTS", "claimed", None, "", country="SY"),
)  # fmt: skip


def test_seed_001_yields_exactly_the_demo_facts(seed_article: Callable[[str], Article]) -> None:
    facts = extract_facts(seed_article("001"))
    assert tuple(_blank(f) for f in facts) == SEED_001


def test_seed_000_yields_exactly_the_demo_facts(seed_article: Callable[[str], Article]) -> None:
    facts = extract_facts(seed_article("000"))
    assert tuple(_blank(f) for f in facts) == SEED_000


def test_every_fact_keeps_the_body_sentence_it_came_from(
    seed_article: Callable[[str], Article],
) -> None:
    for which in ("000", "001"):
        art = seed_article(which)
        for fact in extract_facts(art):
            assert fact.sentence in art.sentences
    facts = extract_facts(seed_article("001"))
    assert facts[2].sentence.startswith("Nearly 50,000 people")


def test_nothing_comes_from_the_appended_interview(seed_article: Callable[[str], Article]) -> None:
    facts = extract_facts(seed_article("000"))
    assert not any("Dr. Carter" in f.sentence or "estimates that over" in f.sentence for f in facts)


def test_identical_statements_give_one_fact(make_article_: Callable[..., Article]) -> None:
    sentence = "Nearly 50,000 people have been displaced in Syria, the UN said on Monday."
    art = make_article_(f"{sentence}\n\nMore news.\n\nAgain: {sentence}", date(2024, 12, 3))
    figures = [f for f in extract_facts(art) if isinstance(f, Figure)]
    assert len(figures) == 1


def test_a_heading_figure_merges_into_the_body_figure(
    make_article_: Callable[..., Article],
) -> None:
    art = make_article_(
        "Offensive Triggers Crisis As 280,000 Flee Their Homes\n\n"
        "An estimated 280,000 people have been displaced in Syria, the UN said on Friday.",
        date(2024, 12, 6),
    )
    (fig,) = extract_facts(art)
    assert isinstance(fig, Figure)
    assert (fig.figure, fig.qualifier, fig.reporter) == (280000, "an estimated", "UN")
    assert fig.sentence.startswith("An estimated")


def test_a_heading_only_figure_without_source_is_dropped(
    make_article_: Callable[..., Article],
) -> None:
    art = make_article_("Syria Offensive As 280,000 Flee Their Homes\n\nNothing else here.",
                        date(2024, 12, 6))  # fmt: skip
    assert extract_facts(art) == ()


def test_one_control_fact_per_place_keeps_the_highest_status(
    make_article_: Callable[..., Article],
) -> None:
    art = make_article_(
        "HTS fighters entered the outskirts of Hama on Thursday.\n\nHTS captured Hama on Friday.",
        date(2024, 12, 6),
    )
    facts = extract_facts(art)
    assert [(_blank(f)) for f in facts] == [
        Control("Hama", "HTS", "captured", date(2024, 12, 6), "", country="SY")
    ]


def test_a_seasons_running_total_beside_the_events_toll_is_background(
    make_article_: Callable[..., Article],
) -> None:
    # nep-02: the season's 254 would open Nepal's series above every toll of the floods
    text = (
        "Floods and landslides have killed at least 66 people in Nepal since early on Friday, "
        "a Home Ministry official said on Saturday.\n\n"
        "Officials say at least 254 people had died in Nepal in rain-related disasters since the "
        "season began in June."
    )
    figures = [f for f in extract_facts(make_article_(text, date(2024, 9, 28)))]
    assert [(f.figure, f.place) for f in figures if isinstance(f, Figure)] == [(66, "Nepal")]


def test_a_running_total_told_alone_is_the_toll(make_article_: Callable[..., Article]) -> None:
    # pak-02: the season's total is the floods' toll when nothing else is
    text = "That brings the season's total since 14 June to about 982 deaths across Pakistan."
    figures = [f for f in extract_facts(make_article_(text, date(2022, 8, 27)))]
    assert [(f.figure, f.place) for f in figures if isinstance(f, Figure)] == [(982, "Pakistan")]


def test_an_old_page_resurfacing_gives_no_facts(make_article_: Callable[..., Article]) -> None:
    # tw-02: a 2018 page in the feed on the day of the 2024 quake; its toll is history
    text = (
        "Taipei Times · Front Page · Thu, Feb 08, 2018 · page 1\n\n"
        "Seven people were killed and 260 injured in Hualien, officials said."
    )
    assert extract_facts(make_article_(text, date(2024, 4, 3))) == ()
    fresh = text.replace("2018", "2024").replace("Feb 08", "Apr 03")
    assert [f.figure for f in extract_facts(make_article_(fresh, date(2024, 4, 3)))] == [7]  # type: ignore[union-attr]
