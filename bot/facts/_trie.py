"""Build one regex from many literal words, factored as a character trie.

Python's `re` tries a flat alternation branch by branch at every position; a gazetteer of ~800
names made that the slowest step of extraction. The trie form branches once per character.
Greedy optional tails make the longest word win ("Deir ez-Zor" over "Deir").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def trie_pattern(words: Iterable[str], apostrophes: bool = True) -> str:
    """A non-capturing pattern matching exactly the given words (straight or curly quotes)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word.replace("’", "'") if apostrophes else word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            piece = "['’]" if apostrophes and ch == "'" else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"
