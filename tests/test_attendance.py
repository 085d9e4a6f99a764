"""Attendance: one row per count cell of a table, and head counts stated in prose."""
from __future__ import annotations

import pytest

from svodka.extractors.attendance import attendance_component, event_phrase, prose_counts
from svodka.extractors.events import events_component
from svodka.extractors.tables import tables_component
from svodka.pipeline.nlp import build_nlp
from svodka.extractors.records import init_doc, records
from tests.test_tables import GROUPS, NUMBERED, SPILL


def attendance_of(text: str) -> list[dict]:
    doc = init_doc(build_nlp().make_doc(text), "t.txt")
    for component in (tables_component, events_component, attendance_component):
        doc = component(doc)
    return records(doc, "attendance")


@pytest.mark.parametrize("text, expected", [
    (NUMBERED, [("Семинар «Один»", "Кол-во чел", 25, False), ("Семинар «Два»", "Кол-во чел", 0, False),
                ("ИТОГО", "Кол-во чел", 25, True)]),
    # «-» and empty cells are not listed; a spilled-over row adds no count
    (SPILL, [("Центральный", "Всего (чел.)", 21, False)]),
    # numbers with spaces; the «Всего» column is a total; an empty cell is skipped
    (GROUPS, [("Пленарное заседание «Наука»", "Агломерация", 71, False), ("Пленарное заседание «Наука»", "ГО", 42, False),
              ("Пленарное заседание «Наука»", "Всего", 113, True), ("Круглый стол «Лига»", "Агломерация", 50, False),
              ("Круглый стол «Лига»", "ГО", 23, False), ("Круглый стол «Лига»", "Всего", 73, True),
              ("Семинар «Качество»", "ГО", 1096, False), ("Семинар «Качество»", "Всего", 1096, True),
              ("ВСЕГО", "Агломерация", 121, True), ("ВСЕГО", "ГО", 1161, True), ("ВСЕГО", "Всего", 1282, True)]),
])
def test_table_rows(text, expected):
    rows = [r for r in attendance_of(text) if r["source"] == "table"]
    assert [(r["label"], r["column"], r["count"], r["is_total"]) for r in rows] == expected
    for row in rows:
        assert text[row["char_start"]:row["char_end"]].replace(" ", "") == str(row["count"])


def test_counts_of_things_are_not_attendance():
    text = "Район\tКоличество ОО\tКол-во мероприятий\tУчастники\tДоля, %\nЦентральный\t12\t4\t140\t35\n"
    assert [(r["column"], r["count"]) for r in attendance_of(text)] == [("Участники", 140)]


def test_table_rows_link_events():
    rows = attendance_of(GROUPS)
    assert rows[0]["event_id"] and rows[0]["event_id"] == rows[1]["event_id"] != rows[3]["event_id"]


@pytest.mark.parametrize("text, expected", [
    ("Всего в работе конференции приняли участие 450 человек: 270 - в работе тематических секций, "
     "180 – в пленарном заседании; в конкурсе участвовали 39 образовательных организаций города.",
     [(450, "всего участников конференции"), (270, "в работе тематических секций"), (180, "в пленарном заседании")]),
    ("В конференции в очном режиме приняли участие 120 человек из городов области, "
     "в дистанционном формате – 60 участников.",
     [(120, "в очном режиме"), (60, "в дистанционном формате")]),
    ("Общее количество участников – 283 человека (таблица 1).", [(283, "Общее количество участников")]),
    ("Масштабное собрание объединило свыше 70 региональных и федеральных спикеров.", [(70, "спикеры")]),
    ("В проведении ЕГЭ приняли участие 3 руководителя пунктов проведения ЕГЭ, более 200 работников пунктов.",
     [(3, "руководители пунктов проведения ЕГЭ"), (200, "работники пунктов")]),
    ("На школьном уровне приняли участие более 6 тысяч учащихся 5-11 классов.", [(6000, "На школьном уровне")]),
    ("Математику сдавало 47 % выпускников (174 человека).", [(174, "экзамен по математике, сдававшие")]),
    ("Всего участников – 80 человек, из них 12 – организаторы.", [(80, "Всего участников"), (12, "организаторы")]),
    ("Всего в семинаре приняли участие 101 человек, из них 15 – в дистанционном формате.",
     [(101, "всего участников семинара"), (15, "в дистанционном формате")]),
    ("На школьном этапе участвовали 6 тысяч учащихся, из них 2,5 тыс. – победители и призеры.",
     [(6000, "школьный этап, учащиеся")]),
    ("Количество слушателей составило 64 человека.", [(64, "Количество слушателей")]),
    ("Участниками конференции стали 300 учителей области.", [(300, "учителя")]),
    ("В работе семинара приняли участие 45 чел.", [(45, "семинар, участники")]),
    ("Участие в форуме приняли 250 педагогов.", [(250, "педагоги")]),
    ("На конференции выступили 12 докладчиков.", [(12, "докладчики")]),
    # «из них» after where the whole came from («из N организаций»), parts led by particles or adjectives
    ("В олимпиаде приняли участие 95 школьников из 14 сельских поселений, из них 30 – в заочном туре.",
     [(95, "всего участников олимпиады"), (30, "в заочном туре")]),
    ("В курсах приняли участие 64 слушателя из 9 районов края, из них 40 – на бюджетной основе, "
     "24 – лишь в вечерней группе.", [(64, "всего участников курсов"), (40, "на бюджетной основе"), (24, "лишь в вечерней группе")]),
    ("В слёте приняли участие 120 вожатых из 15 лагерей, из них 44 – начинающие вожатые.",
     [(120, "вожатые на слёте"), (44, "начинающие вожатые")]),
    # a head count in parentheses after the people it counts, with no verb of taking part
    ("Члены жюри конкурса (11 человек) оценили работы.", [(11, "Члены жюри конкурса")]),
    ("Слушатели курсов (около 30 человек) получили сертификаты.", [(30, "Слушатели курсов")]),
    # not people, or not taking part
    ("Кабинеты физики (12 кабинетов) оснащены оборудованием.", []),
    ("Проекты школ (15 человек в команде) защищены.", []),
    ("Победители олимпиады (8 человек) получили дипломы.", []),  # results, not attendance
    ("В конкурсе участвовали 39 образовательных организаций и 12 школ.", []),
    ("На подготовку было направлено около 50 млн. рублей, приняли участие 15 % школ.", []),
    ("В 26 детских садах обучаются 3952 воспитанника, их воспитывают 434 педагога.", []),
    ("Выпускников в текущем году было 374.", []),
    ("В 2021 году приняли участие в проекте 5 школ.", []),
])
def test_prose_counts(text, expected):
    found = prose_counts(text)
    assert [f["count"] for f in found] == [count for count, _ in expected]
    for f, (_, label) in zip(found, expected):
        assert label.lower() in f["label"].lower()


