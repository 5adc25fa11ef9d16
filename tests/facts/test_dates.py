"""dates: tense-aware resolution of date phrases against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.dates import DateValue, find_dates, infer_year, page_date, resolve, resolve_weekday

FRI = date(2024, 12, 6)  # seed 000
TUE = date(2024, 12, 3)  # seed 001
D = date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # seed 000: future tense, Friday article -> the next day
        ("the foreign ministers will convene in Doha, Qatar’s capital, on Saturday.", FRI,
         [D(2024, 12, 7)]),
        # seed 000: "informed Reuters on Friday" in a Friday article is that day
        ("A source informed Reuters on Friday that they will meet", FRI, [D(2024, 12, 6)]),
        # seed 001: "reported Monday" in a Tuesday article -> the day before
        ("the UN Office for the Coordination of Humanitarian Affairs reported Monday.", TUE,
         [D(2024, 12, 2)]),
        ("the health ministry said on Sunday.", TUE, [D(2024, 12, 1)]),
        ("The talks will be held on Friday.", TUE, [D(2024, 12, 6)]),
        ("They are set to meet on Thursday.", TUE, [D(2024, 12, 5)]),
        ("On Saturday, the ministers will meet.", FRI, [D(2024, 12, 7)]),
        ("Ministers met on Wednesday.", TUE, [D(2024, 11, 27)]),
        # leb-09: a weekday with its date is that date, not the weekday of publication
        ("in Paris on Thursday, October 24, the Elysée said.", D(2024, 10, 17), [D(2024, 10, 24)]),
        # gezira-01 / dana: fr, es months
        ("ce samedi 9 décembre à Djibouti", D(2023, 12, 9), [D(2023, 12, 9)]),
        # kit-04, sev-04, kur-13: fr / es / it / pt weekdays, to come only with a word of the
        # future ("tienen previsto", "prochain"), else the last one
        ("tienen previsto reunirse este sábado en Bujumbura", D(2023, 2, 2), [D(2023, 2, 4)]),
        # msv-03: the Brazilian press's day of the month in brackets says which weekday
        ("convocaram uma cúpula extraordinária para sábado (19), em Abidjan", D(2013, 1, 15),
         [D(2013, 1, 19)]),
        ("informou nesta terça-feira (15) o Acnur", D(2013, 1, 15), [D(2013, 1, 15)]),
        ("si è svolto venerdì nella base militare", D(2025, 8, 16), [D(2025, 8, 15)]),
        ("Les talibans se sont emparés jeudi de Hérat", D(2021, 8, 12), [D(2021, 8, 12)]),
        ("afirmou nesta segunda-feira", D(2024, 9, 17), [D(2024, 9, 16)]),
        ("se retrouveront samedi prochain à Abuja", D(2023, 8, 7), [D(2023, 8, 12)]),
        # maui-08: any verb's future ("recibirá", "riceverà") is a word of the future
        ("Biden recibirá el viernes en Camp David", D(2023, 8, 16), [D(2023, 8, 18)]),
        ("Meloni riceverà venerdì a Roma", D(2023, 8, 16), [D(2023, 8, 18)]),
        ("no verão, sexta-feira", D(2023, 8, 16), [D(2023, 8, 11)]),
        # "Santo Domingo" is a city, not a Sunday
        ("en Santo Domingo", D(2025, 4, 9), []),
        ("el 29 de octubre de 2024", D(2024, 11, 2), [D(2024, 10, 29)]),
        ("today", TUE, [TUE]),
        ("yesterday", TUE, [D(2024, 12, 2)]),
        ("tomorrow", TUE, [D(2024, 12, 4)]),
        # seed 001: "may meet next week" -> Monday..Sunday of the following week
        ("may meet next week", TUE, [(D(2024, 12, 9), D(2024, 12, 15))]),
        ("until last week", TUE, [(D(2024, 11, 25), D(2024, 12, 1))]),
        # seed 000: "launched their offensive on November 27"
        ("launched their offensive on November 27,", FRI, [D(2024, 11, 27)]),
        ("on 27 November", FRI, [D(2024, 11, 27)]),
        ("on Nov. 27", FRI, [D(2024, 11, 27)]),
        ("on November 27th", FRI, [D(2024, 11, 27)]),
        # seed 001: "could take place in Doha on Dec. 7-8"
        ("could take place in Doha on Dec. 7-8, according to TASS", TUE,
         [(D(2024, 12, 7), D(2024, 12, 8))]),
        ("on 7-8 December", TUE, [(D(2024, 12, 7), D(2024, 12, 8))]),
        # seed 001: "as of the end of November"
        ("displaced as of the end of November", TUE, [D(2024, 11, 30)]),
        ("3 December 2024", TUE, [D(2024, 12, 3)]),
        ("December 3, 2023", TUE, [D(2023, 12, 3)]),
        # year inference: a December article's "January 3" is next year's
        ("on January 3", TUE, [D(2025, 1, 3)]),
        ("on December 20", D(2025, 1, 5), [D(2024, 12, 20)]),
        # explicit years come back as year ranges so callers can tell the fact is old
        ("a ceasefire in Idlib in 2020.", FRI, [(D(2020, 1, 1), D(2020, 12, 31))]),
        ("since at least 2015.", TUE, [(D(2015, 1, 1), D(2015, 12, 31))]),
    ],
)  # fmt: skip
def test_find_dates(text: str, published: date, expected: list[DateValue]) -> None:
    assert [d.value for d in find_dates(text, published)] == expected


@pytest.mark.parametrize(
    "text",
    ["The ministers may meet soon.", "2 million people", "home to 2 million people",
     "March toward the city", "the second city Aleppo"],
)  # fmt: skip
def test_no_dates(text: str) -> None:
    assert find_dates(text, TUE) == []


def test_year_only_matches_are_marked() -> None:
    (d,) = find_dates("since at least 2015", TUE)
    assert d.kind == "year" and d.text == "2015"


@pytest.mark.parametrize(
    ("weekday", "future", "expected"),
    [(4, True, FRI), (4, False, FRI), (5, True, D(2024, 12, 7)), (5, False, D(2024, 11, 30)),
     (0, False, D(2024, 12, 2)), (0, True, D(2024, 12, 9))],
)  # fmt: skip
def test_resolve_weekday(weekday: int, future: bool, expected: date) -> None:
    assert resolve_weekday(weekday, FRI, future) == expected


def test_infer_year_and_resolve() -> None:
    assert infer_year(2, 30, TUE) is None
    assert infer_year(8, 1, TUE) == D(2024, 8, 1)
    assert infer_year(6, 1, TUE) == D(2025, 6, 1)  # 180 days ahead beats 185 back
    assert resolve("on Dec. 7-8", TUE) == (D(2024, 12, 7), D(2024, 12, 8))
    assert resolve("nothing", TUE) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # tw-02: a 2018 page in a 2024 feed
        ("Taipei Times · Front Page · Thu, Feb 08, 2018 · page 1\n\nBy Staff writers, with CNA\n\n"
         "Seven people were killed.", D(2024, 4, 3), D(2018, 2, 8)),
        # rak-10, pw-12: numeric dates, day first
        ("Publié le 19/07/2022 - Modifié le 19/07/2022\n\nUn groupe rebelle...", D(2024, 10, 4),
         D(2022, 7, 19)),
        ("Incêndios · Destak · 16.11.2017\n\nOs incêndios...", D(2024, 9, 21), D(2017, 11, 16)),
        # tw-04: month first, read the way that is nearer the feed's date
        ("Focus Taiwan · 04/03/2024 06:13 PM\n\nA policeman...", D(2024, 4, 3), D(2024, 4, 3)),
        # mzc-14: a month cut short, in lower case
        ("16 mar 2022, 14:05\n\nO número de mortos causados pelo ciclone Gombe", D(2024, 12, 24),
         D(2022, 3, 16)),
        # mai-08: a dateline
        ("MAIDUGURI, Sept. 26, 2022 (NAN) - The Borno State Emergency Management Agency (SEMA) "
         "says no fewer than 18,406 people", D(2024, 9, 14), D(2022, 9, 26)),
        # hq-14: a caption names the event by its date; chile-08: a quote in the first sentence
        ("Maisons effondrées aux Cayes lors du tremblement de terre du 14 août 2021...\n\n"
         "Port-au-Prince — Le...", D(2022, 2, 17), None),
        ('"Es la tragedia más grande que hemos vivido como país desde el terremoto del 27 de '
         'febrero de 2010". Con esa frase el Presidente Boric se refirió a los incendios.',
         D(2024, 2, 6), None),
        # a year alone dates no page: "ne pas répéter les erreurs de 2010" (hq-07)
        (">> Après le séisme en Haïti, « ne pas répéter les erreurs de 2010 »", D(2021, 8, 20),
         None),
    ],
)  # fmt: skip
def test_page_date(text: str, published: date, expected: date | None) -> None:
    assert page_date(text, published) == expected


def test_a_month_with_its_year_needs_no_preposition() -> None:
    # van-01: "En août et novembre 1999, deux violentes secousses avaient fait environ 20.000
    # morts": a month written with its year, in any of the reporting languages, is a date
    published = date(2011, 10, 23)
    for text, month in [
        ("En août et novembre 1999, deux violentes secousses", date(1999, 11, 1)),
        ("lanzaron una ofensiva en diciembre de 2023", date(2023, 12, 1)),
        ("la guerra civile iniziata a marzo 2011", date(2011, 3, 1)),
    ]:
        (found,) = find_dates(text, published)
        assert (found.kind, found.first) == ("month", month)
    (old,) = find_dates("novembre 1999", published)
    assert old.earlier_month(published)
    (recent,) = find_dates("settembre 2011", published)
    assert not recent.earlier_month(published)
