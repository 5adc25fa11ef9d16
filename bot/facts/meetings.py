"""Meetings: who meets whom, where, when, and how sure the report is.

Participants come only from the party list attached to the trigger word ("the foreign
ministers of Turkey, Iran, and Russia will convene", seed 000; "Russia, Iran, Türkiye, and
Qatar ... may meet", seed 001), never from the topic ("to discuss the escalation in Syria"), a
place apposition ("in Doha, Qatar’s capital") or a source ("A Turkish diplomatic source"). An
anaphoric mention ("The four-way talks could take place in Doha on Dec. 7-8", seed 001) takes
its parties from the nearest meeting with parties; mentions of one meeting are then merged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.facts._gate import Gate, fold
from bot.facts.actors import actor_country, actor_side
from bot.facts.context import AGENT_COMPOUND, Context, Sentence
from bot.facts.dates import DAY_IN_BRACKETS, SINCE_BEFORE, DateMatch
from bot.facts.leaders import LEADER_RE, LEADERS, TITLE_WORDS, find_leaders
from bot.facts.places import (
    country_name,
    country_of_adjective,
    is_place_word,
    is_within,
    lookup,
    place_kind,
)
from bot.models import Meeting, MeetingStatus

_SIGN_VERBS = (
    "sign|signs|signed|signing|signent|signé|signeront|firman|firmaron|firmarán|firmará|"
    "firmado|firma|assinam|assinaram|assinado|firmano|firmato"
)
_SIGNED = (
    "agreement|deal|accord|declaration|treaty|acuerdo|acordo|accordo|déclaration|declaración|"
    "declaração|dichiarazione|traité|tratado|trattato"
)
_TRIGGER_RE = re.compile(
    r"\b(?P<t>meet|meets|meeting|meetings|met|talks|convene|convenes|convened|convening|"
    r"summit|summits|conference|forum|"
    # fr / es / pt / it (gezira-01 "un sommet extraordinaire", maroc-14 "les Assemblées")
    r"sommet|réunion|rencontre|pourparlers|négociations|conférence|assemblées|cumbre|reunión|"
    r"conversaciones|conferencia|cúpula|reunião|conferência|vertice|incontro|colloqui|fórum|"
    r"foro|"
    # "the UN Security Council was to hold closed consultations" (ip-02); "O Conselho de
    # Segurança da ONU, que se reuniu na segunda-feira" (ip-05)
    r"consultations|consultas|consultazioni|reuniu|reunió|reunirá|reunirán|reuniram|"
    r"reunirão|réuni|réunis|réunie|réunira|réuniront|riunito|riuniti|riunirà|riuniranno|"
    # "tienen previsto reunirse este sábado en Bujumbura" (kit-04), "Cinque ore di trattative
    # domenica nella Cancelleria" (sev-13), "doivent à leur tour se retrouver vendredi à
    # Addis-Abeba" (kit-06): the infinitives and the nouns of talks
    r"reunirse|reunieron|reunir|reunir-se|riunirsi|riunione|riunioni|trattative|negoziati|"
    r"negociaciones|negociações|colloquio|incontrato|incontrati|incontrerà|incontreranno|"
    r"se retrouver|se retrouveront|se sont retrouvés|"
    # "Está previsto que el domingo Zelenski se reúna en Hiroshima con ... Joe Biden" (bkh-11),
    # "un encuentro bilateral", "doit rencontrer", "incontra"
    r"reúna|reúnan|reúne|reúnen|reúnem|encuentro|encuentros|rencontrer|rencontrera|"
    r"rencontreront|rencontré|incontra|incontrano|incontrare|"
    # "The fourth round of negotiations will be held in Caracas" (eln-08), "retomam em Caracas
    # as conversações de paz" (eln-01), "el segundo ciclo de diálogos" (eln-03)
    r"negotiations|conversações|conversazioni|diálogos|dialoghi|"
    # "Las delegaciones de Rusia y Ucrania volvieron a sentarse cara a cara este martes en
    # Estambul" (mar-07): the parties face to face
    r"cara a cara|face à face|face-à-face|faccia a faccia|frente a frente|"
    # a leader's guest or visit (see _guest): "Trump hosted Ukrainian President Volodymyr
    # Zelensky at the White House" (kup-06), "Wang Yi will visit Myanmar" (lsh-07)
    r"host|hosts|hosted|receive|receives|received|recibe|recibió|recibirá|recibido|recibida|"
    r"reçoit|reçu|reçue|recevra|accueille|accueilli|accueillera|recebe|recebeu|receberá|"
    r"recebido|riceve|ricevuto|riceverà|visit|visits|visited|visiting|visita|visitó|visitará|"
    r"visite|visité|visitera|visitou|visiterà|visitato)\b",
    re.IGNORECASE,
)
# The parties' signing of an accord is their meeting: "DR Congo and Rwanda are expected to sign
# a peace agreement in Washington on June 27" (drp-11). Its own pattern, run only when what is
# signed is named (the verbs' stems are in "significant", "signal", "design").
_SIGNING_RE = re.compile(
    r"\b(?P<t>" + _SIGN_VERBS + r")\b(?=\s+(?:[\w'’-]+\s+){0,5}?(?:" + _SIGNED + r")s?\b)",
    re.IGNORECASE,
)
# Speaking to the Security Council is its meeting: "Tetteh is due to brief the UN Security
# Council in New York on Tuesday" (ly-09), "Guterres told the Security Council on Thursday"
# (roh-10), "Vendredi, devant le Conseil de sécurité, l'ambassadeur américain" (uv-12)
_ADDRESS_RE = re.compile(
    r"\b(?P<t>brief|briefs|briefed|briefing|told|tells|addressed|addresses|addressing|devant|"
    r"ante|perante|davanti)\s+(?:the\s+|le\s+|el\s+|o\s+|al\s+)?(?:\d+-member\s+)?"
    r"(?=(?:UN |U\.N\. |United Nations )?Security Council\b|Conseil de sécurité|"
    r"Consejo de Seguridad|Conselho de Segurança|Consiglio di sicurezza)"
)
_TRIGGER_WORDS = Gate({"address": (
    "security council", "conseil de sécurité", "consejo de seguridad", "conselho de segurança",
    "consiglio di sicurezza",
), "trigger": (
    "meet", "met", "talks", "conven", "summit", "conference", "forum", "fórum", "foro", "sommet",
    "réunion", "rencontre", "pourparlers", "négociations", "conférence", "assemblées", "cumbre",
    "reunión", "conversaciones", "conferencia", "cúpula", "reunião", "conferência", "vertice",
    "incontro", "incontrat", "incontrer", "colloqui", "consultation", "consultas",
    "consultazioni", "reuni", "réuni", "riuni", "trattativ", "negoziati", "negociacion",
    "negociaç", "se retrouv", "sont retrouvés", "negotiations", "conversaç", "conversazioni",
    "diálogos", "dialoghi", "reún", "encuentro", "rencontr", "incontra", "host", "receiv",
    "recib", "reçoi", "reçu", "recevr", "accueill", "receb", "ricev", "visit", "cara a cara",
    "face à face", "face-à-face", "faccia a faccia", "frente a frente",
), "signing": (
    "agreement", "deal", "accord", "acuerdo", "acordo", "clara", "dichiarazione", "treat",
    "traité", "tratado", "trattato",
)})  # fmt: skip
_ORGS: tuple[tuple[str, str], ...] = (
    # kakh-01: "an emergency meeting of the UN Security Council", "the Security Council could
    # meet" (not a country's own "National Security Council")
    # "The African Union's Peace and Security Council, meeting on Friday" (ng-02) is the AU's
    (
        r"(?:(?:African Union|AU)(?:'s|’s)?\s+)?Peace and Security Council|"
        r"Conseil de paix et de sécurité",
        "AU",
    ),
    (
        r"(?:United Nations|UN|U\.N\.) Security Council|"
        r"(?<!National )(?<!Russian )(?<!Russia's )(?<!Russia’s )Security Council|UNSC|"
        r"(?:Conseil de sécurité|Consejo de Seguridad|Conselho de Segurança|Consiglio di sicurezza)"
        # "O Conselho de Segurança da ONU" (ip-05) is one party, not the Council and the UN
        r"(?:\s+(?:de\s+l'|de\s+l’|de\s+la|da|dell'|dell’|des|de\s+las|das|delle)\s*"
        r"(?:ONU|Nations unies|Naciones Unidas|Nações Unidas|Nazioni Unite))?",
        "UN Security Council",
    ),
    (r"(?:United Nations|UN|U\.N\.) General Assembly", "UN General Assembly"),
    (r"United Nations|UN|U\.N\.|ONU|Nations unies|Naciones Unidas|Nações Unidas", "UN"),
    (r"European Union|EU|Union européenne|UE|Unión Europea|União Europeia", "EU"),
    (r"Arab League|League of Arab States|Liga Árabe|Ligue arabe|Lega Araba", "Arab League"),
    (r"African Union|AU|Union africaine|UA|Unión Africana|União Africana", "AU"),
    # "la Communauté économique des États de l'Afrique de l'Ouest (Cédéao)" (ng-05)
    (
        r"Economic Community of West African States|ECOWAS|Cédéao|CEDEAO|Cedeao|"
        r"Communauté économique des États de l'Afrique de l'Ouest|"
        # "Comunidade Econômica dos Estados da África Ocidental (Cedeao)" (msv-03)
        r"Comunidade Econ[ôo]mica dos Estados da África Ocidental|"
        r"Comunidad Económica de (?:los )?Estados de África Occidental|"
        r"Comunità economica degli Stati dell'Africa occidentale",
        "ECOWAS",
    ),
    (r"Gulf Cooperation Council|GCC", "GCC"),
    # "the coalition of the willing call on Wednesday" (ask-04): Ukraine's backers meet as one
    (
        r"[Cc]oalition of the willing|[Cc]oalition des volontaires|"
        r"[Cc]oalición de (?:los )?voluntarios|[Cc]oalizione dei volenterosi",
        "Coalition of the willing",
    ),
    (r"Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC", "OIC"),
    # goma-10; "la Comunidad de África Oriental (EAC)" (kit-04)
    (
        r"East African Community|EAC|Communauté d'Afrique de l'Est|"
        r"Communauté de l'Afrique de l'Est|Comunidad de África Oriental|"
        r"Comunità dell'Africa orientale",
        "EAC",
    ),
    # "the first conference of foreign ministers of the Confederation of Sahel States (AES)"
    # (niger-09)
    (
        r"(?:Confederation|Alliance) of Sahel States|(?:Confédération|Alliance) des États du "
        r"Sahel|(?:Confederación|Alianza) de Estados del Sahel|AES",
        "AES",
    ),
    (
        r"Southern African Development Community|SADC|"
        r"Communauté de développement de l'Afrique australe",
        "SADC",
    ),
    (r"NATO|ASEAN|OSCE|BRICS|G7|G20|BIMSTEC|CARICOM|Quad", ""),  # quake-08
    # "A technical delegation of the Inter-American Commission on Human Rights ... met
    # Boluarte" (per-06), "la CIDH comenzó una visita" (per-10)
    (
        r"Inter-American Commission on Human Rights|IACHR|CIDH|Comisión Interamericana de "
        r"Derechos Humanos|Commission interaméricaine des droits de l'homme",
        "IACHR",
    ),
    (
        r"Organization of American States|OAS|OEA|Organización de (?:los )?Estados Americanos|"
        r"Organisation des États américains",
        "OAS",
    ),
    # "la cumbre de la Alianza del Pacífico" (per-01)
    (r"Pacific Alliance|Alianza del Pacífico|Alliance du Pacifique", "Pacific Alliance"),
    (
        r"Community of Latin American and Caribbean States|CELAC|Comunidad de Estados "
        r"Latinoamericanos y Caribeños",
        "CELAC",
    ),
    (r"International Monetary Fund|IMF|Fonds monétaire international|FMI", "IMF"),  # maroc-11
    (r"World Bank|Banque mondiale|Banco Mundial", "World Bank"),
    (r"European Political Community|EPC", "EPC"),  # nk-06
    (
        r"Intergovernmental Authority on Development|Autorité intergouvernementale pour le "
        r"développement|IGAD|Igad",
        "IGAD",
    ),
)
# Canonical organisation names: a summit of one of them is a meeting ("BIMSTEC summit").
ORG_NAMES = frozenset(
    name or alt for pattern, name in _ORGS for alt in ([name] if name else pattern.split("|"))
)
# Bodies whose members meet as one: any meeting of one of them is a meeting ("the Security
# Council could meet on Tuesday", kakh-01; "G7 leaders will meet virtually", afg-13). The UN,
# the IMF, the World Bank and the IACHR are agencies that meet others, not bodies of members.
_BODIES = ORG_NAMES - {"UN", "IMF", "World Bank", "IACHR"}
# Where a body meets when the report does not say.
_SEATS = {"UN Security Council": "New York", "UN General Assembly": "New York"}
_ORG_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(_ORGS)) + r")(?!\w)"
)
# "Russia, Iran and Türkiye"; "the joint EAC-SADC summit" (goma-11)
# "Representatives of Nagorno-Karabakh and of the Azerbaijani government" (nk-03); fr/es "et"
_LIST_GAP = re.compile(
    r"^\s*(?:,\s*and|,|and|&|-|et|y|e)\s*(?:of\s+|de\s+)?(?:the\s+|la\s+|le\s+)?$",
    re.IGNORECASE,
)
# Words allowed between a party list and its trigger: "may", "will", "foreign ministers", ...
_GAP_WORDS = frozenset(
    [
        "and",
        "officials",
        "leaders",
        "ministers",
        "minister",
        "foreign",
        "defence",
        "defense",
        "presidents",
        "president",
        "heads",
        "of",
        "state",
        "delegations",
        "delegation",
        "envoys",
        "representatives",
        "counterparts",
        # "Leaders of the EAC and the SADC will hold a joint summit" (goma-10)
        "hold",
        "holds",
        "a",
        "an",
        "joint",
        # "the UN Security Council was to hold closed consultations" (ip-02), "O Conselho de
        # Segurança da ONU, que se reuniu" (ip-05)
        "closed",
        "private",
        "informal",
        "urgent",
        "special",
        "que",
        "qui",
        "da",
        "de",
        "du",
        "del",
        "della",
        "se",
        "si",
        "emergency",
        "extraordinary",
        "will",
        "would",
        "could",
        "may",
        "might",
        "are",
        "is",
        "were",
        "was",
        "have",
        "has",
        "had",
        "be",
        "set",
        "to",
        "due",
        "expected",
        "likely",
        "scheduled",
        "planning",
        "plan",
        "plans",
        "reportedly",
        "also",
        "again",
        "finally",
        "hold",
        "held",
        "holding",
        "attend",
        "a",
        "an",
        "the",
        "their",
        "new",
        "fresh",
        "direct",
        # "UN envoy Martin Griffiths held four days of talks" (hod-03)
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "several",
        "days",
        "hours",
        "weeks",
        "four-way",
        "three-way",
        "two-way",
        "trilateral",
        "tripartite",
        "bilateral",
        "emergency",
        "high-level",
        "ministerial",
        "top",
        "senior",
        "officially",
        "formally",
        "soon",
        # "France will hold an international conference" (leb-09), "Switzerland will host the
        # Summit on Peace" (kh-12): the host is a party
        "host",
        "hosts",
        "hosted",
        "hosting",
        "international",
        "peace",
        "donor",
        "donors",
        "aid",
        "humanitarian",
        "regional",
        "support",
        "ceasefire",
        "truce",
        "government",
        "governments",
        "authorities",
        "side",
        "sides",
        "annual",
        "'s",
        "’s",
    ]
)
_HOSTS = re.compile(
    r"\s+(?:(?:is|was|will|would|has|had|are)\s+)?(?:(?:likely|expected|set|due|scheduled|"
    r"preparing|ready|to|also|now)\s+)*(?:host|hosts|hosted|hosting)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
_HOST_WORDS = frozenset({"host", "hosts", "hosted", "hosting", "hold", "holds", "held", "holding"})
# Who goes to the table: "A Hamas delegation will travel to Cairo ... for talks" (rafah-01),
# "Egyptian officials would meet the delegation", "Israeli and Hamas delegations" (rafah-04).
_DELEGATION_AFTER = re.compile(
    r"(?:\s+and\s+[\w-]+)?\s+(?:delegations?|negotiators|envoys?|mediators|negotiating team)\b",
    re.IGNORECASE,
)
_AFTER_LIST = re.compile(
    r"^\s+(?:between|among|of|with|involving)\s+(?:the\s+)?(?:(?:foreign|defence|defense)\s+)?"
    r"(?:(?:ministers?|leaders|heads of state|presidents|delegations|officials)\s+of\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_MET_WHOM = re.compile(
    r"^\s+(?:(?:the|a|an|two|three|four|five|several|senior|top|special|visiting|his|her|their)"
    r"\s+)*",
    re.IGNORECASE,
)
_VERBS = frozenset({"meet", "meets", "met"})
# A date that names something else: "failed to persuade Biden to extend the August 31
# deadline" (afg-13) is not when the G7 met.
_DATE_OF_ELSE = re.compile(
    r"\s+(?:deadline|anniversary|agreement|accord|ceasefire|truce|elections?|vote|attack|"
    r"offensive)\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"\b(?:the|this|that|their|its|these|such)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# The trigger's clause ends where the topic, a reason or an attribution begins: "to discuss
# ... in Syria" is the topic, not the venue (seed 001); "will occur after armed factions ...
# on Friday" is another event's date (seed 000).
_CLAUSE_END = re.compile(
    r"\b(?:to discuss|to address|discuss|discussing|amid|after|before|following|over|about|"
    r"regarding|concerning|aimed|aims|which|who|where|as|because|while|when|"
    # "The meeting ... that was to take place in Djibouti ... has been postponed" (gezira-10)
    r"that(?!\s+(?:was|were|is|are|had been|has been)\s+(?:to|due|scheduled|set|planned))|"
    r"according to|to review|focused|focusing|on the|on a|on an|on how|"
    # "..., with the aim of meeting a UN appeal for ... people displaced by the Israeli
    # strikes" (leb-09): the purpose
    r"with the aim|in order to|"
    # "une réunion internationale consacrée à Gaza" (gz-06), "une conférence internationale
    # consacrée au Liban" (cri-04): the topic
    r"sur la situation|sobre la situación|sulla situazione|on the situation)\b|[;:()]"
    r"|\b(?:consacrée?s?|dedicated|devoted|dedicad[oa]s?|dedicat[oaie])\s+"
    r"(?:à|au|aux|to|a|al|alla|ao)\s+(?:la\s+|le\s+|l['’]|the\s+)?(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# The trigger words that name a summit (or a conference, a forum).
_SUMMITS = frozenset(
    {"summit", "summits", "conference", "forum", "sommet", "conférence", "cumbre", "conferencia",
     "cúpula", "conferência", "vertice", "assemblées", "fórum", "foro"}
)  # fmt: skip
# Where a clause about the topic is followed by the venue: "..., to be held in Abuja" (ng-02),
# "talks ... on the Grand Ethiopian Renaissance Dam ended in Cairo" (amh-11)
_VENUE_TAIL = re.compile(
    r",\s*(?:(?:which|that)\s+(?:will|is to)\s+be\s+held|"
    r"(?:is\s+)?(?:to|due to|set to|scheduled to)\s+(?:be\s+held|take\s+place))\b"
    r"|\b(?:was|were)\s+held\b|\b(?:ended|opened|took place)\s+(?=in\b)"
    # "met on Monday on the sidelines of the Shanghai Cooperation Organisation (SCO) summit in
    # the Chinese city of Tianjin" (aap-12): the summit whose margins are the venue
    r"|\b(?:(?:on|at) the (?:sidelines|margins?) of|en marge d[eu]|al margen de|"
    r"à margem d[aoe]|a margine d[ei])\s+[^;:.]{0,70}?\b(?:"
    + "|".join(sorted(_SUMMITS | {"cimeira", "assembly"}))
    + r")\s+(?=(?:in|at|à|en|em|a)\s)",
    re.IGNORECASE,
)
# Trigger words that name no meeting: a press conference ("a press conference in Kyiv with
# Lithuanian President Gitanas Nausėda", kursk-12; "une conférence de presse à Bujumbura",
# bk-06), unless a joint one ("a joint press conference with Japanese Foreign Minister Yoko
# Kamikawa in Kyiv", noto-08), and a purpose ("with the aim of meeting a UN appeal", leb-09)
_NO_MEETING_BEFORE = re.compile(
    r"(?:(?<!joint )\b(?:press|news|phone|telephone)|\b(?:aim|goal|purpose|view) of)\s+$",
    re.IGNORECASE,
)
# ... a press conference, or talks by telephone: "tras una serie de conversaciones telefónicas
# con Alíev" (nkw-03)
_NO_MEETING_AFTER = re.compile(
    r"\s+(?:de\s+presse|de\s+prensa|de\s+imprensa|stampa|telefónicas?|téléphoniques?|"
    r"telefônicas?|telefoniche|telefonic[ao]|telefónico|téléphonique)\b",
    re.IGNORECASE,
)
# The parties of talks named after their topic: "talks on the dam between Ethiopia, Egypt and
# Sudan" (amh-14)
_BETWEEN_WORDS = r"\b(?:between|among|entre|tra|fra)\s+"
_BETWEEN = re.compile(_BETWEEN_WORDS + r"(?:the\s+)?", re.IGNORECASE)
# "its defence chiefs would meet" (ng-04): the members of the organisation the sentence names
_ITS_MEMBERS = re.compile(
    r"\b(?:its|their|ses|leurs|sus|seus)\s+(?:[\w-]+\s+){0,2}"
    r"(?:chiefs|leaders|ministers|heads of state|chefs|dirigeants|ministres|jefes|ministros)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A body's members named before it: "Los jefes de Estado de la Comunidad de África Oriental
# (EAC) tienen previsto reunirse" (kit-04), "les chefs d'état-major des forces de défense des
# pays de la Communauté de l'Afrique de l'Est (EAC)" (kit-06)
_MEMBERS_OF = re.compile(
    r"\b(?:leaders|heads of state|heads of government|chiefs|ministers|presidents|"
    r"jefes de Estado|jefes|líderes|mandatarios|ministros|chefs d['’][ée]tat|chefs|dirigeants|"
    r"ministres|capi di Stato|ministri|chefes de Estado)\s+(?:[\w'’-]+\s+){0,7}?"
    r"(?:of|de|des|du|del|della|dei|da|do|dos)\s+(?:the\s+|la\s+|le\s+|los\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\([A-Z][\w-]{1,9}\)")
_GLOSS = re.compile(r"\([^()]{1,40}\)")
_OPENS_AT = re.compile(r"(?:In|At|À|A|En|Em|Na|No|Nella|Ad)\s+")
_SUMMIT_OF = re.compile(
    r"\s+(?:of\s+the|of|de\s+la|de\s+l['’]|de|du|des|del|della|dell['’]|da|do)\s*", re.IGNORECASE
)
# Talks "with" an armed group, in a sentence about a government (see mentions_in)
_GOVERNMENT_WORD = re.compile(r"\b(?:government|gouvernement|gobierno|governo)\b", re.I)
_WITH_BEFORE = re.compile(
    r"\b(?:with|con|avec|com)\s+(?:the\s+|el\s+|le\s+|la\s+|l['’]\s*|o\s+|os\s+|los\s+)?$",
    re.IGNORECASE,
)
# Between a body and its meeting: "members are due to hold closed", "discussed Myanmar in
# closed", not a clause of its own
_BODY_GAP = re.compile(
    r"(?:(?!\b(?:and|et|y|e|said|says)\b)[^,;:.()\"“”])*"
    # "The AU Peace and Security Council, which met in Addis Ababa on Thursday" (bdi-14)
    r"(?:,\s*(?:which|that|who|qui|que|che)\s+(?:has\s+|have\s+|had\s+|se\s+|si\s+)?)?",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"\bthat\b|[;:]", re.IGNORECASE)
_PROCESS = re.compile(r"\bprocess\b", re.IGNORECASE)
_SERIES = re.compile(r"\b(?:have|has)\s+(?:\w+\s+)?(?:held|met|been)\b[^.]*\bsince\b", re.I)

_STATUS_RULES: tuple[tuple[MeetingStatus, re.Pattern[str]], ...] = (
    ("cancelled", re.compile(
        r"\b(?:cancel(?:l?ed|s)?|called off|scrapped|abandoned|annulée?s?|cancelad[oa]s?|"
        r"annullat[oa])\b", re.I)),
    ("postponed", re.compile(
        r"\b(?:postponed|delayed|put off|pushed back|rescheduled|deferred|reportée?s?|"
        r"aplazad[oa]s?|aplaza|aplazó|pospuest[oa]|pospone|pospuso|adiad[oa]s?|adia|adiou|"
        r"rinviat[oa]|rinvia)\b", re.I)),
    ("planned", re.compile(
        r"\b(?:will|to)\s+be\s+held\b|\bse tiendra\b|\bdoit se tenir\b|\baura lieu\b", re.I)),
    # "the meeting would be held in Riyadh or Jeddah" (ryd-05): not yet held
    ("proposed", re.compile(r"\b(?:would|could|might|may)\s+be\s+held\b", re.I)),
    ("held", re.compile(
        r"\b(?:s'ouvrent|s’ouvrent|s'est ouvert|s'est tenue?|ont eu lieu|a eu lieu|se sont réunis|"
        r"se retrouvent|se reúnen|se reunieron|se celebró|se reuniram|si sono riuniti|"
        # "O Conselho de Segurança da ONU, que se reuniu na segunda-feira" (ip-05)
        r"se reuniu|se reunió|s'est réuni|s’est réuni|si è riunito|"
        # "il primo vertice tra Donald Trump e Vladimir Putin ... si è svolto venerdì" (sev-04)
        r"si è svolt[oa]|si è tenut[oa]|si sono svolt[ie]|ha avuto luogo|tuvo lugar|"
        r"se llevó a cabo|s'est déroulée?|s’est déroulée?|teve lugar|realizou-se)\b", re.I)),
    ("held", re.compile(
        r"\b(?:met|convened|held|took place|was held|were held|concluded|wrapped up|ended|ends|"
        # "says at the end of the EAC's extraordinary summit in Dar es Salaam" (bdi-05)
        r"at the end of|"
        # a host's and a visitor's past (see _guest)
        r"hosted|visited|recibió|visitó|recebeu|visitou|a reçu|a accueilli|ha ricevuto|"
        r"ha visitato)\b"
        # "Israeli and Hamas delegations are back in Cairo for another round" (rafah-04)
        r"|\b(?:delegations?|negotiators|envoys?)\s+(?:was|were|are|is)\s+(?:back\s+)?in\b",
        re.I)),
    ("proposed", re.compile(
        # "may", not the month ("on Saturday, May 4", rafah-01)
        r"\b(?:could|(?-i:may)(?!\s+\d)|might|likely|reportedly|reports?|proposed|possible|possibly|"
        r"considering|mulling|would)\b", re.I)),
    ("planned", re.compile(
        r"\b(?:will|set to|scheduled|to meet|to hold|to convene|due to|plans? to|planned|"
        r"expected to|is to|are to|agreed to meet|upcoming|"
        r"será|sera|sarà|recibirá|visitará|visitera|visiterà|receberá|recevra|riceverà|"
        # "tienen previsto reunirse" (kit-04), "doivent à leur tour se retrouver" (kit-06)
        r"accueillera|previst[oa]s?|prevé|doivent|doit|devrait|devraient|dovrebbe|"
        r"dovrebbero)\b", re.I)),
)  # fmt: skip
# Stems that every match of each rule above holds, rule by rule (see _gate.py): a rule whose
# stems are not in the clause cannot match and is not tried.
_STATUS_STEMS: tuple[tuple[str, ...], ...] = (
    ("cancel", "called", "scrapped", "abandoned", "annul"),
    ("postponed", "delayed", "put", "pushed", "rescheduled", "deferred", "report", "aplaz",
     "pospuest", "pospon", "pospuso", "adia", "adio", "rinvia"),
    ("held", "tiendra", "tenir", "aura"),
    ("held",),
    ("ouvr", "ouvert", "tenu", "lieu", "réunis", "retrouvent", "reúnen", "reunieron", "celebró",
     "reuniram", "riuniti", "reuniu", "reunió", "réuni", "riunito", "svolt", "tenut", "luogo",
     "tuvo", "llevó", "déroul", "teve", "realizou"),
    ("met", "convened", "held", "took", "concluded", "wrapped", "end", "delegation",
     "negotiator", "envoy", "hosted", "visit", "recib", "receb", "reçu", "accueilli", "ricevuto"),
    ("could", "may", "might", "likely", "report", "proposed", "possib", "considering", "mulling",
     "would"),
    ("will", "set", "scheduled", "to", "planned", "upcoming", "será", "sera", "sarà", "recib",
     "visit", "receb", "recevra", "riceverà", "accueillera", "previst", "prevé", "doi", "devr",
     "dovr"),
)  # fmt: skip
assert len(_STATUS_STEMS) == len(_STATUS_RULES)
_STATUS_GATE = Gate({str(i): stems for i, stems in enumerate(_STATUS_STEMS)})
_RANK: dict[MeetingStatus, int] = {
    "proposed": 0, "planned": 1, "held": 2, "postponed": 3, "cancelled": 4,
}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """One mention of a meeting in one sentence, before mentions are merged."""

    index: int
    offset: int
    participants: frozenset[str]
    anaphoric: bool
    place: str | None
    date: DateMatch | None
    status: MeetingStatus | None  # None: the sentence does not say
    heading: bool
    sentence: str
    old: bool = False
    # an organisation's summit ("the BIMSTEC summit", quake-08): one party is enough
    summit: bool = False
    # the parties listed earlier in the same sentence: "The IMF and the World Bank will decide
    # ... whether their annual meetings ... can go ahead" (maroc-11)
    nearby: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Party:
    code: str
    start: int
    end: int
    leader: bool = False  # named by a person of LEADERS ("Ukrainian President ... Zelensky")


def _parties(
    sentence: Sentence,
    focus: str | None = None,
    people: People | None = None,
    rebel: str | None = None,
) -> list[_Party]:
    """Countries (by name or demonym), organisations and named armed groups; "the government"
    of talks "between the government and" a group is the article's country (`focus`), "the
    rebels" its one rebel group (`rebel`); the people the article has introduced with a
    party's title (`people`, see titled_people)."""
    text = sentence.text
    found = [_Party(p.country, p.start, p.end) for p in sentence.places if p.kind == "country"]
    if focus:
        # "des négociations directes entre le gouvernement et l'AFC/M23" (drp-04)
        found.extend(_Party(focus, m.start("gov"), m.end()) for m in _GOVERNMENT_AND.finditer(text))
    for p in sentence.places:
        # "Representatives of Nagorno-Karabakh" (nk-03): a region's own side, not a state;
        # "officials from Baku" (nk-02): the state a capital stands for
        if p.kind != "country" and _ENVOYS_OF.search(text, max(0, p.start - 40), p.start):
            found.append(_Party(p.canonical if p.kind == "region" else p.country, p.start, p.end))
    # "The US special envoy" (afg-03): "US" is kept out of the gazetteer's free-text matching
    # (places._NEVER), but it is a party to talks
    found.extend(_Party("US", m.start(), m.end()) for m in _US_RE.finditer(text))
    if _STATE_NOUN_WORDS.present(text):
        # "Las delegaciones del Gobierno colombiano y del Ejército de Liberación Nacional (ELN)
        # instalaron" (eln-03): a state named by a lower-case adjective after its government
        for m in _STATE_ADJECTIVE.finditer(text):
            if code := country_of_adjective(m.group(1)):
                found.append(_Party(code, m.start(), m.end()))
    for m in _ORG_RE.finditer(text):
        key = next(k for k, v in m.groupdict().items() if v is not None)
        found.append(_Party(_ORGS[int(key[1:])][1] or m.group(0), m.start(), m.end()))
    for a in sentence.actors:
        if not a.actor and rebel and _REBEL_WORD.fullmatch(text, a.start, a.end):
            # "held four days of talks with rebel leaders in Sanaa" (hod-03): the article's
            # one rebel group
            found.append(_Party(rebel, a.start, a.end))
        if a.actor:
            # "the Ghana Armed Forces" (ng-09) is the state of Ghana, the party "GH"
            state = lookup(a.actor) if a.side == "state" else None
            code = state.country if state is not None and state.kind == "country" else a.actor
            found.append(_Party(code, a.start, a.end))
    for m in find_leaders(text):
        # "Azerbaijan's President Ilham Aliyev", "RSF commander Mohamed Hamdan Dagalo": the
        # titles and given names before a leader are the same mention, and so is the party
        # named with them
        code = LEADERS[m.group(0).replace("’", "'")]
        start = _mention_start(text, m.start())
        # and a place inside the name is none ("Luís Montenegro", pw-14)
        found = [
            p for p in found
            if not (start <= p.start < m.start() and p.code == code)
            and not m.start() <= p.start < m.end()
        ]  # fmt: skip
        found.append(_Party(code, start, m.end(), leader=True))
    if people is not None:
        for m in people.pattern.finditer(text):
            if not any(p.start <= m.start() < p.end for p in found):
                found.append(_Party(people.parties[m.group(0)], m.start(), m.end(), leader=True))
    found.sort(key=lambda p: p.start)
    return found


