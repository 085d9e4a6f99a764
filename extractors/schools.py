"""School mentions in every form, in prose and tables (issue 4).

A mention starts at a legal form («МБОУ», «МБНОУ», «МБУ ДО») or a kind phrase
(«СОШ», «гимназии», «детский сад», data in `data/school_kinds.txt`) and goes
on with numbers («№ 56», «№№ 6, 47», «7, 19, 20», «39 и 53») or a quoted name
(«Колосок», «Лицей имени А.Г. Баженова»). Numbers are never read without a
kind or a form in front of them, except in a table column that says it lists
schools («№№ ОО»): that is what keeps a decree's «№ 1235» out.

The city of a mention is the nearest one stated: «г. Междуреченска» right
after it, then the label of its table row, then the document's city
(`meta(doc)["city"]`, set by `svodka_city`). A «г. X» after a list reaches back
over one mention only: the one it directly follows, with all the numbers that
share that mention's kind phrase («МБОУ СОШ №№ 6, 47 г. Кемерово» → both), but
not the earlier items that have a kind phrase of their own («СОШ № 32, гимназии
№ 2 и «Школа № 20» г. Череповца» → only № 20), and never anything after a
sentence end. A kind word may follow a legal form after one or two adjectives
(«МБОУ «Ангарская начальная школа № 17»» is a НОШ). Within a document, mentions of
one institution (same city, sector and number or name) get one kind and one
name, so the first row of each is representative.

Real reports (issue 11) add: written-out legal forms, a municipality or a region
between the form and the name, schools named by their village (the adjective is
the key, `village_of_name`; «школа с. X»), schools named without a form
(`extractors.school_bare`), the place after a mention (`extractors.school_places`).
A school named by its village takes the district the text names; a regional
institution has no municipality; an adjective in a name («Мариинская гимназия»)
gives a city only if the text names that city too.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from svodka.normalizers.cities import (
    MUNICIPALITY_PHRASE, SETTLEMENT_NAME, SETTLEMENT_PREFIX, city_nominative, city_of_adjective,
    municipality_nominative, names_city, settlement_nominative, surname_stems,
)
from svodka.normalizers.schools import (
    FORM_RE, FULL_FORM_RE, best_kind, classify, default_kind, form_sector, full_form_sector, kind_regex, name_key,
    reconcile_names, rule_of, split_numbers, village_name, village_of_name,
)
from svodka.extractors import models
from svodka.normalizers.phrases import inflect_phrase
from svodka.extractors.school_bare import (
    kind_gender, mention as _mention, ordinal_before, ordinal_schools, qualified_schools, separate_kinds, village_schools,
)
from svodka.extractors.school_places import (
    CITY_TAG_IN_NAME, ONE_OF_A_TOWN, TOWN_AFTER, bracketed_districts, list_heads, place_after, place_bracketed,
    branches, place_in_name, place_listed, row_city, share_cities, share_list_places, share_pair_places, share_unit_places, share_numbered_cities, text_district, town_after_kind,
    town_before,
)
from svodka.extractors.school_lists import adjective_named, listed_numbers, nominative_kind, village_before
from svodka.extractors.tables import locate
from svodka.extractors.records import add_record, doc_text, meta, records

QUOTES_OPEN = "«\"“„"
QUOTES_CLOSE = "»\"”“"
SPACE = re.compile(r"[ \u00a0]*")
# After a legal form: «МАУ ДО\n"Детско-юношеская спортивная школа"», «МОУ-СОШ №16».
FORM_SPACE = re.compile(r"[ \u00a0]*(?:\n[ \u00a0]*(?=[«\"“„])|-(?=[А-ЯЁ«\"]))?")
# «№ 56», «№№ 6, 47», «№ № 14», «N 5»: the first number of a mention.
# «гимназии номер 23, 35 и 3»: the sign written as a word.
# «Гимназия √19»: a «№» mangled by a wrong code page (cp866's neighbour) reads as one too.
SIGNED_NUMBER = re.compile(r"[ \u00a0]*(?:(?:№|√(?=[ \u00a0]*\d)|номер(?:а|ом|е)?(?=[ \u00a0]*\d))[ \u00a0]*){1,2}(\d{1,4})(?!\d)"
                           r"|[ \u00a0]*N[oо]?[ \u00a0]?(\d{1,4})(?!\d)")
# «гимназии 18», «в школах 7, 19»: a number right after a kind word, without «№».
BARE_NUMBER = re.compile(r"(?:[ \u00a0]+|(?<=[А-ЯЁ]))(\d{1,3})(?!\d)")  # … and «СОШ1» glued to an abbreviation
# «, 47», « и 53», «; 12», «, № 8»: the next number of a list.
NEXT_NUMBER = re.compile(r"[ \u00a0]*(?:,|;|[ \u00a0]и)[ \u00a0]*(?:№[ \u00a0]*){0,2}(\d{1,4})(?!\d)")
# «№ 5» or, in texts without the sign (koi8, a keyboard without it), «N 5», «No 5», «No14».
NUMBER_SIGN = r"(?:№|(?<![A-Za-z])N[oо]?(?=[ \u00a0]?\d))"
# Words that may stand between a kind and its number: «детский сад комбинированного вида № 5»,
# «СОШ с УИОП N 10» (углублённое изучение отдельных предметов), «школа с углублённым изучением математики № 3».
QUALIFIERS = re.compile(
    r"(?:[ \u00a0]+(?:комбинированн|общеразвивающ|компенсирующ|присмотр|оздоровлен|вид|кадетск|казачь|углубленн"
    r"|углублённ|изучени|отдельн|предмет|уиоп|язык|математик|физик|хими|биологи|информатик|литератур|истори"
    r"|экономик|искусств|наук|направлени|профил|и|с|для|обучающихся|ограниченн|возможност|здоровья|[а-яё]+ого)[а-яё]*){1,6}"
    rf"(?=[ \u00a0]*{NUMBER_SIGN})", re.IGNORECASE)
# What after a number shows it counts something rather than naming a school.
NOT_A_SCHOOL_NUMBER = re.compile(
    r"(?:[-–—]\d|[.,]\d|[ \u00a0]*%|-?(?:х|ти|ми|й|го|м|е)\b"
    r"|[ \u00a0]+(?:класс|чел|человек|год|лет|руб|тыс|млн|час|мин|учащ|обучающ|педагог|участник|пункт|шт"
    r"|раз|мест|балл|ступен|этаж|корпус|кабинет|групп))", re.IGNORECASE)
# «школ 1 – 4 классов»: a range after a number without «№» (after «№ 1 – 25 человек» it is a count).
RANGE_AFTER = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*\d")
# After a bare first number only these lower-case words may follow («гимназии 18 и ...»).
BARE_FOLLOWERS = re.compile(r"[ \u00a0]+(?!(?:и|с|им|имени|г|гор|города|в)\b)[а-яё]")
# «ГБОУ РХ «…»»: a region's abbreviation between the form and the quoted name.
CITY_TAG = re.compile(r"[ \u00a0]+г\.[ \u00a0]*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)(?=[ \u00a0]*(?:[«\"“]|№))")
REGION_TAG = re.compile(r"[ \u00a0]+[А-ЯЁ]{2,3}(?=[ \u00a0]*[«\"“])")
REGION_PHRASE = re.compile(r"[ \u00a0]+(?:[А-ЯЁ][а-яё-]+(?:ой|ого)[ \u00a0]+"
                           r"(?:области|края|автономного[ \u00a0]+округа)|Республики[ \u00a0]+[А-ЯЁ][а-яё-]+(?:[ \u00a0]+Эл)?)")
# Adjectives between a legal form and the kind word: «МБОУ «Ангарская начальная школа № 17»», «Татарская гимназия».
ADJECTIVE = re.compile(r"(?:[А-ЯЁа-яё][а-яё]+(?:-[а-яё]+)*(?:ая|яя|ий|ый|ой|ое|ее|ие|ые|ого|его|ей|ую|юю|их|ых|ом|ем)"
                       r"|[А-ЯЁ]{2,}(?:-[А-ЯЁ]+)*(?:СКАЯ|ЦКАЯ|СКОЙ|ЦКОЙ))[ \u00a0]+")
# «… школа имени Героя Советского Союза А.И. Покрышкина»: an honorific names the institution; a word before
# «района»/«округа» is the district after it («… А.Ф. Петрова Юрьев-Польского района»), no part of the name.
HONORIFIC = re.compile(r"[ \u00a0]+(?:имени|им\.)[ \u00a0]*(?:(?:[А-ЯЁ]\.[ \u00a0]?){1,2}[ \u00a0]*)?"
                       r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \u00a0]+(?:(?:[А-ЯЁ]\.[ \u00a0]?){1,2}[ \u00a0]*)?"
                       r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])(?![ \u00a0]+(?:района|округа|муниципальн|городско))){0,4}")
# «краевой детско-юношеской спортивной школы», «воркутинского детского сада»: an adjective before a kind.
REGIONAL_BEFORE = re.compile(r"(?<![\w-])(?:[Кк]раев|[Оо]бластн|[Рр]еспубликанск)(?:ой|ая|ую|ого|ому|ом|ым|ий|ый)[ \u00a0]+$")
PLACE_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ск|цк)(?:ой|ая|ую|ого|ому|ом|ий)[ \u00a0]+$")
CITY_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])([а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ых))[ \u00a0]+$")
# … capitalized, it may be a village's («Травинская СОШ»): a town's only where the text names the town too.
TOWN_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:ск|цк)(?:ая|ой|ую|ий|ого|ому|ом|ое))[ \u00a0]+$")
NESTED_NAME = re.compile(r"[ \u00a0]*«[^«»\n]{1,40}»(?:[ \u00a0]*»)?")  # «№ 11 «Светлячок»» after a number
AND_VILLAGE = re.compile(r"[ \u00a0]+и[ \u00a0]+(?P<adj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                         r"(?![ \u00a0]*(?:[«А-ЯЁ]|(?!(?:и|или|а)\b)[а-яё]))")  # no noun after it: «… и Айлинской и …»
AND_KIND = re.compile(r"[ \u00a0]+и[ \u00a0]+")
# Kinds that a quoted or a bare name may follow without a legal form: «в лицее «Звёздный»», «МАОУ гимназия».
NAMED_BY_QUOTE = {"Гимназия", "Лицей", "СОШ", "ООШ", "НОШ", "Школа-интернат"}
BARE_KIND_END = re.compile(r"[ \u00a0]*(?:[.,;)]|$)")
# A school named by its village right after its kind, and more villages of a plural kind («школ с. X и Y»).
VILLAGE_AFTER = re.compile(rf"[ \u00a0]*(?P<prefix>(?:в[ \u00a0]+)?{SETTLEMENT_PREFIX})(?P<name>{SETTLEMENT_NAME})")
VILLAGE_MORE = re.compile(r"[ \u00a0]*(?:,|и)[ \u00a0]*(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                          r"(?![ \u00a0]*(?:[«\"№]|[А-ЯЁ]{2,}|[а-яё]|[А-ЯЁ][а-яё]))")  # not «…, Конарская СОШ»: a school
# of its own; not «…, Котовой Алины – …»: a person (a surname, then a first name)
# Cities whose districts are no municipalities of their own for a school's key (gold/FORMAT.md).
FEDERAL_CITIES = {"Москва", "Санкт-Петербург", "Севастополь"}
MUNICIPALITY_NAME = re.compile(r" (?:район|округ|кожуун|улус)$")
# A regional institution («Краевой центр развития творчества», «краевой детско-юношеской спортивной школы») serves
# the whole region: no municipality.
REGIONAL = re.compile(r"(?i:краев|областн|республиканск|региональн)\w*\s")
LIST_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*")
# A header cell that says its column lists schools by number: «№№ ОО», «ОУ», «Школы».
SCHOOLS_COLUMN = re.compile(
    r"^\s*(?:№[ \u00a0]*№?[ \u00a0]*)?(?:ОО|ОУ|ДОУ|школ[аы]?|образовательн\w*\s+(?:организаци|учреждени)\w*"
    r"|учреждени[ея])\s*$", re.IGNORECASE)
LINE_END = "\n\t"
UNCLOSED_NAME = re.compile(r"[^\n\t,;)]*")
FOLLOWING = re.compile(r"[ \u00a0]+([а-яё]+)")


def _close_quote(text: str, start: int, limit: int = 160) -> int | None:
    """Index just after the quote that closes one opened before `start` (nesting-aware)."""
    depth, last_close, lines = 1, None, 0
    for i in range(start, min(len(text), start + limit)):
        char = text[i]
        if char == "\n" and not lines and text[i + 1:i + 2] not in ("\n", ""):
            lines = 1  # «МБОУ «Алтышевская\nСОШ»»: a name wrapped at a line end
            continue
        if char in LINE_END:
            break
        if char == "«":
            depth += 1
        elif char in QUOTES_CLOSE:
            depth -= 1
            last_close = i + 1
            if depth == 0 or depth == 1 and (word := FOLLOWING.match(text, i + 1)) and \
                    models.parses(word[1])[0].tag.POS == "VERB":  # «ГОАОУ «Центр «Звезда» состоялся …»: never closed
                return i + 1
    # «МАОУ «Гимназия «Исток» Фёдоровой Т.Н.»: the outer quote was never closed; the name ends at the last one
    return last_close if last_close is not None and not re.match(r"[ \u00a0]*[а-яё]", text[last_close:]) else None


def _name_until(text: str, start: int) -> tuple[str, int]:
    """A quoted name from `start` (after the opening quote): to the closing quote, else to the cell's end."""
    close = _close_quote(text, start)
    if close is not None:
        name = " ".join(text[start:close - 1].split())
        return (name + "»" if name.count("«") > name.count("»") else name), close
    match = UNCLOSED_NAME.match(text, start)
    if match.end() >= len(text.rstrip()):
        return "", match.end()  # «МОУ «Шибылгинс» where the text was cut off: no name
    end = start
    for word in re.finditer(r"\S+", match.group()):
        if word.group()[:1].islower() and any(p.tag.POS == "VERB" for p in models.parses(word.group())[:2]):
            break  # «МБУ ДО «Дом детского творчества состоялся финал …»: the name ends before the verb
        end = start + word.end()
    return text[start:end].strip(), end


