"""A tense-aware date resolver: calendar phrases in a sentence, read against the publication date.

News writes dates relative to the day it is published: "on Saturday" in a Friday article that
says ministers "will convene" is the next day (seed 000), while "reported Monday" in a Tuesday
article is the day before (seed 001). Weekday names are therefore resolved with the tense of the
nearest verb; day-month dates without a year take the year that puts them closest to the
publication date; bare years ("in 2020", "since 2015") come back as year-only matches so callers
can tell the fact is old.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from bot.facts._gate import Gate, finditer_at, fold
from bot.facts._trie import trie_pattern

DateKind = Literal["day", "range", "week", "month", "year"]
DateValue = date | tuple[date, date]


@dataclass(frozen=True)
class DateMatch:
    """A date phrase at text[start:end], resolved to the days `first`..`last`."""

    start: int
    end: int
    text: str
    first: date
    last: date
    kind: DateKind

    @property
    def value(self) -> DateValue:
        """A single `date`, or a `(first, last)` range."""
        return self.first if self.first == self.last else (self.first, self.last)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def earlier_month(self, published: date) -> bool:
        """A month written with its year ("novembre 1999", "diciembre de 2023") that ended
        in an earlier year, more than a month before `published`: history, as a bare earlier
        year is ("in 2015")."""
        return (
            self.kind == "month"
            and self.last.year < published.year
            and (published - self.last).days > 31
            and any(ch.isdigit() for ch in self.text)
        )


_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Capitalised only: "may meet" is a modal, "May 5" a date.
# English month names and abbreviations as written (places.py also uses them: a month is never
# part of a place's name).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
# fr / es / pt / it months, as written (lower case): "9 décembre", "29 de octubre" (gezira-01)
_FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("janvier", "enero", "janeiro", "gennaio"),
            ("février", "fevrier", "febrero", "fevereiro", "febbraio"),
            ("mars", "marzo", "março", "marco"),
            ("avril", "abril", "aprile"),
            ("mai", "mayo", "maio", "maggio"),
            ("juin", "junio", "junho", "giugno"),
            ("juillet", "julio", "julho", "luglio"),
            ("août", "aout", "agosto"),
            ("septembre", "septiembre", "setiembre", "setembro", "settembre"),
            ("octobre", "octubre", "outubro", "ottobre"),
            ("novembre", "noviembre", "novembro"),
            ("décembre", "decembre", "diciembre", "dezembro", "dicembre"),
        ),
        start=1,
    )
    for name in names
}
# A month's name in the five languages, as written (also figures.py: "since April").
MONTH = trie_pattern([*MONTH_NAMES, *_FOREIGN_MONTHS])
_ORD = r"(?:st|nd|rd|th)?"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS = tuple(day.lower() for day in WEEKDAY_NAMES)
# The weekdays of French, Spanish, Italian and Portuguese reporting, written in lower case
# ("tienen previsto reunirse este sábado en Bujumbura", kit-04; "Réunis jeudi 9 février",
# kit-06), each with its index (0 = Monday); capitalised "Domingo" is a name (Santo Domingo).
_ROMANCE_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        (
            "lundi lunes lunedì lunedi segunda-feira",
            "mardi martes martedì martedi terça-feira",
            "mercredi miércoles mercoledì mercoledi quarta-feira",
            "jeudi jueves giovedì giovedi quinta-feira",
            "vendredi viernes venerdì venerdi sexta-feira",
            "samedi sábado sabato",
            "dimanche domingo domenica",
        )
    )
    for name in names.split()
}
# A weekday still to come in those languages: "samedi prochain", "el próximo lunes", "tienen
# previsto reunirse este sábado", "doivent ... se retrouver vendredi"
_ROMANCE_FUTURE = re.compile(
    r"\b(?:prochaine?|próxim[oa]|prossim[oa]|que vem|previst[oa]s?|prévue?s?|prevé|doit|doivent|"
    r"devrait|devraient|dovrebbe|dovrebbero|aura|auront|sera|seront|tendrá|tendrán|será|serán|"
    r"sarà|saranno|habrá|avrà|terá|irá|irán|vont|deberá|"
    # an invitation is to a day to come: "ha invitado a los ministros ... a Moscú el viernes"
    # (nkw-03)
    r"invitado|invitados|invitó|invité|invités|invitato|invitati|convidou|convidados|"
    # any verb's future in Spanish, Portuguese and Italian: "Biden recibirá el viernes en Camp
    # David al primer ministro japonés" (maui-08), "riceverà", "receberão" (not "verão", summer)
    r"\w+(?:rá|rán|rà|ranno)|\w+(?<!ve)rão)\b",
    re.IGNORECASE,
)
_DASH = r"\s*(?:-|–|—|to|and)\s*"
# "para sábado (19)": the day of the month in brackets after a weekday (the Brazilian press)
DAY_IN_BRACKETS = re.compile(r"\s*\((\d{1,2})\)")


def _words(words: str) -> str:
    """Lower-case or capitalised forms of words, as one trie pattern (faster than (?i:...))."""
    return trie_pattern(w for word in words.split() for w in (word, word.title()))


_POSITIONS = _words("end beginning start middle mid early late")
# the prepositions a bare year follows (and the gate's start words below include them)
_YEAR_PREPOSITIONS = (
    "in", "since", "after", "before", "until", "by", "from", "during", "around", "of",
    "de", "del", "di", "do", "da", "du", "en", "em", "nel", "dal", "depuis", "desde",
)  # fmt: skip
# A date that names an event, not when something was reported: "le bilan du séisme du 28 mars"
# (quake-12), "lors du tremblement de terre du 14 août 2021" (hq-14)
EVENT_DATE_BEFORE = re.compile(r"\b(?:du|del|de la|of the|do|da|della|dello)\s+$", re.I)
# What stands before a since-date, the start of a period and not when something happened:
# "una riconquista dal 6 agosto" (kursk-07), "la primera reunión presencial desde el 7 de marzo"
# (mar-07)
SINCE_BEFORE = re.compile(
    r"\b(?:since|desde|depuis|dal|dall['’]|dalla|dai)\s+(?:el\s+|le\s+|o\s+|the\s+)?$", re.I
)
_DATE_RE = re.compile(
    # "Dec. 7-8", "December 7 and 8, 2024"
    rf"(?P<m1>{MONTH})\.?\s+(?P<d1>\d{{1,2}}){_ORD}{_DASH}(?P<d2>\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s+(?P<y1>\d{{4}}))?"
    # "7-8 December"
    rf"|\b(?P<d3>\d{{1,2}}){_ORD}{_DASH}(?P<d4>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m2>{MONTH})\b\.?"
    rf"(?:,?\s+(?P<y2>\d{{4}}))?"
    # "the end of November" (seed 001: "as of the end of November" -> 30 Nov)
    rf"|\b(?:[Tt]he\s+)?(?P<pos>{_POSITIONS})(?:\s+of|-)?\s+"
    rf"(?P<m5>{MONTH})\b\.?(?:\s+(?P<y5>\d{{4}}))?"
    # "November 27", "Nov. 27", "November 27th", "December 3, 2024"
    rf"|(?P<m3>{MONTH})\.?\s+(?P<d5>\d{{1,2}}){_ORD}(?![\d,.]\d)\b(?:,?\s+(?P<y3>\d{{4}}))?"
    # "27 November", "3 December 2024", "29 de octubre de 2024"
    rf"|\b(?P<d6>\d{{1,2}}){_ORD}\s+(?:of\s+|de\s+)?(?P<m4>{MONTH})\b\.?"
    rf"(?:,?\s+(?:de\s+)?(?P<y4>\d{{4}}))?"
    # "in December", "since November 2024"
    rf"|\b{_words('in during since by until through')}\s+(?P<m6>{MONTH})\b(?:\s+(?P<y6>\d{{4}}))?"
    # "novembre 1999", "agosto de 2014", "August 2014": a month with its year needs no preposition
    rf"|\b(?P<m7>{MONTH})\b\.?\s+(?:de\s+|del\s+)?(?P<y7>(?:19|20)\d\d)\b(?![,.]?\d)"
    r"|\b(?P<wd>" + trie_pattern(w.title() for w in _WEEKDAYS) + r")\b"
    r"|(?<![\w-])(?P<rwd>" + trie_pattern(_ROMANCE_WEEKDAYS) + r")(?![\w-])"
    r"|\b(?P<rel>"
    + _words("today tonight yesterday tomorrow")
    + r"|"
    + _words("next last this past")
    + r"\s+(?:week|weekend|month|year))\b"
    # bare years only after a preposition: "in 2020", "since at least 2015", "celles de 2010"
    r"|\b" + _words(" ".join(_YEAR_PREPOSITIONS)) + r"\s+"
    r"(?:(?:at least|as early as|early|late|mid-?)\s*)?(?P<yr>(?:19|20)\d\d)\b(?![,.]?\d)"
)

# Where a date phrase can start: a month name (anywhere: nothing is required before "Dec."),
# a digit, or a word that opens one of the other forms. `re` would try _DATE_RE at every
# position of the sentence; it is tried only at these (see _gate.py).
_MONTH_STARTS = Gate({"month": {name[:3].lower() for name in [*MONTH_NAMES, *_FOREIGN_MONTHS]}})
_WORD_STARTS = Gate(
    {
        "word": (
            "the", "end", "beginning", "start", "middle", "mid", "early", "late", "through",
            *_WEEKDAYS, *_ROMANCE_WEEKDAYS, "today", "tonight", "yesterday", "tomorrow", "next",
            "last", "this",
            "past", *_YEAR_PREPOSITIONS,
        )
    },
    whole_words=True,
)  # fmt: skip
_DIGITS = re.compile(r"\d+")

_MAYBE_DATE = re.compile(
    r"\d|day\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?i:week|month|year|tonight|"
    r"tomorrow)"
)
# (apart: one long alternation slows the search for the common digit at every position)
_MAYBE_ROMANCE_DAY = re.compile(trie_pattern(_ROMANCE_WEEKDAYS))
_FUTURE = frozenset(
    {
        "will", "ll", "shall", "would", "could", "may", "might", "scheduled", "expected", "due",
        "planned", "plans", "plan", "set", "upcoming", "next", "later", "tomorrow", "planning",
        "going", "intends", "aims",
    }
)  # fmt: skip
_PAST = frozenset(
    {
        "said", "says", "met", "held", "took", "broke", "fled", "began", "saw", "went", "came",
        "told", "was", "were", "had", "left", "fell", "won", "made", "gave", "struck", "hit",
        "ran", "fought", "sent", "spoke", "wrote", "brought", "kept", "lost", "overran", "rose",
        "reports", "announces", "yesterday", "last", "ago", "earlier", "did", "got", "shot",
    }
)  # fmt: skip
# "-ed" words that are not past tense verbs.
_ED_NOT_PAST = frozenset(
    {"armed", "united", "based", "hundred", "indeed", "need", "speed", "proceed", "exceed",
     "succeed", "feed", "breed", "embed", "shed", "red", "bed", "seed", "sacred", "naked",
     "wicked", "alleged", "so-called", "advanced", "detailed", "limited", "related",
     "concerned", "interested", "supposed"}
)  # fmt: skip
_NOT_VERB_AFTER_TO = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})
_TOKEN_RE = re.compile(r"[A-Za-z]+")


def _marker(tokens: list[str], i: int) -> str | None:
    """'future' / 'past' when tokens[i] marks a tense, else None."""
    written = tokens[i]
    tok = written.lower()
    if tok in _FUTURE:
        return "future"
    # "to meet on Saturday"; but not "fell to HTS on Thursday": verbs are lower case
    if i > 0 and tokens[i - 1] == "to" and written.islower() and tok not in _NOT_VERB_AFTER_TO:
        if tok in _PAST or tok.endswith("ed"):
            return None
        return "future"
    if tok in _PAST or (tok.endswith("ed") and len(tok) > 4 and tok not in _ED_NOT_PAST):
        if i > 0 and tokens[i - 1].lower() in ("be", "being"):
            return None  # "will be held on Saturday": let "will" decide
        return "past"
    return None


def tense_at(text: str, start: int, end: int | None = None) -> Literal["future", "past"]:
    """The tense of the verb nearest before text[start:] (else after it); past by default."""
    before = _TOKEN_RE.findall(text[:start])
    for i in range(len(before) - 1, -1, -1):
        mark = _marker(before, i)
        if mark:
            return "future" if mark == "future" else "past"
    after = _TOKEN_RE.findall(text[end if end is not None else start :])
    for i in range(len(after)):
        mark = _marker(after, i)
        if mark:
            return "future" if mark == "future" else "past"
    return "past"


def resolve_weekday(weekday: int, published: date, future: bool) -> date:
    """The `weekday` (0 = Monday) meant by an article published on `published`.

    The publication day itself when it is that weekday ("on Friday" in a Friday article);
    otherwise the next such day (future tense) or the most recent one (past tense).
    """
    delta = (weekday - published.weekday()) % 7
    if delta == 0:
        return published
    return published + timedelta(days=delta) if future else published - timedelta(days=7 - delta)


def infer_year(month: int, day: int, published: date) -> date | None:
    """The date of `day month` closest to publication (a December article's "January 3" is
    next year's)."""
    best: date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _month_num(name: str) -> int:
    return _FOREIGN_MONTHS.get(name) or _MONTH_NUM[name[:3].lower()]


def _dated(month: int, day: int, year: str | None, published: date) -> date | None:
    if year:
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    return infer_year(month, day, published)


def _month_range(month: int, year: str | None, published: date) -> tuple[date, date] | None:
    anchor = _dated(month, 15, year, published)
    if anchor is None:
        return None
    last = calendar.monthrange(anchor.year, month)[1]
    return date(anchor.year, month, 1), date(anchor.year, month, last)


def _relative(word: str, published: date) -> tuple[date, date, DateKind]:
    word = " ".join(word.lower().split())
    if word in ("today", "tonight"):
        return published, published, "day"
    if word == "yesterday":
        d = published - timedelta(days=1)
        return d, d, "day"
    if word == "tomorrow":
        d = published + timedelta(days=1)
        return d, d, "day"
    which, unit = word.split()
    step = {"next": 1, "last": -1, "past": -1, "this": 0}[which]
    if unit == "week":
        first, last = week_of(published + timedelta(weeks=step))
        return first, last, "week"
    if unit == "weekend":
        monday, _ = week_of(published + timedelta(weeks=step))
        return monday + timedelta(days=5), monday + timedelta(days=6), "range"
    if unit == "year":
        y = published.year + step
        return date(y, 1, 1), date(y, 12, 31), "year"
    month_index = published.year * 12 + published.month - 1 + step
    y, m = divmod(month_index, 12)
    return (
        date(y, m + 1, 1),
        date(y, m + 1, calendar.monthrange(y, m + 1)[1]),
        "month",
    )


def _resolve(m: re.Match[str], text: str, published: date) -> tuple[date, date, DateKind] | None:
    g = m.group
    if g("m1") or g("m2"):
        month = _month_num(g("m1") or g("m2"))
        d1, d2 = int(g("d1") or g("d3")), int(g("d2") or g("d4"))
        first = _dated(month, d1, g("y1") or g("y2"), published)
        if first is None or d2 <= d1:
            return None
        try:
            return first, first.replace(day=d2), "range"
        except ValueError:
            return None
    if g("m5"):
        rng = _month_range(_month_num(g("m5")), g("y5"), published)
        if rng is None:
            return None
        first, last = rng
        pos = g("pos").lower()
        if pos == "end":
            return last, last, "day"
        if pos in ("beginning", "start"):
            return first, first, "day"
        if pos in ("middle", "mid"):
            mid = first.replace(day=15)
            return mid, mid, "day"
        if pos == "early":
            return first, first.replace(day=10), "range"
        return first.replace(day=21), last, "range"
    if g("m3") or g("m4"):
        day = _dated(_month_num(g("m3") or g("m4")), int(g("d5") or g("d6")), g("y3") or g("y4"),
                     published)  # fmt: skip
        return (day, day, "day") if day else None
    if g("m6") or g("m7"):
        rng = _month_range(_month_num(g("m6") or g("m7")), g("y6") or g("y7"), published)
        return (rng[0], rng[1], "month") if rng else None
    if g("wd"):
        future = tense_at(text, m.start(), m.end()) == "future"
        day = resolve_weekday(_WEEKDAYS.index(g("wd").lower()), published, future)
        return day, day, "day"
    if g("rwd"):
        weekday = _ROMANCE_WEEKDAYS[g("rwd")]
        if bracket := DAY_IN_BRACKETS.match(text, m.end()):
            # "convocaram uma cúpula ... para sábado (19)" (msv-03): the Brazilian press gives
            # the day of the month after the weekday, which says whether it is past or to come
            for future in (False, True):
                day = resolve_weekday(weekday, published, future)
                if day.day == int(bracket.group(1)):
                    return day, day, "day"
        near = text[max(0, m.start() - 100) : m.end() + 30]
        day = resolve_weekday(weekday, published, _ROMANCE_FUTURE.search(near) is not None)
        return day, day, "day"
    if g("rel"):
        return _relative(g("rel"), published)
    year = int(g("yr"))
    return date(year, 1, 1), date(year, 12, 31), "year"


def find_dates(text: str, published: date) -> list[DateMatch]:
    """Every date phrase in `text`, resolved against the publication date, in order."""
    out: list[DateMatch] = []
    if not _MAYBE_DATE.search(text) and not _MAYBE_ROMANCE_DAY.search(text):
        return out  # most sentences carry no date: skip the big pattern
    folded = fold(text)
    starts = [
        *_MONTH_STARTS.starts(text, folded),
        *_WORD_STARTS.starts(text, folded),
        *(digits.start() for digits in _DIGITS.finditer(text)),
    ]
    for m in finditer_at(_DATE_RE, text, starts):
        resolved = _resolve(m, text, published)
        if resolved is None:
            continue
        first, last, kind = resolved
        start = m.start("yr") if m.group("yr") else m.start()
        if (
            out
            and m.group("wd") is None
            and m.group("rwd") is None
            # "Thursday, October 24", "ce samedi 9 décembre" (gezira-01)
            and (out[-1].text in WEEKDAY_NAMES or out[-1].text in _ROMANCE_WEEKDAYS)
            and not text[out[-1].end : start].strip(" ,")
        ):
            out.pop()  # "Thursday, October 24" (leb-09): the date, not the next Thursday
        out.append(DateMatch(start, m.end(), text[start : m.end()], first, last, kind))
    return out


def resolve(phrase: str, published: date) -> DateValue | None:
    """The first date phrase in `phrase`, as a date or a (first, last) range."""
    found = find_dates(phrase, published)
    return found[0].value if found else None


# A page's own date in its header lines: "Taipei Times · Front Page · Thu, Feb 08, 2018"
# (tw-02), "Publié le 19/07/2022" (rak-10), or the dateline that opens its first paragraph,
# "MAIDUGURI, Sept. 26, 2022 (NAN) - ..." (mai-08). A header line is short, or says it is the
# page's date ("Published", "Publicado el"...); a date an event is named by ("lors du
# tremblement de terre du 14 août 2021", hq-14) is not the page's.
_HEADER_LINES = 5
_DATELINE_RE = re.compile(r"(.{0,40}?\d)\s*(?:\(|[-–—|·/]\s)")
_PUBLISHED_LINE_RE = re.compile(
    r"(?i:published|publié|publicado|publicada|pubblicato|updated|mis à jour|atualizado)"
)
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/])")
# Months cut to three letters, in the five languages, as page headers write them
_SHORT_MONTHS = {
    short: number
    for number, names in enumerate(
        ("jan ene gen janv", "feb fev fév févr", "mar", "apr abr avr", "may mai mag",
         "jun giu juin", "jul lug juil", "aug ago aoû", "sep set sept", "oct out ott", "nov",
         "dec dez dic déc"),
        start=1,
    )
    for short in names.split()
}  # fmt: skip
_SHORT_DATE_RE = re.compile(
    r"\b(\d{1,2})\s+(?i:(" + "|".join(_SHORT_MONTHS) + r"))\.?,?\s+((?:19|20)\d\d)\b"
)
_YEAR_IN_RE = re.compile(r"\b(?:19|20)\d\d\b")


