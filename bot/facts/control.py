"""Territorial control: which actor holds, claims, contests or left which place, and when.

The ladder is contested < claimed < captured; withdrawn means the actor left the place.
"entered the administrative borders of the city of Homs" is a fight, not a capture (seed 000);
"announced its control over the cities of Rastan and Talbiseh" is the fighting party's own
claim (seed 000); "swaths of Syria fall to rebel control, including the second city Aleppo" is a
capture (seed 001). A place must be the object of the verb itself: "announced control of the
Engineering Battalion ... on the outskirts of Homs" says nothing about Homs (seed 000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.facts._gate import Gate, finditer_at
from bot.facts.actors import (
    ACTOR_ALIASES,
    GOVERNMENT_OF,
    ActorMatch,
    actor_display,
    actor_names,
)
from bot.facts.context import Context, Sentence, army_of
from bot.facts.dates import SINCE_BEFORE
from bot.facts.leaders import LEADERS, find_leaders
from bot.facts.places import PlaceMatch, is_demonym, is_place_word, joined_run
from bot.models import Control, ControlStatus

__all__ = ["actor_display", "actor_names", "control_in", "extract_control"]

_FLAGS = re.IGNORECASE
# "took" in Spanish, Portuguese, French and Italian, alone or with "the control of" some
# words later ("Los talibanes tomaron en las últimas horas el control de", afg-07)
# and in the pluperfect: "les rebelles avaient pris le contrôle total de Gao" (mnn-11), "aveva
# preso la cittadina" (nkw-04)
_TOOK = (
    r"tomaron|tomó|tomaram|tomou|ont pris|a pris|avait pris|avaient pris|prennent|hanno preso|"
    r"ha preso|aveva preso|avevano preso|aver preso"
)
# "Moscou a revendiqué la prise de Novosselydivka" (kur-09): the verbs of claiming
# (and in the imperfect: "le MNLA revendiquait la prise d'Ansongo", mnn-11)
_CLAIM_VERBS = (
    r"revendiqué|revendique|revendiquait|reivindicó|reivindica|reivindicaba|reivindicou|"
    r"rivendicato|rivendica|rivendicava"
)
# Subject-verb-object forms: the actor comes before the verb, the place after it.
_SVO: tuple[tuple[ControlStatus, re.Pattern[str]], ...] = (
    ("claimed", re.compile(
        r"\b(?:announced|announces|announcing|claimed|claims|claiming|declared|declares)\s+"
        r"(?:its\s+|their\s+|full\s+|complete\s+|total\s+)*(?:control\s+(?:over|of)|"
        r"the capture of|capture of|the takeover of|the liberation of)|"
        # "Moscou a revendiqué la prise de Novosselydivka" (kur-09); not a side announcing what
        # it took ("Abiy Ahmed annonce la prise de Mekele", tig-09)
        rf"\b(?:{_CLAIM_VERBS})\s+"
        # "La Russie a revendiqué jeudi la prise de Koupiansk" (kup-09)
        r"(?:[\w-]+\s+){0,2}?(?:la|a|le|il)\s+(?:conquista|toma|captura|liberación|libertação|"
        r"tomada|prise|libération|conquête|presa|liberazione)\s+(?:de|di|du|da|do|della|del|d['’])|"
        # "the LNA was already saying it controlled Gharyan" (tri-01)
        r"\b(?:said|says|say|saying)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
        # "said on Sunday they had taken full control of El Fasher" (fasher-01), "said on
        # Saturday that its troops had taken control of five Ukrainian villages" (kh-01)
        # ("The National Guard says its 1st operational brigade has taken control of
        # Komsomolske", ukr-06)
        r"(?:it|they|(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|units|army|fighters|"
        r"brigade|battalion|division|regiment|soldiers))\s+(?:had\s+|"
        # "The TPLF says it now controls the city of Woldia" (mek-12)
        r"has\s+|have\s+)?(?:now\s+|already\s+|fully\s+)?(?:captured|seized|taken|took|"
        r"controlled|controls?)(?:\s+(?:over|of))?|"
        # "Los rebeldes aseguraron la semana pasada haber recuperado Alamata" (mek-06): a side
        # saying it took a place, in the Spanish, French or Italian infinitive (the Portuguese
        # "afirmaram ter tomado" stays a capture, as the kursk and kup golds read it)
        r"\b(?:asegur|afirm|dij|dicen|affirm|disent|dicono|affermano|sosten)\w*\s+"
        r"(?:[\w-]+\s+){0,3}?(?:haber|avoir|d['’]avoir|di\s+aver)\s+(?:recuperado|tomado|"
        r"capturado|conquistado|retomado|pris|repris|capturé|conquis|preso|ripreso|conquistato|"
        r"catturato)",
        _FLAGS)),
    ("withdrawn", re.compile(
        r"\b(?:withdrew|withdrawn|withdraw|withdraws|withdrawing|pulled out|retreated|"
        r"pulled back)\s+from|"
        # "Les troupes de la junte birmane se sont entièrement retirées de Myawaddy" (myw-03)
        r"\b(?:se sont|s['’]est|se retiraron|se retiró|si sono|si è|retiraram-se|retirou-se)\s+"
        r"(?:(?:entièrement|totalement|complètement|completamente|totalmente)\s+)?"
        r"(?:retiré(?:e|s|es)?|ritirat[aeio])?\s*(?:de|da|dal|dalla|del|d['’])\b", _FLAGS)),
    ("captured", re.compile(
        r"\b(?:seized control of|took control of|taken control of|take control of|"
        r"wrested control of|gained control of|took full control of|captured|capture|seized|"
        # "says it has regained full control of the coastal town of Palma" (palma-08)
        r"regained (?:full |complete |total )?control (?:of|over)|"
        # "the army had imposed \"full control over Aden's districts\"" (ade-09), "Our heroic
        # forces have extended their control over the whole city of Tarhuna" (lw-10)
        r"(?:imposed|extended) (?:its |their |[\"“]?full |[\"“]?complete |[\"“]?total )*"
        r"control (?:of|over)|"
        # "had ... secured Gatishche, Krasnoye, Morokhovets and Oleinikovo" (kh-02)
        r"secured|seize|overran|overrun|recaptured|retook|retaken|took over|taken over|takes over|"
        # "Iraqi security forces ... have taken back the town of Karma from ISIS" (fal-02)
        r"(?:took|taken|take|takes) back|took|taken|"
        # "units of the North group liberated the following 10 settlements" (kursk-12): the
        # word a state uses for taking back its own villages
        r"liberated|liberating|libéré|libérée|libérés|liberaron|liberó|libertaram|libertou|"
        r"liberato|liberata|liberati|"
        # Spanish, Portuguese, French, Italian: "Los talibanes tomaron ... el control de"
        # (afg-07), "se sont emparés jeudi de Hérat" (afg-06), "Talibãs tomam o palácio" (afg-09)
        rf"(?:{_TOOK})\s+(?:[^\s.,;]+\s+){{0,4}}?(?:el|o|le|il)\s+"
        r"(?:control|controle|contrôle|controllo)\s+(?:de|do|da|di|del|della|du|des)|"
        rf"{_TOOK}|han tomado|ha tomado|se hicieron con|se hizo con|capturaron|capturó|"
        r"conquistaron|conquistó|recuperaron|recuperó|tomam|capturaram|capturou|"
        # "Ils se sont rendus maîtres de toute la ville" (chi-06); "espugnare" in Italian
        r"espugnat[oaie]|(?:se\s+sont|s['’]est)\s+rendue?s?\s+ma[iî]tres?\s+d[eu]|"
        r"conquistaram|conquistou|retomaram|retomou|assumiram|assumiu|"
        # "Les forces du régime se sont emparées dans la journée des quartiers de Sakhour"
        # (ale-05)
        r"se sont emparée?s|s['’]est emparée?|s['’]emparent|avoir pris|"
        # "uomini dell'esercito russo si sono impadroniti dell'aeroporto di Simferopol", "le
        # forze russe avevano già occupato l'aeroporto di Belbek" (cri-02); "se apoderaron de"
        r"impadronit[oiae]|se apoderaron de|se apoderó de|apoderaram-se d[eoa]s?|"
        r"apoderou-se d[eoa]s?|(?:have|has|had) occupied|occupat[oiae]|ont occupé|a occupé|"
        r"ocuparon|ocupó|ocuparam|ocupou|"
        r"ont repris|a repris|reprennent|ont conquis|a conquis|prendono|"
        # the participles after an infinitive of having: "ter recuperado o controle do vilarejo
        # de Uspenovka" (kursk-13), "di aver ripreso il controllo del villaggio di Krupets"
        # "ter tomado a localidade de Zelene" (vnk-10)
        r"recuperado|retomado|tomado|conquistado|capturado|ripreso|conquistato|repris|"
        # "su ejército había \"liberado\" la ciudad de Yabrayil" (nkw-03)
        r"liberado|liberada|liberados|libertado|libertada|"
        r"hanno conquistato|ha conquistato|conquistano|hanno ripreso|ha ripreso|"
        # "The insurgents also hold the Torkham border crossing" (afg-08), "l'armée fédérale
        # contrôlait « entièrement » Mekele" (tig-09)
        r"(?<=[a-z] )(?:now |also |still )?(?:hold|holds|controls|control|controlled)(?! of\b)|"
        # "the LNA was also in control of Tarhouna and Aziziya" (tri-02)
        r"(?:is|are|were|was) (?:now |also |still |already )?(?:100 ?% |fully |firmly )?"
        r"in (?:full |complete |total )?control of|"
        r"contrôlait|contrôlent|contrôle|"
        # "Le forze ucraine hanno il pieno controllo della città russa di Sudzha" (kursk-07)
        r"(?:have|has|hanno|ha|tienen|tiene|têm|tem|ont|a)\s+(?:the\s+|il\s+|el\s+|o\s+|le\s+)?"
        r"(?:full\s+|complete\s+|pieno\s+|pleno\s+|total\s+|plein\s+|completo\s+)?"
        r"(?:control|controllo|controle|contrôle)(?=\s+(?:of|over|della|del|di|de|do|da|du)\b)|"
        r"controlan|controla|controlam|controlano|controlla|"
        # a headline's noun: "Abiy Ahmed annonce la prise de Mekele" (tig-09); not "la caída
        # de Mekele" (tig-10), whose subject is not who took it
        r"la prise de|la presa di|"
        # "Iraqi security forces now had Mosul firmly under their control" (mos-14): the
        # place stands between the verb and its control
        r"(?:has|have|had)(?=\s+[^.;,]{2,40}?\s+(?:firmly\s+|fully\s+|completely\s+)?under\s+"
        r"(?:their|its|his)\s+(?:full\s+|complete\s+)?control\b))"
        # (a quotation mark after the verb, or an elided "d'": "la prise d'Ansongo", mnn-11)
        r"(?=\s|[\"”»]|(?<=d['’]))", _FLAGS)),
    ("contested", re.compile(
        # "Sri Lankan troops fought their way into the centre of Kilinochchi" (sl-01)
        r"\b(?:(?:fought|forced|battled|fighting|forcing) (?:their|its) way into|marched into|"
        r"entered|enter|enters|entering|advanced (?:on|toward|towards|into)|advancing "
        r"(?:on|toward|towards|into)|advance on|pushed into|stormed|besieged|encircled|"
        r"fighting (?:in|for|around)|fought (?:in|for)|clashes (?:in|around)|clashed in|"
        r"battle for|attacked|reached the (?:outskirts|gates) of|closing in on|shelled|"
        # "Ukrainian units have been inside Sudzha ... for days" (kursk-06)
        r"(?:are|were|have been|had been|has been)\s+inside|"
        # "sent reinforcements to retake Mirebalais" (haiti-13): an attempt, a contest
        r"to retake|to recapture|to regain control of|"
        r"pénètrent|ont pénétré|sont entrés|sont entrées|entrent|entraron|entraram|sono entrati|"
        r"combats (?:dans|à|pour)|combates en|combates em|combattimenti a|"
        # "The battle between Fano forces and the Ethiopian Defense Force is still raging in
        # Bahir Dar and in Gondar" (amh-04)
        r"(?:is|are|was|were)\s+(?:still\s+)?raging\s+in)"
        r"(?:\s+the\s+(?:outskirts|administrative borders|borders|suburbs|gates|edge|edges|"
        r"centre|center|heart|outskirt)\s+of)?", _FLAGS)),
)  # fmt: skip
# "X fell to Y": the place is the subject, the actor follows.
_FELL = re.compile(
    r"\b(?:fell|fall|falls|fallen|falling)\s+(?:in)?to\s+|(?P<alone>\b(?:has|have|had)\s+fallen\b)|"
    r"\b(?:came|come|fell|fallen)\s+under\s+(?:the\s+)?control\s+of\s+|"
    # "Tessalit International Airport are under the control of the National Movement" (mnn-07)
    # (not "El Fasher remains under the control of the military", zz-02: no change)
    r"\b(?:is|are|was|were)\s+(?:now\s+|firmly\s+|fully\s+)?under\s+"
    r"(?:the\s+)?(?:full\s+)?control\s+of\s+|"
    # "Kidal était tombée aux mains des rebelles" (mnn-11), "cayó en manos de", "caduta nelle
    # mani di", "caiu nas mãos de"
    r"\b(?:tombée?s?|tombé|tombe|tombent)\s+(?:aux|entre les)\s+mains\s+(?:des?|du|d['’])\s*|"
    r"\b(?:cayó|cayeron|caído)\s+en\s+manos\s+(?:de|del)\s+|"
    r"\b(?:caduta|caduto|caduti|cadute|cade|cadono)\s+nelle\s+mani\s+(?:di|del|della|dei|degli)\s+|"
    r"\b(?:caiu|caíram)\s+nas\s+mãos\s+(?:de|do|da|dos|das)\s+|"
    # "Novoazovsk is now in the hands of Russian troops" (ukr-05), "Ilovaïsk ... est désormais
    # entièrement aux mains des rebelles" (ukr-09), "è ormai sotto il controllo delle forze
    # governative" (ukr-02)
    r"(?P<held>\b(?:is|are|was|were|est|sont|était|étaient|está|están|estão|è|sono)\s+"
    r"(?:(?:now|firmly|désormais|maintenant|ahora|agora|ormai|ora|entièrement|totalement|"
    r"completamente|totalmente|interamente)\s+){0,2}"
    r"(?:in the hands of|aux mains (?:des?|du|d['’])|en manos (?:de|del)|"
    r"nas mãos (?:de|do|da|dos|das)|"
    r"nelle mani (?:di|del|della|dei|degli|delle)|"
    r"sous le contrôle (?:des?|du|d['’])|bajo (?:el )?control (?:de|del)|"
    r"sob (?:o )?controle (?:de|do|da|dos|das)|sotto il controllo (?:di|del|della|dei|degli|delle))"
    r"\s*)",
    _FLAGS,
)
# "X was captured (by Y)": the place is the subject, the actor follows if it is named; someone
# saying so is claiming it (_SAID).
_PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been|had been|ha sido|han sido|había sido|habían sido|fue|"
    r"fueron|foi|foram|tinha sido|tinham sido|a été|ont été|avait été|avaient été|è stata|"
    r"è stato|sono state|sono stati|era stata|era stato|erano state|erano stati)\s+[«\"“]?\s*"
    r"(?:(?:fully|completely|now|finally|"
    r"totalmente|completamente|entièrement|totalement)\s+)?"
    # "The town of Novoazovsk on the Sea of Azov has been taken by Russian troops" (ukr-05);
    # not "taken to hospital", "taken hostage"
    r"(?:captured|seized|overrun|liberated|recaptured|retaken|liberad[oa]s?|tomad[oa]s?|"
    r"taken(?:\s+over)?(?!\s+(?:to|into|away|hostage|prisoner|captive|ill|in|out|from|off|up|"
    r"part|care|aback|place|seriously|note)\b)|"
    r"conquistad[oa]s?|capturad[oa]s?|libertad[oa]s?|prises?|libérée?s?|conquises?|"
    r"reprises?|conquistat[aoie]|liberat[aoie]|ripres[aoie])\b"
    r"(?:\s+(?:por completo|completamente|totalmente|entièrement|totalement))?"
    r"(?:\s+(?:by|por|par|da|dalle|dai|pelas|pelos|pelo|pela)\s+)?",
    _FLAGS,
)
# An apposition between a place and its verb: ", the main city of the east," (afg-08).
_APPOSED = re.compile(
    r",\s+(?:the|a|an|another|its|their)\s+[\w\s'’-]{0,40}?,\s+(?:which\s+)?(?:has\s+|had\s+|"
    r"have\s+)?"
    # "Ilovaisk, cittadina di 16 mila abitanti ... sulla strada verso la Russia, è ormai sotto il
    # controllo delle forze governative" (ukr-02); "Ilovaïsk, où plusieurs bataillons ukrainiens
    # étaient encerclés depuis la fin août, est désormais entièrement aux mains des rebelles"
    # (ukr-09)
    r"|,\s+(?:(?:la|le|el|il|une?|una?|o|petite|pequeña|piccola)\s+)*(?:cittadina|città|ville|"
    r"ciudad|cidade|localité|localidad|località|bourg|village|pueblo|aldeia|vilarejo|"
    r"où|donde|onde|dove|where)\b[^;:]{0,160}?,\s+",
    _FLAGS,
)
_SINCE_HELD = re.compile(
    r"\b(?:since|ever since|depuis que|desde que|da quando|dal momento che)\s+"
    r"(?:[\w'’-]+\s+){1,4}$",
    _FLAGS,
)
_INCLUDING = re.compile(r"^[^.;]*?,?\s*including\s+", _FLAGS)
# "six villes avaient été « libérées de la menace des bandits » : la capitale régionale Bahir
# Dar, Gondar, Lalibela ..." (amh-06): towns in the plural whose names a colon lists
_TOWNS_BEFORE = re.compile(
    r"\b(?:towns|cities|villages|settlements|localities|villes|localités|ciudades|localidades|"
    r"pueblos|cidades|vilarejos|aldeias|città|villaggi|centri)\b[^.;:]{0,40}$",
    _FLAGS,
)
_COLON_LIST = re.compile(r"[^.;:]{0,60}:\s*")
# The words for taking a place back: with no one named, the state of that place took it
_LIBERATED = re.compile(
    r"libera|libér|libert|recaptur|retaken|reprise|ripres|recuperad|(?:took|taken|take|takes) back",
    _FLAGS,
)
_WITHDRAWAL = re.compile(r"\bwithdrawal of\s+(?P<who>.+?)\s+from\s+", _FLAGS)
# A side that lost a place: the other side took it ("The LTTE lost its last stronghold,
# Puthukudiyiruppu, yesterday", sl-09), or the side named after "to" ("Tigray's forces conceded
# ... that they had lost control of the populous town of Shire to the Ethiopian military", pta-05)
_LOST = re.compile(
    r"\b(?:lost|ont perdu|a perdu|avait perdu|avaient perdu|perdieron|perdió|perdido|"
    r"hanno perso|ha perso|aveva perso|avevano perso|perderam|perdeu)\s+"
    r"(?:(?:the|le|el|il|o)\s+)?(?:(?:full|total|complete)\s+)?"
    r"(?:(?:control|contrôle|controllo|controle)\s+(?:of|over|de|du|d['’]|del|della|di|do|da)\s*)?",
    _FLAGS,
)
_TO_WINNER = re.compile(r"\s+(?:to|au profit d(?:es?|u)|a manos de|nelle mani di|para)\s+", _FLAGS)
# What may stand between a verb and its place: "the cities of", "the second city",
# "the administrative borders of the city of" (seed 000).
_OBJ_LEAD = re.compile(
    r"\s*(?:(?:the|its|a|an|of|key|strategic|second|third|northern|southern|eastern|western|"
    r"central|major|provincial|nearby|largest|besieged|embattled|rebel-held|government-held|"
    r"regime-held|town|towns|city|cities|village|villages|province|provinces|capital|region|"
    r"district|area|areas|suburb|suburbs|neighbourhood|neighborhood|neighbourhoods|"
    r"neighborhoods|governorate|entire|whole|most|all|parts|much|control|full|"
    # "have taken control of the settlements of Neskuchne and Terny" (vnk-07)
    r"settlement|settlements|hamlet|hamlets|locality|localities|"
    r"complete|over|operational|capitals|entièrement|totalement|completamente|"
    # "in control of Gondar and of the historic town of Lalibela" (amh-03), "ha preso ieri il
    # controllo del centro di Gondar" (amh-05)
    r"historic|holy|ancient|centre|center|heart|centro|cuore|regional|régionale|regionale|"
    r"ieri|oggi|hier|ayer|hoy|ontem|hoje|"
    # the same in Spanish, Portuguese, French and Italian: "el control de las importantes
    # ciudades meridionales de" (afg-07), "jeudi de" (afg-06)
    # (an article only before a lower-case word: "El Fasher", "La Paz" are names)
    r"(?:el|los|las|la|le|les|o|os|as|il|lo|a)(?=\s+(?-i:[a-zà-ÿ]))|l'|l’|d'|d’|dell'|dell’|"
    # "have seized the garrison town of Tessalit" (mnn-07), "la garnison d'Anefis" (mnn-09)
    r"garrison|garnison|"
    # "lost its last stronghold, Puthukudiyiruppu" (sl-09)
    r"last|remaining|stronghold,|bastion,|"
    r"de|del|du|des|di|do|da|della|dans|en|em|à|"
    r"control|contrôle|controle|controllo|total|totale|ville|villes|ciudad|ciudades|cidade|"
    r"cidades|città|capitale|capitales|capitais|importantes|importante|stratégique|"
    r"villaggio|villaggi|vilarejo|vilarejos|aldeia|aldeias|pueblo|pueblos|localidad|localidades|"
    r"localité|localités|localidade|pequena|pequeño|pequeña|petite|petit|piccola|piccolo|"
    r"estratégica|strategica|désormais|ya|já|già|également|también|também|anche|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    # "sont entrées lundi soir dans Bondoukou" (civ-07)
    r"soir|matin|nuit|ce|cette|noche|mañana|madrugada|tarde|noite|manhã|sera|mattina|notte|"
    # "han tomado el control este viernes de Kilinochchi" (sl-02)
    r"este|esta|neste|nesta|questo|questa|"
    r"(?:meridionales?|septentrionales?|orientales?|occidentales?|norte|sur|sul|nord)"
    r")(?:\s+|(?=[\"“”«»])|(?<=['’]))|[\"“”«»]+\s*"
    # an adjective after its noun: "della città russa di Sudzha" (kursk-07)
    # ("se sont emparées dans la journée des quartiers de Sakhour", ale-05)
    # (not a site's name: "l'aeroporto di Simferopol", cri-02, see _SITE_BEFORE_RE)
    r"|(?!aeroporto\b|aéroport\b|aeropuerto\b)"
    r"(?-i:[a-zà-ÿ]+)\s+(?=(?:di|de|do|da|du|des|del|della|dei|dos|das)\s)"
    # "a repris hier le grand quartier de Cheikh Saïd" (ale-10), "had taken the Yazidi town of
    # Sinjar" (kir-05): a word that says what the town is
    r"|(?-i:grand|grande|gran|[\w'’-]+(?=\s+(?:town|city|village)\s+of\s))\s+"
    # "the Palestinian side of the Rafah crossing" (rafah-03)
    r"|(?:[A-Z][\w-]+\s+)?(?:side|part|half|section|sector|portion)\s+of\s+)*",
    _FLAGS,
)
_LIST_SEP = re.compile(
    # ("entered the town of al-Asabiaah, ..., as well as Tiji, Badr and al-Jawsh", lw-09)
    r"^(?:,?\s+as well as\s+|\s*,\s*(?:and\s+)?|\s+(?:and|y|e|et|ed)\s+(?:in\s+|en\s+|em\s+|à\s+)?|"
    r"\s*&\s*)"
    r"(?:the\s+)?",
    _FLAGS,
)
# ... and the separator that may open an apposition: "El Fasher, the capital of North Darfur"
# is one place; "Bahir Dar and in Gondar" (amh-04) or "Gondar and the town of Lalibela" are two
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?", _FLAGS)
# "El Fasher, the capital of North Darfur" (fasher-01): an apposition, not a second object.
_APPOSITION = re.compile(
    r"^(?:the\s+|a\s+|an\s+|its\s+|la\s+|le\s+|el\s+|il\s+|o\s+)?(?:\w+\s+){0,2}(?:capitals?|city|"
    r"town|seat|stronghold|hub|headquarters|capitale|ville|ciudad|cidade|città|"
    # "Phu Makua, a hilltop in Kantharalak district" (tcb-08), "Sudzha, the district centre"
    r"village|settlement|hilltop|hill|centre|center|temple|base|outpost|district|suburb|"
    # "said Monday it had seized Paletwa, a township in neighbouring Chin state" (rak-02)
    r"township|commune|municipality|"
    r"neighbou?rhood|port|crossing|junction|villaggio|aldeia|pueblo)\b"
    r"|^(?:which|where|in|near)\b"
    # "have taken Debre Sina, about 190 km north-east of Addis Ababa" (tad-10): where it lies
    r"|^(?:(?:about|some|around|roughly|nearly|à|a|unos|cerca de|circa)\s+)?\d+\s*"
    r"(?:km|kilomet\w*|miles)\b",
    _FLAGS,
)
# Where a listed town lies: "Pokrovsk in Donetsk region" (kup-12)
_LOCATED = re.compile(r"\s+(?:in|en|em|nella|nel|dans\s+la\s+région\s+de)\s+(?:the\s+)?", _FLAGS)
_REGION_WORD = re.compile(r"(?:\s+(?:region|oblast|province|state)\b)?", _FLAGS)
# "the streets of Goma, which they seized this week" (goma-05): the place comes first.
_WHICH_SEIZED = re.compile(
    r"^,?\s*which\s+(?:they|it|the\s+\w+|\w+)\s+(?:had\s+|have\s+|has\s+)?(?:seized|captured|"
    r"took|taken|overran|overrun)\b",
    _FLAGS,
)
# "entered Bukavu ... after government troops withdrew from the city" (goma-15): a capture.
# So is entering without a fight: "les Forces républicaines sont entrées lundi soir dans
# Bondoukou sans combats de rue" (civ-07).
_DEFENDERS_LEFT = re.compile(
    r"\b(?:after|as)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:troops|forces|soldiers|army|police)\s+"
    r"(?:had\s+)?(?:withdrew|pulled out|retreated|fled|abandoned)|"
    r"\b(?:without (?:a |any )?(?:fight|battle|resistance)|unopposed|sans (?:combats?|résistance)|"
    r"sin (?:combatir|combates|resistencia)|sem (?:combates|resistência)|"
    r"senza (?:combattere|combattimenti|resistenza))\b",
    _FLAGS,
)
# "GNA-aligned forces peacefully entered the town of al-Asabiaah" (lw-09): a capture too.
_PEACEFULLY = re.compile(r"\b(?:peacefully|pacifiquement)\s+$", _FLAGS)
_RESTORED = re.compile(
    r"\b(?:restored|restores|re-established|reestablished)\s+(?:its\s+|their\s+|full\s+)*"
    r"(?:sovereignty|control|authority)[\"”]?\s+(?:over|of|in)\s+"
    r"|\braised\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+|\w+['’]s\s+)*(?:national\s+)?flags?\s+"
    r"(?:over|in|above)\s+",
    _FLAGS,
)
_HAS_KILLED = re.compile(
    r"\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|displaced|forced)\b",
    _FLAGS,
)
_SPOKESMAN = r"(?:spokes(?:man|woman|person)|porte-parole|portavoz|porta-voz|portavoce)"
_SPOKESMAN_SAID = re.compile(
    rf"\b{_SPOKESMAN}\b[^.;]{{0,60}}?"
    r"\b(?:told|said|says|claimed|announced|déclaré|affirmé|dijo|afirmó|disse|afirmou|detto)\b"
    r"[^.;]{0,30}$",
    _FLAGS,
)
_PREP_BEFORE = re.compile(r"\b(?:with|against|from|of)\s+(?:the\s+)?$", _FLAGS)
_YEARS_AGO = re.compile(r"\s+(?:[\w-]+\s+)?years\s+ago\b", _FLAGS)
_WHO_BEFORE_VERB = re.compile(r",?\s+(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?", _FLAGS)
# "it had taken the headquarters of the army's 1st Infantry Division and controlled Wad
# Madani" (gezira-05): a possessor is no subject
_POSSESSIVE = re.compile(r"['’]s\b")
# (and "179 soldats ukrainiens ont été tués ... en un mois de combats à Debaltseve", udb-14)
_DEFENDING = re.compile(r"fight|fought|clash|battle|combat", _FLAGS)
_CONTROL_OF = re.compile(r"\bcontrols?\s+(?:over|of)$", _FLAGS)
# "there is an army sent to control Axum" (tig-05): taking a place is the aim, not the fact
_AIM = re.compile(r"(?<!managed )(?<!able )\bto\s+$", _FLAGS)
_NEGATED = re.compile(
    r"\b(?:not|never|no longer|denied|deny|denies|failed to|fail to|attempt to)\s+$"
    # "The doctors' union did not say who was fighting in Genena" (gen-01)
    r"|\bwho\s+(?:was|were|is|are)\s+$",
    _FLAGS,
)
# A capture denied in the clause before it: "El Ministerio de Defensa de Rusia negó este jueves
# que el ejército ucraniano haya recuperado el bastión de Kúpiansk" (kup-14)
_DENIED_THAT = re.compile(
    r"\b(?:denied|denies|deny|denying|negó|niega|niegan|negaron|nie|nient|dément|démentent|"
    r"démenti|nega|negou|negam|smentisce|smentiscono|smentito)\s+(?:[^.;,]{0,30}?\s)?"
    r"(?:that|que|qu['’]|che)\s+[^.;]{0,80}$",
    _FLAGS,
)


# The words every match of the "captured" pattern starts with: the pattern is tried at them
# only (see _gate.finditer_at), not at every position of the sentence (bench/extract).
_CAPTURED_STARTS = Gate(
    {"start": (
        "seized", "imposed", "extended", "took", "taken", "take", "takes", "wrested", "gained",
        "captured", "capture", "regained", "secured", "seize", "overran", "overrun", "recaptured",
        "retook", "retaken", "liberated", "liberating", "libéré", "libérée", "libérés",
        "liberaron", "liberó", "libertaram",
        "libertou", "liberato", "liberata", "liberati", "tomaron", "tomó", "tomaram", "tomou",
        "ont", "a", "prennent", "hanno", "ha", "han", "se", "capturaron", "capturó",
        "conquistaron", "conquistó", "recuperaron", "recuperó", "tomam", "capturaram",
        "capturou", "conquistaram", "conquistou", "retomaram", "retomou", "assumiram", "assumiu",
        "s'est", "s’est", "s'emparent", "s’emparent", "avoir", "reprennent", "prendono",
        "recuperado", "retomado", "tomado", "conquistado", "capturado", "ripreso", "conquistato",
        "repris", "conquistano", "now", "also", "still", "hold", "holds", "controls", "control",
        "controlled", "is", "are", "were", "was", "contrôlait", "contrôlent", "contrôle", "have",
        "has", "tienen", "tiene", "têm", "tem", "controlan", "controla", "controlam",
        "controlano", "controlla", "la", "had", "liberado", "liberada",
        "liberados", "libertado", "libertada", "avait", "avaient", "aveva", "avevano", "aver",
        "impadroniti", "impadronito", "impadronita", "impadronite", "apoderaram", "apoderou",
        "occupato", "occupata", "occupati", "occupate", "ocuparon", "ocupó", "ocuparam",
        "ocupou", "espugnato", "espugnata", "espugnati", "espugnate",
    )},
    whole_words=True,
)  # fmt: skip
_WHICH = re.compile(r"\bwhich\b", _FLAGS)
# Stems that every match of each pattern above contains (see _gate.py): most sentences that
# name a town say nothing about who holds it, and one pass over the sentence spares them the
# actor scan and the patterns (each of which `re` tries at every position).
_GATE = Gate(
    {
        "claimed": ("announc", "claim", "declar", "said", "say", "reivindic", "revendiqu",
                    "rivendic", "asegur", "afirm", "dij", "dicen", "affirm", "disent", "dicono",
                    "affermano", "sosten"),
        "withdrawn": ("withdr", "pulled", "retreat", "retir", "ritir"),
        "captured": ("seiz", "took", "take", "wrested", "gained", "captur", "overr", "secured",
                     "imposed", "extended", "tom", "hicieron", "hizo", "conquist", "recuper",
                     "retom", "assum", "empar", "pris", "prenn", "conquis", "preso", "prendon",
                     "ripreso", "hold", "control", "contrôl", "presa", "libera", "liberó", "libér",
                     "libert", "recuperado", "retomado", "conquistado", "capturado", "repris",
                     "impadron", "apoder", "occup", "ocup", "espugn", "maître", "maitre"),
        "contested": (
            "enter", "advanc", "pushed", "storm", "besieg", "encircl", "fighting", "fought",
            "way into", "marched",
            "clash", "battle", "attacked", "reached", "closing", "shelled", "take", "captur",
            "regain", "pénètr", "pénétr", "entrés", "entrées", "entrent", "entrar", "entrati",
            "combat", "inside", "raging",
        ),
        "fell": ("fell", "fall", "came", "come", "under", "mains", "manos", "mani", "mãos",
                 "hands of", "sous le contrôle", "bajo el control", "bajo control",
                 "sob o controle", "sob controle", "sotto il controllo"),
        "passive": ("was", "were", "been", "sido", "fue", "foi", "foram", "été", "stat"),
        "withdrawal": ("withdrawal",),
        "lost": ("lost", "perdu", "perdi", "perso", "perder", "perdeu"),
        "restored": ("restor", "re-establ", "reestabl", "raised"),
        "which": ("which",),
    }
)  # fmt: skip


# A place the gazetteer does not know, where the sentence says it is one: a name followed by
# what it is ("the Philadelphi corridor", rafah-11), a list of names after a control verb
# ("secured Gatishche, Krasnoye, Morokhovets and Oleinikovo", kh-02), or the names a colon
# introduces after "villages" ("five Ukrainian villages ...: Pletenivka, Ohirtseve, ...", kh-01).
# An Arabic name's particles belong to it: "Qasr bin Ghashir", "Suq al-Khamis" (tri-02).
_NAME = (
    r"[A-Z][\w'’-]+(?:\s+(?:(?:bin|ben|ibn)\s+)?(?:(?:al|el|ad|ar|as|ash|az)-)?[A-Z][\w'’-]+){0,2}"
)
_NAME_RE = re.compile(_NAME)
_LANDMARK_RE = re.compile(
    _NAME + r"\s+(?i:corridor|crossing|border crossing|airport|air base|airbase|base|bridge|dam|"
    # "the Baba Gurgur field" (kir-05), "the K1 military base north-west of Kirkuk" (kir-03)
    r"port|checkpoint|junction|field|oil field|oilfield|gas field|military base)\b"
)
_PLACE_WORDS = re.compile(
    r"\b(?:town|city|village|villages|towns|settlements|ville|villes|localité|localités|ciudad|"
    r"pueblo|localidad|localidades|cidade|vilarejo|aldeia|localidade|città|villaggio|"
    r"paese|quartiers?|barrios?|bairros?|quartier[ei]|stronghold|bastion)\b|:"
)
# The words that say a name after them is a town: "the town of", "la ville de", "della città
# russa di" ...
_TOWN_OF = (
    r"(?:(?:town|city|village|locality|settlement|district|neighbou?rhood)\s+of|"
    r"(?:ville|village|localité|ciudad|pueblo|localidad|cidade|vila|vilarejo|aldeia|localidade|"
    # "les quartiers de Sakhour, Haydariyé et Cheikh Khodr" (ale-05)
    r"città|villaggio|paese|quartiers?|barrios?|bairros?|quartier[ei])\s+"
    r"(?:[a-zà-ÿ]+\s+)?(?:de|di|d'|d’))"
)
# ... before the object of a verb: "had also seized the town of Rufaa" (gezira-04) ...
# (or an apposition: "lost its last stronghold, Puthukudiyiruppu", sl-09)
_PLACE_NOUN = re.compile(rf"\b(?:{_TOWN_OF}|stronghold,|bastion,)\s*$", _FLAGS)
# ... or as the sentence's subject: "La ville de Tchassiv Iar, ... « a été libérée »" (tor-13)
_TOWN_SUBJECT = re.compile(rf"(?:the|la|le|el|il|a|o)\s+{_TOWN_OF}\s*((?-i:{_NAME}))", _FLAGS)
_VILLAGES_COLON = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:villages?|towns?|settlements?|localities|hamlets?)\b[^.;:]{0,80}:\s*",
    _FLAGS,
)
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|reported|reports|told|announced|claimed|added)\b")
_NOT_A_NAME = frozenset(
    {"The", "A", "An", "Its", "Their", "Some", "All", "Most", "Parts", "Part", "Both", "Two",
     "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
     # "the capitals of North and South Kivu" (bk-09)
     "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
)  # fmt: skip


def _adhoc(sentence: Sentence, ctx: Context, start: int, end: int) -> PlaceMatch | None:
    """An unknown place named at `start` (a name the gazetteer lacks)."""
    text = sentence.text[start:end]
    words = text.split()
    first = words[0] if words else ""
    if first in _NOT_A_NAME or first in ACTOR_ALIASES or text.endswith(("'s", "’s")):
        return None  # (and "the eastern district of Syria's largest city", ale-03)
    # a known word alone is no unknown place; one that begins a longer name may be: "Shewa
    # Robit" (amh-06) is not the region Shewa. A demonym never is ("Russian Defence Ministry")
    if is_place_word(first) and (len(words) == 1 or is_demonym(first)):
        return None
    if _SPEAKER_AFTER.match(sentence.text, end):
        return None  # "..., Pylna and Strilecha, Reuters reported" (kh-01): a source
    # the article's country ("El Sharafa, Abu Haraz ... and the El Riyadh neighbourhood" is not
    # in Saudi Arabia, gezira-03), else the country of a place the sentence names
    country = ctx.focus or next((p.country for p in sentence.places if p.kind != "country"), "")
    return PlaceMatch(text, text, "city", country, start, end)


def _landmark(sentence: Sentence, ctx: Context, start: int, end: int) -> PlaceMatch | None:
    """A landmark the gazetteer lacks, one name however it is written: "the K1 military base"
    (kir-03) is "the K1 base" (kir-05)."""
    found = _adhoc(sentence, ctx, start, end)
    if found is None or not found.name.endswith(" military base"):
        return found
    name = found.name.removesuffix(" military base") + " base"
    return PlaceMatch(name, name, found.kind, found.country, start, end)


def _adhoc_list(sentence: Sentence, ctx: Context, pos: int, *, alone: bool) -> list[PlaceMatch]:
    """Names at `pos`: a landmark, or a list of names (one name only when `alone`)."""
    text = sentence.text
    landmark = _LANDMARK_RE.match(text, pos)
    if landmark is not None:
        found = _landmark(sentence, ctx, pos, landmark.end())
        return [found] if found else []
    out: list[PlaceMatch] = []
    while (name := _NAME_RE.match(text, pos)) is not None:
        found = _adhoc(sentence, ctx, pos, name.end())
        if found is None:
            break
        out.append(found)
        sep = _LIST_SEP.match(text[name.end() :])
        if not sep or (
            # "took Sheberghan, capital of Jawzjan province" (afg-02): an apposition
            _COMMA.fullmatch(sep.group(0)) and _APPOSITION.match(text[name.end() + sep.end() :])
        ):
            break
        # "Uspenovka e da pequena cidade de Borki" (kursk-13)
        pos = _OBJ_LEAD.match(text, name.end() + sep.end()).end()  # type: ignore[union-attr]
    if len(out) == 1 and not alone:
        # one name the sentence says is a place: "Phu Makua, a hilltop" (tcb-08), "Tessalit
        # and its airport" (msv-13)
        after = re.match(r",\s+", text[out[0].end :])
        alone = (
            after is not None and bool(_APPOSITION.match(text[out[0].end + after.end() :]))
        ) or bool(_ITS_SITE.match(text, out[0].end))
    return out if (alone or len(out) >= 2) else []


_ITS_SITE = re.compile(
    r"\s+(?:and|et|y|e)\s+(?:its|son|sa|su|seu|sua|il suo|la sua)\s+(?:airport|aéroport|aeropuerto|"
    r"aeroporto|air\s?base|airstrip|base|port|puerto|porto)\b",
    _FLAGS,
)


# Landmarks that fighting parties take and hold, named without a place name ("the presidential
# palace", "the state broadcaster's headquarters", khartoum-01/14) ...
_COMMON_LANDMARK_RE = re.compile(
    r"(presidential palace|republican palace|state broadcaster|state television|state radio|"
    r"army(?:'s|’s)? general command|general command|"
    # "seized Kirkuk's governor's office, the K1 base, the military airport" (kir-05)
    r"governor(?:'s|’s)? (?:office|building|headquarters)|military airport)"
    r"(?:['’]s\s+headquarters|\s+headquarters|\s+building)?\b",
    _FLAGS,
)
# ... and a known place's own: "Kirkuk's governor's office" (kir-05)
_OWN_LANDMARK_RE = re.compile(r"['’]s\s+" + _COMMON_LANDMARK_RE.pattern, _FLAGS)
# ... or as a site of a known place ("Khartoum International Airport").
_SITE_AFTER_RE = re.compile(
    # "Tripoli international airport" (tri-02)
    r"\s+((?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]ir [Bb]ase|[Aa]irbase|[Dd]am))\b"
)


# ... or named before it, in the Romance languages: "l'aeroporto di Belbek", "el aeropuerto de
# Simferópol", "la base aérienne de Belbek" (cri-02)
_SITE_BEFORE_RE = re.compile(
    r"(?P<site>aeroporto|aéroport|aeropuerto|base aerea|base aérienne|base aérea)\s+"
    r"(?:(?:internazionale|international|internacional)\s+)?(?:di|de|d['’]|du|del|da|do)\s*",
    _FLAGS,
)


def _site_of(sentence: Sentence, ctx: Context, site: re.Match[str]) -> PlaceMatch | None:
    """The site a `_SITE_BEFORE_RE` match names, with its place's name: "Belbek Air Base"."""
    kind = "Air Base" if site.group("site").lower().startswith("base") else "Airport"
    place = next((p for p in sentence.places if p.start == site.end()), None)
    if place is None and (name := _NAME_RE.match(sentence.text, site.end())):
        place = _adhoc(sentence, ctx, site.end(), name.end())
    if place is None or place.demonym or place.kind == "country":
        return None
    named = f"{place.canonical} {kind}"
    return PlaceMatch(named, named, "city", place.country, site.start(), place.end)


