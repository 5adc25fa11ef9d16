"""Crisis numbers in digits or words, with their hedge ("nearly", "an estimated").

A crisis figure is a count of people. This module finds every number that could be one and
rejects those that cannot: years, money, percentages, distances, ages and calendar dates.
Whether the number counts displaced or killed people is the caller's business (figures.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial

from bot.facts._gate import Gate, finditer_at
from bot.facts._trie import trie_pattern


@dataclass(frozen=True)
class NumberMatch:
    """A number in a text. `start` covers the qualifier; `num_start` is where the number is."""

    value: int
    qualifier: str | None  # lower case: "nearly", "an estimated", "tens of thousands", ...
    start: int
    end: int
    num_start: int
    text: str

    @property
    def vague(self) -> bool:
        """A reading of a phrase ("dozens", "thousands", "tens of thousands"), not a figure."""
        return self.qualifier in _VAGUE


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "millions": 1_000_000,
    "m": 1_000_000, "mn": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
    # Spanish, Portuguese, French, Italian: "14,5 mil" (rs-03), "115 mila" (rs-10),
    # "1,1 milhão", "1,5 millones", "2 millions", "3 milioni"
    "mil": 1_000, "mila": 1_000, "mille": 1_000, "millón": 1_000_000, "millon": 1_000_000,
    "millones": 1_000_000, "milhão": 1_000_000, "milhao": 1_000_000, "milhões": 1_000_000,
    "milhoes": 1_000_000, "milione": 1_000_000, "milioni": 1_000_000,
    # the Indian system: "11 lakh people" (fani-02), "13.88 lakh", "over a crore residents"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
# Vague counts: the figure is a conservative reading, the phrase itself is the qualifier.
_VAGUE = {
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "thousands": 2_000,
    "hundreds": 200,
    "millions": 2_000_000,
    "dozens": 24,
    # "decenas de miles", "dizaines de milliers", "milhares", "miles de" (es/fr/pt/it)
    "decenas de miles": 20_000,
    "dezenas de milhares": 20_000,
    "dizaines de milliers": 20_000,
    "decine di migliaia": 20_000,
    "centenares de miles": 200_000,
    "cientos de miles": 200_000,
    "centaines de milliers": 200_000,
    "centinaia di migliaia": 200_000,
    "milhares": 2_000,
    "miles de": 2_000,
    "milliers": 2_000,
    "migliaia": 2_000,
}


def _cased(words: Iterable[str]) -> str:
    """Lower-case and capitalised forms as one trie (much faster than re.IGNORECASE here)."""
    return trie_pattern(f for w in words for f in (w, w[0].upper() + w[1:]))


# Small numbers in words in the other languages ("Dez pessoas morreram", rs-02). Only words
# that are not English words or abbreviations ("sept", "dos", "six" are left out).
_FOREIGN_UNITS = {
    # "tres en Jamaica, al menos diez en Haití, tres en Panamá" (mel-04); not the words that
    # are also common words elsewhere ("dos" is Portuguese "of the", "due" English, "once")
    "deux": 2, "dois": 2, "duas": 2, "tres": 3, "três": 3, "trois": 3, "tre": 3,
    "cuatro": 4, "quatro": 4, "quatre": 4, "quattro": 4, "cinco": 5, "cinq": 5, "cinque": 5,
    "seis": 6, "siete": 7, "sete": 7, "sette": 7, "ocho": 8, "oito": 8, "huit": 8,
    "nueve": 9, "nove": 9, "neuf": 9, "doce": 12, "douze": 12, "dodici": 12, "quince": 15,
    "quinze": 15, "cuarenta": 40, "quarenta": 40, "quarante": 40, "quaranta": 40,
    "cincuenta": 50, "cinquenta": 50, "cinquante": 50, "cinquanta": 50,
    "dez": 10, "diez": 10, "dix": 10, "dieci": 10, "veinte": 20, "vinte": 20, "vingt": 20,
    "venti": 20, "treinta": 30, "trinta": 30, "trente": 30, "trenta": 30, "cien": 100,
    "cem": 100, "cento": 100,
    # "otto in Florida" (hel-02); not "seize" (English) nor "sei" (Italian "you are")
    "otto": 8, "undici": 11, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
    "trece": 13, "catorce": 14, "treize": 13, "quatorze": 14, "treze": 13, "catorze": 14,
    # "dezessete em Bu Ma" (moc-06), and the other teens and tens
    "onze": 11, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17,
    "dezoito": 18, "dezenove": 19, "dezanove": 19, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, "sesenta": 60, "sessenta": 60, "soixante": 60, "sessanta": 60,
    "setenta": 70, "settanta": 70, "ochenta": 80, "oitenta": 80, "ottanta": 80, "noventa": 90,
    "novanta": 90,
}  # fmt: skip
# Tens and units written as one number: "Vinte e quatro moradores" (moc-06), "treinta y
# cinco", "vingt-quatre", "trente et un"; the units here include the ambiguous words below.
_FOREIGN_TENS = {w: v for w, v in _FOREIGN_UNITS.items() if v in range(20, 100, 10)}
_FOREIGN_ONES = (
    "un", "uno", "una", "um", "uma", "une", "dos", "dois", "duas", "deux", "tres", "três",
    "trois", "cuatro", "quatro", "quatre", "cinco", "cinq", "seis", "six", "sept", "siete",
    "sete", "ocho", "oito", "huit", "nueve", "nove", "neuf",
)  # fmt: skip


def _compound(m: re.Match[str]) -> tuple[int, int] | None:
    """The value of the longest number in words at `m`'s start and its length in characters,
    when it has more than one word (or is one of the tens written as one word)."""
    words = _COMPOUND_SPLIT_RE.split(m.group(0))
    joins = [j.group(0) for j in _COMPOUND_SPLIT_RE.finditer(m.group(0))]
    value, kind = last = _COMPOUND_WORDS[words[0].lower()]
    length, count = len(words[0]), 1
    for word, join in zip(words[1:], joins, strict=True):
        v, k = _COMPOUND_WORDS[word.lower()]
        if v == 20 and last == (4, "unit") and join == "-":
            value, kind = 80, "ten"  # "quatre-vingt(s)"
        elif k not in _COMPOUND_NEXT[kind] or (kind == "teen" and (last[0] != 10 or join != "-")):
            break
        elif k == "hundred":
            if v != 100 or value < 2:
                break  # "deux cents", not "dos doscientos" nor "un cent"
            value, kind = value * 100, k
        elif kind == "ten" and k == "teen" and value not in (60, 80):
            break  # "soixante-dix", "quatre-vingt-douze"; not "vingt onze"
        else:
            value, kind = value + v, k
        last = (v, k)
        length, count = length + len(join) + len(word), count + 1
    if count == 1 and not (kind == "ten" and value % 10):
        return None  # one word is read by _NUMBER_RE ("vingt", "cent"; not "ventitré")
    return value, length


_SCALE_WORDS = r"(?:[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion|lakh|crore)"
_WORDNUM = (
    r"(?:" + _cased(_TENS) + r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|"
    + _cased(_FOREIGN_TENS)
    + r"(?:\s+(?:e|y|et)\s+|-)"
    + trie_pattern(_FOREIGN_ONES)
    + r"|"
    + _cased({**_UNITS, **_FOREIGN_UNITS})
    + r")"
)
_NUMBER_RE = re.compile(
    r"(?P<vague>\b" + _cased(_VAGUE) + r"\b)"
    r"|(?<![\w.,$€£/:-])(?P<int>\d{1,3}(?:,\d{3})+(?!\d)"
    # "115.000", "2.719" (es/pt/it), "2 800" with a (narrow) no-break or plain space (fr),
    # also before a comma or a full stop: "pourrait atteindre 70 000, selon" (laq-05), "had
    # passed 1 000." (kas-01); not before a decimal ("1.234,5")
    r"|\d{1,3}(?:\.\d{3})+(?!\d|,\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)"
    # "près de 190'000 personnes" (nc-14): the Swiss apostrophe
    r"|\d{1,3}(?:['’]\d{3})+(?!\d)|\d+)"
    r"(?:[.,](?P<dec>\d+))?"
    # "36mila" (derna-08): Italian writes the thousands onto the number; "1.2M" (som-14)
    r"(?:(?P<att>k|m|mn|bn|mila|K|M)\b|\s+(?P<scale>[Tt]housand|[Mm]illions?|[Bb]illion|mil|mila|"
    r"mille|mill[oó]n|millones|milh[aã]o|milh[oõ]es|milion[ei]|lakhs?|crores?)\b)?"
    r"|\b(?P<words>(?:[Aa]n?|[Hh]alf\s+a)\s+"
    + _SCALE_WORDS
    + r"|"
    + _WORDNUM
    + r"(?:\s+[Hh]undred)?"
    + r"(?:\s+(?:[Tt]housand|[Mm]illion|[Bb]illion|lakh|crore|mil|mille|mila))?)\b"
)
_QUALIFIERS = (
    "an estimated|estimated|nearly|almost|well over|just over|just under|over|more than|"
    "at least|about|around|some|up to|approximately|roughly|close to|as many as|fewer than|"
    "less than|upwards of|at most|an additional|another|"
    # es/pt/fr/it hedges: "al menos", "ao menos", "au moins", "almeno", "casi", "près de"...
    "al menos|por lo menos|ao menos|pelo menos|au moins|almeno|casi|quase|cerca de|"
    "près de|presque|quasi|más de|mais de|plus de|oltre|più di|unos|unas|environ|circa|"
    "alrededor de|aproximadamente|environ|quelque|quelques|alcuni"
)
_QUALIFIER_RE = re.compile(r"\b(" + _QUALIFIERS + r")\s+$", re.IGNORECASE)
# es / fr / pt / it: "29 de octubre", "31 janvier", "1º de maio", "28 marzo"
_FOREIGN_MONTHS = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    "noviembre|diciembre|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
    "septembre|octobre|novembre|décembre|decembre|janeiro|fevereiro|março|marco|maio|junho|"
    "julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    "ottobre|dicembre"
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + _FOREIGN_MONTHS + ")"
)
# Money, percentages, distances, ages and dates around a number: never a count of people.
_REJECT_AFTER = re.compile(
    r"^(?:\s*(?:%|percent\b|per\s*cent\b|dollars?\b|euros?\b|pounds?\b|usd\b|eur\b|gbp\b|"
    r"francs?\b|km\b|kms\b|kilomet(?:er|re)s?\b|miles?\b|met(?:er|re)s?\b|square\b|hectares?\b|"
    r"tonnes?\b|tons?\b|years?[- ]old\b|-year\b|-month\b|-day\b|-week\b|-way\b|-point\b|"
    # "a 20-kilometer radius" (tohoku-02)
    r"-(?:km|kilomet(?:er|re)|mile|met(?:er|re))\b|"
    r"years?\b|months?\b|days?\b|weeks?\b|hours?\b|minutes?\b|degrees?\b)"
    r"|(?:st|nd|rd|th)\b|:\d|\s*-\s*\d"
    # "three- to nine-month rentals" (maui-05): the first of a pair of measures
    r"|-\s+(?:to|or|and)\s"
    # "with one or more deaths recorded in several other districts" (sl-06): no figure
    r"|\s+(?:or|ou|o)\s+(?:more|plus|más|mais|più)\b"
    # "The new figure is more than 16,000 higher than the 57,600 given on Tuesday" (kas-10): a
    # difference, not a count
    r"|\s+(?:higher|lower|greater|fewer|more|less)\s+than\b"
    # "rainfall ... has exceeded 150 millimetres" (sl-11)
    r"|\s*(?:millimet(?:er|re)s?|centimet(?:er|re)s?|inch(?:es)?)\b"
    # "three-quarters of the Strip's population" (rafah-08), "two thirds": a share, not a count
    r"|[- ](?:quarters?|thirds?|fifths?|tenths?)\b"
    # "on 27 and 28 October" (fasher-03), "entre 26 et 30 janvier": the first day of a pair
    r"|\s+(?:and|to|et|y|e|au|al)\s+\d{1,2}\s+" + _MONTHS + r"\b"
    r"|(?:\s*-\s*\d{1,2})?\s+(?:of\s+|de\s+|di\s+)?" + _MONTHS + r"\b"
    # money, units and durations in es/pt/fr/it: "10.600 millones de euros" (dana-08),
    # "100 milímetros", "180 litros", "70 años"
    r"|\s*(?:de\s+|di\s+|d')?(?:euros?|dólares|dolares|reais|reales|metros?|kilómetros?|"
    r"quilômetros?|quilometros?|milímetros?|milimetros?|millimètres|litros?|litres|mm|cm|"
    # "située à 50 kilomètres de l'épicentre" (boh-10)
    r"kilomètres?|mètres?|chilometri|chilometro|metri|"
    r"años|anos|ans|anni|horas?|heures?|ore|días|dias|jours|giorni|por ciento|por cento|"
    r"pour cent|per cento|"
    # "fino a otto volte" (tsq-01): a factor, not a count
    r"times|fois|veces|vezes|volte)\b)",
    re.IGNORECASE,
)
# The end-anchored searches below are tried by `re` at each of the 24 offsets of the window
# before a number. Every match ends with one of these (before the final blanks): the window's
# last word ends with none of them for most numbers ("killed 12 people"), and then neither
# search can match. (A last word with a non-ASCII letter always runs them: `re` folds a few
# letters that str.lower() does not.)
_BEFORE_ENDS = (
    "$", "€", "£", "-", ".", "usd", "eur", "gbp", "rs", "inr", "tk", "aged", "age", "ages", "of",
    "resolution", "number", "article", "route", "highway", "flight", "jan", "january", "feb",
    "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
    "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    *_FOREIGN_MONTHS.split("|"),
)  # fmt: skip
_QUALIFIER_ENDS = ("$", *sorted({q.split()[-1] for q in _QUALIFIERS.split("|")}))
_REJECT_BEFORE = re.compile(
    r"(?:[$€£]\s*|\b(?:us\$|usd|eur|gbp|rs\.?|inr|tk)\s*|\baged?\s+|\bages\s+|\bage of\s+|"
    r"\b(?:resolution|no\.|number|article|route|highway|flight)\s+|"
    r"(?P<month>\b" + _MONTHS + r"\.?\s+(?P<range>\d{1,2}\s*-\s*)?))$",
    re.IGNORECASE,
)


def _last_word(window: str) -> str:
    """The window's last blank-separated word, lower-cased ("" when it has none); a word
    with a non-ASCII letter comes back as "$", which every check below lets through."""
    words = window.rsplit(None, 1)
    if not words:
        return ""
    word = words[-1]
    return word.lower() if word.isascii() else "$"


def _rejected_before(window: str, last: str, grouped: bool = False) -> bool:
    """`_REJECT_BEFORE` matches the end of `window` (`last`: its `_last_word`). A month right
    before a `grouped` number ("1.234", "3 627") is a day's, not the number's: "avait fait au
    30 septembre 3.627 morts" (ukr-13)."""
    if not last.endswith(_BEFORE_ENDS):
        return False
    m = _REJECT_BEFORE.search(window)
    return m is not None and not (grouped and m.group("month") and not m.group("range"))


