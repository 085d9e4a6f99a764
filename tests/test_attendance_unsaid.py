"""Head counts whose verb of taking part is left unsaid or is said in a rarer way: a dash for the verb, a line
of a section's list, a headline's tally, a field set out with «среди которых», people called participants
after a dash, and more verbs of going, gathering, being invited and showing what one knows."""
from __future__ import annotations

import pytest

from svodka.extractors.attendance import prose_counts
from tests.test_attendance import attendance_of


def counts(text: str) -> list[tuple[int, str]]:
    return [(found["count"], found["label"]) for found in prose_counts(text)]


@pytest.mark.parametrize("text, expected", [
    # a dash for the verb: the event after «на», then more of the same kind by subject
    ("Больше всех гимназистов прошло на турнир по шахматам — 9 человек. 5 лицеистов — на турнир по шашкам, "
     "3 — по домино, 2 — по нардам.",
     [(9, "прошедшие больше всех гимназистов"), (5, "лицеисты на турнире по шашкам"),
      (3, "лицеисты на турнире по домино"), (2, "лицеисты на турнире по нардам")]),
    ("12 студентов — на форум волонтёров.", [(12, "студенты на форуме волонтёров")]),
    # no event after the dash, or no people before it: no count
    ("В гимназии 35 учителей — в основном со стажем.", []),
    ("Из 30 выпускников 12 — в вузы, 5 — в колледжи.", []),
    ("Продано 40 билетов — на спектакль театра.", []),
])
def test_a_dash_stands_for_the_verb(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Смотр прошёл в двух группах.\nКоличество участников по номинациям:\nХоровое пение (младшие) – 11 чел.\n"
     "Хоровое пение (старшие) - 14чел\n",
     [(11, "Хоровое пение (младшие)"), (14, "Хоровое пение (старшие)")]),
    # a ranking, scores, or no head naming participants: none
    ("Количество участников по номинациям:\nПервое место – 3 чел.\n", []),
    ("Результаты по номинациям:\nХоровое пение (младшие) – 11 чел.\n", []),
    ("Количество участников по номинациям:\nХоровое пение (младшие) – 11 баллов\n", []),
])
def test_a_section_to_a_line_under_a_head_of_participants(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Итоги фестиваля. 14 площадок и 520 участников. Праздник удался.", [(520, "участники")]),
    ("Работа шла по секциям.\nСекция «Робототехника» (24 участника). Ведёт её Иванов И.И.",
     [(24, "Секция «Робототехника»")]),
    ("Открылся краевой смотр. 31 конкурсант, среди которых трое уже побеждали в прошлых смотрах.",
     [(31, "конкурсанты")]),
    ("Форум открылся в понедельник. 48 молодых учителей из сельских школ – участников форума, приветствовал ректор.",
     [(48, "молодые учителя – участники форума")]),
    # a result of some of the field, a headline with a verb, people not called participants: none
    ("8 участников стали победителями турнира.", [(8, "ставшие победителями турнира")]),
    ("Итоги фестиваля. 14 площадок и 60 учителей.", []),
    ("Слово взяли 3 участника смотра, а затем ведущий объявил итоги.", []),
])
def test_participants_without_a_verb_of_taking_part(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("62 кадета станут участниками окружного сбора.", [(62, "кадеты, ставшие участниками окружного сбора")]),
    ("Раньше всех стартуют участники турнира по праву. В числе соревнующихся и 5 студентов колледжа.",
     [(5, "студенты колледжа в числе соревнующихся")]),
    ("В финале, который прошёл в субботу, показали свои знания 85 школьников.", [(85, "школьники на финале")]),
    ("30 воспитателей района были приглашены на августовское совещание.",
     [(30, "воспитатели района, приглашённые на августовское совещание")]),
    ("В этом году заявку на участие в районном конкурсе «Педагог года» подали 9 учителей.",
     [(9, "учителя на районном конкурсе «Педагог года»")]),
    ("В турнире юных физиков попробовали свои силы 46 школьников.", [(46, "турнир юных физиков, школьники")]),
    ("Всего 5 студентов пожелали проверить свои знания.", [(5, "студенты, пожелавшие проверить свои знания")]),
    # not people, or a verb of doing before its object
    ("Эксперты проверили знания 40 учеников.", []),
    ("В этом году заявку на участие в конкурсе подали 9 школ.", []),
    ("Эксперты обсудили проекты 40 студентов.", []),
])
def test_more_ways_of_saying_people_took_part(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, count, people", [
    ("В филармонии прошёл праздничный концерт, объединивший более 300 ветеранов педагогического труда.", 300,
     "ветераны педагогического труда"),
    ("170 студентов из 12 колледжей защищали свои выпускные проекты перед комиссией.", 170, "студенты"),
])
def test_gathering_participles_and_defending_ones_work(text, count, people):
    ((found, label),) = counts(text)
    assert found == count and people in label


def test_counts_of_one_sentence_are_never_restatements():
    text = "На олимпиаду прошли 4 ученика по физике. 4 ученика — на олимпиаду по химии, 4 — по праву."
    assert [r["count"] for r in attendance_of(text) if r["source"] == "prose"] == [4, 4, 4]


@pytest.mark.parametrize("text, expected", [
    # the object of a transitive verb in the singular: the event or body hosted, sent or drew the participants
    ("Второй областной слёт принял 86 участников из пяти районов.", [(86, "участники")]),
    ("Управление образования района направило на форум 4 участников.", [(4, "участники")]),
    ("Фестиваль привлёк более 300 участников.", [(300, "участники (более 300)")]),
    # set in apposition by «это»: the people just named are counted, a part of them after its colon
    ("Команда лицея «Вектор» вместе с тренером, а это 17 участников: 12 шахматистов и 5 команд, уехала на турнир.",
     [(17, "Команда лицея «Вектор», участники"), (12, "шахматисты")]),
    # a bare «человек» named after a dash
    ("В семинаре участвовали 40 человек – учителя начальных классов.", [(40, "учителя начальных классов на семинаре")]),
    ("Всего приняли участие 90 школьников (из них 25 чел. – гости из соседних районов).",
     [(90, "Всего приняли участие школьники"), (25, "гости из соседних районов")]),
    # a plural verb the count may be the subject of, a result, people that are not participants: none
    ("Слово взяли 3 участника смотра, а затем ведущий объявил итоги.", []),
    ("Жюри наградило 12 участников дипломами.", []),
    ("Комиссия определила 5 победителей.", []),
    ("Отдел направил в школы 40 учебников.", []),
])
def test_participants_as_an_object_or_in_apposition(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("32 учителя района\nбыли приглашены на августовскую конференцию.",
     [(32, "учителя района, приглашённые на августовскую конференцию")]),
    # a new line opening with a capital is a new sentence: a heading, then its own lead
    ("32 учителя района\nБыли открыты новые кабинеты.", []),
])
def test_a_sentence_wrapped_across_lines_is_read_whole(text, expected):
    assert counts(text) == expected
