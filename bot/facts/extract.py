"""Article -> facts: run the three extractors and keep one fact per thing the article says.

An article states the same fact several times (a heading, the lede, the body): alerts must see
it once. Figures with the same kind/place/status/value merge, keeping the most informative
fields (the heading "280,000 Flee Their Homes" adds nothing to the body's "an estimated 280,000
... according to ... the United Nations on Friday", seed 000); meeting mentions merge in
meetings.py; one control fact per place, the highest on the ladder. Headings and the title only
support: a heading-only fact survives when it is complete.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import timedelta

from bot.facts.context import Context, build_context
from bot.facts.control import extract_control
from bot.facts.dates import page_date
from bot.facts.figures import extract_figures
from bot.facts.meetings import extract_meetings
from bot.models import Article, Control, Fact, Figure

_LADDER = {"withdrawn": 0, "contested": 1, "claimed": 2, "captured": 3}
_Placed = tuple[int, int, Fact]


def _heading(ctx: Context, index: int) -> bool:
    return ctx.sentences[index].heading


def _fill(best: Figure, other: Figure) -> Figure:
    """`best` with its empty fields taken from `other`."""
    updates = {
        f.name: getattr(other, f.name)
        for f in fields(Figure)
        if getattr(best, f.name) is None and getattr(other, f.name) is not None
    }
    return replace(best, **updates) if updates else best


def _merge_figures(ctx: Context, found: list[tuple[int, int, Figure]]) -> list[_Placed]:
    groups: dict[tuple[str, str | None, str, int], list[tuple[int, int, Figure]]] = {}
    for item in found:
        fig = item[2]
        groups.setdefault((fig.kind, fig.place, fig.status, fig.figure), []).append(item)
    out: list[_Placed] = []
    in_body = {(i[2].kind, i[2].figure) for i in found if not _heading(ctx, i[0])}
    for items in groups.values():
        body = [i for i in items if not _heading(ctx, i[0])]
        if not body:
            fig = items[0][2]
            if fig.reporter is None or fig.place is None:
                continue  # a heading figure alone, with no source: not complete
            if (fig.kind, fig.figure) in in_body:
                continue  # the title's "89 000 déplacés" is the body's figure (fasher-13)
        anchor = (body or items)[0]
        merged = anchor[2]
        for other in body[1:] + [i for i in items if i not in body]:
            merged = _fill(merged, other[2])
        out.append((anchor[0], anchor[1], merged))
    return out


# A toll counted since a date further back than this is a season's or a war's running total.
_SEASON_DAYS = 60


def _drop_running_totals(ctx: Context, figures: list[_Placed]) -> list[_Placed]:
    """Without a season's running total told beside the event's own toll: "killed at least 66
    people in Nepal since early on Friday ... at least 254 people had died ... since the season
    began in June" (nep-02). Told alone, such a total is the toll (pak-02, leb-07)."""

    def running(fact: Fact) -> bool | None:
        """None for no figure counted since a date, else whether it counts since long ago."""
        if not isinstance(fact, Figure) or fact.since is None:
            return None
        return (ctx.published - fact.since).days > _SEASON_DAYS

    recent = {(f.kind, f.place) for _, _, f in figures if running(f) is False}
    return [
        item
        for item in figures
        if not (running(fig := item[2]) and (fig.kind, fig.place) in recent)
    ]


def _merge_control(ctx: Context, found: list[tuple[int, int, Control]]) -> list[_Placed]:
    best: dict[str, tuple[int, int, Control]] = {}
    for item in found:
        fact = item[2]
        # a heading supports; it decides only when it is all there is
        if _heading(ctx, item[0]) and any(
            not _heading(ctx, other[0]) for other in found if other[2].place == fact.place
        ):
            continue
        current = best.get(fact.place)
        if current is None:
            best[fact.place] = item
            continue
        cur = current[2]
        if _LADDER[fact.status] > _LADDER[cur.status]:
            keep = fact if fact.date or cur.actor != fact.actor else replace(fact, date=cur.date)
            best[fact.place] = (current[0], current[1], keep)
        elif cur.date is None and fact.date is not None and cur.actor == fact.actor:
            best[fact.place] = (current[0], current[1], replace(cur, date=fact.date))
    return list(best.values())


# A page whose header dates it this long before the feed did is an old page resurfacing.
_OLD_PAGE = timedelta(days=30)


def extract_facts(article: Article) -> tuple[Fact, ...]:
    """The facts of an article, de-duplicated, in document order. An old page resurfacing in a
    feed ("Taipei Times · Thu, Feb 08, 2018" in a 2024 feed, tw-02) is history: none."""
    written = page_date(article.text, article.published)
    if written is not None and written < article.published - _OLD_PAGE:
        return ()
    ctx = build_context(article)
    placed: list[_Placed] = []
    placed.extend(extract_meetings(ctx))
    placed.extend(_drop_running_totals(ctx, _merge_figures(ctx, extract_figures(ctx))))
    placed.extend(_merge_control(ctx, extract_control(ctx)))
    placed.sort(key=lambda item: (item[0], item[1]))
    out: list[Fact] = []
    for _, _, fact in placed:
        if fact not in out:
            out.append(fact)
    return tuple(out)