def _words_value(text: str) -> int | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("a", "an"):
            current = max(current, 1)
        elif word == "half":
            current = 0
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif _SCALES.get(word, 0) >= 1_000:  # "thousand", "lakh", "mil" ("cinco mil")
            total += max(current, 1) * _SCALES[word]
            current = 0
        elif word in _FOREIGN_WORDS:
            current += _FOREIGN_WORDS[word]
        elif word in ("e", "y", "et") and current:
            continue  # "vinte e quatro"
        else:
            return None
    value = total + current
    if text.lower().startswith("half"):
        value //= 2
    return value


def _match_value(m: re.Match[str]) -> tuple[int, str | None] | None:
    if m.group("vague"):
        phrase = m.group("vague").lower()
        return _VAGUE[phrase], phrase
    if m.group("words"):
        word = m.group("words").lower()
        if word in _FOREIGN_UNITS:
            return _FOREIGN_UNITS[word], None
        value = _words_value(m.group("words"))
        return (value, None) if value else None
    grouped = m.group("int")
    digits = re.sub(r"[,. \u00a0\u202f'’]", "", grouped)
    scale_word = (m.group("scale") or m.group("att") or "").lower()
    dec = m.group("dec")
    if not scale_word:
        if dec is not None:
            return None  # "1.5" alone is a rate or a version, not a head count
        value = int(digits)
        # years: "since 2011", "in 2024" (seed 001); a count would carry a comma: "2,011"
        if digits == grouped and 1900 <= value <= 2100:
            return None
        return value, None
    # "1.5 million"; the decimal comma of "1,5 millones" reads the same way
    if dec is not None and len(dec) == 2 and m.group("att") == "m":
        # a river level or a height: "5,30m" (rs-07); "1.2m people" has one decimal, and a
        # capital M is millions ("2.48M people", som-14)
        return None
    if dec is None and "." in grouped and grouped.count(".") == 1 and scale_word:
        # "1.5 million" reads as a decimal, not as a thousands group
        head, _, tail = grouped.partition(".")
        digits, dec = head, tail
    number = float(f"{digits}.{dec}") if dec else float(digits)
    return round(number * _SCALES[scale_word]), None


