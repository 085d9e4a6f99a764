"""Organizations as real reports write them (issue 11): outlets, lowercase bodies of a territory, unions, bodies
named inside another's name, units named by their function, children's institutions and venues left out.

Every sentence here is invented; the patterns come from reading real reports' misses.
"""
from __future__ import annotations

import pytest

from tests.test_organizations import orgs


@pytest.mark.parametrize("text, expected", [
    # an outlet's label before a quoted or a Latin name
    ("Об этом сообщает ИА «Энск-Информ».", [("ИА «Энск-Информ»", "")]),
    ("Как сообщает СИ «Энские новости», конкурс продлится до мая.", [("СИ «Энские новости»", "")]),
    ("Об итогах рассказало ИА EnskMedia.", [("ИА EnskMedia", "")]),
    # a region's letters and an education level between the legal form and the quoted name
    ("Лекцию прочёл врач ГБУЗ ЭО «Энская областная больница».", [("ГБУЗ ЭО «Энская областная больница»", "")]),
    ("Курсы провело МАУ ДПО «Энский центр развития образования».",
     [("МАУ ДПО «Энский центр развития образования»", "")]),
])
def test_legal_forms_and_outlets(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text", [
    # towns pymorphy3 also reads as companies, and words of an agency's shape that are no agency
    "Работы прислали учителя Лесозаводска и Заводоуральска.",
    "Выставка прошла в Россоши; работы прислали школы Россошанского района.",
    "Победили воспитатели детского сада «Росинка».",
    # abbreviations of an information system, a video link, a subject, an olympiad's stages, a federal district
    "Данные внесены в АИС «Электронная школа», встреча прошла по ВКС.",
    "Открытый урок ИЗО провела учитель Петрова; призёр РЭ ВсОШ по химии и участник ЗЭ ВсОШ.",
    "Форум прошёл в СКФО и ЦФО.",
    # a legal form of an educational organization by its shape, alone or with its level
    "Занятия ведёт педагог МКОО ДО станции юных техников.",
])
def test_not_organizations_in_real_reports(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, expected", [
    # additional and preschool education named by words: the school tables', not organizations
    ("Педагоги Центра эстетического воспитания детей получили дипломы.", []),
    ("Турнир прошёл на базе Дома творчества.", []),
    ("Награду получила воспитатель Центра развития ребёнка – детского сада № 5.", []),
    ("Выставку принял детско-юношеский центр.", []),
    # an acronym right after a school's legal form and its region is the institution's name
    ("Конкурс провели совместно с ГОУ Энской области ЦДОД «Одарённые дети».", []),
    # a house of culture is a venue unless named as an institution
    ("Конференция состоялась в Доме культуры п. Энский.", []),
    # near misses: centres of other fields stay organizations
    ("Итоги подвёл Энский центр поддержки одарённых детей.", [("Энский центр поддержки одарённых детей", "")]),
    ("Приказ подписал Городской центр развития образования.", [("Городской центр развития образования", "")]),
])
def test_childrens_institutions_and_venues(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person after a body, as «Имя Фамилия» or «И. О. Фамилия», is not part of its name
    ("Выступили глава Администрации Энского района Игорь Сомов и педагоги.", [("Администрация Энского района", "")]),
    ("Приветствие зачитал начальник отдела образования администрации района А. В. Сомов.",
     [("Отдел образования администрации района", "")]),
    # near miss: a fund named after a person keeps the name (genitive)
    ("Грант выделил Благотворительный фонд Петра Воронцова.", [("Благотворительный фонд Петра Воронцова", "")]),
])
def test_people_after_a_name(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body of a territory's level, named in lowercase, is the one body of that kind there
    ("Об этом рассказали в краевом институте развития образования.", [("Краевой институт развития образования", "")]),
    ("Выступил председатель районного Совета ветеранов Иван Петров.", [("Районный Совет ветеранов", "")]),
    # a unit with its fields and its parent administration, in lowercase
    ("Семинар подготовил отдел образования, культуры и спорта администрации района.",
     [("Отдел образования, культуры и спорта администрации района", "")]),
    # trade unions are named by whose union they are
    ("Слово взял председатель горкома профсоюза работников образования.",
     [("Горком профсоюза работников образования", "")]),
    # a line wrapped inside a name does not end it
    ("Выступила председатель районной организации профсоюза работников народного\nобразования и науки.",
     [("Районная организация профсоюза работников народного образования и науки", "")]),
    # near misses: a level alone, an administration alone, a gathering, a unit of no parent are generic
    ("Начальник районного управления образованием открыл совещание.", []),
    ("Об этом сообщили в администрации города.", []),
    ("Идёт подготовка к Ассамблее педагогов.", []),
    ("Работает районное методическое объединение учителей.", []),
])
def test_lowercase_names_of_territorial_bodies(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text", [
    # a collection called «bank» at a municipal level is no organization
    "Лучшие работы войдут в муниципальный банк педагогических идей.",
    "Материалы включены в городской банк методических разработок.",
])
def test_not_organizations_by_level_alone(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a committee of a capitalized body, with its fields after the body's region; the body is listed too
    ("Выступил председатель комитета Законодательного Собрания Энской области по образованию, науке и культуре.",
     [("Комитет Законодательного Собрания Энской области по образованию, науке и культуре", ""),
      ("Законодательное Собрание Энской области", "")]),
    ("Выступил председатель комитета по бюджету Законодательного Собрания Энской области.",
     [("Комитет по бюджету Законодательного Собрания Энской области", ""),
      ("Законодательное Собрание Энской области", "")]),
    # a council attached to a ministry
    ("Доложили о работе Общественного совета при Министерстве образования Энской области.",
     [("Общественный совет при Министерстве образования Энской области", ""),
      ("Министерство образования Энской области", "")]),
    # an institute of a university, after its fields
    ("Конкурс прошёл на базе института педагогики и психологии Энского государственного университета.",
     [("Институт педагогики и психологии Энского государственного университета", ""),
      ("Энский государственный университет", "")]),
    # a union's regional organization and the union
    ("Слово взяла председатель Энской районной организации Общероссийского Профсоюза образования.",
     [("Энская районная организация Общероссийского Профсоюза образования", ""),
      ("Общероссийский Профсоюз образования", "")]),
    # near misses: an administration stays part of its unit; a regional office is named with its organization
    ("Приказ отдела образования Администрации Энского района подписан.",
     [("Отдел образования Администрации Энского района", "")]),
    ("Благодарность Региональному отделению Общероссийского движения «Энские волонтёры».",
     [("Региональное отделение Общероссийского движения «Энские волонтёры»", "")]),
])
def test_parent_bodies_named_inside_a_name(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted acronym after the same legal form spells the quoted name: one organization, its short name
    ("Семинар провело МАУ «Энский центр развития образования». Методист МАУ «ЭЦРО» подвела итоги.",
     [("МАУ «Энский центр развития образования»", "ЭЦРО")]),
    # a theme after «по теме» is no field of a body
    ("Прошло заседание методического объединения учителей истории по теме «Новые подходы».", []),
    # a dedication with initials written together
    ("Семинар прошёл в библиотеке имени М.Горького.", [("Библиотека имени М.Горького", "")]),
    # a compound place name split by a spaced dash is one name
    ("Совещание прошло в администрации Энско – Озёрского муниципального района.",
     [("Администрация Энско-Озёрского муниципального района", "")]),
    # a committee's field written with a hyphenated adjective
    ("Выступил председатель комитета по социально-экономическому развитию Законодательного Собрания Энской области.",
     [("Комитет по социально-экономическому развитию Законодательного Собрания Энской области", ""),
      ("Законодательное Собрание Энской области", "")]),
])
def test_names_written_as_real_reports_write_them(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit named by its function alone is generic, even capitalized mid-sentence
    ("В соответствии с приказом Управления образования выставка продлена.", []),
    ("Летом Методическому отделу поручили подготовить статьи.", []),
    # with the municipality it serves it is a name
    ("Источник: МКУ Отдел образования МР Энский район.", [("Отдел образования МР Энский район", "")]),
    # an acronym whose first letter is the level of the territory the name ends with
    ("Приказ отдела образования Администрации Энского района. Методист РОО провела семинар.",
     [("Отдел образования Администрации Энского района", "РОО")]),
    # a union of workers named inside its local organization is listed too
    ("Выступила председатель Энской районной организации профессионального союза работников образования "
     "Российской Федерации.",
     [("Энская районная организация профессионального союза работников образования Российской Федерации", ""),
      ("Профессиональный союз работников образования Российской Федерации", "")]),
])
def test_function_units_municipalities_and_unions(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Праздник прошёл в форме ассамблеи Петровских времён.", []),
    ("Резолюция принята Генеральной Ассамблеей ООН.", [("Генеральная Ассамблея ООН", "")]),
])
def test_an_assembly_is_a_body_when_its_head_is_capitalized(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list number glued to the name
    ("Приказываю:\n2.Департаменту образования Энской области обеспечить проведение.",
     [("Департамент образования Энской области", "")]),
    # a sentence that starts with a city's adjective names an institution
    ("Приказываю: 2. Новосибирскому институту открытого образования обеспечить проведение.",
     [("Новосибирский институт открытого образования", "")]),
    # a surname of an agency's shape is no agency
    ("Выступление руководителя ММО Миноченко М. А. касалось итогов.", []),
])
def test_orders_and_lists(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted name declined with its sentence goes back to the nominative when its adjectives prove the case
    ("Выступил главный врач ГБУЗ «Энской областной детской больницы».", [("ГБУЗ «Энская областная детская больница»", "")]),
    # near misses: a quoted name in the nominative, or one with no adjective to prove its case, stays as written
    ("Грант выделило АНО «Надежды России».", [("АНО «Надежды России»", "")]),
    ("Партнёром стало АНО «Юные таланты».", [("АНО «Юные таланты»", "")]),
])
def test_declined_quoted_names(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the legal form and a quoted acronym in brackets after a name with its city: the whole is the short name
    ("Муниципальное казённое учреждение «Энский центр развития образования» городского округа город Энск "
     "(МКУ «ЭЦРО»)\n\nОТЧЁТ\n\nМКУ «ЭЦРО» подготовило сборник.",
     [("Энский центр развития образования", "МКУ «ЭЦРО»")]),
])
def test_a_legal_form_with_a_quoted_acronym_after_the_city(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Родители посетили лаборатории центра «Точка роста».", []),
    ("Занятия провёл Центр «Вектор».", [("Центр «Вектор»", "")]),
])
def test_units_of_schools_under_national_programmes(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # venues of a territory's level in lowercase stay venues
    ("В районном доме культуры прошёл концерт.", []),
    ("В городском музее истории прошла выставка.", []),
    # other bodies of the level are named by their field
    ("Справки выдаёт районный центр занятости населения.", [("Районный центр занятости населения", "")]),
    # near misses: the regional capital, a festival
    ("Мэр областного центра вручил премии.", []),
    ("Прошёл областной фестиваль детского творчества.", []),
])
def test_territorial_level_venues_and_bodies(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # acronyms of lyceums and gymnasiums are schools
    ("Призёры: Иван Петров (ЭГЛ), Анна Орлова (РЛИ), Олег Сидоров (ЭГЛ, РЛИ).", []),
    # near miss: an institute's acronym stays an organization
    ("Курсы провёл ЭИРО. Методисты ЭИРО подвели итоги.", [("ЭИРО", "ЭИРО")]),
])
def test_school_acronyms(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region's abbreviation is part of a body's name, never an organization alone
    ("Об этом сообщает пресс-служба Министерства образования и науки ДНР. Учителя ДНР прошли курсы.",
     [("Министерство образования и науки ДНР", "")]),
    # «от имени» is on behalf of a body, not a dedication
    ("Грамоты вручены от имени Энского областного Собрания депутатов.", [("Энское областное Собрание депутатов", "")]),
])
def test_regions_and_bodies_on_whose_behalf(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short line is a list item: the next line is not part of the name
    ("Участники:\nОтдел образования Энского района\nшколы района", [("Отдел образования Энского района", "")]),
])
def test_list_lines_are_not_wrapped_prose(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agency's label before its own unquoted word; a common word after it is no name
    ("Энск, ИА Энскинфо24. Конкурс завершился.", [("ИА Энскинфо24", "")]),
    ("Об этом сообщает ИА Регнум.", [("ИА Регнум", "")]),
    ("Сообщает ИА Новости.", []),
    # church bodies: a deanery, a church named by its dedication; a church without one is a place
    ("На встречу пришли учителя Энского благочиния.", [("Энское благочиние", "")]),
    ("Лекцию прочёл сотрудник храма в честь Рождества Христова г.Энска Иван Петров.",
     [("Храм в честь Рождества Христова г.Энска", "")]),
    ("Служба прошла в храме в честь Казанской иконы Божией Матери.",
     [("Храм в честь Казанской иконы Божией Матери", "")]),
    ("Экскурсия в храм понравилась детям.", []),
    # a league of people is a body when its head is capitalized; a contest's league is not
    ("Выступили члены «Педагогической Лиги» края.", [("Педагогическая Лига", "")]),
    ("Итоги соревнований «Школьной лиги» подвели в мае.", []),
    ("Стартовала школьная шахматная лига.", []),
    # a ministry's field capitalized as a name; a unit's is still a function
    ("Проекты, подготовленные Министерством Просвещения к началу года.", [("Министерство Просвещения", "")]),
    ("Приказом Управления Образования утверждено положение.", []),
    # a body of a territory the text leaves unnamed
    ("Глава Администрации района О.Н. Петров выступил.", []),
    ("Выступил представитель администрации города Энска.", [("Администрация города Энска", "")]),
    # a palace of culture named by a quote, with its acronym; a sports palace is a venue
    ("Конференция прошла в районном Дворце культуры «Заря». Концерт подготовили сотрудники РДК «Заря».",
     [("Районный Дворец культуры «Заря»", "РДК")]),
    ("Концерт прошёл в районном Дворце культуры.", []),
    ("Соревнования прошли во Дворце спорта «Энергия».", []),
    # a byline's surname in capitals after a first name is no acronym
    ("Конкурс завершился.\nАнна ПЕТРОВСКАЯ", []),
])
def test_outlets_churches_leagues_and_unnamed_bodies(text, expected):
    assert orgs(text) == expected


