"""Vocabulary and word tests shared by the people modules: roles, titles, blockers, name shapes.

Word lists are data (extractors/data/*.txt); the regexes describe how names are written
(capitalized words, initials, «им.» before a name). `is_role_word` and `is_title_word`
match by lemma, so «директору», «заведующей» and «учителя» are all roles.
"""
from __future__ import annotations

import functools
import re

from svodka.extractors.models import morph, parses  # noqa: F401  (re-exported to the people modules)
from svodka.normalizers.wordlists import data_lines

# A legal form by its shape: letters ending in ОУ, БУ, АУ, КУ (МБОУ, ГБОУ, КОГОБУ, ОГБОУ, МОАУ, МКУ ...),
# regional prefixes included. Universities end in ГУ/ПУ/ТУ and are not matched.
# A form written together with its education level («ГАУДПО», «МБУДО») is one too.
# «МУ» (муниципальное учреждение) is the one two-letter form. Institutions of culture, health and social care
# end in К, З, СО (МБУК, ГБУЗ, ГБУСО); «...ОО» is an educational organization (МКОО, ГБОО).
LEGAL_FORM_SHAPE = re.compile(r"(?:[А-ЯЁ]{1,5}[ОБАК]|М)У(?:ДПО|ДО|ВО|СПО|К|З|СО)?|[МГ][БКА]ОО")
LEGAL_FORMS = frozenset(data_lines("legal_forms.txt"))


def load_words(name: str) -> frozenset[str]:
    """A word list from extractors/data: one entry a line, `#` comments."""
    return frozenset(line.lower() for line in data_lines(name))


ROLES = load_words("roles.txt")
MODIFIERS = load_words("role_modifiers.txt")
TITLES = load_words("titles.txt")
BLOCKERS = load_words("name_blockers.txt")
ORG_KINDS = load_words("org_kinds.txt")
EXTRA_GIVEN_NAMES = load_words("given_names.txt")
TERRITORY_WORDS = {"город", "г", "район", "область", "обл", "край", "республика", "округ", "федерация",
                   "муниципальный", "городской", "поселок", "село"}
TERRITORY_ACRONYMS = {"РФ", "РХ", "РТ", "РБ", "РС", "ХМАО", "ЯНАО", "ГО", "МО"}
SUBUNITS = {"кафедра", "отдел", "сектор", "лаборатория", "отделение", "служба"}
# Bodies a role's complement may name («начальник отдела образования» → «отдел образования»; a department
# or laboratory is part of a larger body, not one), and the body a head names by itself («министр
# образования …» → «министерство образования …»).
ORG_UNITS = {"отдел", "служба", "управление", "министерство", "департамент", "комитет", "центр", "объединение",
                        "организация", "совет", "администрация", "комиссия", "профсоюз", "собрание", "дума"}
BODY_OF_HEAD = {"министр": "министерство"}
# A learner's role agrees with the learner («учащихся гимназии Котова и Лосевой» → «учащаяся» for her);
# positions keep their one form («заведующий» is said of women too).
FEMININE_ROLES = {"ученик": "ученица", "учащийся": "учащаяся", "обучающийся": "обучающаяся",
                  "студент": "студентка", "воспитанник": "воспитанница", "школьник": "школьница"} | {
    f"{n}классник": f"{n}классница" for n in ("перво", "второ", "третье", "четверо", "пяти", "шести", "семи", "восьми",
                                            "девяти", "десяти", "одиннадцати", "старше")}
# A group of pupils named by its school («команда школы № 1», «сборная лицея»): the members named in
# its sentence belong to that school; «в составе команды» without a school refers back to the last one.
TEAM_NOUNS = {"команда", "сборная"}
# Phrases that state a role without a role noun before the name («под руководством И.И. Петрова»).
ROLE_CUES = {"под руководством": "руководитель"}
# Shortened roles written out in full («рук. Петрова А.А.» → «руководитель»); each is a role word too.
ROLE_ABBREVIATIONS = {"рук": "руководитель"}
ABBREVIATIONS = {"г", "им", "зам", "ул", "д", "т", "пр", "ст", "с", "п", "обл", "им.", "и.о"} | set(ROLE_ABBREVIATIONS)

