"""What the extractors know about the whole article: sentences with their places and dates
(computed once, so each extractor does not rescan), the focus country and the dominant actors.

The focus country is where a figure happens when its sentence names no place. It is the
country the article mentions most (names, demonyms and its cities), NOT counting mentions that
are meeting parties ("Turkey, Iran, and Russia", seed 000), a topic's neighbours in such a list,
news-agency attributions ("Russia's state-run TASS", "the Iranian Tasnim Agency") or sources
("A Turkish diplomatic source"). A country the title names counts twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from bot.facts._gate import Gate
from bot.facts.actors import GOVERNMENT_OF, ActorMatch, actor_side, find_actors
from bot.facts.dates import DateMatch, find_dates
from bot.facts.places import (
    PlaceMatch,
    country_name,
    country_of_adjective,
    find_places,
    is_homonym,
    is_minor_city,
    is_place_word,
    lookup,
    prefer,
    storm_names,
    written_as_surname,
)
from bot.facts.text import is_heading
from bot.models import Article


@dataclass(frozen=True)
class Sentence:
    index: int  # 0 is the title when the article has one
    text: str
    heading: bool  # the title or a heading: supports facts, never decides them
    places: tuple[PlaceMatch, ...]
    published: date

    @cached_property
    def dates(self) -> tuple[DateMatch, ...]:
        """Resolved on first use: only sentences that hold a fact need their dates (most of an
        article's sentences never do, and date matching was the largest cost, bench/extract)."""
        return tuple(find_dates(self.text, self.published))

    @cached_property
    def actors(self) -> tuple[ActorMatch, ...]:
        """The actors the sentence names (the context, meetings and control all ask): the
        listed ones, and a state's army named by its country ("Ethiopian troops", tig-06)."""
        found = find_actors(self.text)
        for p in self.places:
            if p.kind != "country" or any(a.start <= p.start < a.end for a in found):
                continue
            army = ARMY_AFTER.match(self.text, p.end)
            if army is not None:
                found.append(ActorMatch(army_of(p.country), "state", p.start, army.end()))
        if _ROMANCE_ARMY_WORDS.present(self.text):
            for m in _ARMY_BEFORE.finditer(self.text):
                code = country_of_adjective(m.group(1))
                if not code:
                    continue
                # "l'armée russe" (tor-13) is Russia's, not the generic "armée" it begins with
                found = [a for a in found if a.actor or a.end <= m.start() or m.end() <= a.start]
                if not any(a.start <= m.start() < a.end for a in found):
                    found.append(ActorMatch(army_of(code), "state", m.start(), m.end()))
        return tuple(sorted(found, key=lambda a: a.start))


# "Ethiopian troops", "Nigeria's army", "the Afghan security forces": a state's army.
ARMY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:national|federal|regular|government|security|armed|defen[cs]e)\s+)*"
    r"(?:army|armed forces|military|troops|forces|soldiers|units)\b",
    re.IGNORECASE,
)


# "Le forze ucraine", "les forces ukrainiennes", "las tropas rusas", "l'armée thaïlandaise":
# the army word first, then its country's adjective (kursk-07)
_ARMY_BEFORE = re.compile(
    r"\b(?:forze|forces|fuerzas|forças|tropas|truppe|troupes|soldados|soldats|soldati|"
    r"militares|militari|armée|ejército|exército|esercito|unités|unidades|unità)\s+"
    r"(?:armées\s+|armadas\s+|armate\s+)?([a-zà-ÿ]+)",
    re.IGNORECASE,
)
_ROMANCE_ARMY_WORDS = Gate(
    {"army": ("forze", "forces", "fuerzas", "forças", "tropas", "truppe", "troupes", "soldados",
              "soldats", "soldati", "militar", "armée", "ejército", "exército", "esercito",
              "unités", "unidades", "unità")}
)  # fmt: skip


def army_of(code: str) -> str:
    """A state's army as an actor name: the listed one ("Russian forces"), else the country."""
    return GOVERNMENT_OF.get(code) or country_name(code)


