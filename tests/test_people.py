"""People: every name form, gender, merging, roles, and names that are not people."""
from __future__ import annotations

import pytest

from svodka.extractors.ner import ner_spans
from svodka.extractors.people import extract_people


def people(text: str) -> list[dict]:
    per = [(s, e) for s, e, kind in ner_spans(text) if kind == "PER"]
    return extract_people(text, per)


def brief(row: dict) -> tuple:
    return row["surname"], row["first_name"], row["patronymic"], row["initials"], row["gender"]


@pytest.mark.parametrize("text, expected", [
    # first name + surname
    ("К участникам обратился губернатор области Сергей Петров.", ("Петров", "Сергей", "", "С.", "m")),
    # surname + first name + patronymic
    ("Мастер-класс провела Берёзкина Ольга Ивановна, учитель музыки.", ("Берёзкина", "Ольга", "Ивановна", "О.И.", "f")),
    # first name + patronymic + surname
    ("Модератором была Галина Петровна Кузнецова.", ("Кузнецова", "Галина", "Петровна", "Г.П.", "f")),
    # initials before the surname, with and without a space
    ("Отчет представила Н.А. Соколова.", ("Соколова", "", "", "Н.А.", "f")),
    ("Отчет представил С.В.Орлов.", ("Орлов", "", "", "С.В.", "m")),
    # surname + initials with spaces, ё kept
    ("Занятие провела Журавлёва Н. В., педагог-психолог.", ("Журавлёва", "", "", "Н.В.", "f")),
    # a woman's surname that pymorphy would read as a man's genitive
    ("С докладом выступила руководитель управления Е.Г. Чернова.", ("Чернова", "", "", "Е.Г.", "f")),
    # oblique cases back to the nominative in the person's gender
    ("Благодарность вручена Смирновой Елене Викторовне.", ("Смирнова", "Елена", "Викторовна", "Е.В.", "f")),
    ("По словам Алексея Смирнова, конкурс стал традиционным.", ("Смирнов", "Алексей", "", "А.", "m")),
    # a capitalized common word before «Имя Отчество» is not the surname; the one after is
    ("Доклад Сергея Павловича Иванова был посвящен кадрам.", ("Иванов", "Сергей", "Павлович", "С.П.", "m")),
    # a man's surname in the genitive after a noun or a preposition
    ("Тема доклада С.П. Иванова вызвала интерес.", ("Иванов", "", "", "С.П.", "m")),
    # a word read as a first name only in the plural («Якубов», of Якуб) is the surname beside an unknown name
    ("Лучший нападающий: Якубов Икромджон (СОШ № 2).", ("Якубов", "Икромджон", "", "И.", "m")),
    # the second initial's dot left out; a noun before the name governs its genitive whatever its own case
    ("Занятие провели по технологии А.И Зуенкова.", ("Зуенков", "", "", "А.И.", "m")),
    # a first name's all but unseen reading («Дмитрия», a woman's name at 2 %) does not make the person a woman
    ("Жюри отметило работу Зуева Дмитрия из школы № 3.", ("Зуев", "Дмитрий", "", "Д.", "m")),
    # the noun before the name is a verb's object: the name is the verb's subject, told after it
    ("Провели семинар Сомова О.Г. и другие педагоги.", ("Сомова", "", "", "О.Г.", "f")),
    # a name after a role and its complements stands in the role head's case («сопредседатель … Сомова»)
    ("В жюри работала сопредседатель жюри конкурса Сомова Н.В.", ("Сомова", "", "", "Н.В.", "f")),
    ("Грамоты получены от Н.Н. Петрова.", ("Петров", "", "", "Н.Н.", "m")),
    # the instrumental after a role
    ("Призы учреждены губернатором области А.А. Травниковым.", ("Травников", "", "", "А.А.", "m")),
    # a surname written in capitals
    ("Победитель конкурса – ПЕТРОВА Анна Сергеевна.", ("Петрова", "Анна", "Сергеевна", "А.С.", "f")),
    # a surname pymorphy does not know, inflected by its ending
    ("Награду получила Духанина Светлана Николаевна.", ("Духанина", "Светлана", "Николаевна", "С.Н.", "f")),
    # an acronym (one or two) before «Имя Отчество Фамилия» is the organization, not the surname
    ("Совещание открыл ректор ЭИПК Игорь Семенович Лаптев.", ("Лаптев", "Игорь", "Семенович", "И.С.", "m")),
    ("Слово предоставили директору ЦРО ЭО Марине Олеговне Зуевой.", ("Зуева", "Марина", "Олеговна", "М.О.", "f")),
    # ... but a surname in capitals after a role keeps its surname's ending
    ("Награду получил учитель ПЕТРОВ Иван Сергеевич.", ("Петров", "Иван", "Сергеевич", "И.С.", "m")),
    # a first name whose usual reading is a common noun («Надежды»), after «доклад»
    ("Особое внимание привлек доклад Веры Андреевны Кругловой, учителя истории.",
     ("Круглова", "Вера", "Андреевна", "В.А.", "f")),
    # a surname that is also a town's genitive («Кирова»), ending an organization's name before it
    ("Итоги подвела руководитель Районного центра Кирова Инна Сергеевна.", ("Кирова", "Инна", "Сергеевна", "И.С.", "f")),
    # a surname after the name that is also a first name's plural genitive («Рустамов»)
    ("Семинар открыл первый заместитель министра Олег Игоревич Рустамов.",
     ("Рустамов", "Олег", "Игоревич", "О.И.", "m")),
])
def test_name_forms(text, expected):
    rows = people(text)
    assert [brief(r) for r in rows] == [expected]


