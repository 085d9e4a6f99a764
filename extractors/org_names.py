"""Judging and naming organization candidates.

Whether a phrase is a name and not a generic mention (`is_named`: a capital
past its first word, a quote, an acronym), its nominative (`normalize`), and
when two mentions are one organization (`same_org`, `key_tokens`,
`shorts_differ`).
"""
from __future__ import annotations

import re

from svodka.extractors.org_words import (
    ADMIN_UNITS, CHURCH_BODIES, CITY_TAIL, COUNTRY, EVENT_HEADS, FUNCTION_UNITS, GATHERINGS, GENERIC_HEADS, HOUSE_OF, INFORMAL_KINDS,
    PART_KINDS, REGION_ABBR, STAFF, SUBUNITS, SWALLOWED_KINDS, TERRITORY_HEADS, TERRITORY_STATUS, UNIONS, VENUE_KINDS,
    compound_first, is_field, is_legal_form, kind_of, known_body, stop_abbr)
from svodka.extractors.people import is_role_word, is_title_word, lemma
from svodka.extractors.models import parses
from svodka.normalizers.cities import city_of_adjective
from svodka.normalizers.morph import known
from svodka.normalizers.names import fold, is_given_name
from svodka.normalizers.orgs import expands, is_acronym, nominative_org


def is_named(text: str, cand: dict) -> bool:
    """Something in the phrase makes it a name, not a generic mention."""
    phrase = text[cand["start"]:cand["end"]]
    if cand["source"] in ("form", "agency", "acronym", "people", "outlet", "known"):
        return True
    words = phrase.split()
    if cand.get("kind") in GATHERINGS and words[min(cand.get("head", 0), len(words) - 1)].strip("«")[:1].islower():
        return False  # «в форме ассамблеи Петровских времён», «турнир «Школьной лиги»»: a gathering or a contest;
        # «Генеральная Ассамблея ООН» is a body
    if "«" in phrase:
        return True
    lemmas = [lemma(w.strip("«»,").lower()) for w in words]
    if any(w in UNIONS for w in lemmas) or any(a == "союз" and b == "работник" for a, b in zip(lemmas, lemmas[1:])):
        return True  # «районная организация профсоюза работников образования»: a trade union's name
    if cand.get("kind") in GENERIC_HEADS:
        return False
    if any(a in SWALLOWED_KINDS and b in TERRITORY_HEADS for a, b in zip(lemmas[1:], lemmas[2:])):
        return True  # «отдел образования ... администрации района»: a body of a territory's administration
    head = cand.get("head", 0)
    if "Apro" in parses(lemmas[0])[0].tag:
        return False  # «Наш Центр», «Данный фонд»: a back-reference
    if cand.get("kind") in CHURCH_BODIES and head == 1 and words[0][:1].isupper() and "Apro" not in parses(
            lemmas[0])[0].tag:
        return True  # «Энское благочиние»
    if cand.get("kind") == "министерство" and len(lemmas) > head + 2 and lemmas[-1] in TERRITORY_HEADS - LOCAL_TERRITORIES:
        return True  # «министерства образования республики»: the one ministry of the text's own region
    if lemmas[0] in TERRITORY_STATUS and head < len(lemmas) and (lemmas[head] == "дума" or "депутат" in lemmas[head + 1:head + 3]):
        return True  # «городской совет депутатов», «окружная Дума»: the territory's own legislature
    if lemmas[0] in TERRITORY_STATUS and cand.get("kind") not in ADMIN_UNITS | VENUE_KINDS and len(words) > head + 1 \
            and is_field(words[head + 1]) and lemmas[head + 1] not in HOUSE_OF:  # «районный дом культуры»: a venue
        return True  # «краевой институт развития образования»: the one of the territory, named by its field
    if cand.get("kind") in EVENT_HEADS and lemma(words[-1].lower()) == cand["kind"]:
        return False  # «Координационный совет», «Общее собрание»: a body of something unnamed
    if cand.get("kind") in EVENT_HEADS and members_only(words):
        return False  # «Совет отцов», «Совет старшеклассников»: a council of a group, of no body or place named
    if any(is_acronym(w) and not stop_abbr(w) for w in words):
        return True
    if any(w.strip(",.;") in REGION_ABBR for w in words[1:]):
        return True  # «Министерство ЧР по делам молодёжи», «министерства образования КЧР»: a region's body
    if any(w[:1].isupper() and not stop_abbr(w) or re.fullmatch(r"г\.[А-ЯЁ][а-яё-]+", w) for w in words[1:]):
        return True  # a capital past the first word, «г.Энска» too
    before = text[max(0, cand["start"] - 6):cand["start"]]
    sentence_start = re.search(r"[.!?\n:;]\s*$", before) is not None or not before.strip() and cand["start"] <= 6
    first = words[0].strip("«»")
    proper = not sentence_start or not known(first.lower()) or bool(city_of_adjective(first))
    branch = cand.get("kind") in PART_KINDS and any(kind_of(w) for w in words[head + 1:])  # «отделение ассоциации …»
    fields = words[head + 1:]
    if cand.get("kind") in FUNCTION_UNITS and len(fields) >= 3 and (any(w.endswith(",") for w in fields) or any(
            b == "и" and parses(a.lower())[0].tag.POS == "ADJF" for a, b in zip(fields, fields[1:]))):
        return True  # «отдел дошкольного и общего образования», «департамент образования, науки и …»: a unit of
        # several fields is the territory's one; «отдел опеки и попечительства» is named by its one function
    if cand.get("kind") in FUNCTION_UNITS and not branch:
        # «Управление образования», «Методический отдел»: a unit named by its function only, unless written as
        # a name right after the role it heads («начальник Управления образования»)
        return not sentence_start and first[:1].isupper() and role_before(text[max(0, cand["start"] - 40):cand["start"]])
    return first[:1].isupper() and proper and len(words) > 1


