"""Displacement and casualty figures: how many, of what, who says so, where, as of when.

A number is a figure only when a counted word governs it ("280,000 people have been displaced",
"killed at least 20"); populations ("home to 2 million people", seed 001) and war-long totals
("the conflict ... has left 500,000 people dead", seed 001) are background, not news. A number
without a counted word that refers back to a figure ("the number could skyrocket to 1.5 million",
seed 000) inherits what it counts from the previous figure in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from bot.facts.context import AGENT_COMPOUND, ARMY_AFTER, UNIT_NOUNS, Context, Sentence
from bot.facts.dates import EVENT_DATE_BEFORE, MONTH, find_dates
from bot.facts.numbers import NumberMatch, find_numbers, parse_number
from bot.facts.places import (
    LIST_JOIN_RE,
    PlaceMatch,
    country_name,
    country_of_adjective,
    find_places,
    joined_run,
)
from bot.facts.text import LIST_ROW
from bot.models import Figure

_DISPLACED = (
    r"internally displaced|displaced|displacing|displacements?|fled|flee|flees|fleeing|uprooted|"
    r"forced (?:to flee )?(?:from|out of) their homes|forced to flee|refugees?|idps?|evacuated|"
    r"made homeless|homeless|driven from their homes|"
    # "have now driven more than 76,000 people in Afar from their homes" (mek-11)
    r"from their homes|"
    # "40,965 people had to leave their homes" (haiti-04), "forced to leave El-Fasher"
    r"(?:had|forced|obliged) to leave(?: their homes)?|left their homes|"
    r"forced from their homes|returnees|"
    # "the number of people who have lost their homes stands at almost 123,000" (nc-10),
    # "près de 190'000 personnes ont perdu leur habitation" (nc-14)
    r"lost their homes|perdu leurs? (?:habitations?|maisons?|logements?|foyers?)|"
    r"perdieron sus (?:casas|viviendas|hogares)|perderam (?:as |suas )?casas|"
    r"perso (?:la |le )?(?:loro |propria |proprie )?(?:casa|case|abitazion[ei])|"
    # "forced an estimated 15,000 residents ... to seek safety in Bosso" (bos-06)
    r"(?:seek|sought|seeking)\s+safety|"
    # "more than 115,000 have sought refuge in neighbouring countries" (khartoum-10)
    r"(?:sought|found|taken|seeking|trouvé|buscado|buscaron|encontraram|cercato)\s+(?:refuge|"
    r"refugio|refúgio|rifugio)|"
    # "62,263 people left El-Fasher" (fasher-04), "Only 800 people have managed to leave
    # Falluja" (fal-02); pt/es/fr: "moradores deixaram", "dejaron"
    r"(?:people|residents|civilians|families)\s+(?:have\s+|had\s+)?(?:left|(?:managed|been "
    r"able)\s+to\s+(?:leave|escape))|"
    # "some 80,000 residents moved out of a 20-kilometer radius around the plant" (tohoku-02)
    r"(?:people|residents|civilians|families)\s+(?:have\s+|had\s+)?moved\s+out\s+of|"
    r"deixaram|dejaron sus casas|ont quitté|hanno lasciato|"
    # "han obligado a 1,080 personas a salir de sus casas" (mel-01), "las personas que tuvieron
    # que abandonar sus viviendas" (mel-04)
    r"(?:salir|abandonar|huir)\s+de\s+sus\s+(?:casas|viviendas|hogares)|"
    r"abandonar\s+sus\s+(?:casas|viviendas|hogares)|"
    # "ao menos 400 pessoas tiveram de deixar suas casas" (nep-01)
    # ("tiveram de abandonar as suas casas", sl-15)
    r"(?:deixar|abandonar)\s+(?:as\s+)?(?:suas\s+)?(?:casas|residências|moradias)|"
    # es / pt / fr / it (dana, rs, goma-07): desplazados, desalojados, déplacés, sfollati...
    # "el desplazamiento de más de 250 personas" (cat-02)
    r"desplazamientos?|déplacements? forcés?|deslocamentos?|"
    # "forzó la evacuación de unas 600 personas" (val-02)
    r"(?:evacuaci[oó]n|évacuation|evacuação|evacuazione|evacuation)\s+(?:de|of|di|da)\b|"
    # "ha obligado a desplazarse a al menos 9.000 personas" (mar-01), "Al menos 430.000
    # personas se han desplazado dentro de Ucrania" (ukr-14)
    r"se (?:han|ha|habían|había) desplazado|se desplazaron|se deslocaram|"
    r"desplazarse|desplazad[oa]s|desalojad[oa]s|desabrigad[oa]s|deslocad[oa]s|evacuad[oa]s|"
    r"refugiad[oa]s|fora de casa|fuera de sus casas|han huido|huyeron|huido|fugiram|"
    r"déplacé(?:e|s|es)?|deplace(?:e|s|es)?|réfugiés|ont fui|sfollat[io]|profughi|"
    # "Plus de 350 000 Nigériens ont dû fuir leur foyer" (niger-04), "231 819 personnes
    # avaient quitté leur domicile"
    # ("ont été forcées de quitter leur logement", cam-01)
    r"fuir\s+leurs?\s+(?:foyers?|domiciles?|maisons?|logements?)|"
    # "Quelque 500 000 personnes ont dû quitter leur maison" (som-04), "quasi 800mila persone
    # hanno dovuto lasciare la propria casa" (som-07)
    r"quitt(?:é|er)\s+leurs?\s+(?:foyers?|domiciles?|maisons?|logements?)|sono fuggit[ie]|"
    r"lasciare\s+(?:la\s+propria|le\s+proprie|la\s+loro|le\s+loro)\s+"
    r"(?:casa|case|abitazion[ei])|"
    # "Plus de 76.000 personnes évacuées" (kursk-04), "200 pessoas foram retiradas" (kursk-02)
    r"évacué(?:e|s|es)?|evacuat[ie]|evacuate|evacuare|retirad[oa]s|"
    # "las autoridades han evacuado a 35.829 civiles" (tcb-06)
    r"evacuado|evacuada|evacuaron|evacuó|evacuou|evacuaram|relocated|"
    # "Thailand has moved about 40,000 civilians from 86 villages to safer areas" (tcb-01),
    # "4,000 people ... had been moved to evacuation centres" (tcb-04)
    r"(?:moved|taken|brought)\s+to\s+evacuation\s+cent(?:re|er)s|"
    r"to\s+(?:safer\s+(?:areas|places|locations|ground)|safety|safe\s+(?:areas|places|locations))|"
    r"(?:costrette|costretti) a lasciare|"
    # "sono 360.000 i civili che ... hanno dovuto lasciare la valle di Swat" (swt-07)
    r"(?:hanno|avevano|ha) dovuto lasciare|"
    # "Près de 800.000 personnes ont été mises à l'abri" (fani-01), "conduites vers des lieux
    # sûrs", "messe in salvo", "puestas a salvo"
    r"mis(?:e|es)? à l['’]abri|mis(?:e|es)? en sécurité|en lieu sûr|vers des lieux sûrs|"
    r"mess[eio] in salvo|puest[oa]s a salvo|"
    # "mil personas se han quedado sin vivienda" (yaku-02), "175 han quedado sin hogar"
    # (yaku-13): homeless, in es / pt / fr / it
    r"sin (?:vivienda|hogar|techo)|sem (?:casa|teto|abrigo)|sans[- ]abris?|senza (?:casa|tetto)"
)
_KILLED = (
    r"killed|killing|dead|died|deaths?|death toll|lost their lives|fatalities|slain|martyred|"
    # (not "ministers from several countries and international bodies", ace-06)
    r"massacred|(?<!local\s)(?<!international\s)(?<!governing\s)(?<!regional\s)bodies|"
    # "se han recuperado 32 cadáveres" (chm-07); not "cuerpos", "corps" (of troops, of police)
    r"cad[aá]veres|cadavres|cadaveri|cuerpos sin vida|corpos sem vida|"
    # the singular after "one": "una persona muerta por sumersión" (sara-03), "un mort"
    r"muert[oae]s?|fallecid[oa]s?|víctimas mortales|victimas mortales|murieron|asesinad[oa]s?|"
    r"mort(?:[oae]?s|[oae])?|óbitos|obitos|morreram|tué(?:e|s|es)?|tue(?:e|s|es)|décès|"
    r"fallecieron|perdieron la vida|perderam a vida|sont mortes?|sono mort[ie]|"
    r"morti|uccis[ie]|vittime|"
    # "Altre 15 persone hanno perso la vita in Georgia" (hel-02), "Au moins 25 personnes ont
    # par ailleurs péri en Caroline du Sud" (hel-05)
    r"(?:ha|hanno) perso la vita|persone morte|decedut[ie]|péri|périrent|ont perdu la vie|"
    # "Al menos 15 personas han muerto en el norte de Mozambique" (mzc-03), "fez cinco vítimas
    # mortais" (mzc-02)
    r"(?:han|ha|habían|había|hayan) (?:muerto|fallecido)|murió|falleció|"
    r"morreu|morrido|vítimas mortais|vitimas mortais|"
    # the verbs of killing: "a tempestade já matou seis pessoas na Grécia" (thes-05)
    r"matou|mataram|matando|mató|mataron|uccidendo|"
    # "los ataques aéreos ... acabaron con la vida de al menos 324 civiles" (ale-08), "ont coûté
    # la vie à", "è costato la vita a", "custou a vida a"
    r"acab(?:aron|ó|an|a) con la vida de|(?:han |ha )?acabado con la vida de|"
    r"(?:costó|costaron|cuesta|ha costado) la vida a|coûté la vie à|costat[oa] la vita a|"
    r"cust(?:ou|aram) a vida a"
)
_INJURED = (
    r"wounded|wounding|injured|injuring|injuries|hurt|"
    r"herid[oa]s|ferid[oa]s|blessé(?:e|s|es)?|blesse(?:e|s|es)|ferit[ie]"
)
_CASUALTIES = r"casualties|casualty toll"
# Counted only when the sentence says where people went across a border (see _flow):
# "UNHCR has registered 100,000 crossings from Lebanon into Syria" (leb-04).
_CROSSED = r"crossings|border crossings|crossed|arrivals|arrived|have entered|entered"
_COUNTED_RE = re.compile(
    rf"\b(?:(?P<disp>{_DISPLACED})|(?P<killed>{_KILLED})|(?P<injured>{_INJURED})"
    rf"|(?P<cas>{_CASUALTIES})|(?P<flow>{_CROSSED}))\b",
    re.IGNORECASE,
)
# A flow across a border: a verb of movement, then the country people went to, with the one
# they left when it is named ("crossed the border from Lebanon into Syria", leb-10; "have
# crossed into Syria", leb-05; "fled to Chad"; "arrived in Armenia").
_FLOW_VERB_RE = re.compile(
    rf"\b(?:{_CROSSED}|crossing|fled|flee|flees|fleeing|sought refuge|poured|streamed|"
    # "9,000 have found refuge in Mauritania" (mnn-02)
    r"found refuge|taken refuge|took refuge|"
    # "driven more than 150,000 refugees into neighbouring Chad" (dar-05)
    r"driven|"
    # "some 4,000 South Sudanese refugees ... have gone back to South Sudan" (khartoum-05)
    r"gone back|went back|returned|returning|"
    r"huyeron|ont fui|fugiram|arrivés|arrivées|llegaron|chegaram|"
    # "más de 300 los ciudadanos colombianos que se han desplazado hacia Venezuela" (cat-03)
    r"desplazad[oa]s?(?=\s+hacia\b)|desplazaron(?=\s+hacia\b))\b",
    re.IGNORECASE,
)
# ("have so far fled Darfour for Chad", dar-01)
_INTO_RE = re.compile(
    r"\b(?:into|to|in|for|en|vers|para|a|nach|hacia)\s+(?:neighbou?ring\s+)?$", re.I
)
_FROM_RE = re.compile(r"\b(?:from|de|desde|da|du|dal)\s+$", re.I)
# "the number could skyrocket to 1.5 million" (seed 000): refers back to the previous figure.
_ANAPHOR_RE = re.compile(
    r"\b(?:the|this|that|which|these)\s+(?:\w+\s+)?(?:number|figure|toll|total|count|tally)\b",
    re.I,
)
_PROJECTION_RE = re.compile(
    # ("may" in lower case: "On 31 May an assault ... left nine people dead", bos-06, is a date)
    r"\b(?:could|(?-i:may)|might|would|expected to|expects|expect|projected|projections?|"
    r"forecasts?|forecast to|"
    # "The death toll in Miyagi Prefecture alone ... will likely top 10,000" (tohoku-02)
    r"will (?:likely|probably)|"
    r"at risk|risk of|likely to|feared|fears?|set to rise|on track to|estimated to reach|"
    r"scenario|worst case|"
    # "Le centre sismologique turc, lui, s'attend à un bilan d'au moins 500 morts" (van-01)
    r"s['’]attend(?:ent)? à|"
    r"podría|podrían|poderia|poderiam|pourrait|pourraient|potrebbe|potrebbero|"
    # "até 20 mil pessoas podem ter morrido" (derna-14)
    r"podem ter|pode ter|pueden haber|puede haber|peuvent avoir|possono essere)\b",
    re.IGNORECASE,
)
# People a relative clause in a past tense counts: "who have fled", "qui ont fui"
_DONE_RELATIVE_RE = re.compile(
    r"\b(?:who|that|qui|que|quienes|che)\s+(?:have|has|had|ont|avaient|han|habían|hanno|avevano|"
    r"têm|tinham)\s+(?:already\s+|déjà\s+|ya\s+|già\s+|já\s+)?[^\W\d]+",
    re.I,
)
# Background, not news: populations (seed 001 "home to 2 million people") ...
_POPULATION_RE = re.compile(
    r"\b(?:home to|population|inhabitants|residents of|people live|people who live|"
    r"living in|city of|"
    r"población|população|habitants|abitanti|habitantes)\b",
    re.I,
)
# ... and the people a toll weighs on: "the toll on the estimated 100,000 ethnic Tamil
# civilians packed into what is left of rebel territory" (sl-10)
_TOLL_ON_RE = re.compile(r"\btoll\s+on(?:\s+the)?(?:\s+(?:estimated|some|about))?$", re.I)
# ... and totals over a whole war (seed 001 "has left 500,000 people dead",
# "since the start of the war in 2011").
_WAR_TOTAL_RE = re.compile(
    r"\b(?:conflict|war|civil war|uprising)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:since\s+)?"
    r"(?:left|killed|claimed|displaced|uprooted|forced)\b"
    r"|\bsince the (?:start|beginning|outbreak) of the (?:civil )?war\b"
    # "The UN puts the war's toll at more than 24,000 dead" (zz-02); "depuis le début de la
    # guerre en avril 2023, plus de 9 millions de personnes" (zz-07)
    r"|\bthe (?:war|conflict)['’]s (?:death )?toll\b"
    # "Em 37 anos de guerra civil ... morreram 70 mil pessoas" (sl-15)
    r"|\b(?:in|en|em|nei|dans)\s+(?:\d+|[a-z]+)\s+(?:years|años|anos|ans|anni|decades|décadas|"
    r"décennies|decenni)\s+(?:of|de|di|d['’])\s+(?:civil\s+)?(?:war|guerra|guerre|conflict|"
    r"conflicto|conflito|conflitto)\b"
    r"|\b(?:depuis le début|desde el (?:inicio|comienzo)|desde o início|dall['’]inizio) "
    r"(?:de la |du |de |da |do |della |del )?(?:guerre|conflit|guerra|conflicto|conflito|conflitto)"
    # ... with its year: "depuis le début du conflit en avril" is still El Geneina's (gen-06)
    r"\s+(?:en|em|in|a|nel)\s+(?:\w+\s+)?(?:19|20)\d\d\b"
    # "at war since April 2023, with at least 40,000 people killed ... nationwide" (fasher-08),
    # "the war ..., which began in April 2023" (fasher-04)
    r"|\b(?:at war|war|conflict|fighting)\b[^.;]{0,60}?\b(?:since|began in|started in|"
    r"broke out in)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b"
    # ... in French, Spanish, Portuguese and Italian: "La guerre civile, déclenchée en décembre
    # 2013, a déjà tué quelque 50 000 personnes" (jub-05)
    r"|\b(?:guerre|guerra|conflit|conflicto|conflito|conflitto)\b[^.;]{0,60}?\b(?:depuis|desde|"
    r"déclenchée?|commencée?|éclaté|iniciad[ao]|comenzó|empezó|estalló|começou|iniciou|"
    r"eclodiu|iniziat[ao]|scoppiat[ao]|cominciat[ao])\s+(?:(?:en|em|in|nel|a)\s+)?"
    r"(?:\w+\s+){0,2}(?:19|20)\d\d\b"
    # "La guerra ha provocato decine di migliaia di morti ...: ... gli sfollati superano i 2
    # milioni" (jub-14)
    r"|\b(?:guerre|guerra|conflit|conflicto|conflito|conflitto)\b[^.;]{0,60}?\b(?:ha|han|hanno|a|"
    r"ont|tem|têm)\s+(?:déjà\s+|ya\s+|già\s+|já\s+)?(?:provocato|provoqué|provocado|causado|"
    r"causato|causé|fatto|fait|dejado|deixado|lasciato|laissé|tué|matado|ucciso)\b"
    # ("nationwide" alone only says the figure is the country's: "about 982 deaths ... across
    # the country", pak-02)
    r"|\b(?:in the last \d+ years|en los últimos \d+ años)\b"
    r"|\b(?:over|during|throughout) the (?:course of the )?(?:\w+[- ]year )?(?:civil )?war\b",
    re.IGNORECASE,
)
# ... unless the war is this crisis: "The conflict has killed more than 3,000 people since
# April, according to the United Nations" (ukr-11) dates its start by a month without a year
_RECENT_START_RE = re.compile(
    r"\b(?:since|depuis|desde|dal|da)\s+(?:(?:mid|early|late)-?\s*|(?:le |el |o )?début |"
    rf"(?:principios|mediados|finales) de )?{MONTH}\b"
    r"(?![\s,]*(?:de\s+|del\s+)?(?:19|20)\d\d)"
)
# (but "talks aimed at ending a war that has killed more than 9,000 people ... since April"
# (gen-11) tells the war in passing)
_A_WAR_RE = re.compile(r"\ba (?:war|conflict) (?:that|which)\b", re.I)
# ("il più forte a Taiwan dal 1999, quando una scossa ... uccise 2.400 persone", tw-08)
_IN_YEAR_RE = re.compile(
    r"\b(?:in|of|from|de|del|di|do|da|du|en|em|nel|dal|depuis|desde)\s+$", re.I
)
_AS_OF_RE = re.compile(r"\b(?:as of|as at|by|through|until)\s+(?:the\s+)?$", re.I)
_SINCE_RE = re.compile(r"\bsince\b", re.I)
_REPORTING_RE = re.compile(
    r"\b(?:reported|reports|said|says|released|according|announced|stated|told|published|"
    r"estimated|estimates|figures|data|update|"
    r"según|segundo|selon|secondo|informó|informou|anunció|anunciou|annoncé|indiqué|"
    r"dijo|disse|ha detto|a déclaré|boletim|balance|bilan|bilancio)\b",
    re.IGNORECASE,
)

# Reporters, longest first: "the UN Office for the Coordination of Humanitarian Affairs" is
# OCHA, not "UN" (seed 001).
_REPORTERS: tuple[tuple[str, str], ...] = (
    (r"UN Office for the Coordination of Humanitarian Affairs|United Nations Office for the "
     r"Coordination of Humanitarian Affairs|UN humanitarian office|OCHA", "OCHA"),
    (r"UN refugee agency|United Nations refugee agency|UN High Commissioner for Refugees|United "
     r"Nations High Commissioner for Refugees|UNHCR", "UNHCR"),
    (r"International Organization for Migration|UN migration agency|IOM|"
     r"Organización Internacional para las Migraciones|Organisation internationale pour les "
     r"migrations|Organização Internacional para as Migrações|OIM", "IOM"),
    (r"World Food Programme|World Food Program|WFP", "WFP"),
    (r"UN children's agency|UN children’s agency|UNICEF|Unicef", "UNICEF"),
    (r"World Health Organization|World Health Organisation|WHO|"
     r"Organización Mundial de la Salud|Organisation mondiale de la santé|OMS", "WHO"),
    (r"International Committee of the Red Cross|ICRC|Red Cross", "ICRC"),
    (r"Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF", "MSF"),
    (r"Syrian Observatory for Human Rights|SOHR|Britain-based war monitor|"
     # "the Observatory" alone, not "Turkey's Kandilli Observatory" (van-02)
     r"(?<=[Tt]he )Observatory", "SOHR"),
    (r"Internal Displacement Monitoring Centre|IDMC", "IDMC"),
    (r"UNRWA", "UNRWA"),
    (r"(?i:health ministry)|Ministry of Health|(?i:ministerio de sanidad)|(?i:ministère de la "
     r"santé)|(?i:ministério da saúde)", "Health Ministry"),
    (r"Defesa Civil|Defensa Civil|Protezione civile|protezione civile|civil defence agency|"
     r"civil defense agency|Civil Defence|Civil Defense", "Civil Defence"),
    (r"Centro de Integración de Datos|CID", "CID"),
    (r"Sudan Doctors Network|Sudan Doctors' Network|(?i:red de médicos sudaneses)|"
     r"(?i:réseau des médecins soudanais)", "Sudan Doctors Network"),
    (r"United Nations|U\.N\.|UN|ONU|Naciones Unidas|Nations unies|Nações Unidas", "UN"),
)  # fmt: skip
_REPORTER_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_REPORTERS))
    + r")(?!\w)"
)


# "The official death toll from the 7.7 magnitude earthquake ... has reached 1,700"
# (quake-06), "o número de mortes ... subiu para dez" (rs-01), "i morti salgono a 2.719": the
# counted word is the subject, far before the number; the verb right before the number says so.
_TOLL_SUBJECT_RE = re.compile(
    r"\b(?:death toll|toll|number of (?:dead|deaths|people killed|victims)|número de "
    r"(?:muertos|mortos|mortes|fallecidos|víctimas)|cifra de (?:muertos|fallecidos|víctimas)|"
    r"bilan|bilancio|i morti|"
    # "as mortes no Rio Grande do Sul já somam 78" (rs-07)
    r"(?:as|os|las|los|les|i|gli)\s+(?:mortes|mortos|muertes|muertos|fallecidos|morts|"
    r"décès|morti|vittime|óbitos)"
    # "le persone uccise dallo sciame sismico sono salite a 41" (kum-06)
    r"|(?:persone|personas|pessoas|personnes)\s+(?:uccise|morte|muertas|fallecidas|mortas|tuées))\b",
    re.I,
)
_TOLL_VERB_RE = re.compile(
    r"\b(?:reached|reaches|rose to|risen to|rises to|climbed to|climbs to|stands at|stood at|"
    r"hit|passed|crossed|exceeded|topped|to|at|asciende a|ascendió a|se eleva a|se elevó a|"
    r"ha ascendido a|ascendido a|ha aumentado a|aumentado a|ha subido a|llega a|alcanza|"
    r"subió a|subiu para|sobe para|chega a|chegou a|somam|s'élève à|dépasse|atteint|"
    r"salito a|salgono a|sale a|salite a|saliti a)\s+$",
    re.I,
)
# A toll and the one it changed to: "The death toll rose from 73 to 108", "The toll, which
# stood at eight on Friday, had climbed to 16 by Saturday" (fani-05): the later is the toll.
_CHANGED_TO_RE = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|went up|soared|gone up|"
    r"passé|passée|grimpé|monté|montée|subió|aumentó|ascendió|subiu|aumentou|salito|salita)"
    r"\s+(?:from\s+\S+\s+|de\s+\S+\s+)?(?:to|à|a|al|para)\s+$",
    re.I,
)
# The new total some more deaths bring a toll to: "rescuers ... recovered seven more
# elsewhere, taking the confirmed death toll in the Chamoli disaster to 50" (chm-10), "cinq
# nouveaux morts lundi, ce qui porte à sept le nombre de décès" (per-03), "Dos personas
# murieron ... en Ayacucho ..., con lo que ya son diez los muertos" (per-04). The places
# before it are the new deaths', not the total's.
_BRINGING_TO_RE = re.compile(
    r"\b(?:bringing|taking|pushing|raising|lifting|llevando|elevando|portant|portando|levando)"
    r"\s+(?:the|its|el|la|le|o|a|il)\s+(?:[\w-]+\s+){0,2}?(?:toll|tally|count|total|number|"
    r"bilan|balance|cifra|número|bilancio|balanço)(?:\s+[\w-]+){0,5}?\s+(?:to|à|a|al|para)\s+$"
    r"|\b(?:ce qui|lo que|lo cual|il che|o que)\s+(?:ya\s+|déjà\s+|già\s+|já\s+)?"
    r"(?:porte|eleva|elevan|lleva|porta|portano|son|suman|sono|somam|são|sobe)"
    r"\s+(?:(?:à|a|para)\s+)?$",
    re.I,
)


# "the roughly two million people who live in and around the city" (goma-01), "More than
# 800,000 South Sudanese refugees live in Sudan" (khartoum-05)
_LIVE_AFTER_RE = re.compile(
    r"\s*(?:(?:people|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+refugees|refugees)\s+)?"
    r"(?:who\s+live|living|live)\b"
    # "almost one million Afghan refugee cardholders already living in Iran" (afg-04)
    r"|\s*(?:[\w-]+\s+){0,3}?(?:already|still)\s+(?:living|live)\b"
)
# Households: the same people in other units (_NOT_VICTIMS_RE, _HOUSEHOLDS_RE).
# ("an estimated 2,871 IDP HHs (20,097 people)", mar-02: the humanitarian shorthand)
_HOUSEHOLDS = (
    "households|HHs|ménages|hogares|domicílios|families|familles|familias|famílias|famiglie"
)
# "10,000 more soldiers and police officers" (dana-07), "28 municípios" (rs-05), "600 tonnes",
# "55 mil torcedores": a number that counts things or responders is never a victim count.
_NOT_VICTIMS_RE = re.compile(
    r"\s*(?:(?:more|new|additional|other|extra|international|remaining|displacement|evacuation|"
    # "in the 77 remaining displacement sites" (tcb-14), "in five Cambodian provinces" (tcb-11)
    # "The wind and rain killed 17,280 domestic animals" (fani-08)
    r"temporary|domestic|farm|fresh|confirmed|suspected|cholera|(?-i:[A-Z][\w-]+))\s+){0,2}"
    r"(?:soldiers|troops|police|provinces|districts|regions|states|departments|"
    r"officers|personnel|volunteers|voluntários|voluntarios|rescuers|aid workers|workers|"
    r"trucks|vehicles|buildings|houses|schools|monasteries|bridges|beds|fans|torcedores|"
    # "foram parcialmente destruídas 66 salas de aula em quatro escolas" (mzc-04)
    r"classrooms|salas de aula|salas de clase|salles de classe|aule|escolas|escuelas|écoles|"
    r"seats|tonnes|tons|flights|passengers|municipalities|municípios|municipios|"
    r"communes|cities|cidades|towns|villages|sites|camps|firms|companies|journalists|"
    r"militaires|soldados|policías|policiais|centres|centers|shelters|clinics|hospitals|"
    r"attacks|strikes|air ?strikes|raids|drones|missiles|rockets|"
    # "three boats carrying refugees capsized" (roh-02)
    r"boats|vessels|ships|buses|convoys|"
    # "186 dignity and hygiene kits distributed to displaced women" (cat-06)
    r"(?:[\w-]+\s+){0,3}?kits|"
    # "Over 727,000 livestock have died" (pak-06), "4,000 head of livestock" (som-11), "six
    # international organisations" (khartoum-06)
    r"livestock|cattle|animals|goats|sheep|camels|poultry|head of (?:cattle|livestock)|"
    r"countries|organisations|"
    # "12,059 fresh infections in a day, while the death count climbed" (chm-02): a disease's
    # cases are no victims of the disaster
    r"infections|cases|infecciones|contagios|casos|contagi|"
    r"organizations|agencies|edifici|edificios|edifícios|bâtiments|acres|hectares|"
    # "843,130 individuals (168,354 households)" (khartoum-12): the same people in other units
    + _HOUSEHOLDS
    + r"|"
    # a group within the victims: "Fifty children and 94 women are among the dead" (leb-01),
    # "77 health workers had been killed" (leb-07): a sub-count, not the toll
    r"(?:\w+\s+)?(?:women|children|men|girls|boys|minors|babies|infants|students|pupils|"
    r"teachers|doctors|nurses|medics|paramedics|health workers|healthcare workers|"
    r"medical workers|ambulance crew(?: members)?|crew members|rescue workers|first responders|"
    r"employees|staff|staff members|peacekeepers|UN staff|mujeres|niños|niñas|menores|"
    r"femmes|enfants|mulheres|crianças|donne|bambini))\b",
    re.I,
)
# Soldiers are counted when they are the dead: "At least 23 Pakistani troops were martyred"
# (paf-02), not when they are sent ("10,000 more soldiers", dana-07).
_FORCES_KILLED_RE = re.compile(
    r"\s*(?:(?-i:[A-Z][\w-]+)\s+)?(?:soldiers|troops|militaires|soldados|soldats|soldati|"
    r"police(?:\s+officers)?|officers|personnel|peacekeepers)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_KILLED})\b",
    re.I,
)
# ... but not the bodies two sides hand over: "devolverán los cuerpos de 6.000 soldados
# fallecidos" (ist-08)
_BODIES_OF_RE = re.compile(
    r"\b(?:bodies|remains|cuerpos|restos|corps|dépouilles|corpos|salme|corpi)\s+"
    r"(?:of|de|des|dos|di|dei)\s+(?:the\s+)?$",
    re.I,
)
# "more than 200 Taliban and affiliated terrorists were killed" (paf-02), "Twenty-five
# militants were killed — 15 in the Spinwam area ... and 10 in the Ghaki area" (paf-11): a
# combatant's claim of the losses it inflicted is no toll, nor are its parts
# (tests/corpus/README.md, gold conventions)
_FIGHTERS_AFTER_RE = re.compile(
    r"\s*(?:(?:and|affiliated|armed|suspected|other|more|(?-i:[A-Z][\w-]*))\s+){0,3}?"
    r"(?:militants|insurgents|terrorists|jihadists|khawarij|insurgentes|terroristas|yihadistas|"
    r"militantes|terroristes|jihadistes|insurgés|terroristi|jihadisti)\b",
    re.I,
)
# "nine of its troops died" (goma-02), "92 de los 95 fallecidos" (dana-04), "155 of them": a
# part of a count given elsewhere, not a count of its own.
_PART_OF_RE = re.compile(
    r"\s+(?:of|de|dos|das|des|di|su)\s+(?:its|their|them|those|these|los|las|ellos|ellas|"
    r"os|as|les|eux|i|gli|le)\b"
    # "Ten of the bodies have not yet been identified" (kh-09), "among the dead"
    r"|\s+of\s+the\b|\s+(?:\w+\s+){0,2}?(?:are|were|is|was)\s+among\b"
    # "in 16 of Sudan's 18 states" (khartoum-12): a share of another count
    r"|\s+of\s+(?:\w+['’]s\s+)?\d",
    re.I,
)
# "This article was first published on 28 March 2025" (quake-14): an archive page resurfacing;
# its figures are as old as the page.
_ARCHIVE_RE = re.compile(
    r"\b(?:first|originally) published\b|\bFROM OUR ARCHIVE\b"
    # "ARCHIVES — Cet article a été publié le 6 février 2023" (tsq-12)
    r"|\bARCHIVES?\b.{0,40}\b(?:publié|publicado|pubblicato|published)\b",
    re.I,
)
# Embedded social posts ("— @handle, 3 de maio de 2024") repeat older figures (rs-04).
_EMBED_RE = re.compile(r"[—–-]\s*@\w+|pic\.twitter\.com|^🚨")
# A day number in brackets after a weekday: "neste domingo (5)", "sábado (4)" (rs-05, rs-07).
_WEEKDAY_BRACKET_RE = re.compile(
    r"(?:domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|"
    r"lunes|martes|miércoles|jueves|viernes|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday)\s*\($",
    re.I,
)
# "2 million residents" is a population; "33,000 residents fled El-Fasher" (fasher-03) is not.
_RESIDENTS_RE = re.compile(
    rf"\s*(?:inhabitants|residents)\b"
    rf"(?!\s+(?:\w+\s+){{0,2}}?(?:{_DISPLACED}|{_KILLED}|moved out)\b)",
    re.I,
)

# The people affected are none of the counted (tests/corpus/README.md), whatever verb came
# before them: "deixou dois mortos e mais de 120 mil pessoas afetadas" (sara-08) ...
_AFFECTED = (
    r"affected|afectad[oa]s|afetad[oa]s|touchée?s|affecté(?:e|s|es)|sinistré(?:e|s|es)|colpit[ei]|"
    # "près de 190'000 personnes ont perdu leur habitation et plus de 1,1 million ont subi des
    # dégâts matériels" (nc-14)
    r"(?:ont )?subi des (?:dégâts|dommages)|(?:han )?sufrido daños|sufrieron daños|"
    r"(?:têm )?sofrido danos|sofreram danos"
)
# The words for people that stand between a number and what it counts, in five languages
_PEOPLE = r"people|persons|personnes|personas|pessoas|persone"
_AFFECTED_AFTER_RE = re.compile(
    rf"\s*(?:(?:{_PEOPLE})\s+)?"
    r"(?:(?:were|have been|had been|fueron|han sido|foram|ont été|sono state)\s+)?"
    rf"(?:{_AFFECTED})\b",
    re.I,
)
# ... or that a verb of theirs counts: "Los afectados por la tormenta Sara superan los 140,000"
# (sara-11)
_AFFECTED_RE = re.compile(rf"\b(?:{_AFFECTED})\b", re.I)
_AFFECTED_BEFORE_RE = re.compile(
    rf"\b(?:{_AFFECTED})(?:\s+[^\W\d]+){{0,5}}?\s+"
    r"(?:number|total|exceed|exceeds|reach|reached|rose to|are|were|superan|suman|son|"
    r"ascienden a|llegan a|alcanzan|somam|são|passam de|chegam a|sont|dépassent|atteignent|"
    r"sono|superano)\s+(?:los\s+|las\s+|os\s+|as\s+|les\s+|i\s+|le\s+)?$",
    re.I,
)
# "among them" in five languages: "Al menos 34 personas, entre ellas dos niños, murieron" (ryd-14)
_AMONG_THEM = r"among them|entre (?:ellas|ellos|eles|elas)|parmi (?:eux|elles)|tra cui|tra loro"
# Who the counted may be, said in passing between commas: "at least 18 people, possibly
# migrants and refugees, have been found dead" (ev-04)
_ASIDE_RE = re.compile(
    rf"(?:{_PEOPLE})?\s*,\s*(?:possibly|probably|"
    r"presumably|mostly|mainly|many of them|most of them|believed to be|thought to be|"
    r"including|posiblemente|probablemente|sobre todo|principalmente|possivelmente|"
    r"probablement|surtout|pour la plupart|forse|probabilmente|soprattutto|"
    + _AMONG_THEM
    + r")\b[^,]{0,60},",
    re.I,
)


# The whole a part is taken from: "al menos 30.000 de los 100.000 habitantes de Derna han
# tenido que abandonar sus hogares" (derna-07)
_BASE_OF_RE = re.compile(r"\d\s+(?:of\s+the|de\s+l[oa]s|des|dos|das|dei|degli|delle)\s+$", re.I)
# "près de 3 000 tués ou blessés" (leb-03), "killed or wounded": the dead and the injured in
# one number, which is neither the death toll nor a count a series can follow.
_EITHER_RE = re.compile(
    rf"\s*(?:or|ou|o|oppure|and/or)\s+(?:(?:{_KILLED})|(?:{_INJURED}))\b", re.IGNORECASE
)
# Ages: "Four children between seven and 14 years old were among the dead" (ip-04)
_AGE_AFTER_RE = re.compile(
    r"(?:\s+(?:and|to|or|y|et|e)\s+(?:\d+|\w+)|\s*[-–]\s*\d+)?"
    r"(?:\s+years?[ -]old|-year-old|\s+years of age|\s+(?:ans|años|anos|anni)\b)"
    # "A man in his 60s also died" (tw-04)
    r"|['’]?s\b",
    re.I,
)
# ... and a person's age between commas after the name: "Former MLB pitcher Octavio Dotel, 51,
# was pulled from the rubble but died in hospital" (jet-06); "Mario Salvatierra, de 60 años, y
# Marcelo Terrazas Seleme, de 48, murieron" (bol-01).
_NAME_COMMA_RE = re.compile(r"\b[A-Z][a-zà-ÿ]+, (?:de |di )?$")
# The missing are no toll: "four people had died and 13 were missing" (kakh-06)
# Deaths told by cause: "avec 16 décès par noyade et 31 par effondrement ; elle est suivie de
# Tahoua (15 noyades et 13 effondrements)" (niger-03). Two or more in a sentence are the
# parts of a toll by cause, none of them a place's toll.
_BY_CAUSE_AFTER_RE = re.compile(
    r"\s*(?:(?:décès|morts?|deaths?|muertes|muertos|mortes|morti)\s+)?"
    r"(?:(?:par|by|from|due to|por|per|dus?\s+à)\s+(?:des\s+|la\s+|une?\s+)?)?"
    r"(?:noyades?|effondrements?|électrocutions?|drownings?|ahogamientos?|derrumbes?|"
    r"annegamenti|afogamentos?|desabamentos?)\b",
    re.I,
)


def _by_cause(text: str, numbers: list[NumberMatch]) -> set[int]:
    """The starts of the numbers that count deaths by cause, when two or more do."""
    found = {n.start for n in numbers if _BY_CAUSE_AFTER_RE.match(text, n.end)}
    return found if len(found) > 1 else set()


_MISSING = r"missing|unaccounted|disparu|desaparecid|dispers"
_MISSING_AFTER_RE = re.compile(
    rf"\s+(?:(?:{_PEOPLE})\s+)?(?:(?:were|are|remain|"
    rf"still|sont|restent|están|siguen|estão|seguem|sono)\s+)*(?:{_MISSING})",
    re.I,
)
_MISSING_RE = re.compile(rf"\b(?:{_MISSING})", re.I)
# Deaths not yet confirmed are no toll: "Outros sete óbitos estão em investigação" (rs-05),
# "estão sendo investigados" (rs-06)
_UNCONFIRMED_AFTER_RE = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,2}?(?:are|is|were|remain|están|estão|sont|sono|siguen|seguem)\s+"
    r"(?:still\s+)?(?:under|being|em|en|sous|in|sendo|siendo)\s+(?:investigation|investigated|"
    r"investigad[oa]s|investigação|"
    r"investigación|enquête|indagine|verification|verificação|verificación)",
    re.I,
)
# "The total number of people displaced in Lebanon ... has risen to nearly 1.2 million"
# (leb-06): the counted word is in the subject, before the verb that leads to the number.
_NUMBER_OF_RE = re.compile(
    rf"\b(?:number|total|tally|count|toll)\s+of\s+(?:\w+\s+){{0,2}}?"
    # "put the number of people who have crossed into Bangladesh since then at an estimated
    # 370,000" (roh-04)
    r"(?:(?:who|that)\s+(?:have\s+|has\s+|had\s+)?)?"
    rf"(?:(?P<disp>{_DISPLACED})|(?P<killed>{_KILLED})|(?P<injured>{_INJURED})"
    rf"|(?P<flow>{_CROSSED}))\b",
    re.IGNORECASE,
)
# "the total number of attacks since the start to 9,073" (leb-07): the number of something
# else, never a reference back to the previous figure.
_NUMBER_OF_OTHER_RE = re.compile(r"^\s+of\s+(?!people\b|persons\b|those\b|victims\b)\w+", re.I)
# Words that start a part of a figure: "37 morts, dont 30 dans le seul comté de Buncombe"
# (hel-05), "including 50 children", "of whom 12 were women".
_PART_WORDS = (
    r"including|includes|among whom|of whom|of which|of those|incluidos|incluyendo|"
    r"dont|parmi lesquels|parmi lesquelles|incluindo|" + _AMONG_THEM + "|"
    # "12 muertos y cinco desaparecidos, la mayoría en la provincia de Lieja" (ahr-04)
    # ("between 10,000 and 20,000 people, most of them women and children, had fled Darfur into
    # Chad", khartoum-05, is a description, not a part)
    # "killed 96 people ..., mainly in Hirshabelle, South West and Jubaland states" (som-09)
    r"(?:most of them|la mayoría|la plupart|a maioria|la maggior parte|mainly|mostly|"
    r"principalmente|principalement|surtout|soprattutto|sobre todo)"
    r"(?=\s+(?:in|en|dans|em|no|na|nel|nella)\b)"
)
# A part of a toll given elsewhere.
_SUBSET_BEFORE_RE = re.compile(
    rf"\b(?:{_PART_WORDS}|including at least|"
    # "Entre los muertos hay siete firmantes de paz" (cat-04)
    r"(?:among|entre|parmi|tra)\s+(?:the|los|las|les|os|as|i)\s+(?:dead|victims|muertos|"
    r"víctimas|morts|victimes|mortos|vítimas|morti|vittime),?\s+(?:are|were|hay|figuran|"
    r"figurent|há|estão|ci sono))\s+$",
    re.IGNORECASE,
)
# Households counted in passing, after the people they make up ("from 6,259 families",
# "372,565 people, or 79,009 families, have been displaced", boh-08).
_HOUSEHOLDS_RE = re.compile(rf"\s+(?:{_HOUSEHOLDS})\b", re.I)
_HOUSEHOLDS_BEFORE_RE = re.compile(rf"{_FROM_RE.pattern}|,\s*(?:or|ou|o|soit)\s+$", re.I)
# Inside a part's aside: "including seven women and 19 children" (bdf-13).
_PART_ASIDE_RE = re.compile(rf"\b(?:{_PART_WORDS})\s+[^,;.]*$", re.I)
# A total restated to split it: "Of the 2,189 dead, 1,832 were in the South department"
# (hq-08); the parts are the figures.
_TOTAL_SPLIT_RE = re.compile(
    # "Entre os dois mortos está uma criança de três anos" (sara-08)
    r"\W*(?:Of|Among|Sur|De|Dos|Das|Dei|Delle|Degli|Entre|Parmi|Tra|Fra) "
    r"(?:the|les|los|las|os|as|i|le|gli)\s+$"
)
# People in shelters or hosted somewhere are a subset of the displaced, counted where they
# stay, not where they fled from: "Some 1.4 million displaced Palestinians are sheltering in
# the city" (rafah-04), "Chouf district hosts the largest group, 29,100 IDPs" (leb-04),
# "173,000 displaced people are registered in official shelters" (leb-07).
_SHELTER_RE = re.compile(
    # (not where people were taken: "moved to evacuation centres", tcb-04)
    r"(?<!\bto )\b(?:shelter(?:s|ing|ed)?|sheltering|collective (?:centres|centers|shelters)|"
    r"evacuation cent(?:re|er)s|(?:relief|safety|welfare) (?:camps|cent(?:re|er)s)|"
    r"host(?:s|ed|ing)?|staying (?:in|with)|accommodated|"
    r"abris|hébergé(?:e|s|es)?|albergues?|abrigos?|alojad[oa]s|"
    # "L'est du Tchad accueille déjà plus de 400.000 réfugiés soudanais" (khartoum-08)
    r"accueill\w*|acoge|acogen|acogía|acolhe|acolhem|accoglie|accolgono)\b",
    re.IGNORECASE,
)
# "about 150,000 internally displaced people in 750 collective centres" (leb-04)
_IN_SHELTERS_RE = re.compile(
    r"(?:\s+people)?\s+(?:in|at)\s+[\d,]+\s+(?:\w+\s+)?(?:centres|centers|shelters|schools|camps)\b",
    re.I,
)
# Aid for a number of people is a target, not a count: "to feed, treat and school up to one
# million displaced people" (leb-12), "its flash appeal ... for the hundreds of thousands
# displaced in the south" (leb-09).
_AID_TARGET_RE = re.compile(
    r"\b(?:to (?:feed|help|assist|reach|support|school|treat|house|shelter|serve|provide)|"
    r"appeal\b[^.;]{0,40}\bfor|aims? to|target(?:s|ing)?|plans? to|pledged?|funding for|"
    # "un appel de 633,7 millions de dollars pour venir en aide à près de 892 000 réfugiés"
    # (zz-07)
    r"pour (?:venir en aide|aider|assister|soutenir)|para (?:ayudar|asistir|atender|ajudar|"
    r"assistir|apoiar)|per (?:aiutare|assistere|sostenere))\b",
    re.IGNORECASE,
)


_PUNCT_RE = re.compile(r"[,;.](?!\d)")
# A thing between a number and the people it is for counts the things: "two airdrops for the
# refugees" (sin-04)
_THINGS_FOR_RE = re.compile(
    rf"(?!(?:{_PEOPLE})\b)[^\W\d]+\s+(?:for|para|pour)\s+(?:(?:the|les|los|las|os|as)\s+)?", re.I
)
# A camp is named by the people it holds: "refugee camp", "campo profughi", "camp de réfugiés"
_CAMP_AFTER_RE = re.compile(r"\s+camps?\b", re.I)
_CAMP_BEFORE_RE = re.compile(
    r"\b(?:camps?|campo|campi|campos|campamentos?)\s+(?:(?:de|di|per)\s+)?$", re.I
)
# A rate's base: "1.8 deaths per 10,000" (som-06)
_PER_BEFORE_RE = re.compile(r"\b(?:per|por cada|ogni)\s+$", re.I)
# Not a comparison after a word of more or others: "more than", "más que", "più di"
_NOT_COMPARED = r"(?!\s+(?:than|que|di|de)\b)"
# An increment is no total: "at least 2,200 more had been uprooted" (goma-01); but "three more
# died in Salin Township" is that place's first count (moc-05): a name in the rest of the
# clause keeps it
_MORE_AFTER_RE = re.compile(
    r"\s+(?:more|additional|de plus|más|in più|a mais)\b"
    + _NOT_COMPARED
    + r"(?![^,.;:]*\b(?-i:[A-ZÀ-Ý]))",
    re.I,
)
# Lives at risk count no one: "750.000 vidas están en peligro" (dar-12)
_AT_RISK_RE = re.compile(
    r"\s+(?:lives|vidas|vies|vite)\s+(?:(?:are|were|están|estaban|sont|étaient|sono|erano|"
    r"estão|estavam)\s+)?(?:at risk|in danger|en peligro|en danger|in pericolo|a rischio|"
    r"em risco|em perigo)\b",
    re.I,
)
# "or even" and a larger number after a count's word: the count's upper bound
_OR_EVEN_RE = re.compile(
    r",?\s+(?:voire|or even|ou même|o incluso|o hasta|ou até|o addirittura|o perfino)\s+", re.I
)


def _clause_end(text: str, pos: int) -> int:
    """The end of the clause `pos` is in: the next comma, semicolon or full stop."""
    stop = _PUNCT_RE.search(text, pos)
    return stop.start() if stop else len(text)


_ELLIPSIS_IN_RE = re.compile(r"\s+(?:in|en|em|no|na|nos|nas|nel|nella|dans)\s", re.I)


@dataclass(frozen=True)
class _Hit:
    number: NumberMatch
    part: str  # "disp", "killed", "injured", "cas", or "anaphor"
    status: str
    end: int  # end of the counted word


def reporter_in(text: str) -> str | None:
    """The canonical reporter named in a sentence, preferring one in an attribution."""
    found: list[tuple[int, str]] = []
    for m in _REPORTER_RE.finditer(text):
        name = next(_REPORTERS[int(k[1:])][1] for k, v in m.groupdict().items() if v is not None)
        found.append((m.start(), name))
    if not found:
        return None
    for start, name in found:
        if _REPORTING_RE.search(text[max(0, start - 40) : start + 80]):
            return name
    return found[0][1]


def _clause_start(text: str, pos: int, floor: int) -> int:
    cut = max(text.rfind(",", floor, pos), text.rfind(";", floor, pos), text.rfind(":", floor, pos))
    return max(floor, cut + 1)


_PUNCT_ONLY = re.compile(r"[^\w]+")
# Places, and the sides of a fight, counted in passing: "in five Cambodian provinces",
# "At least 115 soldiers from the two rival forces in South Sudan died" (jub-02)
_PLACES_COUNTED_RE = re.compile(
    rf"\s+(?:(?-i:[A-Z][\w-]+)\s+)?(?:{UNIT_NOUNS}|villages|towns|cities|communes|countries|"
    r"pueblos|aldeias|villaggi|comuni|"
    r"(?:rival|warring|opposing)\s+(?:forces|sides|armies|factions|parties|camps))\b",
    re.I,
)


_INHABITANTS_RE = re.compile(r" +(?:inhabitants|habitants|habitantes|abitanti)\b", re.I)
# No one of the people after it: "où aucun mort n'a été signalé" (boh-10)
_NO_ONE_BEFORE_RE = re.compile(
    r"\b(?:aucun|aucune|ningún|ninguna|nessun|nessuna|nenhum|nenhuma)\s+$", re.I
)
# Words between a number and its counted word that say nothing of what is counted.
_AUX_GAP_RE = re.compile(
    rf" *(?:(?:{_PEOPLE}|have|has|had|were|was|been|are|"
    r"debieron|tuvieron|que|han|fueron|ser|sido|son|ont|été|dû|être|sont|foram|tiveram|de|"
    r"sono|stati|state|hanno|dovuto|essere|"
    # "au moins sept personnes ont été tuées et plus de 700 autres blessées" (tw-03)
    r"others|other|autres|otros|otras|outros|outras|altri|altre) +){0,4}",
    re.I,
)


# A noun of nationality after a number, perhaps an aside, and "and": "400 Lebanese, most of them
# civilians, and" (leb-04); the next number's own noun of nationality and the counted word
_NATIONALS_AND_RE = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:,\s+[^,\d]{1,40},)?\s+(?:and|y|et|e)\s+")
_SHARED_COUNTED_RE = re.compile(
    rf"\s+[A-ZÀ-Ý][a-zà-ÿ]+{_AUX_GAP_RE.pattern}(?:{_COUNTED_RE.pattern})", re.I
)


# The figure the article gave before, that others are added to: "À ces 160.000 déplacés
# s'ajoutent 34.000 personnes réfugiées" (cam-01), "To these ... must be added"
_TO_THESE_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:to|à|a|ai|alle)\s+(?:these|ces|estos|estas|estes|esses|essas|questi|queste)\s+$",
    re.I,
)


def _hits(text: str, numbers: list[NumberMatch], by_cause: set[int]) -> list[_Hit]:
    hits: list[_Hit] = []
    prev_end = 0
    fighters = False  # the previous number counted fighters
    # an older toll the figure is compared with ("more than the 6,434 people who died in the
    # 1995 quake", tohoku-07) is no figure
    compared = {m.end() for m in _COMPARED_RE.finditer(text)}
    for k, n in enumerate(numbers):
        after_fighters, fighters = fighters, bool(_FIGHTERS_AFTER_RE.match(text, n.end))
        if (
            fighters
            or _PLACES_COUNTED_RE.match(text, n.end)
            or n.start in by_cause
            or n.start in compared
        ):
            continue  # (nor "in cinque Stati americani", hel-02: places, not people)
        if _MORE_AFTER_RE.match(text, n.end):
            continue  # "at least 2,200 more had been uprooted" (goma-01): an increment, no total
        if _AT_RISK_RE.match(text, n.end):
            continue  # "750.000 vidas están en peligro" (dar-12): lives at risk, no one counted
        if _TO_THESE_BEFORE_RE.search(text, max(0, n.start - 12), n.start):
            continue  # "À ces 160.000 déplacés s'ajoutent 34.000 réfugiés" (cam-01): told before
        # a part given in passing ("More than 16,000 people, 14,000 of them Sudanese, have
        # entered Egypt", khartoum-06) or in brackets ("843,130 individuals (168,354
        # households) have been internally displaced", khartoum-12) does not cut a figure
        # from its counted word
        later = (
            m
            for m in numbers[k + 1 :]
            if not _PART_OF_RE.match(text, m.end)
            and text[m.start - 1 : m.start] != "("
            # "32,754 people from 6,259 families had been displaced" (bdf-02): households
            and not (
                _HOUSEHOLDS_BEFORE_RE.search(text, max(0, m.start - 8), m.start)
                and _HOUSEHOLDS_RE.match(text, m.end)
            )
            # "A total of 71 people, including seven women and 19 children, have died" (bdf-13)
            and not _PART_ASIDE_RE.search(text, max(0, m.start - 50), m.start)
            # "172,000 people in five Cambodian provinces have had to leave their homes"
            # (tcb-11), "40,000 civilians from 86 villages" (tcb-01): places counted in passing
            and not _PLACES_COUNTED_RE.match(text, m.end)
        )
        following = next(later, None)
        next_start = following.start if following else len(text)
        window_start = _clause_start(text, n.start, prev_end)
        before = text[window_start : n.start]
        before_words = before.split()[-6:]
        before_tail = " ".join(before_words)
        after_text = text[n.end : next_start]
        # "Thirteen foreign soldiers serving with the UN mission and a southern African force
        # were killed" (goma-02): the counted word can come a dozen words later
        # (quotes and guillemets are no words: "ont été « temporairement » évacués", kursk-04)
        after_words = [w for w in after_text[:160].split() if not _PUNCT_ONLY.fullmatch(w)][:16]
        after_tail = " ".join(after_words)
        part: str | None = None
        end = n.end
        # a counted word right after the number wins ("700 tuées et 2 800 blessées", goma-07),
        # else the governing verb before it: "killed at least 20 people and wounded 45"
        found_before = list(_COUNTED_RE.finditer(before_tail))
        # (through auxiliaries only: "murieron y más de 1.000 debieron ser evacuadas", bb-01)
        aux = _AUX_GAP_RE.match(after_text)
        gap = aux.end() if aux else 0
        right_after = _COUNTED_RE.match(after_text[gap : gap + 40])
        if right_after and _CAMP_AFTER_RE.match(after_text, gap + right_after.end()):
            continue  # "in one refugee camp" (som-12): camps, not people
        if right_after:
            part = next(k for k, v in right_after.groupdict().items() if v)
            end = n.end + gap + right_after.end()
        elif after_fighters:
            continue  # a part of the fighters' count
        elif _AFFECTED_BEFORE_RE.search(before):
            continue  # the affected's number, whatever counted word comes after it
        elif _MOST_DEAD_BEFORE_RE.search(text, max(0, n.start - 80), n.start):
            part = "killed"  # "el departamento con más víctimas mortales, con 10" (per-07)
        elif found_before and not _INHABITANTS_RE.match(after_text):
            # (a town's inhabitants are counted by no verb before them: "altri morti in questa
            # città di 350.000 abitanti", bb-07; "76.000 habitants ... ont été évacués",
            # kursk-04, by the one after)
            part = next(k for k, v in found_before[-1].groupdict().items() if v)
        else:
            # (what happened to them comes after who they may be)
            aside = _ASIDE_RE.match(after_tail)
            m = _COUNTED_RE.search(after_tail, aside.end() if aside else 0)
            while m and (
                _CAMP_AFTER_RE.match(after_tail, m.end())
                or _CAMP_BEFORE_RE.search(after_tail, 0, m.start())
            ):
                # "in one refugee camp", "il più grande campo profughi" (som-12, som-15): a
                # camp is named by the people it holds, who are not counted there
                m = _COUNTED_RE.search(after_tail, m.end())
            if (
                m
                and not re.search(r"\baccording to\b", after_tail[: m.start()], re.I)
                # "Cebu, deuxième ville du pays avec 2,3 millions d'habitants ..., où aucun mort
                # n'a été signalé" (boh-10): no one is counted
                and not _NO_ONE_BEFORE_RE.search(after_tail, 0, m.start())
                # "two airdrops for the refugees" (sin-04): the number counts the thing
                and not _THINGS_FOR_RE.fullmatch(after_tail, 0, m.start())
                # "o número de vítimas mortais ... subiu para 59 nas regiões centro e norte,
                # e o de feridos está agora em 82" (gom-12): "that of" the injured is the next
                # figure's subject
                and not _THAT_OF_RE.search(after_tail, 0, m.start())
                # "have stranded nearly three million people in Bangladesh and killed two"
                # (bdf-02): a verb right before the next number is that number's (and
                # through the Spanish "a" of persons: "donde Oscar ... mató a ocho personas",
                # cub-13)
                and not (
                    next_start < len(text)
                    and after_text.rstrip().removesuffix(" a").endswith(m.group(0))
                )
            ):
                part = next(k for k, v in m.groupdict().items() if v)
                end = n.end + after_text.find(m.group(0)) + len(m.group(0))
            elif (
                following
                and _NATIONALS_AND_RE.fullmatch(after_text)
                and (shared := _SHARED_COUNTED_RE.match(text, following.end))
            ):
                # "Some 400 Lebanese, most of them civilians, and 35 Israelis have been
                # killed" (leb-04): two peoples' counts share the verb after the second
                part = next(k for k, v in shared.groupdict().items() if v)
            elif _TOLL_VERB_RE.search(before[-24:]) and (
                subject := _NUMBER_OF_RE.search(text, 0, n.start)
            ):
                part = next(k for k, v in subject.groupdict().items() if v)
            elif _TOLL_VERB_RE.search(before[-24:]) and _TOLL_SUBJECT_RE.search(text[: n.start]):
                part = "killed"
            elif (
                (anaphor := _ANAPHOR_RE.search(before))
                and not _NUMBER_OF_OTHER_RE.match(before[anaphor.end() :])
                # "The number of people in state-run relief camps has fallen to about 150,000"
                # (sl-11): people in shelters are no figure's restatement
                and not _SHELTER_RE.search(before, anaphor.end())
                # "The number of people listed as missing there went back up to 116" (ahr-11):
                # the missing are no figure's restatement either
                and not _MISSING_RE.search(before, anaphor.end())
                # "The bulletin puts the number of people affected at 22,034" (sik-02)
                and not _AFFECTED_RE.search(before, anaphor.end())
            ):
                part = "anaphor"
            elif (
                hits
                and hits[-1].part == "killed"
                and hits[-1].number is numbers[k - 1]
                and _ELLIPSIS_IN_RE.match(after_text)
            ):
                # "more than 5,500 deaths ...: at least 1,400 in areas held by the government
                # and about 4,400 in the rebel-held north-west around Idlib" (tsq-07): the
                # counted word is left out of the parts of a toll (the number right after
                # one: "14,911 dead, ... about 2,000 people still missing in the Irrawaddy
                # region and about 500 in Yangon", nar-03, leaves out "missing")
                part = "killed"
        prev_end = n.end
        # "dozens killed", "thousands displaced": no figure a reader can follow, never news
        # (tests/corpus/README.md, gold conventions)
        if part is None or n.vague:
            continue
        if part in ("killed", "injured", "cas") and (
            _EITHER_RE.match(text, end)
            or _MISSING_AFTER_RE.match(text, n.end)
            or _UNCONFIRMED_AFTER_RE.match(text, n.end)
        ):
            continue
        near = text[max(0, n.start - 60) : n.start]
        clause_end = min(next_start, _clause_end(text, end))
        if (
            _SUBSET_BEFORE_RE.search(before)
            or _PART_ASIDE_RE.search(text, max(0, n.start - 50), n.start)
            or _TOTAL_SPLIT_RE.match(text, 0, n.start)
            or (part == "disp" and _SHELTER_RE.search(text, window_start, clause_end))
            or (part == "disp" and _SHELTER_RE.search(near) and "." not in near)
            or (part == "disp" and _IN_SHELTERS_RE.match(text, end))
            or _AID_TARGET_RE.search(near)
        ):
            continue
        if (
            _POPULATION_RE.search(before_tail)
            or _TOLL_ON_RE.search(before_tail)
            or _RESIDENTS_RE.match(after_text)
            or _AFFECTED_AFTER_RE.match(after_text)
            or _LIVE_AFTER_RE.match(after_text)
            or (
                _NOT_VICTIMS_RE.match(after_text)
                and not (_FORCES_KILLED_RE.match(after_text) and not _BODIES_OF_RE.search(before))
            )
            or _PART_OF_RE.match(text, n.end)
            or _AGE_AFTER_RE.match(text, n.end)
            or (
                n.value < 120
                and text.startswith(", ", n.end)
                and _NAME_COMMA_RE.search(text, max(0, n.start - 24), n.start)
            )
            or _BASE_OF_RE.search(text, max(0, n.num_start - 16), n.num_start)
            or _WEEKDAY_BRACKET_RE.search(text[max(0, n.start - 20) : n.start])
            or _PER_BEFORE_RE.search(text, max(0, n.start - 10), n.start)
        ):
            continue  # "home to 2 million people" (seed 001)
        scope = text[window_start:end]
        projected = _PROJECTION_RE.search(scope)
        if (
            projected
            and window_start + projected.start() < n.start
            and _DONE_RELATIVE_RE.search(text, n.end, end)
            and not _PROJECTION_RE.search(text, n.start, end)
        ):
            # "Retaking Mingora ... would open the way for some of the more than 2 million
            # people who have fled the conflict zone to start going home" (swt-12): the modal
            # is the main clause's; the people who have fled are counted
            projected = None
        status = "projection" if projected else "reported"
        if (even := _OR_EVEN_RE.match(text, end)) and (
            upper := next((m for m in numbers if m.start == even.end() and m.value > n.value), None)
        ):
            # "un bilan d'au moins 500 morts, voire 1 000" (van-01): up to the second number
            n = replace(upper, qualifier="up to", start=n.start)
        hits.append(_Hit(n, part, status, end))
    return hits


def _dates(
    sentence: Sentence, published: date
) -> tuple[date | None, date | None, tuple[int, int] | None]:
    """(as_of, since, old): `old` is the span of the sentence dated to an earlier year: the
    clause between semicolons the earlier date is in ("The collapse of Rana Plaza, now put at
    1,129 dead, ranks among the worst industrial accidents in the world; the Tazreen fire in
    November 2012 killed 112 workers", bag-16), else the whole sentence."""
    as_of: date | None = None
    since: date | None = None
    text = sentence.text
    old: tuple[int, int] | None = None

    def dated_old(at: int) -> tuple[int, int]:
        start = text.rfind(";", 0, at) + 1
        end = text.find(";", at)
        span = (start, end if end >= 0 else len(text))
        return span if old is None else (min(old[0], span[0]), max(old[1], span[1]))

    for d in sentence.dates:
        before = text[max(0, d.start - 60) : d.start]
        sinces = list(_SINCE_RE.finditer(before))
        # "Since the armed factions launched their offensive on November 27," (seed 000)
        is_since = bool(sinces) and not re.search(r"[,;]", before[sinces[-1].end() :])
        if d.kind == "year":
            # "since 2011", "in 2015", "celles de 2010" (pak-04): an earlier year's figure
            if (is_since or _IN_YEAR_RE.search(before)) and d.first.year < published.year:
                old = dated_old(d.start)
            continue
        if (d.last.year < published.year - 1 or d.earlier_month(published)) and not is_since:
            # "In January 2010 a magnitude 7.0 quake ... killed more than 200,000" (hq-01)
            old = dated_old(d.start)
            continue
        if EVENT_DATE_BEFORE.search(before):
            continue  # "le bilan du séisme du 28 mars" (quake-12): the event's date, not the toll's
        if is_since:
            since = since or d.first
        elif _AS_OF_RE.search(before):
            as_of = d.last  # "as of the end of November" -> 30 Nov (seed 001)
        elif as_of is None and _REPORTING_RE.search(before[-40:]):
            as_of = d.last  # "reported Monday", "released ... on Friday"
    event = _YEAR_EVENT_RE.search(text) or _DURING_WHICH_RE.search(text)
    if old is None and event and not _THAN_RE.search(text, 0, event.start()):
        old = (0, len(text)) if int(event.group(1)) < published.year else None
    return as_of, since, old


# A year that names an event: "the 2010 quake, which killed more than 200,000 people" (hq-03),
# "the 1999 Super Cyclone, which killed nearly 10,000 people" (fani-05) ("more than in the
# 1948 war", rafah-08, compares and is not dated)
# (nor "7,197 deaths ..., more than the 6,434 people who died in the 1995 quake that devastated
# Kobe", tohoku-07)
_COMPARED_RE = re.compile(r"\bthan\s+the\s+(?=\d)")
_THAN_RE = re.compile(r"\bthan(?: in)?\s+$|\bthan\s+(?:the\s+)?\d[\d,.]*\s+[^.;,]*$")
_YEAR_EVENT_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Ll]e|[Ll]a|[Ee]l)\s+((?:19|20)\d\d)\s+[^\W\d]")
# ... or is the date of the event a relative clause counts: "depuis l'opération « Pilier de
# défense » de novembre 2012, au cours de laquelle 177 Palestiniens avaient été tués" (gz-02)
_DURING_WHICH_RE = re.compile(
    r"\b((?:19|20)\d\d)\b[^.;\d]{0,30}?,?\s+(?:during|in|au cours|lors|durante|en|nel corso|"
    r"in occasione|no decorrer)\s+(?:de\s+|del\s+|della\s+|dello\s+)?"
    r"(?:which|laquelle|lequel|duquel|la cual|el cual|la que|el que|la quale|il quale|"
    r"cui|o qual|a qual)\b",
    re.I,
)


