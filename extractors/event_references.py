"""What a reference in a report stands for.

A bare event noun («в конкурсе») names the event of its nearest mention with
qualifiers or a quoted title, or of the section heading above it; «в котором»
the event named before it in the sentence; «в нём», «её посетили» the event
the sentence before names; «на школьном уровне» a stage of the competition
named before it; «по этому предмету» the school subject named last
(`data/school_subjects.txt`); «в экзамене» the exam a section is about.
"""
from __future__ import annotations

import functools
import re

from svodka.extractors import models
from svodka.normalizers.phrases import ROMAN, _lemmas, _parse, agreed_cases, inflect_phrase
from svodka.normalizers.wordlists import data_lines

# Nouns of what people attend besides the kinds of `data/event_kinds.txt`.
ATTENDED = re.compile(r"мероприяти|экзамен|\bЕГЭ\b|\bОГЭ\b|\bГИА\b|заседани|собрани|совет[аеу]?\b|урок|заняти|"
                      r"финал|этап|защит|(?<![\w-])курс[аыовех]*\b|лагер|смен[аеыу]\b|церемони|стажировк|чтени|площадк|диагностик|тестировани|мониторинг",
                      re.IGNORECASE)
RELATIVE = re.compile(r"^котор", re.IGNORECASE)
NUMBERED = re.compile(r"^(?:\d+|[IVX]+)[.)]\s+")
# «на школьном уровне/этапе» of a competition: the levels, and the competitions that have stages.
STAGE_NOUNS = {"уровень", "этап"}
STAGE_LEVELS = {"школьный", "муниципальный", "районный", "городской", "окружной", "региональный", "краевой",
                "областной", "республиканский", "межрегиональный", "всероссийский", "международный",
                "федеральный", "заключительный", "отборочный", "финальный"}
COMPETITIONS = {"олимпиад": "олимпиада", "конкурс": "конкурс", "турнир": "турнир", "чемпионат": "чемпионат",
                "соревновани": "соревнование"}  # stem (also of the adjective «олимпиадный») → noun
COMPETITION = re.compile(r"(?<![\w-])(" + "|".join(COMPETITIONS) + r")\w*", re.IGNORECASE)
STAGE_LOOK_BACK = 800  # characters searched for the competition a stage belongs to
# «по этому предмету»: a demonstrative and a noun standing for a school subject.
DEMONSTRATIVES = {"этот", "данный"}
SUBJECT_NOUNS = {"предмет", "дисциплина"}
SUBJECT_LOOK_BACK = 300
EXAM = re.compile(r"(?<![\w-])(?:ЕГЭ|ОГЭ|ГВЭ)(?![\w-])")
HEADING_WORDS = 6  # words of a heading before the event noun it is named by
LOOK_BACK = 3000  # characters searched for the earlier mention of a bare event noun
TITLE_WORDS = 6   # words between an event noun and its quoted title


@functools.lru_cache(maxsize=1)
def _subjects() -> list[tuple[set[str], ...]]:
    return [tuple(_lemmas(w) for w in line.split()) for line in data_lines("school_subjects.txt")]


def subject_length(words: list[str]) -> int:
    """How many of the first `words` name a school subject, 0 when they do not.

    >>> subject_length(["Русский", "язык", "сдавало"]), subject_length(["Математику", "профильного"])
    (2, 1)
    """
    found = [len(s) for s in _subjects()
             if len(s) <= len(words) and all(lemmas & _lemmas(w) for lemmas, w in zip(s, words))]
    return max(found, default=0)


def last_subject(text: str, pos: int) -> list[str] | None:
    """The words of the school subject named last before `pos` (within SUBJECT_LOOK_BACK)."""
    words = re.findall(r"[\w-]+", text[max(0, pos - SUBJECT_LOOK_BACK):pos])
    for k in range(len(words) - 1, -1, -1):
        n = subject_length(words[k:k + 4])
        if n:
            return words[k:k + n]
    return None


def resolve_subject(text: str, pos: int, words: list[str]) -> list[str]:
    """«ЕГЭ по этому предмету» → «ЕГЭ по обществознанию»: the subject named last before `pos`,
    in the case of the noun it stands for; `words` unchanged when there is none."""
    for k in range(len(words) - 1):
        if _lemmas(words[k]) & DEMONSTRATIVES and _lemmas(words[k + 1]) & SUBJECT_NOUNS:
            subject = last_subject(text, pos)
            if not subject:
                return words
            case = models.parses(words[k + 1].lower())[0].tag.case
            return words[:k] + inflect_phrase(subject, case).split() + words[k + 2:]
    return words


def last_exam(text: str, pos: int, end: int) -> str | None:
    """The exam (ЕГЭ, ОГЭ, ГВЭ) named last before `end`, looking back from `pos` LOOK_BACK characters."""
    exams = EXAM.findall(text, max(0, pos - LOOK_BACK), end)
    return exams[-1] if exams else None