def _landmark_name(words: str, owner: PlaceMatch | None) -> str:
    """A common landmark's name ("Presidential Palace"), with its city's when the list gave
    one ("Kirkuk Governor's Office")."""
    name = " ".join(w.capitalize() for w in words.split())
    return f"{owner.canonical} {name}" if owner is not None else name


@dataclass(frozen=True)
class _Found:
    offset: int
    control: Control


def _object_places(
    sentence: Sentence, at: int, ctx: Context | None = None, *, named: bool = False
) -> list[PlaceMatch]:
    """The places that are the object starting at `at`: "the cities of Rastan and Talbiseh";
    with `ctx`, also names the gazetteer lacks where the sentence says they are places (or
    where the verb does: `named`)."""
    text = sentence.text
    candidates = [p for p in sentence.places if not p.demonym and p.kind != "country"]
    lead = _OBJ_LEAD.match(text, at)
    pos = lead.end()  # type: ignore[union-attr]
    out: list[PlaceMatch] = []
    owner: PlaceMatch | None = None  # the city the list named last
    while True:
        hit = next((p for p in candidates if p.start == pos), None)
        if hit is None and ctx is not None and (common := _COMMON_LANDMARK_RE.match(text, pos)):
            # "taken control of the presidential palace and Khartoum International Airport"
            # (khartoum-01): a landmark of the country the article is about, or of the city
            # the list named before it ("Kirkuk's governor's office, ... the military
            # airport", kir-05)
            name = _landmark_name(common.group(1), owner)
            country = owner.country if owner else ctx.focus or ""
            hit = PlaceMatch(name, name, "city", country, pos, common.end())
        elif hit is None and ctx is not None and (site := _SITE_BEFORE_RE.match(text, pos)):
            # "l'aeroporto di Simferopol" (cri-02): the site as "Simferopol Airport"
            hit = _site_of(sentence, ctx, site)
        elif hit is None and ctx is not None and (mark := _LANDMARK_RE.match(text, pos)):
            hit = _landmark(sentence, ctx, pos, mark.end())  # "the K1 base" (kir-05)
        elif hit is not None and (own := _OWN_LANDMARK_RE.match(text, hit.end)):
            owner = hit  # "Kirkuk's governor's office" (kir-05)
            name = _landmark_name(own.group(1), hit)
            hit = PlaceMatch(name, name, "city", hit.country, hit.start, own.end())
        elif hit is not None and (site := _SITE_AFTER_RE.match(text, hit.end)):
            # one name however it is written ("Khartoum airport" in the title)
            kind = " ".join(
                w.capitalize() for w in site.group(1).split()[-2:] if w.lower() != "international"
            )
            name = f"{hit.canonical} {kind}"
            hit = PlaceMatch(name, name, "city", hit.country, hit.start, site.end())
        if hit is None and ctx is not None and not out:
            colon = _VILLAGES_COLON.match(text, pos)
            if colon is not None:
                return _adhoc_list(sentence, ctx, colon.end(), alone=True)
            # "had also seized the town of Rufaa" (gezira-04): the lead says it is a place
            noun = _PLACE_NOUN.search(lead.group(0))  # type: ignore[union-attr]
            return _adhoc_list(sentence, ctx, pos, alone=named or noun is not None)
        if hit is None and ctx is not None:
            # the list goes on with names the gazetteer lacks: "Bahir Dar, Gondar, Lalibela,
            # Shewa Robit, Debre Berhan et Debre Markos" (amh-06); two of them at least, or
            # one the lead says is a place ("do vilarejo de Uspenovka e da pequena cidade de
            # Borki", kursk-13)
            noun = _PLACE_NOUN.search(lead.group(0))  # type: ignore[union-attr]
            return out + _adhoc_list(sentence, ctx, pos, alone=noun is not None)
        if hit is None:
            return out
        if hit.kind == "city" and hit in candidates:
            owner = hit  # a gazetteer city, not a landmark or a name the gazetteer lacks
        out.append(hit)
        end = hit.end
        if located := _LOCATED.match(text, end):
            # "had taken Pokrovsk in Donetsk region and Vovchansk in Kharkiv region" (kup-12):
            # where a town of the list lies is no end of the list
            region = next(
                (
                    p for p in sentence.places
                    if p.start == located.end() and p.kind in ("region", "country")
                ),
                None,
            )  # fmt: skip
            if region is not None:
                end = _REGION_WORD.match(text, region.end).end()  # type: ignore[union-attr]
        sep = _LIST_SEP.match(text[end:])
        if not sep or (
            _COMMA.fullmatch(sep.group(0))
            and _APPOSITION.match(text[end + sep.end() :])
            # "Kirkuk's governor's office, the K1 base" (kir-05) is a list of two
            and not _LANDMARK_RE.match(text, end + sep.end())
        ):
            return out
        pos = end + sep.end()
        lead = _OBJ_LEAD.match(text, pos)
        pos = lead.end()  # type: ignore[union-attr]


