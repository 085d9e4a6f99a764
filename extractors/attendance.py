"""Attendance counts from tables and prose (issue 5).

Tables: one row per number cell of a count column (tidy form), the row's
label, the column's header, totals rows and total columns flagged.
Prose: a number before a noun that counts people («62 общественных
наблюдателя»), or after «количество участников –», in a sentence that says
people took part (`data/attendance_cues.txt`), or before a noun that says so by
itself after «Всего» («Всего 25 участников.»); breakdowns after a colon
(«450 человек: 270 - в работе секций, 180 – в пленарном заседании») give one
row per part. Counts of organizations, events, money, percentages are not
attendance: their nouns are not in `data/count_nouns.txt`.
"""
from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors import models
from svodka.extractors.attendance_shares import line_shares, list_head, listed_shares, school_shares
from svodka.extractors.attendance_labels import (ACTIVITY, MODE, _is_event, as_participle, attended_label, counted_in_brackets, exam_label,
                                          inflect_phrase, participants_of)
from svodka.normalizers.lines import line_of
from svodka.normalizers.numbers import find_numbers, find_numeral_words
from svodka.normalizers.wordlists import data_patterns
from svodka.extractors.records import doc_text, records
from svodka.normalizers.counted import GENERIC_NOUNS, PARTICIPANT_NOUNS, RESULT_NOUNS, _is_people
from svodka.extractors.attendance_tables import _add, _names_people, table_rows
from svodka.extractors.attendance_subject import leading_participants, named_after_dash
from svodka.extractors.attendance_dashed import dashed_counts
from svodka.extractors.attendance_titled import titled_counts
from svodka.extractors.attendance_field import apposed_label, cues_of, field_cues, field_label, in_field, subject_cues, their_count, whole_of_field


CUES = data_patterns("attendance_cues.txt")
# «Общее количество участников – 283 человека», «Число участников ... составило 229».
COUNT_PHRASE = re.compile(r"(?:(?:(?:(?:общее|общая)\s+)?(?:количество|число|численность|охват)|всего)\s+"
                          r"(?:[а-яё]+(?:ых|их)\s+){0,2}"  # «Число зарегистрированных участников – 315»
                          r"|(?:^|(?<=[.;]\s))\W*(?=(?:участников|слушателей|присутствующих|посетителей|зрителей|"
                          r"делегатов|конкурсантов)\b))"  # «Участников олимпиады — 116»: the people in the genitive plural
                          r"(?:участник|слушател|присутствующ|посетител|зрител|делегат|конкурсант)\w*"
                          r"(?:[^.;:\d]|\d(?![\d\s]*,)){0,80}?"  # no count of its own before: «Участников – 15, победителей – 3»
                          r"(?:\s[-–—]\s|:\s|составил\w*|состави\w*|\s(?:было|стало|насчитывалось|оказалось))\s*"
                          r"(?:(?:более|свыше|около|почти|порядка|не\s+менее)\s+)?(?:\*\*)?$", re.IGNORECASE)
BOUND_BEFORE = re.compile(r"(?<![\w-])(более|свыше|около|почти|порядка|больше|не\s+менее|менее|примерно|приблизительно)"
                          r"\s*(?:\*\*)?$", re.IGNORECASE)
QUALIFIER_BEFORE = re.compile(r"(?:более|свыше|около|почти|порядка|больше|до|не менее|менее)\s*$", re.IGNORECASE)
NOT_A_COUNT_AFTER = re.compile(r"^\s*(?:%|процент|руб|млн|год|г\.|гг|лет|час|мин|балл|раз|мест|км|м\b|метр|"
                               r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
                               r"[-–]\s*\d|\.\d|/)", re.IGNORECASE)
NOT_A_COUNT_BEFORE = re.compile(r"(?:№|№\s*№|\bN|-|\.|/|(?<![\w-])по)\s*$")  # «12 команд по 6 человек»
# «на 33 человека больше, чем в прошлом году»: a difference, not a head count.
RIGHT_AFTER = re.compile(r"\s*(?:(?:более|свыше|около|почти|порядка)\s+)?", re.IGNORECASE)  # a count right after its cue
# «Всего 25 участников.»: a total of participants needs no verb of taking part.
TOTAL_LEAD = re.compile(r"(?:^|[.;:(]\s*)\W*(всего|итого|в\s+общей\s+сложности)\s*(?:(?:более|свыше|около|почти|порядка)\s*)?$",
                        re.IGNORECASE)
