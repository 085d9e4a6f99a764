"""The place written right after a school mention (issue 11): «г. Междуреченска», «с. Мраково», «станицы
Зольской», «Кондопожского района», «гимназии № 1 Владивостока», «… района Санкт-Петербурга».

A settlement followed by a municipality gives both («в селе Корсаковка Уссурийского городского округа»):
a numbered school keeps its village, a school named by its village takes the municipality. Below, where a
school is beyond the words right after it: a place inside its quoted name, a district said once after a
bracketed list, a town after a bare kind, and the place another mention of the same school states.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from svodka.extractors import models
from svodka.normalizers.cities import (
    CITY_OF_DISTRICT, MUNICIPALITY_PHRASE, SETTLEMENT_KIND, SETTLEMENT_NAME, URBAN_DISTRICT, city_nominative,
    city_of_adjective, city_of_place, district_nominative, geox_town, is_surname, listed_city, municipality_nominative, okrug_nominative, settlement_nominative,
)
from svodka.normalizers.schools import same_name, village_name

SPACE = re.compile(r"[ \u00a0]*")
# «… № 19 …» г. Междуреченска: a city stated right after the mention; a settlement named by its kind
# («, с. Берёзовка», «(п. Новая Игирма)», «станицы Зольской», «в селе Корсаковка»); a municipality
# («Кондопожского района», «Уссурийского городского округа»); a listed city in the genitive («гимназии № 1
# Владивостока»). A quoted name may stand between («Детский сад № 11 «Светлячок» станицы Зольской»).
PLACE_LEAD = re.compile(r"[ \u00a0]*(?:[а-яё]+(?:ого|его)[ \u00a0]+вида[ \u00a0]+)?(?:«[^«»\n]{1,40}»[ \u00a0]*)?"
                        r"[,(]?[ \u00a0]*(?:в[ \u00a0]+(?=[а-яё]))?")  # «№ 124 общеразвивающего вида Владивостока»
# «в школе №6 во Владивостоке», «школы № 14 из Казани»: a listed city in the prepositional (after «в») or the
# genitive (after «из») right after the mention.
IN_CITY = re.compile(r"[ \u00a0]+(?P<prep>во?|из)[ \u00a0]+(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                     r"(?![ \u00a0]*[А-ЯЁ]\.)")
CITY_AFTER = re.compile(r"(?:(?:г\.[ \u00a0]*о\.|г\.|гор\.|города?(?:-(?:курорт|геро)\w*)?|городско(?:й|го)[ \u00a0]+округ(?:а)?"
                        r"|(?:муниципального[ \u00a0]+образования|МО)[ \u00a0]+[«\"]?(?:[Гг]ород|г\.))"  # МО «Город X»
                        r"[ \u00a0]*(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
                        r"(?:(?<=ий|ый|ой|ая|ое|ие|ые)[ \u00a0][А-ЯЁ][а-яё]+(?![а-яё]|[ \u00a0]*[А-ЯЁ]))?)"  # «г. Нижний Ломов»
                        r"|(?P<place>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*[ \u00a0]+ГО)\b"
                        rf"|(?<![\w.-]){SETTLEMENT_KIND}(?P<settlement>{SETTLEMENT_NAME})"
                        rf"|{MUNICIPALITY_PHRASE.pattern}"
                        r"|(?P<okrug>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)[ \u00a0]+автономн(?:ый|ого|ом)[ \u00a0]+округ"
                        r"|округа?[ \u00a0]+(?P<town_okrug>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"  # «округа Мурома»
                        r"|(?P<bare>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)(?![ \u00a0]*[А-ЯЁ]\.))")
# «… района Санкт-Петербурга», «… района г. Москвы»: a city's district names the city.
# Without «г.» only a listed city: «… Московского района Ильдар Сафин» names a person.
# «… Советского района города»: the city the report is about, not named again.
THIS_CITY = re.compile(r"[ \u00a0]+(?:города|г\.)(?![ \u00a0]*[А-ЯЁ])")


def place_after(text: str, pos: int, people=frozenset()) -> dict:
    """The place stated right after a mention that ends at `pos`: {"place", "settlement", "municipality"}.

    `settlement` is set for a village («с. Мраково»), `municipality` for a district or okrug, also the one after
    a village («в селе Корсаковка Уссурийского городского округа»); `urban` for a district named like a city's
    («Ленинского района»), which the caller places in the report's city or, in a regional report, in that district. A genitive city without «г.» must be a listed
    city and no surname of the document's `people` («гимназии № 1 Владивостока», not «школы № 5 Иванова»).

    >>> place_after(" «Светлячок» станицы Зольской прошла", 0)["place"]
    'Зольская'
    >>> place_after(" Курортного района Санкт-Петербурга", 0)["place"], place_after(" из Казани", 0)["place"]
    ('Санкт-Петербург', 'Казань')
    >>> place_after(" в селе Корсаковка Уссурийского городского округа", 0)
    {'place': 'Корсаковка', 'settlement': True, 'municipality': 'Уссурийский городской округ', 'urban': ''}
    """
    found = {"place": "", "settlement": False, "municipality": "", "urban": ""}
    if (inside := IN_CITY.match(text, pos)) and \
            (_genitive(inside["city"]) if inside["prep"] == "из" else _prepositional(inside["city"])) and \
            not is_surname(inside["city"], people) and \
            (city := listed_city(inside["city"]) or (geox_town(inside["city"]) if inside["prep"] == "из" else "")):
        # «детского сада «Солнышко» из Энска»: after «из» a town pymorphy3 knows as a place will do
        found["place"] = city
        return found
    lead = PLACE_LEAD.match(text, pos)
    after = CITY_AFTER.match(text, lead.end())
    if not after:
        return found
    if after["city"]:
        found["place"] = city_nominative(after["city"], loose=True)
    elif after["settlement"]:
        kind = text[after.start():after.start("settlement")]
        found["place"], found["settlement"] = settlement_nominative(after["settlement"], kind), True
        words = len(found["place"].split())  # «Корсаковка Уссурийского …»: the second word may begin the district
        rest = after.start("settlement") + len(" ".join(after["settlement"].split()[:words]))
        if more := MUNICIPALITY_PHRASE.match(text, SPACE.match(text, rest).end()):
            found["municipality"] = municipality_nominative(more["adj"], more["kind"])
    elif after["adj"]:
        place = municipality_nominative(after["adj"], after["kind"])
        city = CITY_OF_DISTRICT.match(text, after.end())
        if after["kind"].startswith("район") and city and (name := city_nominative(city["city"], loose=bool(city["g"]))
                                                           or listed_city(city["city"])):
            place = name  # «ГБОУ СОШ № 556 Курортного района Санкт-Петербурга» is in Санкт-Петербург
        found["place"] = found["municipality"] = place
        if not place and after["kind"].startswith("район"):
            found["urban"] = district_nominative(after["adj"], municipal=True)  # «Северного района»: maybe a city's
            found["of_the_city"] = bool(THIS_CITY.match(text, after.end()))  # «… района города»: the report's
    elif after["place"]:
        found["place"] = city_of_place(after["place"])
    elif after["okrug"]:  # «МОУ «СОШ № 1» Ненецкий автономный округ»
        found["place"] = okrug_nominative(after["okrug"])
    elif after["town_okrug"] and not is_surname(after["town_okrug"], people):  # a town's округ: the town
        found["place"] = listed_city(after["town_okrug"]) or geox_town(after["town_okrug"])
    elif after["bare"] and not re.search(r"[,(«]|\bв\s", text[pos:lead.end()]) and \
            (not is_surname(after["bare"], people) or _only_place(after["bare"])):
        found["place"] = (listed_city(after["bare"]) or geox_town(after["bare"])) if _genitive(after["bare"]) else ""
    elif after["bare"] and text[pos:lead.end()].strip() == "(" and text[after.end():after.end() + 1] == ")" and \
            not is_surname(after["bare"], people):
        # «школа № 3 (Энск)»: a listed town alone in brackets, in the nominative («(Иванова)» is a person)
        found["place"] = city if (city := listed_city(after["bare"])) == after["bare"] else ""
    return found


# «в Энске во Дворце творчества», «в г. Энске на базе МБОУ …»: a town named right before the institution an event
# was held in is where that institution is.
VENUE_TOWN_BEFORE = re.compile(r"(?<![\w-])[Вв]о?[ \u00a0]+(?:г\.[ \u00a0]*)?(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                               r"[ \u00a0]*,?[ \u00a0]+(?:во?|на[ \u00a0]+базе)[ \u00a0]+$")
VENUE_LOOK = 60
# «губкинский учитель истории школы № 2»: a town's adjective on the person whose school follows in the same clause.
PERSON_TOWN_BEFORE = re.compile(
    r"(?<![\w-])(?P<adj>[а-яё]+(?:ск|цк)(?:ий|ая|ого|ой|ому|ую|им|ом))[ \u00a0]+"
    r"(?:учител|педагог|преподавател|директор|воспитател|учени|учащ|школьни|выпускни|завуч)[а-яё]*"
    r"(?:[ \u00a0]+(?!школ|гимнази|лице)[а-яё]+){0,5}[ \u00a0]+$")
PERSON_LOOK = 90


def town_before(text: str, start: int, people=frozenset()) -> str:
    """The town of «в Энске во …» right before a mention that starts at `start`, or of a town's adjective on the
    person of the mention («энский учитель истории школы № 2»), nominative; "" for none.

    >>> town_before("в Кургане во Дворце", 13), town_before("в Кургане, а во Дворце", 16)
    ('Курган', '')
    >>> town_before("курганский учитель истории школы", 27), town_before("курганский учитель, гость школы", 26)
    ('Курган', '')
    >>> town_before("губкинский учитель школы", 19), town_before("советский учитель школы", 18)
    ('Губкин', '')
    """
    found = VENUE_TOWN_BEFORE.search(text, max(0, start - VENUE_LOOK), start)
    if not found or not _prepositional(found["city"]) or is_surname(found["city"], people):
        person = PERSON_TOWN_BEFORE.search(text, max(0, start - PERSON_LOOK), start)
        # a town that is a surname too is meant here («губкинский»); a city district's adjective is not («советский»)
        return city_of_adjective(person["adj"], loose=True) if person and \
            not URBAN_DISTRICT.match(person["adj"].capitalize()) else ""
    return listed_city(found["city"])


def _prepositional(word: str) -> bool:
    return any("loct" in p.tag for p in models.parses(word)[:4])


def _genitive(word: str) -> bool:  # … singular, or a town's plural-only name («Сухиничей»)
    return any("gent" in p.tag and ("plur" not in p.tag or {"Pltm", "Geox"} <= p.tag.grammemes)
               for p in models.parses(word)[:4])


def _only_place(word: str) -> bool:
    """A word pymorphy3 knows only as a place («Людинова»): a town though a person's record took it as a surname."""
    found = models.parses(word)[:4]
    return bool(found) and all("Geox" in p.tag for p in found)


