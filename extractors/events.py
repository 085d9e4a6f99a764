"""Events the report describes (issue 5)."""
from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz, utils
from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors import models
from svodka.normalizers.quotes import quoted_end
from svodka.normalizers.sentences import sentences
from svodka.extractors.records import add_record, doc_text, meta, records
from svodka.normalizers.event_kinds import KIND_ANY, KIND_START, QUALIFIER, TITLE_HEADER, kind_of


GROUP = "events"
SAME_EVENT = 85  # ratio of two title keys naming one event
SUBSET_WORDS = 3  # words the shorter title needs before it may match as a part of the longer one
DATE_HEADER = re.compile(r"дата|срок|время|когда", re.IGNORECASE)
VENUE_HEADER = re.compile(r"место|площадк|база|образовательная организация|\bОО\b|учреждени", re.IGNORECASE)
TRAILING_PARENS = re.compile(r"\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?\s*$")
EVENTS_COUNTED = re.compile(r"мероприяти|событи|заняти|встреч", re.IGNORECASE)  # a column counting events
DATE_LOOKAHEAD = 400  # characters after a heading searched for the event's date


@functools.lru_cache(maxsize=4096)  # each event's title is compared with every later mention
def title_key(title: str) -> str:
    """What two mentions of one event share: the quoted name, else the words after the kind.

    >>> title_key('Форсайт-сессия. Групповой проект в школе')
    'групповой проект в школе'
    """
    from svodka.normalizers.headings import heading_title

    if "«" in title:
        return utils.default_process(heading_title(title))
    found = kind_of(title, start_only=True)
    rest = title[found[2]:] if found else title
    return utils.default_process(TRAILING_PARENS.sub("", rest))


