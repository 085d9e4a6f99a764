"""Schools session 8 (other regions' reports): where a school is when the text says it beside the name, and
schools named by an ordinal with the kind's adjective between. Sentences invented."""
from __future__ import annotations

import pytest

from tests.test_schools import A, N, S, blank, facts, run  # noqa: F401  (blank: the fixture)


# An ordinal with the kind's adjective between it and the noun names a numbered school; a «прогимназия» is a school.
@pytest.mark.parametrize("text, expected", [
    ("учитель третьей средней школы имени А.С. Пушкина выступил", [(N, S, "СОШ", "3")]),
    ("из шестой основной общеобразовательной школы приехали гости", [(N, S, "ООШ", "6")]),
    ("учитель восьмой средней школы Анна Петрова", [(N, S, "СОШ", "8")]),
    ("учитель прогимназии №2 выступил", [(N, S, "Школа", "2")]),
    ("в средней школе учатся 300 детей", []),
    ("Третья средняя школа района открылась", []),
])
def test_ordinal_with_the_kinds_adjective(blank, text, expected):
    assert facts(run(blank, text)) == expected


# The place after a school: a town's округ («округа Энска»), a district after an honorific, a town's genitive
# plural-only name, a town after the second of two schools joined by «и».
@pytest.mark.parametrize("text, expected", [
    ("2. Средняя общеобразовательная школа №4 округа Мурома;", [("Муром", S, "СОШ", "4")]),
    ("5. Гимназия №6 округа Муром;", [("Муром", S, "Гимназия", "6")]),
    ("учитель школы № 5 округа Петрова выступил", [("", S, "Школа", "5")]),
    ("Луговская средняя школа имени Героя Советского Союза А.Б. Петрова Юрьев-Польского района",
     [("Юрьев-Польский район", S, "СОШ", "Луговская")]),
    ("учитель средней школы No1 Сухиничей Анна Петрова", [("Сухиничи", S, "СОШ", "1")]),
    ("ученики школы № 11 и гимназии № 1 г. Железногорска", [("Железногорск", S, "Школа", "11"),
                                                             ("Железногорск", S, "Гимназия", "1")]),
    ("ученики СОШ № 3, гимназии № 2 и лицея № 5 г. Железногорска",  # a longer list: the report names no place
     [("Железногорск", S, "СОШ", "3"), ("Железногорск", S, "Гимназия", "2"), ("Железногорск", S, "Лицей", "5")]),
])
def test_place_beside_the_name(blank, text, expected):
    assert facts(run(blank, text, city="")) == expected


# A rural or urban settlement (поселение) written «с.п.», «г.п.»; a kind alone in quotes named by its village.
@pytest.mark.parametrize("text, expected", [
    ("учитель химии МКОУ «СОШ №2» с.п. Луговое выступил", [("Луговое", S, "СОШ", "2")]),
    ("учитель химии МКОУ «СОШ» с.п.Луговое выступил", [("Луговое", S, "СОШ", "СОШ с.п. Луговое")]),
    ("учитель МКОУ «ООШ» г.п. Заречное выступил", [("Заречное", S, "ООШ", "ООШ г.п. Заречное")]),
    ("учитель МКОУ «СОШ» выступил", [("", S, "СОШ", "СОШ")]),
])
def test_settlement_of_a_quoted_kind(blank, text, expected):
    assert facts(run(blank, text, city="")) == expected


# A regional institution capitalized («Республиканского лицея») is the region's.
@pytest.mark.parametrize("text, expected", [
    ("ученик Республиканского лицея Иван Петров поедет", [("", S, "Лицей", "республиканский лицей")]),
    ("Областная гимназия провела турнир", [("", S, "Гимназия", "областная гимназия")]),
    ("Республиканская школа молодого педагога открылась", []),
])
def test_capitalized_regional_institution(blank, text, expected):
    assert facts(run(blank, text)) == expected


# A town's adjective on the person whose school follows in the same clause; a list of numbers said without a place
# is where the text states one of its schools to be.
@pytest.mark.parametrize("text, expected", [
    ("Иван Петров, курганский учитель истории школы № 2, стал призёром", [("Курган", S, "Школа", "2")]),
    ("Иван Петров, курганский учитель, гость школы № 2, стал призёром", [("", S, "Школа", "2")]),
    ("Иван Петров, советский учитель школы № 2, стал призёром", [("", S, "Школа", "2")]),
    ("работы учащихся школ № 1, 2 и 6 нашего округа. Победил ученик МОУ «СОШ № 2 г. Тамбова».",
     [("Тамбов", S, "Школа", "1"), ("Тамбов", S, "СОШ", "2"), ("Тамбов", S, "Школа", "6"),
      ("Тамбов", S, "СОШ", "2")]),
    ("работы учащихся школ № 1 и 6. Победил ученик СОШ № 2 г. Тамбова.",
     [("", S, "Школа", "1"), ("", S, "Школа", "6"), ("Тамбов", S, "СОШ", "2")]),
])
def test_town_of_the_person_and_of_a_list(blank, text, expected):
    assert facts(run(blank, text, city="")) == expected