def _numbers(text: str, pos: int, bare_ok: bool) -> tuple[list[str], int]:
    """The numbers of a mention from `pos`: («№ 7, 19» → ['7', '19']) and where they end."""
    first = SIGNED_NUMBER.match(text, pos)
    if first:
        number = first.group(1) or first.group(2)
    elif bare_ok and (first := BARE_NUMBER.match(text, pos)) and not _counts_something(text, first.end()):
        number = first.group(1)
    else:
        return [], pos
    signed = first.group().lstrip().startswith(("№", "N", "номер", "√"))
    listed = first.group().count("№") > 1 and text.startswith(",", first.end())  # «№№ 46,11,215»: no decimal
    if not listed and NOT_A_SCHOOL_NUMBER.match(text, first.end()) or (not signed and RANGE_AFTER.match(text, first.end())):
        return [], pos
    numbers, end = [number], first.end()
    while nxt := NEXT_NUMBER.match(text, end):
        if not (listed and text.startswith(",", nxt.end())) and NOT_A_SCHOOL_NUMBER.match(text, nxt.end()) or \
                (not signed and RANGE_AFTER.match(text, nxt.end())):
            if not signed:
                return [], pos  # «школы 1 и 2 ступени»: a bare list that counts something
            break
        numbers.append(nxt.group(1))
        end = nxt.end()
    return numbers, end


