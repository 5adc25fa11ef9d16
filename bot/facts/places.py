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
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from bot.facts._gate import fold
from bot.facts.actors import ACTOR_ALIASES
from bot.facts.dates import MONTH_NAMES, WEEKDAY_NAMES

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
        # people in the news whose names are also spellings of small towns somewhere
        "Lula",
        "Ruto",
        "Modi",
        "Kagame",
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


_GEONAMES = "data/geonames.json"
# Words of a place name: letters and digits, with inner apostrophes ("Ma'arrat") but not a
# possessive ("Qatar’s capital" names Qatar).
# An elided article stays apart: "d'El-Fasher", "l'OIM" (fasher-13).
_WORD_RE = re.compile(r"[^\W_]+(?:(?<=[^\W_]{2})['’](?!s\b)[^\W_]+)*")
_MAX_WORDS = 5


def _key(written: str) -> str:
    """The lookup key of a written form: one apostrophe, and a hyphen is a space ("Sar-e-Pul"
    in afg-02 is GeoNames' "Sar-e Pul"; "Port au Prince" is Port-au-Prince), and "St. James"
    is "St James"."""
    key = written.replace("’", "'").replace("-", " ")
    return key.replace(".", "", 1) if key.startswith(("St. ", "Ste. ")) else key


_SAINT_RE = re.compile(r"^Saint(e?) ")


def _plain(key: str) -> str:
    """A key without its diacritics: French and Spanish reporting writes "Hérat" and "Mékélé"
    for "Herat" and "Mekele" (afg-06, tig-09). Only text and the regions' names are folded, so
    a plain word ("Sale") never matches a city with diacritics ("Salé") the gazetteer guards did
    not check."""
    return unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()


def _load() -> tuple[
    dict[str, tuple[Place, bool]],
    dict[str, Place],
    dict[str, str],
    dict[str, dict[str, Place]],
    frozenset[Place],
]:
    """Hand-made entries first (they win: aliases, demonyms, the crisis regions), then the
    countries' names in French, Spanish, Portuguese and Italian, then the GeoNames regions and
    cities (scripts/build_gazetteer.py), largest city first. A written
    form shared by places of several countries keeps them all in `homonyms`, so an article
    about Spain reads "Valencia" as the Spanish city (see `prefer`)."""
    files = resources.files("bot.facts")
    raw = json.loads(files.joinpath(_DATA).read_text(encoding="utf-8"))
    geo = json.loads(files.joinpath(_GEONAMES).read_text(encoding="utf-8"))
    forms: dict[str, tuple[Place, bool]] = {}
    by_name: dict[str, Place] = {}
    countries: dict[str, str] = {}
    homonyms: dict[str, dict[str, Place]] = {}

    def add(place: Place, written: Iterable[str], shared: bool = True) -> None:
        by_name.setdefault(_key(place.name).casefold(), place)
        written = list(written)
        # "St Elizabeth", "St. James" (mel-06): Jamaica's parishes are "Saint ..." in ISO 3166-2
        written += [_SAINT_RE.sub(r"St\1 ", form) for form in written if _SAINT_RE.match(form)]
        for form in written:
            by_name.setdefault(_key(form).casefold(), place)
            # armed groups are never places: GeoNames has "Hamas" as an old name of Hamm (rafah-08)
            if form in _NEVER or form in ACTOR_ALIASES or len(form) <= 2 or not form[0].isupper():
                continue
            if len(_WORD_RE.findall(form)) > _MAX_WORDS:
                continue
            # the first entry wins: countries come first, so "Gaza Strip" stays Palestine
            first = forms.setdefault(form, (place, False))[0]
            if first.country != place.country and (shared or first.kind == "city"):
                homonyms.setdefault(form, {first.country: first}).setdefault(place.country, place)

    for item in raw:
        place = Place(item["name"], item["kind"], item["country"])
        if place.kind == "country":
            countries[place.country] = place.name
        add(place, (place.name, *item.get("aliases", ())))
        for form in item.get("demonyms", ()):
            if form not in _NEVER:
                forms.setdefault(form, (place, True))
    # the countries' names in the reporting languages ("Turchia", pak/tsq), before any city
    for country, names in geo.get("countries", ()):
        if country in countries:
            add(Place(countries[country], "country", country), names)

    def add_regions(rows: list[list[Any]]) -> None:
        for name, country, aliases in rows:
            # ISO's romanisations carry macrons the news leaves out: "Jammu and Kashmīr" is
            # written "Jammu and Kashmir" (ip-04), "Gujarāt" "Gujarat"
            plain = [_plain(form) for form in (name, *aliases)]
            add(Place(name, "region", country), (name, *aliases, *plain))

    # city names, then regions, then the cities' aliases: "Dar es Salaam" is the city before
    # the region, and "Rio Grande do Sul" the state before an alias of the city Rio Grande
    for name, country, _ in geo["cities"]:
        add(Place(name, "city", country), (name,))
    add_regions(geo["regions"])
    # a small town's alternate spelling does not share a region's or a country's name:
    # "Madeira" is Portugal's region, not also Brazil's Tabira (mad-02)
    for rank, (name, country, aliases) in enumerate(geo["cities"]):
        add(Place(name, "city", country), aliases, shared=rank < _MAJOR_CITIES)
    # second-level units last: "Marrakech" is the city (an alias of Marrakesh) before the
    # prefecture of that name (maroc-03); "Kerr County" and "Camarines Sur" are only units
    add_regions(geo["subregions"])
    minor = frozenset(
        Place(name, "city", country) for name, country, _ in geo["cities"][_MAJOR_CITIES:]
    ) - {Place(item["name"], item["kind"], item["country"]) for item in raw}
    return forms, by_name, countries, homonyms, minor