UP, LOW = "А-ЯЁ", "а-яё"
CAP = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
# «А.И. Котова», «А. И. Котова», also the second initial's dot left out («А.И Котова»)
INITIALS_SURNAME = re.compile(rf"(?<![{UP}{LOW}.])([{UP}])\.[ \t]?(?:([{UP}])(?:\.[ \t]?|[ \t]))?({CAP})(?![{LOW}])")
SURNAME_INITIALS = re.compile(rf"(?<![{UP}{LOW}])({CAP})[ \t]+([{UP}])\.(?:[ \t]?([{UP}])\.)?(?![ \t]?[{UP}]\.)")
INITIALS_BEFORE = re.compile(rf"(?<![{UP}{LOW}])[{UP}]\.[ \t]?(?:[{UP}]\.[ \t]?)?$")
SENTENCE_START = re.compile(r"(?:^|[.!?…]\s*|\n\s*|[«\"]\s*)$")
ADDRESS_WORDS = {"уважаемый", "глубокоуважаемый", "многоуважаемый", "дорогой", "милый"}
NEXT_WORD = re.compile(rf"[ \t]?({CAP})(?![{LOW}])")
UPPER_SURNAME = re.compile(rf"(?<![{UP}{LOW}])([{UP}]{{2,}}(?:-[{UP}]{{2,}})?)[ \t]+({CAP})[ \t]+({CAP})(?![{LOW}])")
INDECLINABLE_SURNAME = re.compile(r"[^аеёиоуыэюя](?:их|ых|ко|аго|яго)$")  # Белых, Гладких, Шевченко, Живаго
ACCUSATIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)у(?:-|$)")  # «Сырцову», «Иванову-Петрову»
ASSOCIATION = re.compile(r"^[ГШРМП]МО$")  # «руководитель ГМО учителей математики»: a teachers' association
SURNAME_ENDING = re.compile(r"(?:[оеё]в|[иы]н)(?:а|ой|у|ым|е)?$|[сц]к(?:ий|ая|ого|ой|ому|им|ом|ую)$")
# «им. Героя Советского Союза И.И. Петрова», «имени академика И.Г. Петровского»: whom a body is named after
IMENI_BEFORE = re.compile(rf"(?<![{UP}{LOW}])(?:им\.|имени)[ \t]+(?:[{LOW}]+(?:-[{LOW}]+)?[ \t]+){{0,2}}(?:{CAP}[ \t]+){{0,4}}$")
CITY_ABBR_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])г\.[ \t]?о\.[ \t]*$")
PLACE_ABBR_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:г|с|п|ст|д|пгт|пос|дер)\.[ \t]*$")  # «г. Энска Анна ...»
LOOK_BACK = 200  # characters the «…$» patterns above look back over (not the whole text before: linear time)
# «директор … Чугунов\nВладимир Михайлович»: a line break between a surname and the name and patronymic
SURNAME_BREAK_NAME = re.compile(rf"(?<![{UP}{LOW}])({CAP})[ \t]*\n[ \t]*({CAP})[ \t]+({CAP})(?![{LOW}])")
PLACE_NAME = re.compile(r"(?:ов|ев|ин|ын)о$")  # «с. Мраково», «Юмагузино»: villages, not surnames
CAP_RUN = re.compile(rf"(?<![{UP}{LOW}]){CAP}(?:[ \t]+{CAP})+(?![{LOW}])")
TOKEN = re.compile(r"[А-ЯЁа-яёA-Za-z0-9]+(?:[-.][А-ЯЁа-яёA-Za-z0-9]+)*|\S")
SENTENCE_END = re.compile(r"[!?;:\n(]|\.(?=\s+[А-ЯЁ«])")
CLAUSE_END = re.compile(r"[!?;:\n)]|\.(?=\s+[А-ЯЁ«])")  # an apposition may open a bracket after the name




@functools.lru_cache(maxsize=100_000)  # asked for nearly every token by the people and organization rules
def lemma(word: str) -> str:
    return parses(word.lower())[0].normal_form if word[:1].isalpha() else word


@functools.lru_cache(maxsize=50000)
def base_forms(word: str) -> frozenset[str]:
    """The word, its lemma and, for participles and adjectives, the masculine nominative:
    pymorphy3 lemmatizes «заведующему» to the verb «заведовать», but the role is «заведующий»."""
    low = word.lower()
    out = {low, lemma(low)}
    for p in parses(low)[:2]:
        if p.tag.POS in ("PRTF", "ADJF"):
            form = p.inflect({"nomn", "sing", "masc"})
            if form is not None:
                out.add(form.word)
    return frozenset(out)


def is_role_word(word: str) -> bool:
    """A role noun, also the first part of a compound one («учитель-дефектолог», «педагог-психолог»)."""
    return bool(base_forms(word) & ROLES) or word.lower() in ROLE_ABBREVIATIONS or "-" in word.strip("-") and bool(base_forms(word.split("-")[0]) & ROLES)


def is_title_word(word: str) -> bool:
    return bool(base_forms(word) & TITLES)


BARE_APPOSITION = re.compile(r"[ \t]+(?=[а-яё])")
ROLE_HEAD_REACH = 3  # modifiers a bare apposition's head may have before it («старший воспитатель»)


def opens_with_nominative_role(rest: str) -> bool:
    """The words open with a role noun in the nominative singular, maybe after its modifiers: an
    apposition, unlike «Котова Анна Ивановна учителям рассказала …»."""
    for word in re.findall(r"[А-ЯЁа-яё]+(?:-[а-яё]+)?", rest[:80])[:ROLE_HEAD_REACH + 1]:
        if not word.islower():
            return False
        if is_role_word(word):
            return any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(word.split("-")[0]))
        if not (word in MODIFIERS or parses(word)[0].tag.POS in ("ADJF", "PRTF")):
            return False
    return False
