"""`sitrep eval`: replay a corpus of real reporting and score the alerts against a gold file.

A corpus is a directory of situations; each situation is a directory with
  feed.xml    the articles (RSS or Atom) in publication order
  gold.json   {"situation": ..., "held_out": bool, "articles": {guid: {"facts": [...]}},
               "alerts": [{"article": guid, "kind": ..., key fields...}, ...]}
and an optional corpus-level manifest.json ({"situations": [{"name", "held_out", "split"}]})
that fixes the order and the splits (the manifest wins over each gold's own flags). A situation
is in the development split, the held-out split (`"held_out": true`: set aside while rules were
written) or the fresh split (`"split": "fresh"`: written after the rules and scored once, unseen);
`sitrep eval` reports each split on its own.

Each situation is replayed through the real pipeline (bot.replay into an in-memory database) and
its alerts are matched one-to-one with the expected ones. An alert matches an expected one when
kind and article agree and so do the key fields the gold gives:
  figures   the figure within 2% (`figure`), the same place (`place`, compared as slugs)
  meetings  the same place, or the same participants (either is enough)
  control   the same place; the same actor when the gold names one (by any of its names; a
            state stands for its army: "Russia" is "Russian forces", "Sri Lankan army" is Sri
            Lanka's)
An unmatched alert is a false alarm; an unmatched expected alert is a miss.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.diff import slug
from bot.errors import SitrepError
from bot.facts.actors import canonical_actor
from bot.facts.context import ARMY_AFTER, army_of
from bot.facts.places import canonical_place, find_places, lookup
from bot.models import FACT_KINDS, Alert, Control, Figure, Meeting
from bot.replay import Source, replay
from bot.settings import Settings
from storage.db import open_db

FIGURE_TOLERANCE = 0.02

SPLITS = ("development", "held_out", "fresh")


class CorpusError(SitrepError):
    """The corpus cannot be read: names the file and what is wrong."""


@dataclass(frozen=True)
class Situation:
    name: str
    feed: Path
    gold: dict[str, Any]
    split: str  # one of SPLITS

    @property
    def held_out(self) -> bool:
        return self.split == "held_out"


@dataclass(frozen=True)
class Outcome:
    """One alert or expected alert, as the report shows it."""

    situation: str
    article: str
    kind: str
    summary: str


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "expected": self.tp + self.fn,
            "alerts": self.tp + self.fp,
            "matched": self.tp,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass
class SituationResult:
    situation: Situation
    by_kind: dict[str, Counts] = field(default_factory=dict)
    misses: list[Outcome] = field(default_factory=list)
    false_alarms: list[Outcome] = field(default_factory=list)
    articles: int = 0
    errors: list[str] = field(default_factory=list)


# --- the corpus --------------------------------------------------------------------------------


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file") from None
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc


def load_corpus(root: str | Path) -> list[Situation]:
    base = Path(root)
    if not base.is_dir():
        raise CorpusError(f"{base}: not a directory")
    manifest = base / "manifest.json"
    splits: dict[str, str] = {}
    if manifest.exists():
        entries = _read_json(manifest).get("situations", [])
        names = [str(item["name"]) for item in entries]
        splits = {str(item["name"]): _split_of(item, manifest) for item in entries}
    else:
        names = sorted(p.name for p in base.iterdir() if (p / "gold.json").exists())
    if not names:
        raise CorpusError(f"{base}: no situations (directories with feed.xml and gold.json)")
    out = []
    for name in names:
        folder = base / name
        feed = folder / "feed.xml"
        if not feed.exists():
            raise CorpusError(f"{feed}: no such file")
        gold = _read_json(folder / "gold.json")
        if not isinstance(gold.get("alerts"), list):
            raise CorpusError(f"{folder / 'gold.json'}: needs an 'alerts' list")
        split = splits.get(name) or _split_of(gold, folder / "gold.json")
        out.append(Situation(name, feed, gold, split))
    return out


def _split_of(item: dict[str, Any], path: Path) -> str:
    """The split a manifest entry or a gold file names: `split`, else the `held_out` flag."""
    split = str(item.get("split", "held_out" if item.get("held_out") else "development"))
    if split not in SPLITS:
        raise CorpusError(f"{path}: unknown split {split!r} (one of {', '.join(SPLITS)})")
    return split


# --- matching ----------------------------------------------------------------------------------


def _close(actual: int, expected: int) -> bool:
    return abs(actual - expected) <= FIGURE_TOLERANCE * max(expected, 1)


def _same_place(actual: str | None, expected: Any) -> bool:
    """The same place: the same name, or names of one gazetteer entry (Toungoo = Taungoo)."""
    if isinstance(expected, list):  # the gold may accept several names of one place
        return any(_same_place(actual, item) for item in expected)
    if slug(actual) == slug(str(expected)):
        return True
    canonical = canonical_place(str(expected))
    return canonical is not None and slug(canonical) == slug(actual)


def matches(alert: Alert, expected: dict[str, Any]) -> bool:
    """Whether `alert` is the expected one: kind, article and the key fields agree."""
    if alert.kind != expected["kind"] or alert.change.entry.guid != expected["article"]:
        return False
    fact = alert.change.fact
    if "change" in expected and alert.change.change != expected["change"]:
        return False
    if isinstance(fact, Figure):
        if "figure" in expected:
            # a projection alert carries the projected value; a folded one carries both
            values = [fact.figure]
            if alert.change.projection is not None:
                values.append(alert.change.projection.figure)
            if not any(_close(v, int(expected["figure"])) for v in values):
                return False
        return "place" not in expected or _same_place(fact.place, expected["place"])
    if isinstance(fact, Meeting):
        by_place = "place" in expected and _same_place(fact.place, expected["place"])
        wanted = set(expected.get("participants", []))
        by_parties = bool(wanted) and wanted == set(fact.participants)
        if "place" not in expected and not wanted:
            return True
        return by_place or by_parties
    assert isinstance(fact, Control)
    if "place" in expected and not _same_place(fact.place, expected["place"]):
        return False
    return "actor" not in expected or _same_actor(fact.actor, str(expected["actor"]))


def _same_actor(actual: str, expected: str) -> bool:
    """The same actor: the same name, an alias of it ("HTS"), or a state named for its army
    ("Russia" is "Russian forces")."""
    if slug(actual) == slug(expected):
        return True
    named = canonical_actor(expected)
    if named is None and (place := lookup(expected)) is not None and place.kind == "country":
        named = army_of(place.country)
    if named is None and (found := find_places(expected)):
        # "Sri Lankan army" is the state's army, however the pipeline names it ("Sri Lanka")
        demonym = found[0]
        if demonym.demonym and demonym.start == 0 and ARMY_AFTER.fullmatch(expected, demonym.end):
            named = army_of(demonym.country)
    return named is not None and slug(named) == slug(actual)


def _alert_summary(alert: Alert) -> str:
    return f"[{alert.change.change}] {alert.text}"


def _expected_summary(expected: dict[str, Any]) -> str:
    keys = [k for k in expected if k not in ("article", "kind", "note")]
    text = ", ".join(f"{k}={expected[k]}" for k in keys)
    if expected.get("note"):
        text += f" ({expected['note']})"
    return text


def score(situation: Situation, alerts: Sequence[Alert]) -> SituationResult:
    result = SituationResult(situation, {kind: Counts() for kind in FACT_KINDS})
    free = list(alerts)
    for expected in situation.gold["alerts"]:
        found = next((a for a in free if matches(a, expected)), None)
        counts = result.by_kind[expected["kind"]]
        if found is None:
            counts.fn += 1
            summary = _expected_summary(expected)
            result.misses.append(
                Outcome(situation.name, expected["article"], expected["kind"], summary)
            )
        else:
            counts.tp += 1
            free.remove(found)
    for alert in free:
        result.by_kind[alert.kind].fp += 1
        result.false_alarms.append(
            Outcome(situation.name, alert.change.entry.guid, alert.kind, _alert_summary(alert))
        )
    return result


# --- running -----------------------------------------------------------------------------------


async def _replay_one(
    situation: Situation, settings: Settings
) -> tuple[list[Alert], int, list[str]]:
    db = open_db(":memory:")
    try:
        source = Source(str(situation.feed), f"{situation.name}/feed.xml")
        done = await replay([source], db, settings)
    finally:
        db.close()
    return list(done.alerts), done.entries, [str(e) for e in done.errors]


def evaluate(corpus: Iterable[Situation], settings: Settings) -> list[SituationResult]:
    results = []
    for situation in corpus:
        alerts, entries, errors = asyncio.run(_replay_one(situation, settings))
        result = score(situation, alerts)
        result.articles = entries
        result.errors = errors
        results.append(result)
    return results


def _totals(results: Iterable[SituationResult]) -> tuple[Counts, dict[str, Counts]]:
    total = Counts()
    kinds: dict[str, Counts] = {kind: Counts() for kind in FACT_KINDS}
    for result in results:
        for kind, counts in result.by_kind.items():
            kinds[kind].add(counts)
            total.add(counts)
    return total, kinds


def report(results: Sequence[SituationResult]) -> dict[str, Any]:
    """The whole evaluation as plain data (the --json output)."""
    splits: dict[str, list[SituationResult]] = {
        "all": list(results),
        **{split: [r for r in results if r.situation.split == split] for split in SPLITS},
    }
    out: dict[str, Any] = {}
    for name, group in splits.items():
        total, kinds = _totals(group)
        out[name] = {
            "situations": [r.situation.name for r in group],
            "articles": sum(r.articles for r in group),
            "overall": total.as_dict(),
            "by_kind": {kind: counts.as_dict() for kind, counts in kinds.items()},
        }
    out["situations"] = [
        {
            "name": r.situation.name,
            "held_out": r.situation.held_out,
            "split": r.situation.split,
            "articles": r.articles,
            "overall": _totals([r])[0].as_dict(),
            "errors": r.errors,
        }
        for r in results
    ]
    out["misses"] = [vars(o) for r in results for o in r.misses]
    out["false_alarms"] = [vars(o) for r in results for o in r.false_alarms]
    return out


def _row(label: str, counts: dict[str, Any]) -> str:
    # from the counts, not from the report's three-decimal figures: 836 of 2,231 is 0.37, and
    # 0.375 printed to two decimals would read 0.38
    tp, alerts, expected = counts["matched"], counts["alerts"], counts["expected"]
    exact = Counts(tp, alerts - tp, expected - tp)
    return (
        f"{label:<40} {expected:>8} {alerts:>6} {tp:>7} "
        f"{exact.precision:>9.2f} {exact.recall:>6.2f} {exact.f1:>5.2f}"
    )


def render(data: dict[str, Any]) -> str:
    """The report as a table, then the misses and false alarms."""
    header = (
        f"{'':<40} {'expected':>8} {'alerts':>6} {'matched':>7} {'precision':>9} "
        f"{'recall':>6} {'f1':>5}"
    )
    lines = [header]
    titles = (("all", "all"), ("development", "development"), ("held_out", "held out"),
              ("fresh", "fresh (scored once, unseen)"))  # fmt: skip
    for split, title in titles:
        part = data[split]
        if not part["situations"]:
            continue
        lines.append(
            f"-- {title}: {len(part['situations'])} situations, {part['articles']} articles"
        )
        lines.append(_row("  overall", part["overall"]))
        for kind, counts in part["by_kind"].items():
            lines.append(_row(f"  {kind}", counts))
    lines.append("-- per situation")
    for item in data["situations"]:
        tag = {"held_out": " (held out)", "fresh": " (fresh)"}.get(item["split"], "")
        label = f"  {item['name']}{tag}"
        lines.append(_row(label, item["overall"]))
        lines.extend(f"    error: {e}" for e in item["errors"])
    for title, key in (("misses", "misses"), ("false alarms", "false_alarms")):
        lines.append(f"\n{title} ({len(data[key])}):")
        lines.extend(
            f"  {o['situation']}/{o['article']} {o['kind']}: {o['summary']}" for o in data[key]
        )
    return "\n".join(lines) + "\n"
