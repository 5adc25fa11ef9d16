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

from collections.abc import Iterable, Mapping

import ahocorasick

# Letters that re.IGNORECASE matches to an ASCII letter but str.lower() does not turn into it:
# "ı" and "ſ" match "i" and "s"; "İ" lowers to "i" plus a combining dot, dropped here.
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def fold(text: str) -> str:
    """`text` lower-cased so that every match of a pattern (IGNORECASE or not) on `text`
    contains its stems in lower case here."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


class Gate:
    """Named groups of lower-case stems; `present` tells which groups occur in a text."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        names: dict[str, set[str]] = {}
        for name, stems in groups.items():
            for stem in stems:
                if not stem or stem != fold(stem):
                    raise ValueError(f"gate stem {stem!r} is not folded")
                names.setdefault(stem, set()).add(name)
        self._automaton = ahocorasick.Automaton()
        for stem, group_names in names.items():
            self._automaton.add_word(stem, frozenset(group_names))
        self._automaton.make_automaton()

    def present(self, folded: str) -> set[str]:
        """The groups with a stem in `folded` (a text passed through `fold`)."""
        found: set[str] = set()
        for _end, group_names in self._automaton.iter(folded):
            found |= group_names
        return found