def _counts_something(text: str, pos: int) -> bool:
    """A lower-case word after a bare number that makes it a count («школы 5 лет», «гимназии 2 корпуса»),
    not a verb that follows a school's name («в гимназии 11 работали»)."""
    follower = BARE_FOLLOWERS.match(text, pos)
    if not follower:
        return False
    word = re.match(r"[а-яё]+", text[follower.end() - 1:])
    return not (word and models.parses(word.group())[0].tag.POS == "VERB")


def _parse(text: str, start: int) -> tuple[list[dict], int]:
    """Mentions that begin at `start` (a legal form or a kind phrase) and where parsing stopped."""
    pos, form_sector_, form_end, tagged_city, regional = start, "", None, "", False
    form = FORM_RE.match(text, pos)
    full = FULL_FORM_RE.match(text, pos) if not form else None
    if full:  # «Муниципальное бюджетное общеобразовательное учреждение Петрозаводского городского округа «Лицей № 13»»
        form, form_sector_, pos = full, full_form_sector(full), full.end()
        form_end, regional = pos, full["level"][:3].lower() in ("фед", "обл", "кра", "рес")
    elif form and (len(form.group("form").replace(" ", "")) >= 3 or form.group("suffix")):  # … and «МУ ДО»
        suffix = form.group("suffix") or ""
        if suffix in ("ДПО", "ВО"):
            return [], form.end()
        form_sector_, pos = form_sector(form.group("form"), suffix), form.end()
        form_end = pos
        if (tag := REGION_TAG.match(text, pos)) and not kind_regex().match(text, tag.start() + 1):
            pos = tag.end()
    else:
        form = None
    if form:
        if city_tag := CITY_TAG.match(text, pos):  # «МАОУ г. Хабаровска «Лицей …»», «МАДОУ г. Мурманска № 157»
            tagged_city, pos = city_nominative(city_tag.group(1), loose=True), city_tag.end()
        elif (tag := MUNICIPALITY_PHRASE.match(text, SPACE.match(text, pos).end())) and \
                (place := municipality_nominative(tag["adj"], tag["kind"])):
            tagged_city, pos = place, tag.end()  # «МБОУ Петрозаводского городского округа «Лицей № 13»»
        elif tag := REGION_PHRASE.match(text, pos):
            regional, pos = True, tag.end()  # «ГОУ Костромской области ЦДОДД …»: the region's
    pos = FORM_SPACE.match(text, pos).end() if form else SPACE.match(text, pos).end()
    quote_at = pos if text[pos:pos + 1] in QUOTES_OPEN else None
    if quote_at is not None:
        pos = SPACE.match(text, pos + 1).end()
    kind_match = kind_regex().match(text, pos)
    skip, adjectives, adjectives_at = pos, [], pos
    for _ in range(2 if form is not None else 0):  # «Ярославская школа-интернат № 6», «Ангарская начальная школа»
        if kind_match is not None or not (adjective := ADJECTIVE.match(text, skip)):
            break
        skip = adjective.end()
        adjectives.append(adjective.group().strip())
        kind_match = kind_regex().match(text, skip)
    # «МАОУ «Северодвинская гимназия № 14»» is in Северодвинск only if the text names that city too
    named_city = tagged_city or next((c for a in adjectives if a[:1].isupper() and (c := city_of_adjective(a))
                                      and names_city(text, c)), "")
    if form is None and kind_match is None:
        return [], start + 1
    if form is None and (before := CITY_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)) and \
            (city := city_of_adjective(before.group(1))):
        named_city = named_city or city  # «воркутинского детского сада № 54» is in Воркута
    elif form is None and (before := TOWN_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)) and \
            (city := city_of_adjective(before.group(1))) and names_city(text, city):
        named_city = named_city or city  # «Тобольская школа №14» in a text that names Тобольск
    regional_before = form is None and kind_match is not None and \
        REGIONAL_BEFORE.search(text, max(0, start - 30), start)
    if kind_match:
        sector, kind, named = rule_of(kind_match)
        if form and kind == "Школа" and form_sector_ != "school":
            sector, kind = form_sector_, default_kind(form_sector_)
        if full and sector == "other" and form_sector_ == "school":
            sector, kind = "school", "Школа"  # «… общеобразовательное учреждение «… кадетское училище»»
        pos = kind_match.end()
    else:
        sector, kind, named = form_sector_, default_kind(form_sector_), False

    numbers, end = _numbers(text, pos, bare_ok=kind_match is not None)
    if not numbers and form_end and not full and not kind_match and quote_at is None:
        numbers, end = _numbers(text, form_end, bare_ok=True)  # «МБДОУ 14 города Энска»
    if not numbers and kind_match and form is None and ordinal_before(text, start):
        return [], pos  # «пятой школы и детского сада № 9»: the ordinal names this one (`ordinal_schools`)
    if not numbers and kind_match and quote_at is None and (other := AND_KIND.match(text, pos)) and \
            (second := kind_regex().match(text, other.end())) and rule_of(second)[0] != sector:
        shared, _stop = _numbers(text, second.end(), bare_ok=True)  # «школы и детского сада № 9»: both are № 9
        if shared:
            return [_mention(start, pos, sector, kind, n) for n in shared], pos
    if not numbers and kind_match and (qualified := QUALIFIERS.match(text, pos)):
        numbers, end = _numbers(text, qualified.end(), bare_ok=False)
    if not numbers and quote_at is not None and (close := _close_quote(text, pos)) is not None:
        inner = re.search(rf"{NUMBER_SIGN}[ \u00a0]*(\d{{1,4}})(?!\d)", text[pos:close])  # «Детский сад общеразвивающего вида № 5»
        if inner:
            numbers, end = [inner.group(1)], close
    if numbers:
        if quote_at is not None and (nested := NESTED_NAME.match(text, end)):
            end = nested.end()  # «МБДОУ «ДС №4 «Ромашка» - призер»: the outer quote may never close
        elif quote_at is not None and (close := _close_quote(text, end)) is not None:
            named_city = named_city or place_in_name(text, end, close)  # «МБОУ «СОШ № 5 г. Лесного»»
            end = close
        if honour := HONORIFIC.match(text, end):
            end = honour.end()  # «СОШ № 1 им. А.Б. Ветрова, г. Энск»: the place after the name is the school's
        weight = 1.0 if len(numbers) == 1 or not kind_match else 0.5
        found = [_mention(start, end, sector, kind, n, weight=weight, city=named_city) for n in numbers]
        village = form is None and not named_city and village_before(text, start, kind, town_too=False)
        for mention in found:  # «Луговская СОШ № 1» is the village's: in the district the text names
            mention["regional"], mention["village"] = regional, village
        if sector == "school" and (more := AND_VILLAGE.match(text, end)) and \
                (place := village_name(more["adj"], "femn")):  # «из школ № 10 и Айлинской»
            village = _mention(more.start("adj"), more.end("adj"), sector, "Школа", name=place)
            village["village"] = True
            found.append(village)
            end = more.end("adj")
        if form:  # «МБОУ СОШ № 7, 19, Гимназия, Лицей»: bare kinds listed under the same form
            while (comma := LIST_COMMA.match(text, end)) and (more := kind_regex().match(text, comma.end())):
                if not more.group()[0].isupper() or SIGNED_NUMBER.match(text, more.end()):
                    break
                more_sector, more_kind, _ = rule_of(more)
                found.append(_mention(more.start(), more.end(), more_sector, more_kind, name=more.group()))
                end = more.end()
        return found, end

    if kind_match and quote_at is None and (village := _village_named(text, kind_match, sector, kind, start)):
        return village  # «школа с. Аллагулово», «СОШ д. Воскресенское»
    name, village = "", False
    inside_quote = start > 0 and text[start - 1] in QUOTES_OPEN  # «"ДЮСШ" в селе»: the next quote closes this one
    if quote_at is not None and (form or sector in ("preschool", "additional")):
        name, end = _name_until(text, quote_at + 1)
    elif kind_match and not inside_quote and _opens_quote(text, pos) and \
            (form or sector != "school" or kind in NAMED_BY_QUOTE or kind_match.group()[:5].lower() in ("центр", "образ")
             or kind_match.group() in ("ЦО", "ОЦ") or named_city):
        # «в лицее «Звёздный»», «Центра образования «…»», «энской школы «…»» (a town's adjective before it)
        quote = SPACE.match(text, pos).end()
        name, end = _name_until(text, quote + 1)
    elif named and not form and (found := adjective_named(text, start, kind_match)):
        (name, named_city, village), end = found, kind_match.end()  # «Верховажской школе искусств»
    elif named and (form or kind_match.group()[0].isupper() or kind_match.group().split()[-1][0].isupper()):
        # «МКОО ДО станция юных техников»; «в технопарке Кванториум»: a capitalized word in the kind names it
        # with its adjectives: «МБОУ ДОД Ужурский районный центр дополнительного образования детей»
        name = _named_kind(text[adjectives_at if adjectives else kind_match.start():kind_match.end()])
        end, regional = kind_match.end(), regional or bool(regional_before)  # «областным Дворцом творчества»
        end += inside_quote and text[end:end + 1] in QUOTES_CLOSE  # «в «Детской школе искусств» Энского района»
    elif form and kind_match and adjectives and (place := village_name(adjectives[-1], kind_gender(kind))):
        name, end, village = place, kind_match.end(), True  # «МОУ Осиновская СОШ»
    elif form and kind_match and not adjectives and kind in NAMED_BY_QUOTE and BARE_KIND_END.match(text, pos):
        name, end = kind_match.group(), kind_match.end()  # «учитель МАОУ гимназия.»: the town's one gymnasium
    elif regional_before and sector in ("school", "additional") and kind != "Школа" and \
            not _numbers(text, pos, bare_ok=True)[0]:  # «краевая школа молодого педагога» is an event
        # «специалисты краевой детско-юношеской спортивной школы»: the region's one institution of that kind
        # «Чербинской республиканской … школы-интерната»: the village's adjective before it is part of the name
        first = place.start() if (place := PLACE_BEFORE.search(text, max(0, regional_before.start() - 40),
                                                            regional_before.start())) else regional_before.start()
        name, end, regional = nominative_kind(text[first:kind_match.end()]), kind_match.end(), True
        name = name[:1].upper() + name[1:] if place else name
    elif kind_match and sector in ("school", "additional") and (honour := HONORIFIC.match(text, pos)) and \
            not (form is None and village_before(text, start, kind)):  # «Озёрской СОШ имени …» is the village's
        name = _named_kind(kind_match.group()) + " " + " ".join(honour.group().split())  # «… школа имени …»
        end = honour.end()
    elif form is None and kind_match and kind in ("Гимназия", "Лицей") and not _numbers(text, pos, bare_ok=True)[0]:
        if ONE_OF_A_TOWN.fullmatch(kind_match.group()) and (town := TOWN_AFTER.match(text, kind_match.end())) and \
                town_after_kind(town["town"]):
            name, end = _named_kind(kind_match.group()), kind_match.end()  # «гимназия Энска»: the town's one
        elif (before := CITY_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)) and \
                not before.group(1).endswith(("ие", "их", "ими", "ых")) and city_of_adjective(before.group(1)):
            # «в зале выборгской гимназии»: named by its town, placed like a village's school (in the district)
            name, end, village, named_city = _named_kind(f"{before.group(1)} {kind_match.group()}"), kind_match.end(), \
                True, ""
    if not name or name.endswith("№"):  # «МБОУ «Школа №» cut off by the end of the page
        return [], (form_end or start + 1)
    if quote_at is not None and name in ("СОШ", "ООШ", "НОШ") and (place := VILLAGE_AFTER.match(text, end)):
        # «МКОУ «СОШ» с.п. Энское»: a kind alone in quotes is named by the village after it, like «СОШ с. X»
        written = re.sub(r"^в |(?<=\.) (?=\w\.)", "", " ".join(place["prefix"].split()))  # «с. п.» → «с.п.»
        name, village = f"{name} {written} {settlement_nominative(place['name'], place['prefix'])}", True
    if not named_city and (inner_city := CITY_TAG_IN_NAME.search(name)):
        named_city = city_nominative(inner_city.group(1), loose=True)  # «МОУ «Лицей г. Космодемьянск»»
    elif not named_city and quote_at is not None and (named_city := place_in_name(name, 0, len(name))):
        village = True  # «МКОУ «СОШ с. Привольное»»: named by its village, like «СОШ с. X» unquoted
    if place := village_of_name(name):
        name, village = place, True  # «МОУ «Шихазанская СОШ им. М. Сеспеля»» is the Шихазанская school
    inner_sector, inner_kind = classify(name)
    if inner_sector and (not kind_match or kind == "Школа" and inner_kind not in ("Школа", "")):
        # «Центр образования «… воскресная школа»»: the quoted name says what it is
        sector, kind = inner_sector, inner_kind
    numbered = re.search(rf"{NUMBER_SIGN}[ \u00a0]*(\d{{1,4}})(?!\d)", name) if inner_sector == sector else None
    if numbered:  # «МБДОУ ЦРР «Детский сад № 262»»: the number inside the quoted name
        return [_mention(start, end, sector, kind, numbered.group(1), city=named_city)], end
    found = _mention(start, end, sector, kind, name=name, city=named_city)
    found["village"] = village
    found["regional"] = regional or bool(REGIONAL.match(name))
    return [found], end