def _is_stage(words: list[str]) -> bool:
    """«школьном уровне», «муниципальном этапе»: a level of a competition."""
    return len(words) == 2 and bool(_lemmas(words[1]) & STAGE_NOUNS and _lemmas(words[0]) & STAGE_LEVELS)


def stage_of(text: str, pos: int, words: list[str]) -> list[str] | None:
    """«на школьном уровне» after «в олимпиадном движении» → ["школьный", "этап", "олимпиады"]: the stage
    with the competition named last before `pos` (as named there: «всероссийской олимпиады школьников»),
    or None when no competition is named near."""
    found = list(COMPETITION.finditer(text, max(0, pos - STAGE_LOOK_BACK), pos))
    if not found:
        return None
    level = models.parses(words[0].lower())[0].inflect({"nomn", "sing", "masc"})
    if level is None:
        return None
    last = found[-1]
    word_end = last.start() + re.match(r"[\w-]+", text[last.start():]).end()
    if _parse(text[last.start():word_end].lower()).tag.POS == "NOUN":  # «всероссийской олимпиады школьников»
        named = _named_mention(text, last.start(), word_end)
        if named:
            return [level.word, "этап", inflect_phrase(named, "gent", agreed_cases(named))]
    noun = models.parses(COMPETITIONS[last.group(1).lower()])[0].inflect({"gent", "sing"})
    return [level.word, "этап", noun.word] if noun else None


def _qualifiers(text: str, start: int) -> int:
    """Start of the adjectives (and ordinals: «XII», «2-й») before an event noun, in any case («открытых
    уроков», «Городские педагогические чтения»), checked word by word with pymorphy3 («Площадкой чтений» is
    no qualifier)."""
    for _ in range(4):
        before = re.search(r"([\w-]+)[ \t]+$", text[max(0, start - 40):start])
        if not before:
            break
        word = before.group(1)
        if not (ROMAN.fullmatch(word) or re.fullmatch(r"\d+-?\w{0,2}", word)
                or _parse(word.lower()).tag.POS in ("ADJF", "PRTF")):
            break
        start -= len(before.group())
    return start


def _named_mention(text: str, start: int, end: int) -> list[str] | None:
    """The words naming the event at text[start:end] (a noun), see `_mention_words`; a fresh list each call."""
    words = _mention_words(text, start, end)
    return list(words) if words else None


@functools.lru_cache(maxsize=4096)  # the mentions a window looks back on are read again for each count after them
def _mention_words(text: str, start: int, end: int) -> tuple[str, ...] | None:
    """The words naming the event at text[start:end] (a noun): its qualifiers, the noun, and a quoted title
    after it (through the kind it belongs to: «финал … конкурса … «Открытие»» → «финал конкурса «Открытие»»)."""
    from svodka.normalizers.event_kinds import KIND_ANY
    from svodka.normalizers.quotes import quoted_end

    first = _qualifiers(text, start)
    words = text[first:end].split()
    while len(words) > 1 and words[0].isdigit():
        words = words[1:]  # «96 заседаний»: a count, not a qualifier
    rest = text[end:end + 300]
    quote = rest.find("«")
    between = rest[:quote] if quote >= 0 else ""
    if quote >= 0 and len(between.split()) <= TITLE_WORDS and not re.search(r"[.,;:!?\n]", between) and \
            all(w.isupper() or w == "и" or "gent" in _parse(w.lower()).tag for w in between.split()):  # «финал … конкурса «…»», «заседание ГМО …»
        close = quoted_end(rest, quote)
        title = rest[quote:close if close > 0 else len(rest)]
        kinds = list(KIND_ANY.finditer(between))
        if kinds and not KIND_ANY.fullmatch(text[start:end]):
            words.append(kinds[-1].group().split()[-1])
        words.append(title)
    elif words and not re.match(r"[^\S\n]*[«\"]", rest):  # «Неделя молодого педагога»: its genitive complement
        for word in re.findall(r"\S+", rest.split("\n", 1)[0])[:TITLE_WORDS]:
            bare = word.rstrip(",.:;)")
            parse = _parse(bare.lower())
            if bare == "и" and words[-1] != "и":  # «презентация инженерного и медицинского классов»
                words.append(bare)
                continue
            if not bare.isalpha() or "gent" not in parse.tag or parse.tag.POS not in ("NOUN", "ADJF"):
                break
            words.append(bare)
            if bare != word:
                break
    while words and words[-1] == "и":
        words.pop()
    return tuple(words) if len(words) > 1 else None


def _heading_name(text: str, pos: int, lemma: str) -> list[str] | None:
    """The nearest section heading above `pos`, when it names an event of this kind."""
    from svodka.normalizers.event_kinds import KIND_START
    from svodka.normalizers.headings import _paragraphs_before, is_heading

    for _, _, line in _paragraphs_before(text, pos):
        line = NUMBERED.sub("", line.strip())  # «1. Городской семинар для воспитателей»
        if not is_heading(line, KIND_START):
            continue
        line = re.sub(r"\s*\([^()]*\)\.?\s*$", "", line).rstrip(". ")
        for word in list(re.finditer(r"[\w-]+", line))[:HEADING_WORDS]:  # the name from the kind's qualifiers on
            if _parse(word.group().lower()).normal_form == lemma:
                words = line[_qualifiers(line, word.start()):].split()
                return words if len(words) > 1 else None
        return None
    return None