_PART_AFTER_RE = re.compile(rf",\s+(?:{_PART_WORDS})\b", re.I)
# A part that only names who the victims were: ", among them 10 women and three infants" (psd-03)
_GROUPS_ASIDE_RE = re.compile(
    rf",\s+(?:{_PART_WORDS})\s+[^,]*\b(?:women|children|infants|babies|girls|boys|minors|"
    r"mujeres|niños|bebés|femmes|enfants|bébés|mulheres|crianças|bebês|donne|bambini|neonati)\b"
    r"[^,]*",
    re.I,
)
# Where a figure's own clause ends: its attribution or a new clause ("More than 36,000 people
# have fled towns in North Kordofan since Saturday, the UN migration agency said, a week after
# the RSF took control of El Fasher", fasher-07: the figure is North Kordofan's; "died in
# Myanmar after Cyclone Mocha, with many of the deaths around Sittwe", moc-05, is Myanmar's).
_CLAUSE_END_RE = re.compile(
    r"[;:]|,\s+(?:the|a|an|which|who|according|said|says|officials|as|after|before|while|"
    r"bringing|adding|with|según|segundo|selon|secondo|" + _PART_WORDS + r")\b"
    # "En Castilla-La Mancha han fallecido 7 personas, y hay un fallecido en Andalucía" (dana-09)
    r"|,\s+(?:and|y|e|et)\s+(?:there (?:is|are|was|were)|hay|há|il y a|c['’]è|ci sono)\b"
    r"|\s+(?:according to|said|says)\b",
    re.I,
)