def same_event(a: str, b: str) -> bool:
    """Two titles name the same event (spelling slips and shortened names allowed)."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return False
    if fuzz.ratio(ka, kb) >= SAME_EVENT:
        return True
    shorter = min(len(ka.split()), len(kb.split()))  # «Наставничество» is in many titles: a subset needs words
    return shorter >= SUBSET_WORDS and (fuzz.token_set_ratio(ka, kb) >= SAME_EVENT or
                                        fuzz.partial_ratio(ka, kb) >= 92)


def find_event(doc: Doc, title: str) -> dict | None:
    """The event record a title names, if any."""
    for event in records(doc, GROUP):
        if same_event(event["title"], title):
            return event
    return None


def _venue(doc: Doc, start: int, end: int) -> tuple[str, dict]:
    """(venue text, school key) of the school named between start and end."""
    for school in records(doc, "schools"):
        if start <= school["char_start"] and school["char_end"] <= end:
            key = {k: school.get(k, "") for k in ("city", "sector", "number", "name")}
            return doc_text(doc)[school["char_start"]:school["char_end"]], key
    return "", {}


def _split_title(text: str, start: int):
    """(title, venue span) of a cell or heading: a trailing parenthesis names the venue."""
    match = TRAILING_PARENS.search(text)
    if match:
        return text[:match.start()].strip(), (start + match.start(1), start + match.end(1))
    return text.strip().rstrip("."), None


def _dates(text: str, year) -> dict:
    from svodka.normalizers.dates import parse_dates

    for found in parse_dates(text, year):
        if found.get("kind") in ("day", "range"):
            return found
    return {}


def _add(doc: Doc, title: str, start: int, end: int, kind: str, date: dict, venue_span) -> dict:
    venue_text, venue = _venue(doc, *venue_span) if venue_span else ("", {})
    if venue_span and not venue_text:
        venue_text = doc_text(doc)[venue_span[0]:venue_span[1]]
    existing = find_event(doc, title)
    if existing is not None and existing.get("main") and kind and existing["kind"] and kind != existing["kind"]:
        existing = None  # «Дни науки «X»» and their «Пленарное заседание «X»»: a theme shared, two events
    if existing is not None:
        for field, value in (("kind", kind), ("date_start", date.get("start", "")), ("date_end", date.get("end", "")),
                             ("time", date.get("time", "")), ("venue_text", venue_text), ("venue", venue)):
            if value and not existing.get(field):
                existing[field] = value
        existing["mentions"].append([start, end])
        return existing
    event_id = f"new{len(records(doc, GROUP)) + 1}"  # numbered in text order at the end (`number_in_order`)
    return add_record(doc, GROUP, start, end, event_id=event_id, title=title, kind=kind,
                      date_start=date.get("start", ""), date_end=date.get("end", ""), time=date.get("time", ""),
                      venue_text=venue_text, venue=venue, mentions=[[start, end]])


def counts_events(table: dict) -> bool:
    """A table counting events by type («Тип мероприятия | Количество мероприятий»): its rows are
    kinds of events, not events held.

    >>> counts_events({"header": ["Вид", "Кол-во мероприятий"], "count_columns": [1]})
    True
    >>> counts_events({"header": ["Мероприятие", "Кол-во участников мероприятий"], "count_columns": [1]})
    False
    """
    from svodka.normalizers.counted import people_column

    heads = [table["header"][i] for i in table.get("count_columns", [])]
    return bool(heads) and all(EVENTS_COUNTED.search(h) and not people_column(h) for h in heads)


def events_from_tables(doc: Doc) -> None:
    for table in records(doc, "tables"):
        col = table.get("label_column")
        if col is None or counts_events(table):
            continue
        header = table["header"]
        titled = bool(TITLE_HEADER.search(header[col]))
        date_cols = [i for i, h in enumerate(header) if DATE_HEADER.search(h)]
        last = None  # the event a row with an empty event cell (a continuation, another category) goes on counting
        for row in table["rows"]:
            if row["is_total"]:
                last = None
                continue
            cell = row["cells"][col]
            if row["continues"] or not cell["text"].strip():
                if last is not None:
                    row["event_id"] = last
                continue
            found = kind_of(cell["text"], start_only=True)
            if not (found or titled):
                last = None  # a group label or another row that is no event
                continue
            title, venue_span = _split_title(cell["text"], cell["start"])
            date = {}
            for i in date_cols + [col]:
                date = _dates(row["cells"][i]["text"], meta(doc).get("year"))
                if date:
                    break
            event = _add(doc, title, cell["start"], cell["end"], found[0] if found else "", date, venue_span)
            row["event_id"] = last = event["event_id"]


def _heading_lines(text: str):
    from svodka.normalizers.headings import is_heading

    pos = 0
    for line in text.split("\n"):
        if is_heading(line, KIND_START) and KIND_START.match(line):
            yield pos, line
        pos += len(line) + 1


def events_from_headings(doc: Doc) -> None:
    text = doc_text(doc)
    for start, line in _heading_lines(text):
        found = kind_of(line, start_only=True)
        title, venue_span = _split_title(line, start)
        if venue_span is None and "«" in line:
            after = line.rfind("»") + 1
            if after < len(line.rstrip(". ")):
                venue_span = (start + after, start + len(line.rstrip(". ")))
        body = text[start + len(line):start + len(line) + DATE_LOOKAHEAD]
        _add(doc, title, start, start + len(line), found[0] if found else "", _dates(body, meta(doc).get("year")), venue_span)


# A sentence reporting that an event took place: «24-25 августа состоялась конференция «...»».
HELD = re.compile(r"\b(?:состоял[аиос][ьс]?[ья]?|прош(?:[её]л|ла|ли|ло)|провед[её]н[аоы]?|проходил[аио]?|завершил[аио]?с[ья]|"
                  r"открыл[аио]?с[ья]|стартовал[аио]?|организован[аоы]?)\b", re.IGNORECASE)
NEAR_WORDS = 3        # words between a «took place» verb and the kind after it
GENITIVE_WORDS = 6    # words between a kind and its quoted title («конференции работников города «...»»)
PREPOSITIONAL_STOP = {"в", "на", "по", "с", "для", "и"}


def _held_kind(sentence: str):
    """(kind match, title start) of the kind named as the subject of a «took place» verb: right before
    it (with its qualifiers), or right after it (with the words between: «проведён муниципальный этап олимпиады»)."""
    for held in HELD.finditer(sentence):
        before = list(KIND_ANY.finditer(sentence[:held.start()]))
        if before and len(sentence[before[-1].end():held.start()].split()) <= 1:
            head = models.parses(before[-1].group().split()[-1].split("-")[-1])[0]
            if "nomn" in head.tag:
                return before[-1], _qualifiers_before(sentence, before[-1].start())
        after = KIND_ANY.search(sentence, held.end())
        between = sentence[held.end():after.start()].split() if after else []
        if after and len(between) <= NEAR_WORDS and not PREPOSITIONAL_STOP & {w.lower() for w in between}:
            return after, after.start() - len(sentence[held.end():after.start()].lstrip())
    return None


def _qualifiers_before(sentence: str, start: int) -> int:
    """Start of the adjectives qualifying a kind («региональная научно-практическая конференция»)."""
    while True:
        match = re.search(r"(" + QUALIFIER + r")\s+$", sentence[:start], re.IGNORECASE)
        if not match or match.start() == start:
            return start
        start = match.start()


def events_from_prose(doc: Doc, skip=()) -> None:
    """Events a sentence says took place: «24-25 августа состоялась конференция «...»»."""
    text = doc_text(doc)
    for s0, end in sentences(text):
        sentence = text[s0:end]
        if "\t" in sentence or any(a <= s0 < b for a, b in skip):
            continue
        held = _held_kind(sentence)
        if not held:
            continue
        found, title_start = held
        kind = kind_of(found.group())[0]
        rest = sentence[found.end():]
        quote = rest.find("«")
        if quote >= 0 and len(rest[:quote].split()) <= GENITIVE_WORDS and "," not in rest[:quote]:
            end = quoted_end(rest, quote)
            title_end = found.end() + (end if end > 0 else len(rest))
        else:
            title_end = found.end()
            for word in re.finditer(r"\s+([а-яё-]+)", rest):
                if word.start() != title_end - found.end() or word.group(1) in PREPOSITIONAL_STOP or \
                        "gent" not in models.parses(word.group(1))[0].tag or \
                        title_end - found.end() >= 60:
                    break
                title_end = found.end() + word.end()
        title = sentence[title_start:title_end].strip(" .,")
        if title_end == found.end():  # a bare «конференция»: another mention of the event of that kind
            same = [e for e in records(doc, GROUP) if e["kind"] == kind]
            if same:
                same[-1]["mentions"].append([s0 + title_start, s0 + title_end])
                continue
        _add(doc, title, s0 + title_start, s0 + title_end, kind, _dates(sentence, meta(doc).get("year")),
             _base_school(doc, s0, s0 + len(sentence)))


VENUE_CUE = re.compile(r"\bна\s+базе\b|\bв\s+стенах\b", re.IGNORECASE)


def _base_school(doc: Doc, start: int, end: int):
    """The span of the school a sentence says the event was held at («на базе МАОУ «Лицей № 7»»), or None."""
    cue = VENUE_CUE.search(doc_text(doc), start, end)
    if not cue:
        return None
    schools = [r for r in records(doc, "schools") if cue.end() <= r["char_start"] and r["char_end"] <= end]
    first = min(schools, key=lambda r: r["char_start"], default=None)
    if first is None or doc_text(doc)[cue.end():first["char_start"]].strip():
        return None
    return first["char_start"], first["char_end"]


VENUE_LINE = re.compile(r"^[ \t]*(?:место|площадка|база)\s+проведения\s*[:–—-]\s*(.+?)\s*$",
                        re.IGNORECASE | re.MULTILINE)


def venue_lines(doc: Doc) -> None:
    """«Место проведения: МБОУ «СОШ № 20»» names the venue of the report's first event."""
    events = records(doc, GROUP)
    match = VENUE_LINE.search(doc_text(doc))
    if not match or not events or events[0].get("venue_text"):
        return
    venue_text, venue = _venue(doc, match.start(1), match.end(1))
    events[0]["venue_text"] = venue_text or match.group(1)
    events[0]["venue"] = venue


