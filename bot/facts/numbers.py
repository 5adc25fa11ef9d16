"""Crisis numbers in digits or words, with their hedge ("nearly", "an estimated").

A crisis figure is a count of people. This module finds every number that could be one and
rejects those that cannot: years, money, percentages, distances, ages and calendar dates.
Whether the number counts displaced or killed people is the caller's business (figures.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    "millones": 1_000_000, "m": 1_000_000, "mn": 1_000_000, "billion": 1_000_000_000,
    "bn": 1_000_000_000,
}  # fmt: skip
# Vague counts: the figure is a conservative reading, the phrase itself is the qualifier.
_VAGUE = {
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "thousands": 2_000,
    "hundreds": 200,
    "millions": 2_000_000,
    "dozens": 24,
}


def _cased(words: list[str] | dict[str, int]) -> str:
    """Lower-case and capitalised forms as one trie (much faster than re.IGNORECASE here)."""
    return trie_pattern(f for w in words for f in (w, w[0].upper() + w[1:]))


_SCALE_WORDS = r"(?:[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion)"
_WORDNUM = (
    r"(?:" + _cased(_TENS) + r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|" + _cased(_UNITS) + r")"
)
_NUMBER_RE = re.compile(
    r"(?P<vague>\b" + _cased(_VAGUE) + r"\b)"
    r"|(?<![\w.,$€£/:-])(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.,](?P<dec>\d+))?"
    r"(?:(?P<att>k|m|mn|bn)\b|\s+(?P<scale>[Tt]housand|[Mm]illions?|millones|[Bb]illion)\b)?"
    r"|\b(?P<words>(?:[Aa]n?|[Hh]alf\s+a)\s+"
    + _SCALE_WORDS
    + r"|"
    + _WORDNUM
    + r"(?:\s+[Hh]undred)?(?:\s+(?:[Tt]housand|[Mm]illion|[Bb]illion))?)\b"
)
_QUALIFIER_RE = re.compile(
    r"\b(an estimated|estimated|nearly|almost|well over|just over|just under|over|more than|"
    r"at least|about|around|some|up to|approximately|roughly|close to|as many as|fewer than|"
    r"less than|upwards of|at most|an additional|another)\s+$",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Money, percentages, distances, ages and dates around a number: never a count of people.
_REJECT_AFTER = re.compile(
    r"^(?:\s*(?:%|percent\b|per\s*cent\b|dollars?\b|euros?\b|pounds?\b|usd\b|eur\b|gbp\b|"
    r"francs?\b|km\b|kms\b|kilomet(?:er|re)s?\b|miles?\b|met(?:er|re)s?\b|square\b|hectares?\b|"
    r"tonnes?\b|tons?\b|years?[- ]old\b|-year\b|-month\b|-day\b|-week\b|-way\b|-point\b|"
    r"years?\b|months?\b|days?\b|weeks?\b|hours?\b|minutes?\b|degrees?\b)"
    r"|(?:st|nd|rd|th)\b|:\d|\s*-\s*\d"
    r"|(?:\s*-\s*\d{1,2})?\s+(?:of\s+)?" + _MONTHS + r"\b)",
    re.IGNORECASE,
)
_REJECT_BEFORE = re.compile(
    r"(?:[$€£]\s*|\b(?:us\$|usd|eur|gbp)\s*|\baged?\s+|\bages\s+|\bage of\s+|\b(?:resolution|"
    r"no\.|number|article|route|highway|flight)\s+|\b" + _MONTHS + r"\.?\s+(?:\d{1,2}\s*-\s*)?)$",
    re.IGNORECASE,
)


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
        elif word in ("thousand", "million", "billion"):
            total += max(current, 1) * _SCALES[word]
            current = 0
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
        value = _words_value(m.group("words"))
        return (value, None) if value else None
    digits = m.group("int").replace(",", "")
    scale_word = (m.group("scale") or m.group("att") or "").lower()
    dec = m.group("dec")
    if not scale_word:
        if dec is not None:
            return None  # "1.5" alone is a rate or a version, not a head count
        value = int(digits)
        # years: "since 2011", "in 2024" (seed 001); a count would carry a comma: "2,011"
        if "," not in m.group("int") and 1900 <= value <= 2100:
            return None
        return value, None
    # "1.5 million"; the decimal comma of "1,5 millones" reads the same way
    number = float(f"{digits}.{dec}") if dec else float(digits)
    return round(number * _SCALES[scale_word]), None


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text` that could count people, in order."""
    out: list[NumberMatch] = []
    for m in _NUMBER_RE.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if _REJECT_AFTER.match(after) or _REJECT_BEFORE.search(before[-24:]):
            continue
        parsed = _match_value(m)
        if parsed is None:
            continue
        value, qualifier = parsed
        start = m.start()
        if qualifier is None:
            q = _QUALIFIER_RE.search(before[-24:])
            if q:
                qualifier = q.group(1).lower()
                start = m.start() - (len(q.group(0)))
        out.append(NumberMatch(value, qualifier, start, m.end(), m.start(), m.group(0)))
    return out


def parse_number(text: str) -> int | None:
    """The value of a text that is exactly one number ("280,000", "two million"), else None."""
    found = find_numbers(text.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text.strip()):
        return found[0].value
    return None
