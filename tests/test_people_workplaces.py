"""People's role and workplace as reports across regions write them: plural roles in any case shared by a
list, a school after a comma list, shortened roles, a learner's class, a bracket's role that is the next
name's. Sentences invented for the tests."""
from __future__ import annotations

import pytest

from svodka.extractors.ner import ner_spans
from svodka.extractors.people import extract_people
from svodka.extractors.schools import school_spans


def rows(text: str) -> list[tuple[str, str, str]]:
    per = [(s, e) for s, e, kind in ner_spans(text) if kind == "PER"]
    return [(r["surname"], r["role"], r["organization"]) for r in extract_people(text, per, school_spans(text))]


@pytest.mark.parametrize("text, expected", [
    # a plural role in the instrumental or genitive before a list is each listed one's
    ("Уроки, подготовленные учителями физики Котовой А.И., Лосевой Е.В. и Ершовой Н.Н., посетили родители.",
     [("Котова", "учитель физики", ""), ("Лосева", "учитель физики", ""), ("Ершова", "учитель физики", "")]),
    ("На уроках учителей истории Котовой А.И., Лосевой Е.В. побывали гости.",
     [("Котова", "учитель истории", ""), ("Лосева", "учитель истории", "")]),
    # each name with its subject; a learner's role in the learner's gender
    ("Лучшие результаты у учащихся гимназии №5 Котова Ивана по физике, Лосевой Анны по биологии.",
     [("Котов", "учащийся", "Гимназия №5"), ("Лосева", "учащаяся", "Гимназия №5")]),
    # near misses: a genitive complement of a role or of a body is not a plural head
    ("Выступила помощник учителя Рябова Лариса Петровна, Кротова Инна Сергеевна промолчала.",
     [("Рябова", "помощник учителя", ""), ("Кротова", "", "")]),
    ("Выступила руководитель объединения учителей Рябова Лариса Петровна, Кротова Инна Сергеевна промолчала.",
     [("Рябова", "руководитель", "Объединение учителей"), ("Кротова", "", "")]),
])
def test_plural_roles_in_any_case(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «ФИО, школа, …»: the school after a comma; after the last name of a list, every listed one's
    ("2 место – Ершова Дарья, МАОУ «Лицей № 4», диплом 2 степени;", [("Ершова", "", "МАОУ «Лицей № 4»")]),
    ("1 место – Котов Иван, Лосев Пётр, МБОУ «СОШ № 8».",
     [("Котов", "", "МБОУ «СОШ № 8»"), ("Лосев", "", "МБОУ «СОШ № 8»")]),
    ("Лосева Анна Ивановна, Зуева Ольга Петровна, МБОУ «СОШ № 57 г. Энска», дипломы 3 степени.",
     [("Лосева", "", "МБОУ «СОШ № 57 г. Энска»"), ("Зуева", "", "МБОУ «СОШ № 57 г. Энска»")]),
    # a shortened «рук.» after it takes the pupil's school
    ("3 место – Ершова Дарья, МБОУ Гимназия, рук. Котова А.И.;",
     [("Ершова", "", "МБОУ Гимназия"), ("Котова", "руководитель", "МБОУ Гимназия")]),
    # near misses: a name with its own bracket keeps it; no school after the list, none given
    ("1 место – Котов Иван (СОШ № 2), Лосев Пётр, МБОУ «СОШ № 8».",
     [("Котов", "", "СОШ № 2"), ("Лосев", "", "МБОУ «СОШ № 8»")]),
    ("Встретились Котова Анна, Лосев Пётр и директор гимназии № 3 Зуев Олег.",
     [("Котова", "", ""), ("Лосев", "", ""), ("Зуев", "директор", "Гимназия № 3")]),
])
def test_a_school_after_a_comma_list(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role in a bracket right before the next name is that name's, not the one before the bracket
    ("Работу выполнила Ершова Дарья (учитель Котова А.И.).", [("Ершова", "", ""), ("Котова", "учитель", "")]),
    ("Работу выполнила Ершова Дарья (рук. Котова А.И.).", [("Ершова", "", ""), ("Котова", "руководитель", "")]),
    # near miss: a role joined by «и» to the next name is still the first one's
    ("Выступили Лосева Е.И. - главный специалист отдела образования и Зуева Л.А. - директор гимназии № 3.",
     [("Лосева", "главный специалист отдела образования", "Отдел образования"),
      ("Зуева", "директор", "Гимназия № 3")]),
])
def test_the_next_names_role(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a learner's class is part of the role; the school after it is the organization, in the nominative
    ("Победителем стал Котов Иван, ученик 8 класса Энского лицея.", [("Котов", "ученик 8 класса", "Энский лицей")]),
    ("Победила Котова Анна, студентка 3 курса Энского педагогического университета.",
     [("Котова", "студентка 3 курса", "Энский педагогический университет")]),
    ("1 место – Лосева Анна, ученица 6 «Б» класса.", [("Лосева", "ученица 6 «Б» класса", "")]),
    # near miss: a number that is no class
    ("Лучшей стала Котова Анна, ученица, набравшая 8 баллов.", [("Котова", "ученица", "")]),
])
def test_a_learners_class(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a staff label line goes on the list item above it, whose school its staff share
    ("1 место – Котов Иван, Лосев Пётр, МБОУ «СОШ № 8».\nРуководители: Котова А.И., учитель физкультуры.",
     [("Котов", "", "МБОУ «СОШ № 8»"), ("Лосев", "", "МБОУ «СОШ № 8»"), ("Котова", "учитель физкультуры", "МБОУ «СОШ № 8»")]),
    ("3 место – Котов Иван, Лосев Пётр,\nМБОУ «СОШ № 8».\nТренер: Зуева А.И., учитель истории.",
     [("Котов", "", "МБОУ «СОШ № 8»"), ("Лосев", "", "МБОУ «СОШ № 8»"), ("Зуева", "учитель истории", "МБОУ «СОШ № 8»")]),
    # near misses: a blank line ends the item; a label that is no role («Жюри») takes nothing
    ("1 место – Котов Иван, МБОУ «СОШ № 8».\n\nРуководители: Котова А.И., учитель физкультуры.",
     [("Котов", "", "МБОУ «СОШ № 8»"), ("Котова", "учитель физкультуры", "")]),
    ("1 место – Котов Иван, МБОУ «СОШ № 8».\nЖюри: Котова А.И., учитель физкультуры.",
     [("Котов", "", "МБОУ «СОШ № 8»"), ("Котова", "учитель физкультуры", "")]),
])
def test_a_staff_label_under_a_list_item(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a team named with its school: its members and coaches named in the sentence belong to it
    ("В составе команды энской школы № 2, подготовленной учителями физики Анной Котовой и Еленой Лосевой, "
     "выступали Иван Ершов и Пётр Зуев.",
     [("Котова", "учитель физики", "Энская школа № 2"), ("Лосева", "учитель физики", "Энская школа № 2"),
      ("Ершов", "", "Энская школа № 2"), ("Зуев", "", "Энская школа № 2")]),
    # «под руководством» states the role
    ("Первое место заняла команда Озёрской школы под руководством И.П. Котова.",
     [("Котов", "руководитель", "Озёрская школа")]),
    # «в составе команды» without a school: the team named before it in the paragraph
    ("Победу одержала первая команда МКОУ Энская СОШ № 1, набравшая 21 очко. "
     "В составе команды выступали Зуев М. (9 «Б»), Котова Л. (5 «Б»).",
     [("Зуев", "", "МКОУ Энская СОШ № 1"), ("Котова", "", "МКОУ Энская СОШ № 1")]),
    # near misses: a team without a school, a school that is only the venue
    ("На базе школы № 5 выступила команда гостей: Иван Ершов и Пётр Зуев.", [("Ершов", "", ""), ("Зуев", "", "")]),
    ("Соревнования прошли в школе № 3. Команды представляли Иван Ершов и Пётр Зуев.",
     [("Ершов", "", ""), ("Зуев", "", "")]),
])
def test_a_team_and_its_school(text, expected):
    assert rows(text) == expected