_REBEL_WORD = re.compile(r"rebels?|rebeldes|rebelles|ribelli", re.IGNORECASE)
# A person the article introduces with a party's title stands for that party when named again:
# "UN special envoy Martin Griffiths has landed in ... Sanaa" and, later, "Griffiths held talks
# with Houthi leaders" (hod-02); "el enviado especial de la ONU para Yemen, Martin Griffiths"
_PERSON = r"(?P<name>(?:[A-Z][\w'’.-]+\s+){0,2}(?:(?:al|el)-)?[A-Z][\w'’-]+)\b"
# the titles a party's person is named with: before the name ("UN special envoy Martin
# Griffiths"), or before the party, the name after it ("el enviado de la ONU, Martin Griffiths")
_TITLES = (
    "envoy|representative|mediator|negotiator|president|minister|secretary-general|commander|"
    "ambassador"
)
_ENVOYS = (
    "envoy|representative|envoyé|enviado|inviato|émissaire|représentant|representante|"
    "rappresentante"
)
_ENVOY_OF = (
    rf"(?i:{_ENVOYS})(?:\s+(?i:spécial|especial|speciale))?\s+"
    r"(?i:of|de|du|del|dell['’]|della|da|do)\b"
)
_TITLE_AFTER_PARTY = re.compile(
    r"(?:['’]s)?\s+(?:(?:special|personal|chief|top|foreign|prime|defen[cs]e|interior|deputy|"
    rf"peace)\s+)*(?:{_TITLES})\s+" + _PERSON
)
_TITLE_BEFORE_PARTY = re.compile(rf"\b{_ENVOY_OF}\s+(?i:the\s+|la\s+|l['’])?$")
_AFTER_PARTY_NAME = re.compile(
    r"(?:\s+(?:for|pour|para|per)\s+(?:the\s+|le\s+|el\s+|lo\s+|la\s+|l['’]|o\s+)?[\w-]+)?"
    r",\s+" + _PERSON
)
_TITLE_WORDS = Gate({"title": [fold(w) for w in f"{_TITLES}|{_ENVOYS}".split("|")]})
# the cheap tests before _parties: a title and the name after it, or an envoy "of" a party and
# the name after that
_TITLE_NAME = re.compile(rf"\b(?i:{_TITLES})\s+" + _PERSON)
_TITLED_AFTER = re.compile(rf"\b{_ENVOY_OF}[^,.;]{{1,60}}" + _AFTER_PARTY_NAME.pattern)