@pytest.mark.parametrize("text, expected", [
    # initials and the full name of one person
    ("Семинар открыл И.И. Петров. Игорь Иванович отметил рост числа участников.",
     [("Петров", "Игорь", "Иванович", "И.И.", "m", 2)]),
    # «Имя Отчество» joins the latest person with those initials
    ("Выступили В.В. Белов и А.А. Рыбин. Василий Васильевич рассказал о планах.",
     [("Белов", "Василий", "Васильевич", "В.В.", "m", 2), ("Рыбин", "", "", "А.А.", "m", 1)]),
    # ё and е, initials before and after
    ("Участвовали Алёшина Т.А., методист, и Т.А. Алешина.",
     [("Алёшина", "", "", "Т.А.", "f", 2)]),
    # a bare surname after the full name
    ("Приветствие произнесла Марина Орлова. Орлова напомнила о сроках.",
     [("Орлова", "Марина", "", "М.", "f", 2)]),
    # a man and a woman with one surname stay two people
    ("Выступили Сергей Иванов и Анна Иванова.",
     [("Иванов", "Сергей", "", "С.", "m", 1), ("Иванова", "Анна", "", "А.", "f", 1)]),
    # natasha glues a name to the next line's name and patronymic
    ("Слово предоставили министру А.А. Бутов\n\nАнатолий Алексеевич поздравил педагогов.",
     [("Бутов", "Анатолий", "Алексеевич", "А.А.", "m", 2)]),
])
def test_merging(text, expected):
    rows = people(text)
    assert [(*brief(r), r["n_mentions"]) for r in rows] == expected