def test_natasha_org_makes_no_contest_league_a_body():
    from svodka.extractors.organizations import extract_organizations
    text = "Итоги турнира. Школьная лига завершила сезон."
    start = text.index("Школьная")
    assert extract_organizations(text, ner_orgs=[(start, start + len("Школьная лига"))]) == []


@pytest.mark.parametrize("text, expected", [
    # a credit line and a site's signature glued to its paragraphs (twice at least, two words at least)
    ("Итоги подведены.\nЭнскньюс.ру по материалам отдела образования", [("Энскньюс.ру", "")]),
    ("Победил Петров.Энский Вестник\nВторой стала Орлова.Энский Вестник", [("Энский Вестник", "")]),
    ("Победил Петров.Энский Вестник\nВторой стала Орлова.", []),
    ("1 место – гимназия, г.Энск\n2 место – лицей, г.Энск", []),
    # a church body at a line's start, where a capital proves nothing
    ("Энское благочиние • Энск\nСостоялось совещание учителей.", [("Энское благочиние", "")]),
    ("Наше благочиние провело встречу.", []),
    # a unit of several fields is the territory's one; of one field it is named by its function only
    ("Специалисты отдела дошкольного и общего образования провели семинар.",
     [("Отдел дошкольного и общего образования", "")]),
    ("Грамоты вручил департамент образования, науки и молодежной политики.",
     [("Департамент образования, науки и молодежной политики", "")]),
    ("Специалисты отдела образования провели семинар.", []),
])
def test_credit_lines_signatures_church_bodies_and_units_of_several_fields(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text", [
    "Документы принимает отдел опеки и попечительства.",
    "Справки выдаёт управление опеки и попечительства.",
])
def test_a_unit_of_one_function_in_two_words_is_no_name(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, expected", [
    # the person after a body is no part of its name: a first name pymorphy3 ranks below a noun, a church title
    ("Итоги подвёл глава Минобразования и науки края Роман Орлов.", [("Минобразования и науки края", "")]),
    ("Приветствие зачитал руководитель Отдела религиозного образования и катехизации в ЭР иерей Иван Петров.",
     [("Отдел религиозного образования и катехизации", "")]),
    ("Выступил начальник Управления образования Энского района Петров Иван Иванович.",
     [("Управление образования Энского района", "")]),
])
def test_a_body_ends_before_the_person_after_it(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a school's own club or society, a society of pupils, a bank of tasks, a back-reference: no organization
    ("Школьный спортивный клуб «Олимп» провёл турнир.", []),
    ("Выступили члены Школьного научного общества «Поиск».", []),
    ("Работы подготовили члены Научного общества учащихся «Эврика».", []),
    ("Задания взяты из открытого банка заданий ЭИРО.", [("ЭИРО", "ЭИРО")]),
    ("Наш Центр провёл семинар для учителей.", []),
    # near misses: a bank and a sports club of a city are organizations
    ("Поддержку оказал Банк развития Энского края.", [("Банк развития Энского края", "")]),
    ("Турнир провёл Энский городской спортивный клуб «Олимп».", [("Энский городской спортивный клуб «Олимп»", "")]),
])
def test_a_schools_own_groups_and_collections_are_no_organizations(text, expected):
    assert orgs(text) == expected