# «учителя из Азовского (Гауфская школа), Любинского (Любинская школа № 3) и Черлакского (…) районов»: districts
# named by their adjectives, each with its school in brackets, the noun «районов» said once at the end.
DISTRICT_ITEM = re.compile(r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ого|его))[ \u00a0]*"
                           r"\((?P<inside>[^()\n]{1,120})\)")
ITEM_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:и[ \u00a0]+)?|и[ \u00a0]+)")
LIST_END = re.compile(r"[ \u00a0]*(?P<municipal>муниципальных[ \u00a0]+)?(?:районов|районах|районам)(?![\w-])")


def bracketed_districts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, district) of each bracket in a list of districts whose noun comes once after the last item
    («Азовского (…), … и Черлакского (…) районов»): the schools in that bracket are in that district. One pass.

    >>> bracketed_districts("из Азовского (Гауфская школа) и Калачинского (Гимназия № 1) районов")
    [(14, 28, 'Азовский район'), (46, 58, 'Калачинский район')]
    >>> bracketed_districts("из Азовского (Гауфская школа) и Калачинского (Гимназия № 1)")
    []
    """
    found, run, last_end = [], [], -1
    for item in DISTRICT_ITEM.finditer(text):
        if run and not ITEM_GAP.fullmatch(text, last_end, item.start()):
            run = []  # not the next item of the same list
        run.append(item)
        last_end = item.end()
        if end := LIST_END.match(text, item.end()):
            kind = "муниципального района" if end["municipal"] else "района"
            for part in run:
                if district := district_nominative(part["adj"], municipal=True) if not end["municipal"] else \
                        municipality_nominative(part["adj"], kind):
                    found.append((part.start("inside"), part.end("inside"), district))
            run = []
    return found


# --- where a school is, beyond the words right after it ---

CITY_TAG_IN_NAME = re.compile(r"\bг\.[ \u00a0]*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")
# A gymnasium or a lyceum in the singular, without a number: a town's one («гимназия Энска», «энской гимназии»).
ONE_OF_A_TOWN = re.compile(r"(?i:гимназия|гимназию|гимназией|лицей|лицея|лицею|лицеем|лицее)")
TOWN_AFTER = re.compile(r"[ \u00a0]+(?P<town>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)(?![ \u00a0]*[А-ЯЁ])")


def town_after_kind(word: str) -> str:
    """A town written in the genitive after a kind («Тюкалинска»): a listed city, or one pymorphy3 tags as a place
    or does not know at all; never a person (pymorphy3's surnames and first names are no towns)."""
    if not any("gent" in p.tag for p in models.parses(word)[:4]):
        return ""
    return listed_city(word) or geox_town(word)


SETTLEMENT_IN_NAME = re.compile(rf"(?<![\w.-]){SETTLEMENT_KIND}(?P<name>{SETTLEMENT_NAME})")  # «№ 3 с. Каменка»


def place_in_name(text: str, start: int, stop: int) -> str:
    """The town or village a quoted name states after its number («СОШ № 57 г. Энска имени …», «ООШ № 2 с.
    Каменка»), nominative; "" when it states none."""
    if city := CITY_TAG_IN_NAME.search(text, start, stop):
        return city_nominative(city.group(1), loose=True)
    if village := SETTLEMENT_IN_NAME.search(text, start, stop):
        return settlement_nominative(village["name"], text[village.start():village.start("name")])
    return ""


def place_bracketed(mentions: list[dict], brackets: list[tuple[int, int, str]]) -> None:
    """A mention without a stated place inside a district's bracket («Любинского (Любинская школа № 3) …
    районов») is in that district (in place; both lists sorted, one merge pass)."""
    index = 0
    for mention in mentions:
        while index < len(brackets) and brackets[index][1] < mention["end"]:
            index += 1
        if index < len(brackets) and brackets[index][0] <= mention["start"] and not mention["city"]:
            mention["city"] = mention["district"] = brackets[index][2]
            mention["explicit"] = True


MAX_PLACED = 50  # named institutions with a stated place compared per sector: a bound, not a quadratic


def share_cities(mentions: list[dict]) -> None:
    """A named institution whose mentions say its place only once («"Детско-юношеская спортивная школа" в селе
    Атрать» … «МАУ ДО "ДЮСШ"») is in that place at every mention (in place)."""
    placed = defaultdict(list)
    for m in mentions:
        if m["name"] and not m["number"] and m.get("explicit"):
            placed[m["sector"]].append(m)
    for m in mentions:
        if m["name"] and not m["number"] and not m.get("explicit") and placed[m["sector"]]:
            match = next((p for p in placed[m["sector"]][:MAX_PLACED] if same_name(m["name"], p["name"])), None)
            if match:
                m["city"] = match["city"]


def share_numbered_cities(mentions: list[dict]) -> None:
    """In a report about no one city, «команда школы № 1» is the «мичуринской школы № 1» named elsewhere in it:
    a numbered mention without a place takes the place of the others of its sector and number when they agree
    on one (in place)."""
    places = defaultdict(set)
    for m in mentions:
        if m["number"] and m["city"]:
            places[(m["sector"], m["number"])].add(m["city"])
    for m in mentions:
        if m["number"] and not m["city"] and len(found := places.get((m["sector"], m["number"]), ())) == 1:
            m["city"] = next(iter(found))


def share_list_places(mentions: list[dict]) -> None:
    """«учащиеся школ № 1, 2, 6 и 7 нашего округа» … «СОШ № 2 г. Энска»: a list of numbers said without a place is
    in the one place the text states for any of its schools elsewhere (in place; one pass to collect, one to set)."""
    stated = defaultdict(set)
    for m in mentions:
        if m["number"] and m.get("explicit") and m["city"]:
            stated[(m["sector"], m["number"])].add(m["city"])
    lists = defaultdict(list)
    for m in mentions:
        if m["number"] and not m.get("explicit"):
            lists[(m["start"], m["end"], m["sector"])].append(m)
    for (_start, _end, sector), group in lists.items():
        places = set().union(*(stated.get((sector, m["number"]), set()) for m in group))
        if len(group) > 1 and len(places) == 1:
            for m in group:
                m["city"], m["explicit"] = next(iter(places)), True


@functools.lru_cache(maxsize=4)  # once per document (a str caches its hash)
def text_district(text: str, doc_city: str = "") -> str:
    """The district a text names, for a school named by its village that states none: the one district named
    («СОШ Энского района» … «Луговская СОШ»), or of several the one named after the report's town («в г. Энске»
    … «Энского района»); "" otherwise.

    >>> text_district("Педагоги Камского района. Учитель Луговской СОШ"), text_district("Из Камского и Окского районов")
    ('Камский район', '')
    >>> text_district("Лицей г. Омска, гости Окского района и Омского района", "Омск")
    'Омский район'
    """
    named = {place for match in MUNICIPALITY_PHRASE.finditer(text)
             if (place := municipality_nominative(match["adj"], match["kind"])) and place.endswith((" район", " округ", " кожуун", " улус"))}
    if len(named) == 1:
        return next(iter(named))
    eponymous = [place for place in named if doc_city and city_of_adjective(place.split(" ")[0], loose=True) == doc_city]
    return eponymous[0] if len(eponymous) == 1 else ""


# «Победители работают в Ванино — учитель школы № 4; Вяземском — учитель школы № 20», «коллеги из Энска: учитель
# школы № 16, …»: a town heads a list item (after «в»/«из», or after «;» continuing such a list), its schools follow.
LIST_HEAD = re.compile(r"(?:(?<![\w-])(?P<prep>в|во|из|В|Во|Из)[ \u00a0]+|(?<=;)[ \u00a0]*)"
                       r"(?P<town>[А-ЯЁ][а-яё]+(?:-[а-яё]+-[А-ЯЁ][а-яё]+|-[А-ЯЁ][а-яё]+)?)"
                       r"[ \u00a0]*(?P<mark>[—–:]|-(?=[ \u00a0]))")
ITEM_END = {":": re.compile(r"[.!?](?=\s+[А-ЯЁ«])|\n"), "—": re.compile(r"[;.!?\n]")}
ITEM_REACH = 2000  # characters an item may run: a long line without stops is not one item to its end


def list_heads(text: str, people=frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, town) of each list item a town heads: to the item's «;» after a dash, to the sentence end
    after a colon. A «;» item continues a list only right after one; a surname of the document's `people` heads
    no item. One pass.

    >>> list_heads("работают в Энске — учитель школы № 4; Заречном — учитель школы № 2. Итоги")
    [(11, 36, 'Энск'), (38, 66, 'Заречный')]
    >>> list_heads("Петрова — учитель школы № 4; Иванова — учитель школы № 2.")
    []
    """
    found, last_end = [], -1
    for match in LIST_HEAD.finditer(text):
        if not match["prep"] and match.start() - 1 != last_end:
            continue  # «; Иванова — …» is no town unless a town's item ends right there
        if is_surname(match["town"], people):
            continue
        town = city_nominative(match["town"], loose=True)
        if not town:
            continue
        mark = ":" if match["mark"] == ":" else "—"
        end = ITEM_END[mark].search(text, match.end(), match.end() + ITEM_REACH)
        stop = end.start() if end else min(len(text), match.end() + ITEM_REACH)
        found.append((match.start("town"), stop, town))
        last_end = stop if end and text[stop] == ";" else -1
    return found


def place_listed(mentions: list[dict], heads: list[tuple[int, int, str]]) -> None:
    """A mention without a stated place inside a town's list item is in that town (in place; one merge pass)."""
    index = 0
    for mention in mentions:
        while index < len(heads) and heads[index][1] < mention["end"]:
            index += 1
        if index < len(heads) and heads[index][0] <= mention["start"] and not mention["city"]:
            mention["city"] = heads[index][2]
            mention["explicit"] = True


# «СП – Детский сад «Ромашка» МБОУ СОШ с. Луговое», «МБОУ ООШ п. Лесной С/П детский сад «Берёзка»»: a kindergarten
# that is a unit (структурное подразделение) of the school beside it is where that school is.
UNIT = r"(?:СП|С/П|структурн\w*[ \u00a0]+подразделени\w*)"
UNIT_BEFORE = re.compile(rf"{UNIT}[ \u00a0]*[–—-]?[ \u00a0]*$")
UNIT_GAP = re.compile(rf"[ \u00a0]*(?:,?[ \u00a0]*{SETTLEMENT_KIND}{SETTLEMENT_NAME})?[ \u00a0,]*"
                      rf"(?P<unit>{UNIT}[ \u00a0]*[–—-]?[ \u00a0]*)?")


def share_unit_places(text: str, mentions: list[dict]) -> None:
    """A school's unit named right before or after it takes the school's stated place (in place; one pass over
    neighbours)."""
    for a, b in zip(mentions, mentions[1:]):
        if a["sector"] == b["sector"] or bool(a.get("explicit")) == bool(b.get("explicit")) or a["end"] > b["start"]:
            continue
        gap = UNIT_GAP.fullmatch(text, a["end"], b["start"])
        if not gap or not (gap["unit"] or UNIT_BEFORE.search(text, max(0, a["start"] - 30), a["start"])):
            continue
        source, target = (a, b) if a.get("explicit") else (b, a)
        target["city"], target["explicit"] = source["city"], True
        target["settlement"] = source.get("settlement", False)


# «школы № 11 и гимназии № 1 г. Энска»: two schools joined by «и», the town said once after the second.
PAIR_GAP = re.compile(r"[ \u00a0]+и[ \u00a0]+")
LIST_GAP = re.compile(r"[ \u00a0]*(?:[,;]|[ \u00a0]и)[ \u00a0]*")


def share_pair_places(text: str, mentions: list[dict]) -> None:
    """The first of two schools joined by «и» without a place of its own takes the town written after the second
    («школы № 11 и гимназии № 1 г. Энска»), when the second is numbered and the place a town. The earlier items of
    a longer list («СОШ № 3, гимназии № 2 и лицея № 5 г. Энска»), or a district after a pair, only get `list_place`:
    the caller uses it where the report names no place of its own. In place; one pass over neighbours."""
    for index in range(len(mentions) - 1):
        a, b = mentions[index], mentions[index + 1]
        if a.get("explicit") or not b.get("placed_after") or a["sector"] != b["sector"] or a["end"] > b["start"] \
                or not b["number"] or b.get("settlement") or not LIST_GAP.fullmatch(text, a["end"], b["start"]):
            continue  # a village after the second is its own («… и СОШ № 2 с. Луговое»)
        chain = [a]  # the unplaced items of the list before `b`, nearest first
        back = index
        while (back := back - 1) >= 0 and (m := mentions[back])["end"] <= chain[-1]["start"] and \
                not m.get("explicit") and LIST_GAP.fullmatch(text, m["end"], chain[-1]["start"]):
            chain.append(m)
        if len(chain) == 1 and not b.get("district") and PAIR_GAP.fullmatch(text, a["end"], b["start"]) and \
                not (back >= 0 and mentions[back]["start"] == a["start"]):
            a["city"], a["explicit"] = b["city"], True  # a pair: the town after the second is the first's too
            a["settlement"] = b.get("settlement", False)
        else:  # a longer list or a district: only where the report names no place of its own (the caller decides)
            for m in chain:
                m["list_place"] = b["city"]


# A branch of an institution: «Луговской филиал МБОУ «…»» is a school of its own, named by its village; «филиал МАУ ДО
# «ЦДО» г. Энска в п. Лесной» is the centre's branch in that settlement.
BRANCH_BEFORE = re.compile(r"(?<![\w-])(?:(?P<adj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ск|цк)(?:ий|ой|ого|ому|им|ом))"
                           r"[ \u00a0]+)?[Фф]илиал(?:а|е|у|ом)?[ \u00a0]+$")
BRANCH_PLACE = re.compile(r"(?:[ \u00a0]*,?[ \u00a0]*(?:г\.|гор\.)[ \u00a0]*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)?"
                          rf"[ \u00a0]*,?[ \u00a0]*в[ \u00a0]+(?P<kind>{SETTLEMENT_KIND})(?P<name>{SETTLEMENT_NAME})")

def branches(text: str, parsed: tuple, stop: int) -> list[dict]:
    """The branch a mention is the parent of: «Луговской филиал МБОУ «…»» (named by its village: «Луговской
    филиал»), «филиал МАУ ДО «ЦДО» г. Энска в п. Лесной» (the parent's name, in п. Лесной); [] for no branch."""
    if not parsed or not (branch := BRANCH_BEFORE.search(text, max(0, parsed[0]["start"] - 60), parsed[0]["start"])):
        return []
    first = dict(parsed[0])
    if branch["adj"] and (village := village_name(branch["adj"], "masc")):
        first.update(start=branch.start(), name=f"{village} филиал", number="", village=True, explicit=False,
                     settlement=False, district="", urban="", city="")
        return [first]
    if place := BRANCH_PLACE.match(text, stop):
        first.update(start=branch.start(), end=place.end(), city=settlement_nominative(place["name"], place["kind"]),
                     explicit=True, settlement=True, district="", urban="")
        return [first]
    return []


def row_city(table: dict, row: dict | None) -> str:
    """The city a table row is about: its label (or its group's) when that names a city."""
    if row is None:
        return ""
    rows = table.get("rows", [])
    index = next((i for i, r in enumerate(rows) if r is row), None)
    if index is not None and row.get("continues") and not row.get("label"):
        while index > 0 and not rows[index].get("label"):
            index -= 1
        row = rows[index]
    for text in (row.get("label", ""), row.get("group", "")):
        if city := city_of_place(text or ""):
            return city
    return ""