def role_before(before: str) -> bool:
    """The text before a unit ends with a role that heads it: «начальник », «заведующего »."""
    m = re.search(r"([А-ЯЁа-яё]+)\s+$", before)
    return bool(m) and is_role_word(m.group(1))


def members_only(words: list[str]) -> bool:
    """After the head of a council only lowercase words ending in a plural genitive noun: the group it
    gathers, and no territory or body it belongs to («Совет молодых педагогов города Энска» names one).

    >>> members_only("Совет отцов".split()), members_only("Совет молодых педагогов".split())
    (True, True)
    >>> members_only("Совет депутатов города Энска".split()), members_only("Совет ветеранов труда".split())
    (False, False)
    """
    rest = words[1:]
    return bool(rest) and all(w.isalpha() and w.islower() for w in rest) and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" and p.score >= 0.2
        for p in parses(rest[-1]))


def unit_of_acronym(phrase: str) -> str:
    """The acronym ending a unit or a branch written in lowercase and named by nothing else
    («центра непрерывного образования ЭИРО», «филиал ЭГТУ»), '' if the phrase is not one.

    >>> unit_of_acronym("центра непрерывного образования ЭИРО"), unit_of_acronym("филиал ЭГТУ")
    ('ЭИРО', 'ЭГТУ')
    >>> unit_of_acronym("Центр развития ЭИРО"), unit_of_acronym("министерства образования РФ")
    ('', '')
    """
    words = phrase.split()
    k = len(words)
    while k > 1 and is_acronym(words[k - 1]) and not stop_abbr(words[k - 1]) and fold(words[k - 1]) not in COUNTRY:
        k -= 1
    return " ".join(words[k:]) if 0 < k < len(words) and all(w.islower() for w in words[:k]) else ""


def names_another(text: str, acronym: str, cands) -> bool:
    """The acronym is the short name of another candidate: it spells one, or stands in brackets right after
    one («... институт ... (ЭИРО)»). Then a unit named by it is a mention of that organization; an acronym
    of a territory («управление образования ЭГО») leaves the unit a name of its own."""
    for c in cands:
        phrase = text[c["start"]:c["end"]]
        if unit_of_acronym(phrase):
            continue
        if expands(acronym, bare_name(clean_name(phrase))) \
                or re.match(r"\W{0,3}\(\s*" + re.escape(acronym) + r"\s*\)", text[c["end"]:c["end"] + len(acronym) + 8]):
            return True
    return False


# Communities of colleagues named by what they do together, capitalized or not: «Методическое объединение
# учителей математики Энского района» gathers teachers of the district's schools and is no organization.
COMMUNITIES = {("методический", "объединение"), ("профессиональный", "сообщество"), ("педагогический", "сообщество"),
               ("общество", "учиться"), ("общество", "обучаться"), ("общество", "школьник")}  # «общество учащихся»
SCHOOL_OWN = {"школьный", "внутришкольный"}  # «Школьный спортивный клуб «…»», «Школьное научное общество»: a school's own
COLLECTIONS = {"банк"}  # «банк заданий», «банк данных»: a collection of things, not a bank


