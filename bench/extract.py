"""bench/extract: articles per second through clean + extract + diff, on one core.

The articles are the seed articles padded to about 5 KB with their own paragraphs, each copy
with its figures and dates shifted so that the diff has real work (new series, rises, repeats).
Three rows: the pure path (clean, extract, diff against in-memory states), the whole pipeline
with SQLite (entry dedup, states, observations and alerts written in one transaction per entry),
and the gazetteer's place lookup alone over the same texts (one scan of words per text, whatever
the gazetteer's size).
Each path runs ROUNDS times over the articles; the table gives the median and the best round
(CPU time on a shared virtual machine varies by a third from one run to the next; the best
round is the least disturbed).
Run: `make bench` (or `.venv/bin/python bench/extract.py [ARTICLES] [ROUNDS]`). Prints a table.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from importlib import resources

from bot.diff import decide
from bot.facts.extract import extract_facts
from bot.facts.places import find_places
from bot.facts.text import make_article
from bot.models import EntryData, KnownFact
from bot.pipeline import Pipeline
from storage.db import open_db
from storage.feeds import ensure_feed

TARGET_BYTES = 5_000
MAX_AGE = timedelta(days=7)


def corpus(count: int) -> list[EntryData]:
    seeds = resources.files("seeds")
    texts = [seeds.joinpath(name).read_text(encoding="utf-8") for name in
             ("001_52b599c709a1b6e5.txt", "000_e3046546719b90f4.txt")]  # fmt: skip
    start = datetime(2024, 12, 3, 12, tzinfo=UTC)
    entries = []
    for number in range(count):
        text = texts[number % 2]
        while len(text.encode()) < TARGET_BYTES:
            text += "\n\n" + text.split("\n\n")[len(text) % 5 + 2]
        text = text[: TARGET_BYTES + 400]
        # shift the figures so that the series move: rises, repeats and restatements
        shift = number % 40
        text = re.sub(r"\b(\d{2,3}),000\b", lambda m, s=shift: f"{int(m[1]) + s},000", text)
        entries.append(
            EntryData(
                feed="bench",
                guid=f"bench-{number}",
                link=None,
                title=f"Article {number}",
                published=start + timedelta(minutes=2 * number),  # 2,000 articles in 3 days
                content=text,
            )
        )
    return entries


def pure(entries: list[EntryData]) -> tuple[float, int, int]:
    known: dict[str, KnownFact] = {}
    facts = changes = 0
    began = time.process_time()
    for entry in entries:
        found = extract_facts(make_article(entry))
        assert entry.published is not None
        decision = decide(found, entry, known, entry.published, MAX_AGE)
        known.update({state.series: state for state in decision.states})
        facts += len(found)
        changes += len(decision.changes)
    return time.process_time() - began, facts, changes


def pipeline(entries: list[EntryData]) -> tuple[float, int, int]:
    db = open_db(":memory:")
    feed = ensure_feed(db, "bench", "bench", datetime.now(UTC))
    run = Pipeline(db, max_age=MAX_AGE)
    facts = alerts = 0
    began = time.process_time()
    for entry in entries:
        assert entry.published is not None
        result = run.process(feed, entry, entry.published)
        facts += len(result.facts)
        alerts += len(result.alerts)
    return time.process_time() - began, facts, alerts


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    entries = corpus(count)
    size = sum(len(e.content.encode()) for e in entries) / len(entries)
    print(f"bench/extract: {count} articles of {size / 1000:.1f} KB on one core (CPU time), "
          f"{rounds} rounds\n")  # fmt: skip
    print(f"{'path':<40} {'median/s':>9} {'best/s':>7} {'ms (median)':>12} {'facts':>6} "
          f"{'changes':>8}")  # fmt: skip
    for name, run in (("clean + extract + diff (pure)", pure),
                      ("whole pipeline with SQLite (:memory:)", pipeline)):  # fmt: skip
        pure(entries[:50])  # warm-up: gazetteer, regexes
        timings = []
        for _ in range(rounds):
            seconds, facts, changes = run(entries)
            timings.append(seconds)
        median = statistics.median(timings)
        print(f"{name:<40} {count / median:>9.0f} {count / min(timings):>7.0f} "
              f"{1000 * median / count:>12.2f} {facts:>6} {changes:>8}")  # fmt: skip
    timings = []
    for _ in range(rounds):
        began = time.process_time()
        for entry in entries:
            find_places(entry.content)
        timings.append(time.process_time() - began)
    median = statistics.median(timings)
    print(f"{'place lookup alone (find_places)':<40} {count / median:>9.0f} "
          f"{count / min(timings):>7.0f} {1000 * median / count:>12.2f}")  # fmt: skip
    print("\ntarget: at least 300 articles/s on one core (clean + extract + diff)")


if __name__ == "__main__":
    main()