def _new_name(m: re.Match[str]) -> bool:
    """Whether a title's name is one the tables do not know already."""
    surname = m.group("name").split()[-1]
    return len(surname) > 2 and not is_place_word(surname) and surname not in LEADERS


@dataclass(frozen=True)
class People:
    """The people an article introduces with a party's title (see titled_people)."""

    parties: dict[str, str]  # surname -> party
    pattern: re.Pattern[str]


def titled_people(ctx: Context) -> People | None:
    """The people the article names with a party's title, if any."""
    parties: dict[str, str] = {}
    for sentence in ctx.sentences:
        text = sentence.text
        if not _TITLE_WORDS.present(text) or not any(
            _new_name(m) for pattern in (_TITLE_NAME, _TITLED_AFTER) for m in pattern.finditer(text)
        ):
            continue  # no title before a name the tables lack: no need to find the parties
        for p in _parties(sentence, ctx.focus):
            if p.leader:
                continue
            m = _TITLE_AFTER_PARTY.match(text, p.end)
            if m is None and _TITLE_BEFORE_PARTY.search(text, max(0, p.start - 40), p.start):
                m = _AFTER_PARTY_NAME.match(text, p.end)
            if m is None:
                continue
            if _new_name(m):
                parties.setdefault(m.group("name").split()[-1], p.code)
    if not parties:
        return None
    names = "|".join(map(re.escape, parties))
    return People(parties, re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"))


# "US envoy Richard Norland said a conference in Benghazi ..." (derna-13): a source
_ENVOY_SAID = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:envoy|negotiator|delegation)\s+(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:said|says|told|warned|added)\b"
)
_US_RE = re.compile(r"(?<![\w-])(?:US|U\.S\.)(?![\w-])")
# The nouns a state's lower-case adjective follows ("el Gobierno colombiano", eln-03)
_STATE_NOUNS = (
    "gobierno", "gouvernement", "governo", "presidente", "président", "canciller", "chancelier",
    "ministro", "ministre", "régimen", "régime", "regime",
)  # fmt: skip
_STATE_ADJECTIVE = re.compile(
    r"\b(?:" + "|".join(_STATE_NOUNS) + r")\s+([a-zà-ÿ]{4,})\b", re.IGNORECASE
)
_STATE_NOUN_WORDS = Gate({"state": _STATE_NOUNS})
_GOVERNMENT_AND = re.compile(
    _BETWEEN_WORDS + r"(?P<gov>(?:the|le|el|o|il)\s+(?:government|gouvernement|gobierno|"
    r"governo))(?=\s+(?:and|et|y|e)\s)",
    re.IGNORECASE,
)
_ENVOYS_OF = re.compile(
    r"\b(?:representatives|delegations?|delegates|envoys|officials|authorities|leaders)\s+"
    r"(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w.'’-]+")