# "60,000-80,000 people", "between 2 and 3 million": a range reads as its upper bound, "up to"
# (as readers and the corpus's golds read it: "Entre 54 et 65 personnes ont été tuées" is 65
# dead, psd-02).
_RANGE_HINT = re.compile(r"\d\s*(?:[-–]|to\s|and\s|et\s|y\s|e\s|à\s)\s*\d")
_RANGE_RE = re.compile(
    r"(?<![\w.,$€£/:-])(?:between\s+)?(?P<low>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"\s*(?:-|–|to|and)\s*(?P<high>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,.]\d)"
    r"(?:\s+(?P<scale>thousand|million|billion))?\b"
)
# ... and in French, Spanish, Portuguese and Italian, with their separators: "Entre 10 000 et
# 20 000" (khartoum-03), "entre 22.500 y 25.000", "60.000 à 70.000" (chad), "entre 130 y 250
# mil". Without "entre", only the French "à" joins a range, and not after "de" ("passé de 73 à
# 108" is a change, read number by number).
_ROMANCE_NUMBER = r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?![\d])|\d+(?:,\d+)?"
_ROMANCE_RANGE_RE = re.compile(
    rf"(?<![\w.,$€£/:-])(?:(?P<between>[Ee]ntre\s+)(?:(?:les|las|los|os|as|le|i)\s+)?)?"
    rf"(?P<low>{_ROMANCE_NUMBER})\s+(?P<join>et|y|e|à)\s+(?P<high>{_ROMANCE_NUMBER})"
    r"(?![\d,.]\d)(?:\s+(?P<scale>mil|mila|mille|millions?|millones|millón|milhões|milhão|"
    r"milioni|milione))?\b"
)
_ROMANCE_FROM_RE = re.compile(r"\b(?:de|du|des|desde|da|dal)\s+$", re.I)


