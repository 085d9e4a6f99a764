"""Short labels for prose head counts: who was counted + what they attended.

An annotator writes «педагоги на семинаре «…»» or «родители на
общегородском родительском собрании», not the sentence that states the count.
The label is built from the clause before the cue verb:

- the event phrase: the «в/на + event» phrase nearest the cue (time phrases
  such as «в 2022 году», «за год» skipped), a relative «в котором» standing for
  the event named before it, or the object of a verb of visiting
  («Открытые занятия посетили»);
- a pronoun («В нём приняли участие …») stands for the event the sentence
  before names; a relative clause between the event and the verb («На этапе,
  который прошёл …, участвовали») is skipped;
- a bare event noun («В конкурсе», «На собрании») names the event of the
  nearest preceding mention: the section heading above when it names that
  kind, else the last earlier mention with qualifiers or a quoted title;
- a stage of a competition («на школьном уровне» after «в олимпиадном
  движении») is named with its competition: «школьный этап олимпиады»;
- «этому предмету» stands for the school subject named last before it
  (`data/school_subjects.txt`); a subject taken as an exam («Русский язык
  сдавало 372 выпускника») gives «ЕГЭ по русскому языку, сдававшие», the exam
  being the last one named before;
- a named group gives «<people> на <event>» («педагоги на семинаре …»); for
  «человек» (and pupils at a competition) the label names the event first, as a
  table row does: «<event>, участники»; a total «всего участников <event>»;
  verbs of being present give «присутствовавшие на …» for «человек».

Anything else (a mode phrase «в очном режиме», no event phrase) returns None and
the caller keeps the clause as written. What a reference stands for is found by
`extractors.event_references`; phrases are put in a case by `normalizers.phrases`.
"""
from __future__ import annotations

import re

from svodka.extractors import models
from svodka.extractors.event_references import (
    ATTENDED, COMPETITION, COMPETITIONS, RELATIVE, STAGE_LOOK_BACK, _antecedent, _is_stage, _named_mention,
    _qualifiers, last_exam, minutes_event, previous_subject, report_event, resolve, resolve_subject, stage_of, subject_length,
)
from svodka.normalizers.phrases import _lemmas, _parse, agreed_cases, inflect_phrase

PREPOSITIONS = {"в", "во", "на", "за", "к", "ко", "из", "при", "с", "со", "от", "до", "среди", "о", "об"}
EVENT_PREPOSITIONS = {"в", "во", "на", "к", "ко", "за"}  # «к вебинару подключились», «за круглым столом»
ATTACHED = {"по", "для"}  # «олимпиады по математике», «семинара для воспитателей»: part of the noun phrase
# A phrase of time, not of the event: «в 2022 году», «во II полугодии», «в октябре», «за год».
TIME_HEAD = re.compile(r"^(?:\d|[IVX]+\b|год|полугоди|квартал|месяц|период|течени|дн[иейя]\w*\b|январ|феврал|март|апрел|"
                       r"ма[ея]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|этом\b|текущ|прошл|учебн)", re.IGNORECASE)
GATHER = re.compile(r"(?:собрал|объединил|охватил)[аио]?$", re.IGNORECASE)  # «Форум собрал 300 педагогов»: the subject is the event
# How people took part: «в дистанционном формате», «в очном режиме», «онлайн».
MODE = re.compile(r"очн|заочн|дистанц|онлайн|офлайн|смешанн|гибридн|трансляци|видеоконференц", re.IGNORECASE)
PASSING = re.compile(r"прош|проход", re.IGNORECASE)  # «прошли курсы», «проходили стажировку»
PASSED = "прошедшие"
STAY = re.compile(r"отдохн|отдыха|оздоровл", re.IGNORECASE)
CUE_INNER = re.compile(r"^\S+\s+(.+?)\s+\S+$")
PARTICIPANTS_OF = re.compile(r"^(?:участник|зрител|слушател|гост)\w*\s+(.+?)\s+(?:стал|были|являлись|являются)",
                             re.IGNORECASE)