def test_a_team_named_otherwise_is_not_the_last_schools():
    text = ("Первое место заняла команда Озёрской школы под руководством И.П. Котова. "
            "На третьем – сборная Энска (руководитель Н.И. Лосев).")
    assert rows(text) == [("Котов", "руководитель", "Озёрская школа"), ("Лосев", "руководитель", "")]


@pytest.mark.parametrize("text, expected", [
    # a supervisor's function yields to a position another mention gives; the school stays
    ("1 место – Котова Анна, МБОУ Гимназия, рук. Лосева Т.А.\nОбъявить благодарность Лосевой Т.А., учителю истории.",
     [("Котова", "", "МБОУ Гимназия"), ("Лосева", "учитель истории", "МБОУ Гимназия")]),
    # near miss: the function alone is the role
    ("1 место – Котова Анна, МБОУ Гимназия, рук. Лосева Т.А.",
     [("Котова", "", "МБОУ Гимназия"), ("Лосева", "руководитель", "МБОУ Гимназия")]),
])
def test_a_position_beats_a_supervisors_function(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket of names after a clause that names the group by a plural role
    ("Первое место занял коллектив энских учителей с работой о воспитании юнармейцев (Анна Котова, Иван Лосев).",
     [("Котова", "учитель", ""), ("Лосев", "учитель", "")]),
    ("Третье место у коллектива воспитателей из Озёрска с работой о фольклоре (Анна Котова, Ольга Лосева и "
     "Юлия Зуева).", [("Котова", "воспитатель", ""), ("Лосева", "воспитатель", ""), ("Зуева", "воспитатель", "")]),
    # near miss: a bracket that holds more than names
    ("Выступили учителя школы № 4 (Анна Котова, 5 класс).", [("Котова", "", "")]),
])
def test_names_in_a_bracket_after_a_group(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one school a paragraph names is its staff's
    ("Педагоги и ученики МБОУ СОШ №6 г. Энска провели акцию. На уроках учителей математики Котовой А.И., "
     "Лосевой Е.В. побывали родители.",
     [("Котова", "учитель математики", "МБОУ СОШ №6 г. Энска"), ("Лосева", "учитель математики", "МБОУ СОШ №6 г. Энска")]),
    # a feminine form of a position; a school in the genitive with its town
    ("Второе место заняла преподавательница химии лицея № 3 Елабуги Анна Котова.",
     [("Котова", "преподавательница химии", "Лицей № 3 Елабуги")]),
    # near misses: two schools in the paragraph; a place after «из» is no organization; not staff
    ("Гости из школы № 2 пришли в гимназию № 5. Урок провела учитель математики Котова А.И.",
     [("Котова", "учитель математики", "")]),
    ("Второе место у учителя из Озёрного Камня Елены Зуевой.", [("Зуева", "учитель", "")]),
    ("В школе № 2 побывал губернатор области Иван Котов.", [("Котов", "губернатор области", "")]),
])
def test_the_one_school_of_a_paragraph(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «из» a school, a learner's class between, in the nominative
    ("Победила Анна Лосева из школы № 27, а Дана Котова из школы № 7 стала второй.",
     [("Лосева", "", "Школа № 27"), ("Котова", "", "Школа № 7")]),
    ("Первое место занял Пётр Лосев из 6 класса Озёрской средней школы.", [("Лосев", "", "Озёрская средняя школа")]),
    ("Третье место занял Котов Иван, 8 «А» класс Озёрской СОШ № 2.", [("Котов", "", "Озёрская СОШ № 2")]),
    # a structural unit's abbreviation before the school it belongs to; natasha's lone surname joins its name
    ("2 место — Зуева Алина СП «Детский сад №4» ГБОУ СОШ №2 с. Озёрки", [("Зуева", "", "СП «Детский сад №4»")]),
    ("1 место – Лосев Денис, СП – Детский сад «Ромашка» ГБОУ СОШ с. Озёрки", [("Лосев", "", "СП – Детский сад «Ромашка»")]),
    # a learner's class word is the role; a supervisor's bracket does not take the learner's apposition away
    ("Грамоту получил Лосев Пётр, пятиклассник Озёрской СОШ.", [("Лосев", "пятиклассник", "Озёрская СОШ")]),
    ("Второе место у Котову Ивану, ученику 7 «Б» класса Озёрской СОШ (руководитель А.А. Петрова).",
     [("Котов", "ученик 7 «Б» класса", "Озёрская СОШ"), ("Петрова", "руководитель", "Озёрской СОШ")]),
    # near misses: «из» a town is no organization; a class alone gives none
    ("Победила Анна Лосева из Озёрска.", [("Лосева", "", "")]),
    ("Победила Анна Лосева из 6 класса.", [("Лосева", "", "")]),
])
def test_a_school_after_a_name_with_from_a_class_or_a_unit(text, expected):
    assert rows(text) == expected