def test_prose_offsets_cover_the_number():
    text = "Всего приняли участие **1096** педагогических работников."
    (found,) = prose_counts(text)
    assert "1096" in text[found["start"]:found["end"]] and found["is_total"]


@pytest.mark.parametrize("text, label", [
    # «человек» says nothing: the people are the participants of the event the sentence names, and the label
    # names that event first, as a table row does
    ("В работе форума приняли участие 140 человек.", "форум, участники"),
    ("Всего в областном вебинаре приняли участие 75 человек.", "всего участников областного вебинара"),
    ("В мероприятиях декады участвовали 310 человек.", "мероприятия декады, участники"),
    ("В рамках педагогических чтений приняли участие 56 человек.", "педагогические чтения, участники"),
    # a format, not an event: the adverbial itself
    ("В заочной форме приняли участие 20 человек.", "В заочной форме"),
    # a named people noun: «<people> на <event>», the noun phrase in the nominative plural
    ("В форуме приняли участие 140 воспитателей.", "воспитатели на форуме"),
])
def test_prose_labels_name_people_and_event(text, label):
    (found,) = prose_counts(text)
    assert found["label"] == label


@pytest.mark.parametrize("adverbial, phrase", [
    ("в работе конференции", "конференция"),
    ("на семинаре", "семинар"),
    ("в городском конкурсе «Учитель года»", "городской конкурс «Учитель года»"),
    ("в очном режиме", ""),
    ("по итогам", ""),
])
def test_event_phrase(adverbial, phrase):
    assert event_phrase(adverbial) == phrase


@pytest.mark.parametrize("text, label", [
    # a bare kind names the event of its earlier mention: kind + quoted title (dev2 finding A1)
    ("Городской фестиваль «Шахматная осень» прошёл в ноябре. В фестивале приняли участие 40 педагогов.",
     "педагоги на городском фестивале «Шахматная осень»"),
    # ... or the section heading above it that names the kind
    ("2. Областной вебинар для библиотекарей\n\nВебинар вела методист Т.Т. Тестова. "
     "В вебинаре приняли участие 52 библиотекаря.", "библиотекари на областном вебинаре для библиотекарей"),
    # a relative «в котором» stands for the event named before it
    ("В мае прошла районная олимпиада «Эрудит», в которой приняли участие 61 школьник.",
     "районная олимпиада «Эрудит», школьники"),
    ("Затем прошёл семинар, в котором приняли участие 23 учителя.", "учителя на семинаре"),
    # the event phrase, not the speaker of a reported clause nor a time phrase
    ("СЛУШАЛИ: Тестову А.А., которая сообщила, что в муниципальном этапе олимпиады по химии "
     "приняли участие 310 учащихся 7-11 классов.", "муниципальный этап олимпиады по химии, учащиеся"),
    ("Итого за полугодие в районных мероприятиях участвовали 415 учителей.", "всего участников районных мероприятий (учителя)"),
    # a head of an event that is not a kind («финал») takes the kind and title of its mention
    ("Прошёл финал областного конкурса юных экологов «Зелёная планета». В финале выступили 18 участников.",
     "финал конкурса «Зелёная планета», участники"),
    # verbs of presence: «<people> на <event>»; «человек»: who were present
    ("Вчера состоялось районное родительское собрание «Безопасное лето». На собрании присутствовали 90 родителей "
     "учеников начальных классов.", "родители учеников начальных классов на районном родительском собрании «Безопасное лето»"),
    ("Мастер-классы посетили 26 молодых учителей.", "молодые учителя на мастер-классах"),
    ("На заседании методического совета присутствовали 17 человек.", "присутствовавшие на заседании методического совета"),
    # a headline names the event from its kind on, not the news verb before it
    ("В Омске прошёл форум юных вожатых\n\nВ форуме приняли участие 70 вожатых.",
     "вожатые на форуме юных вожатых"),
    # «человек» and an object of visiting: who visited what
    ("Всего за неделю мероприятия посетили 500 человек.", "посетившие мероприятия"),
    # a phrase of manner is no event: who, and how they took part
    ("В заочном туре приняли участие 33 школьника.", "школьники в заочном туре"),
])
def test_attended_labels(text, label):
    found = prose_counts(text)
    assert found[-1]["label"] == label