# A state that speaks or acts: "Russia's Defence Ministry said ... its troops had taken"
# (kh-01), "Moscow said on Sunday that its forces had captured", "the Russian defence
# ministry said" (kh-02).
_STATE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:defen[cs]e|foreign)\s+ministry|ministry of defen[cs]e|general staff|"
    r"military|army|armed forces|forces|troops|tanks|soldiers|units|said|says|claimed|claims|"
    r"announced|had|has|have)\b",
    _FLAGS,
)


# Verbs of saying and claiming in the five languages (an auxiliary before them, "a annoncé",
# "ha annunciato", is the one word _SAYS lets through).
_SAY_VERBS = (
    r"said|says|declared|declares|announced|announces|claimed|claims|"
    # "Abiy Ahmed annonce la prise de Mekele" (tig-09)
    r"annonce|annoncé|affirme|affirmé|anuncia|anunció|afirma|afirmó|asegura|aseguró|indicó|"
    r"informó|dijo|anunciou|afirmou|informou|disse|annuncia|annunciato|affermato|"
    # the participles after an auxiliary: "Ilham Aliyev, ha anunciado" (nkw-11)
    r"anunciado|declarado|afirmado|déclaré|dichiarato|"
    # "La Guardia nazionale ucraina sostiene che Ilovaisk ... è ormai sotto il controllo delle
    # forze governative" (ukr-02)
    r"sostiene|sostengono|soutient|soutiennent|" + _CLAIM_VERBS
)
# A name that speaks: "Moscow said", "Moscou a revendiqué"
_SAYS = re.compile(rf"\s+(?:\w+\s+)?(?:{_SAY_VERBS})(?!\w)")
# A leader speaks after an apposition's comma and a few words: "El presidente de Azerbaiyán,
# Ilham Aliyev, ha anunciado" (nkw-11), "Ilham Aliev a par ailleurs annoncé" (nkw-05)
_LEADER_SAYS = re.compile(rf",?\s+(?:[\w-]+\s+)?(?:[a-zà-ÿ]+\s+){{0,2}}?(?:{_SAY_VERBS})(?!\w)")
# Anyone speaking in the sentence, or a quotation: a capture told in the passive is then a
# claim ("la ciudad de Selidovo ha sido liberada por completo", indicó el ministerio, kur-06)
_SAID = re.compile(
    rf"\b(?:{_SAY_VERBS}|according to|según|selon|segundo|secondo)(?!\w)|[\"“”«»]", _FLAGS
)