@dataclass(frozen=True)
class Context:
    published: date
    sentences: tuple[Sentence, ...]
    focus: str | None  # ISO code of the article's focus country
    rebel: str | None  # the only named non-state armed actor in the article, if exactly one
    government: str | None  # the only named state armed actor, else the focus country's army


_LIST_GAP = re.compile(r"^\s*(?:,\s*and|,|and|&|y|e|et)\s*$")
_AGENCY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:state[- ]run|state|official|semi-official|news)\s+)*"
    r"(?:[A-Z][\w-]*\s+){0,2}(?:news agency|agency|media|tv|television|broadcaster|"
    r"newspaper|outlet|TASS|Tasnim|IRNA|SANA|Anadolu|Xinhua|RIA|Sputnik|Fars|Mehr)\b",
)
# A place in a compound that names who acts: "China-brokered talks" (o1027-09), "the
# Moscow-installed mayor" (kakh-04), "US-led", "Iranian-backed", "Russian-held".
AGENT_COMPOUND = re.compile(
    r"-(?:brokered|led|backed|installed|appointed|based|mediated|sponsored|funded|allied|"
    r"aligned|controlled|held|occupied|run|imposed|supported|organised|organized)\b"
)
_SOURCE_AFTER = re.compile(
    r"^\s+(?:(?:diplomatic|security|government|official|military|intelligence)\s+)*sources?\b"
)


# A city where talks are held: "negotiations in Cairo", "i negoziati al Cairo", "the Cairo talks"
_TALKS = (
    r"talks|negotiations|peace conference|summit|negoziati|colloqui|trattative|vertice|"
    r"pourparlers|négociations|sommet|negociaciones|conversaciones|cumbre|negociações|"
    r"conversações|cúpula"
)
_TALKS_IN = re.compile(
    rf"\b(?:{_TALKS})\s+(?:[\w-]+\s+){{0,3}}?(?:in|at|en|à|au|al|a|no|na|em|nel|nella|du|del)\s+"
    r"(?:(?:the|la|le|el|il|o|a)\s+|l['’])?$",
    re.IGNORECASE,
)
_TALKS_AFTER = re.compile(rf"\s+(?:{_TALKS})\b", re.IGNORECASE)


def _counted(text: str, places: Sequence[PlaceMatch]) -> list[PlaceMatch]:
    """Places that speak for the article's focus (see the module docstring)."""
    skip: set[int] = set()
    countries = [i for i, p in enumerate(places) if p.kind == "country"]
    # a run of countries joined by "," / "and": a party list, not the topic
    run: list[int] = []
    for i in [*countries, -1]:
        if i >= 0 and run and _LIST_GAP.match(text[places[run[-1]].end : places[i].start]):
            run.append(i)
            continue
        if len(run) >= 2:
            skip.update(run)
        run = [i] if i >= 0 else []
    out = []
    for i, p in enumerate(places):
        after = text[p.end : p.end + 60]
        if i in skip or _AGENCY_AFTER.match(after) or _SOURCE_AFTER.match(after):
            continue
        if AGENT_COMPOUND.match(text, p.end):
            continue  # "China-brokered talks" (o1027-09): a mediator, not the topic
        if p.kind == "city" and (
            _TALKS_IN.search(text, max(0, p.start - 50), p.start) or _TALKS_AFTER.match(text, p.end)
        ):
            continue  # "riprendono i negoziati al Cairo" (gz-13): where talks sit, not the topic
        out.append(p)
    return out