def _ranges(text: str) -> list[NumberMatch]:
    out = []
    found = [(m, False) for m in _RANGE_RE.finditer(text)]
    found += [
        (m, True)
        for m in _ROMANCE_RANGE_RE.finditer(text)
        if (m.group("between") or m.group("join") == "à")
        and not _ROMANCE_FROM_RE.search(text, max(0, m.start() - 8), m.start())
    ]
    for m, romance in found:
        window = text[max(0, m.start() - 24) : m.start()]
        if _REJECT_AFTER.match(text[m.end() :]) or _rejected_before(window, _last_word(window)):
            continue
        if re.search(r"\bfrom\s+$", text[: m.start()][-8:], re.I):
            continue  # "rose from 73 to 108": a change, its numbers are read one by one
        scale = _SCALES[m.group("scale").lower()] if m.group("scale") else 1
        low_text, high_text = m.group("low"), m.group("high")
        if scale == 1 and ("," if romance else ".") in low_text:
            continue  # "between 2.5 and 3": no count of people
        low, high = (_range_end(t, romance) * scale for t in (low_text, high_text))
        if not low < high or (scale == 1 and 1900 <= low <= 2100 and low_text.isdigit()):
            continue  # "2023-2024", "entre 2011 et 2020"
        out.append(NumberMatch(round(high), "up to", m.start(), m.end(), m.start(), m.group(0)))
    return out