def resolve(text: str, pos: int, noun: str) -> list[str] | None:
    """The full name of the event a bare noun («в конкурсе» at `pos`) refers to, nominative as written."""
    lemma = _parse(noun.lower(), ("loct", "loc2")).normal_form
    named = _heading_name(text, pos, lemma)
    if named:
        return named
    window = max(0, pos - LOOK_BACK)
    stem = re.escape(lemma[:4])
    for match in reversed(list(re.finditer(rf"(?<![\w-]){stem}\w*", text[window:pos], re.IGNORECASE))):
        if _parse(match.group().lower()).normal_form != lemma:
            continue
        named = _named_mention(text, window + match.start(), window + match.end())
        if named:
            return named
    return None


def _antecedent(sentence: str, pos: int) -> list[str] | None:
    """The event a relative «в котором», «которые посетили» stands for: the last event named before it in the
    sentence, the last one with qualifiers if any."""
    from svodka.normalizers.event_kinds import KIND_ANY

    kinds = sorted(list(KIND_ANY.finditer(sentence[:pos])) + list(ATTENDED.finditer(sentence[:pos])),
                   key=lambda m: m.start())
    if not kinds:
        return None
    ends = [m.end() + re.match(r"[\w-]*", sentence[m.end():]).end() for m in kinds]  # to the end of the word
    named = [_named_mention(sentence, m.start(), end) for m, end in zip(kinds, ends)]
    words = [n for n in named if n and not n[0][:1].isdigit()]  # «открытых уроков …», not «38 уроков»
    if words:
        return words[-1]
    last = named[-1] or sentence[kinds[-1].start():ends[-1]].split()
    return last[1:] if last[0][:1].isdigit() and len(last) > 1 else last  # «96 заседаний» → «заседаний»


def previous_subject(text: str, pos: int) -> list[str] | None:
    """The event a pronoun («в нём», «её посетили») stands for: the first event named in the sentence before
    `pos` (or in the part of the current one before it), with its qualifiers and its title or the genitive
    words after it («Региональный этап олимпиады прошёл …» → that phrase)."""
    from svodka.normalizers.event_kinds import KIND_ANY
    from svodka.normalizers.sentences import sentences

    window = max(0, pos - LOOK_BACK)
    for start, end in list(sentences(text, window, pos))[-2:][::-1]:  # «В первый день в ней …»: the one before
        sentence = text[start:end]
        head = min((m for m in (KIND_ANY.search(sentence), ATTENDED.search(sentence)) if m),
                   key=lambda m: m.start(), default=None)
        if head is not None:
            break
    else:
        return None
    noun_end = head.start() + re.match(r"[\w-]+", sentence[head.start():]).end()
    words = _named_mention(sentence, head.start(), noun_end) or sentence[head.start():noun_end].split()
    return words[1:] if len(words) > 1 and words[0][:1].isdigit() else words  # «8 мастер-классов»


# «СПРАВКА о проведении Дней открытых дверей в …», «ОТЧЁТ об итогах городских Дней науки – 2024»
REPORT_OF = re.compile(r"\b(?:о\s+проведении|об\s+итогах(?:\s+проведения)?)\s+([^\n.;:]+)", re.IGNORECASE)
HEAD_CHARS = 600


def report_event(text: str) -> list[str] | None:
    """The event a report is about, as its heading names it («о проведении Дней открытых дверей» → that
    phrase, up to a quoted title or a place/time phrase), in the case written there; None without such a heading."""
    match = REPORT_OF.search(text, 0, HEAD_CHARS)
    if not match:
        return None
    words = []
    for word in re.findall(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»|[\w-]+", match.group(1)):
        if word.lower() in ("в", "во", "на", "по", "для", "с", "со") or word[:1].isdigit() or word in ("–", "-"):
            break
        words.append(word)
        if word.startswith("«"):
            break
    return words or None


# «ПРОТОКОЛ № 3 заседания городского методического объединения учителей математики от 12.10.2023»
MINUTES = re.compile(r"\bпротокол\w*(?:\s+№\s*[\w/-]+)?[\s.,]+((?:заседани|совещани|собрани)\w*[^\n.;:«]*)",
                     re.IGNORECASE)
MINUTES_END = re.compile(r"\s+(?:от|№)\s|\s+\d")


def minutes_event(text: str) -> list[str] | None:
    """The meeting a set of minutes records, as its heading names it («заседания … учителей математики»), for
    «Присутствовали: 12 человек» with no event in the sentences before; None without such a heading."""
    match = MINUTES.search(text, 0, HEAD_CHARS)
    if not match:
        return None
    words = MINUTES_END.split(match.group(1), maxsplit=1)[0].split()
    return words or None