def _named_kind(phrase: str) -> str:
    """A kind phrase that names one institution, in the nominative: «Кадетской школы» → «Кадетская школа»,
    «Дворце детского творчества» → «Дворец детского творчества», «СЮТ» as written."""
    words = phrase.split()
    if words[0].isupper():
        return phrase
    name = inflect_phrase(words, "nomn", ("gent", "loct", "datv", "ablt", "accs"))
    return name[:1].upper() + name[1:]


def _opens_quote(text: str, pos: int) -> bool:
    """Whether a quote opens right after `pos` («лицее «Звёздный»»); a straight quote followed by a space closes
    a name instead («"Лучший выпускник основной школы" и …»)."""
    quote = SPACE.match(text, pos).end()
    return quote < len(text) and text[quote] in QUOTES_OPEN and quote - pos <= 1 and \
        (text[quote] == "«" or re.match(r"[\w«\"]", text[quote + 1:quote + 2]) is not None)


def _village_named(text: str, kind_match: re.Match, sector: str, kind: str,
                   start: int) -> tuple[list[dict], int] | None:
    """Schools named by their village after the kind: «школа с. Аллагулово», «СОШ п. Опытный», «средней
    общеобразовательной школы в селе Корсаковка», «школ с. Аллагулово и Сабакаево» (one school each); and so
    kindergartens («детского сада с. Верхние Луга»)."""
    if sector not in ("school", "preschool"):
        return None
    place = VILLAGE_AFTER.match(text, kind_match.end())
    if not place:
        return None
    head = kind if kind in ("СОШ", "ООШ", "НОШ") else nominative_kind(kind_match.group())  # one key: «СОШ с. X»
    names = [(place["name"], place.start("name"), place.end("name"))]
    end = place.end()
    while more := VILLAGE_MORE.match(text, end):
        names.append((more["name"], more.start("name"), more.end("name")))
        end = more.end()
    found = []
    for written, name_start, name_end in names:
        village = settlement_nominative(written, place["prefix"].split()[-1])
        mention = _mention(start if not found else name_start, name_end, sector, kind,
                           name=f"{head} {' '.join(place['prefix'].split())} {village}", city=village)
        mention["village"] = mention["village_place"] = True
        found.append(mention)
    # one village: the place after the kind is read again by `find_mentions` (with a district after it)
    return found, (kind_match.end() if len(found) == 1 else end)