@pytest.mark.parametrize("text, expected", [
    # verbs of watching or following online count as attending (dev2 finding A2)
    ("Ещё более 150 школьников следили за защитой проектов онлайн.",
     [(150, "школьники, следившие за защитой проектов онлайн (более 150)")]),
    ("Около 300 родителей смотрели трансляцию собрания.", [(300, "родители, смотревшие трансляцию собрания (около 300)")]),
    ("Свыше 40 педагогов подключились к вебинару онлайн.", [(40, "педагоги, подключившиеся к вебинару онлайн (свыше 40)")]),
    # the jury evaluating is no attendance
    ("Работы оценивали 19 экспертов.", []),
])
def test_watching_online(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected


@pytest.mark.parametrize("text, label", [
    # a stage of a competition takes the competition named before it, in the sentence or the paragraph above
    ("В олимпиадном движении на школьном уровне приняли участие 900 человек.", "школьный этап олимпиады, участники"),
    ("Итоги олимпиады подведены.\n\nНа муниципальном уровне участвовали учащиеся 7-11 классов – 320 человек.",
     "муниципальный этап олимпиады, участники"),
    ("В конкурсе чтецов на районном этапе приняли участие 41 школьник.", "районный этап конкурса чтецов, школьники"),
    # no competition near: a level is no event, a stage stays as written
    ("На городском уровне приняли участие 75 человек.", "На городском уровне"),
    ("На школьном этапе участвовали 60 человек.", "школьный этап, участники"),
    # «по этому предмету»: the school subject named last before it
    ("Популярным остаётся обществознание – в ЕГЭ по этому предмету приняли участие 171 человек.",
     "ЕГЭ по обществознанию, участники"),
    ("Химию выбрали немногие: в ОГЭ по данному предмету участвовали 12 человек.", "ОГЭ по химии, участники"),
    # a subject taken as an exam: the exam named last, else «экзамен»; «в экзамене» of a section on one exam
    ("Итоги ЕГЭ. Русский язык сдавало 372 выпускника.", "ЕГЭ по русскому языку, сдававшие"),
    ("Историю сдали 40 выпускников.", "экзамен по истории, сдавшие"),
    ("Итоги ОГЭ. В экзамене по физике приняли участие 88 человек.", "ОГЭ по физике, участники"),
    ("Итоги ЕГЭ. Информатику профильного уровня сдавало 30 % выпускников (52 человека).",
     "ЕГЭ по информатике профильного уровня, сдававшие"),
    # not a subject before the verb: no exam label
    ("Нормативы ГТО сдали 64 ученика.", "Нормативы ГТО сдали ученики"),
])
def test_stage_subject_and_exam_labels(text, label):
    (found,) = prose_counts(text)
    assert found["label"] == label


@pytest.mark.parametrize("text, label", [
    # staff «задействованы» at an event count as attendance
    ("В проведении ОГЭ были задействованы 540 организаторов.", "организаторы на ОГЭ"),
    # pupils at an olympiad or contest are its participants: the event first
    ("В школьном этапе олимпиады приняли участие 900 обучающихся.", "школьный этап олимпиады, обучающиеся"),
    # a relative clause between the event and the verb is skipped
    ("Олимпиада прошла в срок. На муниципальном этапе, который прошёл с 11 по 20 ноября, участвовали 614 школьников.",
     "муниципальный этап олимпиады, школьники"),
    # «в нём» stands for the event the sentence before names
    ("Региональный этап конкурса прошёл в марте. В нём приняли участие 84 школьника.",
     "региональный этап конкурса, школьники"),
])
def test_more_attended_labels(text, label):
    found = prose_counts(text)
    assert found[-1]["label"] == label


@pytest.mark.parametrize("text", [
    # a count that belongs to another verb than the cue
    "Русский язык сдавали 300 выпускников; 100 баллов получили 9 человек.",
    "В ЕГЭ приняли участие 500 человек, минимальный порог не преодолели 61 участник.",
    # a difference, not a head count
    "Участвовали 384 школьника, что на 33 человека больше, чем в прошлом году.",
])
def test_counts_that_are_not_attendance(text):
    counts = [f["count"] for f in prose_counts(text)]
    assert 9 not in counts and 61 not in counts and 33 not in counts
    assert len(counts) == 1


def test_bracketed_counts_after_coordinated_events():
    text = ("Больше всего участников было на олимпиаде по физике (312 человек) и по химии (155 человек), "
            "меньше всего – на олимпиаде по праву (18 человек).")
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == [
        (312, "олимпиада по физике, участники"), (155, "олимпиада по химии, участники"),
        (18, "олимпиада по праву, участники")]


@pytest.mark.parametrize("text, expected", [
    # a whole its parts follow is a total; parts may be adverbs of format
    ("В работе конференции приняли участие 326 человек из 14 регионов, из них 118 – очно.",
     [(326, "всего участников конференции"), (118, "очно")]),
    ("В мероприятиях недели приняли участие 238 молодых педагогов со стажем до 3 лет, из них 174 – очно, "
     "64 – в дистанционном формате.", [(238, "всего участников мероприятий недели"), (174, "очно"),
                                        (64, "в дистанционном формате")]),
    # «из них» with results, not parts: no total
    ("В конкурсе приняли участие 90 человек, из них определены 12 победителей.", [(90, "конкурс, участники")]),
    # «мероприятия недели» of a week named before: that week, its name in the right case
    ("Неделя молодого педагога прошла в марте. Всего в мероприятиях недели приняли участие 120 человек.",
     [(120, "всего участников недели молодого педагога")]),
    # a conjunction before the last listed count is no label of its own
    ("В проведении ЕГЭ были задействованы 300 организаторов, 40 наблюдателей и 8 технических специалистов.",
     [(300, "организаторы на ЕГЭ"), (40, "наблюдатели"), (8, "технические специалисты")]),
])
def test_wholes_parts_and_named_weeks(text, expected):
    found = [(f["count"], f["label"]) for f in prose_counts(text)]
    assert [c for c, _ in found] == [c for c, _ in expected]
    for (_, label), (_, wanted) in zip(found, expected):
        assert wanted in label


@pytest.mark.parametrize("text, label", [
    # an event that gathered people is the subject of «собрал»
    ("Мастер-класс учителя школы № 5 «Сказка на песке» собрал 36 педагогов.", "педагоги на мастер-классе «Сказка на песке»"),
    ("Форум собрал 300 педагогов.", "педагоги на форуме"),
    # a named group and the mode it took part in
    ("Кроме того, в дистанционном формате подключились 53 педагога Энского района.",
     "педагоги Энского района в дистанционном формате"),
    # a complement cut by a bracket is dropped
    ("Открытые уроки посетили 74 студента Северного (Арктического) университета.", "студенты на открытых уроках"),
])
def test_gathering_mode_and_cut_names(text, label):
    (found,) = prose_counts(text)
    assert found["label"] == label


@pytest.mark.parametrize("text, expected", [
    ("Охват участников составил 1200 человек.", (1200, "Охват участников")),
    ("Число зарегистрированных участников – 315.", (315, "Число зарегистрированных участников")),
    ("Зрителями концерта стали около 400 человек.", (400, "концерт, зрители (около 400)")),
    ("Участниками фестиваля стали 230 обучающихся.", (230, "обучающиеся на фестивале")),
    ("В онлайн-формате к вебинару подключились 86 слушателей.", (86, "слушатели в онлайн-формате на вебинаре")),
    ("В 2023 году курсы повышения квалификации прошли 312 педагогов.",
     (312, "педагоги на курсах повышения квалификации")),
    ("Участие в акции приняли более 2 тыс. школьников.", (2000, "школьники на акции (более 2 тыс.)")),
    # «48 из 52»: 48 came
    ("На педсовете присутствовали 48 из 52 педагогов.", (48, "педагоги на педсовете")),
])
def test_other_wordings_of_a_head_count(text, expected):
    (found,) = prose_counts(text)
    assert (found["count"], found["label"]) == expected


def test_a_relative_object_of_a_visiting_verb_is_the_event_named_before():
    text = ("С 2 по 6 декабря проведена неделя открытых уроков молодых педагогов: 38 уроков, которые посетили "
            "96 наставников.")
    (found,) = prose_counts(text)
    assert found["label"] == "наставники на открытых уроках молодых педагогов"


def test_a_contest_is_no_course():
    text = "В октябре прошёл краевой конкурс «Дебют», в котором приняли участие 27 молодых педагогов."
    (found,) = prose_counts(text)
    assert found["label"] == "молодые педагоги на краевом конкурсе «Дебют»"


def test_a_part_runs_through_an_abbreviation():
    text = "Участниками форума стали 220 молодых педагогов, из них 37 – студенты ТГПУ им. Л.Н. Толстого."
    assert prose_counts(text)[-1]["label"] == "студенты ТГПУ им. Л.Н. Толстого"


@pytest.mark.parametrize("text, label", [
    ("Курсовую подготовку прошёл 421 педагог.", "педагоги, прошедшие курсовую подготовку"),
    ("Стажировку на базе МБДОУ детский сад № 135 прошли 18 молодых воспитателей.", "молодые воспитатели на стажировке"),
    ("ГИА-9 проходили 8 940 девятиклассников.", "девятиклассники на ГИА-9"),
])
def test_what_people_went_through(text, label):
    (found,) = prose_counts(text)
    assert found["label"] == label


def test_bracketed_counts_after_institutions():
    text = ("Итоги олимпиады подведены. Наибольшее количество участников представили МБОУ «СОШ № 25» "
            "(17 человек) и МАОУ «Лицей № 1» (15 человек).")
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == [
        (17, "участники олимпиады от МБОУ «СОШ № 25»"), (15, "участники олимпиады от МАОУ «Лицей № 1»")]


def test_a_pronoun_names_the_event_of_its_own_sentence():
    text = ("Мастер-класс «Кейс» проводит учитель истории.\n\n"
            "Во второй день в гимназии 11 работали 8 мастер-классов, их посетили 95 человек.")
    assert prose_counts(text)[-1]["label"] == "мастер-классы, участники"


# Labelled head counts: who was counted at what (or how), in the wordings reports use.
LABELLED_COUNTS = [
    # «в работе которых»: the relative after an activity noun stands for the event before it
    ("Проведено 96 заседаний, в работе которых участвовали 1 438 педагогов.", [(1438, "педагоги на заседаниях")]),
    # a colon inside a quoted title does not cut the clause
    ("Семинар «Грамотность: от диагностики к результату», проведённый 14 марта, собрал 62 педагога.",
     [(62, "педагоги на семинаре «Грамотность: от диагностики к результату»")]),
    # staying somewhere keeps the preposition; «в 4 лагерях» is no time phrase
    ("В 4 загородных лагерях отдохнули 1 180 детей, из них 214 – дети из многодетных семей.",
     [(1180, "дети в 4 загородных лагерях"), (214, "дети из многодетных семей")]),
    # parts written «label – N» after a colon, later titles taking the first part's head
    ("К очному этапу допущены 36 педагогов: в номинации «Учитель года» – 14, «Воспитатель года» – 22.",
     [(36, "всего участников очного этапа (педагоги)"), (14, "в номинации «Учитель года»"), (22, "в номинации «Воспитатель года»")]),
    # an object pronoun of a visiting verb stands for the event named before it in the sentence
    ("Торжественная церемония награждения прошла в театре; её посетили около 300 человек.",
     [(300, "торжественная церемония награждения, участники (около 300)")]),
    # a gathering's title is the last quoted one, not the institution's name
    ("Мастер-класс педагога МБДОУ «Детский сад № 94» «Как не выгореть» собрал 45 участников.",
     [(45, "мастер-класс «Как не выгореть», участники")]),
    # two groups joined by «и» are one count
    ("В семинаре приняли участие 40 учителей и воспитателей.", [(40, "учителя и воспитатели на семинаре")]),
    # a whole split into groups of people keeps its people; split by how they took part it is a total
    ("В форуме приняли участие 220 педагогов, из них 37 – студенты.",
     [(220, "педагоги на форуме"), (37, "студенты")]),
    ("В форуме приняли участие 220 педагогов, из них 180 – очно.",
     [(220, "всего участников форума (педагоги)"), (180, "очно")]),
    ("Прошло августовское совещание. Участники совещания – более 600 педагогов – обсудили итоги года.",
     [(600, "участники августовского совещания (более 600)")]),
    ("Завершился фестиваль круглым столом в школе № 40, за которым собрались 27 руководителей.",
     [(27, "руководители на круглом столе")]),
    ("На августовских секциях (25 августа) работали 14 площадок, их посетили 512 человек.",
     [(512, "августовские секции, участники")]),
    ("Всего в мероприятиях Дней науки приняли участие 490 педагогов.", [(490, "всего участников Дней науки (педагоги)")]),
    ("Прошёл VI городской фестиваль «Калейдоскоп». Участниками фестиваля стали 180 педагогов.",
     [(180, "педагоги на VI городском фестивале «Калейдоскоп»")]),
    # a part by its people after «в том числе»; a part by origin («из района») does not make a total
    ("В чтениях приняли участие 126 педагогов, в том числе 9 педагогов школы.", [(126, "педагоги на чтениях"),
                                                                                (9, "педагоги школы")]),
    ("Семинар «Грамотность» собрал 62 педагога, из них 9 – из Энского района.",
     [(62, "педагоги на семинаре «Грамотность»"), (9, "из Энского района")]),
    # «Присутствовали» opening a sentence: the event the sentence before held
    ("3 октября состоялось заседание ГМО учителей русского языка «Итоговое сочинение». "
     "Присутствовали 38 учителей из 21 организации.", [(38, "учителя на заседании «Итоговое сочинение»")]),
    # «в ней» after a time phrase: the event of the sentence before
    ("24 октября прошла мастерская «Речевое развитие». В первый день в ней участвовали 46 воспитателей.",
     [(46, "воспитатели на мастерской «Речевое развитие»")]),
    # «по 6 человек» is a share, not a head count
    ("Прошёл квест: участвовали 12 команд по 6 человек.", []),
    # a participle's aside between the event and the verb
    ("Олимпиада прошла. В муниципальном этапе, проходившем с 13 по 28 ноября, приняли участие 1 047 школьников.",
     [(1047, "муниципальный этап олимпиады, школьники")]),
    # sections listed by title with their counts in brackets
    ("Работали три секции: «Классное руководство» (84 участника), «Музеи» (71), «Профилактика» (52).",
     [(84, "секция «Классное руководство»"), (71, "секция «Музеи»"), (52, "секция «Профилактика»")]),
    ("Работали секции: «Музеи» (10 %), «Профилактика» (20 %).", []),
    # a diagnostic or testing is attended too; the event named before, with its genitive complement
    ("Проведена диагностика профессиональных дефицитов педагогов. В диагностике приняли участие 1163 педагога.",
     [(1163, "педагоги на диагностике профессиональных дефицитов педагогов")]),
    # an event that took in people is the subject of «охватил», with its qualifiers and complement
    ("Школьный этап всероссийской олимпиады школьников (сентябрь – октябрь) охватил 6 312 обучающихся.",
     [(6312, "школьный этап всероссийской олимпиады школьников, обучающиеся")]),
    # a part with a verb instead of a dash; a colon listing categories without counts makes no total
    ("Конференция «Урок» собрала 132 педагога, из них 38 участвовали в дистанционном формате.",
     [(132, "педагоги на конференции «Урок»"), (38, "в дистанционном формате")]),
    ("В семинаре приняли участие 86 человек: руководители школ, классные руководители.", [(86, "семинар, участники")]),
    # a stage takes the competition as named before it
    ("Школьный этап всероссийской олимпиады школьников охватил 6 312 обучающихся. В муниципальном этапе, "
     "проходившем с 13 ноября, приняли участие 1 047 школьников.",
     [(6312, "школьный этап всероссийской олимпиады школьников, обучающиеся"),
      (1047, "муниципальный этап всероссийской олимпиады школьников, школьники")]),
    # «и» inside an event's genitive complement; a count after «;» is not the cue's
    ("В лицее прошла презентация инженерного и медицинского классов с участием вуза; её посетили 164 человека.",
     [(164, "презентация инженерного и медицинского классов, участники")]),
    ("К аттестации было допущено 912 выпускников; 23 выпускника набрали 100 баллов.",
     [(912, "К аттестации было допущено выпускники")]),
    # «и» between an event noun and its title
    ("Состоялось заседание ГМО учителей русского языка и литературы «Сочинение». Присутствовали 38 учителей.",
     [(38, "учителя на заседании «Сочинение»")]),
]


@pytest.mark.parametrize("text, expected", LABELLED_COUNTS)
def test_labelled_counts(text, expected):
    found = [(f["count"], f["label"].lower()) for f in prose_counts(text)]
    assert found == [(count, label.lower()) for count, label in expected]


def test_generic_events_of_a_total_are_the_reports_own():
    text = ("ИТОГОВАЯ СПРАВКА о проведении Дней открытых дверей в школах города\n\n"
            "Всего мероприятия посетили 3 418 родителей.")
    assert prose_counts(text)[-1]["label"] == "родители на днях открытых дверей"


@pytest.mark.parametrize("text, expected", [
    # a header naming people, a caption or a lead-in line saying «чел.», place columns: the table counts people
    ("Район\tУчастники\nЦентральный\t14\n", [14]),
    ("Таблица 1 – Численность детей в лагерях, чел.\n\nЛагерь\tI смена\tII смена\n«Orbita»\t40\t35\n", [40, 35]),
    ("Охват педагогов по сменам:\nЛагерь\tI смена\tII смена\n«Орбита»\t40\t35\n", [40, 35]),
    ("Мероприятие\tЭнский ГО\tДругие территории\tВсего\nСеминар «Один»\t12\t3\t15\n", [12, 3, 15]),
    # near misses: nothing says what is counted, or the numbers are codes and scores
    ("Мероприятие\tI смена\tII смена\nСеминар «Один»\t40\t35\n", []),
    ("Код\tA\tB\tC\n1\t14\t15\t16\n2\t17\t18\t19\n", []),
    ("12\t31\t47\n55\t68\t90\n", []),
    ("Мероприятие\tВсего\nСеминар «Один»\t15\n", []),
])
def test_a_table_counts_people_only_where_it_says_so(text, expected):
    assert [r["count"] for r in attendance_of(text) if r["source"] == "table"] == expected


@pytest.mark.slow
def test_a_grid_of_random_digits_gives_no_attendance():
    import random
    import time

    rng = random.Random(13)
    text = "\n".join("\t".join(str(rng.randint(0, 999)) for _ in range(50)) for _ in range(20_000))
    started = time.perf_counter()
    assert attendance_of(text) == []
    assert time.perf_counter() - started < 60


@pytest.mark.slow
def test_a_long_list_is_read_in_linear_time():
    import time

    lists = {n: "В семинаре приняли участие педагоги: " + ", ".join(f"МБОУ СОШ № {i}" for i in range(1, n)) + "."
             for n in (2_000, 20_000)}
    seconds = {}
    for n, text in lists.items():
        started = time.perf_counter()
        assert prose_counts(text) == []
        seconds[n] = time.perf_counter() - started
    assert seconds[20_000] < 20 and seconds[20_000] < 30 * seconds[2_000] + 1


def test_a_long_sentence_is_read_in_pieces():
    text = "В семинаре приняли участие 40 педагогов: " + ", ".join(f"гость {i}" for i in range(2_000)) + "."
    assert [f["count"] for f in prose_counts(text)][:1] == [40]


def test_a_table_between_bars_gives_a_row_per_count():
    text = ("| предмет | Количество участников | всего | |\n| 5 класс | 6 класс | |\n"
            "| Физика | 7 | 9 | 16 |\n| Биология | 8 | 24 | |\n")
    assert [(r["label"], r["column"], r["count"], r["is_total"]) for r in attendance_of(text)] == [
        ("Физика", "Количество участников 5 класс", 7, False), ("Физика", "Количество участников 6 класс", 9, False),
        ("Физика", "всего", 16, True), ("Биология", "Количество участников 5 класс", 8, False),
        ("всего", "всего", 24, True)]


@pytest.mark.parametrize("text, expected", [
    # shares of a whole by school: one row each, «по N» giving N to every school named before it
    ("В турнире приняли участие 38 школьников: в гимназии № 2 (12 чел.), школе № 7 – 10 чел., в лицее № 3 и "
     "школе № 9 – по 8 человек.",
     [(38, "всего участников турнира (школьники)"), (12, "школьники гимназии № 2"), (10, "школьники школы № 7"),
      (8, "школьники лицея № 3"), (8, "школьники школы № 9")]),
    ("Семинар собрал 30 педагогов: из МБОУ «СОШ № 14» – 18, из МАОУ «Лицей № 5» – 12.",
     [(30, "всего участников семинара (педагоги)"), (18, "педагоги МБОУ «СОШ № 14»"), (12, "педагоги МАОУ «Лицей № 5»")]),
    # ... or by place, a complement between the whole and its colon
    ("В конкурсе боролись 19 воспитателей из трёх городов края: Зареченска (9), Озёрска (6) и Нового Оскола (4).",
     [(19, "воспитатели на конкурсе"), (9, "воспитатели Зареченска"), (6, "воспитатели Озёрска"),
      (4, "воспитатели Нового Оскола")]),
    # near misses: shares of winners or percentages are no head counts, a single item is no list
    ("В олимпиаде приняли участие 46 школьников: в гимназии № 6 (15 %), школе № 3 – 9 %.",
     [(46, "всего участников олимпиады (школьники)")]),
    ("В олимпиаде приняли участие 46 школьников: в гимназии № 6 (5 призёров), школе № 3 – 4 победителя.",
     [(46, "всего участников олимпиады (школьники)")]),
    ("В олимпиаде приняли участие 46 школьников: больше всего из гимназии № 6 (15).",
     [(46, "всего участников олимпиады (школьники)")]),
])
def test_shares_by_school_or_place(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected


@pytest.mark.parametrize("text, label", [
    ("За победу в конкурсе боролись 27 учителей.", "учителя на конкурсе"),
    ("В заочном этапе соревновались 150 человек.", "заочный этап, участники"),
    ("Участниками олимпиады были 120 школьников.", "олимпиада, участники"),
    ("Ежегодно в конференции участвуют 300 вожатых.", "вожатые на конференции"),
])
def test_more_verbs_of_taking_part(text, label):
    assert [f["label"] for f in prose_counts(text)] == [label]


def test_shares_that_do_not_add_up_are_reported():
    from tests.test_checks import checks_of

    text = "В конкурсе боролись 27 учителей из четырёх городов: Зареченска (7), Озёрска (6), Тихореченска (1) и Нового Оскола (1)."
    assert checks_of(text) == [("sum_mismatch", 27, 15)]


@pytest.mark.parametrize("text, expected", [
    # counts in words, compounds joined; only before the people they count
    ("В семинаре участвовали три педагога: два учителя английского языка, один – русского.",
     [(3, "педагоги на семинаре"), (2, "учителя английского языка на семинаре"), (1, "учителя русского языка")]),
    # a part whose people noun is left out: its complement stands for the one before
    ("В конкурсе приняли участие 12 учителей математики, 5 – физики.",
     [(12, "учителя математики на конкурсе"), (5, "учителя физики")]),
    ("В конкурсе приняли участие 12 учителей математики, 5 – дистанционно.", [(12, "учителя математики на конкурсе")]),
    ("В конкурсе примут участие шесть человек.", [(6, "конкурс, участники")]),
    ("В семинаре приняли участие двадцать пять учителей из пяти школ.", [(25, "учителя на семинаре")]),
    ("Один из педагогов рассказал о проекте, в котором участвовали пять школ.", []),
    ("Три года подряд в олимпиаде участвовали учащиеся.", []),
    ("В олимпиаде приняли участие 300 учащихся (с учётом участия одного школьника в нескольких предметах).",
     [(300, "олимпиада, учащиеся")]),
    # two groups joined by «и», the first with its origin
    ("В совещании приняли участие 34 учителя из 24 общеобразовательных учреждений и 20 воспитателей.",
     [(34, "учителя на совещании"), (20, "воспитатели на совещании")]),
    # a bound is kept in the label, the number counted
    ("В форуме приняли участие более 100 педагогов.", [(100, "педагоги на форуме (более 100)")]),
    ("В форуме приняли участие до 100 педагогов.", [(100, "педагоги на форуме")]),
])
def test_counts_in_words_groups_and_bounds(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected


@pytest.mark.parametrize("text, label", [
    # minutes: «Присутствовали: N человек» counts the people at the meeting the heading names
    ("ПРОТОКОЛ № 3\nзаседания районного методического объединения учителей физики\nот 14.11.2024\n"
     "Председатель: Петрова В.В.\nПрисутствовали: 12 человек.",
     "заседание районного методического объединения учителей физики, участники"),
    ("Протокол совещания заместителей директоров № 4\nПрисутствовали: 9 человек (список прилагается).",
     "совещание заместителей директоров, участники"),
    # no meeting named: who they were, never the line before
    ("Председатель: Петрова В.В.\nПрисутствовали: 12 человек.", "присутствовавшие"),
    ("Секретарь: Орлова Н.Н.\nПрисутствовали: 12 учителей.", "учителя"),
])
def test_minutes_count_the_people_present(text, label):
    assert [f["label"] for f in prose_counts(text)] == [label]


@pytest.mark.parametrize("text, expected", [
    # «в количестве N человек» counts the people named before it
    ("В мероприятии приняли участие учителя истории школ района в количестве 28 человек.",
     [(28, "учителя истории школ района на мероприятии")]),
    ("Приобретено оборудование в количестве 28 единиц.", []),
    # applications sent by people
    ("На конкурс поступило 33 заявки от 64 педагогов.", [(64, "педагоги на конкурсе")]),
    # a participle's aside between «Участниками …» and «стали»
    ("Участниками слёта, организованного при поддержке министерства образования, стали 210 вожатых.",
     [(210, "вожатые на слёте")]),
])
def test_amounts_applications_and_asides(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a count stated again for the same people at the same kind of event is one count
    ("Более 60 педагогов приняли участие в краевом семинаре.\n\nВ работе семинара приняли участие более 60 "
     "педагогов из разных городов.", [60]),
    # other people, another count, or another kind of event: both kept
    ("В краевом семинаре приняли участие 60 педагогов.\n\nВ работе семинара приняли участие 60 воспитателей.",
     [60, 60]),
    ("В краевом семинаре приняли участие 60 педагогов.\n\nВ краевом конкурсе приняли участие 60 педагогов.",
     [60, 60]),
])
def test_a_restated_count_is_listed_once(text, expected):
    assert [r["count"] for r in attendance_of(text) if r["source"] == "prose"] == expected


@pytest.mark.parametrize("text, expected", [
    # any animate common noun counts people; results and names do not
    ("В турнире приняли участие 40 шахматистов из 6 школ.", [(40, "шахматисты на турнире")]),
    ("В слёте приняли участие 120 юнармейцев и 15 кадетов.", [(120, "юнармейцы на слёте"), (15, "кадеты на слёте")]),
    ("В школьном этапе принимали участие 1407 ребят.", [(1407, "ребята на школьном этапе")]),
    ("В олимпиаде приняли участие 250 учащихся, выявлено 19 победителей и 53 призёра.",
     [(250, "олимпиада, учащиеся")]),
    ("В соревнованиях участвовали 64 школьника.", [(64, "соревнования, школьники")]),
])
def test_people_by_animacy_and_more_kinds_of_events(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # «Участников X — N»: the people in the genitive plural, then a dash or a colon
    ("Участников олимпиады — 116.", [(116, "участники олимпиады")]),
    ("Количество участников конкурса: 45 человек.", [(45, "Количество участников конкурса")]),
    # near misses: a nominative subject before a numbered list, a title with a year
    ("Участники конференции рекомендуют: 1. Продолжить работу.", []),
    ("Участник регионального конкурса «Учитель года – 2010» выступил.", []),
    # shares after «в том числе»: parts, not a partition
    ("В олимпиаде приняли участие 46 школьников, в том числе из гимназии № 6 – 15, из школы № 3 – 9.",
     [(46, "олимпиада, школьники"), (15, "школьники гимназии № 6"), (9, "школьники школы № 3")]),
])
def test_genitive_counts_and_shares_of_a_whole(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a caption two lines above («Таблица 2» under a heading saying what is counted)
    ("Количество участников по предметам\nТаблица 2\nПредмет\tКоличество\nФизика\t14\n", [14]),
    ("Итоги по предметам\nТаблица 2\nПредмет\tКоличество\nФизика\t14\n", []),
    # ... or the heading of its section
    ("Участники муниципального этапа\n\nОлимпиада прошла в ноябре.\nЕё итоги подведены.\n\nПредмет\tКоличество\n"
     "Физика\t14\n", [14]),
])
def test_a_lead_in_two_lines_above_says_what_a_table_counts(text, expected):
    assert [r["count"] for r in attendance_of(text) if r["source"] == "table"] == expected


@pytest.mark.parametrize("text, expected", [
    ("На форум съехались 300 педагогов.", [(300, "педагоги на форуме")]),
    ("Участниками конкурса являлись 25 педагогов.", [(25, "педагоги на конкурсе")]),
    ("В профильную смену записались 60 школьников.", [(60, "школьники на профильной смене")]),
    # being covered by a service is no attendance
    ("Горячим питанием охвачено 1200 обучающихся.", []),
])
def test_arriving_and_signing_up(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Спектакли фестиваля посмотрели более 900 зрителей.", [(900, "зрители на спектаклях фестиваля (более 900)")]),
    ("На сцену вышли 246 юных актёров.", [(246, "юные актёры")]),
    # reaching the final is a result, not taking part
    ("В финал вышли пять конкурсантов.", []),
])
def test_watching_and_performing(text, expected):
    assert [(f["count"], f["label"]) for f in prose_counts(text)] == expected
