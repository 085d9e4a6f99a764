"""City names: any inflected form to the nominative, and whether a word is a city at all.

A word list (`extractors/data/cities.txt`) tells cities from districts and
regions («Междуреченск» is a city, «Центральный» a district, «Кузбасс» a
region); pymorphy3 brings inflected forms back to the nominative, part by part
for hyphenated names («Ленинск-Кузнецкого» → «Ленинск-Кузнецкий»).
"""
from __future__ import annotations

import functools
import itertools
import re

from svodka.normalizers.wordlists import data_lines


HYPHEN_DASH = re.compile(r"(?<=[а-яё])–(?=[А-ЯЁ])")
# Endings of Russian town names, for toponyms that are not in the list.
TOWN_ENDINGS = re.compile(r"(?:ск|цк|ово|ево|ино|ыно|град|горск|поль|бург|ы|и)$")
PARTS = re.compile(r"([\s-]+)")
CITY_WORD = re.compile(r"^(?:г\.|гор\.|город)\s*")
# Suffixes that make a city adjective: «самар|ский», «липе|цкий», «твер|ской», «костром|ской».
ADJECTIVE_SUFFIXES = ("ский", "цкий", "ской", "цкой")
# Links between a city's stem and the adjective suffix: «барнаул|ь|ский»; after a vowel-final name
# also «чит|ин|ский», «пенз|ен|ский», «уф|им|ский».
ADJECTIVE_LINKS = ("", "ь", "ин", "ен", "им")
# The stem of an adjective as written: «самар|ск|их», «липе|цк|ого», «твер|ск|ой».
ADJECTIVE_FORM = re.compile(r"^([а-я-]+?)(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ую|ым|ом|им|их|ими|ых|ей)$")
LABIAL_L = re.compile(r"(?<=[бвпмф])л$")  # «Ярославль» → «ярослав|ский»
VOWEL_END = re.compile(r"[аяоыиеёь]$")


from svodka.normalizers.morph import known as _known, parses as _parses  # noqa: F401


def _key(text: str) -> str:
    return " ".join(str(text).lower().replace("ё", "е").replace("–", "-").split())


def _entries() -> list[tuple[str, bool]]:
    """(city, context-only) pairs of the list; see the list's header for `context`."""
    out = []
    for line in data_lines("cities.txt"):
        name, _, flag = line.partition("\t")
        out.append((name.strip(), flag.strip() == "context"))
    return out


@functools.lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """Normalized key → the city as written in the list."""
    return {_key(name): name for name, _context in _entries()}


@functools.lru_cache(maxsize=1)
def context_only() -> frozenset[str]:
    """Keys of the cities that are also common words or names: a city only where the context says so."""
    return frozenset(_key(name) for name, context in _entries() if context)


def adjective_stems(city: str) -> set[str]:
    """Stems the adjective of a city may have before «-ский/-цкий/-ской», by the regular suffix rules.

    >>> sorted(adjective_stems("Омск")), "вологод" in adjective_stems("Вологда"), "ярослав" in adjective_stems("Ярославль")
    (['ом', 'омь'], True, True)
    """
    name = _key(city).replace("ё", "е")
    name = name.split("-на-")[0]  # «Ростов-на-Дону» → «ростовский»
    links = ADJECTIVE_LINKS if VOWEL_END.search(name) and not name.endswith("ь") else ADJECTIVE_LINKS[:2]
    if name.endswith(("ск", "цк")):
        bases = {name[:-2]}
    elif VOWEL_END.search(name):
        bases = {name, name[:-1]}
    else:
        bases = {name}
    for base in list(bases):
        bases.add(LABIAL_L.sub("", base))
        if re.search(r"[бвгдзклмнпрстфхцчшщ]{2}$", base):  # «москв|а» → «моск|о|вский», «вологд|а» → «вологод»
            bases.add(base[:-1] + "о" + base[-1])
        if base.endswith("г"):
            bases.add(base[:-1] + "ж")  # «Калуга» → «калужский»
    return {base + link for base in bases if base for link in links}


