"""Keyword gates: one cheap pass that says which expensive patterns can match a sentence.

Python's `re` has no fast scan for a pattern that starts with `\\b`, a look-behind or letters
under IGNORECASE: it tries the whole pattern at every position, which made the verb and number
patterns a large part of extraction (bench/extract). A gate names, for each pattern, literal
stems that every match of the pattern contains ("seiz" for "seized control of|seize|seized");
one Aho-Corasick pass (pyahocorasick) over the folded sentence finds which stems are there,
and a pattern whose stems are all absent cannot match and is not run. A gate only skips work:
the patterns still decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import ahocorasick

# Letters that re.IGNORECASE matches to an ASCII letter but str.lower() does not turn into it
# ("ı", "ſ"), or turns into two characters ("İ": "i" and a combining dot).
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """`text` lower-cased so that every match of a pattern (IGNORECASE or not) on `text`
    holds its stems in lower case here, at the same offsets (one character for one). Cached:
    the gates of one sentence (control, meetings, dates, numbers, actors) fold the same text."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        text = text.translate(_FOLD)  # slow: str.translate looks up every character
    return text.lower()


class Gate:
    """Named groups of lower-case stems; `present` tells which groups occur in a text.

    With `whole_words`, a stem counts only where `\\b` holds on both sides of it, as in a
    pattern `\\b(?:one|two|...)\\b`."""

    def __init__(self, groups: Mapping[str, Iterable[str]], whole_words: bool = False) -> None:
        names: dict[str, set[str]] = {}
        for name, stems in groups.items():
            for stem in stems:
                if not stem or stem != fold(stem):
                    raise ValueError(f"gate stem {stem!r} is not folded")
                names.setdefault(stem, set()).add(name)
        self._whole_words = whole_words
        self._automaton = ahocorasick.Automaton()
        for stem, group_names in names.items():
            self._automaton.add_word(stem, (len(stem), frozenset(group_names)))
        self._automaton.make_automaton()

    def _hits(self, text: str, folded: str | None) -> Iterator[tuple[int, frozenset[str]]]:
        size = len(text)
        for end, (length, group_names) in self._automaton.iter(
            fold(text) if folded is None else folded
        ):
            start = end - length + 1
            if self._whole_words:
                before = text[start - 1] if start > 0 else " "
                after = text[end + 1] if end + 1 < size else " "
                if before.isalnum() or after.isalnum() or "_" in (before, after):  # a `\w`
                    continue
            yield start, group_names

    def present(self, text: str, folded: str | None = None) -> set[str]:
        """The groups with a stem in `text` (`folded`: `fold(text)`, if already made)."""
        found: set[str] = set()
        for _start, group_names in self._hits(text, folded):
            found |= group_names
        return found

    def starts(self, text: str, folded: str | None = None) -> list[int]:
        """The offsets in `text` where a stem starts, in no particular order."""
        return [start for start, _ in self._hits(text, folded)]


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, when every match of `pattern` (never empty) starts
    at one of `starts`: the pattern is tried at those offsets only, in order, skipping those
    inside a match (`match` at an offset still sees the text before it, for `\\b` and
    look-behinds)."""
    end = 0
    for at in sorted(set(starts)):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m:
            yield m
            end = m.end()