# The GeoNames cities are listed largest first: the first 3,000 (about 200,000 inhabitants
# and more: Geneva, Sumy, Belgorod) are named in the news without their country.
_MAJOR_CITIES = 3000
_FORMS, _BY_NAME, _COUNTRIES, _HOMONYMS, _MINOR = _load()


_FORM_KEY: dict[str, tuple[Place, bool]] = {}
for _form, _value in _FORMS.items():
    _FORM_KEY.setdefault(_key(_form), _value)

# Every proper word-prefix of a multi-word form ("Dar", "Dar es"; "Cox'" and "Cox's" of "Cox's
# Bazar"): a run is extended only while it can still become a name.
_PREFIXES = frozenset(
    form[: m.start()].rstrip(" ") for form in _FORM_KEY for m in list(_WORD_RE.finditer(form))[1:]
)


# Words that start longer names and are no name themselves ("Puerto", "San", "Saint").
_ONLY_PREFIXES = frozenset(p for p in _PREFIXES if " " not in p and p not in _FORM_KEY)


# A candidate's first word: capitalised, or a lower-case Arabic article (el, al, ad, ar, as,
# ash, an, az, ez) before a hyphen; never after a letter or a digit. The pattern starts with a
# character class (the look-behind comes after the first letter), so `re` skips to the next
# capital, "a" or "e" at C speed instead of trying the whole pattern at every position.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_CAND_RE = re.compile(
    rf"[{_UPPER}ae](?<![^\W_].)"
    rf"(?:(?<=[{_UPPER}])[^\W_]*(?:(?<=[^\W_]{{2}})['’](?!s\b)[^\W_]+)*"
    r"|(?<=e)[lz](?=-[^\W_])|(?<=a)(?:[ldrnz]|sh?)(?=-[^\W_]))"
)