@pytest.mark.parametrize("text, role, organization", [
    ("Открыла мероприятие директор МБОУ «СОШ № 7» Орлова Анна Петровна.", "директор", "МБОУ «СОШ № 7»"),
    ("Выступила Орлова Анна Петровна, заместитель директора по УВР МБОУ «СОШ № 7».",
     "заместитель директора по УВР", "МБОУ «СОШ № 7»"),
    ("(Орлова Анна Петровна, учитель физической культуры)", "учитель физической культуры", ""),
    ("– отметила директор ИМЦ, кандидат педагогических наук Н.А. Орлова.", "директор", "ИМЦ"),
    ("Слово взял Глава города Энска В.В. Орлов.", "глава города Энска", ""),
    ("Конференцию открыл министр образования Энской области Михаил Орлов.", "министр образования Энской области",
     "Министерство образования Энской области"),  # a minister's body is the ministry his role names
    ("Орлова Анна Петровна, кандидат психологических наук, доцент, руководитель инновационной площадки, выступила.",
     "руководитель инновационной площадки", ""),
    ("Доклад сделала заведующая кафедрой начального образования ИПК А.А. Орлова.",
     "заведующая кафедрой начального образования", "ИПК"),
    ("Выступил главный редактор издательского дома «Школа» Иван Орлов.", "главный редактор",
     "Издательский дом «Школа»"),
    ("Награда вручена Орловой Анне Петровне, учителю математики.", "учитель математики", ""),
    ("Приветствие направил Орлов Иван Петрович.", "", ""),
    # a position in brackets; a surname that is also a first name's plural genitive («Фролов»)
    ("Мастер-класс провел Фролов Денис Игоревич (учитель физики).", "учитель физики", ""),
    # a school's name before the person is not an institution name around her
    ("Итоги подвела директор гимназии Е.А. Жукова.", "директор", ""),
    # a participle between an honour and the name is not an apposition
    ("Призерами признаны Сидоров Павел Андреевич и другие.", "", ""),
    # a table row: name, then the position in the next cell
    ("Орлова Анна Петровна\tучитель химии\t12", "учитель химии", ""),
    # the role after the predicate, not the word before it («Жюри возглавила», «Победителем стала»)
    ("Жюри возглавила заместитель директора по ВР МАОУ «Лицей № 8» Тихонова Ксения Андреевна.",
     "заместитель директора по ВР", "МАОУ «Лицей № 8»"),
    ("Победителем стала учитель биологии МБОУ «Лицей «Эврика»» Анна Петровна Орлова.", "учитель биологии",
     "МБОУ «Лицей «Эврика»»"),
    # an event role before a dash, the position after it
    ("Председатель комиссии – заместитель директора ЭИПК Семенова Ольга Петровна.", "заместитель директора", "ЭИПК"),
    # a closed bracket inside the apposition; a title that is the only role
    ("С лекцией выступил доцент кафедры общей физики Энского государственного университета (ЭГУ) П.С. Голубев.",
     "доцент кафедры общей физики", "Энский государственный университет"),
    ("Экспертом выступила доцент Энского педагогического университета (ЭПУ) Анна Ивановна Орлова.", "доцент",
     "Энский педагогический университет"),
    # oblique roles: a participle head («заведующему») and a title after the organization
    ("Грамоту вручили заведующему лабораторией психологии ЭИПК доценту Андрею Львовичу Юрьеву.",
     "заведующий лабораторией психологии", "ЭИПК"),
    # «им.» inside the university's name; the person in its name is not a person
    ("Семинар провел проректор Энского университета им. А.А. Петрова (ЭУ) Д.Д. Сомов.", "проректор",
     "Энский университет им. А.А. Петрова"),
    # «г.о. Энск» does not end the sentence, and the city is not a person
    ("Председатель жюри – глава Администрации г.о. Энск С.С. Лобов.", "глава", "Администрация г.о. Энск"),
])
def test_roles(text, role, organization):
    rows = people(text)
    assert [(r["role"], r["organization"]) for r in rows] == [(role, organization)]


@pytest.mark.parametrize("text", [
    "Ученики МБОУ «Лицей имени А.С. Пушкина» стали победителями.",
    "Конкурс прошел в МБОУ ДО «ДДТ им. В.И. Сидорова».",
    "Грант выделен Фондом Ивана Петрова.",
    "Школа расположена на ул. Ленина, рядом с площадью Пушкина.",
    "Модератор рассказал о планах.",
    "Образцы документов даны в Приложение А. к положению.",
    "Уроки подготовлены по произведениям А.С. Пушкина и Л.Н. Толстого.",
    "Отв. за подготовку справки назначен приказом.",
    "Конкурс проведён в университете им. Героя Советского Союза И.И. Петрова.",
])
def test_not_people(text):
    assert people(text) == []


@pytest.mark.parametrize("text, expected", [
    # surnames in -их/-ых do not decline: gender from the first name or patronymic
    ("ВЫСТУПИЛИ: Седых Марина Олеговна, учитель физики, предложила план.", ("Седых", "Марина", "Олеговна", "М.О.", "f")),
    ("Открыл совещание директор МКОУ «Энская СОШ № 2» Долгих Пётр Ильич.", ("Долгих", "Пётр", "Ильич", "П.И.", "m")),
    ("В том числе Коротких Е.В. (МБОУ «Лицей № 3»).", ("Коротких", "", "", "Е.В.", "")),
    # a surname pymorphy reads as a short adjective («Сырцова»-like), before «Имя Отчество»
    ("Приглашённые: методист ИМЦ Горчакова Алла Ивановна; доцент кафедры.", ("Горчакова", "Алла", "Ивановна", "А.И.", "f")),
    # «-ову» after a transitive verb is a woman's accusative
    ("СЛУШАЛИ: Лаврову Е.С., методиста ИМЦ, о сроках.", ("Лаврова", "", "", "Е.С.", "f")),
    # a double surname declines both parts; an indeclinable part agrees with anything
    ("Назначить ответственными за проверку работ Сомову-Жукову Т.Л.", ("Сомова-Жукова", "", "", "Т.Л.", "f")),
    ("Справку подготовила: заведующий кафедрой ИРО О.Н. Седых-Жукова.", ("Седых-Жукова", "", "", "О.Н.", "f")),
    # a noun surname after a school and its city; a five-letter patronymic «Ильич»
    ("Выступил учитель химии МБОУ лицея № 4 г. Энска Грищук Роман Ильич.", ("Грищук", "Роман", "Ильич", "Р.И.", "m")),
    # a one-letter word after the initials starts the next sentence; the gender stays unknown
    ("Опытом поделились учитель (ст. Энская) Грищук Н.П. О проекте рассказал методист.",
     ("Грищук", "", "", "Н.П.", "")),
])
def test_dev2_name_causes(text, expected):
    rows = people(text)
    assert [brief(r) for r in rows] == [expected]


