"""Organization names: nominative case, abbreviations and their expansions.

Only the head of the name changes case: the adjectives before the head noun
and the noun itself go to the nominative («Томского государственного
университета» → «Томский государственный университет»); what follows
(genitive complements, quoted names, acronyms) stays as written.
"""
from __future__ import annotations

import functools
import re


from svodka.normalizers.morph import morph, parses as _parses  # noqa: F401


TOKEN = re.compile(r"[А-ЯЁа-яёA-Za-z0-9]+(?:[-.][А-ЯЁа-яёA-Za-z0-9]+)*|\S")
ACRONYM = re.compile(r"^(?=\w*[А-ЯЁ]\w*[А-ЯЁ])[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*$")
SMALL_WORDS = {"и", "по", "при", "для", "в", "на", "с", "о", "об", "им", "имени"}


def is_acronym(word: str) -> bool:
    """Cyrillic abbreviation by shape: two capitals or more, lowercase joints allowed.

    >>> [is_acronym(w) for w in ("НГПУ", "КОиМП", "НИПКиПРО", "ТомГУ", "Институт", "РФ")]
    [True, True, True, True, False, True]
    """
    return bool(ACRONYM.match(word))


ADJ = ("ADJF", "PRTF")


def modifies(word: str, noun: str) -> bool:
    """`word` can be an adjective agreeing with the noun after it, even when pymorphy3 reads it
    first as a noun («Главного управления», «Главное управление»: «главное» is also «the main thing»).

    >>> modifies("Главного", "управления"), modifies("Совета", "депутатов"), modifies("Столовая", "школы")
    (True, False, False)
    """
    forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in _parses(noun.lower()) if p.tag.POS == "NOUN"}
    return any(p.tag.POS in ADJ and p.score >= 0.05 and any(
        p.tag.case == case and p.tag.number == number and (number == "plur" or p.tag.gender == gender)
        for case, number, gender in forms) for p in _parses(word.lower()))


def _head_index(words: list[str]) -> int | None:
    """Index of the head noun: the first noun that is not an acronym (after its adjectives)."""
    for i, word in enumerate(words):
        if not word[:1].isalpha() or is_acronym(word) or "." in word:
            return None  # «Учи.ру», a web name, is never declined
        parses = _parses(word)
        best = parses[0]
        if i + 1 < len(words) and best.tag.POS not in ADJ and any(p.tag.POS in ADJ for p in parses):
            rest = _head_index(words[i + 1:])  # «Главного (территориального) управления»: an adjective
            if rest is not None and modifies(word, words[i + 1 + rest]):  # pymorphy3 reads first as a noun
                return i + 1 + rest
        if best.tag.POS == "NOUN" or (best.tag.POS not in ADJ and "NOUN" in {p.tag.POS for p in parses}):
            return i
        if best.tag.POS not in ADJ:
            return None
    return None


def _inflect(word: str, case_from: str, gender: str | None, number: str, adjective: bool = False) -> str:
    ranked = sorted(_parses(word), key=lambda p: adjective and p.tag.POS not in ADJ)  # stable: best first
    for parse in ranked:
        if parse.tag.case == case_from and parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
            grams = {"nomn", number}
            if parse.tag.POS != "NOUN" and number == "sing" and gender:
                grams.add(gender)
            form = parse.inflect(grams)
            if form is not None:
                return _copy_case(word, form.word)
    return word


def _copy_case(original: str, new: str) -> str:
    out = new
    if original.isupper():
        out = new.upper()
    elif original[:1].isupper():
        out = "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p
                       for p, o in zip(new.split("-"), original.split("-") + [""] * 9))
    return "".join(o if n.lower() == o.lower() else n for n, o in zip(out, original)) + out[len(original):]