def find_places(text: str) -> list[PlaceMatch]:
    """Every gazetteer place (or demonym) named in `text`, in order, longest name first.

    A scan of words, not one regex: the GeoNames gazetteer has ~90,000 written forms, and a
    regex of them takes seconds to compile. Each capitalised word starts a candidate; runs of
    up to five words joined by a space or a hyphen ("Port-au-Prince", "Dar es Salaam") are
    looked up, longest first, and extended only while they can still become a name. A hyphen
    before a word is fine ("pro-Iranian" is still Iranian).
    """
    out: list[PlaceMatch] = []
    size = len(text)
    pos = 0
    storms: bool | None = None
    for cand in _CAND_RE.finditer(text):
        start = cand.start()
        if start < pos:
            continue  # inside the name just found
        lowered = not text[start].isupper()
        first = _key(cand.group(0))
        if lowered:
            first = first[0].upper() + first[1:]
        plain = False
        if first not in _FORM_KEY and first not in _PREFIXES and first + "'" not in _PREFIXES:
            if first.isascii():
                continue  # the common case: a capitalised word that starts no place name
            first, plain = _plain(first), True  # "Hérat" is Herat
            if first not in _FORM_KEY and first not in _PREFIXES:
                continue
        # the candidate is the run's first word (_WORD_RE would match the same there)
        found = None
        end = cand.end()
        key = first
        for words in range(1, _MAX_WORDS + 1):
            hit = _FORM_KEY.get(key)
            if hit is not None:
                found = (text[start:end], hit)
            if text[end : end + 2] in ("'s", "’s") and key + "'s" in _PREFIXES:
                end += 2  # a possessive inside a name: "Cox's Bazar" (bdf-04)
                key += "'s"
            if words == _MAX_WORDS or key not in _PREFIXES or end + 1 >= size:
                break
            if text[end] == "." and key in ("St", "Ste") and text.startswith(" ", end + 1):
                end += 1  # "St. James"
            elif text[end] not in " -":
                break
            word = _WORD_RE.match(text, end + 1)
            if word is None:
                break
            end = word.end()
            key = _key(text[start:end])
            if plain:
                key = _plain(key)
            if lowered:
                key = key[0].upper() + key[1:]
        if found is None:
            continue
        written, (place, demonym) = found
        end = start + len(written)
        pos = end
        if written in _PERSON_TITLES:
            continue  # "O Presidente da República" (pg-04) is no Presidente Médici
        if place.kind != "country" and not demonym and _in_longer_name(text, start, end):
            continue
        if place in _MINOR and _PERSON_PARTICLE_RE.search(text, max(0, start - 50), start):
            continue  # "Marcelo Rebelo de Sousa" (pg-04) is no small town in Brazil
        if demonym and text[max(0, start - 6) : start].lower().endswith(("inter-", "pan-")):
            continue  # "the Inter-American Commission on Human Rights" (per-06)
        if storms is None:  # once per text, and only for a text that names a place
            storms = _names_a_storm(text)
        if storms and _STORM_BEFORE_RE.search(text, max(0, start - 26), start):
            continue  # "l'uragano Flora" (cub-11) is a storm, not the town in Suriname
        if place.kind == "country" and _NAMED_SITE_RE.match(text, end):
            continue  # "at Burma Camp, the headquarters of the Ghana Armed Forces" (ng-09)
        if _AGENCY_AFTER_RE.match(text, end) or _AGENCY_BEFORE_RE.search(
            text, max(0, start - 40), start
        ):
            continue  # "told the state news agency Saba" (mar-04), "Fars news agency"
        if _INSTITUTION_BEFORE_RE.search(text, max(0, start - 16), start):
            continue  # "la Defensoría del Pueblo" (bol-04) is no town called Pueblo
        if place.kind == "country" and _first_name(text, start, end):
            continue  # "Foreign Minister Mauricio Montalvo" (gye-11) is no Mauritius
        out.append(PlaceMatch(written, place.name, place.kind, place.country, start, end, demonym))
    return out