def test_accusative_merges_with_the_nominative():
    rows = people("Приглашённые: методист ИМЦ Горчакова Алла Ивановна. СЛУШАЛИ: Горчакову А.И., методиста ИМЦ.")
    assert [(*brief(r), r["n_mentions"]) for r in rows] == [("Горчакова", "Алла", "Ивановна", "А.И.", "f", 2)]


@pytest.mark.parametrize("text, expected", [
    # a plural role before two names is each one's, in the singular
    ("Секции вели методисты ИРО Н.В. Лунёва и А.С. Гарипов, директор МОАУ «Лицей № 9» Олег Петрович Ершов.",
     [("методист", "ИРО"), ("методист", "ИРО"), ("директор", "МОАУ «Лицей № 9»")]),
    # a teachers' association stays in the role
    ("Председатель: Лунёва Марина Сергеевна, руководитель ГМО учителей математики.",
     [("руководитель ГМО учителей математики", "")]),
    # a department unit stays in the role
    ("О проекте рассказал специалист отдела образования администрации Энского района Антон Павлович Гусев.",
     [("специалист отдела образования", "Администрация Энского района")]),
    # two roles without a comma: the nearer one
    ("На фото: победитель конкурса ученица МОУ «Лицей № 8» Варвара Гусева.", [("ученица", "МОУ «Лицей № 8»")]),
    # an apposition chain goes on from the last role of the chunk before the comma; a function at the event
    # yields to a position; a hyphenated adjective stays in the role
    ("В жюри вошли преподаватели ЭГУ во главе с председателем жюри, деканом эколого-физического факультета "
     "Ириной Гусевой.", [("декан эколого-физического факультета", "")]),
])
def test_dev2_role_causes(text, expected):
    assert [(r["role"], r["organization"]) for r in people(text)] == expected


@pytest.mark.parametrize("text, organization", [
    # a school after its legal form, in the nominative; the town after it is its place
    ("Выступил учитель химии МБОУ лицея № 4 г. Энска Грищук Роман Ильич.", "МБОУ лицей № 4"),
    ("Опытом поделилась учитель химии МБОУ СОШ № 9 г. Энска Анна Викторовна Гусева.", "МБОУ СОШ № 9"),
])
def test_school_organization_in_the_nominative(text, organization):
    assert [r["organization"] for r in people(text)] == [organization]


@pytest.mark.parametrize("text, expected", [
    # a surname declined like an adjective, before a first name and patronymic of its gender
    ("Итоги подвела начальник отдела Белая Ольга Игоревна.", ("Белая", "Ольга", "Игоревна", "f")),
    ("Грамоты вручили Толстому Льву Николаевичу.", ("Толстой", "Лев", "Николаевич", "m")),
    ("Затем выступил Лановой Сергей Петрович, методист.", ("Лановой", "Сергей", "Петрович", "m")),
    # initials between two capitalized words belong to the surname when the next word is a common noun
    ("Благодарность объявлена Троицкому А.А. Доклад прозвучал позже.", ("Троицкий", "", "", "m")),
])
def test_adjectival_surnames_and_initials_at_a_sentence_end(text, expected):
    (person,) = people(text)
    assert (person["surname"], person["first_name"], person["patronymic"], person["gender"]) == expected


def test_a_form_of_address_is_not_a_surname():
    assert people("Уважаемая Ольга Игоревна! Приглашаем Вас на семинар.") == []


def test_a_role_does_not_cross_a_sentence_end_after_an_acronym():
    text = "Выступил Лановой Сергей Петрович, методист ИМЦ. Новая Ирина Павловна, учитель, провела урок."
    roles = {p["surname"]: p["role"] for p in people(text)}
    assert roles == {"Лановой": "методист", "Новая": "учитель"}


