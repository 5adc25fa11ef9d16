"""Displacement and casualty figures: how many, of what, who says so, where, as of when.

A number is a figure only when a counted word governs it ("280,000 people have been displaced",
"killed at least 20"); populations ("home to 2 million people", seed 001) and war-long totals
("the conflict ... has left 500,000 people dead", seed 001) are background, not news. A number
without a counted word that refers back to a figure ("the number could skyrocket to 1.5 million",
seed 000) inherits what it counts from the previous figure in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from bot.facts.context import Context, Sentence
from bot.facts.numbers import NumberMatch, find_numbers
from bot.facts.places import country_name
from bot.models import Figure, FigureKind

_DISPLACED = (
    r"internally displaced|displaced|displacing|displacement|fled|flee|flees|fleeing|uprooted|"
    r"forced (?:to flee )?(?:from|out of) their homes|forced to flee|refugees?|idps?|evacuated|"
    r"made homeless|homeless|driven from their homes"
)
_KILLED = (
    r"killed|killing|dead|died|deaths?|death toll|lost their lives|fatalities|slain|"
    r"massacred|bodies"
)
_INJURED = r"wounded|wounding|injured|injuring|injuries|hurt"
_CASUALTIES = r"casualties|casualty toll"
_COUNTED_RE = re.compile(
    rf"\b(?:(?P<disp>{_DISPLACED})|(?P<killed>{_KILLED})|(?P<injured>{_INJURED})"
    rf"|(?P<cas>{_CASUALTIES}))\b",
    re.IGNORECASE,
)
# "the number could skyrocket to 1.5 million" (seed 000): refers back to the previous figure.
_ANAPHOR_RE = re.compile(
    r"\b(?:the|this|that|which|these)\s+(?:\w+\s+)?(?:number|figure|toll|total|count|tally)\b",
    re.I,
)
_PROJECTION_RE = re.compile(
    r"\b(?:could|may|might|would|expected to|projected|projections?|forecasts?|forecast to|"
    r"at risk|risk of|likely to|feared|fears?|set to rise|on track to|estimated to reach|"
    r"scenario|worst case)\b",
    re.IGNORECASE,
)
# Background, not news: populations (seed 001 "home to 2 million people") ...
_POPULATION_RE = re.compile(
    r"\b(?:home to|population|inhabitants|residents of|people live|living in|city of)\b", re.I
)
# ... and totals over a whole war (seed 001 "has left 500,000 people dead",
# "since the start of the war in 2011").
_WAR_TOTAL_RE = re.compile(
    r"\b(?:conflict|war|civil war|uprising)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:since\s+)?"
    r"(?:left|killed|claimed|displaced|uprooted|forced)\b"
    r"|\bsince the (?:start|beginning|outbreak) of the (?:civil )?war\b"
    r"|\b(?:over|during|throughout) the (?:course of the )?(?:\w+[- ]year )?(?:civil )?war\b",
    re.IGNORECASE,
)
_AS_OF_RE = re.compile(r"\b(?:as of|as at|by|through|until)\s+(?:the\s+)?$", re.I)
_SINCE_RE = re.compile(r"\bsince\b", re.I)
_REPORTING_RE = re.compile(
    r"\b(?:reported|reports|said|says|released|according|announced|stated|told|published|"
    r"estimated|estimates|figures|data|update)\b",
    re.IGNORECASE,
)

# Reporters, longest first: "the UN Office for the Coordination of Humanitarian Affairs" is
# OCHA, not "UN" (seed 001).
_REPORTERS: tuple[tuple[str, str], ...] = (
    (r"UN Office for the Coordination of Humanitarian Affairs|United Nations Office for the "
     r"Coordination of Humanitarian Affairs|UN humanitarian office|OCHA", "OCHA"),
    (r"UN refugee agency|United Nations refugee agency|UN High Commissioner for Refugees|United "
     r"Nations High Commissioner for Refugees|UNHCR", "UNHCR"),
    (r"International Organization for Migration|UN migration agency|IOM", "IOM"),
    (r"World Food Programme|World Food Program|WFP", "WFP"),
    (r"UN children's agency|UN children’s agency|UNICEF|Unicef", "UNICEF"),
    (r"World Health Organization|World Health Organisation|WHO", "WHO"),
    (r"International Committee of the Red Cross|ICRC|Red Cross", "ICRC"),
    (r"Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF", "MSF"),
    (r"Syrian Observatory for Human Rights|SOHR|Britain-based war monitor|Observatory", "SOHR"),
    (r"Internal Displacement Monitoring Centre|IDMC", "IDMC"),
    (r"UNRWA", "UNRWA"),
    (r"(?i:health ministry)|Ministry of Health", "Health Ministry"),
    (r"United Nations|U\.N\.|UN", "UN"),
)  # fmt: skip
_REPORTER_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_REPORTERS))
    + r")(?!\w)"
)


@dataclass(frozen=True)
class _Hit:
    number: NumberMatch
    part: str  # "disp", "killed", "injured", "cas", or "anaphor"
    status: str
    end: int  # end of the counted word


def reporter_in(text: str) -> str | None:
    """The canonical reporter named in a sentence, preferring one in an attribution."""
    found: list[tuple[int, str]] = []
    for m in _REPORTER_RE.finditer(text):
        name = next(_REPORTERS[int(k[1:])][1] for k, v in m.groupdict().items() if v is not None)
        found.append((m.start(), name))
    if not found:
        return None
    for start, name in found:
        if _REPORTING_RE.search(text[max(0, start - 40) : start + 80]):
            return name
    return found[0][1]


def _clause_start(text: str, pos: int, floor: int) -> int:
    cut = max(text.rfind(",", floor, pos), text.rfind(";", floor, pos), text.rfind(":", floor, pos))
    return max(floor, cut + 1)


def _hits(text: str, numbers: list[NumberMatch]) -> list[_Hit]:
    hits: list[_Hit] = []
    prev_end = 0
    for k, n in enumerate(numbers):
        next_start = numbers[k + 1].start if k + 1 < len(numbers) else len(text)
        window_start = _clause_start(text, n.start, prev_end)
        before = text[window_start : n.start]
        before_words = before.split()[-6:]
        before_tail = " ".join(before_words)
        after_text = text[n.end : next_start]
        after_words = after_text[:120].split()[:10]
        after_tail = " ".join(after_words)
        part: str | None = None
        end = n.end
        # the governing verb before the number wins: "killed at least 20 people and wounded 45"
        found_before = list(_COUNTED_RE.finditer(before_tail))
        if found_before:
            part = next(k for k, v in found_before[-1].groupdict().items() if v)
        else:
            m = _COUNTED_RE.search(after_tail)
            if m and not re.search(r"\baccording to\b", after_tail[: m.start()], re.I):
                part = next(k for k, v in m.groupdict().items() if v)
                end = n.end + after_text.find(m.group(0)) + len(m.group(0))
            elif _ANAPHOR_RE.search(before):
                part = "anaphor"
        prev_end = n.end
        if part is None:
            continue
        if _POPULATION_RE.search(before_tail) or re.match(r"\s*(?:inhabitants|residents)\b",
                                                          after_text):  # fmt: skip
            continue  # "home to 2 million people" (seed 001)
        scope = text[window_start:end]
        status = "projection" if _PROJECTION_RE.search(scope) else "reported"
        hits.append(_Hit(n, part, status, end))
    return hits


def _dates(sentence: Sentence, published: date) -> tuple[date | None, date | None, bool]:
    """(as_of, since, old): `old` when the figure is dated to an earlier year."""
    as_of: date | None = None
    since: date | None = None
    old = False
    text = sentence.text
    for d in sentence.dates:
        before = text[max(0, d.start - 60) : d.start]
        sinces = list(_SINCE_RE.finditer(before))
        # "Since the armed factions launched their offensive on November 27," (seed 000)
        is_since = bool(sinces) and not re.search(r"[,;]", before[sinces[-1].end() :])
        if d.kind == "year":
            if is_since or re.search(r"\bin\s+$", before):
                old = old or d.first.year < published.year
            continue
        if is_since:
            since = since or d.first
        elif _AS_OF_RE.search(before):
            as_of = d.last  # "as of the end of November" -> 30 Nov (seed 001)
        elif as_of is None and _REPORTING_RE.search(before[-40:]):
            as_of = d.last  # "reported Monday", "released ... on Friday"
    return as_of, since, old


def _place(sentence: Sentence, ctx: Context) -> tuple[str | None, str | None]:
    places = [p for p in sentence.places if not p.demonym]
    # the most specific place the sentence names: a city over a region over a country
    for kind in ("city", "region", "country"):
        for p in places:
            if p.kind == kind:
                return p.canonical, p.country
    if ctx.focus:
        return country_name(ctx.focus), ctx.focus
    return None, None


def figures_in(sentence: Sentence, ctx: Context, previous: Figure | None = None) -> list[Figure]:
    """The figures of one sentence; `previous` is the last figure before it in the article."""
    return [fig for _, fig in _figures_at(sentence, ctx, previous)]


def _figures_at(
    sentence: Sentence, ctx: Context, previous: Figure | None
) -> list[tuple[int, Figure]]:
    text = sentence.text
    numbers = find_numbers(text)
    if not numbers or _WAR_TOTAL_RE.search(text):
        return []  # war-long totals (seed 001 "has left 500,000 people dead")
    hits = _hits(text, numbers)
    if not hits:
        return []
    as_of, since, old = _dates(sentence, ctx.published)
    if old:
        return []  # "since 2011", "in 2015": history, not news
    place, country = _place(sentence, ctx)
    reporter = reporter_in(text)
    out: list[tuple[int, Figure]] = []
    casualty: dict[str, NumberMatch] = {}
    casualty_status = "reported"
    for hit in hits:
        if hit.part in ("killed", "injured", "cas"):
            casualty.setdefault(hit.part, hit.number)
            if hit.part != "injured" or len(casualty) == 1:
                casualty_status = hit.status
            continue
        if hit.part == "anaphor":
            base = out[-1][1] if out else previous
            if base is None:
                continue
            fig = replace(
                base,
                figure=hit.number.value,
                qualifier=hit.number.qualifier,
                status=hit.status,  # type: ignore[arg-type]
                sentence=text,
                killed=None,
                injured=None,
            )
        else:
            fig = _figure("displacement", hit, place, country, reporter, as_of, since, text)
        out.append((hit.number.start, fig))
    if casualty:
        head = casualty.get("killed") or casualty.get("cas") or casualty["injured"]
        killed, injured = casualty.get("killed"), casualty.get("injured")
        fig = Figure(
            kind="casualties",
            figure=head.value,
            qualifier=head.qualifier,
            status=casualty_status,  # type: ignore[arg-type]
            place=place,
            country=country,
            reporter=reporter,
            as_of=as_of,
            since=since,
            sentence=text,
            killed=killed.value if killed else None,
            injured=injured.value if injured else None,
        )
        out.append((head.start, fig))
    out.sort(key=lambda item: item[0])
    return out


def _figure(
    kind: FigureKind,
    hit: _Hit,
    place: str | None,
    country: str | None,
    reporter: str | None,
    as_of: date | None,
    since: date | None,
    text: str,
) -> Figure:
    return Figure(
        kind=kind,
        figure=hit.number.value,
        qualifier=hit.number.qualifier,
        status=hit.status,  # type: ignore[arg-type]
        place=place,
        country=country,
        reporter=reporter,
        as_of=as_of,
        since=since,
        sentence=text,
    )


def extract_figures(ctx: Context) -> list[tuple[int, int, Figure]]:
    """Every figure in the article as (sentence index, offset, figure), in document order."""
    out: list[tuple[int, int, Figure]] = []
    previous: Figure | None = None
    for sentence in ctx.sentences:
        for offset, fig in _figures_at(sentence, ctx, previous):
            out.append((sentence.index, offset, fig))
            previous = fig
    return out
