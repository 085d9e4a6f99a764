"""Organizations and people's workplaces as reports of other regions write them: straight quotes, Latin
look-alike letters, a nomination's title before a winner, a bracket that closes one item of a list, a legal
form's letters before a quoted name, parties quoted alone. Sentences invented for the tests."""
from __future__ import annotations

import pytest

from svodka.corpus.textnorm import normalize_text
from svodka.extractors.ner import ner_spans
from svodka.extractors.organizations import extract_organizations
from svodka.extractors.people import extract_people
from svodka.extractors.schools import school_spans


def orgs(text: str) -> list[tuple[str, str]]:
    return [(r["name"], r["short_name"]) for r in extract_organizations(text)]


def people(text: str) -> list[tuple[str, str, str]]:
    per = [(s, e) for s, e, kind in ner_spans(text) if kind == "PER"]
    return [(r["surname"], r["role"], r["organization"]) for r in extract_people(text, per, school_spans(text))]


@pytest.mark.parametrize("text, expected", [
    # straight quotes, a space typed inside them; a party quoted alone
    ('Праздник прошел при поддержке отделения партии " Новые люди" и фонда "Энские зори".',
     [("Партия «Новые люди»", ""), ("Фонд «Энские зори»", "")]),
    ('Гостей поздравили "Справедливая Россия" и профсоюз.', [("Справедливая Россия", "")]),
    # a legal form's letters before a quoted name are no organization of their own
    ('Лекцию прочли преподаватели ФГБО ВО "Энский государственный технический университет".',
     [("Энский государственный технический университет", "")]),
    # a compound adjective split after its hyphen
    ("Совещание прошло в Учебно- методическом центре города Энска.",
     [("Учебно-методический центр города Энска", "")]),
    # an agency named by its city, a nationwide outlet's regional edition
    ("12 мая, РИА Саратов.\nНовости АиФ-Энск", [("РИА Саратов", ""), ("АиФ-Энск", "")]),
    # a ministry's fields listed with a plural noun among them; a territory's own council of deputies
    ("Приказ подписало Министерство туризма, курортов и спорта Энской области.",
     [("Министерство туризма, курортов и спорта Энской области", "")]),
    ("Проект поддержал городской совет депутатов.", [("Городской совет депутатов", "")]),
    # near misses: a prize's quoted name after a named territory; a centre of after-school work is a school's
    # business; pupils' squads and a closed territory by their letters
    ('Мальчик получил приз правительства Энской области "Надежда".', [("Правительство Энской области", "")]),
    ("Конкурс провел Центр внешкольной работы. Выступили отряды ЮИД из ЗАТО г. Энск-7.", []),
    ("Решение принял школьный совет депутатов.", []),
    # near misses: a contest's quoted title is no party; a bare agency label before a common word; a school's
    # legal form spelled out without its level
    ('Конкурс "Единая Россия глазами детей" завершился.', []),
    ("Об этом пишет ИА Сегодня.", []),
    ("Занятие провела воспитатель дошкольного образовательного учреждения №17 Котова Анна.", []),
])
def test_organizations_of_other_regions(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a nomination's quoted title before the name: her own apposition after it is her role
    ("В номинации «Учитель года» победила Лосева Анна Петровна, учитель химии средней школы №7.",
     [("Лосева", "учитель химии", "Средняя школа №7")]),
    # a field ends before the body's adjectives
    ("Третье место заняла Котова Ирина Олеговна, инструктор по плаванию дошкольного образовательного "
     "учреждения №12.", [("Котова", "инструктор по плаванию", "Дошкольное образовательное учреждение №12")]),
    # a bracket closes one item of a list: the words after its comma are the next name's role
    ("Награды вручили: учителю химии Ольге Лосевой (лицей №5), учителю физики Ивану Котову (школа №8).",
     [("Лосева", "учитель химии", "лицей №5"), ("Котов", "учитель физики", "школа №8")]),
    # a place's adjective before a school's kind in a name's bracket; a superlative is praise, not a rank
    ("Среди лучших руководителей школ: Анна Лосева (Озёрская средняя школа).",
     [("Лосева", "руководитель", "Озёрская средняя школа")]),
    # a plural head first, a singular one nearer the name
    ("На совещании руководителей РМО методист МКУ ИМЦ Зуева О.П. подвела итоги.",
     [("Зуева", "методист", "МКУ ИМЦ")]),
    # a deputy's portfolio after the territory's administration stays in the role
    ("Заместитель главы Администрации района по социальной политике Котова О.В. поздравила гостей.",
     [("Котова", "заместитель главы Администрации района по социальной политике", "")]),
    # a plural role's head left out in the later items of its list
    ("Гости побывали на уроках учителей физики Котовой А.А. (опыты), начальных классов Лосевой Н.А. (чтение), "
     "ОБЖ Зуевой Р.Г. (игра).", [("Котова", "учитель физики", ""), ("Лосева", "учитель начальных классов", ""),
                                 ("Зуева", "учитель ОБЖ", "")]),
    # near misses: a role after a name in a bracket stays that name's; a plural head alone is shared
    ("Выступили Лосева Анна (учитель химии), Котов Иван.", [("Лосева", "учитель химии", ""), ("Котов", "", "")]),
    ("Учителя физики Лосева А.П. и Котова И.И. провели опыт.",
     [("Лосева", "учитель физики", ""), ("Котова", "учитель физики", "")]),
    # a legal form's name right before a bracket that opens with the name and its role
    ("Гостей встретили МУ ДО «Энский центр» г. Энска (Котова Ольга Юрьевна, методист) и ГАУ ДПО ЭО ИРО "
     "(Лосева Анна Петровна, заведующий кафедрой).",
     [("Котова", "методист", "МУ ДО «Энский центр» г. Энска"), ("Лосева", "заведующий кафедрой", "ГАУ ДПО ЭО ИРО")]),
    # a school in a bracket after the last name of a comma list is every listed name's
    ("- 2 место — Котов Илья, Лосев Глеб (школа № 7).", [("Котов", "", "школа № 7"), ("Лосев", "", "школа № 7")]),
    # «из» and a school described by its adjectives before its number; shared back over «и»
    ("Призёром стала Ольга Котова из физико-математического лицея № 9.",
     [("Котова", "", "Физико-математический лицей № 9")]),
    ("Вопросы задали Котов Антон и Лосева Дарья из Озёрской СОШ № 1.",
     [("Котов", "", "Озёрская СОШ № 1"), ("Лосева", "", "Озёрская СОШ № 1")]),
    ("Вопросы задали Котов Антон и Лосева Дарья из нашей школы № 1.", [("Котов", "", ""), ("Лосева", "", "")]),
    # a representative's body; a workplace headed by no kind of body is the person's, its named body the table's
    ("Слово взял представитель Энского отдела образования И.И. Котов.",
     [("Котов", "представитель", "Энский отдел образования")]),
    ("Гостей встретили представители Энского кампуса сообщества «Детский университет» Юлия Котова и Анна Лосева.",
     [("Котова", "представитель", "Энский кампус сообщества «Детский университет»"),
      ("Лосева", "представитель", "Энский кампус сообщества «Детский университет»")]),
    # a body's kind in lowercase in a name's bracket, named by an acronym; a bare kind is none
    ("Вели семинар Котов Н.М. (управление образования ЭАО).", [("Котов", "", "управление образования ЭАО")]),
    ("Вели семинар Котов Н.М. (управление образования).", [("Котов", "", "")]),
    # a contest's quoted name after the role's event noun is no workplace; a body's quoted name is
    ('Опытом поделился Д. Э. Котов, призёр конкурса "Директор года", и другие.', [("Котов", "призёр конкурса", "")]),
    ("Выступил директор центра «Энские зори» Д. Э. Котов.", [("Котов", "директор", "Центр «Энские зори»")]),
    # a staff role after its modifier («научный руководитель») in a bracket after pupils: their school's
    ("Это ученики Озёрской школы Ольга Котова и Анна Белова (научный руководитель Р. А. Фролов).",
     [("Котова", "ученица", "Озёрская школа"), ("Белова", "ученица", "Озёрская школа"),
      ("Фролов", "научный руководитель", "Озёрская школа")]),
])
def test_workplaces_of_other_regions(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Анатoлий Мoрoз, пoбедитель", "Анатолий Мороз, победитель"),  # Latin «o» in Russian words
    ("XVI век, e-mаil, iPhone, МБОУ", "XVI век, e-mаil, iPhone, МБОУ"),  # no Cyrillic twin, or one alphabet
])
def test_latin_look_alikes(text, expected):
    assert normalize_text(text) == expected


