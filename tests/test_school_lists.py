"""Schools on unseen reports (session 7): numbers listed after a generic phrase, village schools with a number,
places after an honorific, a legal form before a bare number, two-word towns, districts in «-ской»."""
from __future__ import annotations

import pytest

from svodka.normalizers.cities import city_nominative, municipality_nominative
from tests.test_schools import A, N, P, S, blank, facts, run  # noqa: F401 (the fixture)


@pytest.mark.parametrize("text, city, expected", [
    # numbers in a bracket after a phrase that names the institutions: what the phrase says they are
    ("Пришли 20 воспитателей из 3 дошкольных учреждений Энска (№№ 4, 17 (2 чел.), 20, "
     "МАОУ СОШ № 10).", N, [(N, P, "ДОУ", "4"), (N, P, "ДОУ", "17"), (N, P, "ДОУ", "20"), (N, S, "СОШ", "10")]),
    ("Команды 2 учреждений дополнительного образования (№№ 3 и 5) выступили.", N,
     [(N, A, "УДО", "3"), (N, A, "УДО", "5")]),
    ("Педагоги школ района (№№ 7, 9) провели уроки.", N, [(N, S, "Школа", "7"), (N, S, "Школа", "9")]),
    # each number with its own sign; each bracket takes the phrase nearest to it
    ("Участвовали детские сады (№ 3, № 16, № 5), школы (№ 8, №2, лицей № 4).", N,
     [(N, P, "ДОУ", "3"), (N, P, "ДОУ", "16"), (N, P, "ДОУ", "5"), (N, S, "Школа", "8"), (N, S, "Школа", "2"),
      (N, S, "Лицей", "4")]),
    # «№№» lists: a comma without a space is no decimal point
    ("Квест прошёл на базе детских садов №№ 46,11,215.", N, [(N, P, "ДОУ", "46"), (N, P, "ДОУ", "11"), (N, P, "ДОУ", "215")]),
    # no institution before the bracket, a document's number, one number: no list of schools
    ("Занятия прошли в кабинетах (№№ 12, 15).", N, []),
    ("Учреждения работают согласно приказам управления (№№ 12, 15).", N, []),
    ("Вопросы школ. Приложения (№№ 2, 3) прилагаются.", N, []),
    # a village's adjective before a numbered kind: the village's school, in the district
    ("Лидирует Луговская СОШ № 1, на втором месте Озёрская школа №2.", "Тулунский район",
     [("Тулунский район", S, "СОШ", "1"), ("Тулунский район", S, "Школа", "2")]),
    # a place after an honorific is the school's, and a legal form may precede a bare number
    ("учитель Лицея № 25 им. Н.Ф. Ветрова, г. Камышин", "", [("Камышин", S, "Лицей", "25")]),
    ("воспитатель МБДОУ 14 города Камышина", "", [("Камышин", P, "ДОУ", "14")]),
    ("в МАОУ 25 педагогов и в МБОУ 3 раза", "", []),
    # the kind written out without a legal form; a centre of out-of-school work
    ("воспитатель дошкольного образовательного учреждения №159", N, [(N, P, "ДОУ", "159")]),
    ("совместно с Центром внешкольной работы", N, [(N, A, "УДО", "Центр внешкольной работы")]),
    # an outer quote never closed: the name ends before the verb after its inner quote, not at a later quote
    ("на базе МАОУ «Центр образования «Звезда» состоялся конкурс «Путь»,", N, [(N, S, "Школа", "Центр образования «Звезда»")]),
    ("в МБОУ «СОШ «Эврика» города Энска» прошёл урок", N, [(N, S, "СОШ", "СОШ «Эврика» города Энска")]),
    # a village's adjective before a kind that names one institution; a quoted name with its village
    ("28 мая в Луговской школе искусств прошла встреча", "Тулунский район",
     [("Тулунский район", A, "УДО", "Луговская школа искусств")]),
    ("в «Детской школе искусств» района", "Тулунский район", [("Тулунский район", A, "УДО", "Детская школа искусств")]),
    ("в «Детской школе искусств» Тулунского района", "", [("Тулунский район", A, "УДО", "Детская школа искусств")]),
    ("учителя детской школы искусств", N, []),
    ("Петрова А., МКОУ «СОШ с. Луговое» - 1 место;", "", [("Луговое", S, "СОШ", "СОШ с. Луговое")]),
    ("учитель средней общеобразовательной школы с. Луговое", "", [("Луговое", S, "СОШ", "СОШ с. Луговое")]),
    # a town of two words after «г.»
    ("ученица МБОУ СОШ № 2 г. Нижний Ломов;", "", [("Нижний Ломов", S, "СОШ", "2")]),
])
def test_unseen_report_forms(blank, text, city, expected):
    assert facts(run(blank, text, city=city)) == expected


@pytest.mark.parametrize("words, kind, expected", [
    ("Донского", "района", "Донской район"),  # pymorphy3 knows the place's «-ской»
    ("Каменского", "района", "Каменский район"),
])
def test_district_ending(words, kind, expected):
    assert municipality_nominative(words, kind) == expected


@pytest.mark.parametrize("text, expected", [
    ("Нижний Ломов", "Нижний Ломов"), ("Мирный", "Мирный"),
])
def test_two_word_town_after_g(text, expected):
    assert city_nominative(text, loose=True) == expected