@functools.lru_cache(maxsize=1)
def _adjective_index() -> dict[str, str]:
    """Adjective stem → key of the city it is made from (the first listed city wins a shared stem)."""
    index: dict[str, str] = {}
    for name, _context in _entries():
        for stem in adjective_stems(name):
            index.setdefault(stem, _key(name))
    return index


@functools.lru_cache(maxsize=8192)
def _nominatives(part: str, geox_only: bool) -> tuple[str, ...]:
    """Nominative candidates of one word of a name, most likely first."""
    out = []
    for parse in _parses(part)[:4]:
        if geox_only and "Geox" not in parse.tag:
            continue
        nominative = parse.inflect({"nomn"}) if "plur" in parse.tag else None  # «Челнах» → «челны»
        for form in (parse.normal_form, nominative.word if nominative else ""):
            if form and form not in out:
                out.append(form)
    return tuple(out)


# «Нижний Ломов», «Старый Оскол»: a town named by an adjective and a noun, both in the nominative.
ADJECTIVE_TOWN = re.compile(r"[А-ЯЁ][а-яё]+(?:ий|ый|ой|ая|ое|ие|ые) [А-ЯЁ][а-яё]+")


def _title(name: str) -> str:
    return "".join(p if PARTS.fullmatch(p) or p in ("на", "де") else p[:1].upper() + p[1:]
                   for p in PARTS.split(name))