@functools.lru_cache(maxsize=2)
def _parsed(text: str) -> tuple[tuple, tuple]:
    """The grammar's mentions of a text before any place is read after them: ((mentions, stop), ...) at each
    anchor, then the village and ordinal mentions no anchored one covers. Kept for the last texts, so the
    people component (which needs only where schools are named) and this one parse a document once."""
    kinds = list(kind_regex().finditer(text))  # scanned once: anchors here, and the village schools below
    anchors = sorted({m.start() for m in FORM_RE.finditer(text)} | {m.start() for m in kinds}
                     | {m.start() for m in FULL_FORM_RE.finditer(text)})
    anchored, cursor = [], 0
    for start in anchors:
        if start < cursor:
            continue
        mentions, stop = _parse(text, start)
        if mentions:
            anchored.append((tuple(mentions), stop))
        cursor = max(cursor, stop)
    taken = sorted((m["start"], m["end"]) for mentions, _ in anchored for m in mentions)
    reach = list(itertools.accumulate((b for _a, b in taken), max))  # the furthest end among the first k spans
    extra = []
    for mention in village_schools(text, kinds) + ordinal_schools(text) + qualified_schools(text) + listed_numbers(text):
        index = bisect.bisect_left(taken, (mention["end"], mention["end"]))  # spans starting before its end
        if not index or reach[index - 1] <= mention["start"]:
            extra.append(mention)
    return tuple(anchored), tuple(extra)


