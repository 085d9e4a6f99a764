"""Short labels for prose head counts: who was counted + what they attended.

An annotator writes «участники конкурса «Учитель года – 2025»» or «родители на
общегородском родительском собрании», not the sentence that states the count.
The label is built from the clause before the cue verb:

- the event phrase: the «в/на + event» phrase nearest the cue (time phrases
  such as «в 2022 году», «за год» skipped), a relative «в котором» standing for
  the event named before it, or the object of a verb of visiting
  («Открытые занятия посетили»);
- a bare event noun («В конкурсе», «На собрании») names the event of the
  nearest preceding mention: the section heading above when it names that
  kind, else the last earlier mention with qualifiers or a quoted title;
- verbs of taking part give «<people>, участники <event in the genitive>»
  («участники …» alone for «человек»), verbs of being present give
  «<people> на <event>» («присутствовавшие на …» for «человек»).

Anything else (a mode phrase «в очном режиме», no event phrase) returns None and
the caller keeps the clause as written.
"""
from __future__ import annotations

import re

from extractors import models

PREPOSITIONS = {"в", "во", "на", "за", "к", "ко", "из", "при", "с", "со", "от", "до", "среди", "о", "об"}
EVENT_PREPOSITIONS = {"в", "во", "на"}
ATTACHED = {"по", "для"}  # «олимпиады по математике», «семинара для воспитателей»: part of the noun phrase
# Nouns of what people attend besides the kinds of `data/event_kinds.txt`.
ATTENDED = re.compile(r"мероприяти|экзамен|\bЕГЭ\b|\bОГЭ\b|\bГИА\b|заседани|собрани|совет[аеу]?\b|урок|заняти|"
                      r"финал|этап|защит", re.IGNORECASE)
# A phrase of time, not of the event: «в 2022 году», «во II полугодии», «в октябре», «за год».
TIME_HEAD = re.compile(r"^(?:\d|[IVX]+\b|год|полугоди|квартал|месяц|период|течени|дн[иейя]\w*\b|январ|феврал|март|апрел|"
                       r"ма[ея]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|этом\b|текущ|прошл|учебн)", re.IGNORECASE)
PRESENCE = re.compile(r"присутств|посет|посещ|следил|смотрел|наблюдал", re.IGNORECASE)
ACTIVITY = {"работа", "проведение", "рамка", "ход"}  # «в работе конференции»: the event is what follows
TOTAL_START = re.compile(r"^\W*(?:всего|итого)\b", re.IGNORECASE)
RELATIVE = re.compile(r"^котор", re.IGNORECASE)
WORD = re.compile(r"«|[\w-]+", re.UNICODE)
NUMBERED = re.compile(r"^(?:\d+|[IVX]+)[.)]\s+")
HEADING_WORDS = 6  # words of a heading before the event noun it is named by
LOOK_BACK = 3000  # characters searched for the earlier mention of a bare event noun
TITLE_WORDS = 6   # words between an event noun and its quoted title


def _parse(word: str, cases=()):
    parses = models.parses(word)
    for parse in parses:
        if any(c in parse.tag for c in cases):
            return parse
    return parses[0]


def inflect_phrase(words: list[str], case: str, cases=()) -> str:
    """The adjectives and head noun of a phrase in `case` (number kept); its complements as written.

    >>> inflect_phrase(["общегородское", "родительское", "собрание"], "loct", ("nomn",))
    'общегородском родительском собрании'
    """
    out, done = [], False
    for word in words:
        if done or word.startswith("«") or not word[:1].isalpha() or word[:1].isupper() and out or \
                len(word) > 1 and word.isupper():
            done = done or word.startswith("«")
            out.append(word)
            continue
        parse = _parse(word.lower(), cases)
        if parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
            form = parse.inflect({case})
            out.append(form.word if form else word.lower())
            done = parse.tag.POS == "NOUN"
        else:
            out.append(word.lower())
    return " ".join(out)


def _tokens(text: str):
    """Words and whole «quoted titles» of a clause, with their offsets."""
    from normalizers.quotes import quoted_end

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
        elif current is not None:
            current[1].append(word)
    return out


def _is_event(words: list[str]) -> bool:
    from extractors.events import KIND_ANY

    text = " ".join(words)
    return bool(KIND_ANY.search(text) or ATTENDED.search(text))


def _is_time(prep: str, words: list[str]) -> bool:
    """«в 2022 году», «во II полугодии», «за неделю» (but «на неделе наставничества» is an event)."""
    return bool(TIME_HEAD.match(words[0])) or prep == "за" and words[0].lower().startswith("недел")