def _range_end(text: str, romance: bool) -> float:
    if romance:
        return float(re.sub(r"[. \u00a0\u202f]", "", text).replace(",", "."))
    return float(text.replace(",", ""))


# The number words left out above because they are common words elsewhere ("sept" the month,
# "dos" Portuguese "of the", "due" and "doze" English) count only right before the people
# they count: "Au moins sept personnes ont été tuées" (tw-03), "dos muertos", "subiu este
# domingo para doze mortos" (gom-04); and the articles that are
# "one": "informó de una persona muerta por sumersión" (sara-03), "un mort", "um morto".
_AMBIGUOUS = {
    "sept": 7, "dos": 2, "due": 2, "sei": 6, "seize": 16, "once": 11, "doze": 12,
    "un": 1, "una": 1, "une": 1, "uno": 1, "um": 1, "uma": 1,
    # "Solo en Áncash, mil personas se han quedado sin vivienda" (yaku-02); "dos mil personas"
    "mil": 1_000,
}  # fmt: skip
# ... and those of them that count before a place too ("dos en Lambayeque"): not the ones that
# are English or Italian verbs there ("once in", "due in", "sei a Roma")
_AT_PLACE = ("dos", "un", "una", "uno", "une", "um", "uma", "mil")
# Every number word of the other languages, with its value (in "vingt-sept", "trente et un")
_FOREIGN_WORDS = {**_AMBIGUOUS, **_FOREIGN_UNITS}
# Numbers in words of several words in French, Spanish, Portuguese and Italian, read as a
# whole: "Quatre-vingt-douze personnes" (92, bat-09), "au moins cent six morts" (106),
# "cento e seis", "doscientos treinta y dos", "ventitré morti". Each word is a unit, a teen,
# a ten or a hundred, and the words must come in the order numbers are written (so "six et
# sept" is no 13).
_HUNDREDS = (
    ("doscientos", "duzentos", "duecento"), ("trescientos", "trezentos", "trecento"),
    ("cuatrocientos", "quatrocentos", "quattrocento"), ("quinientos", "quinhentos",
    "cinquecento"), ("seiscientos", "seiscentos", "seicento"), ("setecientos", "setecentos",
    "settecento"), ("ochocientos", "oitocentos", "ottocento"), ("novecientos", "novecentos",
    "novecento"),
)  # fmt: skip
_ITALIAN_TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
                 "novanta")  # fmt: skip