def school_spans(text: str) -> list[tuple[int, int]]:
    """Where schools are named in a text, (start, end) in order, without reading their places."""
    anchored, extra = _parsed(text)
    return sorted([(m["start"], m["end"]) for mentions, _ in anchored for m in mentions]
                  + [(m["start"], m["end"]) for m in extra])


def find_mentions(text: str, people=frozenset()) -> list[dict]:
    """Every school mention in a text: dicts with start, end, sector, kind, number, name, city, weight
    (and `village`, `regional`, `district` where they apply). `people`: stems of the document's surnames.

    >>> [(m["kind"], m["number"]) for m in find_mentions("в МБОУ СОШ №№ 6, 47 и гимназии 18")]
    [('СОШ', '6'), ('СОШ', '47'), ('Гимназия', '18')]
    >>> find_mentions("постановлением от 07.10.2017 № 1235, Таблица 1, пункт 3")
    []
    """
    anchored, extra = _parsed(text)
    found = []
    for parsed, stop in anchored:
        after = place_after(text, stop, people)
        for mention in map(dict, parsed):
            mention["city"] = after["place"] or mention["city"]  # «г. X» after it, else a city in its form
            mention["district"], mention["urban"] = after["municipality"], after["urban"]
            mention["of_the_city"] = after.get("of_the_city", False)
            mention["explicit"], mention["placed_after"] = bool(mention["city"]), bool(after["place"])
            mention["settlement"] = after["settlement"] or mention.get("village_place", False)
            found.append(mention)
        found.extend(branches(text, parsed, stop))
    for mention in map(dict, extra):  # «Симская СОШ имени …», «третьей школы имени …»: the place after the honorific
        honour = HONORIFIC.match(text, mention["end"])
        after = place_after(text, honour.end() if honour else mention["end"], people)
        mention["city"] = after["place"] or mention["city"]  # «Элистинская классическая гимназия» is in Элиста
        mention["district"], mention["urban"] = after["municipality"], after["urban"]
        mention["of_the_city"] = after.get("of_the_city", False)
        mention["explicit"], mention["settlement"] = bool(mention["city"]), after["settlement"]
        found.append(mention)
    found.sort(key=lambda m: (m["start"], m["end"]))
    place_bracketed(found, bracketed_districts(text))
    place_listed(found, list_heads(text, people))
    share_unit_places(text, found)
    share_pair_places(text, found)
    share_list_places(found)
    return found


