"""The city a document is about (issue 4): `meta(doc)["city"]`, nominative, "" for a region.

Every word that names a city (`normalizers.cities`) is a vote, weighted by how
surely it says «this report is about that city»:
- strong (3): a city the context names as one: «г. Черногорск», «города
  Новокузнецка», «г.о. Самара», «городской округ Тольятти», «Ленинск-Кузнецкого
  городского округа», and «в Вологде» in the title or the first sentence;
- plain (1): any other mention, multi-word names included («в Нижнем Новгороде»);
- half (0.5): a city in an enumeration of cities («Кемерово, Белово, Гурьевска»),
  a city adjective («Самарский университет», «самарских школ»; not «Самарской
  области», which names a region), and a «г. X» right after a school's or an
  organization's name («МАОУ «Школа № 20» г. Череповца»), which says where that
  institution is, not what the report is about.
Table cells do not vote (they list where participants came from). Votes in the
title count three times, in the rest of the opening twice. The leader wins
only if it is clearly ahead; a report about a region («Кузбасс», «Красноярский
край») that names a few towns in passing gets "".

Municipalities and villages vote too (issue 11): «Степновского муниципального
района», «в Северском районе» (strong in the lead), «с. Мраково», «станицы
Зольской»; a village and a district do not compete (the village lies in it), and
a lower-case adjective of the district's name votes for the district («киришских
педагогов» of «Киришского района»). A place only ever written after an
institution's name never wins alone, and a word that is a surname of a person
the document names is no city (issue 13: «Иванова» is not Иваново); this
component runs after `svodka_people` for that.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors.meta import guess_title
from svodka.normalizers.cities import (
    CITY_OF_DISTRICT, MUNICIPALITY_PHRASE, SETTLEMENT_NAME, SETTLEMENT_PREFIX, city_nominative, city_of_adjective,
    city_of_demonym, geox_town,
    is_surname, municipality_nominative, settlement_nominative, surname_stems, written_as_adjective,
)
from svodka.normalizers.lines import line_of, newlines
from svodka.normalizers.schools import kind_regex
from svodka.extractors.records import doc_text, meta, records

NAME = r"[А-ЯЁ][а-яё]+(?:(?:-|–(?=[А-ЯЁ]))[А-ЯЁа-яё][а-яё]+)*"  # «Улан–Удэ»: a hyphen typeset as a dash
CANDIDATE = re.compile(rf"(?<![\w-]){NAME}")
NEXT_NAME = re.compile(rf"[ \u00a0]+({NAME})")
CITY_BEFORE = re.compile(
    r"(?:\b(?-i:г)\.|\bгор\.|\bгород(?:а|е|у|ом)?|\bгородах|\bгородов|\bг\.\s*о\.|\bгородск\w*\s+округ\w*|\b(?-i:ГО))"
    r"[ \u00a0]*$",  # on the same line: «… городского округа\n\nТаблица 1» is no «городской округ Таблица»
    re.IGNORECASE)
MUNICIPALITY_AFTER = re.compile(r"\s*(?:городск\w*\s+округ\w*|ГО\b)")
IN_BEFORE = re.compile(r"(?:^|[^\w-])во?\s+(?:г\.\s*)?$", re.IGNORECASE)  # «в Вологде», «в г. Вологде»
# «с. Берёзовка», «п. Новая Игирма», «ст. Коршуниха»: a settlement named by its kind (strong, like «г. X»).
SETTLEMENT = re.compile(SETTLEMENT_PREFIX + rf"(?P<name>{SETTLEMENT_NAME})")
# «… № 20» г. Череповца», «МБОУ «Лицей» (г. Иркутск)», «…», с. Берёзовка»: the place of the institution just before.
# «МКОУ «Кончезерская СОШ» Кондопожского района»: a municipality right after an institution's name.
ATTACHED_NAME = re.compile(r"(?:\d|[»\"”])[ \u00a0]*[,(]?[ \u00a0]*$")
ATTACHED = re.compile(rf"(?:\d|[»\"”]|(?<![А-ЯЁ])(?-i:СОШ|ООШ|НОШ|СШ|ЦДТ|ДДТ|ДОУ|ЦО))\s*[,(]?\s*(?:во?\s+)?"
                      rf"(?:г\.|гор\.|города|{SETTLEMENT_PREFIX})\s*$")  # … and «СОШ п. Опытный»
# «Лицей № 25 им. А.Б. Ветрова, г. Энск»: a place after the honorific of an institution's name is that institution's.
ATTACHED_HONOUR = re.compile(r"(?:\bим\.|\bимени)\s*(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+\s*[,(]?\s*(?:г\.|гор\.|города)\s*$")
# «администрации Цивильского района», «Глава Мелекесского района»: the authority that reports, a strong mark.
AUTHORITY_BEFORE = re.compile(r"(?:администраци|управлени|отдел|комитет|глав)\w*(?:\s+образования)?\s+$",
                              re.IGNORECASE)
# «Опубликовано: 16.04.2025», «Дата: 12.03.2025 г.»: a labelled date line, not the first sentence.
DATE_LABEL = re.compile(r"^[А-ЯЁ][а-яё]+\s*:\s*[\d.\s]+(?:г\.?)?$")
# A town's people in lower case, by their suffix («курганцев», «иркутяне», «томичи»; `city_of_demonym` decides).
DEMONYM = re.compile(r"(?<![\w-])[а-яё]{2,}(?:ц(?:ы|ев|ам|ами|ах|а|у|ем|е)|ец|[яа]н(?:е|ин|ам|ами|ах|ина|ину|ином|ине)"
                     r"|ич(?:и|ей|ам|ами|ах|а|у|ем|е)?|як(?:и|ов|ам|ами|ах|а|у|ом|е)?)(?![\w-])")
# A city adjective in lower case: «самарских школ», «омского».
ADJECTIVE_LOWER = re.compile(r"(?<![\w-])[а-яё]+(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ую|ым|ом|им|их|ими|ых|ей)(?![\w-])")
# An adjective before these names a region, a street or a sea, not the city («Томским областным институтом»,
# «Энского института развития образования»: the region's institute).
REGION_AFTER = re.compile(
    r"[ \u00a0]+(?:област(?:ь|и|ью|ей|ям|ях)\b|(?:областн|краев)\w*\s|кра[йяюе]\b|район|губерни|республик|епархи|улиц|проспект|переул|площад|мор[еяю]\b"
    r"|язык|федеральн\w*\s+округ|муниципальн\w*\s+(?:район|округ)"
    r"|институт\w*\s+(?:развития|повышения|усовершенствования))", re.IGNORECASE)  # a region's ИРО, ИПК, ИУУ
# A dateline: «Казань, 9–10 октября 2025 г.», «г. Черногорск, 2023»: a place and a date alone on a line.
DATELINE = re.compile(rf"^(?:г\.\s*)?{NAME}(?:[ \u00a0]+{NAME})?(?:\s*,\s*[^\n]{{0,40}}\d[^\n]{{0,20}})?$")
SENTENCE_END = re.compile(r"[.!?](?=\s+[А-ЯЁA-Z«\"]|\s*$)|\n\s*\n")
MUNICIPALITY_WORDS = re.compile(r" (?:район|округ|кожуун|улус)$")
PLACE, STRONG, PLAIN, HALF = 6.0, 3.0, 1.0, 0.5
TITLE_FACTOR, OPENING_FACTOR = 3, 2
OPENING = 600  # characters of the title and first lines
LEAD_MAX = 400  # the longest first sentence looked at
MIN_SCORE, LEAD = 3.0, 2.0
WEAK_MIN = 1.0  # a lone city below MIN_SCORE still wins when nothing else is named (an adjective in the opening)


# «… после Санкт-Петербурга и Московской области»: a city listed with a region.
REGION_LISTED = re.compile(r"\s*(?:,|и)\s*[А-ЯЁ][а-яё-]+(?:ой|ого|ая|ий|ый)\s+(?:област|кра[йяюе]|республик)")


def _listed(text: str, start: int, end: int) -> bool:
    """Whether a city stands in a comma list of other cities, or beside a region."""
    before = re.search(r"([А-ЯЁ][\w-]+)\s*,\s*$", text[max(0, start - 40):start])
    after = re.match(r"\s*,\s*([А-ЯЁ][\w-]+)", text[end:end + 40])
    return any(m and city_nominative(m.group(1)) for m in (before, after)) or bool(REGION_LISTED.match(text, end))


def _after_place(text: str, start: int, settled: list[tuple[int, int]]) -> bool:
    """Whether a municipality qualifies the place just before it («с. Каменка Тулунского района») or closes
    a list of places («Кемерова, Междуреченска и Мариинского района»)."""
    index = bisect.bisect_left(settled, (start, start)) - 1
    if index >= 0 and start - settled[index][1] <= 2:  # «с. Берёзовка Нижнеилимского» is read as one name too
        return True
    before = re.search(r"([А-ЯЁ][\w-]+)\s*(?:,|\bи)\s*$", text[max(0, start - 40):start])
    return bool(before and city_nominative(before.group(1)))


@functools.lru_cache(maxsize=4)  # once per document (a str caches its hash)
def _lines(text: str) -> tuple[list[int], list[bool]]:
    """The offsets of the line starts and whether each line holds a tab: one pass, so that asking which line
    a position is on costs a binary search, not a scan back to the line start (long one-line texts)."""
    starts = [0] + [end + 1 for end in newlines(text)]
    ends = starts[1:] + [len(text) + 1]
    return starts, ["\t" in text[a:b] for a, b in zip(starts, ends)]


def _line_of(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line `pos` is on."""
    return line_of(text, pos)