_ITALIAN_UNITS = ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_SPANISH_VEINTI = ("uno", "dós", "trés", "cuatro", "cinco", "séis", "siete", "ocho", "nueve")
_COMPOUND_VALUES = {
    **{w: v for w, v in _FOREIGN_WORDS.items() if w != "mil"},
    "six": 6, "tré": 3, "vingts": 20, "cents": 100, "cent": 100, "ciento": 100,
    **{w: h * 100 for h, ws in enumerate(_HUNDREDS, start=2) for w in ws},
    # ... and their feminine: "doscientas", "duzentas"
    **{w[:-2] + "as": h * 100 for h, ws in enumerate(_HUNDREDS, start=2) for w in ws[:2]},
    # the tens and units written as one word: "ventitré", "trentotto", "veintidós"
    **{
        (ten[:-1] if unit in ("uno", "otto") else ten) + unit: t * 10 + u
        for t, ten in enumerate(_ITALIAN_TENS, start=2)
        for u, unit in enumerate(_ITALIAN_UNITS, start=1)
        for unit in ((unit, "tré") if unit == "tre" else (unit,))
    },
    **{"veinti" + unit: 20 + u for u, unit in enumerate(_SPANISH_VEINTI, start=1)},
    "veintidos": 22, "veintitres": 23, "veintiseis": 26,
}  # fmt: skip
_COMPOUND_WORDS = {
    w: (v, "unit" if v < 10 else "teen" if v < 20 else "ten" if v < 100 else "hundred")
    for w, v in _COMPOUND_VALUES.items()
}
# The words that may follow each kind of word in one number ("cent six", "quatre-vingt-douze",
# "soixante-dix", "dix-sept", "deux cents"); the one-word tens ("ventitré") stand alone.
_COMPOUND_NEXT = {
    "hundred": ("ten", "teen", "unit"), "ten": ("unit", "teen"), "teen": ("unit",),
    "unit": ("hundred",),
}  # fmt: skip
_COMPOUND_JOIN = r"(?:-et-|-|\s+(?:et|y|e)\s+|\s+)"
_COMPOUND_WORD = _cased(_COMPOUND_WORDS)
_COMPOUND_RE = re.compile(rf"\b{_COMPOUND_WORD}(?:{_COMPOUND_JOIN}{_COMPOUND_WORD})*\b")
_COMPOUND_SPLIT_RE = re.compile(_COMPOUND_JOIN)
_PER_RE = re.compile(r"\bp[eo]r\s+$", re.I)  # "5 per cent six times", "por cento dos"
# A count told as a round figure's noun: "une quinzaine de morts" (bdi-06), "più di un
# centinaio di abitanti" (tad-08), "uma centena", "a dozen": about that many, a figure (not
# the plurals: "des dizaines" is no figure).
_ABOUT = {
    "dozen": 12, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
    "dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "decina": 10, "dozzina": 12,
    "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
    "sessantina": 60, "centinaio": 100,
}  # fmt: skip
_ABOUT_WORDS = Gate({"about": tuple(_ABOUT)}, whole_words=True)
_ABOUT_RE = re.compile(
    r"\b(?:[Uu]ne?|[Uu]n[oa]|[Uu]ma|[Aa])\s+(?P<noun>" + trie_pattern(_ABOUT) + r")\b"
)