JOINED_COUNT = re.compile(r"\d\s+[^\d,;:]{1,80}\sи\s+$")  # «21 победитель и 296 призёров олимпиад»: a list of counts
DIFFERENCE = re.compile(r"(?<![\w-])на\s*$", re.IGNORECASE)
COMPARATIVE_AFTER = re.compile(r"^\s*[А-Яа-яЁё]+\s+(?:больше|меньше|выше|ниже)\b", re.IGNORECASE)
IN_AMOUNT = re.compile(r"([А-Яа-яЁё][А-Яа-яЁё-]*(?:\s+[А-Яа-яЁё-]+){0,5})\s+в\s+количестве\s*$", re.IGNORECASE)
CLAUSE_MARK = re.compile(r"[;:(]")
WORD = re.compile(r"\s*(?:\*\*)?\s*([А-Яа-яЁё][А-Яа-яЁё-]*)")
BREAKDOWN_ITEM = re.compile(r"^\s*(?:[-–—]|[а-яё]+(?:ли|ло|ла)\s+(?=в|во|на)|(?=(?:из|от)\s+(?!\d|них\b|которых\b|числа\b)))"
                            r"\s*([^,;:]+?)\.?\s*(?=[,;:]|$)")  # «…, в том числе двое из Энского района»: where from
# «– очно», or a verb then where: «из них 38 участвовали в дистанционном формате»  # «– студенты ТГПУ им. Л.Н. Толстого»
OF_THEM = re.compile(r"\b(?:из\s+них|в\s+том\s+числе)\s*$", re.IGNORECASE)
# «Участники совещания – более 600 педагогов, …»: who they were, after a dash
PARTICIPANTS_DASH = re.compile(r"^\W*((?:участник|слушател|гост)\w*\s+[^–—:;.,]{1,80}?)\s+[-–—]\s*"
                               r"(?:более|свыше|около|почти|порядка)?\s*$", re.IGNORECASE)
# «212 педагогов из 36 округов, из них 48 – ...»: where the whole came from may stand before «из них».
# … or what they are («238 молодых педагогов со стажем работы до 3 лет, из них …»).
OF_THEM_AFTER = re.compile(r"^(?:[^,;:.()]{0,60}?)?,?\s*(?:из\s+\d[^,;:.()]*,\s*)?(?:из\s+них|в\s+том\s+числе)\b",
                           re.IGNORECASE)
# «…, из них 118 – очно»: parts that split a whole (not «из них определены 55 победителей»).
PARTS_AFTER = re.compile(OF_THEM_AFTER.pattern + r"\s+\d[\d\s]*[-–—]", re.IGNORECASE)
PART_OF_TOTAL = re.compile(r"(?<![\d\w])(\d+)\s+из\s+$")
LABEL_DASH = re.compile(r"[:,;]\s*([^:,;–—-][^:,;]*?)\s*[-–—]\s*$")  # «…, в номинации «X» – »
PART_WHERE = re.compile(r"(?:(?:только|лишь)\s+)?(?:в|во|на)\s", re.IGNORECASE)  # «из них 270 – в секциях»
CONJUNCTIONS = {"и", "а также", "также", "а"}
JOINED = re.compile(r"(?:^|\s)(?:и|а\s+также|а)$", re.IGNORECASE)
PREPOSITION_FIRST = re.compile(r"^(?:из|от|со?|со\s+всех)\s", re.IGNORECASE)
PART_START = re.compile(r"^(?:(?:только|лишь|также|ещё|еще)\s+)?(?:(?:в|во|на|по|из|от|среди|для)\s|"
                        r"(?:очно|заочно|дистанционно|онлайн|офлайн|удал[её]нно)\b)", re.IGNORECASE)
PART_PEOPLE_WORDS = 3  # «35 – молодые специалисты»: the people noun after its adjectives
# «Участники круглого стола (42 человека)»: a head count in parentheses after the people it counts.
IN_PARENS_BEFORE = re.compile(r"\(\s*(?:более|свыше|около|почти|порядка|не менее)?\s*$", re.IGNORECASE)
MAX_MODIFIERS = 4
POSSESSIVES = ("их", "своих")  # «19 их наставников»: whose they are, left out of the label
MAX_COMPLEMENT = 6
LOOK_BEHIND, LOOK_AHEAD = 300, 300  # characters of a sentence read around each number


# --- prose -------------------------------------------------------------------------------------

def _names_a_part(phrase: str) -> bool:
    """A breakdown item says where the part took part («в пленарном заседании») or who it is («учителя»);
    «победители и призёры» are results, not attendance."""
    words = phrase.split()
    return bool(PART_START.match(phrase.strip())) or \
        any(_is_people(w.strip("«»\"'")) for w in words[:PART_PEOPLE_WORDS])