def focus_country(
    texts: Sequence[str], places: Sequence[Sequence[PlaceMatch]], titled: bool = False
) -> str | None:
    """The country the article mentions most, a mention in the title (`titled`: texts[0] is
    the title) counting twice ("Inondations en Somalie" over a closing paragraph on Kenya's
    towns, som-04); on a tie, the one the title names alone, else none rather than a coin
    toss."""
    counts: Counter[str] = Counter()
    in_title: set[str] = set()
    unknown = False
    for i, (text, found) in enumerate(zip(texts, places, strict=True)):
        counted = _counted(text, found)
        # the units the gazetteer lacks have no country yet: they do not outvote a named one
        counts.update(p.country for p in counted if p.country)
        unknown = unknown or any(not p.country for p in counted)
        if i == 0 and titled:
            in_title = {p.country for p in counted if p.country}
            counts.update(in_title)
    if not counts:
        # ("The Taliban took Sheberghan, capital of Jawzjan province": no country at all, "",
        # so its units keep no country rather than being dropped)
        return "" if unknown else None
    ranked = counts.most_common()
    tied = {c for c, n in ranked if n == ranked[0][1]}
    if len(tied) == 1:
        return ranked[0][0]
    # "Myanmar junta meets rebel groups in China-brokered talks" (o1027-09)
    in_title &= tied
    return in_title.pop() if len(in_title) == 1 else None


# "Khartoum - More than 7,000 ..." (fasher-10): a dateline names where the story was filed.
_DATELINE_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w ]{1,30})?\s+[-–—]\s+"
    # "Abuja, 18 set 2024 (Lusa) – " (mai-13), "Bangkok, 10 nov (EFE).- ", "KABUL, Aug 6 (AFP) - "
    # (an agency may write its name in lower case: "Roma, 20 set. (askanews) – ", mxq-04)
    r"|^(?:,\s*[\w .]{1,30}?)?\s*\((?:[A-Za-z][\w/ .-]{1,20})\)\s*\.?"
    # ... with its date after the agency: "Islamabad (AFP) Nov 02, 2005 - " (kas-10)
    r"(?:\s*[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d)?\s*[-–—]+\s+"
    # ... or with its date and no agency: "Katmandú, 30 de septiembre de 2024.– " (nep-08)
    r"|^,\s*\d{1,2}(?:\s+de)?\s+[^\W\d]{3,10}\.?(?:\s+(?:de\s+)?(?:19|20)\d\d)?\s*\.?[-–—]+\s+"
)
# "Viena/Varsovia/Praga, 17 sep (EFE).- " (bce-06): a dateline of several cities
_DATELINE_CITIES = re.compile(r"[^\W\d][\w'’. -]{1,30}?(?:/[^\W\d][\w'’. -]{1,30}?)+(?=[,(])")
_COLON_DATELINE = re.compile(r":\s+[A-Z]")
# "fled towards the border with Burundi" (goma-15): a neighbour named as a direction.
_DIRECTION_BEFORE = re.compile(
    r"\b(?:border with|borders? of|towards|toward|en route to|frontera con|frontière avec|"
    r"fronteira com|confine con|"
    # "o bairro Sarandi, na zona norte de Porto Alegre" (rs-12): a district that shares its
    # name with a town elsewhere; the city named next to it is the place
    r"bairro|barrio|quartier|quartiere|neighbou?rhood|district|suburb|colonia|"
    # "sur la rive droite du Dniepr" (kakh-05): a river's bank, not the city of that name
    r"rive (?:droite|gauche) du|(?:right|left|east|west) bank of the|orilla (?:derecha|izquierda) "
    r"del|margem (?:direita|esquerda) do|riva (?:destra|sinistra) del)\s+"
    # "al confine con la Cambogia" (tcb-02)
    r"(?:(?:la|le|el|a|o|il|the)\s+|l['’])?$",
    re.I,
)


_WATERS = (
    "Sea of ",
    "Gulf of ",
    "Bay of ",
    "Strait of ",
    "Straits of ",
    "Lake ",
    "mer d'",
    "mar de ",
    "golfe d",
    "golfo de ",
    "golfo di ",
    "mare di ",
)
# One of these words must be in the sentence for _DIRECTION_BEFORE to match (see _gate.py).
_DIRECTION_WORDS = Gate(
    {"direction": ("border", "toward", "en route", "bairro", "barrio", "quartier", "neighbo",
                   "district", "suburb", "colonia", "frontera", "frontière", "fronteira",
                   "confine", "rive", "bank of", "orilla", "margem", "riva")}
)  # fmt: skip