@pytest.mark.parametrize("text, expected", [
    # a short or common surname inside a sentence, before a first name and patronymic
    ("Секция 2 (модератор – Пак Анна Сергеевна, директор школы).", ("Пак", "Анна", "Сергеевна", "f")),
    ("Затем Ли Сергей Петрович показал опыт.", ("Ли", "Сергей", "Петрович", "m")),
    # a first name pymorphy3 does not know, before a patronymic
    ("Выступила председатель комитета Цыренжапова Баярма Доржиевна.", ("Цыренжапова", "Баярма", "Доржиевна", "f")),
    # a place at the end of a role is not the surname: the one after the patronymic is
    ("Слово взял начальник департамента образования администрации города Перми Дмитрий Олегович Шаров.",
     ("Шаров", "Дмитрий", "Олегович", "m")),
])
def test_surnames_around_name_and_patronymic(text, expected):
    (person,) = people(text)
    assert (person["surname"], person["first_name"], person["patronymic"], person["gender"]) == expected


def test_a_verb_before_a_name_is_no_surname():
    assert [p["surname"] for p in people("Поздравляем Анну Сергеевну Котову с юбилеем.")] == ["Котова"]


def test_a_department_position_beats_a_degree():
    text = ("Были заслушаны доклады доктора педагогических наук, профессора кафедры педагогики Людмилы "
            "Витальевны Жамсуевой.")
    (person,) = people(text)
    assert person["role"] == "профессор кафедры педагогики"


@pytest.mark.parametrize("text, role", [
    # a function at the event given by a copula is the role; the position's organization stays
    ("Председателем жюри муниципального этапа был доцент кафедры высшей математики Энского университета "
     "(ЭГУ) Зимин Артём Сергеевич.", "председатель жюри муниципального этапа"),
    # after a dash the position is kept (annotators differ here; see the README's note on roles)
    ("Председатель жюри – заместитель руководителя департамента образования Т.Н. Володина.",
     "заместитель руководителя"),
    # in a list of appositions the position wins
    ("Награды вручил председатель жюри, декан факультета Ирина Сергеевна Кравец.", "декан факультета"),
])
def test_event_functions_and_positions(text, role):
    (person,) = people(text)
    assert person["role"] == role


@pytest.mark.parametrize("text, role", [
    # the role a dash or a predicate states right before the name, when the name has no apposition
    ("Лагерь при школе (начальник лагеря – Гусейнова Сабина Эльдаровна) признан лучшим.", "начальник лагеря"),
    ("Лучшим воспитателем признана Светлана Игоревна Ларионова.", "воспитатель"),
    # … but an apposition after the name wins
    ("Председатель – Лебедева-Орлова Татьяна Юрьевна, директор методического центра.", "директор"),
    # a compound role
    ("Опыт представила учитель-дефектолог Н.С. Миронова.", "учитель-дефектолог"),
])
def test_stated_and_compound_roles(text, role):
    (person,) = people(text)
    assert person["role"] == role


def test_a_person_a_university_is_named_after_is_not_listed():
    assert people("Центр сотрудничает с университетом имени академика И.Г. Петровского (БГУ).") == []


def test_natasha_spans_a_space_apart_are_one_name():
    text = "– Пономарева Матвея, обучающегося 4 класса школы № 25 (учитель Пономарева Наталья Ивановна);"
    found = sorted((p["surname"], p["first_name"], p["gender"]) for p in people(text))
    assert found == [("Пономарев", "Матвей", "m"), ("Пономарева", "Наталья", "f")]


def test_a_namesake_before_a_name_is_not_its_surname():
    """«театра имени М.С. Щепкина Оксана Юрьевна Дронова»: Щепкин is whom the theatre is named after."""
    found = [(p["surname"], p["first_name"]) for p in people(
        "В жюри вошли актриса театра имени М.С. Щепкина Оксана Юрьевна Дронова, доцент кафедры.")]
    assert found == [("Дронова", "Оксана")]


def people_in_context(text: str) -> list[dict]:
    """People with the school mentions `svodka_schools` gives them (for the school written beside a name)."""
    from svodka.extractors.schools import find_mentions

    per = [(s, e) for s, e, kind in ner_spans(text) if kind == "PER"]
    return extract_people(text, per, [(m["start"], m["end"]) for m in find_mentions(text)])