def _is_modifier(word: str) -> bool:
    tag = models.parses(word)[0].tag
    return tag.POS in ("ADJF", "PRTF", "CONJ", "NUMR") or word.lower() in ("тысяч", "тыс", *POSSESSIVES)


def _nominative(words: list[str]) -> str:
    out = []
    for word in words:
        parse = models.parses(word)[0]
        parts = word.split("-")
        if len(parts) == 2 and all(p and models.parses(p)[0].tag.POS == "NOUN" for p in parts):
            out.append("-".join(_nominative([p]) for p in parts))  # «учитель-логопед» → «учителя-логопеды»
        elif parse.tag.POS in ("ADJF", "PRTF", "NOUN") and word.lower() not in ("и", "тысяч"):
            forms = [f.word for f in parse.lexeme if {"nomn", "plur"} <= f.tag.grammemes] if parse.tag.POS == "NOUN" \
                else [f.word for f in parse.lexeme if {"nomn", "plur"} <= f.tag.grammemes and f.word[:3] == word.lower()[:3]][:1] \
                if "Supr" in parse.tag else [f.word for f in [parse.inflect({"nomn", "plur"})] if f]  # «лучших» → «лучшие»
            out.append(forms[-1] if forms else word.lower())  # «учители, учителя»: the usual one is last
        elif word.lower() not in ("тысяч", "тыс", *POSSESSIVES):
            out.append(word.lower())
    return " ".join(out)


def counted_phrase(text: str, pos: int, results: bool = False):
    """(noun phrase in nominative, generic?, end) of the people counted after `pos`, or None. With `results`,
    winners of an earlier event count too («приняли участие 14 победителей районных конкурсов»)."""
    words, cursor, result = [], pos, False
    for _ in range(MAX_MODIFIERS + 1):
        match = WORD.match(text, cursor)
        if not match:
            return None
        word = match.group(1)
        words.append(word)
        cursor = match.end()
        result = results and any(p.normal_form in RESULT_NOUNS for p in models.parses(word)[:1])
        if _is_people(word) or result:
            noun = word
            break
        if not _is_modifier(word):
            return None
    else:
        return None
    also = re.match(r"\s+и\s+([А-Яа-яЁё-]+)", text[cursor:])
    if also and _is_people(also.group(1)) and {p.tag.case for p in models.parses(also.group(1).lower())[:3]} & \
            {p.tag.case for p in models.parses(noun.lower())[:3]}:
        words += ["и", also.group(1)]  # «220 молодых педагогов и студентов»: both groups
        cursor += also.end()
    complement, ends = [], [cursor]
    for _ in range(MAX_COMPLEMENT):
        match = WORD.match(text, ends[-1])
        if not match:
            break
        tag = models.parses(match.group(1))[0].tag
        if tag.POS in ("VERB", "INFN", "GRND") or "gent" not in tag and tag.POS not in ("PREP",) and \
                not ("loct" in tag or "ablt" in tag) or match.group(1).lower() in ("из", "которые", "который"):
            break
        complement.append(match.group(1))
        ends.append(match.end())
    while complement and models.parses(complement[-1])[0].tag.POS == "PREP":
        complement.pop()
        ends.pop()
    if complement and complement[-1][:1].isupper() and text[ends[-1]:].lstrip().startswith("(") and \
            models.parses(complement[-1].lower())[0].tag.POS == "ADJF":
        del complement[:], ends[1:]  # «студентов Северного (Арктического) университета»: a name cut by a bracket
    if result:  # what they had won, up to its event: «победителей районных и городских конкурсов»
        window = list(re.finditer(r"\S+", re.split(r"[,;.()]", text[cursor:cursor + 80])[0]))[:MAX_COMPLEMENT]
        event = next((k for k, w in enumerate(window) if _is_event([w.group()])), None)
        if event is None:
            return None  # «приняли участие 3 победителя и 5 призёров»: results, no event they had won
        complement, ends = [w.group() for w in window[:event + 1]], [cursor, cursor + window[event].end()]
    end = ends[-1]
    generic = any(p.normal_form in GENERIC_NOUNS for p in models.parses(noun)[:2])
    phrase = _nominative(words)
    if complement:
        phrase += " " + " ".join(complement)
    return (generic and named_after_dash(text, cursor)) or (phrase, generic, cursor if generic else end)


def _other_verb(sentence: str, start: int, end: int) -> bool:
    """A finite verb between a cue and a count (outside brackets): the count is that verb's, not the cue's."""
    for word in re.findall(r"[А-Яа-яЁё]+", _blank_parens(sentence)[start:end]):
        parses = models.parses(word.lower())
        if parses[0].tag.POS == "VERB" and parses[0].score >= 0.5:
            return True
    return False


