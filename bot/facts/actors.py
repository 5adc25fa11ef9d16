"""Armed actors: canonical names, their aliases, and the generic words that stand for them.

Control facts name who holds a place. News names the same group many ways ("Hay’at Tahrir
al-Sham" with a curly apostrophe in seed 000, "Hayat Tahrir al-Sham (HTS)" and "HTS-led" in
seed 001), and often only by a generic word ("rebels", "the attack", "armed factions"): those
resolve to the article's only named actor of that side (see context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.facts._gate import Gate, fold
from bot.facts._trie import trie_pattern

Side = Literal["rebel", "state"]


@dataclass(frozen=True)
class Actor:
    name: str  # canonical, what Control.actor holds
    display: str
    side: Side
    country: str | None  # the state an army belongs to, or where a group fights
    aliases: tuple[str, ...]


ACTORS: tuple[Actor, ...] = (
    Actor("HTS", "Hayat Tahrir al-Sham (HTS)", "rebel", "SY", (
        "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham",
        "Hay'at Tahrir al Sham", "Hayat Tahrir Al-Sham", "Hayat Tahrir al-Cham", "Tahrir al-Sham",
        "HTS-led rebels", "HTS-led forces", "HTS")),
    Actor("SNA", "Syrian National Army (SNA)", "rebel", "SY", (
        "Syrian National Army", "Turkish-backed Syrian National Army", "SNA")),
    Actor("SDF", "Syrian Democratic Forces (SDF)", "rebel", "SY", (
        "Syrian Democratic Forces", "Kurdish-led SDF", "SDF")),
    Actor("Islamic State", "Islamic State", "rebel", None, ("ISIS", "ISIL", "Daesh")),
    Actor("Syrian government forces", "Syrian government forces", "state", "SY", (
        "Syrian regime forces", "Syrian army", "Syrian Arab Army", "Syrian troops",
        "Syrian government troops", "pro-Assad forces", "Assad's forces", "SAA")),
    Actor("RSF", "Rapid Support Forces (RSF)", "rebel", "SD", ("Rapid Support Forces", "RSF")),
    Actor("SAF", "Sudanese Armed Forces (SAF)", "state", "SD", (
        "Sudanese Armed Forces", "Sudanese army", "Sudan's army", "SAF")),
    Actor("M23", "M23", "rebel", "CD", ("March 23 Movement", "M23 rebels", "M23")),
    Actor("FARDC", "Congolese army (FARDC)", "state", "CD", ("Congolese army", "FARDC")),
    Actor("Hamas", "Hamas", "rebel", "PS", ("Hamas",)),
    Actor("Hezbollah", "Hezbollah", "rebel", "LB", ("Hezbollah", "Hizbollah")),
    Actor("Houthis", "Houthis", "rebel", "YE", (
        "Houthi rebels", "Houthi", "Houthis", "Ansar Allah", "Ansarallah", "Ansar Alá",
        # AFP's spelling: "the Huthi rebels who took the capital Sanaa" (ade-09)
        "Huthi rebels", "Huthi", "Huthis")),
    Actor("Israeli forces", "Israeli forces", "state", "IL", (
        "Israeli troops", "Israeli army", "Israeli military", "Israel Defense Forces", "IDF")),
    Actor("Russian forces", "Russian forces", "state", "RU", (
        "Russian troops", "Russian army", "Russian military")),
    Actor("Ukrainian forces", "Ukrainian forces", "state", "UA", (
        "Ukrainian troops", "Ukrainian army", "Ukrainian military", "Ukraine's army")),
    Actor("Arakan Army", "Arakan Army", "rebel", "MM", ("Arakan Army",)),
    # haiti-12: the gang coalition that took Mirebalais
    Actor("Viv Ansanm", "Viv Ansanm gangs", "rebel", "HT", (
        "Viv Ansanm", "Viv Ansanm coalition", "Viv Ansanm alliance")),
    Actor("Haitian police", "Haitian police", "state", "HT", (
        "Haitian police", "Haitian National Police", "Haiti's police", "HNP")),
    Actor("Myanmar military", "Myanmar military", "state", "MM", (
        "Myanmar army", "junta forces", "junta troops", "Tatmadaw")),
    # The armed groups of the wars in the news since 2020, with the names wires, UN agencies and
    # the Spanish, French, Portuguese and Italian press give them. A group not listed here is
    # still found where a sentence says it is one (context.py, "unnamed groups").
    Actor("Taliban", "Taliban", "rebel", "AF", (
        "Taliban fighters", "Taliban", "Taleban", "talibanes", "talibãs", "talibans", "talebani")),
    Actor("ISIS-K", "Islamic State Khorasan (ISIS-K)", "rebel", "AF", (
        "Islamic State Khorasan", "Islamic State-Khorasan", "ISIS-K", "ISKP", "IS-K")),
    Actor("TPLF", "Tigray People's Liberation Front (TPLF)", "rebel", "ET", (
        "Tigray People's Liberation Front", "Tigray Defence Forces", "Tigray Defense Forces",
        "Tigrayan forces", "Tigrayan fighters", "Frente Popular de Liberación de Tigray",
        "Front de libération du peuple du Tigré", "TPLF", "TDF")),
    Actor("Fano", "Fano militia", "rebel", "ET", ("Fano militia", "Fano militiamen", "Fano")),
    Actor("OLA", "Oromo Liberation Army (OLA)", "rebel", "ET", ("Oromo Liberation Army", "OLA")),
    Actor("Ethiopian forces", "Ethiopian federal forces (ENDF)", "state", "ET", (
        "Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF")),
    Actor("Afghan forces", "Afghan government forces", "state", "AF", (
        "Afghan National Army", "Afghan security forces", "Afghan National Defense and Security "
        "Forces", "ANDSF")),
    Actor("Three Brotherhood Alliance", "Three Brotherhood Alliance", "rebel", "MM", (
        "Three Brotherhood Alliance", "Brotherhood Alliance")),
    Actor("MNDAA", "Myanmar National Democratic Alliance Army (MNDAA)", "rebel", "MM", (
        "Myanmar National Democratic Alliance Army", "MNDAA")),
    Actor("TNLA", "Ta'ang National Liberation Army (TNLA)", "rebel", "MM", (
        "Ta'ang National Liberation Army", "TNLA")),
    Actor("KIA", "Kachin Independence Army (KIA)", "rebel", "MM", (
        "Kachin Independence Army", "KIA")),
    Actor("KNLA", "Karen National Liberation Army (KNLA)", "rebel", "MM", (
        "Karen National Liberation Army", "Karen National Union", "KNLA", "KNU")),
    Actor("PDF", "People's Defence Force (PDF)", "rebel", "MM", (
        "People's Defence Force", "People's Defense Force", "People's Defence Forces",
        "People's Defense Forces")),
    Actor("al-Shabaab", "al-Shabaab", "rebel", "SO", (
        "al-Shabaab", "al-Shabab", "Al-Shabaab", "Al-Shabab", "al Shabaab", "Al Shabaab")),
    Actor("Boko Haram", "Boko Haram", "rebel", "NG", ("Boko Haram",)),
    Actor("ISWAP", "Islamic State West Africa Province (ISWAP)", "rebel", "NG", (
        "Islamic State West Africa Province", "ISWAP")),
    Actor("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "rebel", "ML", (
        "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "JNIM",
        "GSIM")),
    Actor("MNLA", "National Movement for the Liberation of Azawad (MNLA)", "rebel", "ML", (
        "National Movement for the Liberation of Azawad", "Mouvement national de libération de "
        "l'Azawad", "Movimiento Nacional de Liberación de Azawad", "MNLA")),
    Actor("Ansar Dine", "Ansar Dine", "rebel", "ML", (
        "Ansar Dine", "Ansar Eddine", "Ansar ed-Dine")),
    Actor("ADF", "Allied Democratic Forces (ADF)", "rebel", "CD", (
        "Allied Democratic Forces", "ADF")),
    Actor("CODECO", "CODECO", "rebel", "CD", ("CODECO",)),
    Actor("SPLM-N", "SPLM-N", "rebel", "SD", (
        "Sudan People's Liberation Movement-North", "SPLM-N")),
    Actor("PKK", "Kurdistan Workers' Party (PKK)", "rebel", "TR", (
        "Kurdistan Workers' Party", "PKK")),
    Actor("YPG", "People's Protection Units (YPG)", "rebel", "SY", (
        "People's Protection Units", "YPG")),
    Actor("Islamic Jihad", "Palestinian Islamic Jihad", "rebel", "PS", (
        "Palestinian Islamic Jihad", "Islamic Jihad", "PIJ")),
    Actor("LNA", "Libyan National Army (LNA)", "rebel", "LY", (
        # "Forces of eastern Libyan strongman Khalifa Haftar announced ... that they had seized
        # the coastal city of Sirte" (lw-01): the marshal stands for his army
        "Libyan National Army", "Haftar's forces", "Haftar forces", "pro-Haftar forces",
        "Khalifa Haftar", "Haftar", "LNA")),
    # The two sides of the war for western Libya (2019-2020): "forces loyal to the
    # Tripoli-based Government of National Accord (GNA) retook Sabratha and Surman" (lw-07)
    Actor("GNA", "Government of National Accord (GNA) forces", "state", "LY", (
        "Government of National Accord", "GNA forces", "GNA-aligned forces", "GNA troops",
        "Gouvernement d'union nationale", "Gobierno de Acuerdo Nacional",
        "Governo di Accordo Nazionale", "Governo di accordo nazionale", "GNA")),
    # Aden, 2019: "the separatist Southern Transitional Council (STC) seized the presidential
    # palace" (ade-04); the Security Belt is its force in Aden
    Actor("STC", "Southern Transitional Council (STC)", "rebel", "YE", (
        "Southern Transitional Council", "Conseil de transition du Sud",
        "Consejo de Transición del Sur", "Consiglio di transizione del Sud",
        "Security Belt forces", "Security Belt", "STC")),
    # "Yemeni government forces retook Ataq" (ade-08); Hadi's recognised government
    Actor("Yemeni forces", "Yemeni government forces", "state", "YE", (
        "Yemeni government forces", "Yemeni government troops", "Yemeni troops",
        "Yemeni army", "Yemen's army", "Hadi's forces", "forces loyal to Hadi")),
    # Côte d'Ivoire, 2011: "les Forces républicaines sont entrées lundi soir dans Bondoukou"
    # (civ-07); Ouattara's former rebels, the FRCI
    Actor("FRCI", "Republican Forces of Côte d'Ivoire (FRCI)", "rebel", "CI", (
        "Forces républicaines de Côte d'Ivoire", "Forces républicaines", "Republican Forces",
        "forces pro-Ouattara", "pro-Ouattara forces", "pro-Ouattara fighters",
        "combattants pro-Ouattara", "fuerzas pro Ouattara", "forze pro-Ouattara",
        "Forces nouvelles", "New Forces", "Ouattara's forces", "forces loyal to Ouattara",
        "forces loyal to Alassane Ouattara", "forces fidèles à Alassane Ouattara",
        "forces favorables à Alassane Ouattara", "FRCI")),
    # and Laurent Gbagbo's army, "les forces de défense et de sécurité" (civ-07)
    Actor("FDS", "Ivorian Defence and Security Forces (FDS)", "state", "CI", (
        "forces de défense et de sécurité", "Forces de défense et de sécurité",
        "pro-Gbagbo forces", "forces pro-Gbagbo", "Gbagbo loyalists", "Gbagbo's forces",
        "forces loyal to Gbagbo", "forces loyal to Laurent Gbagbo",
        "forces fidèles à Laurent Gbagbo", "forces fidèles à Gbagbo", "FDS")),
    Actor("AQAP", "al-Qaeda in the Arabian Peninsula (AQAP)", "rebel", "YE", (
        "al-Qaeda in the Arabian Peninsula", "AQAP")),
    Actor("ELN", "National Liberation Army (ELN)", "rebel", "CO", ("ELN",)),
    # the separatist statelets of eastern Ukraine (2014-2022): "Denis Pushilin of the
    # self-proclaimed 'Donetsk People's Republic'" (udb-04)
    Actor("DPR", "Donetsk People's Republic (DPR)", "rebel", "UA", (
        "Donetsk People's Republic", "DPR", "DNR")),
    Actor("LPR", "Luhansk People's Republic (LPR)", "rebel", "UA", (
        "Luhansk People's Republic", "Lugansk People's Republic", "LPR", "LNR")),
    Actor("LTTE", "Liberation Tigers of Tamil Eelam (LTTE)", "rebel", "LK", (
        "Liberation Tigers of Tamil Eelam", "Tamil Tigers", "Tamil Tiger", "Tigres tamiles",
        "Tigres tamouls", "Tigres tamoules", "Tigri Tamil", "Tigri tamil", "Tigres Tamil", "LTTE")),
    Actor("Séléka", "Séléka", "rebel", "CF", (
        "Seleka", "ex-Séléka", "ex-Seleka", "Séléka rebels", "Seleka rebels")),
    Actor("anti-balaka", "anti-balaka militias", "rebel", "CF", (
        "anti-balaka", "anti-Balaka", "Anti-balaka", "Anti-Balaka", "antibalaka")),
    Actor("UPC", "Union for Peace in the Central African Republic (UPC)", "rebel", "CF", (
        "Unité pour la paix en Centrafrique", "Union pour la paix en Centrafrique",
        "Union for Peace in the Central African Republic", "UPC")),
    Actor("Ambazonia separatists", "Ambazonian separatists", "rebel", "CM", (
        "Ambazonian separatists", "Ambazonian forces", "Ambazonian fighters",
        "Ambazonia Defence Forces", "Amba Boys", "Amba boys")),
)  # fmt: skip

_BY_NAME = {a.name: a for a in ACTORS}
_ALIAS = {alias.replace("’", "'"): a for a in ACTORS for alias in (a.name, *a.aliases)}
# Every written name of a named actor ("Hamas" is no place, no party list word...).
ACTOR_ALIASES = frozenset(name for a in ACTORS for name in (a.name, *a.aliases))
# The state side's generic words resolve to the focus country's army.
GOVERNMENT_OF = {a.country: a.name for a in ACTORS if a.side == "state" and a.country}

# Generic words for a side: "rebels", "the attack", "armed factions" (seeds 000, 001).
# Plain words, not regex: they become one trie pattern (a "?" there would be a literal "?").
_GENERIC_REBEL = (
    "islamist-led rebel alliance|rebel alliance|rebel group|rebel groups|rebel fighters|"
    "rebel forces|rebel control|rebel|rebels|insurgent|insurgents|armed faction|armed factions|"
    "armed group|armed groups|armed opposition|opposition fighters|opposition forces|"
    "opposition group|opposition groups|militants|jihadists|the attack|the offensive|"
    "the assault|the operation|fighters|gangs|gang members|armed gangs|gang coalition|"
    "paramilitary|paramilitaries|"
    # "Les séparatistes prorusses ... contrôlent désormais Debaltseve" (udb-14)
    "separatists|separatist forces|separatist fighters|séparatistes|separatistas|separatisti|"
    "rebeldes|rebelles|ribelli|insurgés|insurgentes|insorti|milicianos|miliciens|jihadistes|"
    "djihadistes|yihadistas|jihadistas"
)
_GENERIC_STATE = (
    "pro-government forces|government forces|government troops|government soldiers|"
    "regime forces|the army|the military|army troops|soldiers|federal forces|federal troops|"
    "national army|security forces|junta|"
    # "Federal police and their special units have retaken Kirkuk's military airport" (kir-03)
    "federal police|"
    # "The National Guard says its 1st operational brigade has taken control of Komsomolske"
    # (ukr-06)
    "national guard|garde nationale|guardia nazionale|guardia nacional|guarda nacional|"
    "forze governative|truppe governative|"
    # "a day after the UN-recognised government seized Tarhuna" (lw-11)
    "UN-recognised government|UN-recognized government|internationally recognised government|"
    "internationally recognized government|"
    "l'armée|el ejército|o exército|l'esercito|forces gouvernementales|"
    "fuerzas gubernamentales|forças governamentais|troupes gouvernementales|"
    # "Les troupes de la junte birmane se sont entièrement retirées de Myawaddy" (myw-03)
    "junte|giunta|les troupes|las tropas|as tropas|le truppe|les soldats|los soldados|"
    "os soldados|i soldati|"
    # "Les forces du régime se sont emparées ... des quartiers de Sakhour" (ale-05)
    "forces du régime|fuerzas del régimen|forze del regime|forças do regime"
)


_ACTOR_RE = re.compile(
    r"(?<![\w-])(?:(?P<named>"
    + trie_pattern(_ALIAS)
    + r")|(?i:(?P<rebel>"
    + trie_pattern(_GENERIC_REBEL.split("|"))
    + r")|(?P<state>"
    + trie_pattern(_GENERIC_STATE.split("|"))
    + r")))(?!\w)"
)


# Every match of _ACTOR_RE holds one of these (an alias's longest piece without an apostrophe,
# which may be straight or curly): most sentences name no actor, and `re` tries _ACTOR_RE at
# every position of those too (see _gate.py).
_ACTOR_WORDS = Gate(
    {
        "actor": {
            max(fold(word).split("'"), key=len)
            for word in [*_ALIAS, *_GENERIC_REBEL.split("|"), *_GENERIC_STATE.split("|")]
        }
    }
)


@dataclass(frozen=True)
class ActorMatch:
    """An actor mention: `actor` is the canonical name, or None for a generic word."""

    actor: str | None
    side: Side
    start: int
    end: int


def find_actors(text: str) -> list[ActorMatch]:
    out: list[ActorMatch] = []
    if not _ACTOR_WORDS.present(text):
        return out
    for m in _ACTOR_RE.finditer(text):
        if m.group("named"):
            actor = _ALIAS[m.group("named").replace("’", "'")]
            out.append(ActorMatch(actor.name, actor.side, m.start(), m.end()))
        elif m.group("rebel"):
            out.append(ActorMatch(None, "rebel", m.start(), m.end()))
        else:
            out.append(ActorMatch(None, "state", m.start(), m.end()))
    return out


def canonical_actor(name: str) -> str | None:
    """The canonical name for an alias ("Hay’at Tahrir al-Sham" -> "HTS"), else None."""
    actor = _ALIAS.get(name.replace("’", "'"))
    if actor is None:
        folded = name.replace("’", "'").casefold()
        actor = next((a for k, a in _ALIAS.items() if k.casefold() == folded), None)
    return actor.name if actor else None


def actor_names(actor: str) -> tuple[str, ...]:
    """The canonical name and every alias, for watchlist matching."""
    known = _BY_NAME.get(canonical_actor(actor) or actor)
    if known is None:
        return (actor,)
    names = [known.name, *known.aliases]
    names += [n.replace("'", "’") for n in names if "'" in n]
    return tuple(dict.fromkeys(names))


def actor_display(actor: str) -> str:
    """How to write the actor in an alert: "Hayat Tahrir al-Sham (HTS)"."""
    known = _BY_NAME.get(canonical_actor(actor) or actor)
    return known.display if known else actor


def actor_side(actor: str) -> Side | None:
    known = _BY_NAME.get(actor)
    return known.side if known else None


def actor_country(actor: str) -> str | None:
    """The state an army belongs to, or where a group fights."""
    known = _BY_NAME.get(actor)
    return known.country if known else None