def _where(text: str, places: Sequence[PlaceMatch]) -> tuple[PlaceMatch, ...]:
    """The places a sentence is about: without its dateline and the directions it gives."""
    if not places:
        return ()
    directions = bool(_DIRECTION_WORDS.present(text))
    cities = _DATELINE_CITIES.match(text)
    dateline_end = cities.end() if cities and _DATELINE_AFTER.match(text[cities.end() :]) else 0
    return tuple(
        p
        for p in places
        if p.end > dateline_end
        and not (
            p.start == 0
            and (
                _DATELINE_AFTER.match(text[p.end :])
                # "Colombo: Sri Lanka was still issuing landslide warnings ... as the death
                # toll from the floods jumped to 607" (sl-11): a city's colon is a dateline
                or (p.kind == "city" and _COLON_DATELINE.match(text, p.end))
            )
        )
        # "(Addis Abeba) Au moins 146 personnes ont péri" (gofa-03): a dateline in brackets
        and not (p.start == 1 and text[0] == "(" and text.startswith(") ", p.end))
        and not (directions and _DIRECTION_BEFORE.search(text[max(0, p.start - 24) : p.start]))
        # "The town of Novoazovsk on the Sea of Azov" (ukr-05): a sea, not the city of Azov
        and not text.endswith(_WATERS, 0, p.start)
    )


# Ecuador's cantons and parishes, named with or without "de" ("en el cantón Alausí")
_BARE_UNIT = r"[Cc]ant[oó]n|[Pp]arroquia"
# Second-level units the gazetteer lacks, named as such: "La province d'Al Haouz",
# "the province of Al Haouz" (maroc-02/04), "Gezira State", "Nabatieh governorate".
_UNIT = (
    # "en el distrito de Ahrweiler" (ahr-09)
    r"(?:[Pp]rovinces?|[Pp]r[ée]fectures?|[Gg]overnorate|[Dd]istrict|[Dd]istrito|[Dd]istretto|"
    r"[Rr]egion|[Ss]tate|"
    r"[Mm]unicipality|[Cc]ounty|[Oo]blast|[Pp]rovincia|[Mm]unicipio|[Ww]ilaya|"
    # "le seul comté de Buncombe" (hel-05)
    r"[Cc]omté|[Cc]ondado|[Cc]ontea|"
    # "la commune de Mirebalais" (hmb-01); "in Gofa Zone" (gofa-07), "zona de Gofa", "Geze
    # Gofa woreda" (Ethiopia's zones and districts)
    r"[Cc]ommune|[Zz]one|[Zz]ona|[Ww]oreda|"
    # "the canton of Alausí" (alz-02)
    rf"{_BARE_UNIT})"
)
_UNIT_NAME = r"((?:(?:Al|El|Ad|Ar|As|An|Az|Ash)[ -])?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
_ADMIN_RES = (
    re.compile(rf"\b{_UNIT}\s+(?:of\s+|de\s+|d['’]|di\s+|del\s+){_UNIT_NAME}"),
    # "one in Evros Region (East Macedonia and Thrace) and one in Viotia Region" (ev-02)
    re.compile(
        rf"{_UNIT_NAME}\s+(?:[Pp]rovince|[Gg]overnorate|[Dd]istrict|[Ss]tate|[Oo]blast|"
        r"[Cc]ommune|[Zz]one|[Ww]oreda|[Rr]egion(?:al [Uu]nit)?)\b"
    ),
    # Ecuador's units without "de": "en el cantón Alausí", "la parroquia Huigra" (alz-06, alz-09)
    re.compile(rf"\b(?:{_BARE_UNIT})\s+{_UNIT_NAME}"),
)
_NOT_UNIT_NAMES = frozenset(
    {"La", "Le", "Les", "The", "A", "An", "Its", "This", "That", "Each", "Every", "Which", "Whole",
     "Entire", "Islamic", "Federal", "Member", "Nation", "Sovereign",
     # a capitalised word that opens a sentence: "By district, the death toll includes 71 in
     # Badulla" (sl-06)
     "By", "In", "Per", "For", "From", "At", "On", "Of", "With", "And", "Or", "Another",
     # "Across Donetsk Oblast, Russian attacks killed five civilians" (tor-07)
     "Across", "Throughout", "Inside", "Outside", "Near", "Around",
     "Other", "Same", "Several", "Many", "Some", "Both", "All", "Most", "Worst", "Hardest",
     "Affected", "Neighbouring", "Neighboring", "Home", "One"}
)  # fmt: skip


