"""Watchlist matching: case- and diacritic-insensitive, whole words, exclusions win, and one
automaton for all chats."""

from __future__ import annotations

import pytest

from bot.matching import MAX_TERM_LENGTH, Term, TermError, WatchIndex, normalize, parse_terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkiye", "turkiye"),
        ("TÜRKİYE's border", "turkiye s border"),
        ("  El-Fasher,  Sudan ", "el fasher sudan"),
        ("Côte d’Ivoire", "cote d ivoire"),
        ("São Tomé", "sao tome"),
        ("snake_case", "snake case"),
    ],
)  # fmt: skip
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_parse_terms_keeps_phrases_and_exclusions() -> None:
    terms = parse_terms('Sudan "El Fasher" -sport -"premier league" “Aleppo city”')
    assert [str(t) for t in terms] == [
        "Sudan",
        '"El Fasher"',
        "-sport",
        '-"premier league"',
        '"Aleppo city"',
    ]
    assert [(t.term, t.exclude) for t in terms] == [
        ("sudan", False), ("el fasher", False), ("sport", True), ("premier league", True), ("aleppo city", False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [('"el fasher', "unbalanced quotes"), ("---", "no letters or digits"), ("x" * (MAX_TERM_LENGTH + 1), "at most")],
)  # fmt: skip
def test_parse_terms_refuses(text: str, message: str) -> None:
    with pytest.raises(TermError, match=message):
        parse_terms(text)


def test_a_regex_is_just_text() -> None:
    (term,) = parse_terms("(a+)+$")
    assert term.term == "a"  # punctuation is not a pattern: no ReDoS


CHATS = {
    1: [("sudan", False)],
    2: [("turkiye", False)],
    3: [("iran", False)],
    4: [("el fasher", False)],
    5: [("sudan", False), ("sport", True)],
    6: [],  # empty: everything
    7: [("sport", True)],  # only exclusions: everything but sport
}


def index() -> WatchIndex:
    return WatchIndex(
        (chat, term, exclude) for chat, terms in CHATS.items() for term, exclude in terms
    )


@pytest.mark.parametrize(
    ("texts", "wanted"),
    [
        (("Displacement reported — Sudan: ~50,000 displaced",), {1, 5, 6, 7}),
        (("Displacement rising — Türkiye: 3,000 displaced",), {2, 6, 7}),
        (("Iranian envoy visits Damascus",), {6, 7}),  # whole words: Iranian is not Iran
        (("Fighting in EL FASHER", "Sudan sport news"), {1, 4, 6}),  # the exclusion wins
        (("Meeting planned — Iran and Türkiye",), {2, 3, 6, 7}),
        (("Elfasher",), {6, 7}),
        (("fasher el",), {6, 7}),
    ],
)  # fmt: skip
def test_which_chats_want_an_alert(texts: tuple[str, ...], wanted: set[int]) -> None:
    watch = index()
    hits = watch.hits(*texts)
    assert {chat for chat in CHATS if watch.wants(chat, hits)} == wanted


def test_phrases_do_not_match_across_texts() -> None:
    watch = WatchIndex([(1, "el fasher", False)])
    assert not watch.wants(1, watch.hits("north of el", "fasher"))


def test_an_empty_index_lets_everything_through() -> None:
    watch = WatchIndex(())
    assert watch.wants(42, watch.hits("anything"))


def test_term_display() -> None:
    assert str(Term("El Fasher", "el fasher", True)) == '-"El Fasher"'