# Most sentences hold no number, and `re` tries _NUMBER_RE at each of their characters: a
# digit, or one of the words a vague count or a number in words must contain, comes first.
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = Gate(
    {"word": (*_UNITS, *_TENS, *_COMPOUND_WORDS, *(max(p.split(), key=len) for p in _VAGUE),
              "mil", "hundred", "thousand", "million", "billion", "lakh", "crore", *_ABOUT)},
    whole_words=True,
)  # fmt: skip

# Where a number can start: a digit, or the first word of a vague count or of a number in
# words ("a thousand", "half a million", "twenty-one", "tens of thousands"). _NUMBER_RE is
# tried at those offsets only, not at every position.
_DIGITS = re.compile(r"\d+")
_NUMBER_STARTS = Gate(
    {"word": (*_UNITS, *_TENS, *_COMPOUND_WORDS, *(p.split()[0] for p in _VAGUE), "mil", "a",
              "an", "half")},
    whole_words=True,
)  # fmt: skip


# "up to a quarter of a million refugees" (gzn-04): a quarter of the million, not the million
# (a share of something else, "three-quarters of the Strip's population", is no number)
_QUARTERS_RE = re.compile(
    r"\b(?P<count>[Aa]|[Oo]ne|[Tt]hree)[ -]quarters?\s+of\s+an?\s+(?P<scale>million|billion)\b"
)