PRESENCE = re.compile(r"присутств|посет|посещ|следил|смотрел|наблюдал|^прош|^проход", re.IGNORECASE)
ACTIVITY = {"работа", "проведение", "рамка", "ход"}  # «в работе конференции»: the event is what follows
TOTAL_START = re.compile(r"^\W*(?:всего|итого)\b", re.IGNORECASE)
OBJECT_PRONOUN = re.compile(r"^(?:е[её]|его|их)$", re.IGNORECASE)  # «её посетили …»: the event just named
PRONOUN = re.compile(r"^(?:н[её]м|ней|них)$", re.IGNORECASE)  # «В нём приняли участие …»: the event just named
WORD = re.compile(r"«|[\w-]+", re.UNICODE)
PUPILS = {"обучающийся", "обучающиеся", "учащийся", "учащиеся", "школьник", "ученик"}
COMPETITION_OR_STAGE = re.compile(COMPETITION.pattern + r"|(?<![\w-])этап", re.IGNORECASE)
TAKING = re.compile(r"^сда", re.IGNORECASE)  # «сдавало», «сдали»: taking an exam


def _tokens(text: str):
    """Words and whole «quoted titles» of a clause, with their offsets."""
    from svodka.normalizers.quotes import quoted_end

    pos = 0
    while True:
        match = WORD.search(text, pos)
        if not match:
            return
        if match.group() == "«":
            end = quoted_end(text, match.start())
            end = end if end > 0 else len(text)
            yield text[match.start():end], match.start(), end
            pos = end
        else:
            yield match.group(), match.start(), match.end()
            pos = match.end()


def _phrases(clause: str):
    """Prepositional phrases of a clause, nearest last: (preposition, words, start)."""
    out, current = [], None
    for word, start, _ in _tokens(clause):
        if word.lower() in PREPOSITIONS:
            current = (word.lower(), [], start)
            out.append(current)
        elif current is not None and word[:1].isalpha() and _parse(word.lower()).tag.POS in ("VERB", "INFN"):
            current = None  # «В проведении ОГЭ были задействованы»: a verb ends the phrase
        elif current is not None:
            current[1].append(word)
    return out


def exam_label(text: str, s0: int, sentence: str, clause_start: int, cue) -> str | None:
    """«Русский язык сдавало 372 выпускника» → «ЕГЭ по русскому языку, сдававшие»: a school subject before a
    verb of taking, as an exam (the last ЕГЭ/ОГЭ/ГВЭ named up to this sentence's end, else «экзамен»)."""
    if not TAKING.match(cue.group()):
        return None
    words = []
    for word, _, _ in _tokens(sentence[clause_start:cue.start()]):
        if word.lower() in PREPOSITIONS or not word[:1].isalpha():
            break
        words.append(word)
    if not words or not subject_length(words):
        return None
    exam = last_exam(text, s0 + clause_start, s0 + len(sentence)) or "экзамен"
    who = _participle(cue.group().split()[0])
    return f"{exam} по {inflect_phrase(words, 'datv', ('accs', 'nomn'))}, {who}" if who else None


def _is_event(words: list[str]) -> bool:
    from svodka.normalizers.event_kinds import KIND_ANY

    text = " ".join(words)
    return bool(KIND_ANY.search(text) or ATTENDED.search(text))


def _is_time(prep: str, words: list[str]) -> bool:
    """«в 2022 году», «во II полугодии», «за неделю» (but «на неделе наставничества» is an event, and «в 4
    загородных лагерях» a count of places)."""
    if not words:
        return False
    if words[0][:1].isdigit() and not re.fullmatch(r"(?:19|20)\d\d(?:[/–-]\d{2,4})?", words[0]):
        return len(words) > 1 and bool(TIME_HEAD.match(words[1]))  # «в 3 квартале», not «в 4 лагерях»
    return bool(TIME_HEAD.match(words[0])) or prep == "за" and words[0].lower().startswith("недел")


def participants_of(text: str, pos: int, phrase: str) -> str:
    """«Участники совещания» at `pos`: «участники <event>», a bare event noun named as in its earlier mention
    («участники августовского совещания»)."""
    words = phrase.split()
    if len(words) == 2:
        named = resolve(text, pos, words[1])
        if named:
            return f"{words[0].lower()} {inflect_phrase(named, 'gent', agreed_cases(named))}"
    return phrase[:1].lower() + phrase[1:]


def _blank_asides(clause: str) -> str:
    """A clause with its asides blanked out (same length): a relative clause («, который прошёл …,») or a
    participle's («, проходившем с 13 ноября …,») between the event and the verb."""
    def aside(match):
        first = re.match(r",\s*([а-яё]+)", match.group())
        keep = first and (RELATIVE.match(first.group(1)) or _parse(first.group(1)).tag.POS == "PRTF")
        return " " * len(match.group()) if keep else match.group()
    return re.sub(r",\s*[а-яё]+[^,]*,", aside, clause)


