"""Checks of a prose count against a table (cited or of the same event) and against a later count."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from svodka.extractors import models
from svodka.extractors.checks_shared import (
    ANYONE, _add, _people_column, _people_lemma, _sentence_bounds, _sentence_of, _value,
)
from svodka.extractors.records import doc_text, records, state
from svodka.normalizers.lines import newlines
from svodka.normalizers.numbers import find_numbers


TABLE_REFERENCE = re.compile(r"\(\s*(?:см\.\s*)?табл(?:иц[аеуы]|\.)\s*(?:№\s*)?(\d+)\s*\)", re.IGNORECASE)

SAME_THING_LEMMAS = 3  # content lemmas two prose counts must share to count the same thing

STOP_LEMMAS = {"весь", "всего", "год", "участие", "принять", "приняли", "который", "этот", "время"}
# A table by days, stages or sessions counts visits: one person may come to several.
VISITS_HEADER = re.compile(r"дат[аы]|\bд(?:ень|ни|ням)\b|период|срок|месяц|этап|\bтур|смен[аы]|заняти|сесси",
                           re.IGNORECASE)
# … or whose rows are months or dates whatever the header says («Сентябрь 2024», «Октябрь», «12.09.2024»).
MONTH = r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|ма[йяе]|(?:март|август)[аеу]?)\b"
WHEN_LABEL = re.compile(rf"^\s*(?:\d{{1,2}}\s*[-–]?\s*){{0,2}}{MONTH}|^\s*\d{{1,2}}\s*[./]\s*\d{{1,2}}\b", re.IGNORECASE)
# Words that say nothing about which event a count or a table is about.
SCOPE_STOP = {"таблица", "количество", "число", "численность", "мероприятие", "категория", "итого", "общий",
              "работа", "край", "область", "город", "район", "округ", "республика", "стаж", "лет"}

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SENTENCE_BREAK = re.compile(r"[.!?…]\s+[А-ЯЁA-Z«]|\n")

CITATION_REACH = 200  # characters after a prose count searched for the table it cites
QUALIFIER_REACH = 40  # characters before a count searched for «более», «около»
LATER_COUNTS = 100  # later prose counts a count is compared with (more only in a generated list: keeps it linear)


def _citation(doc: Doc, count: dict):
    """«(см. таблицу N)» later in a prose count's sentence («… 421 педагог города (см. таблицу 1)»), when no
    other count stands between them."""
    text = doc_text(doc)
    match = TABLE_REFERENCE.search(text, count["char_end"], count["char_end"] + CITATION_REACH)
    if not match or SENTENCE_BREAK.search(text, count["char_end"], match.start()):
        return None
    starts = _attendance_starts(doc)
    k = bisect.bisect_left(starts, count["char_end"])
    return None if k < len(starts) and starts[k] < match.start() else match


def _attendance_starts(doc: Doc) -> list[int]:
    """Sorted starts of the attendance records, for «is there a count between these offsets» in log time."""
    found = records(doc, "attendance")
    cached = state(doc).get("attendance_starts")
    if cached is None or cached[0] != len(found):
        cached = (len(found), sorted(a["char_start"] for a in found))
        state(doc)["attendance_starts"] = cached
    return cached[1]


def check_table_references(doc: Doc) -> None:
    """A prose count citing «(таблица N)» against that table's total of people.

    The table details the count: it agrees when the table's total or one of its rows states it.
    """
    tables = {t["name"]: t for t in records(doc, "tables")}
    for count in (a for a in records(doc, "attendance") if a["source"] == "prose" and not a.get("part_of_row")):
        cited = _citation(doc, count)
        table = tables.get(f"Таблица {cited.group(1)}") if cited else None
        if table is None:
            continue
        stated, total_row, col = _grand_total(table)
        if stated is None:
            continue
        if count["count"] not in {stated, *(_value(r, col) for r in table["rows"])}:
            _add(doc, count["char_start"], count["char_end"], "count_mismatch",
                 f"{count['label']}: {count['count']} в тексте, {table['name']}, {total_row['label']} "
                 f"«{table['header'][col]}»: {stated}",
                 count["count"], stated, f"в тексте {count['count']}, а итог «{table['name']}» {stated}")


def _grand_total(table: dict):
    """(count, row, column) of a table's last totals row in its one people column (or its total column);
    columns of hours, events or reports beside it do not count."""
    totals = [r for r in table["rows"] if r["is_total"]]
    cols = [c for c in table.get("total_columns") or table.get("count_columns", []) if _people_column(table["header"][c])]
    if not totals or len(cols) != 1:
        return None, None, None
    return _value(totals[-1], cols[0]), totals[-1], cols[0]


def _scope_lemmas(text: str) -> set[str]:
    """What a count or a caption is about: its nouns, without people, counting and generic words
    («Участники недели молодого педагога» → {неделя}); an adjective alone («молодой») names no event."""
    from svodka.normalizers.counted import _is_people

    return {lemma for word, lemma in _noun_lemmas(text, ("NOUN",))
            if lemma not in SCOPE_STOP and not _is_people(word)}


def _noun_lemmas(text: str, parts=("NOUN", "ADJF")):
    """(word, lemma) of the nouns and adjectives of a text, not counting words or stop words."""
    from svodka.normalizers.counted import COUNT_NOUNS

    for word in re.findall(r"[А-Яа-яЁё-]{3,}", text):
        parse = models.parses(word)[0]
        if parse.tag.POS in parts and parse.normal_form not in COUNT_NOUNS | STOP_LEMMAS:
            yield word, parse.normal_form


def _rows_are_dates(table: dict) -> bool:
    """Every row but the totals is a month or a date: a table of visits over time."""
    rows = [r for r in table["rows"] if not r["is_total"] and not r["continues"]]
    return bool(rows) and all(WHEN_LABEL.match(r["label"]) for r in rows)


def check_prose_against_tables(doc: Doc) -> None:
    """A prose total of the report's event against the grand total of a table counting its people.

    Only tables whose rows are not events, days or stages (but categories, districts, subjects): summed
    over those a table counts visits, and one person may come to several. The table is about the same event when its
    caption (without one, the heading above it) shares a scope word with the count's sentence («в мероприятиях
    недели» / «Участники недели …»), or its event is the count's. Written only when neither the total nor any
    number stated with it or in the next sentence («из них 208 – в работе секций») equals the table's total;
    a count citing «(таблица N)» is left to `check_table_references`.
    """
    text = doc_text(doc)
    totals = [a for a in records(doc, "attendance") if a["source"] == "prose" and a["is_total"]]
    for table in records(doc, "tables"):
        label_col = table.get("label_column")
        if label_col is None or VISITS_HEADER.search(table["header"][label_col]) or \
                any(r.get("event_id") for r in table["rows"]) or _rows_are_dates(table):
            continue  # rows of events, days or stages: the same person may be counted in several
        computed, total_row, _ = _grand_total(table)
        if computed is None:
            continue
        caption = _scope_lemmas(table.get("caption") or table.get("heading") or "")
        for count in totals:
            if _citation(doc, count):
                continue
            left, right = _sentence_bounds(text, count["char_start"])
            same = (table.get("event_id") and count.get("event_id") == table["event_id"]) or \
                caption & _scope_lemmas(text[left:count["char_end"]])
            if not same:
                continue
            after = _sentence_bounds(text, right + 1)[1] if right < len(text) else right
            stated_with = {v for v, _, _ in find_numbers(text[count["char_end"]:after])}
            if count["count"] != computed and computed not in stated_with:
                _add(doc, count["char_start"], count["char_end"], "count_mismatch",
                     f"{count['label']}: {count['count']} в тексте, {table['name']}, {total_row['label']}: {computed}",
                     count["count"], computed, f"в тексте {count['count']}, а итог «{table['name']}» {computed}")
                break


def _content_lemmas(label: str, sentence: str) -> set[str]:
    """Nouns and adjectives of a count's label (not of its bracketed note: who, the bound), and the years its
    sentence names."""
    return set(YEAR.findall(sentence)) | {lemma for _, lemma in _noun_lemmas(_without_note(label))}


def _without_note(label: str) -> str:
    """«всего участников конференции (педагоги края)» → «всего участников конференции»."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", label)