# --- tables: `svodka_tables` records («header», «rows» with «cells», «label», «group», «continues») ---

def table_numbers(tables: list[dict]) -> list[dict]:
    """Bare numbers in a column whose header says it lists schools: «№№ ОО» | «103, 31, 16».

    Without «№» in the header only lists count: a lone number under «ОО» may be how many schools came.
    """
    found = []
    for table in tables:
        columns = [i for i, head in enumerate(table.get("header", [])) if SCHOOLS_COLUMN.match(head or "")]
        for row in table["rows"]:
            for column in columns:
                if column >= len(row["cells"]):
                    continue
                cell, header = row["cells"][column], table["header"][column]
                sector = classify(header)[0] or "school"
                numbers = split_numbers(cell["text"])
                if not numbers and (village := village_name(cell["text"].strip(), "femn")):
                    mention = _mention(cell["start"], cell["end"], "school", "Школа", name=village)
                    mention["village"] = True  # «Среднекибечская» alone under «ОО»: a school named by its village
                    found.append(mention)
                    continue
                if "№" not in header and len(numbers) < 2:
                    continue  # under «ОО» or «Школы» a lone number may be a count of schools
                for number, start, end in numbers:
                    found.append(_mention(cell["start"] + start, cell["start"] + end, sector,
                                          default_kind(sector), number))
    return found