# The side that strikes is not where people die: "Israel's offensive has killed more than
# 36,400 people" (rafah-12), "since Russia began its ground offensive" (kh-07), "strikes by
# Israel".
_AGENT_AFTER_RE = re.compile(
    # ("during Israel's four-week Operation Protective Edge", gz-12)
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:offensive|strikes?|air ?strikes|attacks?|bombardment|"
    r"bombing|shelling|forces|troops|army|military|invasion|campaign|assault|operation|incursion|"
    r"war|raids?)\b"
    r"|\s+(?:began|begins|launched|launches|started|attacked|invaded|struck|bombed|shelled|"
    r"(?:has|had)\s+(?:launched|begun|started|attacked|struck|bombed|killed)|"
    # "giorno in cui Israele ha avviato la campagna militare" (gz-13)
    r"(?:ha|a|han|avait|aveva|había)\s+(?:avviato|lanciato|lancé|lanzado|lançado|iniciado|"
    r"attaccato|attaqué|atacado|invaso|envahi|invadido|bombardato|bombardé|bombardeado)|"
    r"lanzó|lançou|lança|atacó|atacou|invadió|invadiu|envahit|bombardeó|bombardeou)\b)",
    re.I,
)


def _own_clause_end(text: str, pos: int) -> int:
    """Where the clause of a figure at `pos` ends (its attribution or a new clause)."""
    stop = _CLAUSE_END_RE.search(text, pos)
    return stop.start() if stop else len(text)