@pytest.mark.parametrize("text, expected", [
    # the first organization in the name's bracket; a teacher in the same bracket shares it
    ("1 место Соколов Артём (МКОУ СОШ №3, учитель Белова Н.К.);",
     [("Соколов", "", "МКОУ СОШ №3"), ("Белова", "учитель", "МКОУ СОШ №3")]),
    ("Победитель: Орлова Дарья Игоревна (7Б класс, Муниципальное автономное общеобразовательное учреждение "
     "«Гимназия № 4»).", [("Орлова", "", "Муниципальное автономное общеобразовательное учреждение «Гимназия № 4»")]),
    ("Приглашены Олег Смирнов (ЛИТ, призер олимпиады 2022 г.) и Анна Котова (ИТШ42 г.Энска).",
     [("Смирнов", "", "ЛИТ"), ("Котова", "", "ИТШ42 г.Энска")]),
    # a school right after the name in a list
    ("2 место: Гусев Платон МБДОУ №17; Лаптева Ева ООШ№2.", [("Гусев", "", "МБДОУ №17"), ("Лаптева", "", "ООШ№2")]),
    # the school before the bracket the person stands in
    ("за 1 место – МКОУ «Озёрская СОШ» (директор Ларионов П.А.)", [("Ларионов", "директор", "МКОУ «Озёрская СОШ»")]),
    # a pupil's school is the teacher's, later on the same list line
    ("1 группа: Смирнов Илья Олегович (6А класс, МБОУ «Лицей № 2»). Тема «Мой край». Учитель Котова Анна Ивановна.",
     [("Смирнов", "", "МБОУ «Лицей № 2»"), ("Котова", "учитель", "МБОУ «Лицей № 2»")]),
    # near misses: a class or a place in the bracket is no organization; an honour takes none from the line
    ("Лучший результат у Семёна Гаврилова (9 «А»).", [("Гаврилов", "", "")]),
    ("Награду получил Пётр Лавров (г. Энск).", [("Лавров", "", "")]),
])
def test_organization_beside_a_name(text, expected):
    assert [(r["surname"], r["role"], r["organization"]) for r in people_in_context(text)] == expected


def test_a_section_heading_names_the_host_of_its_staff():
    text = ("Семинар «Школа успеха» (МБОУ «СОШ № 14»).\n\nПедагоги показали опыт работы.\n\n"
            "Мастер-классы: «Игра» (Петрова Анна Ивановна, учитель музыки), «Театр» (Орлов Иван Петрович, "
            "зам. по УВР).\n\nЗатем выступил Сидоров Олег Петрович, начальник управления образования.")
    rows = {r["surname"]: (r["role"], r["organization"]) for r in people_in_context(text)}
    assert rows["Петрова"] == ("учитель музыки", "МБОУ «СОШ № 14»")
    assert rows["Орлов"][1] == "МБОУ «СОШ № 14»"
    assert rows["Сидоров"] == ("начальник", "Управление образования")  # its own body, not the host


@pytest.mark.parametrize("text, role, organization", [
    # a body a role's own words name
    ("Выступила начальник отдела образования Кострова Л.Г.", "начальник отдела образования", "Отдел образования"),
    ("Слово взяла Ирина Лосева – начальник районного управления образованием.", "начальник",
     "Районное управление образованием"),
    ("Выступила председатель профсоюзной организации «Наш союз» Анна Ильина.", "председатель",
     "Профсоюзная организация «Наш союз»"),
    # a role noun in the genitive inside a name does not cut it
    ("Приветствие зачитал председатель Совета депутатов города Энска П.П. Ломов.", "председатель",
     "Совет депутатов города Энска"),
    # an unclosed inner quote does not swallow the next clause; a «» Name»» opens a name
    ("Второе место у Лазаревой Ольги Ивановны, воспитателя МКДОУ «Детский сад № 7 «Ёлочка» г. Энска.",
     "воспитатель", "МКДОУ «Детский сад № 7 «Ёлочка» г. Энска"),
    # near misses: a generic body names no organization; a web name is not declined
    ("Выступила учитель образовательной организации Анна Ильина.", "учитель образовательной организации", ""),
    ("Выступил заместитель генерального директора «Знай.ру» Олег Ильин.", "заместитель генерального директора",
     "Знай.ру"),
])
def test_organizations_of_roles(text, role, organization):
    assert [(r["role"], r["organization"]) for r in people(text)] == [(role, organization)]


