"""What a count counts: nouns of people (`extractors/data/count_nouns.txt`) and the headers of columns counting people,
not schools, events, money or scores."""
from __future__ import annotations

import re

from svodka.normalizers.morph import parses
from svodka.normalizers.wordlists import data_lines


NOT_PEOPLE_HEADER = re.compile(r"руб|%|процент|балл|доля|сумм|стоимост|средн", re.IGNORECASE)
# Headers counting things, not people: «Количество ОО», «Кол-во мероприятий», «Число проектов»; measures of
# time or volume: «Объём, ч», «ак. ч», «Кол-во часов», «Продолжительность, дней».
THING_HEADER = re.compile(r"\bОО\b|\bОУ\b|школ|организаци|учреждени|мероприяти|заняти|урок|час|проект|работ|заяв|"
                          r"(?<![.\w])ч\b|\bак\.\s*ч|объ[её]м|трудо[её]мк|продолжительн|длительн|\bдн(?:ей|и|я)\b|"
                          r"публикац|площад|команд|класс|групп|конкурс(?!ант)|секци|доклад|выступлени|презентаци|экспонат|"
                          r"просмотр|пут[её]во?к|сертификат|диплом|грамот|номинаци|отряд|лагер|договор|программ|"
                          r"победител|призер|призёр|лауреат|дипломант", re.IGNORECASE)  # results, not attendance


COUNT_NOUNS = set(data_lines("count_nouns.txt"))
# Nouns that count people but say nothing about who («человек», «участник»): the label comes from the context.
GENERIC_NOUNS = {"человек", "участник", "чел"}
# Nouns that say by themselves that people took part: «Всего 25 участников» is a head count with no verb.
PARTICIPANT_NOUNS = {"участник", "конкурсант", "слушатель", "делегат", "зритель", "посетитель", "присутствующий"}

RESULT_NOUNS = set(data_lines("result_nouns.txt"))
NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"}


def people_column(header: str) -> bool:
    """A count column of people: its header names people («Кол-во чел», «Участники»), or at least
    nothing else («Всего», a district); not schools, events, money, percentages or scores.

    >>> people_column("Кол-во участников мероприятий"), people_column("Количество ОО"), people_column("Всего")
    (True, False, True)
    """
    if NOT_PEOPLE_HEADER.search(header):
        return False
    if any(_is_people(w) for w in re.findall(r"[А-Яа-яЁё]+", header)):
        return True
    return not THING_HEADER.search(header)


def _is_people(word: str) -> bool:
    """A noun counting people: one of `data/count_nouns.txt`, or any animate common noun pymorphy3 knows
    («шахматистов», «юнармейцев», «ребят»), not a name and not a result (`data/result_nouns.txt`)."""
    word = word.lower()
    if word in COUNT_NOUNS:
        return True
    readings = parses(word)
    for parse in readings[:3]:
        if parse.normal_form in COUNT_NOUNS:
            return True
        if parse.tag.POS == "PRTF":  # «учащихся», «обучающихся»: participles used as nouns
            form = parse.inflect({"nomn", "sing", "masc"})
            if form and form.word in COUNT_NOUNS:
                return True
    first = readings[0] if readings else None
    return first is not None and first.tag.POS == "NOUN" and "anim" in first.tag and \
        not NAME_TAGS & first.tag.grammemes and first.normal_form not in RESULT_NOUNS
