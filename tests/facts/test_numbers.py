"""numbers.find_numbers: crisis counts in digits and words; years, money, dates are not counts."""

from __future__ import annotations

import pytest

from bot.facts.numbers import (
    _FOREIGN_MONTHS,
    _QUALIFIER_ENDS,
    _QUALIFIER_RE,
    _QUALIFIERS,
    _REJECT_BEFORE,
    _last_word,
    _rejected_before,
    find_numbers,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed 000: "an estimated 280,000 people have been displaced"
        ("an estimated 280,000 people", [(280000, "an estimated")]),
        # seed 000: "the number could skyrocket to 1.5 million"
        ("could skyrocket to 1.5 million.", [(1500000, None)]),
        # seed 001: "Nearly 50,000 people have also been freshly displaced"
        ("Nearly 50,000 people", [(50000, "nearly")]),
        ("more than 1,200 killed", [(1200, "more than")]),
        ("at least 20 people", [(20, "at least")]),
        ("over 280,000 people", [(280000, "over")]),
        ("about 300 families", [(300, "about")]),
        ("around 40 civilians", [(40, "around")]),
        ("some 15,000 refugees", [(15000, "some")]),
        ("up to 2 million", [(2000000, "up to")]),
        ("almost 900 people", [(900, "almost")]),
        ("tens of thousands have fled", [(20000, "tens of thousands")]),
        ("Hundreds of thousands fled", [(200000, "hundreds of thousands")]),
        ("thousands fled", [(2000, "thousands")]),
        ("fifty thousand people", [(50000, None)]),
        ("two million people", [(2000000, None)]),
        ("half a million people", [(500000, None)]),
        # Spanish feeds come later; the decimal comma must at least not break parsing
        ("1,5 millones de desplazados", [(1500000, None)]),
        ("killed at least 20 people and wounded 45", [(20, "at least"), (45, None)]),
        # corpus: number formats of es/pt/fr/it reporting
        ("115.000 desplazados", [(115000, None)]),  # rs-09
        ("2.719 morti e 4.521 feriti", [(2719, None), (4521, None)]),  # quake-09
        ("700 personnes tuées et 2 800 blessées", [(700, None), (2800, None)]),  # goma-07
        ("14,5 mil estão fora de casa", [(14500, None)]),  # rs-03
        ("oltre 115 mila persone", [(115000, "oltre")]),  # rs-10
        ("1,1 milhão de pessoas", [(1100000, None)]),
        ("Dez pessoas morreram", [(10, None)]),  # rs-02
        ("tres en Jamaica, al menos diez en Haití", [(3, None), (10, "al menos")]),  # mel-04
        ("Quatre personnes sont mortes, trois blessées", [(4, None), (3, None)]),  # ist-06
        ("al menos 1.500 personas", [(1500, "al menos")]),  # fasher-12
        ("Près de 89 000 personnes", [(89000, "près de")]),  # fasher-13
        ("decenas de miles de desplazados", [(20000, "decenas de miles")]),
        ("1.2m people", [(1200000, None)]),
        # ranges read as their upper bound, as the corpus's golds read them (psd-02, chad, isc)
        ("60,000-80,000 people", [(80000, "up to")]),
        ("between 2 and 3 million people", [(3000000, "up to")]),
        ("rose from 73 to 108 sites", [(73, None), (108, None)]),
        # ... in French, Spanish, Portuguese and Italian (khartoum-03, psd-02, chad)
        ("Entre 54 et 65 personnes ont été tuées", [(65, "up to")]),
        ("Entre 10 000 et 20 000 personnes ont fui", [(20000, "up to")]),
        ("Environ 60.000 à 70.000 personnes ont dû être déplacées", [(70000, "up to")]),
        ("entre 130 y 250 mil personas", [(250000, "up to")]),
        ("entre 1000 e 1100 pessoas", [(1100, "up to")]),
        ("le bilan est passé de 73 à 108 morts", [(73, None), (108, None)]),
        ("entre 2011 et 2020, 500 morts", [(500, None)]),
        # numbers in words of several words (chm, bat-09): read whole, in the order numbers
        # are written
        ("Quatre-vingt-douze personnes sont mortes", [(92, None)]),
        ("au moins cent six morts", [(106, "au moins")]),
        ("soixante et onze morts, quatre-vingt-dix-neuf blessés", [(71, None), (99, None)]),
        ("deux cents morts", [(200, None)]),
        ("doscientos treinta y dos desplazados", [(232, None)]),
        ("cento e seis mortos", [(106, None)]),
        ("ventitré morti e trentotto feriti", [(23, None), (38, None)]),
        ("veintidós muertos", [(22, None)]),
        # bab-09: the Italian tens alone
        ("almeno cinquanta morti e quaranta feriti", [(50, "almeno"), (40, None)]),
        ("entre six et sept morts", [(6, None), (7, None)]),
        ("The rate rose 5 per cent six times", []),
        # ... and guarded as every number is: ages, years ago, money
        ("un garçon de vingt-cinq ans, il y a quatre-vingts ans, cent dix euros", []),
        ("otto in Florida, quattordici in Georgia", [(8, None), (14, None)]),  # hel-02
        # tw-03, and the other words that are numbers only before whom they count
        ("Au moins sept personnes ont été tuées", [(7, "au moins")]),
        ("Hubo dos muertos y once heridos", [(2, None), (11, None)]),
        ("due persone morte", [(2, None)]),
        # the Indian system: fani-02, fani-08, moc-01, and "over a crore residents"
        ("shifted 11 lakh people to safety", [(1100000, None)]),
        ("moved 13.88 lakh people from low-lying areas", [(1388000, None)]),
        ("about 1.87 lakh people had taken refuge", [(187000, "about")]),
        ("hits over a crore residents", [(10000000, "over")]),
        # tens and units, teens, and "mil" alone or after an ambiguous unit (moc-06, yaku-02,
        # chile-wildfires)
        (
            "Vinte e quatro moradores morreram em Khaung Doke Kar e dezessete em Bu Ma",
            [(24, None), (17, None)],
        ),
        ("treinta y cinco muertos, vingt-quatre morts", [(35, None), (24, None)]),
        ("cinco mil pessoas", [(5000, None)]),
        ("Solo en Áncash, mil personas se han quedado sin vivienda", [(1000, None)]),
        ("cerca de dos mil personas han perdido sus casas", [(2000, "cerca de")]),
        ("unas 6 mil personas afectadas", [(6000, "unas")]),
        # an ambiguous unit before the place it counts (yaku-02, iiw-05)
        (
            "seis fallecidos —cuatro en Piura y dos en Lambayeque—",
            [(6, None), (4, None), (2, None)],
        ),
        ("uma em Bnei Brak", [(1, None)]),
        # per-03, gom-04: a number word that is also a word elsewhere, before the toll it is
        ("ce qui porte à sept le nombre de décès", [(7, None)]),
        ("subiu este domingo para doze mortos", [(12, None)]),
        # bdi-06, tad-08, hmb-08: a round figure's noun is about that many (its plural is the
        # vague count); a hedge written before it stays
        ("La contestation aurait fait une quinzaine de morts", [(15, "about")]),
        ("giustiziato più di un centinaio di abitanti di Kombolcha", [(100, "più di")]),
        ("Le bilan fait état d'une dizaine de morts", [(10, "about")]),
        ("se ha desenterrado una docena de cuerpos", [(12, "about")]),
        ("des dizaines de morts et une vingtaine de blessés", [(20, "about")]),
        # laq-05, kas-01: a grouped number before a comma or a full stop; ukr-13: a grouped
        # number after a month is no day
        ("pourrait atteindre 70 000, selon une source", [(70000, None)]),
        ("the confirmed death toll had passed 1 000.", [(1000, None)]),
        ("la cifra llegó a 115.000, según el gobierno", [(115000, None)]),
        ("avait fait au 30 septembre 3.627 morts", [(3627, None)]),
        # nc-14, tri-05: the Swiss apostrophe groups thousands
        ("près de 190'000 personnes", [(190000, "près de")]),
        ("13’500 déplacés", [(13500, None)]),
        # som-14: a capital M for millions
        (
            "affected an estimated 2.48M people, including 1.2M displaced",
            [(2480000, "an estimated"), (1200000, None)],
        ),
    ],
)
def test_counts(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert [(n.value, n.qualifier) for n in find_numbers(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "since the start of the war in 2011",  # seed 001: a year
        "le 7 sept 2024",  # the month, not seven
        "la mayoría dos afectados",  # Portuguese "of the"
        "Russia first intervened in 2015",  # seed 001
        "in 2024",
        "$5 million in aid",  # money
        "5 million dollars",
        "2 million euros",
        "USD 30 million",
        "20% of the population",  # percentages
        "20 percent",
        "50 km from the border",  # distances
        "30 miles north",
        "aged 12",  # ages
        "a 12-year-old boy",
        "children 5 years old",
        "on November 27",  # dates (seed 000)
        "on November 27th",
        "in Doha on Dec. 7-8",  # seed 001
        "on 7-8 December",
        "3 December 2024",
        "The four-way talks",  # seed 001: "four-way" is not a count
        "fled on 27 and 28 October",  # fasher-03: the first day of a pair
        "between 26 and 29 October",
        "el 29 de octubre",  # dates in es/fr/pt/it
        "le 31 janvier",
        "1 de maio",
        "5,30m",  # rs-07: a river level
        "10.600 millones de euros",  # dana-08: money
        "100 milímetros",
        "2023-2024",
        "fino a otto volte",  # tsq-01: a factor
        "three times as many",
        "Rs 5 lakh each",  # rupees and taka (fani-11, rem-06)
        "Tk 6.85 crore has been allocated",
        "once in March",  # English "once", "due", Italian "sei" before a place: no numbers
        "due in June",
        "sei a Roma",
        "mil millones de dólares",
        "more than 16,000 higher than",  # kas-10: a difference
        "115.000,5",  # a decimal
        "a 20-kilometer radius",  # tohoku-02: a distance
        "three- to nine-month rentals",  # maui-05: the first of a pair of measures
    ],
)
def test_not_counts(text: str) -> None:
    assert find_numbers(text) == []


def test_span_covers_the_qualifier() -> None:
    text = "Since then, an estimated 280,000 people fled."
    (n,) = find_numbers(text)
    assert text[n.start : n.end] == "an estimated 280,000"
    assert text[n.num_start : n.end] == "280,000"


@pytest.mark.parametrize(
    ("text", "value"),
    [("280,000", 280000), ("two million", 2000000), ("1.5 million", 1500000), ("2011", None),
     ("20 people", None)],
)  # fmt: skip
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gzn-04: a quarter of a million is not the million
        ("up to a quarter of a million refugees", [(250000, "up to")]),
        ("three quarters of a million people fled", [(750000, None)]),
        # (a share of something else is no number: rafah-08)
        ("three-quarters of the Strip's population", []),
        # boh-10: a distance in French and Italian
        ("située à 50 kilomètres de l'épicentre", []),
        ("a 30 chilometri dalla costa", []),
    ],
)  # fmt: skip
def test_quarters_of_a_million_and_distances(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert [(n.value, n.qualifier) for n in find_numbers(text)] == expected


# The end-anchored searches before a number run only when the window's last word can end one
# of their matches: that check must never skip a window that the patterns match.
_BEFORE = [
    "$", "US$ ", "usd ", "EUR", "GBP  ", "€ ", "£", "aged ", "Age ", "ages ", "age of ", "No. ",
    "resolution ", "number ", "Article ", "route ", "highway ", "flight ", "Jan. ", "January ",
    "Rs ", "Rs. ", "INR ", "Tk ",
    "Sept ", "March 27 - ", "Dec 3-", "May\u00a0", "Dec.\n",
    *(f"{m} " for m in _FOREIGN_MONTHS.split("|")),
]  # fmt: skip


@pytest.mark.parametrize("window", _BEFORE)
def test_reject_before_check_lets_every_match_through(window: str) -> None:
    window = ("killed in the " + window)[-24:]
    assert _REJECT_BEFORE.search(window)
    assert _rejected_before(window, _last_word(window))


@pytest.mark.parametrize("phrase", _QUALIFIERS.split("|"))
def test_qualifier_check_lets_every_match_through(phrase: str) -> None:
    for window in (f"{phrase} ", f"({phrase.upper()}\u00a0", f"said {phrase.capitalize()}  "):
        window = window[-24:]
        assert _QUALIFIER_RE.search(window)
        assert _last_word(window).endswith(_QUALIFIER_ENDS)


def test_reject_before_check_skips_plain_words() -> None:
    assert _last_word("were killed ") == "killed"
    assert not _rejected_before("were killed ", "killed")
    assert _last_word("près ") == "$"  # a non-ASCII word: the patterns decide