# "because of the clashes with Thailand" (tcb-11): the other side, not where people were
_AGENT_BEFORE_RE = re.compile(
    r"\b(?:by|with|against)\s+$"
    # "la ofensiva respaldada por Rusia ha causado la muerte de al menos 98 civiles" (dar-05)
    r"|\b(?:respaldad|apoyad|soutenu|appuyé|sostenut|appoggiat|apoiad|liderad|dirigid|"
    r"encabezad|mené|guidat)\w*\s+(?:por|par|pelo|pela|da|dalla|dal)\s+"
    r"(?:la\s+|el\s+|le\s+|l['’])?$",
    re.I,
)
# A side's soldiers, named for its capital or country: "quindici soldati di Kiev sono stati
# uccisi" (udb-05) counts Ukraine's soldiers, not dead in Kyiv
_SOLDIERS_OF_RE = re.compile(
    r"\b(?:soldiers|troops|soldats|soldados|soldati|militaires|militares|militari|troupes|"
    r"tropas|truppe)\s+(?:of|de|di|da|do|du)\s+$",
    re.I,
)
# Where a source spoke is not where the figure is: "a World Health Organization spokesperson
# told reporters in Geneva" (khartoum-04), "at a news conference in Nairobi".
_VENUE_BEFORE_RE = re.compile(
    r"(?:\b(?:told (?:reporters|journalists|a (?:news |press )?(?:briefing|conference))|"
    # "told the Security Council in New York that ... the number of internally displaced
    # persons had reached 850,000" (udb-01)
    r"told (?:the )?(?:UN |U\.N\. )?Security Council|"
    r"(?:news|press) (?:conference|briefing)|briefing|briefed (?:reporters|journalists)|"
    r"speaking|spoke|"
    # "qui a parlé devant la presse à Mogadiscio" (som-04)
    r"(?:a|ha|había|avait) (?:parlé|hablado|falado|parlato)|devant la presse|ante la prensa|"
    # "a diplomat based in Yangon told Reuters in Bangkok" (nar-02)
    r"told (?:Reuters|AFP|AP|the AP|the Associated Press|Agence France-Presse|the BBC|CNN|"
    r"Al Jazeera|Xinhua|EFE|ANSA)|"
    # "precisó el portavoz en una rueda de prensa en Yakarta" (palu-02), "a déclaré lors d'une
    # conférence de presse à Kaboul le porte-parole" (paf-01)
    r"rueda de prensa|conférence de presse|conferenza stampa|conferência de imprensa|"
    r"entrevista coletiva)"
    r"\s+(?:\w+\s+){0,3}?"
    # "Speaking at the National Emergency Coordination Forum (ECF) in Abuja" (mai-05), "told a
    # national emergency coordination meeting in the capital Abuja" (mai-06)
    r"|\b(?:speaking|spoke|told)\s+(?:at|to|before\s+)?\s*(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w()'’-]+\s+){0,7}?(?:forum|meeting|conference|session|summit|assembly|"
    r"parliament)\s+"
    # "told an emergency meeting of the UN Security Council in New York" (iiw-02)
    r"(?:\([A-Z]+\)\s+|of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?)?"
    # "António Costa, na sede da Autoridade Nacional de Proteção Civil, em Carnaxide, confirma
    # 24 vítimas mortais" (pg-04): where an institution sits
    r"|\b(?:na|en la|desde la|nella|dalla|au) (?:sede|siège) "
    r"(?:da|do|de la|del|della|du|de l['’])\s*"
    r"(?:(?:(?-i:[A-Z][\w'’-]*)|de|da|do|di|del|la|le|des|e|y|et)(?:\s+|(?=,)))+,?\s+"
    r")(?:in|at|from|à|en|em|a)\s+"
    r"(?:the\s+capital,?\s+)?$",
    re.I,
)
_SPEAKER_AFTER_RE = re.compile(
    # "Koblenz police said on Twitter that more than 90 people had now died in the Ahrweiler
    # area" (ahr-07): the police of a city speak for more than their city
    r"\s+(?:(?:police|prosecutors)\s+(?:say|said|says)|said|says|reported|announced|confirmed|"
    r"stated)\b"
    r"(?!\s+(?:on|in|at)\b(?!\s+(?:Twitter|X|Facebook|a statement)\b))",
    re.I,
)
# "..., segundo Moscou" (kursk-13), "selon Washington" (afg-14): a capital that speaks
# "sur la rive droite du Dniepr, contrôlée par Kiev" (kakh-05): a capital that holds a place
_SOURCE_BEFORE_RE = re.compile(
    r"\b(?:according to|selon|según|segundo|secondo|"
    r"(?:controlled|held|occupied|run|contrôlée?s?|tenue?s?|occupée?s?|controlad[ao]s?|"
    r"ocupad[ao]s?|controllat[aoie]|occupat[aoie])\s+(?:by|par|por|pelo|pela|da|dal|dalla)|"
    # where the source is based: "HRANA, con sede en Estados Unidos" (iiw-11), "con sede a
    # Washington" (iiw-14)
    r"based in|headquartered in|con sede (?:en|a|in)|com sede em|sediad[ao] em|basée? à|"
    # "La ONG, que tiene su sede en Londres" (egh-01)
    r"(?:tiene|tient|tem|ha) (?:su |sa |sua |son )?(?:sede|siège) (?:en|à|em|a)|"
    # ... and where the reporting office sits: "El Centro Estatal de Control de Emergencias, en
    # Dehradun, capital de Uttarakhand, informó de que se han recuperado 32 cadáveres" (chm-07),
    # "the National Emergency Operations Centre in Kathmandu said"
    r"(?-i:Cent(?:re|er|ro)|Office|Oficina|Bureau|Headquarters|Cellule|Cell)"
    r"(?-i:\s+(?:[A-Z][\w-]*|of|for|de|del|des|du|da|do|di|la|the|and|y|et|e))*"
    r"(?-i:,?\s+(?:in|en|em|à|a|di|at))|"
    # "La policía de Coblenza informa de 98 muertos en Renania-Palatinado" (ahr-09)
    r"(?:la|a) (?:policía|police|polizia|polícia) (?:de|di|da)|"
    # an agency's office: "Paula Claycomb, porte-parole de l'UNICEF au Soudan, le Darfour-nord
    # compte à lui seul 250000 déplacés" (dar-07)
    r"(?:spokes(?:wo)?man|spokesperson|porte-parole|portavoz|portavoce|porta-voz|representative|"
    r"représentante?|representante|rappresentante)\s+(?:of|for|de|du|des|del|di|da|do)\s+"
    r"(?:l['’]|la\s+|el\s+|the\s+)?(?-i:[A-Z][\w-]+)\s+(?:in|au|en|à|a|no|na|nel)|"
    # a capital for its government: "el Gobierno central de Islamabad mantenía una cifra
    # oficial de 20.000 fallecidos" (kas-03)
    r"(?:government|gobierno|gouvernement|governo)\s+(?:central\s+|federal\s+)?"
    r"(?:in|of|de|du|di|do|da))\s+$",
    re.I,
)
# The path of a storm told in a clause of its own is not where a figure is: "at least 10,000
# people were killed when a cyclone tore across the Irrawaddy delta" (nar-02), "41,000 people
# missing, almost all of them from the enormous storm surge that swept across the Irrawaddy
# delta" (nar-04)
_PATH_BEFORE_RE = re.compile(
    r"\b(?:when|as|after|that|which)\s+(?:[\w-]+\s+){0,4}?(?:tore|swept|ripped|slammed|smashed|"
    r"roared|barrell?ed|churned|ploughed|plowed|raced)\s+(?:across|through|over|into)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "In Bangkok, Thai Foreign Minister Noppadon Pattama said Myanmar's ambassador had told him
# some 15,000 people had died" (nar-04): a city abroad where the figure was given
_SPEECH_VENUE_RE = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,8}?(?:said|says|told|announced|reported|dijo|declaró|a déclaré|"
    r"ha dichiarato|disse)\b"
)
# Where the wounded were taken is not where the toll is: "40 muertos ... y más de una
# veintena de heridos, de los cuales seis fueron trasladados a Cúcuta" (cat-02)
_TAKEN_TO_RE = re.compile(
    r"\b(?:taken|transferred|airlifted|flown|ferried|rushed|trasladad[oa]s|llevad[oa]s|"
    r"transportés|transférés|évacués vers|levad[oa]s|transferid[oa]s|trasferit[io])\s+"
    r"(?:(?:by \w+ )?(?:to|a|à|vers|al|para|hasta|in)\s+)(?:the\s+|la\s+|el\s+|le\s+|o\s+)?$",
    re.I,
)
# A city another place is told by is not where the figure is, when that place is named: "A
# Batangas, au sud de Manille, le bilan atteint 60 morts" (trami-07). ("In the north of
# Tehran" is inside it.)
_SIDE_OF_RE = re.compile(
    r"\b(?<!the )(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
    r"|au\s+(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d(?:e|['’])"
    r"|al\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s+de"
    r"|a\s+(?:nord|sud|est|ovest)(?:-(?:est|ovest))?\s+di"
    r"|ao\s+(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)\s+de)(?:\s+|(?<=['’]))$",
    re.I,
)
# A place a distance is measured from is not where the figure is: "In Susah, some 30 km
# north-east of Al-Bayda, ... confirmed seven deaths" (derna-01).
_REFERENCE_BEFORE_RE = re.compile(
    r"(?:\b(?:km|kilomet(?:re|er)s|miles)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?"
    r"(?:of|from)"
    # "alla periferia di Dara Adam Khel, 25 chilometri a sud di Peshawar" (swt-07)
    r"|\b(?:km|chilometri|kilómetros|kilomètres|quilômetros|quilómetros)\s+(?:(?:a|al)\s+)?"
    r"(?:(?:sud|nord|est|ovest|sur|norte|este|oeste|ouest|sul|leste)(?:-?(?:est|ovest|este|oeste|"
    r"ouest|leste))?\s+)?(?:di|de|du|da|do|dal|del)"
    # a clock's zone: "(18h00 de Brasília de domingo)" (iiw-05)
    r"|\b\d{1,2}h(?:\d\d)?\s+(?:de|da|do|em)|\bhora(?:rio)? de"
    # a landmark of the place the figure is for: "dans le seul comté de Buncombe, où se trouve
    # Asheville" (hel-05)
    r"|\b(?:où se trouve|donde se encuentra|onde fica|dove si trova)"
    r"(?:\s+(?:the city of|la ville d['’]|la ciudad de|a cidade de|la città di))?)\s+$",
    re.I,
)
# "Earlier in October, five Red Crescent volunteers were killed" (fasher-03): background.
_BACKGROUND_RE = re.compile(
    r"^(?:Earlier\b|Last (?:year|month)\b|In 20\d\d,)"
    # "Le précédent bilan faisait état de 29 morts" (som-04): a sentence about the toll before
    # (not "rose to 31, up from a previous toll of 29")
    r"|^(?:The|A|An|Le|Un|El|Il|O|La)\s+(?:previous|earlier|précédent|anterior|precedente)\s+"
    r"(?:toll|count|bilan|balance|bilancio|balanço)\b"
    r"|^(?:Le|El|Il|O)\s+(?:bilan|balance|bilancio|balanço)\s+(?:précédent|anterior|precedente)\b"
    # "On May 26, 12 deaths were reported; the toll then rose day by day" (kh-11), "the toll
    # had been given as two, then six" (kh-09): figures the article says were superseded
    r"|\b(?:then rose|has since risen|have since risen|had been given as)\b"
    # "the roughly 300,000 Rohingya who had fled to Bangladesh during earlier bouts of
    # violence" (roh-11): people counted in a crisis before this one
    r"|\b(?:during|in)\s+(?:earlier|previous|past|prior)\s+(?:bouts|waves|rounds|episodes|"
    r"crises|exoduses)\b"
    # "l'uragano Flora, che 53 anni fa attraversò le stesse zone e fece 1.700 vittime" (cub-11)
    r"|\b(?:years ago|anni fa|anos atrás)\b|\b(?:hace|il y a|há) \w+ (?:años|ans|anos)\b"
    # "donde Oscar causó inundaciones históricas y mató a ocho personas hace dos semanas"
    # (cub-13): the toll of an earlier blow
    r"|\b(?:hace|il y a|há) (?:dos|tres|deux|trois|duas|três) (?:semanas|semaines)\b"
    # "La catastrophe survient après des semaines de troubles politiques : plus de 450
    # personnes ... ont été tuées" (bdf-05): the events the story comes after
    r"|\b(?:comes?|came|survient|intervient|llega|arriva|chega)\s+(?:after|après|tras|dopo|"
    r"depois de)\s+(?:des\s+)?(?:weeks|months|semaines|mois|semanas|meses|settimane|mesi)\s+"
    r"(?:of|de|di)\b"
    # "It came two weeks after the deadliest Philippine earthquake in over a decade, a magnitude
    # 6.9 offshore quake that killed 74 people" (dvo-02), "O sismo surge 11 dias depois de um
    # forte abalo ..., que causou 74 mortos" (dvo-01): the toll of the event before this one
    r"|\b(?:days|weeks|dias|días|jours|giorni|semanas|semaines|settimane)\s+"
    r"(?:after|depois d[eoa]s?|después del?|tras|après|dopo)\b(?:[^.;]|\.\d)*?"
    r"\b(?:that|which|que|qui|che)\s+"
    # ("the Palisades and Eaton fires, which have killed 28 people", la-12: a toll still running)
    r"(?:(?!ha(?:ve|s|n)?\b)\w+\s+){0,2}?"
    r"(?:killed|left|caused|causou|causó|mató|matou|a fait|avait fait|fece|uccise|provocó|"
    r"provocou)\b"
    # "India's COVID-19 caseload rose to 1,08,26,363 ... while the death count climbed to
    # 1,54,996 with 78 more fatalities" (chm-02): a pandemic's daily count beside the story
    r"|\b(?:COVID-19|Covid-19|coronavirus|caseload)\b"
    # "The collapse brought back memories of the November fire at a garment factory that killed
    # 112 people" (bag-01): the toll of a disaster recalled
    r"|\b(?:memories of|reminiscent of)\b"
)
# A place put where something happens: "in Türkiye", "En Siria", "in north-west Syria",
# "nella vicina Kahramanmaraş" (a preposition of place, then at most two lower-case words).
_LOCATIVE_RE = re.compile(
    r"\b(?:in|across|throughout|en|dans|au|aux|à|em|no|na|nos|nas|nel|nella|nelle|nei)\s+"
    # (not a relative pronoun: "giorno in cui Israele ha avviato la campagna", gz-13)
    r"(?!(?:cui|which|whom|que|qui|quoi|lequel|laquelle)\b)"
    r"(?:(?:the|la|le|les|el|los|las|o|a|os|as|il|lo|l')\s*)?(?:[a-zà-ÿ][\w-]*\s+){0,2}$"
    # "Sull'isola di Bohol, la più vicina all'epicentro, i morti sono almeno 57" (boh-02)
    r"|\b(?:on\s+the|sur\s+l['’]|sull['’]|sulle|on)\s*(?:islands?|isola|isole|îles?)\s+"
    r"(?:of|di|de|d['’])\s*$",
    re.I,
)