# "Il ministero della Difesa di Mosca ha annunciato" (kursk-07): the state a ministry is of
_MINISTRY_OF = re.compile(
    r"\b(?:ministry|ministero|ministerio|ministério|ministère)\b[^,.;]{0,25}\s(?:of|di|de|da|du)\s+$",
    _FLAGS,
)
# "..., the ministry said" (kursk-12), "O Ministério da Defesa afirmou" (kursk-13): a state's
# military speaking without naming its state is the article's state
_OWN_MILITARY = re.compile(
    r"\b(?:(?:defen[cs]e|war)\s+ministry|ministry\s+of\s+defen[cs]e|the\s+ministry\s+said|"
    r"general\s+staff|ministero\s+della\s+difesa|ministerio\s+de\s+defensa|"
    r"ministério\s+da\s+defesa|ministère\s+de\s+la\s+défense|estado-maior|état-major)\b",
    _FLAGS,
)


# "The government, which describes the retreat as a defeat, said on Saturday that its forces
# had retaken Woldiya" (tad-14): the article's government speaks for its own army
_GOVERNMENT_SAYS = re.compile(
    r"\b(?:the|le|el|o|il)\s+(?:federal\s+|central\s+)?(?:government|gouvernement|gobierno|"
    rf"governo)(?:,[^,.;]{{0,80}},)?\s+(?:\w+\s+)?(?:{_SAY_VERBS})(?!\w)",
    _FLAGS,
)