def _sentences(text: str, skip):
    """(start, sentence) of every prose sentence, a long one in pieces (`normalizers.sentences.pieces`):
    table lines (tabs) and table spans are skipped."""
    from svodka.normalizers.sentences import pieces, sentences, unwrapped

    text, line_start, line_end, in_table = unwrapped(text), -1, -1, False  # a sentence wrapped across lines: whole
    spans = sorted(skip)
    for start, end in sentences(text):
        if start > line_end:  # a new line: each line is looked at once
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            k = bisect.bisect_right(spans, (line_start, float("inf"))) - 1
            in_table = "\t" in text[line_start:line_end] or k >= 0 and spans[k][0] <= line_start < spans[k][1]
        if in_table:
            continue
        for s, e in pieces(text, start, end):
            yield s, text[s:e]


def _clean(label: str) -> str:
    label = label.replace("**", "")
    label = QUALIFIER_BEFORE.sub("", label.strip())
    return " ".join(label.strip(" ,;:–—-").split())


def _blank_parens(text: str) -> str:
    """Closed parentheses blanked out (same length), so their content never bounds a clause."""
    while True:
        new = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
        if new == text:
            return new
        text = new


def _clause_start(sentence: str, cut: int) -> int:
    """Start of the clause a cue at `cut` belongs to: after the last «;», «:» or open «(» before it (not one
    inside brackets or a «quoted title: with a colon»)."""
    head = re.sub(r"«[^«»]*»", lambda m: " " * len(m.group()), _blank_parens(sentence[:cut]))
    marks = [m.end() for m in CLAUSE_MARK.finditer(head)]
    return marks[-1] if marks else 0


def _context_before(sentence: str, cut: int) -> str:
    """The clause before a count: from the last «;», «:» or open «(» (or sentence start) to `cut`."""
    head = _blank_parens(sentence[:cut])
    marks = [m.end() for m in CLAUSE_MARK.finditer(head)]
    context = _clean(sentence[marks[-1] if marks else 0:cut])
    if not context and marks:  # «сдавало 47 % выпускников (174 человека)»: the clause around the parenthesis
        return _context_before(sentence, marks[-1] - 1)
    return " ".join(_blank_parens(context).split())


PREPOSITIONS = {"в", "во", "на", "из", "для", "с", "со", "к", "о", "об", "при", "за", "по", "от", "до"}
ATTACHED = {"по", "для", "о", "об"}  # «экзамене по математике»: these lean on the noun before them


def _nearest_adverbial(sentence: str, cue: int) -> str:
    """The prepositional phrase right before the cue verb: «в очном режиме приняли участие»."""
    head = _blank_parens(sentence[:cue])
    words = list(re.finditer(r"[\w-]+", head))
    if not words or head[words[-1].end():].strip():
        return ""  # punctuation between the phrase and the cue
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group().lower()
        if word not in PREPOSITIONS:
            continue
        if word in ATTACHED:
            earlier = [j for j in range(k - 1, -1, -1) if words[j].group().lower() in PREPOSITIONS - ATTACHED]
            if earlier and not re.search(r"[,;:–—]", head[words[earlier[0]].start():words[k].start()]):
                k = earlier[0]
        if len(words) - k < 2:
            return ""
        return _clean(sentence[words[k].start():words[-1].end()])
    return ""


def event_phrase(adverbial: str) -> str:
    """What people took part in, in the nominative, from «в/на ...» when it names an event.

    >>> event_phrase("в работе конференции"), event_phrase("в очном режиме")
    ('конференция', '')
    """
    words = adverbial.split()
    if len(words) < 2 or words[0].lower() not in ("в", "во", "на") or not _is_event(words):
        return ""
    words = words[1:]
    if len(words) > 1 and models.parses(words[0].lower())[0].normal_form in ACTIVITY:
        words = words[1:]
    return inflect_phrase(words, "nomn", ("loct", "loc2", "ablt", "gent"))


CONTEXT_AFTER_WORDS = 14


def _context_after(sentence: str, pos: int) -> str:
    tail = sentence[pos:]
    match = re.search(r"[;:.(]|,\s", tail)
    return " ".join(_clean(tail[:match.start()] if match else tail).split()[:CONTEXT_AFTER_WORDS])