@pytest.mark.parametrize("text, expected", [
    # a plural role after a list of names is each one's
    ("1 место — Зимина Ольга Петровна, Ларина Анна Ивановна, воспитатели детского сада № 4 «Ромашка»;",
     [("Зимина", "воспитатель"), ("Ларина", "воспитатель")]),
    ("Учителя Рябова Лариса Петровна, Кротова Инна Сергеевна провели урок.",
     [("Рябова", "учитель"), ("Кротова", "учитель")]),
    # near miss: a genitive complement is not a plural head
    ("Выступила помощник учителя Рябова Лариса Петровна, Кротова Инна Сергеевна промолчала.",
     [("Рябова", "помощник учителя"), ("Кротова", "")]),
])
def test_shared_plural_roles(text, expected):
    assert [(r["surname"], r["role"]) for r in people(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # «Фамилия Имя» and «Имя Фамилия» without a patronymic, in lists natasha does not always see
    ("1 место: Тарабрин Остап МБДОУ №3; Белоусова Ева СОШ №2.", [("Тарабрин", "Остап"), ("Белоусова", "Ева")]),
    # «Егоров» is also the plural genitive of «Егор»: the surname either way round
    ("Второе место — Фомин Лев, третье — Лев Фомин.", [("Фомин", "Лев")]),
    ("В 8 классе – Егоров Максим, ученик школы.", [("Егоров", "Максим")]),
    # first names pymorphy3 does not know, beside a surname's ending
    ("Победители: Зарема Алиханова и Бахтияр Сагынбаев.", [("Алиханова", "Зарема"), ("Сагынбаев", "Бахтияр")]),
    ("Награду получила София Котельникова.", [("Котельникова", "София")]),
    # a double surname whose second part ends like a patronymic
    ("Отличилась Ирина Петрова-Юркевич из Энска.", [("Петрова-Юркевич", "Ирина")]),
    # a single initial after a surname's ending; a line break inside «Фамилия\nИмя Отчество»
    ("В команде выступали Саврасов М. (9 «Б») и Кулькова Л. (5 «А»).", [("Саврасов", ""), ("Кулькова", "")]),
    ("приветствовал директор школы Лопатин\nСергей Ильич, а затем", [("Лопатин", "Сергей")]),
])
def test_names_without_a_patronymic(text, expected):
    assert [(r["surname"], r["first_name"]) for r in people(text)] == expected


@pytest.mark.parametrize("text", [
    "Конкурс прошёл на базе ДК с. Кривцово и в Нижнеилимский Берёзовка районе.",
    "Лучшие работы прислали школы из Аллагулово и Сабакаево.",
    "Турнир прошёл в школе имени генерал-майора Г. Ф. Пахомова.",
    "Последним выступил Никоно",  # a word the end of the text cuts off
])
def test_places_and_cut_words_are_not_people(text):
    assert people(text) == []


@pytest.mark.parametrize("text, expected", [
    # a role label, and a plural role the clause before a colon ends with
    ("Тема «Мой край». Учитель: Котова Анна Ивановна.", [("Котова", "учитель", "")]),
    ("Лучшими стали два педагога Дома творчества «Радуга»: Вера Симонова («Дебют») и Инна Клюева («Наставник»).",
     [("Симонова", "педагог", "Дом творчества «Радуга»"), ("Клюева", "педагог", "Дом творчества «Радуга»")]),
    ("Выступили учителя химии города, работающие по теме: Лосева Е.В. (СОШ № 12), Ершов Е.И. (Лицей № 3).",
     [("Лосева", "учитель химии города", "СОШ № 12"), ("Ершов", "учитель химии города", "Лицей № 3")]),
    # near miss: an honour before a colon is no role
    ("Победители: Котова Анна Ивановна, Лосева Ева Петровна.", [("Котова", "", ""), ("Лосева", "", "")]),
])
def test_roles_a_colon_introduces(text, expected):
    assert [(r["surname"], r["role"], r["organization"]) for r in people_in_context(text)] == expected


@pytest.mark.parametrize("text, role, organization", [
    # adjectives agreeing with the role are part of it
    ("Победителем стала Котова Анна Ивановна, музыкальный руководитель МКДОУ «Детский сад № 3».",
     "музыкальный руководитель", "МКДОУ «Детский сад № 3»"),
    ("Доклад главного научного сотрудника Института истории Валерия Ивановича Осокина.",
     "главный научный сотрудник", "Институт истории"),
    # a compound role written with spaces around its hyphen
    ("- Инна Котова, учитель - логопед МДОУ д/с «Ёлочка», в номинации «Успех»;", "учитель - логопед",
     "МДОУ д/с «Ёлочка»"),
    # a dash inside an organization's name is no predicate
    ("Награды получили воспитателю Центра развития ребенка – детского сада № 5 «Ёлочка» Ларисе Котовой.",
     "воспитатель", "Центр развития ребенка – детского сада № 5 «Ёлочка»"),
    # a comma list inside the complement of a role
    ("Главный специалист отдела образования, молодежной политики и спорта администрации района Лосев В.В. "
     "рассказал об итогах.", "главный специалист отдела образования, молодежной политики и спорта",
     "Отдел образования, молодежной политики и спорта администрации района"),
    # of two roles joined by «и», the one nearer the name
    ("Гости играли с учениками школы и педагогом дополнительного образования Котовой Анной Ивановной.",
     "педагог дополнительного образования", ""),
    # a line wrapped inside a sentence
    ("обратились заместитель начальника управления\nобразования Лосева Надежда Ивановна, а также гости.",
     "заместитель начальника", "Управление образования"),
    # an ordinal before the role
    ("Возглавили работу Инна Лосева – 1-й замглавы района, и другие.", "1-й замглавы района", ""),
])
def test_role_forms_in_real_reports(text, role, organization):
    assert [(r["role"], r["organization"]) for r in people(text)] == [(role, organization)]