def page_date(text: str, published: date) -> date | None:
    """The date a page's header lines give it, when they give one with its year: a page that
    resurfaces in a feed years later says when it was written."""
    lines = [line for line in text.split("\n", 2 * _HEADER_LINES)[: 2 * _HEADER_LINES] if line]
    for line in lines[:_HEADER_LINES]:
        if not _YEAR_IN_RE.search(line):
            continue  # most lines: no year, no page date
        if len(line) > 100 and not _PUBLISHED_LINE_RE.search(line):
            # a dateline opens the first paragraph: the date, then its agency or a dash ("El
            # 29 de octubre de 2024, 236 personas fallecieron", dana-13, is the event's date)
            dateline = _DATELINE_RE.match(line)
            if dateline is None:
                continue
            line = dateline.group(1)
        short = _SHORT_DATE_RE.search(line)
        if short:  # "16 mar 2022, 14:05" (mzc-14)
            written = _valid(int(short[3]), _SHORT_MONTHS[short[2].lower()], int(short[1]))
            if written is not None:
                return written
        numeric = _NUMERIC_DATE_RE.search(line)
        if numeric:
            # "17/12/2023", "16.11.2017" (day first) or "04/03/2024 06:13 PM" (month first,
            # tw-04): the reading nearer the feed's date
            readings = [
                _valid(int(numeric[4]), int(numeric[a]), int(numeric[b]))
                for a, b in ((3, 1), (1, 3))
            ]
            valid = [d for d in readings if d is not None]
            if valid:
                return min(valid, key=lambda d: abs(d - published))
        for found in find_dates(line, published):
            if (
                found.kind in ("day", "month")
                and _YEAR_IN_RE.search(found.text)
                and not EVENT_DATE_BEFORE.search(line, 0, found.start)
            ):
                return found.last
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