def _clause_parties(text: str, parties: Sequence[_Party], begin: int, end: int) -> frozenset[str]:
    """The distinct states and armed groups of the clause text[begin:end] around a trigger, not
    counting a sponsor ("the US- and Saudi-sponsored talks", gen-10)."""
    return frozenset(
        p.code
        for p in parties
        if begin <= p.start < end
        # "the BIMSTEC summit ..., may meet Modi" (quake-08); an organisation's leader is a
        # party ("Ursula von der Leyen, tras reunirse en Estrasburgo con el primer ministro
        # griego", thes-12)
        and (p.leader or p.code not in ORG_NAMES)
        # nor the country of a dateline: "Estrasburgo (Francia), 12 sep (EFE).-" (thes-12)
        and not _DATELINE_COUNTRY.fullmatch(text, 0, p.start)
        and not AGENT_COMPOUND.match(text, p.end)
        and text[p.end : p.end + 1] != "-"
        # a place or a topic, not a party: "talks in Sudan", "a meeting on Sudan"
        and not _TOPIC_BEFORE.search(text, max(0, p.start - 16), p.start)
        # nor the mediator: "sous la médiation de l'émir du Qatar" (drp-04)
        and not _MEDIATOR_BEFORE.search(text, max(0, p.start - 40), p.start)
    )


