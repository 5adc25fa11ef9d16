"""People who stand for a party at a meeting: heads of state and government, ministers and
armed groups' leaders of the crises sitrep follows, with the party each speaks for.

News names meetings by who attends ("Pashinyan and Azerbaijan's President Ilham Aliyev are
likely to meet in Granada", nk-06; "Burhan ... to meet RSF commander Mohamed Hamdan Dagalo",
gezira-09), so a meeting's parties come from these names as they come from country names. The
table is data like the gazetteer: extend it as crises and governments change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.facts._gate import Gate, fold
from bot.facts._trie import trie_pattern

# surname (and the other spellings news uses) -> party: an ISO code, an organisation or an
# armed group's canonical name (bot.facts.actors)
LEADERS: dict[str, str] = {
    **dict.fromkeys(("Aliyev", "Aliev", "Alíev", "Bayramov"), "AZ"),
    **dict.fromkeys(("Pashinyan", "Pashinian", "Mnatsakanyan"), "AM"),
    **dict.fromkeys(("Macron",), "FR"),
    **dict.fromkeys(("Scholz", "Merz"), "DE"),
    **dict.fromkeys(("Charles Michel", "von der Leyen", "Kaja Kallas"), "EU"),
    **dict.fromkeys(("Putin", "Poutine", "Putín", "Lavrov"), "RU"),
    **dict.fromkeys(
        ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski", "Kuleba", "Kouleba", "Sybiha"), "UA"
    ),
    **dict.fromkeys(("Erdogan", "Erdoğan", "Fidan"), "TR"),
    **dict.fromkeys(("Netanyahu", "Herzog"), "IL"),
    **dict.fromkeys(("Biden", "Trump", "Blinken", "Rubio", "Witkoff"), "US"),
    **dict.fromkeys(("Burhan", "al-Burhan"), "SD"),
    **dict.fromkeys(("Hemedti", "Hemetti", "Dagalo", "Daglo"), "RSF"),
    **dict.fromkeys(("Museveni",), "UG"),
    **dict.fromkeys(("Ruto",), "KE"),
    **dict.fromkeys(("Abiy",), "ET"),
    **dict.fromkeys(("Guelleh",), "DJ"),
    **dict.fromkeys(("Tshisekedi",), "CD"),
    **dict.fromkeys(("Kagame",), "RW"),
    **dict.fromkeys(("Samia Suluhu Hassan", "Suluhu"), "TZ"),
    **dict.fromkeys(("Ramaphosa",), "ZA"),
    **dict.fromkeys(("Sisi", "el-Sisi", "al-Sisi"), "EG"),
    **dict.fromkeys(("Mikati",), "LB"),
    **dict.fromkeys(("Assad", "al-Assad"), "SY"),
    **dict.fromkeys(("Modi",), "IN"),
    **dict.fromkeys(("Min Aung Hlaing",), "MM"),
    **dict.fromkeys(("Yunus",), "BD"),
    **dict.fromkeys(("Xi Jinping", "Xi", "Wang Yi"), "CN"),
    **dict.fromkeys(("Guterres",), "UN"),
    **dict.fromkeys(("Lula",), "BR"),
    **dict.fromkeys(("Pedro Sánchez",), "ES"),
    # Portugal's prime minister, not the country Montenegro ("Sánchez y Montenegro", pw-14)
    **dict.fromkeys(("Luís Montenegro", "Luis Montenegro"), "PT"),
    **dict.fromkeys(("Meloni",), "IT"),
    **dict.fromkeys(("Starmer", "Sunak"), "GB"),
    **dict.fromkeys(("Raisi", "Pezeshkian", "Araghchi"), "IR"),
    **dict.fromkeys(("Dbeibah", "Dbeibeh"), "LY"),
    **dict.fromkeys(("Nyusi", "Chapo"), "MZ"),
    **dict.fromkeys(("Shehbaz Sharif",), "PK"),
    **dict.fromkeys(("Ismail Haniyeh", "Haniyeh", "Sinwar"), "Hamas"),
    **dict.fromkeys(("Nasrallah",), "Hezbollah"),
    # heads of state and government, ministers and envoys of 2020-2025 (full names where the
    # surname alone is a common word, a given name or a place)
    **dict.fromkeys(("Merkel",), "DE"),
    **dict.fromkeys(("Lourenço", "Lourenco"), "AO"),
    **dict.fromkeys(("Conille", "Fils-Aimé", "Ariel Henry"), "HT"),
    **dict.fromkeys(("Maduro",), "VE"),
    **dict.fromkeys(("Gustavo Petro",), "CO"),
    **dict.fromkeys(("Mottley",), "BB"),
    **dict.fromkeys(("Holness",), "JM"),
    **dict.fromkeys(("Shaibani", "al-Shaibani", "al-Sharaa", "Ahmed al-Sharaa"), "SY"),
    **dict.fromkeys(("Safadi",), "JO"),
    **dict.fromkeys(("Dermer", "Gallant"), "IL"),
    **dict.fromkeys(("Mohammed bin Salman", "Faisal bin Farhan"), "SA"),
    **dict.fromkeys(("Tamim bin Hamad", "Mohammed bin Abdulrahman"), "QA"),
    **dict.fromkeys(
        (
            "Tom Barrack",
            "Kamala Harris",
            "Lloyd Austin",
            "Mike Waltz",
            "Vance",
            "Hegseth",
            "Jake Sullivan",
        ),
        "US",
    ),
    **dict.fromkeys(("Kishida", "Ishiba"), "JP"),
    **dict.fromkeys(("Yoon Suk-yeol", "Yoon Suk Yeol", "Lee Jae-myung"), "KR"),
    **dict.fromkeys(("Kim Jong-un", "Kim Jong Un", "Choe Son-hui", "Choe Son Hui"), "KP"),
    **dict.fromkeys(("Lukashenko",), "BY"),
    **dict.fromkeys(("Orbán", "Orban"), "HU"),
    **dict.fromkeys(("Donald Tusk", "Andrzej Duda"), "PL"),
    **dict.fromkeys(("Tinubu",), "NG"),
    **dict.fromkeys(("Salva Kiir",), "SS"),
    **dict.fromkeys(("Ndayishimiye",), "BI"),
    **dict.fromkeys(("Ferdinand Marcos", "Marcos Jr.", "Bongbong Marcos"), "PH"),
    **dict.fromkeys(("Prabowo",), "ID"),
    **dict.fromkeys(("Anwar Ibrahim",), "MY"),
    **dict.fromkeys(("Hun Manet", "Hun Sen"), "KH"),
    **dict.fromkeys(("Paetongtarn", "Anutin", "Srettha"), "TH"),
    **dict.fromkeys(("Mitsotakis",), "GR"),
    **dict.fromkeys(("De Croo",), "BE"),
    **dict.fromkeys(("Vučić", "Vucic"), "RS"),
    **dict.fromkeys(("Kurti",), "XK"),
    **dict.fromkeys(("Borrell",), "EU"),
    **dict.fromkeys(("Shoigu", "Shoigú", "Choïgou", "Belousov", "Peskov", "Ushakov"), "RU"),
    **dict.fromkeys(("Yermak", "Umerov", "Shmyhal"), "UA"),
    **dict.fromkeys(("Mahmoud Abbas",), "PS"),
    **dict.fromkeys(("Haftar",), "LY"),
    **dict.fromkeys(("Jaishankar",), "IN"),
    **dict.fromkeys(("Milei",), "AR"),
    **dict.fromkeys(("Sheinbaum", "López Obrador"), "MX"),
    **dict.fromkeys(("Noboa",), "EC"),
    **dict.fromkeys(("Díaz-Canel",), "CU"),
    **dict.fromkeys(("Boluarte",), "PE"),
    **dict.fromkeys(("Irfaan Ali",), "GY"),
    **dict.fromkeys(("Ralph Gonsalves",), "VC"),
    **dict.fromkeys(("Mette Frederiksen",), "DK"),
}

LEADER_RE = re.compile(r"(?<![\w-])" + trie_pattern(LEADERS) + r"(?![\w-])")
# Every mention holds its name's longest word: most sentences name no leader, and `re` would try
# LEADER_RE at each of their characters (see _gate.py).
_LEADER_WORDS = Gate({"leader": {max(fold(name).split(), key=len) for name in LEADERS}})


def find_leaders(text: str) -> Iterator[re.Match[str]]:
    """The leaders named in `text`, in order."""
    if _LEADER_WORDS.present(text):
        yield from LEADER_RE.finditer(text)


# Words that may stand before a leader's surname and belong to the same mention: titles and
# given names ("Azerbaijan's President Ilham Aliyev", "RSF commander Mohamed Hamdan Dagalo").
TITLE_WORDS = frozenset(
    {"president", "prime", "minister", "chancellor", "king", "emir", "crown", "prince",
     "general", "gen.", "army", "chief", "commander", "leader", "head", "foreign", "defence",
     "defense", "secretary", "chairman", "premier", "sheikh", "field", "marshal", "lieutenant",
     "vice", "deputy", "executive", "managing", "caretaker", "acting", "paramilitary", "rebel",
     "military", "supreme", "sovereign", "council", "the", "of", "de", "al", "el", "bin", "ibn",
     "von", "der"}
)  # fmt: skip