def _event_of(doc: Doc, count: dict) -> str:
    """The event a prose count is about: its own, else the one event of the report of the kind its label names
    («участников конференции» in a report of one конференция); "" when the kind names several or none."""
    from svodka.extractors.events import find_event
    from svodka.normalizers.event_kinds import kind_of

    if count.get("event_id"):
        return count["event_id"]
    named = find_event(doc, count["label"]) if "«" in count["label"] else None
    if named is not None:
        return named["event_id"]
    found = kind_of(count["label"])
    same = [e for e in records(doc, "events") if found and e["kind"] == found[0]]
    return same[0]["event_id"] if len(same) == 1 else ""


def _names_only_event(doc: Doc, label: str, event_id: str) -> bool:
    """A label naming the event and nothing else («всего участников семинара», «городской семинар «…»,
    участники»): a count of all its people, not of a section, a group or a day of it."""
    event = next((e for e in records(doc, "events") if e["event_id"] == event_id), None)
    if event is None:
        return False
    allowed = {lemma for _, lemma in _noun_lemmas(f"{event['title']} {event['kind']}")}
    return {lemma for _, lemma in _noun_lemmas(_without_note(label))} <= allowed


def _approximate(text: str, count: dict) -> bool:
    """«более 600 педагогов»: a bound, not a count another count can contradict."""
    from svodka.extractors.attendance import QUALIFIER_BEFORE

    return bool(QUALIFIER_BEFORE.search(text, max(0, count["char_start"] - QUALIFIER_REACH), count["char_start"]))