def _gathering(clause: str):
    """«Мастер-класс … «Сказка на песке» собрал 36 педагогов»: the event that gathered people is the subject,
    named by its kind and its quoted title."""
    from svodka.normalizers.event_kinds import KIND_ANY
    from svodka.normalizers.schools import classify

    tokens = [w for w, _, _ in _tokens(clause)]
    relative = next((w for w in tokens if RELATIVE.match(w)), None)
    if relative:  # «… круглым столом в …, за которым собрались 27 руководителей»: the event before
        return "на", [relative], clause.rfind(relative), ("nomn",)
    if tokens and not KIND_ANY.fullmatch(tokens[0]):  # «Школьный этап олимпиады … охватил»: qualifiers first
        head = min((m for m in (KIND_ANY.search(clause), ATTENDED.search(clause)) if m), key=lambda m: m.start(),
                   default=None)
        if head is None or _qualifiers(clause, head.start()) > 0:
            return None
        noun_end = head.start() + re.match(r"[\w-]+", clause[head.start():]).end()
        named = _named_mention(clause, head.start(), noun_end)
        return ("на", named, 0, ("nomn",)) if named else None
    if not tokens:
        return None
    title = next((w for w in reversed(tokens[1:]) if w.startswith("«") and not classify(w)[0]), None)  # not «СОШ № 38»
    return "на", [tokens[0]] + ([title] if title else []), 0, ("nomn",)


def _event_words(clause: str, presence: bool, gather: bool = False, passing: bool = False):
    """(preposition, words, start, cases) of what the clause says people attended, or None."""
    if gather:
        return _gathering(clause)
    every = _phrases(clause)
    last = [w for w, _, _ in _tokens(clause)][-1:]
    if presence and last and OBJECT_PRONOUN.match(last[0]):  # «…, их посетили 512 человек»: the event before
        return "на", last, clause.rfind(last[0]), ("accs",)
    if passing:  # «Курсовую подготовку прошёл 421 педагог», «Стажировку на базе … прошли 18 воспитателей»
        lead = [w for w, start, _ in _tokens(clause) if start < (every[0][2] if every else len(clause))
                and w[:1].isalpha()]
        if lead:
            return ("на" if _is_event(lead) else PASSED), lead, 0, ("accs",)
    phrases = [p for p in every if p[1] and not _is_time(p[0], p[1])]
    if phrases:
        prep, words, start = phrases[-1]
        dated = next((k for k, w in enumerate(words) if k and w[:1].isdigit()), None)
        words = words[:dated] if dated else words  # «на секциях (25 августа)»: the date is no part of the event
        if len(words) == 2 and RELATIVE.match(words[1]) and _parse(words[0].lower()).normal_form in ACTIVITY:
            words = words[1:]  # «в работе которых участвовали»: the relative stands for the event
        if prep in EVENT_PREPOSITIONS and (RELATIVE.match(words[0]) or PRONOUN.match(words[0]) or _is_event(words)
                                           or _is_stage(words)):
            return prep, words, start, ("datv",) if prep in ("к", "ко") else ("loct", "loc2", "ablt")
        return None
    # the object of a verb of visiting: «Открытые занятия посетили», «Всего за неделю мероприятия посетили»
    head = every[-1][1][1:] if every else [w for w, _, _ in _tokens(TOTAL_START.sub("", clause))]
    if every and _is_time(every[-1][0], every[-1][1]):  # «В 2023 году курсы … прошли»: the object after the time
        head = next((every[-1][1][k:] for k in range(len(every[-1][1])) if _is_event(every[-1][1][k:k + 1])), [])
    if presence and head and OBJECT_PRONOUN.match(head[-1]):  # «…; её посетили около 300 человек»
        return "на", head[-1:], clause.rfind(head[-1]), ("accs",)
    if presence and head and RELATIVE.match(head[-1]):  # «38 уроков, которые посетили …»
        return "на", head[-1:], clause.rfind(head[-1]), ("accs",)
    if presence and head and _is_event(head):
        return "на", head, 0, ("accs",)
    return None