def prose_counts(text: str, skip=()) -> list[dict]:
    """Head counts stated in prose: dicts with count, label, start, end, is_total."""
    out = []
    head, last = None, ""  # the people of a list of schools one to a line, after its «…:» line
    for s0, sentence in _sentences(text, skip):
        previous, last = last, sentence
        shares = line_shares(sentence, head) if head else []
        if shares:  # «Количество участников по школам:» / «МБОУ СОШ № 3 – 12 человек;»
            out.extend({**share, "start": s0 + share["start"], "end": s0 + share["end"], "is_total": False,
                        "breakdown": False, "part_of": None, "people": "участники"} for share in shares)
            continue
        head = None
        listed = titled_counts(sentence)
        if listed:  # «четыре секции: «Классное руководство» (84 участника), «Дополнительное образование» (71)»
            out.extend({**item, "start": s0 + item["start"], "end": s0 + item["end"]} for item in listed)
            continue
        if their := their_count(sentence, previous):  # «… участницы конкурса. Их пять.»
            out.append({**their, "start": s0 + their["start"], "end": s0 + their["end"]})
            continue
        worded = list(find_numeral_words(sentence))
        numbers = sorted([*find_numbers(sentence), *worded], key=lambda n: n[1])
        if not numbers:  # no number, no count: the cues are looked for only in the «…:» head of a list below
            head = list_head(sentence, bool(CUES.any(sentence) or field_cues(sentence, in_field(out, text, s0)))) \
                if sentence.rstrip().endswith(":") else None
            continue
        sentence_cues = sorted(CUES.finditer(sentence) + field_cues(sentence, in_field(out, text, s0)), key=lambda m: m.start())
        subject = subject_cues(sentence)
        first_row = len(out)
        found_any = False
        first_count, previous_end, whole, built = None, 0, None, None
        in_words = {start for _, start, _ in worded}
        for value, ns, ne in numbers:
            cues = cues_of(sentence_cues, subject, ne)
            lo = max(0, ns - LOOK_BEHIND)  # what a count's own phrase may take before it: linear in the sentence
            before, after = sentence[lo:ns], sentence[ne:ne + LOOK_AHEAD]
            if NOT_A_COUNT_BEFORE.search(before) or NOT_A_COUNT_AFTER.match(after) or \
                    DIFFERENCE.search(before) and COMPARATIVE_AFTER.match(after):
                continue
            phrase_match = COUNT_PHRASE.search(before)
            counted = counted_phrase(sentence, ne)
            if counted is None and cues and (any(RIGHT_AFTER.fullmatch(sentence, m.end(), ns) for m in cues) or
                                             found_any and JOINED_COUNT.search(before[-90:])):
                counted = counted_phrase(sentence, ne, results=True)  # «участвуют 14 победителей районных конкурсов»
            if counted is not None and counted[1] and (amount := IN_AMOUNT.search(before)):
                words = amount.group(1).split()  # «учителя истории школ района в количестве 28 человек»
                first = next((k for k, w in enumerate(words) if _is_people(w)), None)
                if first is not None:
                    counted = (" ".join(words[first:]).lower(), False, counted[2])
            if ns in in_words and counted is None and not phrase_match and not (whole and OF_THEM.search(before)):
                continue  # a number in words counts only the people named right after it: «три педагога»
            if counted is not None and (part := PART_OF_TOTAL.search(before)):  # «48 из 52 педагогов»: 48 came
                value, ns = int(part.group(1)), lo + part.start(1)
            label, part_of = None, None
            in_parens = counted is not None and counted[1] and IN_PARENS_BEFORE.search(before) and \
                sentence[counted[2]:].lstrip().startswith(")")
            cue_before = [m for m in cues if m.end() <= ns]
            if in_parens and _names_people(_context_before(sentence, ns)):  # «сдавало 47 % выпускников (174 человека)»
                exam = exam_label(text, s0, sentence, _clause_start(sentence, cue_before[-1].start()),
                                  cue_before[-1]) if cue_before else None
                context = _context_before(sentence, ns)
                event = counted_in_brackets(context, text, s0 + ns) if counted[1] and not exam else None
                label, end = exam or event or context, counted[2]
            elif phrase_match and (counted is None or counted[1]):
                label = re.sub(r"\s+(?:состави\w*|было|стало|насчитывалось|оказалось)$", "", _clean(before[phrase_match.start():]))
                head, _, rest = label.partition(" ")
                if _is_people(head) and "gent" in models.parses(head.lower())[0].tag:  # «Участников олимпиады — 116»
                    label = f"{_nominative([head])} {rest}".strip()
                end = counted[2] if counted else ne
            elif counted is not None and not lo and (named := PARTICIPANTS_DASH.search(before)) and not found_any:
                label, end = participants_of(text, s0 + named.start(1), named.group(1)), counted[2]
            elif cue_before and counted is not None and \
                    (field := field_label(cue_before[-1], out[first_row:], sentence, counted, ns)):
                label, end = field, counted[2]  # «Среди участников – 2 учителя истории, …», «4 педагога имеют …»
            elif counted is not None and cues:
                phrase, generic, end = counted
                built = None
                if cue_before and (_other_verb(sentence, cue_before[-1].end(), ns)
                                   or ";" in _blank_parens(sentence)[cue_before[-1].end():ns]):
                    continue  # «…; 100 баллов получили 9 человек»: the count belongs to a verb that is no cue
                if cue_before:
                    listed = first_count is not None and first_count > cue_before[-1].end()
                    between = sentence[previous_end:ns] if listed else ""
                    own = _clean(between.rsplit(",", 1)[-1]) if listed else ""
                    own = "" if own.lower() in CONJUNCTIONS else own  # «…, 214 наблюдателей и 28 специалистов»
                    if JOINED.search(own) and PREPOSITION_FIRST.match(own):
                        own = ""  # «34 учителя из 24 школ и 20 воспитателей»: the complement is the group's before
                    people_part = bool(listed and OF_THEM.search(own))
                    if people_part:  # «…, в том числе 9 педагогов школы № 10»: a part, named by its people
                        own = phrase
                    opens = sentence[end:].lstrip()
                    parts = PARTS_AFTER.match(opens)
                    # a whole split by how or where people took part is a total; split into groups of people
                    # («из них 37 – студенты») it keeps its people
                    first_part = re.split(r"[,;]", opens[parts.end():], maxsplit=1)[0].strip(" –—-") if parts else ""
                    listed_counts = opens.startswith(":") and bool(re.search(r"\d", opens[:60]))  # not «: руководители, …»
                    has_parts = listed_counts or bool(parts) and bool(
                        MODE.search(first_part) or PART_WHERE.match(first_part))
                    built = None if own else attended_label(text, s0, sentence, _clause_start(sentence, cue_before[-1].start()),
                                                            cue_before[-1], phrase, generic, whole=has_parts)
                    if own:  # «..., в дистанционном формате – 60 участников»: its own clause
                        context = own
                        built = phrase if people_part else built
                    elif built:
                        context = built
                    else:
                        context = _context_before(sentence, first_count if listed else ns)
                        adverbial = _nearest_adverbial(sentence, cue_before[-1].start())
                        if generic:  # «человек» says nothing: the adverbial next to the cue says what
                            context = adverbial or context
                            if context.lower() == cue_before[-1].group().lower():  # «Присутствовали: 12 человек»
                                context = built = as_participle(context.lower())
                            event = event_phrase(context)
                            if event:  # «в работе конференции приняли участие 450 человек»
                                context = f"{event}, участники"
                        elif context.lower() == cue_before[-1].group().lower():  # «Присутствовали: 12 учителей»
                            context = built = phrase
                        elif MODE.search(adverbial):  # «в дистанционном формате подключились 53 педагога района»
                            context = built = f"{phrase} {adverbial[:1].lower()}{adverbial[1:]}"
                else:
                    context = _context_after(sentence, end)
                    participle = as_participle(context)
                    if participle != context:  # «150 школьников следили за …» → «школьники, следившие за …»
                        context = built = participle if generic else f"{phrase}, {participle}"
                label = context if generic or built else (f"{context} {phrase}" if cue_before else f"{phrase} {context}")
                if first_count is None:
                    first_count = ns
            elif counted is not None and not cues and (lead := TOTAL_LEAD.search(before)) and \
                    any(p.normal_form in PARTICIPANT_NOUNS for p in models.parses(sentence[ne:counted[2]].split()[-1])[:2]):
                label, end = f"{lead.group(1).lower()} {sentence[ne:counted[2]].strip()}", counted[2]  # «Всего 25 участников»
            elif counted is not None and not cues and (lead := leading_participants(sentence, ns, ne, counted)):
                label, end = lead, counted[2]  # «120 участников слёта провели мастер-классы»
            elif counted is not None and not cue_before and (apposed := apposed_label(before, sentence, counted)):
                label, end = apposed, counted[2]  # «Наибольшее число участников, 23 человека, представила Ухта»
            elif counted is not None and whole_of_field(before, sentence[ne:counted[2]].split()[0]):
                label, end = counted[0], counted[2]  # «из 25 участников третье место досталось …»
            elif found_any and whole is not None and (before.rstrip().endswith((":", ",", ";"))
                                                      or OF_THEM.search(before)):
                item = BREAKDOWN_ITEM.match(after)
                item = item if item and _names_a_part(item.group(1)) else None
                if not item and (counted is None or counted[1] or not before.rstrip().endswith(":")):
                    continue  # a part says where or who («– в секциях»), or is people right after the colon («: 13 солистов»)
                label, end = (_clean(item.group(1)), ne + item.end()) if item else (counted[0], counted[2])
                part_of = whole
            elif found_any and whole is not None and whole[1] and (lead := LABEL_DASH.search(before)) and \
                    (_names_a_part(lead.group(1)) or lead.group(1).startswith("«")):
                label, end, part_of = _clean(lead.group(1)), ne, whole  # «…: в номинации «X» – 14, «Y» – 9»
                head = re.match(r"[^«]+(?=«)", out[-1]["label"]) if out and label.startswith("«") else None
                if head and out[-1].get("part_of") == whole:
                    label = head.group() + label  # «в номинации «Y»»: the head of the part before
            if not label:
                continue
            total = not found_any and bool(re.match(r"\s*(?:\*\*)?(всего|общее|итого)", sentence[:ns], re.I))
            found_any = True
            previous_end = end
            opens = sentence[end:].lstrip()
            if part_of is None and (opens.startswith(":") or OF_THEM_AFTER.match(opens)):
                whole = (len(out), opens.startswith(":"))  # the parts that follow: a partition after «:»
            label = _clean(label)
            if (bound := BOUND_BEFORE.search(before)) and sentence[ns:ne] not in label:
                label = f"{label} ({bound.group(1).lower()} {sentence[ns:ne]})"  # «более 100 педагогов»: the bound kept
            out.append({"count": value, "label": label, "start": s0 + ns, "end": s0 + end,
                        "is_total": total, "breakdown": part_of is None and opens.startswith(":"),
                        "part_of": part_of, "people": counted[0] if counted and not counted[1] else "участники"})
        _add_shares(out, first_row, s0, sentence, sentence_cues)
        _add_elliptical(out, first_row, s0, sentence)
        out.extend({**row, "start": s0 + row["start"], "end": s0 + row["end"], "is_total": False, "breakdown": False,
                    "part_of": None} for row in dashed_counts(sentence, {r["start"] - s0 for r in out[first_row:]}, counted_phrase))
        head = list_head(sentence, bool(sentence_cues))
    return out