def _in_table(text: str, start: int, end: int) -> bool:
    starts, tabs = _lines(text)
    first, last = bisect.bisect_right(starts, start) - 1, bisect.bisect_right(starts, end) - 1
    return any(tabs[first:last + 1])


def lead_spans(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """(title span, first-sentence span) in the text: where a report says what and where it is.

    The title is `extractors.meta.guess_title`; the first sentence is the first one after it that has
    words (a date line between them is skipped). A title that is itself prose's first sentence gives both.

    >>> text = "В Омске прошёл семинар\\n\\n12.03.2025\\n\\nС 10 по 12 марта в Омске работали секции. Итоги."
    >>> [text[a:b] for a, b in lead_spans(text)]
    ['В Омске прошёл семинар', 'С 10 по 12 марта в Омске работали секции.']
    """
    title = guess_title(text)
    words = title.split()[:6]
    found = re.search(r"[\s*#]+".join(re.escape(w) for w in words), text) if words else None
    if not found:
        return (0, 0), (0, 0)
    title_end = found.start() + len(title)
    title_end = min(len(text), title_end + (len(re.match(r"\S*", text[title_end:]).group())))
    pos = title_end
    while (line := re.match(r"\s*[^\n]*", text[pos:])) and line.group().strip() and \
            (not re.search(r"[А-ЯЁа-яё]{3}", line.group()) or DATELINE.match(line.group().strip())
             or DATE_LABEL.match(line.group().strip())):
        pos += line.end()  # «12.03.2025», «- 2 -», «Казань, 9–10 октября 2025 г.»: not sentences
    start = re.search(r"[А-ЯЁA-Zа-яё0-9«\"]", text[pos:])
    if not start:
        return (found.start(), title_end), (title_end, title_end)
    first = pos + start.start()
    stop = SENTENCE_END.search(text, first, min(len(text), first + LEAD_MAX))
    return (found.start(), title_end), (first, stop.end() if stop else min(len(text), first + LEAD_MAX))


def _dateline(text: str, start: int) -> bool:
    line_start, line_end = _line_of(text, start)
    if line_end - line_start > 80:
        return False  # a dateline is short
    line = text[line_start:line_end].strip()
    return len(line) <= 60 and bool(DATELINE.match(line)) and re.match(r"\s*(?:г\.\s*)?$", text[line_start:start])


# «этап, который будет проходить в Энском районе», «… пройдёт 5 мая в г. Энске»: the venue of a coming event, where
# the report's participants go, not where they are from.
COMING_VENUE = re.compile(r"(?:\b(?:будет|будут)\s+проход\w+|\bпройд(?:ёт|ет|ут)|\bсостоятся|\bсостоится)"
                          r"(?:\s+[^\s.!?]+){0,5}?\s+во?\s+(?:г\.\s*|городе\s+)?$", re.IGNORECASE)
COMING_LOOK = 70


def _coming_venue(text: str, start: int) -> bool:
    return bool(COMING_VENUE.search(text, max(0, start - COMING_LOOK), start))


TOWARDS = re.compile(r"(?:\bв|\bна)\s+(?:г\.\s*|город\s+)?$", re.IGNORECASE)


def _accusative(word: str) -> bool:
    """A city written in the accusative that differs from its nominative («Вологду», not «Кемерово»)."""
    from svodka.extractors.models import parses

    found = parses(word.lower())
    return bool(found) and "accs" in found[0].tag and "nomn" not in found[0].tag


def _weight(text: str, start: int, end: int, strong: bool, lead: bool, letterhead: bool = False,
            regional: bool = False) -> float:
    """How surely one mention names the report's city; a letterhead (above the title) says who reports, so an
    institution's place there is not halved; in a `regional` event's report «в г. X» is its venue (halved)."""
    before = text[max(0, start - 18):start]
    if _dateline(text, start):
        return STRONG
    if TOWARDS.search(before) and _accusative(text[start:end]) or _coming_venue(text, start):
        return HALF  # «стажировка в г. Вологду»: a trip to another city; the venue of a coming event
    if strong and _attached(text, start, letterhead, regional, end) or regional and IN_BEFORE.search(before):
        return HALF  # … and «В Казани завершился Всероссийский конкурс»: the venue, in the title too
    if IN_BEFORE.search(before) and VENUE_CLAUSE.search(text, max(0, start - 60), start):
        return HALF  # «олимпиады, состоявшейся в Чебоксарах»: where the event was held, not whose report it is
    if lead and (IN_BEFORE.search(before) or OPENS_FROM.search(before)):
        return PLACE  # «в Вологде …», «Из Калининграда школьники …» opening the report
    if strong:
        return STRONG
    return HALF if _listed(text, start, end) else PLAIN


# «Из Калининграда школьники …»: a sentence that opens with where its subjects come from
OPENS_FROM = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)Из[ \t]+(?:г\.[ \t]*)?$")
# a participle that places an event it qualifies, in the clause right before «в X»
VENUE_CLAUSE = re.compile(r"(?:состоявш|прошедш|проходивш|проводивш|проведённ|проведенн)[а-яё]*(?:[ \t]+[^\s.,;:!?]+){0,3}"
                          r"[ \t]+во?[ \t]+(?:г\.[ \t]*)?$", re.IGNORECASE)