def _place(
    sentence: Sentence,
    ctx: Context,
    at: int = -1,
    number_end: int = -1,
    previous: Figure | None = None,
) -> tuple[str | None, str | None]:
    """The figure's place: the most specific place of the figure's own clause (from its number
    `at` to the end of the clause) when it names a city or region, else the most specific of
    the whole sentence, else the focus country."""
    # "South Africa said nine of its troops died" (goma-02): the speaker, not the place
    text = sentence.text
    places = [
        p for p in sentence.places
        if not p.demonym
        and not _SPEAKER_AFTER_RE.match(text[p.end : p.end + 30])
        and not _SOURCE_BEFORE_RE.search(text, max(0, p.start - 80), p.start)
        and not _VENUE_BEFORE_RE.search(text, 0, p.start)
        and not _REFERENCE_BEFORE_RE.search(text, max(0, p.start - 40), p.start)
        and not _TAKEN_TO_RE.search(text, max(0, p.start - 40), p.start)
        and not _SOLDIERS_OF_RE.search(text, max(0, p.start - 20), p.start)
        and not _PATH_BEFORE_RE.search(text, max(0, p.start - 80), p.start)
        and not (
            p.kind == "city"
            and ctx.focus
            and p.country != ctx.focus
            and _OPENS_IN.fullmatch(text, 0, p.start)
            and _SPEECH_VENUE_RE.match(text, p.end)
        )
        and not AGENT_COMPOUND.match(text, p.end)
        and not _in_who_aside(text, p, at)
        and not (
            p.kind == "country"
            and (_AGENT_AFTER_RE.match(text, p.end) or _AGENT_BEFORE_RE.search(text, 0, p.start))
            # "The fighting in Sudan has killed 413 people" (khartoum-04): the place, not the side
            and not _LOCATIVE_RE.search(text, 0, p.start)
        )
    ]  # fmt: skip
    beside = [
        p for p in places
        if p.kind == "city" and _SIDE_OF_RE.search(text, max(0, p.start - 30), p.start)
    ]  # fmt: skip
    if beside and any(p.kind != "country" and p not in beside for p in places):
        places = [p for p in places if p not in beside]
    if at >= 0 and number_end >= 0 and (later := _DIGIT_RE.search(text, number_end)):
        # "The fighting has uprooted more than one million people and driven more than 150,000
        # refugees into neighbouring Chad" (dar-05), "around 1.2 million have been displaced,
        # some 200,000 of them into camps in eastern Chad" (dar-11): where a later number's
        # people went is not where the first number's are
        places = [
            p for p in places
            if not (
                p.start > later.start()
                and (
                    _OF_THEM_AFTER_RE.search(text, later.start(), p.start)
                    or (
                        _OTHERS_NUMBER_RE.match(text, later.start())
                        and _WHEREAS_RE.search(text, max(0, later.start() - 20), later.start())
                    )
                    or (
                        _INTO_RE.search(text, max(0, p.start - 30), p.start)
                        and _FLOW_VERB_RE.search(text, number_end, p.start)
                    )
                )
            )
        ]  # fmt: skip
    if at >= 0 and number_end >= 0 and _SEVERAL_UNITS_RE.match(text, number_end):
        # "almeno 45 morti in cinque Stati" (hel-02): no one state's toll, the country's
        country = next((p.country for p in places if p.country), None) or ctx.focus
        if country:
            return country_name(country), country
    if at >= 0:
        end = _own_clause_end(text, at)
        if _PART_AFTER_RE.match(text, end):
            # the places of its parts are not the whole's ("more than 32,000 have been
            # displaced, including roughly 1,000 who sought refuge in Venezuela's Táchira and
            # Zulia states", cat-06); the part ends at its comma ("killed at least 70 people,
            # among them 10 women and three infants, as they moved through the Haitian town of
            # Pont-Sonde", psd-03)
            part_end = text.find(",", end + 1)
            if part_end < 0 or not _GROUPS_ASIDE_RE.fullmatch(text, end, part_end):
                part_end = len(text)
            places = [p for p in places if not end <= p.start < part_end]
        own = [p for p in places if at <= p.start < end]
        # a country in the attribution ("..., DR Congo's health ministry said", goma-08) does
        # not outrank the city named before the number
        local = [p for p in own if p.kind != "country"]
        if len({p.canonical for p in local}) > 1 and (
            LIST_JOIN_RE.fullmatch(text, local[0].end, local[1].start)
            # "i morti accertati sono 217, tra la città di Van, che conta 380 mila abitanti, e
            # quella di Ercis" (van-04)
            or (
                _BETWEEN_BEFORE_RE.search(text, max(0, local[0].start - 30), local[0].start)
                and _AND_RE.search(text, local[0].end, local[1].start)
            )
        ):
            # "displaced in Khan Younis and Gaza middle areas" (rafah-12): several places
            # together are their country's figure, not the first one's
            return country_name(local[0].country), local[0].country
        if local:
            places = own
        elif not own and (joined := _joined_places(text, places)):
            # "the number of people displaced in Oddar Meanchey, Preah Vihear and Pursat
            # provinces at around 37,635" (tcb-08): before the number, the same
            return country_name(joined), joined
        elif located := [p for p in own if _LOCATIVE_RE.search(text, 0, p.start)]:
            # "have killed 9,057 people and injured 52,979 in Türkiye" (tsq-02): the country
            # the clause puts the figure in, not the provinces the president visited
            places = located
        elif not own:
            # "more than 35,000 Palestinians have been killed in the war, which began after
            # the Hamas attack on southern Israel" (rafah-08): the victims' country, not a
            # place named in a clause about something else
            victims = _nationals_after(sentence, number_end)
            if victims is not None:
                return country_name(victims.country), victims.country
            # "près de 500 000 Libanais avaient dû quitter leur domicile" (leb-02): the same
            # with a noun of nationality the gazetteer's demonyms lack
            noun = _NATIONALS_RE.match(text, number_end)
            if noun is not None and (code := country_of_adjective(noun.group(1).lower())):
                return country_name(code), code
            # "In Syria, more than 5,500 deaths have been confirmed ...: about 4,400 in the
            # rebel-held north-west around Idlib" (tsq-07): the place the sentence opens with,
            # not one of the parts named after the figure
            located = [p for p in places if p.end <= at and _LOCATIVE_RE.search(text, 0, p.start)]
            if located:
                places = located
        if (
            not own
            and (aside := _OTHERS_AFTER_RE.search(text, number_end))
            and _DIGIT_RE.search(text, aside.end())
        ):
            # "Au moins 358 morts, 228 blessés et 56 disparus : ce sont les chiffres publiés
            # ... « 122 blessés ont été évacués par avion vers la Turquie »" (mog-08): after a
            # colon or a quotation that counts others, the places are theirs
            places = [p for p in places if p.start < aside.start()]
    # the most specific place the sentence names: a city over a region over a country
    for kind in ("city", "region", "country"):
        for p in places:
            if p.kind == kind:
                return p.canonical, p.country
    if not places and (
        counters := next(
            (p for p in sentence.places if p.demonym and _COUNTERS_AFTER_RE.match(text, p.end)),
            None,
        )
    ):
        # "Lebanese authorities count more than 330 dead" (leb-01): a country's own authorities
        # count its dead, whatever country the article names most
        return country_name(counters.country), counters.country
    if (
        not places
        and (authority := _AUTHORITY_OF_RE.search(text, 0, at if at >= 0 else len(text)))
        and (code := country_of_adjective(authority.group(1)))
    ):
        # "El ministro salvadoreño de Gobernación, René Figueroa, confirmó este miércoles 50
        # muertos" (stan-02), "el Gobierno salvadoreño ha evacuado a 32.045 personas": the same
        # in the word order of the Romance languages
        return country_name(code), code
    side = _SIDE_RE.search(text)
    if side is not None and (code := _side_country(side.group(side.lastindex or 0))):
        # "Más de 138.000 personas han sido evacuadas en el lado tailandés" (tcb-06)
        return country_name(code), code
    if ctx.focus and (anaphor := _REGION_ANAPHOR_RE.search(text)):
        # "Around 121,000 people have been evacuated from the parts of the region hit by the
        # fighting" (kursk-10): the region the article is about
        region = _article_place(ctx, state=anaphor.group(0).lower().endswith("state"))
        if region is not None:
            return region.canonical, region.country
    if ctx.focus and _CITY_ANAPHOR_RE.search(text):
        # "il governatore parlava di '55 feriti e 10 morti' in città" (khe-14): the city the
        # article is about
        city = _article_place(ctx, kind="city")
        if city is not None:
            return city.canonical, city.country
    if previous is not None and not places and _OF_THEM_RE.match(text):
        # "En Malaui, la OCHA informó de ... 45.162 personas afectadas. De ellas, 227 tuvieron
        # que abandonar sus hogares" (mzc-09): a part of the previous sentence's people
        return previous.place, previous.country
    if not places and not ctx.focus and (subject := _title_place(ctx)) is not None:
        # "Wayanad landslides: body parts recovered ..." over "The death toll reached 334 on
        # Friday" (wy-09): an article that names no country is about its title's place
        return subject.canonical, subject.country
    if ctx.focus:
        return country_name(ctx.focus), ctx.focus
    if previous is not None:
        # no country stands out (leb-02, "les bombardements ont fait 558 morts"): where the
        # article's previous figure was
        return previous.place, previous.country
    return None, None