# «два учителя английского языка, один – русского»: a part whose people noun is left out, its complement's
# adjective standing for the one of the part before; «… из школ № 10 и Айлинской и один – русского языка …»
# further on in the clause; «пять воспитателей и один учитель-логопед»: one more person of another kind.
ELLIPTICAL = re.compile(r"\s*,\s*(?:и\s+)?(один|одна|одно|\d{1,5})\s*[-–—]\s*([а-яё]+)\s*(?=[,.;]|$)", re.IGNORECASE)
ONE_MORE = re.compile(r"(?:,\s*|\s)(?:и|а\s+также|а)\s+(один|одна)\s+(?:[-–—]\s*([а-яё]+)|(?=[а-яё]))", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:!?]")


def _add_elliptical(out: list[dict], first_row: int, s0: int, sentence: str) -> None:
    k = len(out) - 1
    if k < first_row or out[k]["is_total"] or out[k]["people"] == "участники":
        return
    at = out[k]["end"] - s0
    match = ELLIPTICAL.match(sentence, at)
    if not match:
        stop = CLAUSE_END.search(sentence, at)
        match = ONE_MORE.search(sentence, at, stop.start() if stop else len(sentence))
    if not match:
        return
    count = int(match.group(1)) if match.group(1).isdigit() else 1
    if match.group(2) is None:  # «и один учитель-логопед»: who, in full
        counted = counted_phrase(sentence, match.end(1))
        if counted is None or counted[1]:
            return
        people = counted[0]
        rest = out[k]["label"][len(out[k]["people"]):] if out[k]["label"].startswith(out[k]["people"]) else ""
        label, end = people + rest, counted[2]
    else:
        word = models.parses(match.group(2).lower())[0]  # «русского» for «английского», «физики» for «математики»
        words = out[k]["people"].split()
        slot = next((i for i, w in enumerate(words[1:], 1) if models.parses(w)[0].tag.POS == word.tag.POS
                     and models.parses(w)[0].tag.case == word.tag.case), None)
        if word.tag.POS not in ("ADJF", "NOUN") or word.tag.case != "gent" or slot is None:
            return
        words[slot] = match.group(2).lower()
        people, label, end = out[k]["people"], " ".join(words), match.end(2)
    out.append({"count": count, "label": label, "start": s0 + match.start(1), "end": s0 + end, "is_total": False,
                "breakdown": False, "part_of": out[k]["part_of"], "people": people})