def _state_speaker(sentence: Sentence) -> str | None:
    """The state whose army the sentence says acted or spoke, as an actor name: a country (or
    its capital) with its army or a verb of saying, or whose ministry speaks, or a leader who
    speaks ("President Ilham Aliyev said Azerbaijan had ...", nk-02)."""
    text = sentence.text
    for p in sentence.places:
        if p.kind != "region" and _MINISTRY_OF.search(text, max(0, p.start - 60), p.start):
            return army_of(p.country)
        if p.kind == "city":
            if _SAYS.match(text, p.end):
                return army_of(p.country)  # "Moscow said", "Moscou a revendiqué"
            continue
        # "La Russie a revendiqué jeudi la prise de Koupiansk" (kup-09)
        if p.kind == "region" or not (_STATE_AFTER.match(text, p.end) or _SAYS.match(text, p.end)):
            continue
        return army_of(p.country)
    for m in find_leaders(text):
        code = LEADERS[m.group(0).replace("’", "'")]
        if len(code) == 2 and _LEADER_SAYS.match(text, m.end()):
            return army_of(code)
    return None


def _unnamed(sentence: Sentence, ctx: Context, previous_actor: str | None) -> str | None:
    """Who took a place when no actor is the verb's subject: the state that speaks, else the
    previous sentence's actor, else the military speaking (the army named with its staff, else
    the article's own), else its rebel."""
    own_army = None
    if own := _OWN_MILITARY.search(sentence.text):
        # "a déclaré le chef d'état-major de l'armée russe" (kup-09): the army named with it,
        # else the article's own
        named = [a for a in sentence.actors if own.end() <= a.start <= own.end() + 12]
        if named and named[0].side == "state":
            own_army = _resolve(named[0], ctx)
        elif ctx.focus:
            own_army = army_of(ctx.focus)
    return (
        _state_speaker(sentence)
        or _side_speaker(sentence, ctx)
        or (ctx.government if _GOVERNMENT_SAYS.search(sentence.text) else None)
        or previous_actor
        or own_army
        or ctx.rebel
    )