_OTHERS_AFTER_RE = re.compile(r"[:«“\"]")
# A speaker's office told between commas: "Lt Gen Roy Deveraturda, who heads the military's
# Central Command in Cebu, said ... that Bohol alone had counted 87 dead" (boh-03)
_WHO_ASIDE_RE = re.compile(r",\s+(?:who|qui|quien|quienes)\s+[^,;]*$", re.I)


def _in_who_aside(text: str, place: PlaceMatch, at: int) -> bool:
    """`place` is in a relative clause about a person that does not hold the number at `at`."""
    aside = _WHO_ASIDE_RE.search(text, max(0, place.start - 80), place.start)
    if aside is None or at < 0:
        return False
    close = text.find(",", place.end)
    return not aside.start() <= at < (close if close >= 0 else len(text))


# A later number's part, told where it is: "around 1.2 million have been displaced, some
# 200,000 of them into camps in eastern Chad" (dar-11)
_OF_THEM_AFTER_RE = re.compile(
    r"\d\s+(?:of|de|di|dos|das|des)\s+(?:them|those|ellos|ellas|eux|elles|loro|eles|elas)\s+"
    # (where the part is, with no verb of its own: not "At least 200 people, more than 100 of
    # them children, were killed in an attack ... in the Afar region", mek-11)
    r"(?:into|in|to|en|dans|au|a|nel|na|no)\b"
)
# ... or others set against them, somewhere else: "d'où plus de 670.000 civils ont été déplacés,
# tandis que 200.000 autres restent bloqués dans le chef-lieu, Mingora" (swt-08); not others
# told apart only by what befell them ("Au moins dix personnes ont péri et 82 autres sont
# portées disparues ... dans l'État de Sikkim", sik-01)
_OTHERS_NUMBER_RE = re.compile(
    r"\d[\d.,\u00a0\u202f ]*?\s+(?:others|more|autres|otros|otras|altri|altre|outros|outras)\b"
    + _NOT_COMPARED
)
_WHEREAS_RE = re.compile(
    r"\b(?:while|whereas|tandis que|alors que|mientras que|mentre|enquanto)\s+$", re.I
)
_BETWEEN_BEFORE_RE = re.compile(r"\b(?:between|entre|tra|fra)\s+(?:[\w']+\s+){0,3}$", re.I)
_AND_RE = re.compile(r"\s(?:and|et|y|e)\s")


def _nationals_after(sentence: Sentence, number_end: int) -> PlaceMatch | None:
    """A demonym right after a number: who the people counted are ("35,000 Palestinians",
    "18,312 Malian refugees")."""
    return next((p for p in sentence.places if p.demonym and 0 < p.start - number_end <= 2), None)


# The capitalised word right after a number, perhaps a noun of nationality ("500 000 Libanais")
_NATIONALS_RE = re.compile(r"\s([A-ZÀ-Ý][a-zà-ÿ]+)\b")
# The place with the most dead, then their number: "Ayacucho es el departamento con más
# víctimas mortales, con 10" (per-07), "the worst-hit province, with the most deaths, with 40"
_MOST_DEAD_BEFORE_RE = re.compile(
    r"\b(?:with the most|con más|com mais|avec le plus de|con più)\s+(?:victims|deaths|dead|"
    r"víctimas(?: mortales)?|muertos|fallecidos|mortos|mortes|vítimas(?: mortais)?|morts|"
    r"victimes|décès|morti|vittime)\s*,\s*(?:with|con|com|avec)\s+$",
    re.I,
)
# "e o de feridos", "et celui des blessés", "y el de heridos": the number of another count
_THAT_OF_RE = re.compile(
    r"\b(?:o|a|el|la|celui|celle|quello|quella|that)\s+(?:de|des|du|of|di|dei|degli)\s+$", re.I
)
# A sentence that opens on the people of the one before: "De ellas, 227 ...", "Of them, ..."
_OF_THEM_RE = re.compile(
    r"(?:Of (?:them|these|those)|Among them|De (?:ellas|ellos|estas|estos|elles|eux)|"
    r"Parmi (?:elles|eux|celles-ci|ceux-ci)|Dess[ae]s|Dest[ae]s|Entre (?:elas|eles)|"
    r"Di (?:queste|questi|loro)|Tra (?:queste|questi|loro))\b,?"
)


# A figure counted over several units of a country: "60 muertos en cinco estados", "killed
# at least 45 people in five states", "93 morts dans six États" (hel-02/04).
_SEVERAL_UNITS_RE = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,4}?(?:in|en|dans|em|across|nei|nos)\s+(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|multiple|dos|tres|cuatro|cinco|seis|siete|ocho|varios|"
    r"deux|trois|quatre|cinq|sept|huit|plusieurs|dois|três|quatro|sete|oito|vários|due|tre|"
    rf"quattro|cinque|sette|otto|diversi)\s+{UNIT_NOUNS}\b",
    re.I,
)
# Who counts a country's casualties after its demonym: its authorities, not its diplomats
_COUNTERS_AFTER_RE = re.compile(
    r"\s+(?:authorities|health (?:ministry|officials|authorities)|civil defen[cs]e|police|"
    # "Palestinian officials say more than 1,400 people have now been killed" (gz-09)
    r"(?:medical\s+)?officials)\b"
)
# ... and before its adjective, in the Romance languages' word order: "el ministro salvadoreño",
# "el Gobierno salvadoreño" (stan-02)
_AUTHORITY_OF_RE = re.compile(
    r"\b(?:autoridades|autorités|autorità|gobierno|gouvernement|governo|ministr[oae]|"
    r"ministerio|ministère|ministero|ministério|polic[ií]a|police|polizia|protecci[oó]n civil|"
    r"protection civile|protezione civile|proteção civil|defensa civil|defesa civil)\s+"
    r"((?-i:[a-zà-ÿ]{4,}))\b",
    re.I,
)
_SIDE_RE = re.compile(
    r"\bthe\s+(\w+)\s+side\b|\blado\s+(\w+)|\bcôté\s+(\w+)|\blato\s+(\w+)|"
    r"\bparte\s+(\w+)",
    re.I,
)


def _side_country(word: str) -> str | None:
    """The country of "Thai" in "on the Thai side", of "tailandés" in "el lado tailandés"."""
    found = find_places(word)
    if found and found[0].demonym:
        return found[0].country
    return country_of_adjective(word) if word.islower() else None