def informal_group(phrase: str) -> bool:
    """A club written in lowercase, a community of colleagues or pupils, a school's own club or society, or a bank of
    tasks: a group of people or of things, not an organization.

    >>> informal_group("Методическое объединение учителей математики Энского района")
    True

    >>> informal_group("городского клуба «Молодой учитель»"), informal_group("Клуб для принимающих семей «Лад»")
    (True, False)
    >>> informal_group("Школьного спортивного клуба «Олимп»"), informal_group("научного общества учащихся «Поиск»")
    (True, True)
    >>> informal_group("открытого банка заданий ФИПИ"), informal_group("Банк развития Энского края")
    (True, False)
    """
    words = phrase.split()
    head = next((kind_of(w) for w in words if kind_of(w)), "")
    lemmas = [lemma(w.strip("«»").lower()) for w in words]
    at = next((k for k, w in enumerate(words) if kind_of(w)), 0)
    collection = head in COLLECTIONS and words[at].islower() and at + 1 < len(words) and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses(words[at + 1].lower()))
    return head in INFORMAL_KINDS and words[0].islower() or any(pair in COMMUNITIES for pair in zip(lemmas, lemmas[1:])) \
        or bool(lemmas) and lemmas[0] in SCHOOL_OWN or collection


LOCAL_TERRITORIES = {"район", "город", "округ", "поселение", "посёлок", "поселок", "село"}


def unnamed_territory(phrase: str) -> bool:
    """A body of a territory left unnamed («Администрация района», «Совета города»): which one, the text
    does not say; «Администрация Энского района» and «администрации г. Энска» name it.

    >>> unnamed_territory("Администрации района"), unnamed_territory("Администрация Энского района")
    (True, False)
    >>> unnamed_territory("Совет депутатов города"), unnamed_territory("минобразования республики")
    (False, False)
    """
    words = phrase.split()
    return len(words) == 2 and kind_of(words[0]) in ADMIN_UNITS and words[1].islower() \
        and lemma(words[1]) in LOCAL_TERRITORIES


def names_an_org(phrase: str) -> bool:
    """What a role's organization must have to be one: a kind noun, an acronym or a quoted name."""
    words = phrase.split()
    if words and (is_role_word(words[0]) or is_title_word(words[0])):
        return False  # «заместитель директора ЦРСО»: a role with its organization's acronym
    place = phrase.strip("«»\" ").split()
    if MUNICIPALITY.fullmatch(phrase.strip()) or len(place) == 2 and place[0][:1].isupper() \
            and lemma(place[1].lower()) in TERRITORY_HEADS:
        return False  # «глава МО «Энский район»», «глава Энский район»: a municipality, not a body
    return "«" in phrase or any(kind_of(w) for w in words) or any(is_acronym(w) and not stop_abbr(w) for w in words)


MUNICIPALITY = re.compile(r"(?:(?:МО|ГО|МР|ГП|СП)\s+)+[«\"][^«»\"]+[»\"]")


METHOD_NOUNS = {"технология", "методика", "метод", "система", "программа", "модель"}
UNIVERSITY_ACRONYM = re.compile(r"[А-ЯЁ]{1,4}У")  # «ЭГУ», «ЭГПУ»: the last letter its head, «университет»


def acronym_ok(text: str, cand: dict, count: dict) -> bool:
    word = text[cand["start"]:cand["end"]]
    prev = re.search(r"([А-ЯЁа-яё]+)[ \t]*$", text[max(0, cand["start"] - 40):cand["start"]])
    if prev and prev.group(1)[:1].isupper() and prev.group(1)[1:].islower() and is_given_name(prev.group(1)):
        return False  # «Анна ПЕТРОВА»: a byline's surname in capitals
    words = word.split()
    if len(words) > 1 and text[cand["end"]:cand["end"] + 2].lstrip().startswith("«") \
            and any(stop_abbr(w) or is_legal_form(w) for w in words):
        return False  # «ФГБОУ ВО «Энский университет»», «БУ ДО «…»»: the quoted name's legal form
    if word.isupper() and len(word) > 3:  # a heading's word, or a long acronym
        return not known(word.lower())
    prev = re.search(r"([А-ЯЁа-яё]+)\s*$", text[max(0, cand["start"] - 40):cand["start"]])
    prev_lemma = lemma(prev.group(1).lower()) if prev else ""
    if prev_lemma in METHOD_NOUNS:
        return False  # «по технологии УДЕ», «методики ТРИЗ»: a method's letters
    if prev_lemma in SUBUNITS:  # «кафедры ТиМО»: the unit's own letters; «факультета ЭГУ»: the university it is part of
        return bool(UNIVERSITY_ACRONYM.fullmatch(word))
    if any(ch.islower() for ch in word.replace(" и ", "")):
        return True
    if prev and (is_role_word(prev.group(1)) or prev_lemma in STAFF):
        return True
    return count.get(word, 0) >= 2