# "the Mozambican town of Palma" (palma-02): the demonym says whose town it is, whatever a
# namesake elsewhere (Palma, Spain) says, and names a town the gazetteer lacks.
_OF_DEMONYM_RE = re.compile(
    r"\s+(?:(?:border|coastal|northern|southern|eastern|western|central|key|strategic|small|"
    r"remote)\s+)?(?:town|city|village|port|capital|province|district|region)\s+of\s+"
)
_TOWN_NAME_RE = re.compile(_UNIT_NAME)


def _demonym_places(text: str, found: Sequence[PlaceMatch]) -> list[PlaceMatch]:
    """`found` with each place named as "the <demonym> town of X" put in that country."""
    out = list(found)
    for d in found:
        if not d.demonym or not (lead := _OF_DEMONYM_RE.match(text, d.end)):
            continue
        at = lead.end()
        named = next((p for p in out if p.start == at and not p.demonym), None)
        if named is not None:
            if named.country != d.country:
                out[out.index(named)] = replace(
                    named, canonical=named.name, kind="city", country=d.country
                )
            continue
        if (m := _TOWN_NAME_RE.match(text, at)) and m.group(1).split()[0] not in _NOT_UNIT_NAMES:
            name = m.group(1)
            out.append(PlaceMatch(name, name, "city", d.country, m.start(1), m.end(1)))
    return sorted(out, key=lambda p: p.start)


def _in_focus(places: Sequence[PlaceMatch], focus: str | None) -> tuple[PlaceMatch, ...]:
    """The places with the units of unknown country put in `focus` (dropped without one)."""
    if focus is None:
        return tuple(p for p in places if p.country)
    return tuple(p if p.country else replace(p, country=focus) for p in places)


# "the isolated Southeast Asian state" (nar-02), "the West African state": a country told by
# its part of the world, not a unit of that name
_CONTINENTAL_RE = re.compile(
    r"\b(?:Asian|African|European|American|Arab|Caribbean|Pacific|Balkan|Baltic|Nordic)$"
)


def _admin_places(text: str, found: Sequence[PlaceMatch]) -> list[PlaceMatch]:
    """Units named as such that the gazetteer does not know (their country is set later)."""
    if not _UNIT_WORD.search(text):
        return []
    out: list[PlaceMatch] = []
    for start, end, name, kind in _unit_names(text):
        first = name.split()[0]
        if first in _NOT_UNIT_NAMES or is_place_word(first) or _CONTINENTAL_RE.search(name):
            continue
        if any(p.start < end and start < p.end for p in [*found, *out]):
            continue
        # "nella contea di Kerr" (tx-05) is the gazetteer's Kerr County
        known = lookup(f"{name} County") if kind == "county" else None
        if known is not None:
            out.append(PlaceMatch(name, known.name, known.kind, known.country, start, end))
        else:
            out.append(
                PlaceMatch(name, name, "city" if kind == "city" else "region", "", start, end)
            )
    return sorted(out, key=lambda p: p.start)