# «27 учителей из четырёх городов региона: …», «46 школьников, в том числе …»
WHOLE_BEFORE_COLON = re.compile(r"[^,;:.()«»]{0,80}(?::|,\s*(?:в\s+том\s+числе|из\s+них)\b)")


def _add_listed(out: list[dict], first_row: int, s0: int, sentence: str, cues: list) -> None:
    """Shares by school with no whole and colon before them («больше всего участников в гимназии № 6 (15 чел.),
    школе № 3 – 9 чел.»), in place of what the rules for numbers made of the list unless the schools follow a
    verb; a count before the list in the same sentence is their whole."""
    shares = listed_shares(sentence, bool(cues))
    if not shares:
        return
    start = s0 + shares[0]["start"]
    read = [row for row in out[first_row:] if row["start"] >= start]
    if read and shares[0]["after_verb"]:
        return  # the rules for numbers read the list already («… представили МБОУ «СОШ № 25» (17 человек)»)
    del out[len(out) - len(read):]
    whole = (len(out) - 1, False) if len(out) > first_row else None
    out.extend({**share, "start": s0 + share["start"], "end": s0 + share["end"], "is_total": False,
                "breakdown": False, "part_of": whole, "people": "участники"} for share in shares)


def _add_shares(out: list[dict], first_row: int, s0: int, sentence: str, cues: list) -> None:
    """Shares of a whole by school or place after its colon (`attendance_shares`) replace what the rules for
    numbers made of that list."""
    whole = next((k for k in range(first_row, len(out)) if WHOLE_BEFORE_COLON.match(sentence, out[k]["end"] - s0)),
                 None)
    opener = WHOLE_BEFORE_COLON.match(sentence, out[whole]["end"] - s0) if whole is not None else None
    shares = school_shares(sentence, opener.end() - 1, out[whole]["people"]) if opener else []
    if not shares:
        _add_listed(out, first_row, s0, sentence, cues)
        return
    del out[whole + 1:]
    out.extend({**share, "start": s0 + share["start"], "end": s0 + share["end"], "is_total": False,
                "breakdown": False, "part_of": (whole, opener.group().endswith(":")), "people": out[whole]["people"]}
               for share in shares)