_DATELINE_COUNTRY = re.compile(r"[^\W\d][\w .'’-]{0,40}\(\s*")
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediation|médiation|mediación|mediação|mediazione|mediated by|brokered by)\b"
    r"[^,.;]{0,30}$",
    re.IGNORECASE,
)


_TOPIC_BEFORE = re.compile(
    r"\b(?:in|on|to|from|for|about|over|at|into|across|inside|near|towards?|against|en|sur|à|"
    # "an international conference in support of Lebanon" (leb-09)
    r"em|dans|nel|nella|sobre|su|support of|solidarity with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _mention_start(text: str, start: int) -> int:
    """Where the mention of a leader starting at `start` begins: back over titles, given names
    and a possessive ("Azerbaijan's President Ilham")."""
    head = text[:start]
    if head and not head[-1].isspace():
        return start
    for word in reversed(head.split()[-8:]):
        if not _WORD.fullmatch(word):
            break
        bare = re.sub(r"['’]s$", "", word)
        if not (bare.lower() in TITLE_WORDS or bare[:1].isupper()) or LEADER_RE.fullmatch(bare):
            break
        start = head.rindex(word, 0, start)
    return start


def _lists(text: str, parties: Sequence[_Party]) -> list[list[_Party]]:
    """Runs of parties joined by "," / "and"."""
    runs: list[list[_Party]] = []
    for p in parties:
        if runs and _LIST_GAP.match(text[runs[-1][-1].end : p.start]):
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _list_before(text: str, runs: list[list[_Party]], t_start: int) -> list[_Party]:
    best: list[_Party] = []
    for run in runs:
        if run[-1].end > t_start:
            break
        # "Ethiopian Prime Minister Abiy Ahmed met" (tig-08), "China's Belt and Road Forum"
        # (herat-11): titles and the words of a name may stand between a party and its trigger
        gap = text[run[-1].end : t_start].replace(",", " ").split()
        if all(
            w.lower() in _GAP_WORDS or w.lower() in TITLE_WORDS or (w[:1].isupper() and w.isalpha())
            for w in gap
        ):
            best = run
    return best


def _list_after(
    text: str, runs: list[list[_Party]], t_end: int, verb: bool = False
) -> list[_Party]:
    m = _AFTER_LIST.match(text[t_end:])
    if not m and verb:
        # "Abiy Ahmed met three African Union special envoys" (tig-08): whom one meets
        m = _MET_WHOM.match(text[t_end:])
    if not m:
        return []
    at = t_end + m.end()
    return next((run for run in runs if run[0].start == at), [])


# The trigger words of a host and a visitor: they name a meeting only with a leader for guest or
# visitor ("Turkey hosts 3.2 million refugees" names none).
_GUEST_WORDS = re.compile(r"host|rece|reci|reçu|reçoi|accu|ricev|visit", re.IGNORECASE)
# Between a host's verb and the guest: "hosted Ukrainian President ...", "recibirá al
# presidente ucraniano Zelenski"
_TO_GUEST = re.compile(r"\s+(?:(?:a|al|à|o|ao|the)\s+)?(?:[a-zà-ÿ]+\s+){0,2}")
# A guest before the passive: "Volodímir Zelenski, que será recibido este viernes" (kup-05)
_GUEST_BEFORE = re.compile(
    r",?\s+(?:(?:who|que|qui|che)\s+)?(?:will\s+be|is\s+to\s+be|was|were|is|are|be|been|"
    r"será|sera|fue|foi|é|a\s+été|sarà|è\s+stat[oa])\s+",
    re.IGNORECASE,
)
# Between a visit and where it goes: "will visit Myanmar", "his visit to Kyiv", "la visita a
# Pekín"
_VISIT_TO = re.compile(
    r"\s+(?:(?:to|in|a|à|au|en|em|ao)\s+)?(?:(?:the|la|le|l'|l’|o)\s*)?", re.IGNORECASE
)
_NO_VISITOR_GAP = re.compile(r"[,.;:()\"“”]|\b(?:and|et|y|e)\b", re.IGNORECASE)


def _guest(
    sentence: Sentence,
    parties: Sequence[_Party],
    before: Sequence[_Party],
    t: re.Match[str],
    *,
    visit: bool,
) -> tuple[frozenset[str], str | None] | None:
    """The parties (and, for a visit, the place) of a meeting a host's or a visitor's word
    names: a host and the leader who is the guest, or a leader and the country visited. None
    when no leader is the guest or visitor."""
    text = sentence.text
    if visit:
        visitor = next(
            (
                p for p in reversed(parties)
                if p.end <= t.start() and t.start() - p.end <= 40
                and not _NO_VISITOR_GAP.search(text, p.end, t.start())
            ),
            None,
        )  # fmt: skip
        if visitor is None or not visitor.leader:
            return None
        to = next(
            (
                p for p in sentence.places
                if not p.demonym and p.start >= t.end()
                and _VISIT_TO.fullmatch(text, t.end(), p.start)
            ),
            None,
        )  # fmt: skip
        if to is None or to.country == visitor.code:
            return None  # a leader at home is no meeting ("Lula's visit to São Sebastião")
        return frozenset({visitor.code, to.country}), to.canonical
    guest = next(
        (p for p in parties if p.start >= t.end() and _TO_GUEST.fullmatch(text, t.end(), p.start)),
        None,
    )
    if guest is None or not guest.leader:
        guest = next(
            (
                p for p in reversed(parties)
                if p.end <= t.start() and _GUEST_BEFORE.fullmatch(text, p.end, t.start())
            ),
            None,
        )  # fmt: skip
        if guest is None or not guest.leader:
            return None
        return frozenset({guest.code}), None
    return frozenset({*(p.code for p in before), guest.code}), None


_PRESENT_AT = re.compile(
    r"\b(?:delegations?|negotiators|envoys?|team)\s+(?:was|were|is|are|arrived|arrives|landed)"
    r"\s+(?:back\s+)?in\s+$",
    re.IGNORECASE,
)
# "will travel to Cairo on Saturday, May 4, for talks" (rafah-01): a date may come between
_FOR_THE = re.compile(
    # "would pay an official visit to India later in the week, on May 7-8, for a meeting" (ip-02)
    r"^(?:\s+(?:later|earlier)\s+(?:in\s+)?(?:the|this|next)\s+(?:week|month),?)?"
    r"(?:\s+on\s+[\w ,-]{3,30}?,|\s+(?:next|this)\s+week)?\s+"
    # "ha invitado a los ministros de Exteriores de ambos países a Moscú el viernes para
    # celebrar consultas" (nkw-03): a weekday between, and the verb of the meeting after "para"
    r"(?:(?:el|le|il|o)\s+(?:[\w-]+\s+){1,2}?(?=para|pour|per))?"
    # "will travel to Beijing next week to attend China's Belt and Road Forum" (herat-11)
    r"(?:for|pour|para|per|to attend|to join)\s+"
    r"(?:the\s+|a\s+|an\s+|un\s+|une\s+|le\s+|la\s+|el\s+|il\s+)?(?:[\w'’-]+\s+){0,4}$"
)


# "in Doha", "in the Qatari capital, Doha" (afg-03), "in the Chinese city of Tianjin" (aap-12),
# "dans la ville de Tianjin"
_AT_VENUE = re.compile(
    # "si è svolto venerdì nella base militare di Elmendorf-Richardson, ad Anchorage" (sev-04)
    r"\b(?:in|at|à|en|au|em|na|no|dans|ad|nella|nel)\s+(?:the\s+)?"
    # ("in the Black Sea resort of Sochi", bsg-06)
    r"(?:(?:la\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:capital|city|port|resort|town|ville|ciudad|cidade|"
    r"città),?\s+"
    r"(?:of\s+|de\s+|di\s+)?)?"
    # the name in the reporter's language, then the one the gazetteer knows: "se reunirán el
    # jueves en Leópolis (Lviv)" (bsg-09)
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+\(\s*)?$",
    re.IGNORECASE,
)
# "The US special envoy ..., Zalmay Khalilzad, and his counterparts from Russia, China and
# Pakistan are to meet" (afg-03): the counterparts' list has the first envoy's party too
_ENVOY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:envoy|minister|president|representative|negotiator|"
    r"delegation|secretary|chief)\b",
    re.IGNORECASE,
)
_COUNTERPARTS = re.compile(r"\bcounterparts?\s+(?:from|of|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _status(scope: str) -> MeetingStatus | None:
    present = _STATUS_GATE.present(scope)
    for i, (status, pattern) in enumerate(_STATUS_RULES):
        if str(i) in present and pattern.search(scope):
            return status
    return None


_ROUND_OF = re.compile(
    r"\s+(?:the|el|la|le|o|a|il|lo|l['’])\s*(?:[\w-]+\s+){0,2}(?:of|de|di|do|da|du|des|del)\s+",
    re.IGNORECASE,
)


_OF_CITY = re.compile(r"\s+(?:(?:a|à)\s+\w+\s+)?(?:di|de|d['’]|du|del)\s*", re.IGNORECASE)
_CITY_HOSTS = re.compile(
    r"\s+(?:will\s+)?(?:host|hosts|hosted|accueill(?:e|era|ait|ent|eront)|a\s+accueilli|"
    r"acoger[áa]|acoge|acogió|sediar[áa]|sedia|sediou|ospiter[àa]|ospita|ha\s+ospitato)\s+"
    r"(?:[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)


def _place(sentence: Sentence, after_start: int, after_end: int, t_start: int) -> str | None:
    text = sentence.text
    for p in sentence.places:
        if p.demonym:
            continue
        if after_start <= p.start < after_end and _AT_VENUE.search(text, after_start, p.start):
            return p.canonical
        # "A Hamas delegation was in Cairo on Saturday, and ... the ceasefire talks" (rafah-02)
        if p.kind == "city" and p.end <= t_start and _PRESENT_AT.search(text, 0, p.start):
            return p.canonical
        # "the Doha talks"
        if p.kind == "city" and p.end <= t_start and not text[p.end : t_start].strip():
            return p.canonical
        # "Al vertice a quattro di Ginevra" (cri-14): the Romance "summit of Geneva"
        # (its canton's name too: "Ginevra" is read as the canton of Geneva)
        if p.kind != "country" and _OF_CITY.fullmatch(text, after_start, p.start):
            return p.canonical
        # "Paris accueillera samedi une réunion internationale" (gz-06): the city hosts
        if p.kind == "city" and p.end <= t_start and _CITY_HOSTS.fullmatch(text, p.end, t_start):
            return p.canonical
        # "will travel to Bangkok for the BIMSTEC summit" (quake-08), "se retrouvent ... à
        # Djibouti pour un sommet" (gezira-01)
        if (
            p.end <= t_start
            and re.search(r"\b(?:to|in|à|en|au|a)\s+$", text[max(0, p.start - 4) : p.start])
            and _FOR_THE.match(text[p.end : t_start])
        ):
            return p.canonical
        # "Arranca en México el segundo ciclo de diálogos" (eln-03): the venue, then the round
        if (
            p.end <= t_start
            and _AT_VENUE.search(text, max(0, p.start - 40), p.start)
            and _ROUND_OF.fullmatch(text, p.end, t_start)
        ):
            return p.canonical
    # "at the White House" (kup-06), "en la Casa Blanca" (kup-05), "in the Kremlin" (kup-12)
    landmark = _LANDMARK_RE.search(text, after_start, after_end)
    return _LANDMARKS[landmark.group(1).lower()] if landmark else None


# Seats of government news names instead of their city
_LANDMARKS = {
    **dict.fromkeys(
        ("white house", "casa blanca", "maison blanche", "casa branca", "casa bianca"), "Washington"
    ),
    **dict.fromkeys(("kremlin", "cremlino"), "Moscow"),
    **dict.fromkeys(("élysée", "elysée", "elysee"), "Paris"),
    "downing street": "London",
}
_LANDMARK_RE = re.compile(
    r"\b(?:in|at|to|en|à|au|na|no|alla|nella|al|em)\s+(?:(?:the|la|le|l'|l’|o|il|palais\s+de\s+l'|"
    r"palais\s+de\s+l’)\s*)?(" + "|".join(_LANDMARKS) + r")\b",
    re.IGNORECASE,
)


def mentions_in(
    sentence: Sentence,
    published: date,
    focus: str | None = None,
    people: People | None = None,
    rebel: str | None = None,
) -> list[Mention]:
    """The meeting mentions of one sentence (participants may be empty when anaphoric);
    `focus` is the article's country, the government of talks that name it no other way,
    `rebel` its one rebel group; `people` the article's titled people (titled_people)."""
    text = sentence.text
    out: list[Mention] = []
    gates = _TRIGGER_WORDS.present(text)
    if not gates:
        return out
    triggers = list(_TRIGGER_RE.finditer(text)) if "trigger" in gates else []
    if "signing" in gates and (signings := list(_SIGNING_RE.finditer(text))):
        triggers = sorted([*triggers, *signings], key=lambda t: t.start())
    if "address" in gates and (addressed := list(_ADDRESS_RE.finditer(text))):
        triggers = sorted([*triggers, *addressed], key=lambda t: t.start())
    if not triggers or _SERIES.search(text):
        return out  # "have held talks ... since at least 2015" (seed 001): a past series
    parties = _parties(sentence, focus, people, rebel)
    runs = _lists(text, parties)
    for t in triggers:
        after_text = text[t.end() :]
        if re.match(r"\s+process\b", after_text, re.I) or _PROCESS.search(after_text[:80]):
            continue  # the Astana "process" is a standing format, not a meeting (seed 001)
        if _NO_MEETING_BEFORE.search(
            text, max(0, t.start() - 16), t.start()
        ) or _NO_MEETING_AFTER.match(after_text):
            continue  # a press conference, the aim of meeting an appeal
        before_list = _list_before(text, runs, t.start())
        guest = None
        visit = t.group("t").lower().startswith("visit")
        if _GUEST_WORDS.match(t.group("t")):
            guest = _guest(sentence, parties, before_list, t, visit=visit)
            if guest is None:
                continue
        after_list = _list_after(text, runs, t.end(), t.group("t").lower() in _VERBS)
        delegations = [
            p for p in parties
            if _DELEGATION_AFTER.match(text, p.end) and not _ENVOY_SAID.match(text, p.end)
        ]  # fmt: skip
        envoy: list[_Party] = []
        if before_list and (counter := _COUNTERPARTS.search(text, 0, before_list[0].start)):
            envoy = [
                p for p in parties
                if p.end <= counter.start() and _ENVOY_AFTER.match(text, p.end)
            ][:1]  # fmt: skip
        members = frozenset(p.code for p in [*before_list, *after_list, *delegations, *envoy])
        is_summit = t.group("t").lower() in _SUMMITS
        # the clause: from "that"/";" before the trigger to the first stop after it
        clause_from = 0
        for m in _CLAUSE_START.finditer(text, 0, t.start()):
            clause_from = m.end()
        stop = _CLAUSE_END.search(text, t.end())
        venue_from = t.end()
        if stop and (tail := _VENUE_TAIL.search(text, stop.start(), stop.start() + 90)):
            # "has convened an extraordinary summit ... on the situation in Niger, to be held in
            # Abuja on Sunday, July 30" (ng-02): the venue and the date come after the topic
            stop = _CLAUSE_END.search(text, tail.end())
            venue_from = tail.end()
        while (
            stop
            and (acronym := _ACRONYM.match(text, stop.start()))
            and any(p.code in ORG_NAMES and 0 <= stop.start() - p.end <= 1 for p in parties)
        ):
            # "la Confédération des États du Sahel (AES) s'est tenue lundi ... à Bamako"
            # (niger-10): an organisation's acronym ends no clause
            stop = _CLAUSE_END.search(text, acronym.end())
        while (
            stop
            and stop.group(0) == "("
            and (gloss := _GLOSS.match(text, stop.start()))
            and (
                any(
                    p.kind == "city" and (p.start - 1, p.end + 1) == gloss.span()
                    for p in sentence.places
                )
                or DAY_IN_BRACKETS.fullmatch(gloss.group(0))
            )
        ):
            # "se reunirán el jueves en Leópolis (Lviv)" (bsg-09): a place's other name in
            # brackets ends no clause, nor the day of the month after a weekday ("para sábado
            # (19), em Abidjan", msv-03)
            stop = _CLAUSE_END.search(text, gloss.end())
        clause_to = stop.start() if stop else len(text)
        # the Council is the one party of a meeting spoken to (_ADDRESS_RE), not the speaker
        owner = frozenset({"UN Security Council"}) if t.re is _ADDRESS_RE else frozenset()
        members = owner or members
        if is_summit and len(members) < 2 and (of := _SUMMIT_OF.match(text, t.end())):
            # "le 38e sommet de l'Union africaine, le secrétaire général de l'ONU, António
            # Guterres, a averti" (bk-03): the organisation's own summit, not the clause's parties
            owner = frozenset(
                p.code for p in parties if p.start == of.end() and p.code in ORG_NAMES
            )
            members = owner or members
        if len(members) < 2 and (between := _BETWEEN.search(text, t.end(), clause_to)):
            # "The second round of tripartite talks on the Grand Ethiopian Renaissance Dam (GERD)
            # between Ethiopia, Egypt and Sudan was held" (amh-14): the list after the topic
            run = next((r for r in runs if r[0].start == between.end()), [])
            if len(run) >= 2:
                members = frozenset(p.code for p in run)
        if len(members) < 2 and not owner:
            # "will host Thailand's acting Prime Minister ... and Cambodia's Prime Minister Hun
            # Manet for talks on Monday" (tcb-08), "Las delegaciones de Rusia y Ucrania se
            # reunieron" (ist-08), "to host Japanese Prime Minister Fumio Kishida and South
            # Korean President Yoon Suk Yeol for a trilateral summit" (maui-07): the parties of
            # the trigger's clause, when it names two to four
            clause = _clause_parties(text, parties, clause_from, clause_to)
            if 2 <= len(clause) <= 4:
                members = clause
        if not members and (
            is_summit or _ITS_MEMBERS.search(text, max(0, t.start() - 60), t.start())
        ):
            # "Les chefs d'État de l'Igad se retrouvent ... pour un sommet" (gezira-01), "ECOWAS
            # said its defence chiefs would meet in Abuja" (ng-04): the one organisation the
            # sentence names holds the summit, or its members meet
            orgs = {p.code for p in parties if p.code in (ORG_NAMES if is_summit else _BODIES)}
            members = frozenset(orgs) if len(orgs) == 1 else members
        if not members:
            # the leaders or ministers "of" one body in the trigger's clause meet as that body
            # (kit-04, kit-06; the Spanish and French have no "its" for _ITS_MEMBERS)
            bodies = {
                p.code for p in parties
                if p.code in _BODIES and clause_from <= p.start < clause_to
                and _MEMBERS_OF.search(text, max(0, p.start - 90), p.start)
            }  # fmt: skip
            members = frozenset(bodies) if len(bodies) == 1 else members
        if (
            not members
            and (
                body := next(
                    (
                        p
                        for p in reversed(parties)
                        if p.code in _BODIES
                        and clause_from <= p.start
                        and p.end <= t.start()
                        # not a sponsor ("The AU-led peace talks", pta-04) nor where someone was
                        # ("returned Monday from the U.N. General Assembly and ...", nep-11)
                        and text[p.end : p.end + 1] != "-"
                        and not _TOPIC_BEFORE.search(text, max(0, p.start - 16), p.start)
                    ),
                    None,
                )
            )
            and t.start() - body.end <= 60
            and _BODY_GAP.fullmatch(text, body.end, t.start())
        ):
            # "Security Council meets behind closed doors" (roh-05), "el Consejo de Seguridad
            # de la ONU tiene previsto reunirse el viernes" (kakh-14): the body meets
            members = frozenset({body.code})
        if (
            not guest
            and len(members) < 2
            and (
                rebel := next(
                    (
                        p.code
                        for p in parties
                        if t.end() <= p.start <= t.end() + 40
                        and actor_side(p.code) == "rebel"
                        and _WITH_BEFORE.search(text, max(0, p.start - 8), p.start)
                    ),
                    None,
                )
            )
            and members <= {rebel}
            and (state := actor_country(rebel))
            and (state == focus or _GOVERNMENT_WORD.search(text))
            # not when someone else's envoy is the one talking ("UN envoy Martin Griffiths held
            # four days of talks with rebel leaders", hod-03)
            and not any(p.leader and p.end <= t.start() and p.code != state for p in parties)
        ):
            # "Gobierno anuncia que el quinto ciclo de diálogos con el ELN arrancará" (eln-12):
            # talks "with" a group are with the government of the country it fights in
            members = frozenset({rebel, state})
        if before_list:  # the clause takes in the list before the trigger
            clause_from = min(clause_from, before_list[0].start)
        hosted = bool(before_list) and (
            bool(_HOST_WORDS.intersection(text[before_list[-1].end : t.start()].lower().split()))
            # "China's Belt and Road Forum" (herat-11): the owner of a summit hosts it
            or (is_summit and text.startswith(("'s ", "’s "), before_list[-1].end))
        )
        dates = [
            d for d in sentence.dates
            if clause_from <= d.start <= d.end <= clause_to
            and not _DATE_OF_ELSE.match(text, d.end)
            # "la primera reunión presencial desde el 7 de marzo" (mar-07): a since-date
            and not SINCE_BEFORE.search(text, max(0, d.start - 16), d.start)
        ]  # fmt: skip
        old = any(d.kind == "year" and d.last.year < published.year for d in dates)
        after_dates = [d for d in dates if d.kind != "year" and d.start >= t.end()]
        before_dates = [d for d in dates if d.kind != "year" and d.start < t.start()]
        when = (after_dates or before_dates or [None])[0]  # type: ignore[list-item]
        scope = text[clause_from:clause_to]
        if sentence.index == 0 or sentence.heading:
            scope += " " + text[clause_to:]  # "... Set to Discuss ... – Reports"
        status = _status(scope)
        if visit and when is None and status in (None, "held"):
            continue  # "Araqchi visited Turkey" (seed 000): a past visit with no day is background
        place = _place(sentence, venue_from, clause_to, t.start())
        if (
            place is None
            and (opener := _OPENS_AT.match(text))
            and (
                status == "held" or (status is None and when is not None and when.last < published)
            )
        ):
            # "In Addis Ababa, African leaders ... on Tuesday pledged $455.53 million ... at a
            # donors' conference" (msv-10): a meeting held where the sentence opens
            place = next(
                (
                    p.canonical for p in sentence.places
                    if p.start == opener.end() and p.kind == "city" and p.end <= t.start()
                    and text.startswith(",", p.end)
                ),
                None,
            )  # fmt: skip
        if t.re is _ADDRESS_RE:
            # the Council sits in New York: "María Isabel Salvador told the Security Council"
            # (hmb-10) names its speaker, "told the Security Council ... in Kherson" its topic
            place = _SEATS["UN Security Council"]
        if owner:
            # "met in the Albanian capital, Tirana, on Friday (16 May) on the sidelines of the
            # sixth summit of the European Political Community" (aap-03), "À Addis-Abeba, où
            # s'est ouvert samedi le 38e sommet de l'Union africaine, ... les combats au
            # Sud-Kivu" (bk-03): the city the sentence puts its people in is the summit's
            place = next(
                (
                    p.canonical for p in reversed(sentence.places)
                    if p.kind == "city" and p.end <= t.start() and not p.demonym
                    and _AT_VENUE.search(text, max(0, p.start - 40), p.start)
                ),
                place,
            )  # fmt: skip
        if guest is not None:
            members, place = guest[0], guest[1] or place
            if len(members) == 1 and place is not None and place_kind(place) != "city":
                # the host is where the guest is received, a city ("en la Casa Blanca"), not
                # a country of the topic ("I received Mohamed Hamdan Dagalo ... for a
                # discussion on securing peace and stability in the Sudan", gezira-11)
                place = None
        if (len(members) == 1 or delegations) and place is not None:
            # a delegation travelling to a capital abroad meets its hosts ("A Hamas delegation
            # will travel to Cairo ... for talks", rafah-01): the venue's country is a party
            venue = lookup(place)
            if (
                venue is not None
                and venue.country not in members
                and not hosted
                and not members <= ORG_NAMES  # "the BIMSTEC summit" in Bangkok (quake-08)
            ):
                members = members | {venue.country}
        if (
            len(members) == 1
            and (seat := _SEATS.get(next(iter(members))))
            and (place is None or place_kind(place) != "city")
        ):
            # "el Consejo de Seguridad de la ONU tiene previsto reunirse el viernes para tratar
            # la situación en Ucrania" (kakh-14): a country is the topic, the seat the venue
            place = seat
        if not members and (
            host_party := next(
                (
                    p
                    for p in parties
                    if p.end <= t.start() and _HOSTS.fullmatch(text, p.end, t.start())
                ),
                None,
            )
        ):
            # "Pakistan is likely to host an international donors' conference in Islamabad on
            # Nov 19" (kas-09): the host takes part in what it hosts
            members, hosted = frozenset({host_party.code}), True
        if hosted and len(before_list) == 1 and (place is None or place_kind(place) == "country"):
            # "Switzerland will host the Summit on Peace in Ukraine at the Bürgenstock resort"
            # (kh-12): no venue the gazetteer knows (Ukraine is the topic), but the host
            # country is where it is
            host = before_list[0].code
            place = country_name(host) if len(host) == 2 and host.isupper() else None
        out.append(
            Mention(
                index=sentence.index,
                offset=t.start(),
                participants=members,
                # "the four-way talks": "the" and at most two words right before the trigger
                anaphoric=not members
                and bool(_ANAPHOR.search(text, max(0, t.start() - 60), t.start())),
                place=place,
                date=when,
                status=status,
                heading=sentence.heading,
                sentence=text,
                old=old,
                nearby=frozenset(
                    p.code for p in next((r for r in reversed(runs) if r[-1].end <= t.start()), [])
                ),
                summit=len(members) == 1
                and (
                    next(iter(members)) in _BODIES
                    or (is_summit and (hosted or next(iter(members)) in ORG_NAMES))
                ),
            )
        )
    return out


def _resolve_anaphora(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if len(m.participants) >= 2 or m.summit:
            out.append(m)
            continue
        if not m.anaphoric:
            if not m.participants and m.place and m.date and place_kind(m.place) == "city":
                out.append(m)  # no parties named: may only update a known meeting there
            continue  # "bilateral talks between Turkish Foreign Minister ..." (seed 001)
        earlier = [x for x in mentions[:i] if len(x.participants) >= 2]
        later = [x for x in mentions[i + 1 :] if len(x.participants) >= 2]
        source = earlier[-1] if earlier else (later[0] if later else None)
        if source is not None:
            out.append(Mention(**{**m.__dict__, "participants": source.participants}))
        elif len(m.nearby) >= 2:
            out.append(Mention(**{**m.__dict__, "participants": m.nearby}))
    return out


def _compatible(a: Mention, b: Mention) -> bool:
    if not a.participants or not b.participants:
        # a mention with no party joins the meeting at its place ("Congo, Rwanda leaders set
        # for Dar es Salaam summit", goma-11), or the meeting of its day that names no place
        # ("Envoys to meet in Doha on Wednesday" over "... are to meet ... on Wednesday", afg-03)
        if a.place is not None and a.place == b.place:
            return True
        return (
            (a.place is None or b.place is None)
            and a.date is not None
            and (b.date is not None and (a.date.first, a.date.last) == (b.date.first, b.date.last))
        )
    if not (a.participants <= b.participants or b.participants <= a.participants):
        return False
    if (
        a.date
        and b.date
        and a.date.kind in ("day", "range")
        and b.date.kind in ("day", "range")
        and (a.date.last < b.date.first or b.date.last < a.date.first)
    ):
        # the same parties on other days: "held talks ... in Islamabad on Monday" and "would
        # pay an official visit to India ... on May 7-8" (ip-02)
        return False
    if a.place and b.place:
        return is_within(a.place, b.place) or is_within(b.place, a.place)
    return True


_SPECIFICITY = {"city": 0, "region": 1, "country": 2}


def _merge(group: list[Mention], published: date) -> tuple[int, int, Meeting] | None:
    body = [m for m in group if not m.heading]
    anchor = (body or group)[0]
    participants = max((m.participants for m in group), key=len)
    # a state and its own forces are one party: "Reznikov said the agenda covered ... current
    # needs of the Armed Forces" (bkh-04) is no meeting of Ukraine with Ukrainian forces
    participants = frozenset(
        p for p in participants if actor_side(p) != "state" or actor_country(p) not in participants
    )
    places = [m.place for m in group if m.place]
    place = min(places, key=lambda p: _SPECIFICITY.get(place_kind(p) or "country", 3), default=None)
    dated = [m for m in group if m.date is not None]
    # most specific date: the shortest span; body mentions before headings on ties
    best = min(dated, key=lambda m: (m.date.days if m.date else 0, m.heading), default=None)
    first = best.date.first if best and best.date else None
    last = best.date.last if best and best.date else None
    statuses = [m.status for m in body if m.status] or [m.status for m in group if m.status]
    if statuses:
        status: MeetingStatus = max(statuses, key=lambda s: _RANK[s])
    else:
        # no word says: a meeting dated today or earlier has been held ("leaders meeting in Dar
        # es Salaam on Saturday called for ...", goma-12, published that Saturday)
        status = "held" if last is not None and last <= published else "planned"
    if (len(participants) == 1 and not any(m.summit for m in group)) or (
        place is None and first is None
    ):
        return None  # reported coverage with neither venue nor date is no meeting to track
    if any(m.old for m in group) and first is None:
        return None
    if last is not None and last < published - timedelta(days=365):
        return None  # "since 2015": history (seed 001)
    if not body and (place is None or first is None):
        return None  # a heading alone must be complete to count
    return (
        anchor.index,
        anchor.offset,
        Meeting(
            participants=tuple(sorted(participants)),
            place=place,
            date=first,
            date_end=last if last != first else None,
            status=status,
            sentence=anchor.sentence,
        ),
    )


def merge_mentions(mentions: Sequence[Mention], published: date) -> list[tuple[int, int, Meeting]]:
    """One meeting per group of compatible mentions, placed at its first body mention."""
    groups: list[list[Mention]] = []
    for m in _resolve_anaphora(list(mentions)):
        for group in groups:
            if all(_compatible(m, other) for other in group):
                group.append(m)
                break
        else:
            groups.append([m])
    merged = [_merge(g, published) for g in groups]
    return sorted((m for m in merged if m is not None), key=lambda x: (x[0], x[1]))


def extract_meetings(ctx: Context) -> list[tuple[int, int, Meeting]]:
    """Every meeting of the article as (sentence index, offset, meeting), in document order."""
    triggered = [s for s in ctx.sentences if _TRIGGER_WORDS.present(s.text)]
    if not triggered:
        return []
    people = titled_people(ctx)
    mentions = [
        m for s in triggered for m in mentions_in(s, ctx.published, ctx.focus, people, ctx.rebel)
    ]
    return merge_mentions(mentions, ctx.published)