# A named site whose name starts with a country's: "Burma Camp", "Lebanon Street".
_NAMED_SITE_RE = re.compile(r" (?:Camp|Street|Road|Avenue|Square|Hotel|Stadium|Park|Bridge)\b")
# A news agency's name: "the state news agency Saba", "Fars news agency", "l'agence Saba".
_AGENCY_AFTER_RE = re.compile(r" (?:[Nn]ews|[Pp]ress) [Aa]gency\b")
_AGENCY_BEFORE_RE = re.compile(
    r"(?:\b(?:news|press) agency|\bagencia(?: de noticias| oficial| estatal)?|"
    r"\bagence(?: de presse| officielle)?|\bagenzia(?: di stampa| ufficiale)?|"
    r"\bagência(?: de notícias| oficial)?) $",
    re.I,
)
# An institution named for the people: "Defensoría del Pueblo", "Defensoria do Povo".
_INSTITUTION_BEFORE_RE = re.compile(r"\b(?:Defensor[ií]a|Defensora?|Diario|Partido) (?:del|do) $")
# A storm's name is no place: "Hurricane Flora", "l'uragano Flora", "el ciclón Chido".
_STORM_WORDS = (
    "hurricane", "typhoon", "cyclone", "storm", "uragano", "huracán", "huracan", "ouragan",
    "tempête", "tempete", "tormenta", "tempestade", "furacão", "furacao", "ciclone", "ciclón",
    "ciclon", "tifone", "tifón", "tifon", "typhon",
)  # fmt: skip
# (and "el ciclón tropical Gombe", gom-10)
_STORM_RE = r"(?i:" + "|".join(_STORM_WORDS) + r")\s+(?i:(?:tropical|tropicale|severe|sévère)\s+)?"
_STORM_BEFORE_RE = re.compile(_STORM_RE + "$")
_STORM_NAME_RE = re.compile(_STORM_RE + r"([A-ZÀ-Ý][\w-]+)")


def storm_names(text: str) -> set[str]:
    """The names a text gives storms ("Ciclone Gombe"): in the rest of the article the name
    alone is still the storm ("a passagem do Gombe", gom-12), not the place."""
    if not _names_a_storm(text):
        return set()
    return {m.group(1) for m in _STORM_NAME_RE.finditer(text)}


def _names_a_storm(text: str) -> bool:
    folded = fold(text)
    return any(word in folded for word in _STORM_WORDS)


# Capitalised words that may follow a place name without making it part of a longer name.
_FREE_AFTER = frozenset(
    ["On", "In", "At", "The", "A", "And", "Or", "But", *WEEKDAY_NAMES, *MONTH_NAMES, "AP", "AFP",
     "Reuters",
     # "Kharkiv Oblast", "the Kharkiv Region" (kh-07): the place and the word for its region
     "Oblast", "Region", "Province", "Governorate", "Prefecture"]
)  # fmt: skip


# Titles before a person's name: the name after one is a person's, even where a place has it.
_PERSON_TITLES = frozenset(
    ["President", "Président", "Presidente", "Minister", "Ministre", "Ministro", "Chancellor",
     "King", "Queen", "Emir", "Prince", "Princess", "Sheikh", "General", "Governor", "Senator",
     "Mayor", "Colonel", "Commander", "Pope", "Imam", "Bishop", "Cardinal", "Judge", "Mr", "Mrs",
     "Ms", "Dr", "Ambassador",
     # ranks in lower case, as the Romance press writes them: "Segundo o tenente Aihara"
     # (brum-04) is the fire brigade's spokesman, not the Japanese city
     # (not the English adjectives "general" and "major": "the general Gaza area")
     "tenente", "capitão", "coronel", "sargento", "teniente", "capitán", "comandante",
     "lieutenant", "capitaine", "colonel", "sergent", "commandant", "capitano", "colonnello",
     "sergente", "général", "generale"]
)  # fmt: skip


def _free_word(word: str) -> bool:
    """A word that does not extend a name next to it."""
    if not word[0].isupper() or word in _FREE_AFTER:
        return True
    return _key(word) in _FORM_KEY or word in _PREFIXES


def _first_name(text: str, start: int, end: int) -> bool:
    """A country's name between a person's title and a capitalised word is the person's
    first name: "Foreign Minister Mauricio Montalvo" (gye-11), "Defence Minister Israel Katz"."""
    before = text[max(0, start - 16) : start]
    words = before.split()
    if not before.endswith(" ") or not words or words[-1] not in _PERSON_TITLES:
        return False
    following = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is not None and following.group(0)[0].isupper()