def _event_words(clause: str, presence: bool):
    """(preposition, words, start, cases) of what the clause says people attended, or None."""
    every = _phrases(clause)
    phrases = [p for p in every if p[1] and not _is_time(p[0], p[1])]
    if phrases:
        prep, words, start = phrases[-1]
        if prep in EVENT_PREPOSITIONS and (RELATIVE.match(words[0]) or _is_event(words)):
            return prep, words, start, ("loct", "loc2", "ablt")
        return None
    # the object of a verb of visiting: «Открытые занятия посетили», «Всего за неделю мероприятия посетили»
    head = every[-1][1][1:] if every else [w for w, _, _ in _tokens(TOTAL_START.sub("", clause))]
    if presence and head and _is_event(head):
        return "на", head, 0, ("accs",)
    return None


def _qualifiers(text: str, start: int) -> int:
    from extractors.events import _qualifiers_before

    return _qualifiers_before(text, start)


def _named_mention(text: str, start: int, end: int) -> list[str] | None:
    """The words naming the event at text[start:end] (a noun): its qualifiers, the noun, and a quoted title
    after it (through the kind it belongs to: «финал … конкурса … «Открытие»» → «финал конкурса «Открытие»»)."""
    from extractors.events import KIND_ANY
    from normalizers.quotes import quoted_end

    first = _qualifiers(text, start)
    words = text[first:end].split()
    rest = text[end:end + 300]
    quote = rest.find("«")
    between = rest[:quote] if quote >= 0 else ""
    if quote >= 0 and len(between.split()) <= TITLE_WORDS and not re.search(r"[.,;:!?\n]", between) and \
            all("gent" in _parse(w.lower()).tag for w in between.split()):  # «финал … конкурса школьников «…»»
        close = quoted_end(rest, quote)
        title = rest[quote:close if close > 0 else len(rest)]
        kinds = list(KIND_ANY.finditer(between))
        if kinds and not KIND_ANY.fullmatch(text[start:end]):
            words.append(kinds[-1].group().split()[-1])
        words.append(title)
    return words if len(words) > 1 else None


def _heading_name(text: str, pos: int, lemma: str) -> list[str] | None:
    """The nearest section heading above `pos`, when it names an event of this kind."""
    from extractors.events import KIND_START
    from extractors.tables import _paragraphs_before, is_heading

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
    """The event a relative «в котором» stands for: the last kind named before it in the sentence."""
    from extractors.events import KIND_ANY

    kinds = list(KIND_ANY.finditer(sentence[:pos]))
    if not kinds:
        return None
    return _named_mention(sentence, kinds[-1].start(), kinds[-1].end()) or kinds[-1].group().split()


def _participle(verb: str) -> str:
    """«присутствовали» → «присутствовавшие»: who did what the cue says."""
    parse = _parse(verb.lower())
    form = parse.inflect({"PRTF", "actv", "past", "plur", "nomn"}) if parse.tag.POS == "VERB" else None
    return form.word if form else ""


def as_participle(context: str) -> str:
    """A clause after the people counted, its first verb as a participle: «следили за защитой» →
    «следившие за защитой»; a second verb after «и» ends it."""
    words = context.split()
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


def attended_label(text: str, s0: int, sentence: str, clause_start: int, cue, people: str, generic: bool):
    """The label «<people>, участники <event>» / «<people> на <event>» for a count after `cue`, or None."""
    clause = sentence[clause_start:cue.start()]
    presence = bool(PRESENCE.search(cue.group()))
    found = _event_words(clause, presence)
    if found is None:
        return None
    prep, words, start, cases = found
    if RELATIVE.match(words[0]):
        words, cases = _antecedent(sentence, clause_start + start), ("nomn", "accs")
        if not words:
            return None
    if len(words) > 1 and _parse(words[0].lower(), cases).normal_form in ACTIVITY:
        words = words[1:]
    total = bool(TOTAL_START.match(sentence[clause_start:]))
    if len(words) == 1 and not words[0].startswith("«") and not total:  # a total counts the report's event
        parse = _parse(words[0].lower(), cases)
        if parse.tag.POS == "NOUN" and "sing" in parse.tag:
            named = resolve(text, s0 + clause_start + start, words[0])
            if named:
                words, cases = named, ("nomn", "accs")
    if presence:
        verb = _participle(cue.group().split()[0])
        if generic and cases == ("accs",):  # «посетившие мероприятия»
            return f"{verb} {' '.join(w if w.isupper() else w.lower() for w in words)}" if verb else None
        who = verb if generic else people
        return f"{who} {prep} {inflect_phrase(words, 'loct', cases)}" if who else None
    event = inflect_phrase(words, "gent", cases)
    if total:
        return f"всего участников {event}"
    return f"участники {event}" if generic else f"{people}, участники {event}"