_REGION_ANAPHOR_RE = re.compile(
    r"(?:\b(?:the|this|that)\s+(?:(?:whole|entire|border)\s+)?(?:region|province|oblast)|"
    r"\b(?:de la|dans la|cette|da|na|della|nella|dalla|en la)\s+(?:région|región|região|"
    r"regione|province|provincia|província))\b(?!['’]s)"
    # "The state government on Thursday confirmed 14 deaths" (sik-02): a federal state, not
    # the state media or a state of emergency
    r"|\b(?:the|this|that)\s+state\b(?!-|\s+(?:of|media|news|television|TV|broadcaster|"
    r"department|secretary|visit|funeral|apparatus)\b)",
    re.I,
)


# "the city", "in città", "la ville": the city the article is about (not "the city of ...",
# which names one)
_CITY_ANAPHOR_RE = re.compile(
    r"\b(?:(?:the|this)\s+(?:city|town)|(?:la|cette)\s+(?:ville|ciudad)|(?:a|na|da)\s+cidade"
    r"|(?:in|la|nella|della)\s+città)\b(?!(?:\s+[\w-]+)?\s+(?:of|de|di|d')\b)",
    re.I,
)


def _title_place(ctx: Context) -> PlaceMatch | None:
    """The one city or region the title names."""
    title = ctx.sentences[0] if ctx.sentences and ctx.sentences[0].index == 0 else None
    if title is None or not title.heading:
        return None
    local = {p.canonical: p for p in title.places if p.kind != "country" and not p.demonym}
    if len(local) != 1 or len({p.country for p in title.places}) > 1:
        return None
    return next(iter(local.values()))


def _article_place(ctx: Context, *, state: bool = False, kind: str = "region") -> PlaceMatch | None:
    """The place of `kind` (a region, a city) the article names most, when one does; with
    `state`, a state (no county: "across the state" is Texas, not Kerr County, tx-04)."""
    counts: Counter[str] = Counter()
    first: dict[str, PlaceMatch] = {}
    for s in ctx.sentences:
        for p in s.places:
            if (
                p.kind == kind
                and not p.demonym
                and not (state and p.canonical.endswith((" County", " Parish")))
            ):
                counts[p.canonical] += 1
                first.setdefault(p.canonical, p)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return first[ranked[0][0]]


def _joined_places(text: str, places: list[PlaceMatch]) -> str | None:
    """The country of several cities or regions of one country named together ("in Preah
    Vihear, Oddar Meanchey y Pursat"), else None."""
    local = [p for p in places if p.kind != "country"]
    for a, b in pairwise(local):
        if (
            a.canonical != b.canonical
            and a.country == b.country
            and LIST_JOIN_RE.fullmatch(text, a.end, b.start)
        ):
            return a.country
    return None


def _own_place(sentence: Sentence, hit: _Hit, limit: int) -> PlaceMatch | None:
    """The city or region the words after a number put it in, up to the end of its clause or
    `limit` (the next figure): "about 4,400 in the rebel-held north-west around Idlib"."""
    text = sentence.text
    end = min(_own_clause_end(text, hit.end), limit)
    local = [
        p
        for p in sentence.places
        if hit.number.end <= p.start < end and p.kind != "country" and not p.demonym
    ]
    if len({p.canonical for p in local}) > 1:
        return None  # "430 dans les provinces d'Alep, Lattaquié, Hama et Tartous" (tsq-12)
    return local[0] if local else None


# Countries joined into one scope: "in Türkiye and north-west Syria", "el sur de Turquía y el
# norte de Siria" (a conjunction, then at most three lower-case words).
_JOINED_RE = re.compile(r"\s*(?:,|,?\s*and|y|e|et|und)\s+(?:[a-zà-ÿ][\w-]*\s+){0,3}", re.I)

_BOTH_COUNTRIES_RE = re.compile(
    r"\b(?:(?:the|both|two|three) (?:countries|nations)|los dos países|ambos países|"
    r"les deux pays|os dois países|ambos os países|i due paesi|entrambi i paesi|"
    # "displaced more than 270,000 on both sides of the border" (tcb-09)
    r"both sides of the border|ambos lados de la frontera|des deux côtés de la frontière|"
    r"dos dois lados da fronteira|entrambi i lati del confine)\b",
    re.I,
)


# (a war between them, not "la frontière commune entre l'Afghanistan et le Pakistan", paf-01)
_FOUGHT_BETWEEN_RE = re.compile(
    r"\b(?:war|conflict|fighting|clashes|hostilities|guerra|guerre|conflit|conflicto|conflito|"
    r"conflitto|combates|combats|affrontements|scontri)\b[^.;,]{0,24}?"
    r"\b(?:between|entre|enfrenta a|enfrentan a|opone a|oppose|opposant|opõe|tra)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’]|o\s+|a\s+)?$",
    re.I,
)


def _several_countries(sentence: Sentence, at: int) -> bool:
    """True when the figure at `at` is a total over several countries ("The combined death toll
    in Türkiye and north-west Syria has passed 18,000", "Across Türkiye and Syria, more than
    40,000 people have died", tsq-03/07): no one country's series can take it. Only when the
    figure's own clause puts it nowhere else."""
    text = sentence.text
    end = _own_clause_end(text, at)
    countries = [p for p in sentence.places if p.kind == "country" and p.end <= end]
    joined = {
        id(p)
        for a, b in pairwise(countries)
        if a.country != b.country
        and _JOINED_RE.fullmatch(text, a.end, b.start)
        # "Fighting between Thai and Cambodian soldiers ... has killed at least 12 people"
        # (tcb-01) says who fought, not where the dead were counted ("Ukrainian and Russian
        # authorities" do say it, kakh-07), as does "el conflicto armado que enfrenta a Georgia
        # y Rusia" (geo-04)
        and not (b.demonym and ARMY_AFTER.match(text, b.end))
        and not _FOUGHT_BETWEEN_RE.search(text, max(0, a.start - 60), a.start)
        for p in (a, b)
    }
    # "has killed at least 157 people in Belgium and Germany" (ahr-07): the countries joined
    # after the figure are its scope, not another place
    if any(
        at <= p.start < end and id(p) not in joined and _LOCATIVE_RE.search(text, 0, p.start)
        for p in sentence.places
    ):
        return False
    # "About 28,000 deaths had been confirmed in the two countries" (tsq-04)
    return bool(joined) or bool(_BOTH_COUNTRIES_RE.search(text, 0, end))


def _figures_at(
    sentence: Sentence, ctx: Context, previous: Figure | None
) -> list[tuple[int, Figure]]:
    text = sentence.text
    numbers = find_numbers(text)
    if (
        not numbers
        or (
            _WAR_TOTAL_RE.search(text)
            and not (_RECENT_START_RE.search(text) and not _A_WAR_RE.search(text))
        )
        or _BACKGROUND_RE.search(text)
        or _EMBED_RE.search(text)
    ):
        return []  # war-long totals (seed 001 "has left 500,000 people dead")
    by_cause = _by_cause(text, numbers)
    hits = _hits(text, numbers, by_cause)
    if not hits and not _KILLED_WORD_RE.search(text):
        return []
    as_of, since, old = _dates(sentence, ctx.published)
    if old is not None:
        # "since 2011", "in 2015": history, not news (only its clause's figures are)
        hits = [h for h in hits if not old[0] <= h.number.start < old[1]]
        if not hits:
            return []
    reporter = reporter_in(text)

    def toll(n: NumberMatch, status: str, where: PlaceMatch) -> tuple[int, Figure]:
        """The sentence's death toll `n` at `where`, one of several it gives."""
        return n.start, Figure(
            kind="casualties", figure=n.value, qualifier=n.qualifier,
            status=status,  # type: ignore[arg-type]
            place=where.canonical, country=where.country, reporter=reporter, as_of=as_of,
            since=since, sentence=text, killed=n.value,
        )  # fmt: skip

    out: list[tuple[int, Figure]] = []
    breakdown = _breakdown(sentence, numbers, hits, by_cause)
    if breakdown:
        # one toll per place: "Al Haouz ... 394 morts, devant celles de Taroudant (271 morts) et
        # de Chichaoua (91 morts)" (maroc-02); the other figures of the sentence still count
        taken = {n.start for n, _ in breakdown}
        status = next((h.status for h in hits if h.part == "killed"), "reported")
        hits = [h for h in hits if h.number.start not in taken]
        out += [toll(n, status, where) for n, where in breakdown]
    if not hits:
        return _not_old(out, old)
    # the total a breakdown follows is none of its places': "las víctimas mortales son 64: 24
    # en Carolina del Sur, 17 en Georgia, 11 en Florida" (hel-04) is the country's 64
    # (nor the places of the list after it: "... y una en Virginia")
    parts = {id(where) for _, where in breakdown}
    first = min((n.start for n, _ in breakdown), default=len(text))
    if hits[0].number.start < first:
        parts |= {id(p) for p in sentence.places if p.start > first}
    # nor is the place of an older toll it is compared with ("7,197 deaths ..., more than the
    # 6,434 people who died in the 1995 quake that devastated Kobe", tohoku-07)
    compared = _COMPARED_RE.search(text, hits[0].number.end)
    cut = compared.start() if compared else len(text)
    # nor the place of a toll after it that leaves out its word: "un centenar de personas
    # perdieron la vida en la provincia de Van y 117 en el distrito de Ercis" (van-05)
    later = next((h for h in hits[1:] if h.part == "killed"), None)
    if (
        later is not None
        and hits[0].part == "killed"
        and _ELLIPSIS_IN_RE.match(text, later.number.end)
        and not _BRINGING_TO_RE.search(text, hits[0].number.end, later.number.start)
    ):
        cut = min(cut, later.number.start)
    whole = replace(
        sentence,
        places=tuple(p for p in sentence.places if id(p) not in parts and p.start < cut),
    )
    place, country = _place(whole, ctx, hits[0].number.start, hits[0].number.end, previous)
    # a toll told country by country ("al menos 17 muertos: tres en Jamaica, al menos diez en
    # Haití", mel-04) is no one country's total
    combined = len({p.country for _, p in breakdown}) > 1 or _several_countries(
        sentence, hits[0].number.start
    )
    casualty: dict[str, NumberMatch] = {}
    casualty_status = "reported"
    for k, hit in enumerate(hits):
        if hit.part == "killed" and "killed" in casualty:
            earlier = casualty["killed"]
            if _CHANGED_TO_RE.search(text, max(0, earlier.start - 40), hit.number.start):
                casualty["killed"] = hit.number
                continue
            if bringing := _BRINGING_TO_RE.search(text, earlier.end, hit.number.start):
                casualty["killed"] = hit.number
                total = replace(
                    whole, places=tuple(p for p in whole.places if p.start > bringing.start())
                )
                new_ones_place = place
                place, country = _place(total, ctx, hit.number.start, hit.number.end, previous)
                new_ones = next(h for h in hits if h.number is earlier)
                there = _own_place(sentence, new_ones, hit.number.start)
                if there is not None and there.canonical == new_ones_place != place:
                    # ... which are a toll of their own where they are named (per-04)
                    out.append(toll(earlier, new_ones.status, there))
                continue
            # "En Siria los muertos superan los 4.500: al menos 1.414 en las zonas del Gobierno
            # y unos 3.160 ..., en la provincia de Idlib" (tsq-05): a later toll its own words
            # put somewhere else is that place's toll
            limit = hits[k + 1].number.start if k + 1 < len(hits) else len(text)
            there = _own_place(sentence, hit, limit)
            if there is None and _NATIONALS_AND_RE.fullmatch(text, earlier.end, hit.number.start):
                # "Some 400 Lebanese ... and 35 Israelis have been killed" (leb-04)
                there = _nationals_after(sentence, hit.number.end)
            if there is not None and there.canonical != place:
                out.append(toll(hit.number, hit.status, there))
            continue
        if hit.part in ("killed", "injured", "cas"):
            casualty.setdefault(hit.part, hit.number)
            if hit.part != "injured" or len(casualty) == 1:
                casualty_status = hit.status
            continue
        if hit.part == "anaphor":
            base = out[-1][1] if out else previous
            if base is None:
                continue
            fig = replace(
                base,
                figure=hit.number.value,
                qualifier=hit.number.qualifier,
                status=hit.status,  # type: ignore[arg-type]
                sentence=text,
                killed=None,
                injured=None,
            )
        else:
            # "thousands of others have ... crossed into Syria" (leb-06): from where the
            # article's figures are, not its most-named country (Israel, whose strikes it names)
            # (after a flow, where its people came from, roh-11)
            home = (previous.origin or previous.country) if previous else ctx.focus
            flow = _flow(sentence, ctx, home, hit)
            if flow is None and (hit.part == "flow" or combined):
                continue  # "300 arrived", "entered": only a count when it crossed a border
            fig = Figure(
                kind="displacement",
                figure=hit.number.value,
                qualifier=hit.number.qualifier,
                status=hit.status,  # type: ignore[arg-type]
                place=country_name(flow[0]) if flow else place,
                country=flow[0] if flow else country,
                reporter=reporter,
                as_of=as_of,
                since=since,
                sentence=text,
                origin=flow[1] if flow else None,
            )
        out.append((hit.number.start, fig))
    if combined or (casualty and set(casualty) == {"injured"}):
        # "About 3,400 people are injured" (quake-07): a count of the injured alone is not the
        # casualty figure a series follows (its headline is the dead); compared with a death
        # toll it reads as a false rise
        casualty = {}
    if casualty:
        head = casualty.get("killed") or casualty.get("cas") or casualty["injured"]
        killed, injured = casualty.get("killed"), casualty.get("injured")
        fig = Figure(
            kind="casualties",
            figure=head.value,
            qualifier=head.qualifier,
            status=casualty_status,  # type: ignore[arg-type]
            place=place,
            country=country,
            reporter=reporter,
            as_of=as_of,
            since=since,
            sentence=text,
            killed=killed.value if killed else None,
            injured=injured.value if injured else None,
        )
        out.append((head.start, fig))
    abroad = next(
        ((at, f) for at, f in out if f.kind == "displacement" and f.origin == f.country), None
    )
    if abroad is not None:
        out += _flows_listed(sentence, numbers, *abroad)
    out.sort(key=lambda item: item[0])
    return _not_old(out, old)


def _not_old(
    out: list[tuple[int, Figure]], old: tuple[int, int] | None
) -> list[tuple[int, Figure]]:
    """The figures outside the clause an earlier date makes history."""
    return out if old is None else [(at, f) for at, f in out if not old[0] <= at < old[1]]


def _flows_listed(
    sentence: Sentence, numbers: list[NumberMatch], at: int, abroad: Figure
) -> list[tuple[int, Figure]]:
    """The flows a count of people gone abroad lists country by country: "plus de 105 000
    Burundais ont fui vers les pays voisins ... : 70 187 en Tanzanie, 26 300 au Rwanda et
    9 183 en RDC" (bdi-06); each number right before "in <country>" is the flow into it."""
    out = []
    for n in numbers:
        if n.start <= at:
            continue
        gap = _IN_COUNTRY.match(sentence.text, n.end)
        dest = gap and next(
            (
                p for p in sentence.places
                if p.start == gap.end() and p.kind == "country" and not p.demonym
                and p.country != abroad.origin
            ),
            None,
        )  # fmt: skip
        if dest:
            out.append((n.start, replace(
                abroad, figure=n.value, qualifier=n.qualifier, place=dest.canonical,
                country=dest.country,
            )))  # fmt: skip
    return out if len(out) > 1 else []


# A place right before a number: "Taroudant 452", "celle de Taroudant 764", "Paiporta, con 45",
# "Chichaoua (91 morts)", "Al Haouz est la plus touchée avec 394" (maroc-02/04/06, dana-11).
_PLACE_THEN_NUMBER = re.compile(r"[\s,(]*(?:[^\W\d]+[\s,(]+){0,5}?")
# ... or right after it: "18 décès ont été enregistrés dans la préfecture de Marrakech" (with
# no word between, `gap` empty: "três em Haifa", iiw-05), "five were from South Tripura district"
# (bdf-01).
_NUMBER_THEN_PLACE = re.compile(
    r"\s*(?P<gap>(?:[^\W\d]+\s+){0,6}?)(?:in|en|dans|à|em|no|na|at|from|nel|nello|nella)\s+"
    r"(?:the\s+|la\s+|le\s+|l')?"
    # "altri 12 morti si registrano nello Stato del Messico, 3 in quello di Guerrero" (mxq-04)
    r"(?:(?:quello|quella|celui|celle|el|o|a)\s+(?:di|de|do|da|d')\s*)?"
    # "duas na cidade de Pemba, em Cabo Delgado, e três na província de Nampula" (mzc-02)
    r"(?:(?:province|prefecture|préfecture|region|governorate|district|provincia|provinz|"
    r"província|distrito|city|cidade|ciudad|ville|città)\s+"
    r"(?:of\s+|de\s+|d'|di\s+)?)?",
    re.I,
)


