"""text: cleaning away what is not the story, and splitting sentences."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from bot.facts.text import _norm, clean_text, is_heading, make_article, split_sentences
from bot.models import EntryData

BODY = "Nearly 50,000 people have been displaced, the UN said."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # seed 000 ends with "Leave a Replay"
        (f"{BODY}\n\nLeave a Replay\n\nSpam after the footer.", BODY),
        (f"{BODY}\n\nLeave a Reply\nCancel reply", BODY),
        # seed 001 starts with navigation bullets
        (f"• Home\n  • Some Title\n\n{BODY}", BODY),
        # som-13: a report's highlight written as a sentence is the story
        ("• According to the Somalia Disaster Management Agency (SoDMA), 2.48 million people "
         "have been affected and 118 killed across the country.",
         "According to the Somalia Disaster Management Agency (SoDMA), 2.48 million people have "
         "been affected and 118 killed across the country."),
        # seed 001: photo credit
        (f"© Omar HAJ KADOUR / AFP\n\n{BODY}", BODY),
        (f"Photo: Reuters\n\n{BODY}", BODY),
        # seed 000: an interview appended to the story
        (f"{BODY}\n\n## Interview: Syrian Crisis Triggers Talks\n\n**Host:** Hello.", BODY),
        (f"{BODY}\n\n**Host:** We are here.\n\n**Dr. Carter:** Thanks.", BODY),
        # seed 000: an SEO question paragraph
        (f"{BODY}\n\nWhat are the potential consequences for neighboring countries?", BODY),
        # seed 001 repeats a paragraph: keep the first
        (f"{BODY}\n\nOther news.\n\n{BODY}", f"{BODY}\n\nOther news."),
        # seed 001: a bare date line
        (f"3 December 2024\n\n{BODY}", BODY),
        (f"December 3, 2024\n\n{BODY}", BODY),
        # seed 000: markdown link references
        ("The UN estimates 280,000 [[1](https://www.npr.org/2024/11/30/x)].",
         "The UN estimates 280,000."),
        # HTML: tags stripped, entities unescaped, scripts dropped
        ("<p>Talks in Doha &amp; Ankara.</p><script>var x = 1;</script><p>Second.</p>",
         "Talks in Doha & Ankara.\n\nSecond."),
        ("<h2>Armed Opposition Makes Gains</h2><p>Rebels entered Homs.</p>",
         "Armed Opposition Makes Gains\n\nRebels entered Homs."),
    ],
)  # fmt: skip
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_the_title_repeated_in_the_body_is_dropped() -> None:
    # seed 001 repeats its title twice in the body
    title = "Russia, Iran, Türkiye, and Qatar Set to Discuss Syria Rebel Offensive – Reports"
    assert clean_text(f"{title}\n\n{BODY}\n\n{title}", title) == BODY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed 001: "Dec." and "U.S." are not sentence ends
        ("The talks could take place in Doha on Dec. 7-8, TASS said. Others disagree.",
         ("The talks could take place in Doha on Dec. 7-8, TASS said.", "Others disagree.")),
        ("It is in line with U.S. Interests. Next.",
         ("It is in line with U.S. Interests.", "Next.")),
        ("Joining us is Dr. Emily Carter. She is an expert.",
         ("Joining us is Dr. Emily Carter.", "She is an expert.")),
        ("Mr. Fidan met J. Smith. It went well.", ("Mr. Fidan met J. Smith.", "It went well.")),
        ("It could reach 1.5 million. Fears grow.", ("It could reach 1.5 million.", "Fears grow.")),
        ("“We will meet,” he said. They met.", ("“We will meet,” he said.", "They met.")),
        ("Heading Without Stop\n\nA sentence.", ("Heading Without Stop", "A sentence.")),
    ],
)  # fmt: skip
def test_split_sentences(text: str, expected: tuple[str, ...]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("Iran Reaffirms Support for Assad Regime", True),  # seed 000
        ("Syrian Offensive Triggers Trilateral Meeting As 280,000 Flee Their Homes", True),
        ("Their meeting aims to address the developments.", False),
        ("“We are ready,” he said.", False),
        ("", False),
        # pak-02: a row of a list is no heading
        ("Balochistan: 234", False),
        ("Sindh: around 339 (not yet confirmed)", False),
        ("Update: Aid Convoys Reach the City", True),
    ],
)
def test_is_heading(sentence: str, heading: bool) -> None:
    assert is_heading(sentence) is heading


def _entry(published: datetime | None) -> EntryData:
    return EntryData("f", "g", None, "T", published, "<p>One. Two.</p>")


def test_make_article_uses_the_utc_day() -> None:
    art = make_article(_entry(datetime(2024, 12, 3, 23, 30, tzinfo=UTC)))
    assert art.published == date(2024, 12, 3)
    assert art.sentences == ("One.", "Two.")
    assert art.text == "One. Two."


def test_make_article_needs_a_publication_date() -> None:
    with pytest.raises(ValueError, match="no publication date"):
        make_article(_entry(None))


@pytest.mark.parametrize(
    "line",
    ["Hay’at Tahrir al-Sham (HTS)", "Ünïcödé — “quoted” ½ ²³ x_y", "ǅ ß ﬁ İ Σ", "١٢ a٫b",
     "a\ud800b", "", "  ", "plain ascii, with: punctuation_and 123"],
)  # fmt: skip
def test_norm_keeps_letters_and_digits_casefolded(line: str) -> None:
    # the definition _norm implements faster
    assert _norm(line) == re.sub(r"[\W_]+", "", line.casefold())