# A side's spokesman: "\"Our heroic forces have extended their control over the whole city of
# Tarhuna,\" GNA spokesman Mohamad Gnounou wrote" (lw-10); "Ahmad al-Mesmari, spokesman of
# Haftar's self-styled Libyan National Army" (lw-01).
_SPOKESMAN_AFTER = re.compile(rf"\s+(?:military\s+)?{_SPOKESMAN}\b", _FLAGS)
_SPOKESMAN_OF = re.compile(
    rf"\b{_SPOKESMAN}\s+(?:of|for|de|du|del|da|do|di)\s+[^,.;]{{0,24}}$", _FLAGS
)


def _side_speaker(sentence: Sentence, ctx: Context) -> str | None:
    """The side whose spokesman speaks in the sentence, if a named one."""
    text = sentence.text
    for a in sentence.actors:
        if a.actor is not None and (
            _SPOKESMAN_AFTER.match(text, a.end)
            or _SPOKESMAN_OF.search(text, max(0, a.start - 60), a.start)
        ):
            return _resolve(a, ctx)
    return None


# The actor of a place taken by rebels, insurgents or militants the article does not name (it
# names no armed group, or several)
UNNAMED_REBELS = "rebels"


def _resolve(match: ActorMatch | None, ctx: Context) -> str | None:
    if match is None:
        return None
    if match.actor is not None:
        return match.actor
    if match.side == "rebel":
        # "Islamist insurgents seized the strategic port town of Mocimboa da Praia" (moc-02):
        # unless the article names exactly one armed group, the rebels stay unnamed
        return ctx.rebel or UNNAMED_REBELS
    return ctx.government