@functools.lru_cache(maxsize=8192)
def city_nominative(word: str, loose: bool = False) -> str:
    """The city a word names, in the nominative; "" when it is not a city.

    `loose` also accepts toponyms missing from the list, for contexts that
    already say «город» («г. Абинска»).

    >>> city_nominative("Междуреченска")
    'Междуреченск'
    >>> city_nominative("Ленинск-Кузнецкого")
    'Ленинск-Кузнецкий'
    >>> city_nominative("Красноярске")
    'Красноярск'
    >>> city_nominative("Центральный"), city_nominative("Кузбасса"), city_nominative("г. Мыски")
    ('', '', 'Мыски')
    >>> city_nominative("Абинска"), city_nominative("Абинска", loose=True)
    ('', 'Абинск')
    >>> city_nominative("Комсомольска-на-Амуре"), city_nominative("Ростова-на-Дону")
    ('Комсомольск-на-Амуре', 'Ростов-на-Дону')
    """
    word = " ".join(str(word).strip(" \t.,;:«»\"()").split())
    word = HYPHEN_DASH.sub("-", word)  # «Улан–Удэ»: a hyphen typeset as a dash
    loose = loose or bool(CITY_WORD.match(word))
    word = CITY_WORD.sub("", word)
    if not word or not word[0].isupper():
        return ""
    table, context = cities(), context_only()
    if _key(word) in table:
        return table[_key(word)] if loose or _key(word) not in context else ""
    pieces = PARTS.split(word)
    words = pieces[::2]
    if len(words) > 4:
        return ""
    # each part in the nominative, or as written («Комсомольска-на-Амуре»: «Амуре» stays)
    options = [list(dict.fromkeys([*_nominatives(w, geox_only=False), w.lower()])) for w in words]
    for combo in itertools.islice(itertools.product(*options), 64):
        joined = "".join(combo[i // 2] if i % 2 == 0 else pieces[i] for i in range(len(pieces)))
        if _key(joined) in table and (loose or _key(joined) not in context):
            return table[_key(joined)]
    if loose and len(words) == 2 and ADJECTIVE_TOWN.fullmatch(word) and \
            any({"ADJF", "nomn"} <= p.tag.grammemes for p in _parses(words[0])[:3]):
        return _title(word)  # «г. Нижний Ломов»: an adjective and a noun in the nominative after «г.»
    if loose and len(words) == 1:  # «г. Инты», «г. Шумерля», «г. Болхова»: the context says it is a town
        if REGION_NAME.search(word.lower()):
            return ""  # «городов Тамбовщины»: a region's colloquial name
        if town := unknown_town(word):
            return town
        found = _parses(words[0])[:3]
        if found and all({"Name", "Patr"} & p.tag.grammemes for p in found):
            return ""  # «администрации города Анной Зориной»: a person's first name, no town
        for parse in found:
            if {"Geox", "NOUN"} <= parse.tag.grammemes and not parse.normal_form.endswith("ия"):  # not «Хакасия»
                return _title(parse.normal_form)
        adjective = next((p for p in found if p.tag.POS == "ADJF" and {"sing", "masc"} <= p.tag.grammemes
                          and not p.normal_form.endswith(("альный", "ионный", "ственный", "ческий"))), None)
        if adjective and not any(p.tag.POS == "NOUN" for p in found) and not city_of_adjective(word, loose=True):
            # «г. Мирный», «г. Удачного»; not «Междуреченского» (городского округа), the adjective of a city
            form = adjective.inflect({"nomn", "masc", "sing"}) if "nomn" not in adjective.tag else None
            return _title(form.word) if form else word
        noun = next((p for p in found if p.tag.POS == "NOUN" and "plur" not in p.tag), None)
        common = not noun or (_known(words[0].lower())
                              and not {"Surn", "Name"} & noun.tag.grammemes)
        if noun and not common and not noun.normal_form.endswith("ия") and \
                (TOWN_ENDINGS.search(noun.normal_form) or len(word) > 4):
            return _title(noun.normal_form)  # a name pymorphy3 does not know as a common word («Шумерля»)
        return ""
    if loose and " " not in word and any("nomn" in p.tag for p in _parses(words[-1])[:2]):
        return word  # «городского округа Спасск-Дальний»: a hyphenated name written in the nominative
    return ""


@functools.lru_cache(maxsize=4096)
def city_of_adjective(word: str, loose: bool = False) -> str:
    """The listed city an adjective is made from («Самарский», «самарских» → Самара); "" when none.

    pymorphy3 gives the adjective's lemma; its stem before «-ский/-цкий/-ской» is looked up among
    the stems the suffix rules make from every listed city (`adjective_stems`). Cities that are also
    words or names (Киров → «Кировский район») count only when `loose` (the context says «городской округ»).

    >>> city_of_adjective("Междуреченского"), city_of_adjective("Беловский"), city_of_adjective("Новокузнецкого")
    ('Междуреченск', 'Белово', 'Новокузнецк')
    >>> city_of_adjective("самарских"), city_of_adjective("Тверской"), city_of_adjective("Вологодского")
    ('Самара', 'Тверь', 'Вологда')
    >>> city_of_adjective("Центральный"), city_of_adjective("Кировский"), city_of_adjective("Кировского", loose=True)
    ('', '', 'Киров')
    """
    table, context, index = cities(), context_only(), _adjective_index()
    surface = ADJECTIVE_FORM.match(word.lower().replace("ё", "е"))
    if not surface or surface.group(1) not in index:
        return ""  # cheap test before pymorphy3: no listed city has this stem
    for parse in _parses(word)[:3]:
        if "ADJF" not in parse.tag:
            continue
        normal = parse.normal_form.replace("ё", "е")
        for suffix in ADJECTIVE_SUFFIXES:
            key = index.get(normal[: -len(suffix)]) if normal.endswith(suffix) else None
            if key and (loose or key not in context):
                return table[key]
    return ""


# A town's people: the noun's suffix, then what the town's name adds to the stem («курганец» ← Курган,
# «челябинец» ← Челябинск, «томич» ← Томск, «кемеровчанин» ← Кемерово, «пермяк» ← Пермь, «москвич» ← Москва).
# the suffix and the fewest letters of the noun with it: «борец», «отец», «купец» are no town's people; «омич» is
DEMONYM_SUFFIXES = {"чанин": 8, "янин": 7, "анин": 7, "ец": 6, "ич": 4, "як": 5}
DEMONYM_ENDINGS = ("", "ск", "о", "ь", "а")


@functools.lru_cache(maxsize=4096)
def city_of_demonym(word: str) -> str:
    """The listed city whose people a noun names («трое курганцев» → Курган); "" when none.

    >>> city_of_demonym("курганцев"), city_of_demonym("томичи"), city_of_demonym("иркутяне"), city_of_demonym("борцы")
    ('Курган', 'Томск', 'Иркутск', '')
    """
    table, context = cities(), context_only()
    for parse in _parses(word)[:2]:
        normal = parse.normal_form.replace("ё", "е")
        if parse.tag.POS != "NOUN" or "anim" not in parse.tag:
            continue
        for suffix, shortest in DEMONYM_SUFFIXES.items():
            if normal.endswith(suffix) and len(normal) >= shortest:
                stem = normal[: -len(suffix)]
                key = next((stem + e for e in DEMONYM_ENDINGS if stem + e in table and stem + e not in context), None)
                if key:
                    return table[key]
    return ""


MUNICIPALITY = re.compile(r"^(?P<adj>[А-ЯЁ][\w-]+)\s+(?:городск\w*\s+округ\w*|ГО)\b")


def city_of_place(text: str) -> str:
    """The city a place phrase names: «г. Междуреченск», «Мысков», «Беловского городского округа».

    >>> city_of_place("г. Междуреченск"), city_of_place("Междуреченского городского округа"), city_of_place("Центральный")
    ('Междуреченск', 'Междуреченск', '')
    >>> city_of_place("с. Каменка"), city_of_place("пгт Новая Игирма")
    ('Каменка', 'Новая Игирма')
    """
    text = " ".join(str(text or "").split())
    if settlement := SETTLEMENT_PLACE.fullmatch(text):
        return settlement_nominative(settlement.group("name"))
    municipality = MUNICIPALITY.match(text)
    if municipality:
        word = municipality.group("adj")
        return city_nominative(word, loose=True) or city_of_adjective(word, loose=True)
    return city_nominative(text)


def is_city(label: str) -> bool:
    """True when a table row label or a heading names a known city.

    >>> is_city("Междуреченск"), is_city("Центральный"), is_city("ИТОГО")
    (True, False, False)
    """
    return bool(city_of_place(label))


# A settlement named by its kind: «с. Берёзовка», «п. Новая Игирма», «пос. Тайтурка», «пгт Чунский», «ст. Коршуниха»,
# «д. Каменка», «рп Кузоватово», «а. Агуй-Шапсуг» (аул), «с.п. Малка», «г.п. Энское» (a rural or urban поселение). A dot is required after the one-letter kinds: «с» and «д» alone are other words.
# Not after a number: «240 с. Иванов» is a page count before the next reference's author.
# The kind also written as a word: «станицы Зольской», «в селе Атрать», «посёлка Опытный», «деревни Каменки».
# SETTLEMENT_KIND is the prefix without that guard, for the place right after a school («СОШ № 1 с. Мраково»).
SETTLEMENT_KIND = (r"(?:(?:с|п|пос|ст|д|дер|х|а|рп|р\.[ \u00a0]?п|[сг]\.[ \u00a0]?п)\.|(?:пгт|рп)\.?"
                   r"|(?:сел(?:о|а|е|у|ом)|пос[её]лк(?:а|е|у|ом)|пос[её]лок|деревн(?:я|и|е|ю|ей)|станиц(?:а|ы|е|у|ей)"
                   r"|хутор(?:а|е|у|ом)?|аул(?:а|е|у|ом)?)(?![\w-]))[ \u00a0]*")
SETTLEMENT_PREFIX = r"(?<![\w.-])(?<!\d )(?<!\d\u00a0)" + SETTLEMENT_KIND
# «п. Положения», «ст. Закона»: an item or an article of a legal act, not a place.
LEGAL_ACTS = r"(?:Положени|Закон|Устав|Приказ|Порядк|Регламент|Правил|Программ|Постановлени|Распоряжени|Конституци" \
             r"|Кодекс|Договор|Соглашени|Федеральн|Указ|План)"
SETTLEMENT_NAME = (rf"(?!{LEGAL_ACTS})[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
                   r"(?:[ \u00a0]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)?")
# Districts of a city, not municipalities: «МБОУ «СОШ № 12» Ленинского района» is in the report's city.
URBAN_DISTRICT = re.compile(
    r"^(?:Центральн|Ленинск|Кировск|Советск|Октябрьск|Заводск|Железнодорожн|Фрунзенск|Калининск|Московск|Промышленн"
    r"|Красноармейск|Куйбышевск|Орджоникидзевск|Дзержинск|Индустриальн|Свердловск|Первомайск|Пролетарск|Приволжск"
    r"|Вахитовск|Авиастроительн|Адмиралтейск|Ворошиловск|Тракторозаводск|Краснооктябрьск|Коминтерновск"
    r"|Северн|Южн|Восточн|Западн|Правобережн|Левобережн|Нагорн|Заречн|Новозаводск|Чкаловск|Привокзальн)")


def _nominative_word(word: str, adjective: bool) -> str:
    """One word of a place name in the nominative, capitalized as written.

    A word that can be read as a nominative stays as written («Мраково», «Юмагузино»: pymorphy3 also
    guesses a short adjective there); a lone adjective is a name too («станицы Зольской» → «Зольская»).
    """
    found = _parses(word)[:4]
    if any({"nomn", "sing"} <= p.tag.grammemes and ("ADJF" in p.tag) == adjective for p in found) or \
            not adjective and re.search(r"(?:ово|ево|ино|ыно|ёво)$", word):
        return word
    if not adjective and found and not any(p.tag.POS == "NOUN" for p in found):
        return word  # «с. Ведено»: pymorphy3 reads only a verb form, so the name is indeclinable, as written
    for parse in sorted(found, key=lambda p: ("ADJF" in p.tag) != adjective):  # the right part of speech first
        if "ADJS" in parse.tag:
            continue
        form = parse.inflect({"nomn"})
        return _title(form.word) if form else word
    return word


# The gender of a settlement's kind, which a name that is a lone adjective agrees with («станицы Луговой» →
# «Луговая», «посёлка Опытного» → «Опытный», «села Луговое»).
SETTLEMENT_GENDERS = (("станиц", "femn"), ("ст", "femn"), ("деревн", "femn"), ("дер", "femn"), ("д", "femn"),
                      ("сел", "neut"), ("с", "neut"), ("пос", "masc"), ("п", "masc"), ("р", "masc"), ("х", "masc"),
                      ("аул", "masc"))


def settlement_nominative(phrase: str, kind: str = "") -> str:
    """The settlement a name after «с.», «п.», «ст.» (its `kind`) names, nominative; a second word only after
    an adjective.

    >>> settlement_nominative("Берёзовка Нижнеилимского"), settlement_nominative("Новой Игирмы")
    ('Берёзовка', 'Новая Игирма')
    >>> settlement_nominative("Коршуниха"), settlement_nominative("Каменки")
    ('Коршуниха', 'Каменка')
    >>> settlement_nominative("Луговой", "станицы "), settlement_nominative("Псынадаха", "с.п. ")
    ('Луговая', 'Псынадаха')
    """
    words = " ".join(str(phrase or "").split()).split(" ")
    if not words[0]:
        return ""
    adjective = len(words) > 1 and any("ADJF" in p.tag for p in _parses(words[0])[:2]) and \
        not any("ADJF" in p.tag for p in _parses(words[1])[:2])  # «с. Красногвардейского Красногвардейского района»
    low = kind.strip().lower()
    gender = next((g for prefix, g in SETTLEMENT_GENDERS if low.startswith(prefix)), "") if low else ""
    if not adjective and gender and all("ADJF" in p.tag for p in _parses(words[0])[:3]):
        return _adjective_nominative(words[0], gender)
    if not adjective and low.endswith(".") and not _known(words[0].lower()):
        return words[0]  # «с.п. Псынадаха»: after an abbreviated kind a name pymorphy3 only guesses stays as written
    if not adjective:
        return _nominative_word(words[0], adjective=False)
    return f"{_nominative_word(words[0], adjective=True)} {_nominative_word(words[1], adjective=False)}"


def _adjective_nominative(word: str, gender: str) -> str:
    """A lone adjective as a name, in the nominative of `gender`, spelled as written (е stays е)."""
    found = _parses(word)[:6]
    if any({"nomn", gender} <= p.tag.grammemes for p in found) or \
            not any(gender in p.tag for p in found) and any("nomn" in p.tag for p in found):
        return word  # «д. Воскресенское» has no feminine reading: it is written in the nominative
    for parse in sorted(found, key=lambda p: gender not in p.tag):
        if "ADJF" in parse.tag and (form := parse.inflect({"nomn", gender, "sing"})):
            name = _title(form.word)
            return name if "ё" in word.lower() else name.replace("ё", "е")
    return word


SETTLEMENT_PLACE = re.compile(SETTLEMENT_PREFIX + rf"(?P<name>{SETTLEMENT_NAME})")


# A municipality named by its adjective and its kind, in any case: «Цивильский район», «в Северском районе»,
# «Кунгурского муниципального округа», «Заводоуковский городской округ»; in Tuva a «кожуун», in Yakutia a «улус»
# («Чаа-Хольского кожууна», «Мегино-Кангаласского улуса»). Plurals («районов») list several.
MUNICIPALITY_KIND = (r"(?:муниципальн(?:ый|ого|ом|ому|ым)[ \u00a0]+(?:район|округ)"
                     r"|городск(?:ой|ого|ом|ому|им)[ \u00a0]+округ|район|р-н|кожуун|улус)(?:а|е|у|ом)?(?![\w-])")  # «р-на»
# «… района Санкт-Петербурга», «… района г. Москвы»: the city a district's name is followed by.
CITY_OF_DISTRICT = re.compile(r"[ \u00a0]+(?P<g>г\.[ \u00a0]*)?(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")
MUNICIPALITY_PHRASE = re.compile(  # «Казачинско – Ленского»: a hyphen written as a spaced dash too
    r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]*(?:(?:-|(?<=о)[ \u00a0]?[–-][ \u00a0]?)[А-ЯЁа-яё][а-яё]+)*"
    r"(?:ий|ый|ой|ого|его|ом|ем|ому|ему|им|ым))"
    rf"[ \u00a0]+(?P<kind>{MUNICIPALITY_KIND})")


def municipality_nominative(adjective: str, kind: str) -> str:
    """A municipality as the text names it, nominative: («Степновского», «муниципального района») →
    «Степновский муниципальный район»; «городской округ» named by a city's own name is that city.

    A city's district («Ленинского района») is no municipality: "" unless «муниципального» says otherwise.

    >>> municipality_nominative("Северском", "районе"), municipality_nominative("Кунгурского", "муниципального округа")
    ('Северский район', 'Кунгурский муниципальный округ')
    >>> municipality_nominative("Уссурийского", "городского округа"), municipality_nominative("Ленинского", "района")
    ('Уссурийский городской округ', '')
    >>> municipality_nominative("Ленинск-Кузнецкого", "городского округа")
    'Ленинск-Кузнецкий'
    """
    kind = kind.lower()
    adjective = re.sub(r"[ \u00a0]?[–-][ \u00a0]?", "-", adjective)
    label = ("муниципальный район" if kind.startswith("муниципальн") and "район" in kind else
             "муниципальный округ" if kind.startswith("муниципальн") else
             "городской округ" if kind.startswith("городск") else
             "кожуун" if kind.startswith("кожуун") else "улус" if kind.startswith("улус") else "район")
    if label == "район" and URBAN_DISTRICT.match(adjective):
        return ""
    found = _parses(adjective)[:4]
    for parse in sorted(found, key=lambda p: "Geox" not in p.tag):  # «Волгодонского»: the place's «-ской» first
        if "ADJF" in parse.tag and (form := parse.inflect({"nomn", "masc", "sing"})) or \
                (form := _surname_adjective(parse)):
            name = _title(form.word)
            if not re.search(r"(?:ск|цк|н)(?:ий|ой|ый)$", name):
                return ""  # «Нашего района», «Этого района»: no municipality's name
            if label == "городской округ" and _key(name) in cities():
                return cities()[_key(name)]  # «Ленинск-Кузнецкий городской округ» is the city
            if name.endswith("ий") and _key(stressed := name[:-2] + "ой") in cities():
                name = stressed  # «Полевского городского округа»: the town is Полевской, so is its okrug
            return f"{name} {label}"
    return ""


def _surname_adjective(parse):
    """The masculine nominative of a district adjective pymorphy3 knows only as a surname («Веденского» района →
    «Веденский»), else None."""
    if "Surn" in parse.tag and "masc" in parse.tag and re.search(r"(?:ск|цк)(?:ий|ой)$", parse.normal_form):
        return parse.inflect({"nomn", "sing"})
    return None


def district_nominative(adjective: str, municipal: bool = False) -> str:
    """«Кондопожского» (of «… района») → «Кондопожский район»: a municipal district as a place.

    A name typical of a city's district («Ленинского района») gives "" unless «муниципального» says otherwise.

    >>> district_nominative("Кондопожского"), district_nominative("Нижнеилимском"), district_nominative("Ленинского")
    ('Кондопожский район', 'Нижнеилимский район', '')
    """
    if URBAN_DISTRICT.match(adjective) and not municipal:
        return ""
    for parse in _parses(adjective)[:4]:
        if "ADJF" in parse.tag and (form := parse.inflect({"nomn", "masc", "sing"})) or \
                (form := _surname_adjective(parse)):
            return f"{_title(form.word)} район"
    return ""


def okrug_nominative(adjective: str) -> str:
    """An autonomous okrug from its adjective in any case: «Ненецкого» → «Ненецкий автономный округ».

    >>> okrug_nominative("Ненецкого"), okrug_nominative("Ханты-Мансийский")
    ('Ненецкий автономный округ', 'Ханты-Мансийский автономный округ')
    """
    name = " ".join(_nominative_word(part, adjective=True) for part in adjective.split("-"))
    return name.replace(" ", "-") + " автономный округ"


def written_as_adjective(word: str, following: str) -> bool:
    """Whether a city-like word is a city adjective here: «в Петрозаводском государственном университете».

    pymorphy3 also reads «Петрозаводском» as the city in the instrumental; before a lower-case word the
    adjective is meant (a university, a district), which says less about the report's city than «в Петрозаводске».

    >>> written_as_adjective("Петрозаводском", " государственном"), written_as_adjective("Петрозаводске", " прошёл")
    (True, False)
    """
    surface = ADJECTIVE_FORM.match(word.lower().replace("ё", "е"))
    if not surface or not re.match(r"[ \u00a0]+[а-яё]", following):
        return False
    return any("ADJF" in p.tag for p in _parses(word)[:4])


def surname_stems(surnames) -> frozenset[str]:
    """Stems of the people's surnames in a document («Иванова» → «иванов»): a word of that stem there is the
    person, no place («Иванова Мария» is no vote for Иваново; «школы № 5 Иванова» is no school of Иваново).

    >>> sorted(surname_stems(["Иванова", "Петров", "Ли"]))
    ['иванов', 'петров']
    """
    stems = set()
    for surname in surnames:
        low = str(surname or "").lower().replace("ё", "е")
        if len(low) > 3:
            stems.add(low[:-1] if low.endswith(("а", "я")) else low)
    return frozenset(stems)


def is_surname(word: str, stems) -> bool:
    """Whether a word is one of the `surname_stems` in some case («Ивановой», «Иваново» for «Иванова»).

    >>> is_surname("Иваново", surname_stems(["Иванова"])), is_surname("Кемерово", surname_stems(["Иванова"]))
    (True, False)
    """
    low = word.lower().replace("ё", "е")
    return any(low.startswith(stem) and len(low) - len(stem) <= 3 for stem in stems)


@functools.lru_cache(maxsize=64)  # once per document and city (a str caches its hash)
def names_city(text: str, city: str) -> bool:
    """Whether the text names a city as a noun in some case («Северодвинска», «в Вологде»), not only by its
    adjective («Северодвинская гимназия» alone does not say the school is in Северодвинск).

    >>> names_city("гимназии г. Северодвинска", "Северодвинск"), names_city("Северодвинская гимназия", "Северодвинск")
    (True, False)
    >>> names_city("в Вологде и Твери", "Вологда"), names_city("в Твери", "Тверь")
    (True, True)
    """
    parts = city.split("-")
    last = parts[-1]
    stem, endings = (last[:-1], "а|ы|е|у|ой|ою|и") if VOWEL_END.search(last) else (last, "а|у|е|ом|ы|ах|и|ью|ь")
    head = "".join(re.escape(p) + r"\w*-" for p in parts[:-1])
    return bool(re.search(rf"(?<![\w-]){head}{re.escape(stem)}(?:{endings})?(?![\w-])", text, re.IGNORECASE))


NOT_TOWNS = frozenset(data_lines("not_towns.txt"))
# A region's colloquial name: «Тамбовщина», «Смоленщины», «Брянщине».
REGION_NAME = re.compile(r"щин[аыеуой]{1,2}$")
# The genitive of a town in «-ск», «-град», «-бург» that pymorphy3 does not know: «Заречинска», «Новоозёрска».
UNKNOWN_TOWN = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)*(?:ск|цк|град|бург)а")
# … and of a town in «-а» («Нарткалы» of «Нарткала»): a hard consonant before «-ы» (after г, к, х, ж, ш, ч, щ the
# genitive ends in «-и», which a plural town name shares: «Мыски»).
UNKNOWN_FEMININE = re.compile(r"[А-ЯЁ][а-яё]{3,}[бвдзлмнпрстф]ы")