_KILLED_WORD_RE = re.compile(rf"\b(?:{_KILLED})\b", re.I)


def _breakdown(
    sentence: Sentence, numbers: list[NumberMatch], hits: list[_Hit], by_cause: set[int]
) -> list[tuple[NumberMatch, PlaceMatch]]:
    """The tolls of a breakdown by place: a sentence with a death count where two or more
    numbers each sit right next to a different city or region (none of `by_cause`, the deaths
    told by cause). Empty when it is no breakdown."""
    text = sentence.text
    if not _KILLED_WORD_RE.search(text):
        return []
    # "Koblenz police say four people died in the Ahrweiler district" (ahr-02): a speaker
    local = [
        p for p in sentence.places
        if p.kind != "country" and not p.demonym and not _SPEAKER_AFTER_RE.match(text, p.end)
    ]  # fmt: skip
    # countries only after their numbers: "al menos 17 muertos: tres en Jamaica, al menos diez
    # en Haití, tres en Panamá" (mel-04)
    named = [p for p in sentence.places if not p.demonym]
    # the injured, the missing, the displaced: "four people had died and 13 were missing in
    # the Kherson region" (kakh-06) gives no toll for Kherson
    others = {h.number.start for h in hits if h.part not in ("killed", "anaphor")}
    others |= by_cause
    sides: list[tuple[NumberMatch, list[PlaceMatch], list[PlaceMatch]]] = []
    for k, n in enumerate(numbers):
        if (
            n.start in others
            or _NOT_VICTIMS_RE.match(text, n.end)
            or _MISSING_AFTER_RE.match(text, n.end)
            or _AFFECTED_AFTER_RE.match(text, n.end)
        ):
            continue
        floor = numbers[k - 1].end if k else 0
        ceiling = numbers[k + 1].start if k + 1 < len(numbers) else len(text)
        before = [
            p for p in local
            if floor <= p.start and p.end <= n.num_start
            and _PLACE_THEN_NUMBER.fullmatch(text, p.end, n.num_start)
        ]  # fmt: skip
        after = [
            p
            for p in named
            if n.end <= p.start < ceiling and _NUMBER_THEN_PLACE.fullmatch(text, n.end, p.start)
        ]
        if before or after:
            sides.append((n, before, after))
    # the first toll says how the list is written: "500 were in the Sud department, 122 in the
    # Nippes, 100 in the Grand'Anse" (hq-03) puts each place after its number, so the place
    # before a number is the previous toll's
    places_after = bool(sides) and not sides[0][1]
    out: list[tuple[NumberMatch, PlaceMatch]] = []
    for n, before, after in sides:
        if after and _EACH_RE.match(text, n.end):
            # "one each in Kendall and Tom Green counties" (tx-02): the number is every one's
            out += [
                (n, p) for p in joined_run(text, [p for p in named if p.start >= after[0].start])
            ]
            continue
        if before and (
            _EACH_BEFORE_RE.match(text, before[-1].end, n.num_start)
            or (text.startswith("(", n.num_start - 1) and _EACH_RE.match(text, n.end))
        ):
            # "Kasungu, Machinga, Blantyre and Lilongwe districts each recorded one death"
            # (mzc-06), "followed by Ayacucho and Cusco (8 each)" (nc-08): the number is every
            # one's
            run = joined_run(text, [p for p in reversed(local) if p.end <= before[-1].end])
            out += [(n, p) for p in reversed(run)]
            continue
        # (a place right after its number wins: "três em Haifa" after "perto de Tel Aviv,",
        # iiw-05)
        gap = _NUMBER_THEN_PLACE.fullmatch(text, n.end, after[0].start) if after else None
        tight = gap is not None and not gap.group("gap")
        near = after[:1] if places_after or tight else before[-1:] or after[:1]
        if near:
            out.append((n, near[0]))
    if len({p.canonical for _, p in out}) < 2:
        return []
    return out


# A number that holds for each place after it: "Six deaths each in Spartanburg and Greenville
# counties" (hel-06), "two each in Kendall and Williamson" (tx-06).
_EACH_RE = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?(?:each|apiece|chacune?|cada un[oa])\b", re.I)


# ... or before it: "Kasungu, Machinga, Blantyre and Lilongwe districts each recorded one death"
_EACH_BEFORE_RE = re.compile(
    rf"\s+(?:{UNIT_NOUNS}\s+)?(?:each|all)\s+(?:[^\W\d]+\s+){{0,2}}$", re.I
)


# People who left their country for no one country: "crossed into neighbouring countries",
# "ont trouvé refuge dans les pays voisins" (khartoum-08/12), "fled abroad".
_ABROAD_RE = re.compile(
    r"\b(?:(?:crossed|fled|gone|went|moved)\s+(?:in)?to|refuge\s+in|refuge\s+dans\s+les|"
    r"refugio\s+en\s+los|refúgio\s+nos|rifugio\s+nei|into|to)\s+(?:the\s+)?"
    r"(?:neighbou?ring|nearby|surrounding|vecinos|voisins|vizinhos|vicini)\s*"
    # (not a country named: "driven more than 150,000 refugees into neighbouring Chad", dar-05)
    r"(?:countries|states|nations|pays|países|paesi)?(?!\s*(?-i:[A-Z]))"
    r"|\b(?:pays voisins|países vecinos|países vizinhos|paesi vicini)\b"
    # "50,361 new Burundian refugees in neighbouring countries since the beginning of April"
    # (bdi-03)
    r"|\b(?:refugees|asylum-seekers)\s+in\s+(?:the\s+)?neighbou?ring\s+countries\b"
    r"|\b(?:fled|crossed)\s+abroad\b",
    re.I,
)


_DIGIT_RE = re.compile(r"\d")


def _other_country(ctx: Context, country: str) -> str | None:
    """The country the article names most after `country` (its places count for it)."""
    counts = Counter(
        p.country
        for s in ctx.sentences
        for p in s.places
        if p.country and p.country != country and not p.demonym
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _flow(sentence: Sentence, ctx: Context, home: str | None, hit: _Hit) -> tuple[str, str] | None:
    """(destination, origin) ISO codes when the hit counts people who crossed into another
    country: a verb of movement near the number, then "into/to/in <country>", the origin
    named after "from", else `home` (where the article's figures are). People who crossed
    into "neighbouring countries" went abroad: (home, home)."""
    text = sentence.text
    # the verb is in the number's own clause: "20,000 Sudanese have fled into Chad ..., and
    # some 4,000 ... have gone back to South Sudan" (khartoum-05) are two flows
    lo = max(hit.number.start - 80, _clause_start(text, hit.number.start, 0))
    # (up to a part of it: "32,000 have been displaced, including roughly 1,000 who sought
    # refuge in Venezuela's Táchira", cat-06, is no flow)
    hi = min(len(text), hit.end + 80, _own_clause_end(text, hit.end))
    digit = _DIGIT_RE.search(text, hit.end)  # up to the next number's clause
    stop = min(_clause_end(text, hit.end), digit.start() if digit else len(text))
    if home is not None and _ABROAD_RE.search(text, hit.number.end, stop):
        # "253,591 individuals have crossed into neighbouring countries" (khartoum-12): a flow
        # out of `home` to no one country; its destination is "abroad" (written as `home`)
        return home, home
    countries = [p for p in sentence.places if p.kind == "country" and not p.demonym]
    if not countries:
        return None
    opener = _OPENS_IN.match(text)
    host = next((p for p in countries if opener and p.start == opener.end()), None)
    if host is not None and _REFUGEES_RE.match(text, hit.number.end, hit.end + 1):
        # "In Mauritania, the authorities have so far registered a total of 18,312 Malian
        # refugees" (mnn-06): refugees counted where the sentence opens, from their nationality
        nationals = _nationals_after(sentence, hit.number.end)
        origin = nationals.country if nationals else home
        if origin is not None and origin != host.country:
            return host.country, origin
    # the number's own verb first: "at least 10,000 people are reported to have crossed into
    # Niger, while 9,000 have found refuge in Mauritania" (mnn-02) are two flows
    verbs = sorted(
        _FLOW_VERB_RE.finditer(text, lo, hi),
        key=lambda v: (v.start() < hit.number.start, abs(v.start() - hit.number.start)),
    )
    if verbs and home is not None:
        after = next((p for p in countries if _IN_COUNTRY.fullmatch(text, hit.end, p.start)), None)
        if after is not None and after.country != home:
            # "... and 3,000 in Burkina Faso" (mnn-02): the verb left out, its country right after
            return after.country, home
    for verb in verbs:
        for dest in countries:
            if not verb.end() <= dest.start <= verb.end() + 60:
                continue
            if digit and verb.start() > hit.end and dest.start > digit.start():
                # "has uprooted more than one million people and driven more than 150,000
                # refugees into neighbouring Chad" (dar-05): the later number's flow
                continue
            # "have entered Egypt from Sudan" (khartoum-06): entering takes its country directly
            direct = (
                verb.group(0).lower().endswith("entered")
                and not text[verb.end() : dest.start].strip()
            )
            if not direct and not _INTO_RE.search(text, verb.end(), dest.start):
                continue
            origin = next(
                (
                    p.country
                    for p in countries
                    if p is not dest
                    and verb.end() <= p.start <= dest.end + 40
                    and _FROM_RE.search(text, verb.end(), p.start)
                ),
                home,
            )
            if origin is None or origin == dest.country:
                # "409,000 Rohingyas had entered Bangladesh by September 10 to escape the
                # military crackdown in Myanmar" (roh-06): in an article about where they
                # arrive, the one other country the sentence names is where they came from,
                # else the one the article names most ("the number of people who have crossed
                # into Bangladesh", roh-04, in a report on violence in Rakhine)
                others = {p.country for p in countries if p.country != dest.country}
                origin = others.pop() if len(others) == 1 else _other_country(ctx, dest.country)
            if origin is not None and origin != dest.country:
                return dest.country, origin
    # "UN agencies in Bangladesh estimate that 38,000 Rohingya had crossed the border"
    # (roh-02): no direction, but one country other than the article's own
    if home is not None and _BORDER_CROSSED_RE.search(text, lo, hi):
        others = {p.country for p in countries if p.country != home}
        if len(others) == 1:
            return others.pop(), home
    return None


_BORDER_CROSSED_RE = re.compile(r"\b(?:crossed|crossing)\s+the\s+border\b(?!\s+(?:in)?to\b)", re.I)
# A sentence that opens with where it happens: "In Mauritania, ..." (mnn-06)
_OPENS_IN = re.compile(r"(?:In|En|Au|Dans|Nel|Na|No)\s+(?:the\s+)?")
_REFUGEES_RE = re.compile(r"\s+(?:[A-ZÀ-Ý][\w-]*\s+)?(?:refugees|réfugiés|refugiados|rifugiati)\b")
_IN_COUNTRY = re.compile(r"\s+(?:in|en|au|dans|no|na|nel|in\s+neighbou?ring)\s+(?:the\s+)?", re.I)


def extract_figures(ctx: Context) -> list[tuple[int, int, Figure]]:
    """Every figure in the article as (sentence index, offset, figure), in document order.

    A casualty count whose sentence names no source takes the source of the figure just before
    it when both are about the same place: each reporter's count is its own series, and a
    follow-up sentence of one bulletin is not a new unattributed series. (Taking the source the
    article names most often was tried and measured worse: articles cite the UN for other
    things - goma-04, quake-05.)"""
    out: list[tuple[int, int, Figure]] = []
    previous: Figure | None = None
    archived = _archive_date(ctx)
    previous_at = -1  # the sentence of `previous`
    listed: Figure | None = None  # what a list's heading counts ("Deaths by province ...:")
    for sentence in ctx.sentences:
        found = _figures_at(sentence, ctx, previous)
        if listed is not None and not found:
            item = _list_item(sentence, listed)
            found = [item] if item else []
            listed = listed if item else None
        elif sentence.text.rstrip().endswith(":") and not found:
            listed = _list_heading(sentence)
        else:
            listed = None
        if not found and previous is not None and sentence.index - previous_at <= 2:
            found = _bracket_list(sentence, previous)
        for offset, fig in found:
            # the source of the figure just before it in the article, when that one had the
            # same place ("Dez pessoas morreram ..." after the Defesa Civil's count)
            if (
                fig.kind == "casualties"
                and fig.reporter is None
                and previous is not None
                and previous.reporter is not None
                and previous.place == fig.place
            ):
                fig = replace(fig, reporter=previous.reporter)
            if archived is not None and (fig.as_of is None or fig.as_of > archived):
                fig = replace(fig, as_of=archived)
            out.append((sentence.index, offset, fig))
            previous, previous_at = fig, sentence.index
    return out


# "Le siguen Apurímac (6), Junín (3), Arequipa (3), La Libertad (3) y Cusco (3)" (per-07)
_BRACKET_NUMBER_RE = re.compile(r"\s*\((\d[\d.,\s]*)\)")


def _bracket_list(sentence: Sentence, previous: Figure) -> list[tuple[int, Figure]]:
    """The places of a sentence that lists them with a number in brackets, right after a
    casualty figure: each its own toll of the same kind ("Ayacucho es el departamento con más
    víctimas mortales, con 10. Le siguen Apurímac (6), Junín (3) ...", per-07). Two items at
    least, and no counted word of their own."""
    if previous.kind != "casualties" or "(" not in sentence.text:
        return []
    items = []
    for p in sentence.places:
        m = _BRACKET_NUMBER_RE.match(sentence.text, p.end)
        value = parse_number(m.group(1)) if m and not p.demonym else None
        if value is not None:
            items.append((m.start(1), replace(  # type: ignore[union-attr]
                previous, figure=value, qualifier=None, place=p.canonical, country=p.country,
                sentence=sentence.text, killed=value, injured=None,
            )))  # fmt: skip
    return items if len(items) > 1 and not _COUNTED_RE.search(sentence.text) else []


# A list of tolls under a heading: "Deaths by province since 14 June, per the NDMA:", then
# "Balochistan: 234", "Sindh: around 339 (not yet confirmed)" (pak-02; rows: text.LIST_ROW).


def _list_heading(sentence: Sentence) -> Figure | None:
    """The figure a list's heading announces (its kind, source and dates), without a value:
    the dead or the displaced ("Injuries by province:" lists no toll a series follows)."""
    counted = _COUNTED_RE.search(sentence.text)
    if counted is None or not (counted.group("killed") or counted.group("disp")):
        return None
    disp = counted.group("disp") is not None
    as_of, since, _ = _dates(sentence, sentence.published)
    return Figure(
        kind="displacement" if disp else "casualties", figure=0, qualifier=None,
        status="reported", place=None, country=None, reporter=reporter_in(sentence.text),
        as_of=as_of, since=since, sentence=sentence.text,
    )  # fmt: skip


def _list_item(sentence: Sentence, heading: Figure) -> tuple[int, Figure] | None:
    """A "<place>: <number>" item of the list `heading` announced, else None."""
    text = sentence.text
    lead = LIST_ROW.match(text)
    if lead is None:
        return None
    numbers = find_numbers(text)
    local = [p for p in sentence.places if not p.demonym and p.end <= lead.end()]
    if not numbers or numbers[0].start != lead.end() or len(local) != 1:
        return None
    n, where = numbers[0], local[0]
    killed = n.value if heading.kind == "casualties" else None
    return n.start, replace(
        heading, figure=n.value, qualifier=n.qualifier, place=where.canonical,
        country=where.country, sentence=text, killed=killed,
    )  # fmt: skip


def _archive_date(ctx: Context) -> date | None:
    """The date an archive page says it was first published, if it says so."""
    days: list[date] = []
    for sentence in ctx.sentences:
        if ("ubli" in sentence.text or "RCHIVE" in sentence.text) and _ARCHIVE_RE.search(
            sentence.text
        ):
            # a month ("First published November 2016", roh-08): its last day
            month = _PUBLISHED_MONTH_RE.search(sentence.text)
            found = find_dates(f"in {month.group(1)}", ctx.published) if month else []
            days += [d.last for d in (*sentence.dates, *found) if d.kind != "year"]
    return min(days) if days else None


_PUBLISHED_MONTH_RE = re.compile(r"\bpublished\s+([A-Z][a-z]+\s+\d{4})\b")