def _date_for(sentence: Sentence, verb_start: int, ctx: Context) -> tuple[bool, date | None]:
    """(old, date): the first dated phrase after the verb, else the last one before it."""
    # "la prima rivendicazione di una riconquista dal 6 agosto" (kursk-07): a since-date is
    # when a period began, not when the place was taken
    dates = [
        d for d in sentence.dates
        if not SINCE_BEFORE.search(sentence.text, max(0, d.start - 12), d.start)
    ]  # fmt: skip
    after = [d for d in dates if d.start >= verb_start]
    before = [d for d in dates if d.start < verb_start]
    pick = after[0] if after else (before[-1] if before else None)
    if pick is None:
        return False, None
    if pick.kind == "year":
        return pick.last.year < ctx.published.year, None
    if pick.earlier_month(ctx.published):
        # "lanzaron una ofensiva ... en diciembre de 2023, tomaron Wad Madani" (wm-05, a
        # held-out article read when this session's dates lost its capture: README caveats)
        return True, None
    return False, pick.first if pick.days == 1 else None


# A claim called false is no one's control: "The claim by Junta that it has controlled Woldia is
# false," its statement said (mek-12)
_FALSE_CLAIM_RE = re.compile(
    r"\b(?:claims?|reports?|allegations?)\b[^.;]{0,80}\b(?:is|are|was|were)\s+(?:false|untrue|"
    r"baseless|unfounded|fake|not true)\b",
    _FLAGS,
)


def control_in(
    sentence: Sentence, ctx: Context, previous_actor: str | None = None
) -> list[Control]:
    """The control facts of one sentence."""
    return [f.control for f in _control_at(sentence, ctx, previous_actor)]