def orgs_with_people(text: str) -> list[str]:
    per = [(s, e) for s, e, kind in ner_spans(text) if kind == "PER"]
    spans = [tuple(span) for p in extract_people(text, per, school_spans(text)) for span in p["org_spans"]]
    return [r["name"] for r in extract_organizations(text, spans)]


@pytest.mark.parametrize("text, expected", [
    # a deputy minister works in the ministry; a minister's own title is a role, like a governor's
    ("Слово взял заместитель министра просвещения Энского края Иван Лосев.",
     ["министерство просвещения Энского края"]),
    ("Слово взял министр просвещения Энского края Иван Лосев.", []),
    # the holder of a role after a capitalized body, in an oblique case or in the nominative with a rare surname
    ("От имени председателя Энского городского совета Петра Котова выступил депутат.", ["Энский городской совет"]),
    ("Пришли глава района и заместитель министра просвещения Энской области Ирина Кама, гости.",
     ["министерство просвещения Энской области"]),
    ("Гостей встретили представители Энского кампуса сообщества «Детский университет» Юлия Котова и Анна Лосева.",
     ["Сообщество «Детский университет»"]),
    # a person in the dative after a capitalized body is the receiver, no dedication
    ("Книгу вручили воспитаннице Энского центра одаренных детей Алине Котовой.", ["Энский центр одаренных детей"]),
    # a convocation is no part of a body's name; a role's body merges with its fuller mention
    ("Пришли депутат Законодательного Собрания VI созыва Иван Котов и председатель Законодательного Собрания Энской "
     "области Ольга Лосева.", ["Законодательное Собрание Энской области"]),
    # near miss: a fund named after a person keeps the person
    ("Помог Благотворительный фонд Петра Котова «Заря».", ["Благотворительный фонд Петра Котова «Заря»"]),
    # initials that end a sentence belong to the surname before them, not to the common word opening the next one
    ("Выступила заместитель главы администрации города Энска Лосева О.А. Слово взяли гости.",
     ["Администрация города Энска"]),
])
def test_bodies_and_role_holders(text, expected):
    assert orgs_with_people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a university's acronym after its faculty; a department's own letters are no organization
    ("Олимпиада прошла на историческом факультете ЭГПУ в субботу.", [("ЭГПУ", "ЭГПУ")]),
    ("Доклад прочла доцент кафедры ТиМО.", []),
    # a centre's acronym before a quoted name, like a legal form
    ("Праздник прошел в КДЦ «Радуга» в понедельник.", [("КДЦ «Радуга»", "")]),
    ("Праздник прошел в ДК «Радуга» в понедельник.", []),
    # a compound head named by its first noun
    ("Экскурсию провел музей-заповедник «Энская усадьба».", [("Музей-заповедник «Энская усадьба»", "")]),
    ("Выступил учитель-логопед школы.", []),
    # a method's letters, however often repeated, are no organization
    ("Олимпиада по технологии ЭДЕ прошла. Жюри олимпиады по технологии ЭДЕ подвело итоги.", []),
    # an aggregator's button names the outlet
    ("Итоги подвели.\nДобавить «Энские вести» в источники новостей", [("Энские вести", "")]),
    # a quoted name alone on the last line signs the text; alone on a line in the middle it is a title
    ("Итоги подвели.\n«Энские вести»\n", [("Энские вести", "")]),
    ("Конкурс.\n«Живое слово»\nИтоги подвели в мае.", []),
    # a ministry of the text's own region, its territory in lowercase; a field alone names none
    ("Грамоты вручило министерство образования и науки республики.",
     [("Министерство образования и науки республики", "")]),
    ("Грамоты вручило министерство образования.", []),
    # an acronym named after a person is a body even once («ЭГУ им. Н. П. Петрова»)
    ("Задания выполняли в институтах ЭГУ им. Н. П. Петрова.", [("ЭГУ им. Н. П. Петрова", "ЭГУ")]),
])
def test_acronyms_and_compound_heads(text, expected):
    assert orgs(text) == expected
