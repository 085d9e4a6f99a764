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
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from svodka.normalizers.cities import (
    SETTLEMENT_NAME, SETTLEMENT_PREFIX, city_nominative, city_of_adjective, city_of_place, district_nominative,
    settlement_nominative,
)
from svodka.normalizers.schools import (
    FORM_RE, best_kind, classify, default_kind, form_sector, kind_regex, name_key, nominative_phrase,
    reconcile_names, rule_of, split_numbers,
)
from svodka.extractors import models
from svodka.extractors.tables import locate
from svodka.extractors.records import add_record, doc_text, meta, records

QUOTES_OPEN = "«\"“„"
QUOTES_CLOSE = "»\"”“"
SPACE = re.compile(r"[ \u00a0]*")
# «№ 56», «№№ 6, 47», «№ № 14», «N 5»: the first number of a mention.
SIGNED_NUMBER = re.compile(r"[ \u00a0]*(?:№[ \u00a0]*){1,2}(\d{1,4})(?!\d)|[ \u00a0]*N[ \u00a0]?(\d{1,4})(?!\d)")
# «гимназии 18», «в школах 7, 19»: a number right after a kind word, without «№».
BARE_NUMBER = re.compile(r"[ \u00a0]+(\d{1,3})(?!\d)")
# «, 47», « и 53», «; 12», «, № 8»: the next number of a list.
NEXT_NUMBER = re.compile(r"[ \u00a0]*(?:,|;|[ \u00a0]и)[ \u00a0]*(?:№[ \u00a0]*){0,2}(\d{1,4})(?!\d)")
# «№ 5» or, in texts without the sign (koi8), «N 5».
NUMBER_SIGN = r"(?:№|(?<![A-Za-z])N(?=[ \u00a0]?\d))"
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
# «… № 19 …» г. Междуреченска: a city stated right after the mention; a settlement named by its kind
# («, с. Берёзовка», «(п. Новая Игирма)», «(ст. Коршуниха)»); a district («Кондопожского района»).
CITY_AFTER = re.compile(r"[ \u00a0]*[,(]?[ \u00a0]*(?:(?:г\.[ \u00a0]*о\.|г\.|гор\.|города|город|городско(?:й|го)[ \u00a0]+округ(?:а)?)"
                        r"[ \u00a0]*(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
                        r"|(?P<place>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*[ \u00a0]+(?:городск\w*[ \u00a0]+округ\w*|ГО)\b)"
                        rf"|{SETTLEMENT_PREFIX}(?P<settlement>{SETTLEMENT_NAME})"
                        r"|(?P<district>[А-ЯЁ][а-яё]+(?:ого|его))[ \u00a0]+(?P<municipal>муниципальн(?:ого|ом)[ \u00a0]+)?район(?:а|е)\b)")
# Adjectives between a legal form and the kind word: «МБОУ «Ангарская начальная школа № 17»», «Татарская гимназия».
ADJECTIVE = re.compile(r"[А-ЯЁа-яё][а-яё]+(?:-[а-яё]+)*(?:ая|яя|ий|ый|ой|ое|ее|ие|ые|ого|его|ей|ую|юю|их|ых|ом|ем)[ \u00a0]+")
LIST_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*")
# A header cell that says its column lists schools by number: «№№ ОО», «ОУ», «Школы».
SCHOOLS_COLUMN = re.compile(
    r"^\s*(?:№[ \u00a0]*№?[ \u00a0]*)?(?:ОО|ОУ|ДОУ|школ[аы]?|образовательн\w*\s+(?:организаци|учреждени)\w*"
    r"|учреждени[ея])\s*$", re.IGNORECASE)
LINE_END = "\n\t"


def _close_quote(text: str, start: int, limit: int = 160) -> int | None:
    """Index just after the quote that closes one opened before `start` (nesting-aware)."""
    depth, last_close = 1, None
    for i in range(start, min(len(text), start + limit)):
        char = text[i]
        if char in LINE_END:
            break
        if char == "«":
            depth += 1
        elif char in QUOTES_CLOSE:
            depth -= 1
            last_close = i + 1
            if depth == 0:
                return i + 1
    # «МАОУ «Гимназия «Исток» Фёдоровой Т.Н.»: the outer quote was never closed; the name ends at the last one
    return last_close if last_close is not None and not re.match(r"[ \u00a0]*[а-яё]", text[last_close:]) else None