QUOTE_SPACE = re.compile(r"« | »")  # «партии « Единая Россия»»: a space typed inside the quotes
SPLIT_HYPHEN = re.compile(r"(?<=[а-яё])о- (?=[а-яё])")
SPACED_DASH = re.compile(r"\b([А-ЯЁ][а-яё]+о)\s+[-–—]\s+(?=[А-ЯЁ])")


def clean_name(phrase: str) -> str:
    """The phrase as a name: spaces and edges tidied, a compound place joined («Казачинско – Ленского» →
    «Казачинско-Ленского»), a city tail and outer quotes dropped, inner quotes closed."""
    phrase = QUOTE_SPACE.sub(lambda m: m.group().strip(), " ".join(phrase.split())).strip(" ,.;:-–—")
    phrase = SPLIT_HYPHEN.sub("о-", phrase)  # «Информационно- методический»: one compound
    phrase = SPACED_DASH.sub(lambda m: m.group(1) + "-" if compound_first(m.group(1)) else m.group(), phrase)
    phrase = CITY_TAIL.sub("", phrase)
    if re.fullmatch(r"«[^«»]+»", phrase):
        phrase = phrase[1:-1]
    phrase = phrase.rstrip(" «(")
    return phrase + "»" * (phrase.count("«") - phrase.count("»"))  # «МКУ «ЦСО «Забота»» written unclosed


def quoted_name(phrase: str) -> str:
    """The quoted name of «учреждение ... «Центр развития образования»» (generic heads)."""
    m = re.search(r"«(.+)»\s*$", phrase)
    return m.group(1) if m else ""


def normalize(text: str, cand: dict) -> str:
    if cand.get("fixed"):
        return clean_name(cand["fixed"])  # named by its candidate («министерство …» of «министра …»)
    phrase = clean_name(text[cand["start"]:cand["end"]])
    if cand["source"] == "acronym":
        return phrase
    if cand["source"] in ("outlet", "known"):  # a quoted name as written; «по данным «Росстата»»: a listed body's nominative
        return known_body(phrase) or phrase
    if cand["source"] == "form" or cand["source"] == "people" and FORM_AND_QUOTE.fullmatch(phrase):
        return quote_nominative(phrase)
    if cand["source"] == "agency" and phrase[:3].lower() == "мин":
        return phrase  # «Минпросвещения России» does not decline
    if cand["source"] == "agency" and known_body(phrase.split()[0]):
        return " ".join([known_body(phrase.split()[0])] + phrase.split()[1:])  # «Рособрнадзора» → «Рособрнадзор»
    if cand.get("kind") in GENERIC_HEADS and quoted_name(phrase):
        return quoted_name(phrase)
    part = PART_OF.match(phrase)
    if part and lemma(part.group(1).lower()) in PART_KINDS and not is_nominative(part.group(2).split()[0]):
        return nominative_org(part.group(2))  # «отделения «Движения первых»» → «Движение первых»
    return nominative_org(phrase)


FORM_AND_QUOTE = re.compile(r"(?:[А-ЯЁ]{2,}\s+)+«.+»")


def quote_nominative(phrase: str) -> str:
    """A quoted name the text declined with its sentence, back in the nominative: «ГБУЗ «Энской областной
    больницы»» → «ГБУЗ «Энская областная больница»». Only adjectives that cannot be nominative before the noun
    prove it; a name like «Надежды России» is left as written.

    >>> quote_nominative("ГБУЗ «Энской областной больницы»"), quote_nominative("АНО «Надежды России»")
    ('ГБУЗ «Энская областная больница»', 'АНО «Надежды России»')
    >>> quote_nominative("ПАО «Сбербанк»")
    'ПАО «Сбербанк»'
    """
    m = re.search(r"«([^«»]+)»", phrase)
    if not m:
        return phrase
    words = m.group(1).split()
    k = 0
    while k < len(words) and parses(words[k].lower())[0].tag.POS in ("ADJF", "PRTF"):
        k += 1
    if k == 0 or k == len(words):
        return phrase
    common = _forms(words[k], ("NOUN",))
    for word in words[:k]:
        common &= _forms(word, ("ADJF", "PRTF"))
    if not common or any(case == "nomn" for case, _, _ in common):
        return phrase
    name = nominative_org(m.group(1))
    return phrase[:m.start(1)] + m.group(1)[:1] + name[1:] + phrase[m.end(1):]