EVENT_NOUN = r"\w*\s+(?:[а-яё]+(?:ая|ий|ый|ой|ое|ого|ую|ом)\s+)?(?:этап|конкурс|олимпиад|семинар|фестивал|форум|конференци|сл[её]т|турнир|чемпионат|выставк" \
             r"|спартакиад|марафон|соревновани|смотр)"
REGIONAL_EVENT = re.compile(r"(?:регионал|областн|краев|республиканск|всероссийск|межрегионал|окружн)" + EVENT_NOUN,
                            re.IGNORECASE)
MUNICIPAL_EVENT = re.compile(r"(?:муниципальн|районн|городск|школьн)" + EVENT_NOUN, re.IGNORECASE)


def _regional_event(head: str) -> bool:
    """Whether the title and the first sentence report a regional or national event (not a municipality's stage):
    its venue says where it was held, not where the participants and their schools are."""
    return bool(REGIONAL_EVENT.search(head)) and not MUNICIPAL_EVENT.search(head)


def _attached(text: str, start: int, letterhead: bool = False, regional: bool = False, end: int = -1) -> bool:
    """Whether a place follows an institution's name or number («… № 20» г. Череповца», «"…" в селе X»): it says
    where that institution is. A letterhead (above the title) says who reports, so it counts as the report's.
    In a `regional` event's report «в г. X» and an address («(г. X, ул. …)») are where the event was held, not
    where the participants are from."""
    before, honour = text[max(0, start - 18):start], ATTACHED_HONOUR.search(text, max(0, start - 40), start)
    return not letterhead and (bool(ATTACHED.search(before) or honour) or regional and (
        bool(IN_BEFORE.search(before)) or end >= 0 and bool(ADDRESS_AFTER.match(text, end))))