# A centre for gifted children with its quoted name is additional education; a «Кванториум» technopark is named so.
@pytest.mark.parametrize("text, expected", [
    ("занятия в Центре подготовки одарённых детей «Звезда» в Тамбове прошли", [("Тамбов", A, "УДО", "Звезда")]),
    ("в зале ГОАОУ «Центр поддержки одаренных детей «Вектор» состоялась конференция",
     [("", A, "УДО", "Центр поддержки одаренных детей «Вектор»")]),
    ("региональный центр поддержки одаренных детей провёл смену", []),
    ("в детском технопарке Кванториум города Тамбова прошёл финал",
     [("Тамбов", A, "УДО", "Детский технопарк Кванториум")]),
    ("в технопарке прошёл финал", []),
])
def test_gifted_centres_and_technoparks(blank, text, expected):
    assert facts(run(blank, text, city="")) == expected


# The pair rule shares a town only: a district after a village's school is that school's own.
@pytest.mark.parametrize("text, expected", [
    ("второе место у команд МОУ «Средняя школа № 17» и МКОУ «Луговская СОШ» Озёрского района.",
     [(N, S, "СОШ", "17"), ("Озёрский район", S, "СОШ", "Луговская")]),
    ("второе место у команд школы № 17 и СОШ № 2 с. Луговое.", [(N, S, "Школа", "17"), ("Луговое", S, "СОШ", "2")]),
])
def test_pair_shares_a_town_only(blank, text, expected):
    assert facts(run(blank, text)) == expected


# «четвертой» written without ё is the fourth; «второй городской школы» is described, not numbered.
@pytest.mark.parametrize("text, expected", [
    ("учитель четвертой школы выступил", [(N, S, "Школа", "4")]),
    ("учитель четвёртой гимназии выступил", [(N, S, "Гимназия", "4")]),
    ("учитель второй городской школы выступил", []),
    ("в городской школе учатся 300 детей", []),
])
def test_ordinal_spellings(blank, text, expected):
    assert facts(run(blank, text)) == expected


# A district or a town said once after a longer list places its earlier items only where the report names no place
# of its own; «р-на» is a district; a listed town alone in brackets, nominative; «МО «Город X»».
@pytest.mark.parametrize("text, city, expected", [
    ("учителя МБОУ СОШ № 1, МБОУ СОШ № 3 и МБОУ ООШ № 5 Ковровского района выступили", "",
     [("Ковровский район", S, "СОШ", "1"), ("Ковровский район", S, "СОШ", "3"), ("Ковровский район", S, "ООШ", "5")]),
    ("учителя МБОУ СОШ № 1, МБОУ СОШ № 3 и МБОУ ООШ № 5 Ковровского района выступили", N,
     [(N, S, "СОШ", "1"), (N, S, "СОШ", "3"), ("Ковровский район", S, "ООШ", "5")]),
    ("ученики СОШ № 3, гимназии № 2 и лицея № 5 г. Железногорска", N,
     [(N, S, "СОШ", "3"), (N, S, "Гимназия", "2"), ("Железногорск", S, "Лицей", "5")]),
    ("ученица МБОУ СОШ № 3 Ковровского р-на победила", "", [("Ковровский район", S, "СОШ", "3")]),
    ("ученица школы № 3 (Тюмень) победила", "", [("Тюмень", S, "Школа", "3")]),
    ("ученица школы № 3 (Иванова) победила", "", [("", S, "Школа", "3")]),
    ("учитель школы № 3 МО «Город Ковров» выступил", "", [("Ковров", S, "Школа", "3")]),
])
def test_list_district_and_brackets(blank, text, city, expected):
    assert facts(run(blank, text, city=city)) == expected


# A village's secondary school and its gymnasium are two institutions: the gymnasium keeps its kind in its name.
@pytest.mark.parametrize("text, expected", [
    ("2 место – Озёрская СОШ, Целинный район\n1 место – Озёрская гимназия, Целинный район",
     [("Целинный район", S, "СОШ", "Озёрская"), ("Целинный район", S, "Гимназия", "Озёрская гимназия")]),
    ("1 место – Луговская гимназия, Целинный район", [("Целинный район", S, "Гимназия", "Луговская")]),
    ("учитель Луговской СОШ и ученик Луговской школы", [("", S, "СОШ", "Луговская"), ("", S, "СОШ", "Луговская")]),
])
def test_a_village_school_and_gymnasium(blank, text, expected):
    assert facts(run(blank, text, city="")) == expected
