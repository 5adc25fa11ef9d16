"""meetings: parties, venue, date and status of meetings, and what is not a meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bot.facts.context import Context
from bot.facts.meetings import extract_meetings

MakeCtx = Callable[..., Context]
FRI = date(2024, 12, 6)
TUE = date(2024, 12, 3)


def _meetings(make_ctx: MakeCtx, sentences: str | list[str], published: date,
              title: str = "") -> list[Any]:  # fmt: skip
    return [m for _, _, m in extract_meetings(make_ctx(sentences, published, title))]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # seed 000: parties from the list on the trigger, not the source or the apposition
        ("A Turkish diplomatic source informed Reuters on Friday that the foreign ministers of "
         "Turkey, Iran, and Russia will convene in Doha, Qatar’s capital, on Saturday.", FRI,
         (("IR", "RU", "TR"), "Doha", date(2024, 12, 7), None, "planned")),
        # seed 001 (+ a venue): "may meet next week to discuss ... in Syria": Syria is the topic
        ("The foreign ministers of Russia, Iran, Türkiye, and Qatar may meet in Doha next week to "
         "discuss the recent escalation in Syria.", TUE,
         (("IR", "QA", "RU", "TR"), "Doha", date(2024, 12, 9), date(2024, 12, 15), "proposed")),
        ("Russia and Ukraine held talks in Istanbul on Monday.", TUE,
         (("RU", "UA"), "Istanbul", date(2024, 12, 2), None, "held")),
        ("Egypt and Qatar are set to meet in Cairo on Thursday.", TUE,
         (("EG", "QA"), "Cairo", date(2024, 12, 5), None, "planned")),
        ("Talks between Sudan and the African Union in Jeddah were postponed to next week.", TUE,
         (("AU", "SD"), "Jeddah", date(2024, 12, 9), date(2024, 12, 15), "postponed")),
        ("A summit of Iraq, Jordan and Egypt in Baghdad on December 10 was cancelled.", TUE,
         (("EG", "IQ", "JO"), "Baghdad", date(2024, 12, 10), None, "cancelled")),
        ("The UN and the EU will meet in Geneva on Dec. 12.", TUE,
         (("EU", "UN"), "Geneva", date(2024, 12, 12), None, "planned")),
        ("Turkey met with Iran in Ankara on Monday.", TUE,
         (("IR", "TR"), "Ankara", date(2024, 12, 2), None, "held")),
        # goma-10: two organisations, a multi-word GeoNames city
        ("Leaders of the East African Community and the Southern African Development Community "
         "will hold a joint summit in Dar es Salaam on February 8.", date(2025, 2, 4),
         (("EAC", "SADC"), "Dar es Salaam", date(2025, 2, 8), None, "planned")),
        # goma-11: hyphen-joined parties
        ("The joint EAC-SADC summit will go ahead in Dar es Salaam on Saturday.", date(2025, 2, 7),
         (("EAC", "SADC"), "Dar es Salaam", date(2025, 2, 8), None, "planned")),
        # quake-08: one organisation's summit is a meeting of its members
        ("Min Aung Hlaing will travel to Bangkok for the BIMSTEC summit on April 3-4.",
         date(2025, 4, 1), (("BIMSTEC",), "Bangkok", date(2025, 4, 3), date(2025, 4, 4), "planned")),
        # kup-06: a host and the leader who is the guest, at a seat of government
        ("The delay came days after Trump hosted Ukrainian President Volodymyr Zelenskyy at the "
         "White House on Friday, a meeting described as tense.", date(2025, 10, 21),
         (("UA", "US"), "Washington", date(2025, 10, 17), None, "held")),
        # kup-05: the guest told in the passive, the host the venue's state
        ("El anuncio llega en vísperas de la visita del presidente ucraniano, Volodímir Zelenski, "
         "que será recibido este viernes en la Casa Blanca.", date(2025, 10, 16),
         (("UA", "US"), "Washington", date(2025, 10, 17), None, "planned")),
        # kup-12: "in the Kremlin"
        ("Putin received Witkoff in the Kremlin on Tuesday.", date(2025, 12, 3),
         (("RU", "US"), "Moscow", date(2025, 12, 2), None, "held")),
        # lsh-07: a leader's visit abroad meets the state visited, there
        ("Wang Yi will visit Myanmar from 14 August.", date(2024, 8, 12),
         (("CN", "MM"), "Myanmar", date(2024, 8, 14), None, "planned")),
        # leb-09 / kh-12: the host of a conference or summit is its party; a country after the
        # trigger is its topic, so the host country is the venue the gazetteer knows
        ("France will hold an international conference in support of Lebanon in Paris on "
         "Thursday, October 24, the Elysée said.", date(2024, 10, 17),
         (("FR",), "Paris", date(2024, 10, 24), None, "planned")),
        ("Switzerland will host the Summit on Peace in Ukraine at the Bürgenstock resort on "
         "June 15 and 16.", date(2024, 5, 30),
         (("CH",), "Switzerland", date(2024, 6, 15), date(2024, 6, 16), "planned")),
        # rafah-01: a delegation (a named armed group) travels to a capital for talks; "May 4"
        # is no "may"; its hosts are a party
        ("A Hamas delegation will travel to Cairo on Saturday, May 4, for talks on a ceasefire in "
         "the Gaza Strip, a senior official of the group said on Friday.", date(2024, 5, 3),
         (("EG", "Hamas"), "Cairo", date(2024, 5, 4), None, "planned")),
        # rafah-02 / rafah-04: delegations present at the venue: the talks are under way
        ("A Hamas delegation was in Cairo on Saturday, and Egyptian state media reported progress "
         "in the ceasefire talks.", date(2024, 5, 4),
         (("EG", "Hamas"), "Cairo", date(2024, 5, 4), None, "held")),
        ("Israeli and Hamas delegations are back in Cairo for another round of talks.",
         date(2024, 5, 8), (("EG", "Hamas", "IL"), "Cairo", None, None, "held")),
        # nk-06: leaders stand for their states, with their titles, given names and countries
        ("Prime Minister Nikol Pashinian and Azerbaijan's President Ilham Aliyev are likely to "
         "meet in Granada, Spain, on October 5.", date(2023, 9, 26),
         (("AM", "AZ"), "Granada", date(2023, 10, 5), None, "proposed")),
        # gezira-10: an armed group's leader; "that was to take place" is the meeting itself
        ("The meeting between army commander Abdel Fattah al-Burhan and RSF commander Mohamed "
         "Hamdan Dagalo that was to take place in Djibouti on Thursday has been postponed.",
         date(2023, 12, 27), (("RSF", "SD"), "Djibouti", date(2023, 12, 28), None, "postponed")),
        # nk-03: the representatives of a region are its own side
        ("Representatives of Nagorno-Karabakh and of the Azerbaijani government met on Thursday "
         "in Yevlakh.", date(2023, 9, 21),
         (("AZ", "Nagorno-Karabakh"), "Yevlakh", date(2023, 9, 21), None, "held")),
        # maroc-11: "their annual meetings" are the meetings of the parties just named
        ("The International Monetary Fund and the World Bank will decide on Monday whether their "
         "annual meetings, due to be held in Marrakesh from October 9 to 15, can go ahead.",
         date(2023, 9, 16),
         (("IMF", "World Bank"), "Marrakesh", date(2023, 10, 9), date(2023, 10, 15), "planned")),
        # gezira-01: French
        ("Les chefs d'État de l'Igad se retrouvent ce samedi 9 décembre à Djibouti pour un sommet "
         "extraordinaire.", date(2023, 12, 9), (("IGAD",), "Djibouti", date(2023, 12, 9), None, "held")),
        # goma-12: no word says held, but the day of the meeting has come
        ("East and southern African leaders meeting in Dar es Salaam on Saturday called for a "
         "ceasefire.", date(2025, 2, 8), ((), "Dar es Salaam", date(2025, 2, 8), None, "held")),
        # kakh-01: a body meets as one; the Security Council meets in New York
        ("Deputy Foreign Minister Mykola Tochytskyi said on television that the Security Council "
         "could meet on Tuesday or Wednesday.", date(2023, 6, 6),
         (("UN Security Council",), "New York", date(2023, 6, 6), None, "proposed")),
        # afg-13: "the August 31 deadline" is not when the G7 met
        ("On Tuesday, G7 leaders meeting by video link failed to persuade Biden to extend the "
         "August 31 deadline for the withdrawal.", date(2021, 8, 27),
         (("G7",), None, date(2021, 8, 24), None, "held")),
        # afg-03: the first envoy's counterparts; a venue in apposition to "the ... capital"
        ("The US special envoy for Afghanistan, Zalmay Khalilzad, and his counterparts from "
         "Russia, China and Pakistan are to meet in the Qatari capital, Doha, on Wednesday.",
         date(2021, 8, 9), (("CN", "PK", "RU", "US"), "Doha", date(2021, 8, 11), None, "planned")),
        # tig-08: a leader with his titles meets whom "met" names
        ("Ethiopian Prime Minister Abiy Ahmed met three African Union special envoys in Addis "
         "Ababa on Friday.", date(2020, 11, 27),
         (("AU", "ET"), "Addis Ababa", date(2020, 11, 27), None, "held")),
        # derna-13: an envoy who speaks about a conference is a source, not a party to it
        ("US envoy Richard Norland said a conference in Benghazi on October 10 would be more "
         "effective if conducted jointly.", date(2023, 10, 8),
         ((), "Benghazi", date(2023, 10, 10), None, "proposed")),
        # herat-11: "China's ... Forum" is hosted by China; "to attend" it in Beijing; the
        # Taliban's minister who travels is a party of the clause (the gold names AF)
        ("The Taliban's acting minister of commerce, Haji Nooruddin Azizi, will travel to Beijing "
         "next week to attend China's Belt and Road Forum.", date(2023, 10, 14),
         (("CN", "Taliban"), "Beijing", date(2023, 10, 16), date(2023, 10, 22), "planned")),
        # tcb-08: the parties of the trigger's clause when no list sits on the trigger; the
        # host named as a leader is one of them
        ("Malaysia confirms that Prime Minister Anwar Ibrahim, as ASEAN chair, will host "
         "Thailand's acting Prime Minister Phumtham Wechayachai and Cambodia's Prime Minister Hun "
         "Manet for talks on Monday.", date(2025, 7, 27),
         (("KH", "MY", "TH"), None, date(2025, 7, 28), None, "planned")),
        # ip-02 / ip-05: the Council's closed consultations (their day is after the topic, "on
        # the crisis", where the clause ends); its meeting told in Portuguese
        ("In New York, the UN Security Council was to hold closed consultations on the crisis on "
         "Monday afternoon at the request of Pakistan.", date(2025, 5, 5),
         (("UN Security Council",), "New York", None, None, "planned")),
        ("O Conselho de Segurança da ONU, que se reuniu a portas fechadas a pedido do Paquistão, "
         "não divulgou nenhuma declaração.", date(2025, 5, 6),
         (("UN Security Council",), "New York", None, None, "held")),
        # ng-02: the venue and the day after the topic ("..., to be held in Abuja on Sunday");
        # the AU's Peace and Security Council is the AU's, not the UN's
        ("Nigeria's President Bola Tinubu, who chairs the Economic Community of West African "
         "States (ECOWAS), has convened an extraordinary summit of the bloc's heads of state and "
         "government on the situation in Niger, to be held in Abuja on Sunday, July 30, the "
         "ECOWAS Commission said.", date(2023, 7, 28),
         (("ECOWAS",), "Abuja", date(2023, 7, 30), None, "planned")),
        ("The African Union's Peace and Security Council, meeting on Friday, gave the military 15 "
         "days to return to barracks.", date(2023, 7, 28),
         (("AU",), None, date(2023, 7, 28), None, "held")),
        # ng-04: "its defence chiefs": the members of the one organisation named meet
        ("ECOWAS said its defence chiefs would meet in Abuja for two days starting on "
         "Wednesday.", date(2023, 8, 1),
         (("ECOWAS",), "Abuja", date(2023, 8, 2), None, "proposed")),
        # ng-05: the French name of ECOWAS
        ("Les chefs d'État de la Communauté économique des États de l'Afrique de l'Ouest "
         "(Cédéao) se retrouveront jeudi 10 août à Abuja pour un nouveau sommet extraordinaire.",
         date(2023, 8, 7), (("ECOWAS",), "Abuja", date(2023, 8, 10), None, "planned")),
        # ip-02: a visit "to India later in the week, on May 7-8, for a meeting"
        ("Baghaei said Araghchi would pay an official visit to India later in the week, on May "
         "7-8, for a meeting of the India-Iran joint commission.", date(2025, 5, 5),
         (("IN", "IR"), "India", date(2025, 5, 7), date(2025, 5, 8), "proposed")),
        # maui-07: a summit's parties are the states its clause names
        ("President Joe Biden is due to host Japanese Prime Minister Fumio Kishida and South "
         "Korean President Yoon Suk Yeol for a trilateral summit at Camp David on Friday before "
         "leaving for a vacation at Lake Tahoe.", date(2023, 8, 15),
         (("JP", "KR", "US"), None, date(2023, 8, 18), None, "planned")),
        # amh-11: the venue after the topic ("ended in Cairo"); "ended" says it was held
        ("The first round of talks in two years between Egypt, Ethiopia and Sudan on the Grand "
         "Ethiopian Renaissance Dam ended in Cairo on Monday without a breakthrough.",
         date(2023, 8, 29), (("EG", "ET", "SD"), "Cairo", date(2023, 8, 28), None, "held")),
        # amh-14: the parties named after the topic, "between ..."; "was held in" the venue
        ("The second round of tripartite talks on the Grand Ethiopian Renaissance Dam (GERD) "
         "between Ethiopia, Egypt and Sudan was held in Addis Ababa on Sunday.",
         date(2023, 9, 25), (("EG", "ET", "SD"), "Addis Ababa", date(2023, 9, 24), None, "held")),
        # drp-11: the parties' signing of an accord is their meeting ("US State Department"
        # only issued the release)
        ("The Democratic Republic of Congo and Rwanda are expected to sign a peace agreement in "
         "Washington on June 27, according to a joint press release issued on Wednesday by the "
         "two countries and the US State Department.", date(2025, 6, 19),
         (("CD", "RW"), "Washington", date(2025, 6, 27), None, "planned")),
        # aap-12: the venue of a summit whose sidelines the leaders met on, a city "of" its name
        ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met on "
         "Monday on the sidelines of the Shanghai Cooperation Organisation (SCO) summit in the "
         "Chinese city of Tianjin to discuss the peace process.", date(2025, 9, 1),
         (("AM", "AZ"), "Tianjin", date(2025, 9, 1), None, "held")),
        # kit-04: the leaders "of" a body meet as the body; a Spanish infinitive and "previsto"
        ("Los jefes de Estado de la Comunidad de África Oriental (EAC) tienen previsto reunirse "
         "este sábado en Bujumbura, la capital económica de Burundi, en una cumbre "
         "extraordinaria.", date(2023, 2, 2),
         (("EAC",), "Bujumbura", date(2023, 2, 4), None, "planned")),
        # niger-10: an organisation's acronym does not end the clause before its venue
        ("La première réunion des ministres des Affaires étrangères de la Confédération des États "
         "du Sahel (AES) s'est tenue lundi 16 septembre 2024 à Bamako.", date(2024, 9, 18),
         (("AES",), "Bamako", date(2024, 9, 16), None, "held")),
        # sev-04: the Italian "si è svolto" is held
        ("Il primo vertice tra Donald Trump e Vladimir Putin si è svolto venerdì nella base "
         "militare di Elmendorf-Richardson, ad Anchorage.", date(2025, 8, 16),
         (("RU", "US"), "Anchorage", date(2025, 8, 15), None, "held")),
        # thes-12: an organisation's leader is a party; the dateline's country is not
        ("Estrasburgo (Francia), 12 sep (EFE).- Grecia podrá movilizar hasta 2.250 millones de "
         "euros de fondos europeos, anunció este martes la presidenta de la Comisión Europea, "
         "Ursula von der Leyen, tras reunirse en Estrasburgo con el primer ministro griego, "
         "Kyriakos Mitsotakis.", date(2023, 9, 12),
         (("EU", "GR"), "Strasbourg", date(2023, 9, 12), None, "held")),
        # pw-14: Portugal's prime minister is no place
        ("Pedro Sánchez recibió este miércoles al primer ministro portugués, Luís "
         "Montenegro, al inicio de la cumbre hispano-portuguesa.", date(2024, 10, 23),
         (("ES", "PT"), None, date(2024, 10, 23), None, "held")),
        # bk-03: "the summit of" an organisation is its own, not the clause's other parties';
        # aap-03: where the leaders met is where the summit is
        ("À Addis-Abeba, où s'est ouvert samedi le 38e sommet de l'Union africaine, le "
         "secrétaire général de l'ONU, António Guterres, a averti que les combats au Sud-Kivu "
         "menaçaient la région.", date(2025, 2, 15),
         (("AU",), "Addis Ababa", date(2025, 2, 15), None, "held")),
        # eln-03: a state named by its lower-case adjective after its government; the round
        # of talks is "diálogos"
        ("Las delegaciones del Gobierno colombiano y del Ejército de Liberación Nacional (ELN) "
         "instalaron este lunes en la capital mexicana el segundo ciclo de la Mesa de Diálogos "
         "de Paz, que se prolongará durante unas tres semanas.", date(2023, 2, 13),
         (("CO", "ELN"), None, date(2023, 2, 13), None, "held")),
        # eln-03: the venue, then the round the trigger names
        ("Arranca este lunes en México el segundo ciclo de diálogos entre el Gobierno de Colombia "
         "y el ELN.", date(2023, 2, 13),
         (("CO", "ELN"), "Mexico", date(2023, 2, 13), None, "held")),
        # eln-12: talks "with" a group and a government are with the group's state
        ("Gobierno anuncia que el quinto ciclo de diálogos con el ELN arrancará el 30 de "
         "noviembre en Ciudad de México", date(2023, 11, 24),
         (("CO", "ELN"), "Ciudad de México", date(2023, 11, 30), None, "planned")),
        # kakh-14: the Council meets at its seat, not in the country it discusses
        ("En Nueva York, el Consejo de Seguridad de la ONU tiene previsto reunirse el viernes "
         "para tratar la situación en Ucrania.", date(2023, 6, 21),
         (("UN Security Council",), "New York", date(2023, 6, 23), None, "planned")),
        # ly-09, hmb-10, uv-12: speaking to the Council is its meeting; the speaker's name
        # ("Salvador") is no venue
        ("Tetteh is due to brief the UN Security Council in New York on Tuesday on the situation "
         "in Libya.", date(2025, 6, 21),
         (("UN Security Council",), "New York", date(2025, 6, 24), None, "planned")),
        ("\"Most recently, gangs seized Mirebalais,\" María Isabel Salvador told the Security "
         "Council on Monday.", date(2025, 4, 22),
         (("UN Security Council",), "New York", date(2025, 4, 21), None, "held")),
        # maui-08: the Spanish future makes "el viernes" the coming Friday; "surcoreano" is
        # South Korea's
        ("Antes de ir a Hawái, Biden recibirá el viernes en Camp David al primer ministro "
         "japonés, Fumio Kishida, y al presidente surcoreano, Yoon Suk-yeol, en una cumbre a "
         "tres.", date(2023, 8, 16),
         (("JP", "KR", "US"), None, date(2023, 8, 18), None, "planned")),
        # ahr-01: a leader of 2021 the table names, received at the White House
        ("Chancellor Angela Merkel is due to be received by President Joe Biden at the White "
         "House on Thursday.", date(2021, 7, 14),
         (("DE", "US"), "Washington", date(2021, 7, 15), None, "planned")),
        # bkh-11: the Spanish subjunctive of "reunirse" is a meeting's verb, with its venue
        ("Está previsto que el domingo Zelenski se reúna en Hiroshima con el presidente "
         "estadounidense, Joe Biden, y con el primer ministro japonés, Fumio Kishida, anfitrión "
         "de la cumbre.", date(2023, 5, 20),
         (("JP", "UA", "US"), "Hiroshima", date(2023, 5, 21), None, "planned")),
        # ryd-05: "would be held" is not held yet
        ("Talks between Ukraine and the United States would be held in Jeddah next week, "
         "Witkoff said.", date(2025, 3, 6),
         (("UA", "US"), "Jeddah", date(2025, 3, 10), date(2025, 3, 16), "proposed")),
        # bkh-11: the Arab League in Spanish, and Jeddah as Spanish writes it
        ("Un día antes había hecho escala en Yeda, donde intervino en la cumbre de la Liga Árabe "
         "y se reunió con el príncipe heredero saudí, Mohamed bin Salmán.", date(2023, 5, 20),
         (("Arab League",), "Jeddah", None, None, "held")),
        # ask-07: Ukraine's backers meet as one body
        ("The coalition of the willing will meet on Sunday.", date(2025, 8, 13),
         (("Coalition of the willing",), None, date(2025, 8, 17), None, "planned")),
        # bsg-04: the accord a few words after the signing verb
        ("Ucrania y Rusia firmaron este viernes en Estambul un acuerdo que permitirá exportar "
         "el cereal ucraniano.", date(2022, 7, 22),
         (("RU", "UA"), "Istanbul", date(2022, 7, 22), None, "held")),
        # bsg-09: the venue in the reporter's language, then the name the gazetteer knows
        ("Zelenski, Erdogan y Guterres se reunirán el jueves en Leópolis (Lviv), en el oeste de "
         "Ucrania.", date(2022, 8, 16),
         (("TR", "UA", "UN"), "Lviv", date(2022, 8, 18), None, "planned")),
        # nkr-07/14: leaders in French and Spanish, Pyongyang as Spanish writes it
        ("Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong-un devraient "
         "se retrouver mercredi après-midi au cosmodrome.", date(2023, 9, 13),
         (("KP", "RU"), None, date(2023, 9, 13), None, "planned")),
        ("El ministro de Asuntos Exteriores ruso, Serguéi Lavrov, se reunió este jueves en "
         "Pionyang con el líder norcoreano, Kim Jong-un.", date(2023, 10, 19),
         (("KP", "RU"), "Pyongyang", date(2023, 10, 19), None, "held")),
        # bsg-06: a venue after two words and "resort of"
        ("Putin will receive Erdogan in the Black Sea resort of Sochi on Friday, Aug. 5, "
         "Kremlin spokesman Dmitry Peskov confirmed.", date(2022, 8, 2),
         (("RU", "TR"), "Sochi", date(2022, 8, 5), None, "planned")),
        # per-02: a regional bloc's summit in Spanish
        ("El canciller de México anunció que la cumbre de la Alianza del Pacífico que debía "
         "celebrarse el 14 de diciembre en Lima queda pospuesta.", date(2022, 11, 30),
         (("Pacific Alliance",), "Lima", date(2022, 12, 14), None, "postponed")),
        # mar-01: French ministers named by lower-case adjectives and their names ("Kouleba")
        ("Les ministres des Affaires étrangères russe et ukrainien, Sergueï Lavrov et Dmytro "
         "Kouleba, devraient se rencontrer jeudi à Antalya, en Turquie.", date(2022, 3, 8),
         (("RU", "UA"), "Antalya", date(2022, 3, 10), None, "planned")),
        # mar-07: delegations "cara a cara"; "desde el 7 de marzo" dates no meeting
        ("Las delegaciones de Rusia y Ucrania volvieron a sentarse cara a cara este martes en "
         "Estambul, en el palacio de Dolmabahçe, en la primera reunión presencial desde el 7 de "
         "marzo.", date(2022, 3, 29),
         (("RU", "UA"), "Istanbul", date(2022, 3, 29), None, "held")),
        # hod-12: an envoy introduced with his organisation stands for it; "Ansar Alá" are
        # the Houthis
        ("El enviado de la ONU, Martin Griffiths, se reunió en Saná con dirigentes de Ansar Alá "
         "para preparar su participación en las conversaciones.", date(2018, 11, 22),
         (("Houthis", "UN"), "Sanaa", None, None, "held")),
        # nkw-03: phone talks are no meeting; the ministers invited "a Moscú el viernes para
        # celebrar consultas" are to meet there, on the Friday to come
        ("Ya por la noche, el Kremlin informó de que el presidente ruso, Vladímir Putin, tras "
         "una serie de conversaciones telefónicas con Alíev y con el primer ministro armenio, "
         "Nikol Pashinián, ha invitado a los ministros de Exteriores de ambos países a Moscú el "
         "viernes para celebrar consultas.", date(2020, 10, 8),
         (("AM", "AZ", "RU"), "Moscow", date(2020, 10, 9), None, "planned")),
        # bdi-14: the body meets in a relative clause after its name
        ("The AU Peace and Security Council, which met in Addis Ababa on Thursday, authorises an "
         "African Prevention and Protection Mission in Burundi.", date(2015, 12, 18),
         (("AU",), "Addis Ababa", date(2015, 12, 17), None, "held")),
        # bdi-05: what is said at the end of a summit says it was held
        ("\"The summit condemns the coup,\" Tanzanian President Jakaya Kikwete says at the end of "
         "the EAC's extraordinary summit in Dar es Salaam.", date(2015, 5, 13),
         (("EAC",), "Dar es Salaam", None, None, "held")),
        # msv-03: ECOWAS in Portuguese; the day in brackets after the weekday ends no clause
        ("Os chefes de Estado da Cedeao também convocaram uma cúpula extraordinária para sábado "
         "(19), em Abidjan.", date(2013, 1, 15),
         (("ECOWAS",), "Abidjan", date(2013, 1, 19), None, "planned")),
        # msv-10: a meeting held where the sentence opens
        ("In Addis Ababa, African leaders and international officials on Tuesday pledged $455.53 "
         "million for the military operation at a donors' conference at the African Union "
         "headquarters, AU peace and security commissioner Ramtane Lamamra said.",
         date(2013, 1, 30), (("AU",), "Addis Ababa", date(2013, 1, 29), None, "held")),
        # kas-09: the host of a conference takes part in it
        ("Meanwhile, Pakistan is likely to host an international donors' conference in "
         "Islamabad on Nov 19 to raise money for rebuilding the quake-hit areas, state-run "
         "Pakistan Television reported.", date(2005, 10, 31),
         (("PK",), "Islamabad", date(2005, 11, 19), None, "proposed")),
    ],
)  # fmt: skip
def test_meeting(
    make_ctx: MakeCtx, sentence: str, published: date, expected: tuple[Any, ...]
) -> None:
    (m,) = _meetings(make_ctx, sentence, published)
    assert (m.participants, m.place, m.date, m.date_end, m.status) == expected
    assert m.sentence == sentence


def test_a_titled_person_stands_for_the_party_named_with_the_title(make_ctx: MakeCtx) -> None:
    # hod-02/03: "UN special envoy Martin Griffiths" is the UN when named again
    sentences = [
        "UN special envoy Martin Griffiths has landed in the rebel-held capital, Sanaa.",
        "Griffiths met Houthi leaders in Sanaa on Tuesday.",
    ]
    (m,) = _meetings(make_ctx, sentences, date(2018, 6, 16))
    assert (m.participants, m.place, m.date, m.status) == (
        ("Houthis", "UN"),
        "Sanaa",
        date(2018, 6, 12),
        "held",
    )
    # and alone, he is nobody's party
    assert all(
        "UN" not in m.participants for m in _meetings(make_ctx, sentences[1:], date(2018, 6, 16))
    )


def test_rebels_at_talks_are_the_articles_rebel_group(make_ctx: MakeCtx) -> None:
    # hod-03: "rebel leaders" are the Houthis of an article that names them
    sentences = [
        "The Houthis still hold the port.",
        "UN envoy Martin Griffiths held four days of talks with rebel leaders in Sanaa to try to "
        "avert an all-out battle for the city, but flew out on Tuesday without announcing a deal.",
    ]
    (m,) = _meetings(make_ctx, sentences, date(2018, 6, 27))
    assert (m.participants, m.place, m.status) == (("Houthis", "UN"), "Sanaa", "held")


def test_the_government_of_talks_with_a_group_is_the_articles_country(make_ctx: MakeCtx) -> None:
    # drp-04: "entre le gouvernement et l'AFC/M23"; the emir who mediates is no party
    sentences = [
        "Les rebelles de l'AFC/M23 ont quitté Walikale-centre, au Nord-Kivu.",
        "Ce retrait intervient alors que des négociations directes entre le gouvernement et "
        "l'AFC/M23 sont prévues le mercredi 9 avril à Doha, sous la médiation de l'émir du Qatar.",
    ]
    (m,) = _meetings(make_ctx, sentences, date(2025, 4, 3), "RDC : le M23 quitte Walikale")
    assert (m.participants, m.place, m.date, m.status) == (
        ("CD", "M23"),
        "Doha",
        date(2025, 4, 9),
        "planned",
    )


def test_seed_001_mentions_merge_into_one_meeting(make_ctx: MakeCtx) -> None:
    meetings = _meetings(
        make_ctx,
        [
            "The four-way talks could take place in Doha on Dec. 7-8, according to Russia’s "
            "state-run TASS news agency, which cites Iranian and Arabic media coverage of "
            "bilateral talks between Turkish Foreign Minister Hakan Fidan and Iranian Foreign "
            "Minister Abbas Araqchi.",
            "The foreign ministers of Russia, Iran, Türkiye, and Qatar may meet next week to "
            "discuss the recent escalation in Syria.",
        ],
        TUE,
    )
    assert [(m.participants, m.place, m.date, m.date_end, m.status) for m in meetings] == [
        (("IR", "QA", "RU", "TR"), "Doha", date(2024, 12, 7), date(2024, 12, 8), "proposed")
    ]


def test_the_same_parties_on_other_days_are_other_meetings(make_ctx: MakeCtx) -> None:
    # ip-02: talks in Islamabad on Monday, then a visit to India on May 7-8
    meetings = _meetings(
        make_ctx,
        [
            "Iran's Foreign Minister Abbas Araghchi held talks with his Pakistani counterpart "
            "Ishaq Dar in Islamabad on Monday.",
            "Araghchi would then pay an official visit to Pakistan's neighbour on May 7-8 for a "
            "meeting of the Iran-Pakistan joint commission in Karachi.",
        ],
        date(2025, 5, 5),
    )
    assert [(m.participants, m.place, m.date) for m in meetings] == [
        (("IR", "PK"), "Islamabad", date(2025, 5, 5)),
        (("IR", "PK"), "Karachi", date(2025, 5, 7)),
    ]


def test_body_status_wins_over_the_title(make_ctx: MakeCtx) -> None:
    # seed 000: the title "Meet in Qatar" and the body's "will convene in Doha"
    meetings = _meetings(
        make_ctx,
        [
            "The foreign ministers of Turkey, Iran, and Russia will convene in Doha on Saturday.",
            "Their meeting aims to address the developments.",
            "The tripartite meeting will occur after rebels entered Homs on Friday.",
        ],
        FRI,
        title="Türkiye, Russia, Iran Meet in Qatar Amid Escalating Syria Conflict",
    )
    assert [(m.participants, m.place, m.date, m.status) for m in meetings] == [
        (("IR", "RU", "TR"), "Doha", date(2024, 12, 7), "planned")
    ]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # seed 001: a standing process and a past series
        ("Russia, Türkiye and Iran have held talks on Syria’s future as part of the Astana peace "
         "process since at least 2015.", TUE),
        # seed 001: reported coverage of bilateral talks, no venue or date
        ("TASS cites Iranian and Arabic media coverage of bilateral talks between Turkish Foreign "
         "Minister Hakan Fidan and Iranian Foreign Minister Abbas Araqchi.", TUE),
        # seed 000: the Astana process, sponsors listed
        ("Araqchi emphasized the need to “protect the achievements of the Astana process” which "
         "was sponsored by Russia, Iran and Turkey and brought about a ceasefire in Idlib in "
         "2020.", FRI),
        # seed 000: a statement and a visit are not meetings
        ("The UN warning coincides with a statement from Iraqi Foreign Minister Fuad Hussein and "
         "his Syrian counterpart, Bassam Sabbagh, who warned on Friday that recent developments "
         "in Syria pose a “serious threat”.", FRI),
        ("Prior to the turbines gathering, Iranian Foreign Minister Abbas Araghchi visited "
         "Turkey.", FRI),
        # hosting and visiting name a meeting only with a leader as guest or visitor abroad
        ("Turkey hosts 3.2 million Syrian refugees.", FRI),
        ("Lula visited São Sebastião on Monday.", date(2023, 2, 21)),
        # gezira-11: the topic's country is not where a guest is received
        ("Earlier today I received Mohamed Hamdan Dagalo and his delegation for a discussion on "
         "securing peace and stability in the Sudan.", date(2023, 12, 30)),
        # tx-07: the visitor is the subject, not the guest at dinner before the comma
        ("El presidente Donald Trump confirmó el lunes, durante una cena con el primer ministro "
         "israelí, Benjamin Netanyahu, que visitará Texas el viernes.", date(2025, 7, 8)),
        ("“I conveyed Iran’s message confirming its full and categorical support for the "
         "President of the Syrian Republic,” Araqchi stated.", FRI),
        # one party is no meeting; the topic is no party
        ("Iran will host a meeting in Tehran on Saturday to discuss Syria.", FRI),
        ("Russia and Iran met in Moscow in 2019.", FRI),
        # gen-10: the sponsors of talks are not their parties
        ("The army delegation had walked out of the US- and Saudi-sponsored talks in July.",
         date(2023, 10, 24)),
        # leb-09: meeting an appeal is no meeting
        ("France and Germany pledged more aid on Thursday, with the aim of meeting a UN appeal "
         "for Lebanon.", date(2024, 10, 17)),
        # nkw-03: talks by telephone are no meeting
        ("Putin held phone talks with Aliyev and Pashinyan on Thursday.", date(2020, 10, 8)),
        ("Tras una serie de conversaciones telefónicas con Alíev y con Pashinián, el Kremlin "
         "pidió un alto el fuego.", date(2020, 10, 8)),
        # kursk-12, bk-06: a press conference is no meeting
        ("President Volodymyr Zelensky spoke at a press conference in Kyiv with Lithuanian "
         "President Gitanas Nauseda on Monday.", date(2024, 8, 12)),
        ("La représentante du HCR au Burundi l'a indiqué lors d'une conférence de presse à "
         "Bujumbura avec des responsables du Rwanda.", date(2025, 2, 19)),
        # jed-06: a signing that is no accord between parties
        ("Benzema signs three-year deal with Saudi champions Al-Ittihad.", date(2023, 6, 6)),
        ("The president signed a decree in Kinshasa on Monday.", date(2023, 6, 6)),
        # pta-04: a body that leads talks is no party to them; nep-11: nor one someone was at
        ("The AU-led peace talks that were due to open in South Africa last weekend were "
         "postponed and no new date has been announced.", date(2022, 10, 15)),
        ("Prime Minister Khadga Prasad Oli, who returned Monday from the U.N. General Assembly "
         "and immediately called an emergency meeting of his Cabinet, has been criticised.",
         date(2024, 10, 2)),
        # bkh-04: a state and its own armed forces are one party
        ("For the April 21 meeting, Reznikov said the agenda covered \"an analysis of what's been "
         "done, our strategy for 2023, current needs of the Armed Forces\".", date(2023, 4, 20)),
    ],
)  # fmt: skip
def test_not_meetings(make_ctx: MakeCtx, sentence: str, published: date) -> None:
    assert _meetings(make_ctx, sentence, published) == []


@pytest.mark.parametrize(
    ("sentences", "published", "expected"),
    [
        # cri-14: the Romance "summit of Geneva" is where it sat, not the Ukraine it was about
        (["Kiev, 17 aprile 2014 - Al vertice a quattro di Ginevra i rappresentanti della Russia e degli Stati Uniti "
          "hanno raggiunto un'intesa per ridurre la tensione in Ucraina."], date(2014, 4, 17),
         [(("RU", "US"), "Genève", "held")]),
        # gz-06: the city that hosts; the place the meeting is about is its topic
        (["Paris accueillera samedi une réunion internationale consacrée à Gaza."],
         date(2014, 7, 25), [((), "Paris", "planned")]),
    ],
)  # fmt: skip
def test_meetings_of_the_thirty_second_split(
    make_ctx: MakeCtx, sentences: list[str], published: date, expected: list[Any]
) -> None:
    found = _meetings(make_ctx, sentences, published)
    assert [(m.participants, m.place, m.status) for m in found] == expected


def test_a_conference_about_a_country_is_not_held_there(make_ctx: MakeCtx) -> None:
    # cri-04: "organisée en marge d'une conférence internationale consacrée au Liban"
    found = _meetings(
        make_ctx,
        "Le président François Hollande et Laurent Fabius se sont joints à cette rencontre, "
        "organisée en marge d'une conférence internationale consacrée au Liban.",
        date(2014, 3, 5),
    )
    assert found == []