def counted_in_brackets(context: str, text: str = "", pos: int = 0) -> str | None:
    """«на олимпиаде по математике (712 человек) и по русскому языку (655 человек)»: the event a bracketed
    head count follows, in the nominative, with the last of coordinated complements («олимпиада по русскому
    языку»), as «<event>, участники»; after an institution («… представили МБОУ «СОШ № 25» (17 человек)»)
    «участники <competition named before> от <institution>»; None when the clause names neither."""
    found = _event_words(context, False)
    if found is None:
        school = re.search(r"(?:[А-ЯЁ]{2,}\s+)?«[^«»]*(?:«[^«»]*»[^«»]*)?»\s*$", context)
        if not school or not text:
            return None
        competitions = list(COMPETITION.finditer(text, max(0, pos - STAGE_LOOK_BACK), pos))
        noun = models.parses(COMPETITIONS[competitions[-1].group(1).lower()])[0].inflect({"gent", "sing"}) \
            if competitions else None
        return f"участники {noun.word + ' ' if noun else ''}от {school.group().strip()}"
    if RELATIVE.match(found[1][0]) or PRONOUN.match(found[1][0]):
        return None
    _, words, _, cases = found
    joints = [k for k in range(1, len(words) - 1) if words[k].lower() == "и" and words[k + 1].lower() in ATTACHED]
    if joints:  # «олимпиаде по математике и по русскому языку» → «олимпиаде по русскому языку»
        first = next(k for k, w in enumerate(words) if w.lower() in ATTACHED)
        words = words[:first] + words[joints[-1] + 1:]
    return f"{inflect_phrase(words, 'nomn', cases)}, участники"


def _participle(verb: str) -> str:
    """«присутствовали» → «присутствовавшие»: who did what the cue says."""
    parse = _parse(verb.lower())
    form = parse.inflect({"PRTF", "actv", "past", "plur", "nomn"}) if parse.tag.POS == "VERB" else None
    return form.word if form else ""


AUXILIARY = ("были", "был", "была", "было", "будут")


def as_participle(context: str) -> str:
    """A clause after the people counted, its first verb as a participle: «следили за защитой» →
    «следившие за защитой»; a second verb after «и» ends it."""
    words = context.split()
    if len(words) > 1 and words[0].lower() in AUXILIARY and _parse(words[1].lower()).tag.POS == "PRTS":
        full = _parse(words[1].lower()).inflect({"PRTF", "plur", "nomn"})  # «были приглашены на» → «приглашённые на»
        return " ".join([full.word, *words[2:]]) if full else context
    if not words or _parse(words[0].lower()).tag.POS != "VERB":
        return context
    first = _participle(words[0])
    if not first:
        return context
    rest = []
    for k, word in enumerate(words[1:], 1):
        if word.lower() == "и" and k + 1 < len(words) and _parse(words[k + 1].lower()).tag.POS == "VERB":
            break
        rest.append(word)
    return " ".join([first] + rest)