def unknown_town(word: str) -> str:
    """The nominative of a town pymorphy3 does not know, written in the genitive after a school's number or «г.»
    («лицея № 4 Заречинска» → «Заречинск»); "" for a known word or another shape.

    >>> unknown_town("Заречинска"), unknown_town("Минска"), unknown_town("Заречинск"), unknown_town("Новая")
    ('Заречинск', '', '', '')
    >>> unknown_town("Нарткалы"), unknown_town("Мыски"), unknown_town("Работы")
    ('Нарткала', '', '')
    """
    if _known(word.lower()):
        return ""
    if UNKNOWN_FEMININE.fullmatch(word) and not REGION_NAME.search(word.lower()):
        return word[:-1] + "а"
    if not UNKNOWN_TOWN.fullmatch(word):
        return ""
    return word[:-1]


def geox_town(word: str, case: str = "gent") -> str:
    """A town pymorphy3 knows as a place but the list does not, named in the genitive singular («Губахи» →
    «Губаха», «Очёра» → «Очёр»; a plural-only name: «Сухиничей»; `case` "loct" for «в Омутнинске»), for places
    whose position already says they are places; regions, rivers and parts of the world (`data/not_towns.txt`) and surnames or first names are not
    towns.

    >>> geox_town("Губахи"), geox_town("Кузбасса"), geox_town("Петрова"), geox_town("Сибири")
    ('Губаха', '', '', '')
    >>> geox_town("Заречинска"), geox_town("Омутнинске", "loct"), geox_town("Кузбассе", "loct")
    ('Заречинск', 'Омутнинск', '')
    >>> geox_town("Сухиничей")  # a plural-only name
    'Сухиничи'
    """
    if not word[:1].isupper() or " " in word:
        return ""
    if case == "gent" and (town := unknown_town(word)):
        return town
    for parse in _parses(word)[:3]:
        tags = parse.tag.grammemes
        if {"Geox", "NOUN", case} <= tags and ("sing" in tags or "Pltm" in tags) and not {"Surn", "Name", "Patr"} & tags \
                and parse.normal_form not in NOT_TOWNS and not parse.normal_form.endswith(("ия", "ье")):
            return _title(parse.normal_form)
    return ""


def listed_city(word: str) -> str:
    """A city of the list in any case, also one that is a common word too («Находки» → «Находка»): for places
    whose position already says they are places (a genitive right after a school's number); "" otherwise.

    >>> listed_city("Находки"), listed_city("Владивостока"), listed_city("Петрова")
    ('Находка', 'Владивосток', '')
    """
    city = city_nominative(word, loose=True)
    return city if _key(city) in cities() else ""