def _name_until(text: str, start: int) -> tuple[str, int]:
    """A quoted name from `start` (after the opening quote): to the closing quote, else to the cell's end."""
    close = _close_quote(text, start)
    if close is not None:
        name = text[start:close - 1].strip()
        return (name + "»" if name.count("«") > name.count("»") else name), close
    match = re.compile(r"[^\n\t,;)]*").match(text, start)
    return match.group().strip(), match.end()


def _numbers(text: str, pos: int, bare_ok: bool) -> tuple[list[str], int]:
    """The numbers of a mention from `pos`: («№ 7, 19» → ['7', '19']) and where they end."""
    first = SIGNED_NUMBER.match(text, pos)
    if first:
        number = first.group(1) or first.group(2)
    elif bare_ok and (first := BARE_NUMBER.match(text, pos)) and not _counts_something(text, first.end()):
        number = first.group(1)
    else:
        return [], pos
    signed = first.group().lstrip().startswith(("№", "N"))
    if NOT_A_SCHOOL_NUMBER.match(text, first.end()) or (not signed and RANGE_AFTER.match(text, first.end())):
        return [], pos
    numbers, end = [number], first.end()
    while nxt := NEXT_NUMBER.match(text, end):
        if NOT_A_SCHOOL_NUMBER.match(text, nxt.end()) or (not signed and RANGE_AFTER.match(text, nxt.end())):
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


def _mention(start, end, sector, kind, number="", name="", weight=1.0, city=""):
    return {"start": start, "end": end, "sector": sector, "kind": kind, "number": number, "name": name,
            "weight": weight, "city": city}


def _parse(text: str, start: int) -> tuple[list[dict], int]:
    """Mentions that begin at `start` (a legal form or a kind phrase) and where parsing stopped."""
    pos, form_sector_, form_end, tagged_city = start, "", None, ""
    form = FORM_RE.match(text, pos)
    if form and len(form.group("form").replace(" ", "")) >= 3:
        suffix = form.group("suffix") or ""
        if suffix in ("ДПО", "ВО"):
            return [], form.end()
        form_sector_, pos = form_sector(form.group("form"), suffix), form.end()
        form_end = pos
        if (tag := REGION_TAG.match(text, pos)) and not kind_regex().match(text, tag.start() + 1):
            pos = tag.end()
        if city_tag := CITY_TAG.match(text, pos):  # «МАОУ г. Хабаровска «Лицей …»», «МАДОУ г. Мурманска № 157»
            tagged_city, pos = city_nominative(city_tag.group(1), loose=True), city_tag.end()
    else:
        form = None
    pos = SPACE.match(text, pos).end()
    quote_at = pos if text[pos:pos + 1] in QUOTES_OPEN else None
    if quote_at is not None:
        pos = SPACE.match(text, pos + 1).end()
    kind_match = kind_regex().match(text, pos)
    skip, adjectives = pos, []
    for _ in range(2 if form is not None else 0):  # «Ярославская школа-интернат № 6», «Ангарская начальная школа»
        if kind_match is not None or not (adjective := ADJECTIVE.match(text, skip)):
            break
        skip = adjective.end()
        adjectives.append(adjective.group().strip())
        kind_match = kind_regex().match(text, skip)
    # «МАОУ «Северодвинская гимназия № 14»»: a school named after its city is in that city
    named_city = tagged_city or next((c for a in adjectives if a[:1].isupper() and (c := city_of_adjective(a))), "")
    if form is None and kind_match is None:
        return [], start + 1
    if kind_match:
        sector, kind, named = rule_of(kind_match)
        if form and kind == "Школа" and form_sector_ != "school":
            sector, kind = form_sector_, default_kind(form_sector_)
        pos = kind_match.end()
    else:
        sector, kind, named = form_sector_, default_kind(form_sector_), False

    numbers, end = _numbers(text, pos, bare_ok=kind_match is not None)
    if not numbers and kind_match and (qualified := QUALIFIERS.match(text, pos)):
        numbers, end = _numbers(text, qualified.end(), bare_ok=False)
    if not numbers and quote_at is not None and (close := _close_quote(text, pos)) is not None:
        inner = re.search(rf"{NUMBER_SIGN}[ \u00a0]*(\d{{1,4}})(?!\d)", text[pos:close])  # «Детский сад общеразвивающего вида № 5»
        if inner:
            numbers, end = [inner.group(1)], close
    if numbers:
        if quote_at is not None and (close := _close_quote(text, end)) is not None:
            end = close
        weight = 1.0 if len(numbers) == 1 or not kind_match else 0.5
        found = [_mention(start, end, sector, kind, n, weight=weight, city=named_city) for n in numbers]
        if form:  # «МБОУ СОШ № 7, 19, Гимназия, Лицей»: bare kinds listed under the same form
            while (comma := LIST_COMMA.match(text, end)) and (more := kind_regex().match(text, comma.end())):
                if not more.group()[0].isupper() or SIGNED_NUMBER.match(text, more.end()):
                    break
                more_sector, more_kind, _ = rule_of(more)
                found.append(_mention(more.start(), more.end(), more_sector, more_kind, name=more.group()))
                end = more.end()
        return found, end

    name = ""
    if quote_at is not None and (form or sector in ("preschool", "additional")):
        name, end = _name_until(text, quote_at + 1)
    elif kind_match and (text[pos:pos + 2].strip()[:1] or "x") in QUOTES_OPEN and (form or sector != "school"):
        quote = SPACE.match(text, pos).end()
        name, end = _name_until(text, quote + 1)
    elif named and not form and kind_match.group()[0].isupper():
        name, end = nominative_phrase(kind_match.group()), kind_match.end()
    if not name:
        return [], (form_end or start + 1)
    inner_sector, inner_kind = classify(name)
    if inner_sector and not kind_match:
        sector, kind = inner_sector, inner_kind
    numbered = re.search(rf"{NUMBER_SIGN}[ \u00a0]*(\d{{1,4}})(?!\d)", name) if inner_sector == sector else None
    if numbered:  # «МБДОУ ЦРР «Детский сад № 262»»: the number inside the quoted name
        return [_mention(start, end, sector, kind, numbered.group(1), city=named_city)], end
    return [_mention(start, end, sector, kind, name=name, city=named_city)], end