def reconcile(mentions: list[dict]) -> None:
    """One name and one kind per institution within a document (in place)."""
    share_cities(mentions)
    separate_kinds(mentions)  # «Троицкая СОШ» and «Троицкая гимназия» are two
    names = defaultdict(list)
    for m in mentions:
        if m["name"] and not m["number"]:
            names[(m["city"], m["sector"])].append(m["name"])
    canonical = {key: reconcile_names(values) for key, values in names.items()}
    groups = defaultdict(list)
    for m in mentions:
        if m["name"] and not m["number"]:
            m["name"] = canonical[(m["city"], m["sector"])][m["name"]]
        groups[(m["city"], m["sector"], m["number"] or name_key(m["name"]))].append(m)
    for group in groups.values():
        kind = best_kind([(m["kind"], m["weight"]) for m in group])
        for m in group:
            m["kind"] = kind


@Language.component("svodka_schools")
def schools_component(doc: Doc) -> Doc:
    doc_city = meta(doc).get("city", "") or ""
    people = surname_stems(p["surname"] for p in records(doc, "people"))
    text = doc_text(doc)
    mentions = find_mentions(text, people) + table_numbers(records(doc, "tables"))
    # «Северная СОШ» of «Северного района» is named by its district: a municipal one. (Reading a city's districts
    # from their siblings, «Ленинского» making «Ново-Савиновского» urban, put the municipal districts of regional
    # lists «Школа, X район» in the venue's city on reports not tuned against: left out.)
    for m in mentions:
        if m.get("urban") and not m["city"]:  # «МБОУ «Северная СОШ» Северного района» in a regional report;
            # «Дом творчества Советского района города» in a report about a city is in that city
            m["city"] = m["district"] = doc_city if m.get("of_the_city") and doc_city and \
                not MUNICIPALITY_NAME.search(doc_city) else m["urban"]
        where = locate(doc, m["start"])
        m["source"] = "table" if where else "prose"
        if m.get("regional"):
            m["city"] = ""  # «краевой центр …», «областной … школы»: the region's, no municipality
        elif m.get("village") and (m.get("settlement") or not m["city"]):
            # a school named by its village is in the district the text names; a town it names keeps it
            m["city"] = (m.get("district") or (doc_city if MUNICIPALITY_NAME.search(doc_city) else "")
                         or text_district(text, doc_city) or m["city"] or doc_city)
        elif m.get("settlement") and m.get("district") and (not m["number"] or m["district"].endswith(" округ")):
            # «детского сада «Улыбка» села X Энского района»: named, in its district; a numbered one in a one-tier
            # округ, whose villages are no municipalities («СОШ № 4 с. X Энского муниципального округа»)
            m["city"] = m["district"]
        elif not m["city"]:
            m["city"] = (row_city(where[0], where[1]) if where else "") or town_before(text, m["start"], people) \
                or doc_city or m.get("list_place", "")  # «СОШ № 1, СОШ № 3 и ООШ № 5 Энского района»
        elif doc_city in FEDERAL_CITIES and m["city"].endswith(" район") and "муниципальный" not in m["city"]:
            m["city"] = doc_city  # «ГБОУ СОШ № 556 Курортного района» in a report about Санкт-Петербург
    if not doc_city:
        share_numbered_cities(mentions)
    reconcile(mentions)
    for m in sorted(mentions, key=lambda m: (m["start"], m["end"])):
        add_record(doc, "schools", m["start"], m["end"], source=m["source"], city=m["city"], sector=m["sector"],
                   kind=m["kind"], number=m["number"], name=m["name"])
    return doc