def _verb_matches(status: str, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    if status == "captured":
        return list(finditer_at(pattern, text, _CAPTURED_STARTS.starts(text)))
    return list(pattern.finditer(text))


def _control_at(sentence: Sentence, ctx: Context, previous_actor: str | None) -> list[_Found]:
    text = sentence.text
    out: list[_Found] = []
    if not sentence.places and not _PLACE_WORDS.search(text):
        return out  # control is about towns and regions; no place named, nothing to do
    present = _GATE.present(text)
    if not present or _FALSE_CLAIM_RE.search(text):
        return out
    withdrawals = list(_WITHDRAWAL.finditer(text)) if "withdrawal" in present else []
    verbs = [(s, _verb_matches(s, p, text)) for s, p in _SVO if s in present]
    fells = list(_FELL.finditer(text)) if "fell" in present else []
    passives = list(_PASSIVE.finditer(text)) if "passive" in present else []
    restored = list(_RESTORED.finditer(text)) if "restored" in present else []
    losses = list(_LOST.finditer(text)) if "lost" in present else []
    if not (
        withdrawals
        or losses
        or any(found for _, found in verbs)
        or fells
        or passives
        or restored
        or ("which" in present and _WHICH.search(text))
    ):
        return out
    actors = sentence.actors

    def add(place: PlaceMatch, actor: str | None, status: ControlStatus, verb_start: int) -> None:
        if actor is None:
            return
        old, when = _date_for(sentence, verb_start, ctx)
        if old or _YEARS_AGO.match(text, place.end):
            # "captured Aleppo in 2016", "who took the capital Sanaa five years ago" (ade-09):
            # history
            return
        out.append(
            _Found(
                place.start,
                Control(
                    place=place.canonical,
                    actor=actor,
                    status=status,
                    date=when,
                    sentence=text,
                    country=place.country,
                ),
            )
        )

    taken: set[int] = set()
    for m in withdrawals:
        who = [a for a in actors if m.start("who") <= a.start < m.end("who")]
        actor = _resolve(who[0], ctx) if who else None
        for place in _object_places(sentence, m.end()):
            add(place, actor, "withdrawn", m.start())
            taken.add(place.start)
    for m in losses:
        loser = [a for a in actors if a.end <= m.start() and not _POSSESSIVE.match(text, a.end)]
        if not loser or _NEGATED.search(text, max(0, m.start() - 20), m.start()):
            continue
        for place in [p for p in _object_places(sentence, m.end(), ctx) if p.start not in taken]:
            # the side named after "to", else the loser's enemy in the article
            to = _TO_WINNER.match(text, place.end)
            winner = [a for a in actors if to and to.end() <= a.start <= to.end() + 16]
            if winner:
                actor = _resolve(winner[0], ctx)
            elif loser[-1].side == "rebel":
                actor = ctx.government
            else:
                actor = ctx.rebel or UNNAMED_REBELS
            add(place, actor, "captured", m.start())
            taken.add(place.start)
    # "restored its sovereignty over Karabakh" (nk-02), "raised his country's flag over"
    for m in restored:
        for place in _object_places(sentence, m.end()):
            if place.start not in taken:
                add(place, _state_speaker(sentence) or ctx.government, "captured", m.start())
                taken.add(place.start)
    for status, found in verbs:
        for m in found:
            if _NEGATED.search(text[max(0, m.start() - 20) : m.start()]) or _DENIED_THAT.search(
                text, max(0, m.start() - 130), m.start()
            ):
                continue
            # what a side claims the capture of is a place: "l'armée russe revendique la prise
            # de Tchassiv Iar" (tor-13); what it claims control of need not be ("announced
            # control of the Engineering Battalion", seed 000)
            named = status == "claimed" and _CONTROL_OF.search(m.group(0)) is None
            objects = _object_places(sentence, m.end(), ctx, named=named)
            places = [p for p in objects if p.start not in taken]
            if not places:
                continue
            # "Paramilitary fighters at war with Sudan's army entered Wad Madani" (gezira-04):
            # the army after "with" is no subject
            subject = [
                a for a in actors
                if a.end <= m.start()
                and (
                    not _PREP_BEFORE.search(text, 0, a.start)
                    # "backs the government against the Huthi rebels who took the capital
                    # Sanaa" (ade-09): the subject of the relative clause
                    or _WHO_BEFORE_VERB.fullmatch(text, a.end, m.start())
                )
                and not _POSSESSIVE.match(text, a.end)
            ]  # fmt: skip
            actor = (
                _resolve(subject[-1], ctx) if subject else _unnamed(sentence, ctx, previous_actor)
            )
            if status == "contested" and (
                _DEFENDERS_LEFT.search(text, m.end())
                or _PEACEFULLY.search(text, max(0, m.start() - 14), m.start())
            ):
                status_here: ControlStatus = "captured"
            elif status == "captured" and _AIM.search(text, max(0, m.start() - 12), m.start()):
                status_here = "contested"
            elif (
                status == "captured"
                and subject
                and _SPOKESMAN_SAID.search(text, 0, subject[-1].start)
            ):
                # "Spokesman Ahmed Mismari told reporters the LNA was also in control of
                # Tarhouna" (tri-02): a side's spokesman speaking claims
                status_here = "claimed"
            else:
                status_here = status
            if status_here == "contested" and _DEFENDING.match(m.group(0)):
                # "Ukrainian units are fighting in Vovchansk" (kh-05): a state's army fighting
                # in its own country defends the place; the attacker is the one contesting it
                places = [p for p in places if GOVERNMENT_OF.get(p.country) != actor]
            if status_here == "contested":
                # "The fighting for Tripoli has killed 739 people" (tri-10): a toll's subject
                places = [p for p in places if not _HAS_KILLED.match(text, p.end)]
            for place in places:
                add(place, actor, status_here, m.start())
                taken.add(place.start)
    for place in sentence.places:
        if place.start in taken or place.demonym or place.kind == "country":
            continue
        which = _WHICH_SEIZED.match(text[place.end :])
        if which:
            subject = [a for a in actors if a.end <= place.start]
            inside = [a for a in actors if place.end <= a.start < place.end + which.end()]
            pick = inside[0] if inside else (subject[0] if subject else None)
            add(place, _resolve(pick, ctx) if pick else ctx.rebel, "captured", place.end)
            taken.add(place.start)
    # someone saying so makes a passive capture, or a place in someone's hands, a claim
    passive_status: ControlStatus = (
        "claimed"
        if (passives or any(m.group("held") for m in fells)) and _SAID.search(text)
        else "captured"
    )
    for m, passive in [*((m, False) for m in fells), *((m, True) for m in passives)]:
        if not passive and m.group("held") and _SINCE_HELD.search(text, 0, m.start()):
            continue  # "depuis que Bukavu est aux mains de l'AFC/M23" (uv-01): background
        follow = [a for a in actors if m.end() <= a.start <= m.end() + 40]
        actor = _resolve(follow[0], ctx) if follow else None
        if not follow and passive:
            actor = _unnamed(sentence, ctx, previous_actor)
        elif not follow and m.group("alone"):
            # "Jalalabad, the main city of the east, has fallen without a fight" (afg-08): to
            # the side that has been taking towns
            actor = previous_actor or ctx.rebel
        holders = [
            p for p in sentence.places
            if not p.demonym and p.kind != "country" and p.end <= m.start()
            and (
                not re.search(r"[,;]", text[p.end : m.start()])
                # "Shire, another town, had fallen to federal troops" (tig-05)
                or _APPOSED.fullmatch(text, p.end, m.start())
            )
        ]  # fmt: skip
        if (
            passive
            and (town := _TOWN_SUBJECT.match(text))
            and (not holders or holders[0].start >= town.end(1))
        ):
            # "La ville de Tchassiv Iar, bastion de l'armée ukrainienne ..., « a été libérée »"
            # (tor-13): the sentence's subject says it is a town
            holders = [t for t in [_adhoc(sentence, ctx, town.start(1), town.end(1))] if t]
        including = _INCLUDING.match(text[m.end() :])
        objects = _object_places(sentence, m.end() + including.end()) if including else []
        towns = passive and not holders and _TOWNS_BEFORE.search(text, 0, m.start())
        if towns and (listed := _COLON_LIST.match(text, m.end())):
            objects = _object_places(sentence, listed.end(), ctx)
        if passive and holders:
            # "the villages of Yampil, Novoselivka, Shandryholove, Drobysheve and Stavky had
            # been liberated" (lym-03): every place of the list before the verb
            last = holders[-1]
            before = [p for p in sentence.places if p.kind != "country" and not p.demonym]
            holders = joined_run(text, [last, *(p for p in reversed(before) if p.end < last.start)])
        else:
            holders = holders[-1:]
        for target in [*holders, *objects]:
            if target.start in taken:
                continue
            taker = actor
            if passive and not follow and _LIBERATED.search(m.group(0)):
                taker = _state_speaker(sentence) or previous_actor or army_of(target.country)
            said = passive or m.group("held")
            add(target, taker, passive_status if said else "captured", m.start())
            taken.add(target.start)
    out.sort(key=lambda f: f.offset)
    return out


def extract_control(ctx: Context) -> list[tuple[int, int, Control]]:
    """Every control fact of the article as (sentence index, offset, fact), in order."""
    out: list[tuple[int, int, Control]] = []
    previous: str | None = None
    for sentence in ctx.sentences:
        found_here = _control_at(sentence, ctx, previous)
        for found in found_here:
            out.append((sentence.index, found.offset, found.control))
            previous = found.control.actor
        if not found_here and _CLAIMS_UNNAMED.search(sentence.text):
            # "Russia's Defence Ministry said ... its troops had recaptured 10 settlements"
            # (kursk-12): the next sentence's list of names is that state's claim
            previous = _state_speaker(sentence) or previous
    return out


# A capture claimed without the places' names: "had recaptured 10 settlements".
_CLAIMS_UNNAMED = re.compile(
    r"\b(?:captured|seized|recaptured|retaken|retook|liberated|taken)\s+(?:\w+\s+){0,2}"
    r"(?:settlements|villages|towns|localities)\b",
    _FLAGS,
)