ADDRESS_AFTER = re.compile(r"\s*,\s*(?:ул\.|улица|пр\.|просп|пер\.|пл\.|площадь|бульвар|наб\.|шоссе)", re.IGNORECASE)


def _in_school_name(text: str, quoted: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in a quoted name that begins with a school's kind («Лицей г. X», «СОШ № 18 г. X»)."""
    index = bisect.bisect_right(quoted, (pos, float("inf"))) - 1
    if index < 0 or not quoted[index][0] <= pos < quoted[index][1]:
        return False
    return bool(kind_regex().match(text, quoted[index][0] + 1))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the outermost «…» in the text: names of institutions, events and works."""
    spans, depth, opened = [], 0, 0
    for match in re.finditer(r"[«»\n]", text):
        char = match.group()
        if char == "«":
            depth, opened = depth + 1, match.start() if depth == 0 else opened
        elif depth and char == "»":
            depth -= 1
            if depth == 0:
                spans.append((opened, match.end()))
        elif char == "\n" and depth and text[match.end():match.end() + 1] == "\n":
            depth = 0  # an unclosed quote ends with its paragraph
    return spans


# «Муниципальное автономное учреждение «Сургутская филармония»»: a municipality's own institution
MUNICIPAL_FORM = re.compile(r"муниципальн\w*(?:\s+[а-яё]+){0,3}\s+учреждени\w*\s*$", re.IGNORECASE)


def _municipal_name(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether the quoted name `pos` lies in is a municipal institution's: the town its adjective names is the
    report's place («в Муниципальном автономном учреждении «Сургутская филармония»»)."""
    index = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return index >= 0 and bool(MUNICIPAL_FORM.search(text, max(0, spans[index][0] - 80), spans[index][0])) \
        and not kind_regex().search(text, *spans[index])  # a school's own name: its village, maybe (schools decide)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of the sorted, disjoint spans."""
    index = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= pos < spans[index][1]


def city_votes(text: str, surnames=()) -> dict[str, float]:
    """City (or municipality, or settlement) → weighted count of its mentions in prose.

    `surnames` are the people the document names: a word of the same stem is that person, no city
    («Иванова» is no vote for Иваново), unless the context says «г.» or «города».

    >>> dict(city_votes("г. Черногорск. Глава города Черногорска и гости из Абакана"))
    {'Черногорск': 12.0, 'Абакан': 2.0}
    >>> dict(city_votes("Администрация г.о. Самара и педагоги самарских школ"))
    {'Самара': 10.5}
    >>> dict(city_votes("Совещание в Киришском районе. Опыт киришских педагогов"))
    {'Киришский район': 19.0}
    """
    return _tally(text, surnames)[0]


def _tally(text: str, surnames=()) -> tuple[dict[str, float], set[str], set[str], set[str]]:
    """(votes, the settlements among them, the free places: those with a vote of their own, not only as the
    place of an institution just named («…», с. X), which says where that institution is; the rivals: the free
    places and those listed beside other places)."""
    (title_start, title_end), (lead_start, lead_end) = lead_spans(text)
    regional = _regional_event(text[title_start:title_end] + " " + text[lead_start:lead_end])
    if regional:
        lead_start = lead_end = 0  # «… регионального этапа прошла в г. Владимире»: the venue, not the participants'
    stems = surname_stems(surnames)
    quoted = _quoted_spans(text)

    def factor(start: int) -> int:
        return TITLE_FACTOR if title_start <= start < title_end else OPENING_FACTOR if start < OPENING else 1

    votes: dict[str, float] = defaultdict(float)
    settlements: set[str] = set()
    free: set[str] = set()
    rivals: set[str] = set()
    adjective_votes: dict[str, float] = defaultdict(float)  # city adjectives; a district of the same name takes them
    settled: list[tuple[int, int]] = []
    for match in SETTLEMENT.finditer(text):
        start, end = match.span("name")
        kind = text[match.start():start]
        if _in_table(text, start, end) or not (place := settlement_nominative(match["name"], kind)):
            continue
        lead = title_start <= start < title_end or lead_start <= start < lead_end
        weight = _weight(text, start, end, True, lead, start < title_start, regional)
        votes[place] += weight * factor(start)
        settlements.add(place)
        if not _attached(text, start, start < title_start, regional):
            free.add(place)
        settled.append((start, end))
    villages = list(settled)  # sorted, as found
    urban: dict[str, str] = {}  # «Василеостровского района Санкт-Петербурга»: that district is the city's
    for match in MUNICIPALITY_PHRASE.finditer(text):  # «Степновского муниципального района», «в Северском районе»
        start, end = match.span()
        if _in_table(text, start, end) or _inside(quoted, start):
            continue
        place = municipality_nominative(match["adj"], match["kind"])
        if not place or (place.endswith("городской округ") and city_of_adjective(match["adj"])):
            continue  # a city's district, or «Беловского городского округа»: the city votes below
        if place.endswith(" район") and (city := CITY_OF_DISTRICT.match(text, end)) and \
                (name := city_nominative(city["city"], loose=bool(city["g"]))):
            urban[place] = name
        lead = title_start <= start < title_end or lead_start <= start < lead_end
        if ATTACHED_NAME.search(text[max(0, start - 6):start]) or _after_place(text, start, villages):
            weight = HALF  # where the institution or the settlement just named is, not the report
        else:
            strong = not place.endswith(" район") or "муниципальный" in place or \
                bool(AUTHORITY_BEFORE.search(text[max(0, start - 40):start]))
            weight = _weight(text, start, end, strong, lead)
            if not _coming_venue(text, start):
                free.add(place)
        votes[place] += weight * factor(start)
        settled.append((start, end))
    settled.sort()
    cursor = 0
    for match in CANDIDATE.finditer(text):
        start, end = match.span()
        if start < cursor or _inside(settled, start) or _in_table(text, start, end):
            continue
        before = text[max(0, start - 24):start]
        strong = bool(CITY_BEFORE.search(before))
        if not strong and stems and is_surname(match.group(), stems):
            cursor = end
            continue
        city = ""
        if (second := NEXT_NAME.match(text, end)) and (city := city_nominative(
                f"{match.group()} {second.group(1)}", loose=strong)):
            end = second.end()  # «в Нижнем Новгороде», «Набережных Челнов»
        if not city and not strong and not MUNICIPALITY_AFTER.match(text, end) and \
                written_as_adjective(match.group(), text[end:end + 3]):
            if (city := city_of_adjective(match.group())) and not REGION_AFTER.match(text, end) \
                    and (not _inside(quoted, start) or _municipal_name(text, quoted, start)):
                adjective_votes[city] += HALF * factor(start)  # «в Петрозаводском государственном университете»
            cursor = end
            continue
        city = city or city_nominative(match.group(), loose=strong)
        if not city and MUNICIPALITY_AFTER.match(text, end):
            city, strong = city_of_adjective(match.group(), loose=True), True
        if not city and IN_BEFORE.search(before) and (title_start <= start < title_end or lead_start <= start < lead_end):
            city = geox_town(match.group(), "loct")  # «В Омутнинске состоялся …»: a town pymorphy3 knows as a place
        if city:
            lead = title_start <= start < title_end or lead_start <= start < lead_end
            # «МОУ «Лицей г. Космодемьянск»»: the place of that school, one among others; «Город Архангельск» is more
            inside = strong and _in_school_name(text, quoted, start)
            votes[city] += (HALF if inside else _weight(text, start, end, strong, lead, False, regional)) * factor(start)
            if not (strong and _attached(text, start, False, regional, end)) and \
                    not (regional and IN_BEFORE.search(before)) and not _coming_venue(text, start):
                # a city in a list beside other places is one of them: a rival, not the report's on its own
                (rivals if not strong and _listed(text, start, end) else free).add(city)
        elif not REGION_AFTER.match(text, end) and (not _inside(quoted, start) or _municipal_name(text, quoted, start)) \
                and (city := city_of_adjective(match.group())):
            adjective_votes[city] += HALF * factor(start)
        cursor = end
    for match in ADJECTIVE_LOWER.finditer(text):
        start, end = match.span()
        if _in_table(text, start, end) or REGION_AFTER.match(text, end) or _inside(quoted, start):
            continue
        if city := city_of_adjective(match.group()):
            adjective_votes[city] += HALF * factor(start)
    for match in DEMONYM.finditer(text):  # «трое курганцев», «томичи»: the town's own people
        if not _in_table(text, *match.span()) and (city := city_of_demonym(match.group())):
            adjective_votes[city] += PLAIN * factor(match.start())
    for place in [p for p in votes if p.endswith(" муниципальный район")]:  # one district, two spellings
        if (short := place.replace(" муниципальный", "")) in votes:
            longer, shorter = sorted((place, short), key=lambda p: -votes[p])
            votes[longer] += votes.pop(shorter)
            if shorter in free:
                free.discard(shorter)
                free.add(longer)
    for place, city in urban.items():  # every mention of a city's district is a vote for the city
        votes[city] += votes.pop(place, 0.0)
        if place in free:
            free.discard(place)
            free.add(city)
    districts = {city_of_adjective(place.split(" ")[0], loose=True): place for place in votes if " " in place}
    for city, vote in adjective_votes.items():
        votes[districts.get(city, city)] += vote  # «киришских педагогов» of «Киришского района»
        free.add(districts.get(city, city))
    return votes, settlements, free, free | rivals


def document_city(text: str, surnames=()) -> str:
    """The city a document is about, or "" when no city clearly leads.

    >>> document_city("В Красноярске прошла сессия. Работа в Красноярске. Итоги сессии в Красноярске.")
    'Красноярск'
    >>> document_city("Съезд педагогов Кузбасса. Опыт Кемерова, Междуреченска и Мариинского района.")
    ''
    """
    tally, settlements, free, rivals = _tally(text, surnames)
    votes = sorted(tally.items(), key=lambda kv: -kv[1])
    if votes and (MUNICIPALITY_WORDS.search(votes[0][0]) or votes[0][0] in settlements):
        # a village and a district do not compete: the village lies in the district the report names
        village = votes[0][0] in settlements
        votes = votes[:1] + [kv for kv in votes[1:] if
                             (kv[0] in settlements) == village and not (village and MUNICIPALITY_WORDS.search(kv[0]))]
    if votes and votes[0][0] in free and votes[0][1] >= WEAK_MIN and not any(kv[0] in rivals for kv in votes[1:]):
        return votes[0][0]  # weaker evidence when nothing stronger or competing exists
    if not votes or votes[0][1] < MIN_SCORE:
        return ""
    if len(votes) > 1 and votes[0][1] < LEAD * votes[1][1]:
        return _eponymous_district(votes[0][0], votes[1][0])
    return votes[0][0]


def _eponymous_district(first: str, second: str) -> str:
    """Of a town and the district named after it, close in votes («В Выборге …», «администрации Выборгского
    района»), the district: it holds the town, and a report naming both is the district's. "" for other pairs."""
    for town, district in ((first, second), (second, first)):
        if MUNICIPALITY_WORDS.search(district) and city_of_adjective(district.split(" ")[0], loose=True) == town:
            return district
    return ""


@Language.component("svodka_city")
def city_component(doc: Doc) -> Doc:
    info = meta(doc)
    if not info.get("city"):
        info["city"] = document_city(doc_text(doc), [p["surname"] for p in records(doc, "people")])
    return doc