@functools.lru_cache(maxsize=8192)  # a body is named again and again across a report and a corpus
def nominative_org(phrase: str) -> str:
    """The organization's name in the nominative, first letter capital.

    >>> nominative_org("Томского государственного университета")
    'Томский государственный университет'
    >>> nominative_org("Совета депутатов города Энска")
    'Совет депутатов города Энска'
    >>> nominative_org("научно-образовательного фонда «Новые горизонты»")
    'Научно-образовательный фонд «Новые горизонты»'
    >>> nominative_org("Благотворительным фондом Ивана Петрова")
    'Благотворительный фонд Ивана Петрова'
    >>> nominative_org("Энского (Приморского) федерального университета")
    'Энский (Приморский) федеральный университет'
    >>> nominative_org("Главного управления образования мэрии города Энска")
    'Главное управление образования мэрии города Энска'
    >>> nominative_org("Главному территориальному управлению Энской области")
    'Главное территориальное управление Энской области'
    >>> nominative_org("Энского технологического института (филиала) Энского университета")
    'Энский технологический институт (филиал) Энского университета'
    >>> nominative_org("МБОУ «СОШ № 29»")
    'МБОУ «СОШ № 29»'
    >>> nominative_org("Учи.ру")
    'Учи.ру'
    """
    phrase = " ".join(phrase.split())
    spans = []  # the leading words; a bracketed word among them is one of them («Казанского (Приволжского)»)
    for m in TOKEN.finditer(phrase):
        if m.group() in "()":
            continue
        if not m.group()[:1].isalpha():
            break
        spans.append((m.group(), m.start(), m.end()))
    words = [text for text, _, _ in spans]
    head = _head_index(words)
    if head is None:
        return phrase[:1].upper() + phrase[1:]
    head_parses = [p for p in _parses(words[head]) if p.tag.POS == "NOUN"]
    parse = head_parses[0]
    case, number = parse.tag.case, parse.tag.number or "sing"
    gender = parse.tag.gender
    out = phrase
    if case != "nomn":
        inflected = spans[: head + 1]
        if head + 1 < len(spans) and phrase[spans[head][2]:spans[head + 1][1]].strip() == "(" \
                and phrase[spans[head + 1][2]:spans[head + 1][2] + 1] == ")":
            inflected = spans[: head + 2]  # «института (филиала)»: the bracketed noun is in apposition
        for k, (text, start, end) in reversed(list(enumerate(inflected))):
            out = out[:start] + _inflect(text, case, gender, number, adjective=k < head) + out[end:]
    return out[:1].upper() + out[1:]


def letters(text: str) -> str:
    """The capitals of an acronym, lowercase joints dropped: «КОиМП» → «КОМП».

    >>> letters("НИПКиПРО"), letters("КДН и ЗП")
    ('НИПКПРО', 'КДНЗП')
    """
    return "".join(ch for ch in text if ch.isupper())


def expands(abbr: str, name: str) -> bool:
    """Whether an acronym spells (a prefix of) the name's words by their initial letters.

    Small words («и», «по») may be skipped; compound words may give two letters
    («военно-патриотическое» → ВП).

    >>> expands("НГПУ", "Новосибирский государственный педагогический университет")
    True
    >>> expands("ГУО", "Городское управление образованием администрации города Энска")
    True
    >>> expands("РДДМ", "Российское движение детей и молодежи «Движение первых»")
    True
    >>> expands("КДН и ЗП", "Комиссия по делам несовершеннолетних и защите их прав")
    True
    >>> expands("ИРО", "Новосибирский государственный педагогический университет")
    False

    A first letter may be the level of the territory the name ends with («районный», «городской»):
    >>> expands("РОО", "Отдел образования администрации Энского района"), expands("РОО", "Отдел образования")
    (True, False)
    """
    target = letters(abbr).lower()
    if len(target) < 2:
        return False
    words = [w for w in re.findall(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*", name)]
    if _spell(target, words, 0, 0, skipped=0):
        return True
    level = LEVEL_LETTERS.get(target[0])
    return len(target) >= 3 and level is not None and any(w.lower().startswith(level) for w in words) \
        and _spell(target[1:], words, 0, 0, skipped=0)


# The letter of a territory's level in an acronym and the stem of the territory word that stands for it in the
# name: «РОО» (районный отдел образования) = «Отдел образования администрации ... района».
LEVEL_LETTERS = {"р": "район", "г": "город", "о": "област", "к": "кра"}


def _spell(target: str, words: list[str], ti: int, wi: int, skipped: int) -> bool:
    if ti == len(target):
        return ti >= 2
    if wi == len(words) or skipped > 2:
        return False
    word = words[wi].lower()
    parts = word.split("-")
    # the whole word gives its first letter
    if word[0] == target[ti] and _spell(target, words, ti + 1, wi + 1, skipped):
        return True
    # a compound gives one letter per part
    if len(parts) > 1 and all(ti + k < len(target) and p[:1] == target[ti + k] for k, p in enumerate(parts)):
        if _spell(target, words, ti + len(parts), wi + 1, skipped):
            return True
    # small and filler words may be skipped
    if word in SMALL_WORDS or word in ("их", "его", "ее", "её") or len(word) <= 2:
        return _spell(target, words, ti, wi + 1, skipped)
    return False