def _named_units(text: str, found: list[PlaceMatch], units: set[str]) -> list[PlaceMatch]:
    """`found` with the units the article named as such ("Buner district") wherever it names
    them bare: "Buner remains the worst-hit district with 208 deaths" (kpf-05)."""
    extra: list[PlaceMatch] = []
    for name in sorted(units, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                not (at and (text[at - 1].isalnum() or text[at - 1] in "'’-"))
                and not (end < len(text) and (text[end].isalnum() or text[end] in "'’-"))
                and not any(p.start < end and at < p.end for p in [*found, *extra])
            ):
                extra.append(PlaceMatch(name, name, "region", "", at, end))
            at = text.find(name, end)
    return sorted([*found, *extra], key=lambda p: p.start) if extra else found


def _unit_names(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, "county", "region" or "city") of each unit named with its unit word."""

    def kind(unit: str) -> str:
        return "county" if _COUNTY_RE.match(unit) else "region"

    for pattern in _ADMIN_RES:
        for m in pattern.finditer(text):
            yield m.start(1), m.end(1), m.group(1), kind(m.group(0))
    # "nelle contee di Burnet (3), Kendall (2), Williamson (1), Tom Green (1) e Travis (5)"
    # (tx-05): every name of the list; "The villages of Zhovte and Pustynka" (vnk-03)
    for pattern in (_UNIT_LIST_RE, _SETTLEMENTS_RE):
        for m in pattern.finditer(text):
            unit = "city" if pattern is _SETTLEMENTS_RE else kind(m.group(0))
            at = m.end()
            while item := _LIST_ITEM_RE.match(text, at):
                yield item.start(1), item.end(1), item.group(1), unit
                if not item.group("sep"):
                    break
                at = item.end()
    # "in Spartanburg and Greenville counties" (hel-06)
    for m in _LIST_BEFORE_RE.finditer(text):
        unit = kind(m.group("unit"))
        for k in (1, 2, 3):
            if m.group(k):
                yield m.start(k), m.end(k), m.group(k), unit


_COUNTY_RE = re.compile(r"[Cc]ount(?:y|ies)|[Cc]omtés?|[Cc]ondados?|[Cc]onte[ae]")
# Administrative units in the plural, in the five reporting languages (for lists of them here,
# and for figures counted over several of them in figures.py).
UNIT_NOUNS = (
    r"(?:provinces|provincias|províncias|province|districts|distritos|regions|regiones|régions|"
    r"regiões|regioni|states|estados|[ée]tats|stati|counties|condados|comtés|contee|"
    r"departments|departamentos|départements|municipalities|municipios|municípios|"
    r"pr[ée]fectures|governorates|communes)"
)
_UNIT_LIST_RE = re.compile(rf"\b(?i:{UNIT_NOUNS})\s+(?:of|de|di|d['’])\s*")
_LIST_ITEM_RE = re.compile(
    # "dans les communes de Mirebalais et de Saut-d'Eau" (hmb-09)
    rf"{_UNIT_NAME}(?:\s*\([^()]{{0,20}}\))?"
    r"(?P<sep>(?:,\s*|,?\s+(?:and|e|y|et)\s+)(?:of\s+|de\s+|d['’]|di\s+)?)?"
)
_LIST_BEFORE_RE = re.compile(
    rf"{_UNIT_NAME}(?:,\s+{_UNIT_NAME})?,?\s+(?:and|&)\s+{_UNIT_NAME}\s+(?P<unit>{UNIT_NOUNS})\b"
)


# Villages and towns the gazetteer lacks, named as such: "the neighbouring village of
# Rozdolne" (vnk-02), "the settlements of Neskuchne and Terny" (vnk-07), "a localidade de
# Zelene" (vnk-10)
_SETTLEMENTS_RE = re.compile(
    r"\b(?:[Vv]illages?|[Ss]ettlements?|[Hh]amlets?|[Ll]ocalit(?:y|ies)|[Ll]ocalités?|"
    r"[Ll]ocalidad(?:es)?|[Ll]ocalidades?|[Ll]ocalità|[Aa]ldeas?|[Aa]ldeias?|[Vv]ilarejos?|"
    r"[Vv]illaggi|[Vv]illaggio|[Pp]ueblos?)"
    # (not "do", "da": "uma aldeia do Pélion" is a village in the Pelion, thes-05)
    r"\s+(?:of|de|d['’]|di)\s+"
)
_UNIT_WORD = re.compile(
    r"rovinc|r[ée]fectur|overnorate|istrict|istrit|istrett|egion|State|unicip|ount[yi]|blast|"
    r"ilaya|omté|ondado|onte[ae]|illag|ettlement|amlet|ocalit|ocalid|ldea|ldeia|ilarejo|ueblo|"
    r"ommune|one\b|ona\b|oreda|anton|antón|arroquia"
)


# A country's name that is someone's first name, in the apposition that names an official:
# "El director de la Policía Nacional Civil (PNC), Mauricio Sandoval, anunció" (sv-02)
# (not a unit: "in Mokwa, Niger State, in north-central Nigeria", mok-12)
_SURNAME_THEN_COMMA = re.compile(
    r" (?!(?:State|Province|Region|County|District|Department|Governorate|Island)s?\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)?,"
)


def _forename(text: str, p: PlaceMatch, found: Sequence[PlaceMatch]) -> bool:
    return (
        p.kind == "country"
        and not p.demonym
        and text[: p.start].endswith(", ")
        and _SURNAME_THEN_COMMA.match(text, p.end) is not None
        and not any(q.start == p.end + 1 for q in found)
    )


def _without_namesakes(built: list[Sentence], focus: str, surnames: set[str]) -> list[Sentence]:
    """The sentences without the small foreign towns (see `is_minor_city`) and the regions named
    by a direction of countries the article never names: news names a small town abroad with
    its country, so a lone one is a namesake ("la Defensoría del Pueblo", cat-04; "Marco
    Rubio", ip-08)."""
    named = {p.country for s in built for p in s.places if p.kind == "country" or p.demonym}
    named.add(focus)
    # a small town abroad whose name the article also gives a person ("Evo Morales", bol-04;
    # "Luis Felipe Puente", mxq-06) is that person's surname even where its country is named
    abroad = {p.name for s in built for p in s.places if p.country != focus and is_minor_city(p)}
    surnames = surnames & abroad

    def namesake(p: PlaceMatch) -> bool:
        if p.name in surnames:
            return True
        return p.country not in named and (is_minor_city(p) or _compass_region(p))

    if not any(namesake(p) for s in built for p in s.places):
        return built
    return [replace(s, places=tuple(p for p in s.places if not namesake(p))) for s in built]


# Regions named by their direction alone ("North West", Botswana; "Sud", Haiti; "Southern
# Region", Malawi) are read in their country only when the article names it: "two in the
# North-West" of Haiti (hq-03) is not Botswana's.
_COMPASS_RE = re.compile(
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|"
    r"nord|sud|est|ouest|norte|sur|este|oeste|centro|region|province)[\s-]*)+",
    re.I,
)


def _compass_region(p: PlaceMatch) -> bool:
    return p.kind == "region" and bool(_COMPASS_RE.fullmatch(p.canonical))


def build_context(article: Article) -> Context:
    """The context of an article: its title (index 0, if any) and its sentences."""
    return context_for(article.sentences, article.published, article.entry.title)


def context_for(sentences: Sequence[str], published: date, title: str = "") -> Context:
    texts = [title.strip()] if title.strip() else []
    texts.extend(sentences)
    built: list[Sentence] = []
    with_datelines: list[Sequence[PlaceMatch]] = []
    founds: list[list[PlaceMatch]] = []
    units: set[str] = set()
    for text in texts:
        found = find_places(text)
        if any(p.demonym for p in found):
            # "the Indian Ocean" (ace-11) is a sea, not India
            found = [p for p in found if not (p.demonym and text.startswith(" Ocean", p.end))]
            found = _demonym_places(text, found)
        found = [p for p in found if not _forename(text, p, found)]
        admin = _admin_places(text, found)
        if admin:
            found = sorted([*found, *admin], key=lambda p: p.start)
            units.update(p.name for p in admin if not p.country)
        founds.append(found)
    if units:
        founds = [
            _named_units(text, found, units) for text, found in zip(texts, founds, strict=True)
        ]
    if storms := {name for text in texts for name in storm_names(text)}:
        founds = [[p for p in found if p.name not in storms] for found in founds]
    for i, (text, found) in enumerate(zip(texts, founds, strict=True)):
        heading = (i == 0 and bool(title.strip())) or is_heading(text)
        places = _where(text, found)
        with_datelines.append(found)
        built.append(Sentence(i, text, heading, places, published))
    # a town a demonym placed ("the Mozambican town of Palma") is that country's town all
    # through the article ("Palma, home to about 75,000 people", palma-02)
    owned = {
        p.name: p
        for s in built
        for p in s.places
        if p.kind == "city"
        and p.canonical == p.name
        and any(d.demonym and d.country == p.country for d in s.places)
    }
    if owned:
        built = [
            replace(s, places=tuple(
                replace(owned[p.name], start=p.start, end=p.end)
                if p.name in owned and p.country != owned[p.name].country else p
                for p in s.places
            ))
            for s in built
        ]  # fmt: skip
    # names shared by several countries ("Valencia") do not vote while others can decide
    titled = bool(title.strip())
    # a small town's name the article also gives a person ("Alberto João Jardim", "Manuel
    # Alegre", mad-02) does not vote for the focus (it is a namesake abroad, see below)
    surnames = {
        p.name
        for s in built
        for p in s.places
        if is_minor_city(p) and written_as_surname(texts, p.name)
    }
    # nor does a region named by its direction alone ("Nord-Ouest" is Haiti's and Cameroon's,
    # cam-04): the article's other places decide which country's it is
    voters = [tuple(p for p in s.places if p.name not in surnames) for s in built]
    every = [tuple(p for p in found if not _compass_region(p)) for found in voters]
    if not any(every):
        every = voters
    homonyms = any(is_homonym(p) for s in built for p in s.places)
    if homonyms:
        plain = [tuple(p for p in found if not is_homonym(p)) for found in every]
        focus = focus_country(texts, plain, titled) if any(plain) else None
        if focus is None:
            focus = focus_country(texts, every, titled)
    else:
        focus = focus_country(texts, every, titled)
    if focus is None and not any(every) and any(with_datelines):
        # a dateline is where the story was filed: the country when nothing else names one
        # ("Thiruvananthapuram: The exact number of people killed in the Wayanad landslides",
        # wy-12)
        focus = focus_country(texts, with_datelines, titled)
    # the units the gazetteer lacks are in the focus country, or nowhere we can say
    if any(not p.country for s in built for p in s.places):
        built = [replace(s, places=_in_focus(s.places, focus)) for s in built]
    if homonyms and focus is not None:
        # homonyms read as places of the focus country ("Valencia", Spain), then of the others
        named_countries = Counter(
            p.country for s in built for p in s.places if p.kind == "country" and p.country
        )
        order = [focus, *(c for c, _ in named_countries.most_common() if c != focus)]
        built = [
            replace(s, places=tuple(prefer(p, order) for p in s.places))
            if any(is_homonym(p) for p in s.places)
            else s
            for s in built
        ]
    if focus is not None:
        built = _without_namesakes(built, focus, surnames)
    named: dict[str, set[str]] = {"rebel": set(), "state": set()}
    for sentence in built:  # sentence by sentence: most name no actor and are skipped at once
        for a in sentence.actors:
            if a.actor is not None:
                named[actor_side(a.actor) or a.side].add(a.actor)
    rebel = next(iter(named["rebel"])) if len(named["rebel"]) == 1 else None
    if len(named["state"]) == 1:
        government: str | None = next(iter(named["state"]))
    else:
        government = army_of(focus) if focus else None
    return Context(published, tuple(built), focus, rebel, government)
