"""The clause around a name, and the gender and case its context gives a bare surname."""
from __future__ import annotations

import re

from svodka.extractors.person_words import (
    ABBREVIATIONS, CLAUSE_END, LOW, SENTENCE_END, TERRITORY_WORDS, UP, is_role_word, is_title_word, lemma, parses,
)
from svodka.normalizers.lines import line_of
from svodka.extractors.person_names import previous_word


WRAPPED = re.compile(r"[ \t]*[а-яё]")  # a line that goes on in lower case continues the sentence


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a mention. A mention that ends with initials («Шевчук Н.П.») has used
    its period: a capital after it starts the next sentence («Шевчук Н.П. О проекте ...»)."""
    if re.search(rf"[{UP}{LOW}][ \t]+[{UP}]\.(?:[ \t]?[{UP}]\.)?$", text[max(0, end - 30):end]) \
            and re.match(r"\s+[А-ЯЁ«]", text[end:end + 3]):
        return sentence_bounds(text, start, end - 1)[0], end
    left = 0
    for m in SENTENCE_END.finditer(text, max(0, start - 400), start + 1):  # its lookahead sees the name
        if m.start() >= start:
            break
        if m.group() == "." and is_abbreviation(text, m.start()) or m.group() == "\n" and WRAPPED.match(text, m.end()):
            continue  # an abbreviation; a line wrapped inside a sentence («… управления\nобразования Петрова»)
        if m.group() == "(" and ")" in text[m.end():start] and "\n" not in text[m.end():start]:
            continue  # «... университета (ЯГПУ) Ю.Н. Ершов»: a closed bracket inside the apposition
        left = m.end()
    right = len(text)
    for m in CLAUSE_END.finditer(text, end, min(len(text), end + 400)):
        if m.group() == "." and is_abbreviation(text, m.start()) or m.group() == "\n" and WRAPPED.match(text, m.end()):
            continue
        if m.group() == ")" and text.count("(", end, m.start()) > text.count(")", end, m.start()):
            continue  # «…, учитель родного (марийского) языка»: a bracket opened after the name
        right = m.start()
        break
    return left, right


def is_abbreviation(text: str, dot: int) -> bool:
    """The period at `dot` ends an abbreviation: a known one, or a lone letter (an initial, «г.о.»)."""
    word = previous_word(text, dot + 1)
    return word.lower() in ABBREVIATIONS or len(word) == 1  # «г.о.», an initial «И.И. Петрова»


def after_transitive_verb(text: str, start: int) -> bool:
    """A transitive verb earlier in the sentence («СЛУШАЛИ: Сырцову Г.П.», «Назначить ...
    Иванову Л.Г.»): a following «-ову» is an accusative (a woman's «-ова»), not a man's dative."""
    left = max(line_of(text, start)[0] - 1, max(text.rfind(c, max(0, start - 200), start) for c in ".!?;"))
    for word in reversed(re.findall(r"[А-ЯЁа-яё]+", text[left + 1:start])):
        best = parses(word.lower())[0]
        if best.tag.POS in ("VERB", "INFN") and best.score > 0.3:
            return "tran" in best.tag
    return False


GENITIVE_PREPOSITIONS = {"у", "от", "для", "до", "без", "из", "около", "после", "со", "среди", "возле", "кроме"}


def governed_case(text: str, start: int) -> str:
    """'gent' when the word before a bare surname governs a genitive: a preposition or a noun
    that is not a position («доклад С.П. Иванова», «у Петрова»), else ''."""
    word = previous_word(text, start)
    gap = re.search(r"[А-ЯЁа-яё]*([^А-ЯЁа-яё]*)$", text[max(0, start - 40):start]).group(1)
    if not word or not word.islower() or re.search(r"[,.;:()«»\n]", gap):
        return ""
    if word in GENITIVE_PREPOSITIONS:
        return "gent"
    noun = sum(p.score for p in parses(word) if p.tag.POS == "NOUN")  # «технологии»: a noun in every reading
    if noun > 0.4 and not is_role_word(word) and not is_title_word(word) \
            and lemma(word) not in TERRITORY_WORDS and not object_of_verb(text, start, word):
        return "gent"
    return ""


def object_of_verb(text: str, start: int, noun: str) -> bool:
    """Whether the noun before a name is the object of a finite verb right before it: the name is then the
    verb's subject, told after it («Вели семинар Котова О.Г.», «Открыла конференцию Лосева»), not the
    noun's owner («доклад С.П. Иванова»)."""
    at = text.rfind(noun, max(0, start - 40), start)
    verb = previous_word(text, at) if at > 0 else ""
    return any(p.tag.POS == "VERB" and "indc" in p.tag for p in parses(verb.lower())) if verb else False


def context_gender(text: str, left: int, right: int, start: int) -> str:
    """The gender of the nearest past-tense verb or gendered role word in the clause."""
    best, best_dist = "", 10 ** 9
    for m in re.finditer(r"[а-яё]+", text[left:right]):
        word = m.group()
        if not word.endswith(("л", "ла", "лся", "лась")) and word != "заведующая":  # «заведующий» is said of women too
            continue
        for p in parses(word):
            if (p.tag.POS == "VERB" and p.tag.tense == "past" or p.tag.POS in ("ADJF", "PRTF")) \
                    and p.tag.gender in ("masc", "femn") and p.tag.number == "sing" and p.score > 0.2:
                dist = abs(left + m.start() - start)
                if dist < best_dist:
                    best, best_dist = ("m" if p.tag.gender == "masc" else "f"), dist
                break
    return best