def _place_after(after: re.Match) -> str:
    """The place a `CITY_AFTER` match names, nominative."""
    if after["city"]:
        return city_nominative(after["city"], loose=True)
    if after["settlement"]:
        return settlement_nominative(after["settlement"])
    if after["district"]:
        return district_nominative(after["district"], municipal=bool(after["municipal"]))
    return city_of_place(after["place"])


def find_mentions(text: str) -> list[dict]:
    """Every school mention in a text: dicts with start, end, sector, kind, number, name, city, weight.

    >>> [(m["kind"], m["number"]) for m in find_mentions("в МБОУ СОШ №№ 6, 47 и гимназии 18")]
    [('СОШ', '6'), ('СОШ', '47'), ('Гимназия', '18')]
    >>> find_mentions("постановлением от 07.10.2017 № 1235, Таблица 1, пункт 3")
    []
    """
    anchors = sorted({m.start() for m in FORM_RE.finditer(text)} | {m.start() for m in kind_regex().finditer(text)})
    found, cursor = [], 0
    for start in anchors:
        if start < cursor:
            continue
        mentions, stop = _parse(text, start)
        if mentions:
            after = CITY_AFTER.match(text, stop)
            city = _place_after(after) if after else ""
            for mention in mentions:
                mention["city"] = city or mention["city"]  # «г. X» after it, else a city its name is made from
            found.extend(mentions)
        cursor = max(cursor, stop)
    return found


# --- tables: `svodka_tables` records («header», «rows» with «cells», «label», «group», «continues») ---

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
                if "№" not in header and len(numbers) < 2:
                    continue  # under «ОО» or «Школы» a lone number may be a count of schools
                for number, start, end in numbers:
                    found.append(_mention(cell["start"] + start, cell["start"] + end, sector,
                                          default_kind(sector), number))
    return found


def reconcile(mentions: list[dict]) -> None:
    """One name and one kind per institution within a document (in place)."""
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
    mentions = find_mentions(doc_text(doc)) + table_numbers(records(doc, "tables"))
    for m in mentions:
        where = locate(doc, m["start"])
        m["source"] = "table" if where else "prose"
        if not m["city"]:
            m["city"] = (row_city(where[0], where[1]) if where else "") or doc_city
    reconcile(mentions)
    for m in sorted(mentions, key=lambda m: (m["start"], m["end"])):
        add_record(doc, "schools", m["start"], m["end"], source=m["source"], city=m["city"], sector=m["sector"],
                   kind=m["kind"], number=m["number"], name=m["name"])
    return doc