def _quarters(text: str) -> list[NumberMatch]:
    out = []
    for m in _QUARTERS_RE.finditer(text):
        quarters = 3 if m["count"].lower() == "three" else 1
        value = _SCALES[m["scale"]] * quarters // 4
        window = text[max(0, m.start() - 24) : m.start()]
        out.append(_qualified(text, m, value, None, window, _last_word(window)))
    return out


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text` that could count people, in order."""
    if not _DIGIT.search(text) and not _NUMBER_WORDS.present(text):
        return []
    out: list[NumberMatch] = _ranges(text) if _RANGE_HINT.search(text) else []
    if "quarter" in text:
        out += _quarters(text)
    words = _NUMBER_STARTS.starts(text)
    taken: list[tuple[int, int]] = []
    for m in finditer_at(_COMPOUND_RE, text, words):
        found = _compound(m)
        if (
            found is None
            or any(n.start <= m.start() < n.end for n in out)
            or _PER_RE.search(text, max(0, m.start() - 4), m.start())
        ):
            continue
        value, length = found
        window = text[max(0, m.start() - 24) : m.start()]
        last = _last_word(window)
        # the same guards as every other number, for all its words: "il y a quatre-vingts
        # ans", "cent dix euros"
        if _REJECT_AFTER.match(text[m.start() + length :]) or _rejected_before(window, last):
            taken.append((m.start(), m.start() + length))
            continue
        out.append(_qualified(text, m, value, None, window, last, length))
    taken += [(r.start, r.end) for r in out]
    starts = [*words, *(digits.start() for digits in _DIGITS.finditer(text))]
    for m in finditer_at(_NUMBER_RE, text, starts):
        if any(a <= m.start() < b for a, b in taken):
            continue
        window = text[max(0, m.start() - 24) : m.start()]
        last = _last_word(window)
        # (`int` is grouped unless it is all digits)
        grouped = bool(m.group("int")) and not m.group("int").isdigit()
        if _REJECT_AFTER.match(text[m.end() :]) or _rejected_before(window, last, grouped):
            continue
        parsed = _match_value(m)
        if parsed is None:
            continue
        out.append(_qualified(text, m, *parsed, window, last))
    ambiguous = [m for m in map(partial(_AMBIGUOUS_RE.match, text), words) if m]
    for m in ambiguous:
        if any(n.num_start <= m.start() < n.end for n in out):
            continue  # the "mil" of "6 mil personas" or of "dos mil personas"
        window = text[max(0, m.start() - 24) : m.start()]
        word = m.group("word") or m.group("at")
        value = _AMBIGUOUS[word.lower()] * (1_000 if m.group("mil") else 1)
        out.append(_qualified(text, m, value, None, window, _last_word(window)))
    about = _about(text, out) if _ABOUT_WORDS.present(text) else []
    out += about
    if taken or ambiguous or about:
        out.sort(key=lambda n: n.start)
    return out


def _qualified(
    text: str,
    m: re.Match[str],
    value: int,
    qualifier: str | None,
    window: str,
    last: str,
    length: int | None = None,
) -> NumberMatch:
    """The number of `m` (its first `length` characters) with the hedge written before it
    ("au moins sept")."""
    start = m.start()
    end = m.end() if length is None else m.start() + length
    if qualifier is None and last.endswith(_QUALIFIER_ENDS):
        q = _QUALIFIER_RE.search(window)
        if q:
            qualifier = q.group(1).lower()
            start = m.start() - (len(q.group(0)))
    return NumberMatch(value, qualifier, start, end, m.start(), text[m.start() : end])


_AMBIGUOUS_RE = re.compile(
    r"\b(?P<word>" + _cased(_AMBIGUOUS) + r")"
    r"(?P<mil>\s+mil)?"
    r"(?=\s+(?:personnes|personas|persone|pessoas|morts|"
    # "one" counts a single person: "una persona muerta", "un mort", "uma vítima"
    r"persona|pessoa|personne|muerto|morto|mort|fallecido|víctima|vítima|victime|vittima|"
    r"niño|niña|menor|criança|enfant|bambino|bambina|hombre|homem|homme|uomo|mujer|mulher|"
    r"femme|donna|soldado|soldat|soldato|civil|civile|"
    r"muertos|mortos|morti|blessés|heridos|feridos|feriti|civils|civiles|civis|civili|soldats|"
    r"soldados|soldati|militaires|militares|militari|enfants|niños|crianças|bambini|victimes|"
    r"víctimas|vítimas|vittime|familles|familias|famílias|famiglie|déplacés|desplazados|"
    r"deslocados|sfollati|hommes|hombres|homens|uomini|femmes|mujeres|mulheres|donne)\b"
    # ... or before the toll it is: "ce qui porte à sept le nombre de décès" (per-03)
    r"|\s+(?:le|el|il|o)\s+(?:nombre|bilan|número|cifra|bilancio|balanço|total)\b"
    r"|\s+(?:les|los|las|i|os|as)\s+(?:morts|muertos|fallecidos|morti|mortos|victimes|"
    r"víctimas|vittime|vítimas)\b)"
    # ... or right before the place it counts in a breakdown: "cuatro en Piura y dos en
    # Lambayeque" (yaku-02), "uma em Bnei Brak" (iiw-05)
    r"|\b(?P<at>" + _cased(_AT_PLACE) + r")(?=\s+(?:en|em|à|au|a|no|na)\s+[A-Z])"
)


def _about(text: str, out: list[NumberMatch]) -> list[NumberMatch]:
    """The round figures told as nouns ("une vingtaine"), qualified "about" unless the text
    hedges them itself ("più di un centinaio" is "più di"; an elided hedge is not read: "plus
    d'une vingtaine" stays "about")."""
    found = []
    for m in _ABOUT_RE.finditer(text):
        if any(n.start <= m.start() < n.end for n in out) or _REJECT_AFTER.match(text[m.end() :]):
            continue
        window = text[max(0, m.start() - 24) : m.start()]
        n = _qualified(text, m, _ABOUT[m.group("noun").lower()], None, window, _last_word(window))
        found.append(n if n.qualifier else replace(n, qualifier="about"))
    return found


def parse_number(text: str) -> int | None:
    """The value of a text that is exactly one number ("280,000", "two million"), else None."""
    found = find_numbers(text.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text.strip()):
        return found[0].value
    return None