def _table_spans(doc: Doc):
    return [(t["char_start"], t["char_end"] + 1) for t in records(doc, "tables")]


RESTATED_REACH = 40  # earlier counts a count may restate
SENTENCE_END = re.compile(r"[.!?…]\s|\n")  # a count is restated in another sentence or line, never in its own


def _restated(earlier: dict, later: dict) -> bool:
    """«Более 60 педагогов приняли участие в краевом семинаре …» … «В работе семинара приняли участие более 60
    педагогов»: a count stated again for the same people at the same kind of event, in another sentence."""
    from svodka.normalizers.event_kinds import kind_of

    if earlier["count"] != later["count"] or earlier["part_of"] or later["part_of"] or \
            earlier["people"] == "участники" or earlier["people"] != later["people"]:
        return False
    if earlier["label"] == later["label"] != earlier["people"]:  # a heading repeated as the lead: one count
        return True
    kinds = kind_of(earlier["label"]), kind_of(later["label"])
    return all(kinds) and kinds[0][0] == kinds[1][0]


def _restated_dropped(found: list[dict], text: str) -> list[dict]:
    """The prose counts without the ones a report only restates (kept once, where first stated); the parts
    of a whole keep pointing at it."""
    keep, moved = [], {}
    for k, item in enumerate(found):
        if item["part_of"] is None and any(_restated(found[j], item) and SENTENCE_END.search(text, found[j]["end"], item["start"])
                                           for j in range(max(0, k - RESTATED_REACH), k)):
            continue
        moved[k] = len(keep)
        keep.append(item)
    return [{**item, "part_of": (moved[item["part_of"][0]], item["part_of"][1])} if item["part_of"] else item
            for item in keep]


def prose_rows(doc: Doc) -> list[dict]:
    from svodka.extractors.events import find_event
    from svodka.normalizers.event_kinds import KIND_START
    from svodka.normalizers.headings import heading_before

    out, text, events = [], doc_text(doc), {}
    for number, found in enumerate(_restated_dropped(prose_counts(text, _table_spans(doc)), text), 1):
        line = line_of(text, found["start"])[0]  # counts on one line share its heading: looked up once
        if line not in events:
            title, _ = heading_before(text, found["start"], KIND_START)
            events[line] = find_event(doc, title) if title else None
        event = events[line]
        out.append(_add(doc, found["start"], found["end"], table="prose", row=number,
                              label=found["label"], column="", count=found["count"], is_total=found["is_total"],
                              event_id=event["event_id"] if event else "", source="prose",
                              part_of_row=found["part_of"][0] + 1 if found["part_of"] else None,
                              partition=bool(found["part_of"] and found["part_of"][1])))
    return out


@Language.component("svodka_attendance")
def attendance_component(doc: Doc) -> Doc:
    table_rows(doc)
    prose_rows(doc)
    return doc