def link_tables(doc: Doc) -> None:
    """Unnamed tables after an event's heading count that event."""
    for table in records(doc, "tables"):
        if table.get("heading") and not table.get("event_id"):
            event = find_event(doc, table["heading"])
            if event is not None:
                table["event_id"] = event["event_id"]


def widen_days(doc: Doc) -> None:
    """An event dated by one day of its sentence («9 октября … открылся форум») takes the range holding that
    day: the heading's («Казань, 9–10 октября 2025 г.») or, as for the report's period, a range of the
    report that overlaps it (`extractors.meta.widen`)."""
    from svodka.extractors.dates import head_end
    from svodka.extractors.meta import widen
    from svodka.normalizers.dates import is_act_reference

    text = doc_text(doc)
    dated = [d for d in records(doc, "dates") if d.get("start") and not is_act_reference(text, d)]
    end = head_end(text)
    events = [e for e in records(doc, GROUP) if e.get("date_start")]
    for event in events:
        day = event["date_start"]
        if (event.get("date_end") or day) != day:
            continue
        before = min([end] + [m[0] for m in event["mentions"]])  # the heading above the event's own mentions
        key = title_key(event["title"])
        named = key and key in utils.default_process(text[:before]) and \
            event.get("kind") in {kind_of(m.group())[0] for m in KIND_ANY.finditer(text[:before])}
        holding = [d for d in dated if d.get("kind") == "range" and d["char_end"] <= before and
                   d["start"] <= day <= d["end"]] if named else []
        if holding:  # the heading names this event (its kind and title) and its range
            event["date_start"], event["date_end"] = holding[0]["start"], holding[0]["end"]
        elif len(events) == 1:  # the report's one event; in a programme a range is the whole programme's
            event["date_start"], event["date_end"] = widen(day, day, dated, text)