def _same_event_participants(doc: Doc, first: dict, later: dict, people: tuple[str, str],
                             events: tuple[str, str] | None = None) -> bool:
    """Two whole counts of the participants of one event, in different paragraphs (the opening and the results):
    «приняли участие 214 педагогов» … «участниками конференции стали 241 человек», however worded. The people
    counted are the same, or one of them is anyone («человек», «участник»)."""
    text = doc_text(doc)
    event, later_event = events or (_event_of(doc, first), _event_of(doc, later))
    if not event or event != later_event or text.find("\n", first["char_end"], later["char_start"]) < 0:
        return False
    if not (_names_only_event(doc, first["label"], event) and _names_only_event(doc, later["label"], event)):
        return False
    if _approximate(text, first) or _approximate(text, later):
        return False
    return bool(people[0] and people[1]) and (people[0] == people[1] or bool(ANYONE & set(people)))


class SentenceBreaks:
    """Where SENTENCE_BREAK matches, found once, so «is there a break between a and b» costs a bisection."""

    PUNCTUATION = re.compile(r"[.!?…](?=(\s+[А-ЯЁA-Z«]))")

    def __init__(self, text: str):
        self.newlines = newlines(text)
        found = [(m.start(), m.end(1)) for m in self.PUNCTUATION.finditer(text)]
        self.starts = [start for start, _ in found]
        self.ends = [end for _, end in found]  # increasing with the starts: whitespace holds no punctuation

    def between(self, start: int, end: int) -> bool:
        """Whether SENTENCE_BREAK.search(text, start, end) would match.

        >>> SentenceBreaks("Раз. Два три\\nчетыре").between(3, 6), SentenceBreaks("Раз. два").between(0, 8)
        (True, False)
        """
        k = bisect.bisect_left(self.newlines, start)
        if k < len(self.newlines) and self.newlines[k] < end:
            return True
        k = bisect.bisect_left(self.starts, start)
        return k < len(self.starts) and self.ends[k] <= end


def check_prose_contradictions(doc: Doc) -> None:
    """A prose count against a later, different count of the same thing.

    The same thing: one label's content words (and years) all among the other's, at least three shared,
    in different paragraphs («197 человек» in an exam ... «сдавало 47 % (174 человека)» of it); or two
    totals («Всего …», «Итого …») of the same people whose scope words nest («в мероприятиях года» …
    «в краевых мероприятиях»), however differently worded; or two counts whose labels name only one event
    of the report, in different paragraphs (`_same_event_participants`).
    """
    counts = [a for a in records(doc, "attendance") if a["source"] == "prose" and not a.get("part_of_row")]
    lemmas = [_content_lemmas(a["label"], _sentence_of(doc_text(doc), a["char_start"])) for a in counts]
    people = [_people_lemma(a["text"]) for a in counts]
    breaks = SentenceBreaks(doc_text(doc))
    events = [None] * len(counts)  # each count's event, found when a pair first needs it
    for i, first in enumerate(counts):
        for j in range(i + 1, min(len(counts), i + 1 + LATER_COUNTS)):
            later = counts[j]
            shared = lemmas[i] & lemmas[j]
            if later["count"] == first["count"] or shared not in (lemmas[i], lemmas[j]):
                continue
            two_totals = first["is_total"] and later["is_total"] and shared and people[i] and people[i] == people[j]
            if shared:
                for k in (i, j):
                    events[k] = _event_of(doc, counts[k]) if events[k] is None else events[k]
            one_event = shared and _same_event_participants(doc, first, later, (people[i], people[j]),
                                                            (events[i], events[j]))
            if len(shared) < SAME_THING_LEMMAS and not two_totals and not one_event:
                continue
            if not breaks.between(first["char_end"], later["char_start"]):
                continue  # items of one list or breakdown are different things
            if not one_event and not two_totals and doc_text(doc).find("\n", first["char_end"], later["char_start"]) < 0:
                continue  # one paragraph goes on about its count: the later one is a part of it («приняли участие
                # 277 обучающихся. Самым массовым стал этап по русскому языку: 64 школьника»), no contradiction
            _add(doc, first["char_start"], later["char_end"], "count_mismatch",
                 f"{first['label']}: {first['count']}, ниже {later['label']}: {later['count']}",
                 first["count"], later["count"], "два числа об одном и том же расходятся")
            break