@pytest.mark.parametrize("text, expected", [
    # a list's role under «г.»: the clause before the colon is read across the abbreviation; each name keeps the
    # school in its own bracket, and the town is no organization
    ("Участвовали учителя физики г. Энска, работающие по теме: Лосева Е.В. (СОШ № 12), Ершов Е.И. (Лицей № 3).",
     [("Лосева", "учитель физики", "СОШ № 12"), ("Ершов", "учитель физики", "Лицей № 3")]),
    # lowercase kinds and hyphenated acronyms in a bracket
    ("Победил Котов Иван Ильич (детский сад «Ёлочка», филиал МАОУ Энская СОШ).",
     [("Котов", "", "детский сад «Ёлочка»")]),
    ("Призёры: Инна Лосева (Энская РССШ-ИОР).", [("Лосева", "", "Энская РССШ-ИОР")]),
    # the school a sentence opens with is its staff's
    ("МБДОУ «Детский сад № 9» представляли педагоги воспитатель Котова Анна Ивановна и логопед Лосева Ева Ильинична.",
     [("Котова", "воспитатель", "МБДОУ «Детский сад № 9»"), ("Лосева", "логопед", "МБДОУ «Детский сад № 9»")]),
    # a committee of a legislature: the committee in the role, the legislature as the organization
    ("Выступила Председатель комитета по бюджету Законодательного Собрания Энской области, Ирина Лосева.",
     [("Лосева", "председатель комитета по бюджету", "Законодательное Собрание Энской области")]),
    # near miss: the comma before a name closes the previous name's apposition, not this one's
    ("Встретились Елена Котова, начальник управления образования, Ольга Лосева, директор МКУ «Центр».",
     [("Котова", "начальник", "Управление образования"), ("Лосева", "директор", "МКУ «Центр»")]),
])
def test_organizations_in_lists_and_sentences(text, expected):
    assert [(r["surname"], r["role"], r["organization"]) for r in people_in_context(text)] == expected


@pytest.mark.parametrize("text, role, organization", [
    # a jury list: the name, its organization, then its role
    ("Котова Е.Ю. - МБУ ДО «Дом творчества» - педагог-организатор.", "педагог-организатор", "МБУ ДО «Дом творчества»"),
    # «по …» ends where the body begins
    ("Лауреатом стала Инна Лосева, инструктор по физической культуре детского сада №5.",
     "инструктор по физической культуре", "Детский сад №5"),
    # near miss: a name, then a dash and no role after it
    ("Котова Е.Ю. - МБУ ДО «Дом творчества», г. Энск.", "", ""),
])
def test_organization_then_role_and_complements(text, role, organization):
    assert [(r["role"], r["organization"]) for r in people(text)] == [(role, organization)]


@pytest.mark.parametrize("text, role, organization", [
    # an adjective before a capitalized body is the body's, not the role's
    ("В работе приняли участие председатель районного Собрания депутатов П.Г. Лосев и другие.", "председатель",
     "Районное Собрание депутатов"),
    # «по» with a comma list of datives before the body
    ("Слово взял председатель комитета по образованию, культуре и спорту Думы городского округа Энск Олег Лосев.",
     "председатель комитета по образованию, культуре и спорту", "Дума городского округа Энск"),
])
def test_bodies_after_long_roles(text, role, organization):
    assert [(r["role"], r["organization"]) for r in people(text)] == [(role, organization)]


def test_a_village_before_a_name_stops_nothing():
    """«с. Луговое, Орлова Максима – …»: the name after a village is a person, and no village of a school list."""
    rows = people("Дипломы получили: Лосевой Марии – СОШ с. Луговое, Орлова Максима – СОШ № 4.")
    assert [brief(r) for r in rows] == [("Лосева", "Мария", "", "М.", "f"), ("Орлов", "Максим", "", "М.", "m")]