def _forms(word: str, pos: tuple) -> set:
    """(case, number, gender) readings of a word as one of the parts of speech; plural has no gender."""
    return {(p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
            for p in parses(word.lower()) if p.tag.POS in pos}


PART_OF = re.compile(r"^(?:[А-ЯЁа-яё-]+\s+)*?([А-ЯЁа-яё]+)\s+«([^«»]+)»$")


def is_nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" and p.score >= 0.1 for p in parses(word.lower()))


def leading_acronyms(name: str) -> str:
    """The acronyms a name starts with: «УО администрации ...» → «УО».

    >>> leading_acronyms("МАУ ДПО ЦРО"), leading_acronyms("Совет депутатов"), leading_acronyms("ОИРО ПК и ПП края")
    ('МАУ ДПО ЦРО', '', 'ОИРО ПК и ПП')
    """
    lead = []
    words = name.split()
    for k, word in enumerate(words):
        if word == "и" and lead and k + 1 < len(words) and is_acronym(words[k + 1]):
            lead.append(word)  # «... ПК и ПРО»: one abbreviation with «и» inside
            continue
        if not is_acronym(word):
            break
        lead.append(word)
    return " ".join(lead)


def bare_name(name: str) -> str:
    """The legal forms before a quoted name do not belong to it: «ГБУ ДПО «X»» is X.

    >>> bare_name("ГБУ ДПО «Энский институт развития образования»"), bare_name("АНО «Ромашка» г. Энска")
    ('Энский институт развития образования', 'АНО «Ромашка» г. Энска')
    """
    return name[name.index("«") + 1:-1] if re.fullmatch(r"(?:[А-ЯЁ]{2,}\s+)+«.+»", name) else name


def key_tokens(name: str) -> set[str]:
    """Words that identify a name; the legal forms before a quoted name do not («ГБУ ДПО «X»» is X)."""
    name = bare_name(name)
    return {fold(w) for w in re.findall(r"[А-ЯЁа-яёA-Za-z0-9.-]+", name)} - COUNTRY - {"г.", "города", "администрации"}


def shorts_differ(a: dict, b: dict) -> bool:
    """Two names whose abbreviations tell them apart: different short names, or a short name that
    spells its own name but not the other's longer one («СурГУ» is not «... государственный педагогический
    университет»; a shorter mention, «Движение первых» of «Российское движение ... «Движение первых»», may be).

    >>> uni = {"name": "Энский государственный университет", "short": "ЭнГУ"}
    >>> shorts_differ(uni, {"name": "Энский государственный педагогический университет", "short": ""})
    True
    >>> shorts_differ(uni, {"name": "Энский государственный университет", "short": ""})
    False
    """
    sa, sb = a.get("short", ""), b.get("short", "")
    if sa and sb:
        return fold(sa) != fold(sb)
    for x, y in ((a, b), (b, a)):
        if x.get("short") and len(key_tokens(y["name"])) > len(key_tokens(x["name"])) \
                and expands(x["short"], x["name"]) and not expands(x["short"], bare_name(y["name"])):
            return True
    return False


def bare_kind(name: str) -> str:
    """The kind a one-word name is no more than: «Центр», «Институт» → its lemma; else ''.

    >>> bare_kind("Центр"), bare_kind("Рособрнадзор"), bare_kind("Центр «Вариант»")
    ('центр', '', '')
    """
    return kind_of(name) if re.fullmatch(r"[А-ЯЁа-яё]+", name) else ""


def same_org(a: dict, b: dict) -> bool:
    ka, kb = key_tokens(a["name"]), key_tokens(b["name"])
    if not ka or not kb or shorts_differ(a, b):
        return False
    first_a, first_b = fold(a["name"].split()[0]), fold(b["name"].split()[0])
    if ka == kb:
        return True
    head_a, head_b = a.get("kind"), b.get("kind")
    return bool(head_a and head_a == head_b and (ka <= kb or kb <= ka) and (first_a == first_b or
                                                                       min(len(ka), len(kb)) >= 2))