def names(text: str) -> list[tuple[str, str, str, str, str]]:
    per = [(s, e) for s, e, kind in ner_spans(text) if kind == "PER"]
    return [(r["surname"], r["first_name"], r["gender"], r["role"], r["organization"])
            for r in extract_people(text, per, school_spans(text))]


@pytest.mark.parametrize("text, expected", [
    # a name agrees with an oblique role head before it: «Валерия Котова» after «главы» is a man
    ("Все ждали главы администрации района Валерия Котова.", [("Котов", "Валерий", "m", "глава", "Администрация района")]),
    ("Слово предоставили учителю физики Александре Лосевой.", [("Лосева", "Александра", "f", "учитель физики", "")]),
    # a surname declined like a noun in -а, in the genitive with its first name
    ("Гость прибыл в сопровождении Натальи Ворожбы.", [("Ворожба", "Наталья", "f", "", "")]),
    # a spaced hyphen states the position; a school named by its ordinal
    ("Ведущая заседания - учитель СОШ № 2 Л. Е. Котова подняла тему.", [("Котова", "", "f", "учитель", "СОШ № 2")]),
    ("В прошлом году педагог первой гимназии Наталья Зуева стала победителем.",
     [("Зуева", "Наталья", "f", "педагог", "Первая гимназия")]),
    # near misses: a nominative head keeps a woman a woman; an indeclinable surname stays
    ("Глава района Валерия Котова открыла форум.", [("Котова", "Валерия", "f", "глава района", "")]),
    ("Выступила Анна Шанидзе, учитель физики.", [("Шанидзе", "Анна", "f", "учитель физики", "")]),
])
def test_a_name_agrees_with_its_role_and_ordinal_schools(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place's adjective before the school goes with the school, not the role
    ("Победителем стала учитель русского языка и литературы озёрской школы №12 Анна Котова.",
     [("Котова", "учитель русского языка и литературы", "Озёрская школа №12")]),
    # a place's adjective joined to a school is another school; a woman with that surname still is one
    ("В конкурсе участвовали учителя из школ № 10 и Озёрской.", []),
    ("Диплом вручили Анне Озёрской из школы № 10.", [("Озёрская", "", "Школа № 10")]),
])
def test_place_adjectives_go_with_their_school(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two words pymorphy3 does not know, then a role: a first name and a surname that do not decline
    ("Диплома удостоена Чайзат Ховалыг, учитель родного языка школы № 3.",
     [("Ховалыг", "учитель родного языка", "Школа № 3")]),
    # near miss: without an apposition they stay unread
    ("Диплома удостоена Чайзат Ховалыг из школы № 3.", []),
])
def test_undeclined_names_before_a_role(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role and school before «и» and the next name are the previous name's apposition
    ("Награды получили Котова Анна Ивановна, учитель химии МБОУ «Энская СОШ №2» и Лосева Мария Петровна, "
     "учитель истории МКОУ «Озёрная ООШ».",
     [("Котова", "учитель химии", "МБОУ «Энская СОШ №2»"), ("Лосева", "учитель истории", "МКОУ «Озёрная ООШ»")]),
    ("В жюри вошли Зуев Иван Петрович, методист ИМЦ и Орлова Нина Ивановна.",
     [("Зуев", "методист", "ИМЦ"), ("Орлова", "", "")]),
    # a conjunction after a comma starts another member: its role is its own
    ("Выступили Иван Петрович Зуев, учитель физики МОУ «СОШ № 4», и педагог-психолог Анна Ивановна Котова.",
     [("Зуев", "учитель физики", "МОУ «СОШ № 4»"), ("Котова", "педагог-психолог", "МОУ «СОШ № 4»")]),
    # near miss: a plural role before both names is still each one's
    ("Выступили учителя истории Котова А.И. и Лосева М.П.",
     [("Котова", "учитель истории", ""), ("Лосева", "учитель истории", "")]),
    # one apposition chain, one workplace: the school of the later position
    ("Грамоту получила Лосева Мария Петровна, учитель истории, директор МКОУ «Озёрная ООШ».",
     [("Лосева", "учитель истории", "МКОУ «Озёрная ООШ»")]),
    # near miss: a membership is no workplace
    ("Грамоту получила Лосева Мария Петровна, учитель истории, член Общественной палаты области.",
     [("Лосева", "учитель истории", "")]),
])
def test_apposition_of_the_previous_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deputy's portfolio after the administration stays in the role
    ("Гостей встретила замглавы администрации по соцсфере Ольга Котова.",
     [("Котова", "замглавы администрации по соцсфере", "")]),
    ("Слово взял заместитель главы администрации по социальным вопросам Иван Зуев.",
     [("Зуев", "заместитель главы администрации по социальным вопросам", "")]),
    # near miss: a unit «по …» is a body of its own
    ("Выступила председатель комитета по образованию Анна Лосева.",
     [("Лосева", "председатель", "Комитет по образованию")]),
    # a school named by its number as an ordinal
    ("Гостей встретила директор 12-й школы Анна Лосева.", [("Лосева", "директор", "12-я школа")]),
    ("Выступил директор 5-го лицея Иван Зуев.", [("Зуев", "директор", "5-й лицей")]),
    # near miss: a learner's class is part of the role
    ("Выступил ученик 5-го класса Иван Зуев.", [("Зуев", "ученик 5-го класса", "")]),
])
def test_portfolio_and_ordinal_school(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «рук» without its dot is «hands», not «руководитель»
    ("Приз она получила из рук губернатора Ивана Зуева.", [("Зуев", "губернатор", "")]),
    # near miss: «рук.» with its dot is the supervisor
    ("Первое место – Анна Котова, рук. Лосева М.П.", [("Котова", "", ""), ("Лосева", "руководитель", "")]),
    # a capitalized role in the genitive after a role is its complement: the deputy, not the chairman
    ("На встрече присутствовал заместитель Председателя Избирательной комиссии Энской области, член ИКЭО И. П. Зуев.",
     [("Зуев", "заместитель Председателя", "Избирательная комиссия Энской области")]),
    # a municipality's quoted name and a deputy's portfolio after a capitalized head stay in the role
    ("Гостей приветствовал заместитель Главы городского округа «Город Энск» по социальным вопросам Иван Зуев.",
     [("Зуев", "заместитель Главы городского округа «Город Энск» по социальным вопросам", "")]),
    # near miss: a quoted body after a territory is an organization
    ("Выступила директор школы Анна Котова, председатель совета МО «Энский район» Мария Лосева.",
     [("Котова", "директор", ""), ("Лосева", "председатель", "Совет МО «Энский район»")]),
    # near miss: a chairman of his own
    ("Присутствовали директор школы Иван Зуев и Председатель комиссии Анна Котова.",
     [("Зуев", "директор", ""), ("Котова", "председатель комиссии", "")]),
    # a group's plural role yields to the person's own apposition elsewhere
    ("Район представляли педагоги дошкольного образования Анна Котова, Мария Лосева.\n"
     "Анна Котова, воспитатель детского сада № 3: «Мы рады».",
     [("Котова", "воспитатель", "Детский сад № 3"), ("Лосева", "педагог дошкольного образования", "")]),
])
def test_abbreviation_complement_and_own_apposition(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a school that opens a list item right before a name is that name's, not the previous one's
    ("Грамоты вручены учителям – МОБУ СОШ №5 Марии Лосевой, МОБУ СОШ №33 Ольге Зуевой.",
     [("Лосева", "учитель", "МОБУ СОШ №5"), ("Зуева", "учитель", "МОБУ СОШ №33")]),
    ("Проводили на пенсию Анну Котову, МОБУ СОШ №5 Марию Лосеву.",
     [("Котова", "", ""), ("Лосева", "", "МОБУ СОШ №5")]),
    # near misses: a school after a name and a comma is that name's; a school before «и» too
    ("Участвовали педагог-психолог Анна Котова, МОБУ СОШ №5, Мария Лосева, МОБУ СОШ №33.",
     [("Котова", "педагог-психолог", "МОБУ СОШ №5"), ("Лосева", "", "МОБУ СОШ №33")]),
    ("Участвовали Анна Котова МОБУ СОШ №5 и Мария Лосева.", [("Котова", "", "МОБУ СОШ №5"), ("Лосева", "", "")]),
])
def test_school_opening_an_item(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participial clause set off by commas between a role and its name
    ("Третье место досталось учителю русского языка и литературы, представляющему город Энск, Яне Котовой.",
     [("Котова", "учитель русского языка и литературы", "")]),
    ("Победила учитель истории, работающая в школе недавно, Анна Котова.", [("Котова", "учитель истории", "")]),
    # near miss: a clause about something else, then a new clause with the name
    ("Первое место заняла школа, представляющая город Энск, Анна Котова получила приз.", [("Котова", "", "")]),
])
def test_participial_clause_before_a_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role in the nominative after a full name without a comma, as lists of winners write it
    ("Дипломантами стали Котова Анна Ивановна учитель химии МБОУ «Озёрская СОШ №3», Лосева Ольга Петровна "
     "учитель истории МКОУ «Лесная ООШ».",
     [("Котова", "учитель химии", "МБОУ «Озёрская СОШ №3»"), ("Лосева", "учитель истории", "МКОУ «Лесная ООШ»")]),
    ("Отмечены Котова А.И. старший воспитатель МБДОУ «Детский сад №3» и другие.",
     [("Котова", "старший воспитатель", "МБДОУ «Детский сад №3»")]),
    # near misses: a role word in another case is no apposition; a name without a patronymic needs a comma
    ("Котова Анна Ивановна учителям рассказала о проекте.", [("Котова", "", "")]),
    ("Вчера Анна Котова учитель химии не пришла.", [("Котова", "", "")]),
])
def test_a_role_after_a_full_name_without_a_comma(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named body in lowercase words before the bracket its head stands in
    ("В зале культурного центра «Радуга» (директор Котова А.И.) прошёл праздник.",
     [("Котова", "директор", "Культурный центр «Радуга»")]),
    ("Работы прислали из клуба «Искра» (руководитель Лосев П.П.).", [("Лосев", "руководитель", "Клуб «Искра»")]),
    # near misses: a contest's name is no body; a clause in the bracket is no role
    ("На конкурсе «Радуга» (директор Котова А.И.) пели.", [("Котова", "директор", "")]),
    ("В зале культурного центра «Радуга» (его возглавляет Котова А.И.) прошёл праздник.", [("Котова", "", "")]),
])
def test_a_quoted_body_before_the_bracket_of_its_head(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «из» and a school described by its adjectives, a class between
    ("Первое место занял Иван Котов из второй городской школы, второе - Пётр Лосев из 9 класса сельской школы.",
     [("Котов", "", "Вторая городская школа"), ("Лосев", "", "Сельская школа")]),
    # near misses: a pronoun's school, a team
    ("Победил Иван Котов из нашей школы.", [("Котов", "", "")]),
    ("Победил Иван Котов из второй городской команды.", [("Котов", "", "")]),
])
def test_a_school_described_by_adjectives_after_iz(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # adjectives in a bracket inside a role belong to it; the school after it is the organization
    ("Грамоту получила Котова Анна Ивановна, учитель русского (родного) языка Озёрской школы.",
     [("Котова", "учитель русского (родного) языка", "Озёрская школа")]),
    # near miss: a noun phrase in the bracket is a role of its own, not part of the first
    ("Грамоту получила Котова Анна Ивановна, учитель истории (руководитель кружка) Озёрской школы.",
     [("Котова", "учитель истории", "")]),
])
def test_adjectives_in_a_bracket_inside_a_role(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body in the instrumental after «по … с» is the portfolio's, the school after it the organization
    ("Отмечена Котова Анна Ивановна, советник директора по взаимодействию с детскими общественными "
     "объединениями Озёрской школы.",
     [("Котова", "советник директора по взаимодействию с детскими общественными объединениями", "Озёрская школа")]),
    # near miss: a body in the genitive after the portfolio is the organization
    ("Выступил Лосев Пётр Петрович, инструктор по физической культуре детского сада № 5.",
     [("Лосев", "инструктор по физической культуре", "Детский сад № 5")]),
])
def test_a_body_inside_a_deputy_portfolio(text, expected):
    assert rows(text) == expected
