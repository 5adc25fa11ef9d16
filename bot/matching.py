"""Watchlists: which chats want an alert, for all chats at once. Pure.

A chat's watchlist is a set of terms ("sudan", "el fasher") and exclusions ("-sport"). An empty
watchlist means every alert; an exclusion always wins. Matching is case- and diacritic-insensitive
("Türkiye" = "turkiye") and whole-word ("iran" does not match "Iranian"), over the alert text, the
article title and the fact's names.

No user regular expressions (a pattern like `(a+)+$` would hang the bot: ReDoS). Instead every
term of every chat goes into ONE Aho-Corasick automaton: the text of an alert is scanned once,
whatever the number of chats, and the scan yields only the terms that occur. The cost per alert is
the length of the text plus the number of hits, so 100,000 chats cost about what 10 cost.

Whole words: text and terms are normalised to lowercase words separated by single spaces, and the
text is padded with a space on each side, so " el fasher " occurs in " fighting in el fasher "
only at word boundaries.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

MAX_TERMS = 50  # terms (and exclusions) per chat: enough for any real watchlist
MAX_TERM_LENGTH = 64  # characters, as typed
_NON_WORD = re.compile(r"[^\w]+")


def normalize(text: str) -> str:
    """Lowercase words without diacritics, separated by single spaces: "Türkiye's" -> "turkiye s".

    The apostrophe splits a word, on both sides (text and terms) alike, so "Türkiye's" still
    matches the term "Türkiye".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", bare).replace("_", " ").split())


@dataclass(frozen=True)
class Term:
    """One watchlist item: what the user typed, its normalised form, and whether it excludes."""

    display: str
    term: str
    exclude: bool = False

    def __str__(self) -> str:
        shown = f'"{self.display}"' if " " in self.display else self.display
        return f"-{shown}" if self.exclude else shown


class TermError(ValueError):
    """A watchlist argument that cannot be a term; the message says why, in one line."""


def parse_terms(text: str) -> list[Term]:
    """`sudan "el fasher" -sport -"premier league"` -> terms. TermError on a bad argument."""
    try:
        words = shlex.split(text.replace("“", '"').replace("”", '"'))
    except ValueError:
        raise TermError('unbalanced quotes: put a phrase in "double quotes"') from None
    terms: list[Term] = []
    for word in words:
        exclude = word.startswith("-")
        display = " ".join(word.removeprefix("-").split())
        if len(display) > MAX_TERM_LENGTH:
            raise TermError(f"a term is at most {MAX_TERM_LENGTH} characters: {display[:20]}…")
        term = normalize(display)
        if not term:
            raise TermError(f"{word!r} has no letters or digits to match")
        terms.append(Term(display, term, exclude))
    return list({(t.term, t.exclude): t for t in terms}.values())


@dataclass(frozen=True)
class Hits:
    """The terms an alert's text matched, as the sets of chats that hold them (shared with the
    index, never copied: finding them costs the same for 10 chats as for 100,000)."""

    included: tuple[frozenset[int], ...]
    excluded: tuple[frozenset[int], ...]


class WatchIndex:
    """Every chat's watchlist in one automaton. Build once; rebuild when a watchlist changes."""

    def __init__(self, rows: Iterable[tuple[int, str, bool]]) -> None:
        """`rows`: (chat_id, normalised term, exclude)."""
        chats_by_term: dict[str, tuple[set[int], set[int]]] = {}
        watching: set[int] = set()
        for chat_id, term, exclude in rows:
            included, excluded = chats_by_term.setdefault(term, (set(), set()))
            (excluded if exclude else included).add(chat_id)
            if not exclude:
                watching.add(chat_id)
        self.watching = frozenset(watching)  # chats with at least one included term
        self.size = len(chats_by_term)
        self._automaton: ahocorasick.Automaton | None = None
        if chats_by_term:
            automaton = ahocorasick.Automaton()
            for term, (included, excluded) in chats_by_term.items():
                automaton.add_word(f" {term} ", (frozenset(included), frozenset(excluded)))
            automaton.make_automaton()
            self._automaton = automaton

    def hits(self, *texts: str) -> Hits:
        """Scan the texts once for every term of every chat."""
        if self._automaton is None:
            return Hits((), ())
        included: list[frozenset[int]] = []
        excluded: list[frozenset[int]] = []
        haystack = " " + " | ".join(normalize(text) for text in texts) + " "
        for _end, (inc, exc) in self._automaton.iter(haystack):
            if inc:
                included.append(inc)
            if exc:
                excluded.append(exc)
        return Hits(tuple(included), tuple(excluded))

    def wants(self, chat_id: int, hits: Hits) -> bool:
        """Whether the chat's watchlist lets the alert through: an exclusion wins; an empty
        watchlist (no included term) lets everything else through."""
        if any(chat_id in chats for chats in hits.excluded):
            return False
        return chat_id not in self.watching or any(chat_id in chats for chats in hits.included)
