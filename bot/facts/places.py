"""A compact gazetteer: countries, regions and cities of current crises, found in text.

The data (data/places.json) is loaded once at import and compiled into ONE regex alternation,
so finding places in a sentence is a single scan whatever the size of the gazetteer (a later
issue regenerates the data from GeoNames; the loader only relies on name/kind/country/aliases).
Matching is case-sensitive on the written forms: place names are proper nouns, and that alone
keeps "turkey" the bird and "nice" the adjective out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from bot.facts._trie import trie_pattern

PlaceKind = Literal["country", "region", "city"]

# Capitalised English words that are also place names somewhere (GeoNames has a town "Of" in
# Türkiye, "Nice" in France, "Union" in a dozen US states...): they must never match, whatever
# the data says. "Since" and "Republic" start sentences and follow "Syrian" (seed 000).
_NEVER = frozenset(
    {
        "Of",
        "Since",
        "Union",
        "Republic",
        "Nice",
        "Central",
        "North",
        "South",
        "East",
        "West",
        "New",
        "Man",
        "Most",
        "Said",
        "Will",
        "May",
        "Can",
        "March",
        "August",
        "Mark",
        "Bar",
        "Split",
        "Reading",
        "Mobile",
        "Victoria",
        "Independence",
        "Liberty",
        "Hope",
        "Home",
        "University",
        "Jersey",
        "Capital",
        "City",
        "Street",
        "Island",
        "Islands",
        "Sale",
        "Bath",
        "Orange",
        "Police",
        "Sake",
        "US",
        "Us",
        "America",
        "The",
        "Best",
        "Trump",
        "Homes",
        "Federation",
        "State",
        "States",
        "Kingdom",
        "Arab",
        "Democratic",
        "Islamic",
        "Saudi",
    }
)
# "Sake" (DR Congo) is also the English word; "US" collides with "US-led" reporting styles and
# "America" with "Latin America": kept out of free-text matching, available via place_country.

_DATA = "data/places.json"


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str  # display name: "Türkiye", "Deir ez-Zor"
    kind: PlaceKind
    country: str  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class PlaceMatch:
    """A place named in a text: `name` as written, `canonical` the display name."""

    name: str
    canonical: str
    kind: PlaceKind
    country: str
    start: int
    end: int
    demonym: bool = False  # "Turkish", "Syrian": points at a country without naming a place

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _load() -> tuple[dict[str, tuple[Place, bool]], dict[str, Place], dict[str, str]]:
    raw = json.loads(resources.files("bot.facts").joinpath(_DATA).read_text(encoding="utf-8"))
    forms: dict[str, tuple[Place, bool]] = {}
    by_name: dict[str, Place] = {}
    countries: dict[str, str] = {}
    for item in raw:
        place = Place(item["name"], item["kind"], item["country"])
        by_name.setdefault(place.name.casefold(), place)
        if place.kind == "country":
            countries[place.country] = place.name
        for form in (place.name, *item.get("aliases", ())):
            by_name.setdefault(form.casefold(), place)
            # the first entry wins: countries come first, so "Gaza Strip" stays Palestine
            if form not in _NEVER and len(form) > 2 and form[0].isupper():
                forms.setdefault(form, (place, False))
        for form in item.get("demonyms", ()):
            if form not in _NEVER:
                forms.setdefault(form, (place, True))
    return forms, by_name, countries


_FORMS, _BY_NAME, _COUNTRIES = _load()


# Boundaries: no word character on either side; a hyphen before is fine ("pro-Iranian" is
# still Iranian).
_PLACE_RE = re.compile(r"(?<![\w’'])(" + trie_pattern(_FORMS) + r")(?![\w])")
_FORM_KEY = {f.replace("’", "'"): v for f, v in _FORMS.items()}


def find_places(text: str) -> list[PlaceMatch]:
    """Every gazetteer place (or demonym) named in `text`, in order."""
    out: list[PlaceMatch] = []
    for m in _PLACE_RE.finditer(text):
        written = m.group(1)
        hit = _FORMS.get(written) or _FORM_KEY.get(written.replace("’", "'"))
        if hit is None:
            continue
        place, demonym = hit
        out.append(
            PlaceMatch(
                written, place.name, place.kind, place.country, m.start(1), m.end(1), demonym
            )
        )
    return out


def country_name(code: str) -> str:
    """Display name of an ISO alpha-2 code ("TR" -> "Türkiye"); the code itself if unknown."""
    return _COUNTRIES.get(code.upper(), code)


def lookup(name: str) -> Place | None:
    """The gazetteer entry for a name or alias, case-insensitively."""
    return _BY_NAME.get(name.replace("’", "'").casefold()) or _BY_NAME.get(name.casefold())


def place_country(name: str) -> str | None:
    """ISO code of the country a place name belongs to ("Doha" -> "QA"), or None."""
    place = lookup(name)
    return place.country if place else None


def place_kind(name: str) -> PlaceKind | None:
    """ "country", "region" or "city" for a known place name, else None."""
    place = lookup(name)
    return place.kind if place else None


def canonical_place(name: str) -> str | None:
    """The display name of a place alias ("Idleb" -> "Idlib")."""
    place = lookup(name)
    return place.name if place else None


def is_within(inner: str, outer: str) -> bool:
    """True when place `inner` is `outer` or lies in it (Doha within Qatar)."""
    a, b = lookup(inner), lookup(outer)
    if a is None or b is None:
        return inner == outer
    if a.name == b.name:
        return True
    return b.kind == "country" and a.country == b.country