def attended_label(text: str, s0: int, sentence: str, clause_start: int, cue, people: str, generic: bool,
                   whole: bool = False):
    """The label «<people> на <event>» / «<event>, участники» for a count after `cue`, or None; a `whole` (a count
    its parts follow: «326 человек, из них 118 – очно») is a total: «всего участников <event>»."""
    exam = exam_label(text, s0, sentence, clause_start, cue)
    if exam:
        return exam
    clause = _blank_asides(sentence[clause_start:cue.start()])
    inner = CUE_INNER.search(cue.group())  # «Участие в акции приняли»: the event inside the cue
    if inner and inner.group(1).split()[0].lower() in EVENT_PREPOSITIONS:
        clause = f"{clause} {inner.group(1)} "
    presence = bool(PRESENCE.search(cue.group()))
    role_of = PARTICIPANTS_OF.match(cue.group())
    if role_of:  # «Участниками фестиваля стали 230 обучающихся», «Зрителями концерта стали»: of the genitive event
        found = "на", role_of.group(1).split(",")[0].split(), 0, ("gent",)  # not the participle's aside after it
    else:
        found = _event_words(clause, presence, bool(GATHER.match(cue.group())), bool(PASSING.match(cue.group())))
    if found is None and presence and not clause.strip() and cue.start() == 0:
        found = "на", ["её"], 0, ("nomn",)  # «… состоялось заседание ГМО. Присутствовали 38 учителей»: that event
    if found is None:
        return None
    prep, words, start, cases = found
    if prep == PASSED:  # what they went through, not an event: «педагоги, прошедшие курсовую подготовку»
        what = " ".join(w if w.isupper() else w.lower() for w in words)
        verb = _participle(cue.group().split()[0])
        return (f"{verb} {what}" if generic else f"{people}, {verb} {what}") if verb else None
    named_here = False  # a mention in this sentence is the event itself, not to be looked up again
    if RELATIVE.match(words[0]):
        words = _antecedent(sentence, clause_start + start)
        cases = agreed_cases(words or [])
        if not words:
            return None
        named_here = True
    resolved_object = bool(OBJECT_PRONOUN.match(words[0]))
    if PRONOUN.match(words[0]) or resolved_object:
        words = previous_subject(text, s0 + clause_start + start) or (minutes_event(text) if presence else None)
        if not words:
            return None
        cases, named_here = agreed_cases(words), True
    if _is_stage(words):
        staged = stage_of(text, s0 + clause_start + start, words)
        if staged:
            words, cases = staged, ("nomn",)
        elif not _is_event(words):
            return None
    words = resolve_subject(text, s0 + clause_start + start, words)
    if _lemmas(words[0]) & {"экзамен"}:  # «в экзамене по математике» of a section on ЕГЭ: that exam
        exam = last_exam(text, s0 + clause_start + start, s0 + len(sentence))
        words = [exam] + words[1:] if exam else words
    if len(words) > 1 and _parse(words[0].lower(), cases).normal_form in ACTIVITY:
        words = words[1:]
    if len(words) > 1 and _lemmas(words[0]) & {"мероприятие"} and words[1][:1].isupper():
        words = words[1:]  # «в мероприятиях Дней науки»: the named event itself
    if len(words) == 2 and _lemmas(words[0]) & {"мероприятие"} and not TIME_HEAD.match(words[1]):
        named = resolve(text, s0 + clause_start + start, words[1])  # «в мероприятиях недели»: of the week named
        if named:
            words, cases = named, agreed_cases(named)
    total = bool(TOTAL_START.match(sentence[clause_start:])) or whole
    if len(words) == 1 and _lemmas(words[0]) & {"мероприятие"} and total and (own := report_event(text)):
        words, cases = own, agreed_cases(own)  # «Всего мероприятия посетили …»: the events the report is about
    if len(words) == 1 and not words[0].startswith("«") and not total and not named_here:  # a total: the report's
        parse = _parse(words[0].lower(), cases)
        if parse.tag.POS == "NOUN":  # «в чтениях», «в Днях науки»: plural names of events too
            named = resolve(text, s0 + clause_start + start, words[0])
            if named:
                words, cases = named, agreed_cases(named)
    named_people = not generic
    if not generic and _lemmas(people.split()[0]) & PUPILS and COMPETITION_OR_STAGE.search(" ".join(words)):
        generic = True  # pupils at an olympiad or contest are its participants: «школьный этап олимпиады, участники»
    if presence and generic and resolved_object:  # «…; её посетили около 300 человек»: the event, as a table row
        return f"{inflect_phrase(words, 'nomn', cases)}, участники"
    if presence:
        verb = _participle(cue.group().split()[0])
        if generic and cases == ("accs",):  # «посетившие мероприятия»
            return f"{verb} {' '.join(w if w.isupper() else w.lower() for w in words)}" if verb else None
        who = verb if generic else people
        return f"{who} {prep} {inflect_phrase(words, 'loct', cases)}" if who else None
    if STAY.search(cue.group()) and not generic:  # «в лагерях отдохнули 1 180 детей»: where they stayed
        return f"{people} {prep} {inflect_phrase(words, 'loct', cases)}"
    event = inflect_phrase(words, "gent", cases)
    if total:
        return f"всего участников {event}" + (f" ({people})" if named_people else "")  # who, when named
    if generic:  # the event first, as the label of a table row
        form = _parse(role_of.group().split()[0].lower()).inflect({"nomn", "plur"}) if role_of else None
        who = form.word if form else people if named_people else "участники"  # «…, зрители», «…, обучающиеся 5-11 классов»
        return f"{inflect_phrase(words, 'nomn', cases)}, {who}"
    mode = next((" ".join([prep] + words) for prep, words, _ in _phrases(clause)
                 if prep in ("в", "во") and words and MODE.search(" ".join(words))), "")
    who = f"{people} {mode.lower()}" if mode else people  # «педагоги в дистанционном формате на семинарах»
    return f"{who} на {inflect_phrase(words, 'loct', cases)}"