# A small town's name after two names and a particle is a surname: "Marcelo Rebelo de Sousa"
# (pg-04). Not after an article or a saint ("el barrio El Chorro de Sabá", sara-04), and not a
# larger place ("Defesa Civil do Rio Grande do Sul" is the state; see find_places).
_PERSON_PARTICLE_RE = re.compile(
    rf"\b(?!(?:El|La|Los|Las|Le|Les|Il|Lo|Os|As|San|Santa|Santo|São)\b)"
    rf"[{_UPPER}][a-zà-ÿ]+ [{_UPPER}][a-zà-ÿ]+ (?:de|da|do|dos|das) $"
)
# A name that goes on through a particle: "San Antonio del Sur", "São José dos Campos".
_NAME_GOES_ON_RE = re.compile(rf" (?:del|de la|de las|de los|dos|das) [{_UPPER}]")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A city or region name next to another capitalised word is part of a longer proper
    name: "Rapid Support Forces" is not Rapid City (fasher-07), "Wharf Jérémie" is a district
    of Port-au-Prince, not the city of Jérémie (haiti-07). Countries are exempt ("Sudan's
    army", "Myanmar Now" still point at them); so is a sentence's first word."""
    # the word before and one space, and perhaps a newline: what `([^\W_]+) $` would find in
    # the 40 characters before, scanned backwards (the search is tried at each of 40 offsets)
    low = max(0, start - 40)
    space = start - 2 if text[start - 1 : start] == "\n" else start - 1
    if space - 1 >= low and text[space] == " " and text[space - 1].isalnum():
        at = space - 1
        while at > low and text[at - 1].isalnum():
            at -= 1
        head = text[:at].rstrip()
        # a live blog's "19:05 – Across Donetsk Oblast, ..." (tor-07) starts after its dash
        sentence_start = not head or head[-1] in ".!?:;\n–—"
        before = text[at:space]
        # a word that only starts longer names ("Puerto", "San") would have been read with
        # this one if they made a known name: "Puerto Príncipe" is not Príncipe (hq-09)
        if not sentence_start and (not _free_word(before) or before in _ONLY_PREFIXES):
            return True
        if before in _PERSON_TITLES:
            return True  # "President Hassan Sheikh Mohamud" (som-11) is no city in India
    if text[end : end + 1] != " ":
        return False
    if _NAME_GOES_ON_RE.match(text, end):
        return True  # "San Antonio del Sur" is not San Antonio (cub-02)
    following = _WORD_RE.match(text, end + 1)
    return following is not None and not _free_word(following.group(0))


# Places written one after another: "Yampil, Novoselivka, Drobysheve and Stavky" (lym-03)
LIST_JOIN_RE = re.compile(r"\s*(?:,\s*|and\s+|,\s*and\s+|&\s*)")


def joined_run(text: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """The first of `places` and the ones joined to it by "," or "and" (`places` in text order,
    or in reverse for the run that ends with the first)."""
    run = places[:1]
    for p in places[1:]:
        a, b = (run[-1], p) if p.start > run[-1].start else (p, run[-1])
        if not LIST_JOIN_RE.fullmatch(text, a.end, b.start):
            break
        run.append(p)
    return run


def prefer(match: PlaceMatch, countries: Sequence[str]) -> PlaceMatch:
    """The same written name read as a place of the first of `countries` (the focus country,
    then the others the article names, most named first) that has one by that name
    ("Valencia" in an article about Spain is the Spanish city, not the larger one in
    Venezuela); otherwise the match as found."""
    if not countries or match.country == countries[0] or match.demonym:
        return match
    other = _HOMONYMS.get(match.name) or _HOMONYMS.get(match.name.replace("’", "'"))
    if not other:
        return match
    for country in countries:
        if country == match.country:
            return match
        place = other.get(country)
        if place is not None:
            if match.kind == "country" and place.kind == "city":
                # "del sur de México a Costa Rica" (sv-02): a country's name is not a town
                # of the focus country that shares it
                return match
            return PlaceMatch(
                match.name, place.name, place.kind, place.country, match.start, match.end
            )
    return match


def _stems() -> dict[str, str | None]:
    """Each country's names without their last vowels ("ucrain" for Ucraina and Ukraine,
    "russ" for Russia and Russie), the stem of its adjectives in every reporting language;
    None where two countries share one ("cong")."""
    out: dict[str, str | None] = {}
    for form, (place, demonym) in _FORM_KEY.items():
        if place.kind != "country" or demonym or " " in form:
            continue
        name = _plain(form).casefold()
        stem = name.rstrip("aeiouy") if len(name.rstrip("aeiouy")) >= 3 else name
        if len(stem) < 3:
            continue
        if out.get(stem, place.country) != place.country:
            out[stem] = None
        else:
            out[stem] = place.country
    return out | _IRREGULAR


# Adjectives not formed from the name in that language ("estadounidenses", "tedesche",
# "moçambicanas"), and "nigérien" (Niger) beside "nigérian" (Nigeria).
_IRREGULAR: dict[str, str | None] = {
    "americ": "US", "estadounid": "US", "statunit": "US", "norte-americ": "US",
    "britan": "GB", "allemand": "DE", "alema": "DE", "tedesc": "DE", "mocambic": "MZ",
    "venezol": "VE", "indien": "IN", "marroqu": "MA", "egipc": "EG", "saoud": "SA",
    "saudi": "SA", "emirat": "AE", "kenian": "KE", "nigerien": "NE", "nigerian": "NG",
    "rus": "RU", "afghan": "AF", "afgan": "AF", "malien": "ML",
    # "al presidente surcoreano, Yoon Suk-yeol" (maui-08) is no Sudanese
    "surcorean": "KR", "sudcorean": "KR", "sud-cor": "KR", "sul-cor": "KR", "norcorean": "KP",
    "nordcorean": "KP", "nord-cor": "KP", "norte-cor": "KP", "turc": "TR", "turq": "TR",
    "azer": "AZ",
    # a country named with its article: "el ministro salvadoreño" (stan-02)
    "salvador": "SV",
}  # fmt: skip


_STEMS = _stems()


def country_of_adjective(word: str) -> str | None:
    """The country an adjective is formed from, in any of the reporting languages: "ucraine",
    "ukrainiennes", "ucranianas" are Ukraine's, "russe" and "rusas" Russia's (kursk-07). The
    longest stem that begins the word decides; None when none does. A stem of three letters
    ("but" of Butão, "per" of Perù) needs two more letters: "forces but" is no army (tig-05)."""
    folded = _plain(word).casefold()
    for n in range(len(folded), 2, -1):
        if folded[:n] in _STEMS:
            if n == 3 and len(folded) < 5 and folded[:n] not in _IRREGULAR:
                return None
            return _STEMS[folded[:n]]
    return None


def is_place_word(word: str) -> bool:
    """The word is a written form the gazetteer knows (a place name or a demonym)."""
    return _key(word) in _FORM_KEY


def is_demonym(word: str) -> bool:
    """The word is a demonym the gazetteer knows ("Russian", "Ethiopian")."""
    found = _FORM_KEY.get(_key(word))
    return found is not None and found[1]


def is_minor_city(match: PlaceMatch) -> bool:
    """A GeoNames city of under about 200,000 inhabitants that no hand-made entry names: "Pueblo"
    (US) in "la Defensoría del Pueblo" (cat-04), "Rubio" (VE) in "Marco Rubio" (ip-08)."""
    return match.kind == "city" and Place(match.canonical, "city", match.country) in _MINOR


def written_as_surname(texts: Sequence[str], written: str) -> bool:
    """The name follows someone's first name somewhere in the texts: "Luis Felipe Puente"
    (mxq-06), "Evo Morales" (bol-04)."""
    pattern = re.compile(rf"\b([{_UPPER}][a-zà-ÿ]+) {re.escape(written)}\b")
    return any(
        m.group(1) not in _FREE_AFTER and _key(m.group(1)) not in _FORM_KEY
        for text in texts
        for m in pattern.finditer(text)
    )


def is_homonym(match: PlaceMatch) -> bool:
    """The written name is a place in several countries ("Valencia")."""
    return match.name in _HOMONYMS or match.name.replace("’", "'") in _HOMONYMS


def country_name(code: str) -> str:
    """Display name of an ISO alpha-2 code ("TR" -> "Türkiye"); the code itself if unknown."""
    return _COUNTRIES.get(code.upper(), code)


def lookup(name: str) -> Place | None:
    """The gazetteer entry for a name or alias, case-insensitively."""
    return _BY_NAME.get(_key(name).casefold())


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
