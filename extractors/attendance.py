"""Attendance counts from tables and prose (issue 5).

Tables: one row per number cell of a count column (tidy form), the row's
label, the column's header, totals rows and total columns flagged.
Prose: a number before a noun that counts people («62 общественных
наблюдателя»), or after «количество участников –», in a sentence that says
people took part (`data/attendance_cues.txt`); breakdowns after a colon
(«450 человек: 270 - в работе секций, 180 – в пленарном заседании») give one
row per part. Counts of organizations, events, money, percentages are not
attendance: their nouns are not in `data/count_nouns.txt`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors import models
from svodka.extractors.attendance_labels import (ACTIVITY, MODE, _is_event, as_participle, attended_label, counted_in_brackets, exam_label,
                                          inflect_phrase, participants_of)
from svodka.normalizers.numbers import find_numbers, parse_cell
from svodka.normalizers.wordlists import data_lines
from svodka.extractors.records import add_record, doc_text, records
GROUP = "attendance"
NOT_PEOPLE_HEADER = re.compile(r"руб|%|процент|балл|доля|сумм|стоимост|средн", re.IGNORECASE)
# Headers counting things, not people: «Количество ОО», «Кол-во мероприятий», «Число проектов»; measures of
# time or volume: «Объём, ч», «ак. ч», «Кол-во часов», «Продолжительность, дней».
THING_HEADER = re.compile(r"\bОО\b|\bОУ\b|школ|организаци|учреждени|мероприяти|заняти|урок|час|проект|работ|заяв|"
                          r"(?<![.\w])ч\b|\bак\.\s*ч|объ[её]м|трудо[её]мк|продолжительн|длительн|\bдн(?:ей|и|я)\b|"
                          r"публикац|площад|команд|класс|групп|конкурс(?!ант)|секци|доклад|выступлени|презентаци|экспонат|"
                          r"просмотр|пут[её]во?к|сертификат|диплом|грамот|номинаци|отряд|лагер|договор|программ|"
                          r"победител|призер|призёр|лауреат|дипломант", re.IGNORECASE)  # results, not attendance


COUNT_NOUNS = set(data_lines("count_nouns.txt"))
GENERIC_NOUNS = {"человек", "участник", "чел"}
CUES = [re.compile(p, re.IGNORECASE) for p in data_lines("attendance_cues.txt")]
# «Общее количество участников – 283 человека», «Число участников ... составило 229».
COUNT_PHRASE = re.compile(r"(?:(?:(?:общее|общая)\s+)?(?:количество|число|численность|охват)|всего)\s+"
                          r"(?:[а-яё]+(?:ых|их)\s+){0,2}"  # «Число зарегистрированных участников – 315»
                          r"(?:участник|слушател|присутствующ|посетител|зрител|делегат)\w*[^.;:]{0,80}?"
                          r"(?:\s[-–—]\s|составил\w*|состави\w*)\s*(?:\*\*)?$", re.IGNORECASE)
QUALIFIER_BEFORE = re.compile(r"(?:более|свыше|около|почти|порядка|больше|до|не менее|менее)\s*$", re.IGNORECASE)
NOT_A_COUNT_AFTER = re.compile(r"^\s*(?:%|процент|руб|млн|год|г\.|гг|лет|час|мин|балл|раз|мест|км|м\b|метр|"
                               r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
                               r"[-–]\s*\d|\.\d|/)", re.IGNORECASE)
NOT_A_COUNT_BEFORE = re.compile(r"(?:№|№\s*№|\bN|-|\.|/|(?<![\w-])по)\s*$")  # «12 команд по 6 человек»
# «на 33 человека больше, чем в прошлом году»: a difference, not a head count.
DIFFERENCE = re.compile(r"(?<![\w-])на\s*$", re.IGNORECASE)
COMPARATIVE_AFTER = re.compile(r"^\s*[А-Яа-яЁё]+\s+(?:больше|меньше|выше|ниже)\b", re.IGNORECASE)
CLAUSE_MARK = re.compile(r"[;:(]")
WORD = re.compile(r"\s*(?:\*\*)?\s*([А-Яа-яЁё][А-Яа-яЁё-]*)")
BREAKDOWN_ITEM = re.compile(r"^\s*(?:[-–—]|[а-яё]+(?:ли|ло|ла)\s+(?=в|во|на))\s*([^,;]+?)\.?\s*(?=[,;]|$)")
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
PART_START = re.compile(r"^(?:(?:только|лишь|также|ещё|еще)\s+)?(?:(?:в|во|на|по|из|от|среди|для)\s|"
                        r"(?:очно|заочно|дистанционно|онлайн|офлайн|удал[её]нно)\b)", re.IGNORECASE)
PART_PEOPLE_WORDS = 3  # «35 – молодые специалисты»: the people noun after its adjectives
# «Участники круглого стола (42 человека)»: a head count in parentheses after the people it counts.
IN_PARENS_BEFORE = re.compile(r"\(\s*(?:более|свыше|около|почти|порядка|не менее)?\s*$", re.IGNORECASE)
MAX_MODIFIERS = 4
MAX_COMPLEMENT = 6


def _add(doc: Doc, start: int, end: int, label: str, **fields) -> dict:
    """An attendance record (`label` is a field here, not the span's label)."""
    record = add_record(doc, GROUP, start, end, **fields)
    record["label"] = label
    return record


def people_column(header: str) -> bool:
    """A count column of people: its header names people («Кол-во чел», «Участники»), or at least
    nothing else («Всего», a district); not schools, events, money, percentages or scores.

    >>> people_column("Кол-во участников мероприятий"), people_column("Количество ОО"), people_column("Всего")
    (True, False, True)
    """
    if NOT_PEOPLE_HEADER.search(header):
        return False
    if any(_is_people(w) for w in re.findall(r"[А-Яа-яЁё]+", header)):
        return True
    return not THING_HEADER.search(header)


# --- tables ------------------------------------------------------------------------------------

def table_rows(doc: Doc) -> list[dict]:
    """One attendance record per count cell of every table."""
    out = []
    for table in records(doc, "tables"):
        header = table["header"]
        for number, row in enumerate(table["rows"], 1):
            if row["continues"]:
                continue
            for col in table.get("count_columns", []):
                if not people_column(header[col]):
                    continue
                cell = row["cells"][col]
                count = parse_cell(cell["text"])
                if count is None:
                    continue
                out.append(_add(
                    doc, cell["start"], cell["end"], table=table["name"], row=number, label=row["label"],
                    column=header[col], count=count, is_total=row["is_total"] or col in table.get("total_columns", []),
                    event_id=row.get("event_id") or table.get("event_id", ""), source="table",
                    table_id=table["table_id"]))
    return out


# --- prose -------------------------------------------------------------------------------------

def _is_people(word: str) -> bool:
    word = word.lower()
    if word in COUNT_NOUNS:
        return True
    for parse in models.parses(word)[:3]:
        if parse.normal_form in COUNT_NOUNS:
            return True
        if parse.tag.POS == "PRTF":  # «учащихся», «обучающихся»: participles used as nouns
            form = parse.inflect({"nomn", "sing", "masc"})
            if form and form.word in COUNT_NOUNS:
                return True
    return False


def _names_a_part(phrase: str) -> bool:
    """A breakdown item says where the part took part («в пленарном заседании») or who it is («учителя»);
    «победители и призёры» are results, not attendance."""
    words = phrase.split()
    return bool(PART_START.match(phrase.strip())) or \
        any(_is_people(w.strip("«»\"'")) for w in words[:PART_PEOPLE_WORDS])


def _names_people(phrase: str) -> bool:
    """A phrase with a noun counting people in it («Участники круглого стола»)."""
    return any(_is_people(w) for w in re.findall(r"[А-Яа-яЁё]+", phrase))


def _is_modifier(word: str) -> bool:
    tag = models.parses(word)[0].tag
    return tag.POS in ("ADJF", "PRTF", "CONJ", "NUMR") or word.lower() in ("тысяч", "тыс")


def _nominative(words: list[str]) -> str:
    out = []
    for word in words:
        parse = models.parses(word)[0]
        if parse.tag.POS in ("ADJF", "PRTF", "NOUN") and word.lower() not in ("и", "тысяч"):
            forms = [f.word for f in parse.lexeme if {"nomn", "plur"} <= f.tag.grammemes] if parse.tag.POS == "NOUN" \
                else [f.word for f in [parse.inflect({"nomn", "plur"})] if f]
            out.append(forms[-1] if forms else word.lower())  # «учители, учителя»: the usual one is last
        elif word.lower() not in ("тысяч", "тыс"):
            out.append(word.lower())
    return " ".join(out)


def counted_phrase(text: str, pos: int):
    """(noun phrase in nominative, generic?, end) of the people counted after `pos`, or None."""
    words, cursor = [], pos
    for _ in range(MAX_MODIFIERS + 1):
        match = WORD.match(text, cursor)
        if not match:
            return None
        word = match.group(1)
        words.append(word)
        cursor = match.end()
        if _is_people(word):
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
    end = ends[-1]
    generic = any(p.normal_form in GENERIC_NOUNS for p in models.parses(noun)[:2])
    phrase = _nominative(words)
    if complement:
        phrase += " " + " ".join(complement)
    return phrase, generic, cursor if generic else end


def _other_verb(sentence: str, start: int, end: int) -> bool:
    """A finite verb between a cue and a count (outside brackets): the count is that verb's, not the cue's."""
    for word in re.findall(r"[А-Яа-яЁё]+", _blank_parens(sentence)[start:end]):
        parses = models.parses(word.lower())
        if parses[0].tag.POS == "VERB" and parses[0].score >= 0.5:
            return True
    return False


def _sentences(text: str, skip):
    """(start, sentence) of every prose sentence: table lines (tabs) and table spans are skipped."""
    from svodka.normalizers.sentences import sentences

    for start, end in sentences(text):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if "\t" in text[line_start:line_end if line_end >= 0 else len(text)] or \
                any(s <= line_start < e for s, e in skip):
            continue
        yield start, text[start:end]


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


# «работали четыре секции: «A» (84 участника), «B» (71), …»: parts of an event named by kind and title.
TITLED_LIST_HEAD = re.compile(r"(?<![\w-])(секци|площадк|мастер-класс|круглы[йхе]\s+стол|номинаци|мастерск)\w*[^:.;]{0,40}:",
                              re.IGNORECASE)
TITLED_ITEM = re.compile(r"(«[^«»]+(?:«[^«»]*»[^«»]*)*»)\s*\(\s*(?:более|около|свыше)?\s*(\d[\d\s]*?)"
                         r"(?:\s+(?:участник\w*|человек|чел\.?|педагог\w*|слушател\w*))?\s*\)")
KIND_SINGULAR = {"секци": "секция", "площадк": "площадка", "мастер-класс": "мастер-класс", "номинаци": "номинация",
                 "мастерск": "мастерская"}


def titled_counts(sentence: str) -> list[dict]:
    """Counts in brackets after the titles of a list of sections (площадки, номинации…), when every item of the
    list has one and the first names people: one row each, labelled «секция «Title»»."""
    head = TITLED_LIST_HEAD.search(sentence)
    if not head:
        return []
    items = list(TITLED_ITEM.finditer(sentence, head.end()))
    if len(items) < 2 or not re.search(r"[а-яё]", items[0].group()[items[0].start(2) - items[0].start():]):
        return []
    stem = head.group(1).lower()
    kind = next((v for k, v in KIND_SINGULAR.items() if stem.startswith(k)), "круглый стол")
    return [{"count": int(re.sub(r"\s", "", m.group(2))), "label": f"{kind} {m.group(1)}", "start": m.start(2),
             "end": m.end(2), "is_total": False, "breakdown": False, "part_of": None} for m in items]


def prose_counts(text: str, skip=()) -> list[dict]:
    """Head counts stated in prose: dicts with count, label, start, end, is_total."""
    out = []
    for s0, sentence in _sentences(text, skip):
        listed = titled_counts(sentence)
        if listed:  # «четыре секции: «Классное руководство» (84 участника), «Дополнительное образование» (71)»
            out.extend({**item, "start": s0 + item["start"], "end": s0 + item["end"]} for item in listed)
            continue
        cues = sorted((m for c in CUES for m in c.finditer(sentence)), key=lambda m: m.start())
        found_any = False
        first_count, previous_end, whole, built = None, 0, None, None
        for value, ns, ne in find_numbers(sentence):
            before, after = sentence[:ns], sentence[ne:]
            if NOT_A_COUNT_BEFORE.search(before) or NOT_A_COUNT_AFTER.match(after) or \
                    DIFFERENCE.search(sentence[:ns]) and COMPARATIVE_AFTER.match(after):
                continue
            phrase_match = COUNT_PHRASE.search(before)
            counted = counted_phrase(sentence, ne)
            if counted is not None and (part := PART_OF_TOTAL.search(before)):  # «48 из 52 педагогов»: 48 came
                value, ns = int(part.group(1)), part.start(1)
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
                label = re.sub(r"\s+состави\w*$", "", _clean(before[phrase_match.start():]))
                end = counted[2] if counted else ne
            elif counted is not None and (named := PARTICIPANTS_DASH.search(before)) and not found_any:
                label, end = participants_of(text, s0 + named.start(1), named.group(1)), counted[2]
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
                            event = event_phrase(context)
                            if event:  # «в работе конференции приняли участие 450 человек»
                                context = f"{event}, участники"
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
            elif found_any and whole is not None and (before.rstrip().endswith((":", ",", ";"))
                                                      or OF_THEM.search(before)):
                item = BREAKDOWN_ITEM.match(after)
                if not item or not _names_a_part(item.group(1)):
                    continue
                label, end = _clean(item.group(1)), ne + item.end()
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
            out.append({"count": value, "label": _clean(label), "start": s0 + ns, "end": s0 + end,
                        "is_total": total, "breakdown": part_of is None and opens.startswith(":"),
                        "part_of": part_of})
    return out


def _table_spans(doc: Doc):
    return [(t["char_start"], t["char_end"] + 1) for t in records(doc, "tables")]


def prose_rows(doc: Doc) -> list[dict]:
    from svodka.extractors.events import KIND_START, find_event
    from svodka.extractors.tables import heading_before

    out = []
    for number, found in enumerate(prose_counts(doc_text(doc), _table_spans(doc)), 1):
        title, _ = heading_before(doc_text(doc), found["start"], KIND_START)
        event = find_event(doc, title) if title else None
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