# The report's own event named in its heading: «Отчёт о проведении XXIV городских Дней науки», «Об итогах
# муниципального конкурса «…»», «Итоги районной олимпиады …», «Резолюция августовской конференции …».
REPORT_OF = re.compile(r"(?:\b(?:о\s+проведении|об\s+итогах|о\s+результатах|по\s+итогам|о\s+ходе)[ \t]+|"
                       r"^\W*итоги[ \t]+|^\W*(?:резолюция|протокол|отч[её]т|справка)\s+(?!(?:о|об|по)\s))"
                       r"(?P<title>[^\n]+)", re.IGNORECASE | re.MULTILINE)
HEADING_LINES = 8  # the report's heading: its first non-empty lines (a letterhead may come first)
# «участники съезда обсуждали», «форум объединил 300 педагогов»: the event a report without a heading is about.
PARTICIPANTS_OF = re.compile(r"\bучастник\w*\s+(?:\w+(?:ого|его|ой|ей|их|ых)\s+){0,2}$", re.IGNORECASE)
GATHERED = re.compile(r"\s*(?:объединил[аио]?|собрал[аио]?)\b", re.IGNORECASE)
TITLE_TAIL = re.compile(r"[\s*]*(?:\d{1,2}(?:[-–]\d{1,2})?\s+[а-яё]+\s+\d{4}\s*(?:года|г\.)?)?[\s*.]*$", re.IGNORECASE)


def main_event(doc: Doc) -> None:
    """The event the report is about, from its heading («о проведении X», «об итогах X»; a «…» name on the
    next line belongs to it) and dated by the first day or range of the heading."""
    from svodka.extractors.dates import head_end

    text = doc_text(doc)
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text[:head_end(text)]))[:HEADING_LINES]
    head = lines[-1].end() if lines else 0
    match = REPORT_OF.search(text, 0, head)
    if not match or match.group("title").rstrip(" *").endswith("."):
        return  # a sentence of the body («По итогам семинара подготовлен сборник.»), not a heading
    start, end = match.start("title"), match.end("title")
    following = re.match(r"\n[ \t*]*«[^\n]*", text[end:])
    if following:
        end += following.end()
    title = re.sub(r"\s+", " ", TITLE_TAIL.sub("", text[start:end]).replace("*", "")).strip(" .,")
    if len(title.split()) < 2:
        return
    found = kind_of(title)
    dated = [d for d in records(doc, "dates") if d.get("kind") in ("day", "range") and start <= d["char_start"] < head]
    date = {"start": dated[0]["start"], "end": dated[0]["end"]} if dated else {}
    _add(doc, title, start, start + len(text[start:end].rstrip()), found[0] if found else "", date, None)["main"] = True


OPENING_CHARS = 1000  # where a report names the event it is about


def gathered_event(doc: Doc) -> None:
    """A report whose heading names no event: the kind its opening says people gathered for («участники
    съезда обсуждали», «форум объединил 300 педагогов»)."""
    if any(e.get("main") for e in records(doc, GROUP)):
        return
    text = doc_text(doc)
    for found in KIND_ANY.finditer(text, 0, OPENING_CHARS):
        if PARTICIPANTS_OF.search(text[max(0, found.start() - 60):found.start()]) or GATHERED.match(text, found.end()):
            kind = kind_of(found.group())[0]
            if not any(e["kind"] == kind for e in records(doc, GROUP)):
                _add(doc, found.group(), found.start(), found.end(), kind, {}, None)["main"] = True
            return


def number_in_order(doc: Doc) -> None:
    """Event ids in the order the events are first named (E01, E02, …), so they sort as written; the tables
    that point at events follow."""
    events = records(doc, GROUP)
    events.sort(key=lambda e: min(m[0] for m in e["mentions"]))
    renamed = {}
    for n, event in enumerate(events, 1):
        renamed[event["event_id"]] = event["event_id"] = f"E{n:02d}"
    for table in records(doc, "tables"):
        if table.get("event_id"):
            table["event_id"] = renamed.get(table["event_id"], table["event_id"])
        for row in table["rows"]:
            if row.get("event_id"):
                row["event_id"] = renamed.get(row["event_id"], row["event_id"])


@Language.component("svodka_events")
def events_component(doc: Doc) -> Doc:
    main_event(doc)
    events_from_tables(doc)
    events_from_headings(doc)
    events_from_prose(doc, [(t["char_start"], t["char_end"] + 1) for t in records(doc, "tables")])
    gathered_event(doc)
    venue_lines(doc)
    widen_days(doc)
    link_tables(doc)
    number_in_order(doc)
    return doc
