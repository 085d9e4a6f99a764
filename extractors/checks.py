"""Arithmetic checks over attendance (issue 5).

Each check compares a number the report states with one computed from other
numbers of the same report, and is written only when they differ:

- `sum_mismatch`: a totals row against the sum of its column; a row's total
  column against its parts; a breakdown table (by district, after an event's
  heading) against the count another table or the prose gives for the same
  event; a prose count against its parts named by kind or degree, after a colon
  («187 выпускников: I степени – 142, II степени – 41») or in the next sentences
  («... золотым и серебряным знаком – 38 человек. Золотой – 23, Серебряный – 6»);
  a prose count that cites a table («(таблица 1)») against that table's total;
  a later prose total against the groups counted together before it («1 356
  обучающихся и 214 педагогов» … «1 590 человек (обучающиеся и педагоги)»); named parts listed with their
  people after a colon («прошли три секции: «…» (40 участников), «…» (30) …») against a total of them in the
  next sentences («Итого в секциях работали 95 человек»);
- `school_count_mismatch`: a row stating fewer attendees than the schools it lists; a count of schools in
  prose («в шести ОУ:») against the schools listed after it;
- `count_mismatch`: a prose count against a later, different count of the same thing;
  a prose total against the total of a table of the same event's people.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors import models
from svodka.normalizers.numbers import find_numbers, numeral_value, number_value, parse_cell
from svodka.normalizers.sentences import sentences
from svodka.extractors.records import add_record, doc_text, meta, records

GROUP = "checks"
TABLE_REFERENCE = re.compile(r"\(\s*(?:см\.\s*)?табл(?:иц[аеуы]|\.)\s*(?:№\s*)?(\d+)\s*\)", re.IGNORECASE)
SCHOOL_NUMBER = re.compile(r"№\s*№?\s*(\d+(?:\s*,\s*\d+)*)")
BARE_NUMBERS = re.compile(r"^\s*\d+(?:\s*,\s*\d+)*\s*,?\s*$")
# A breakdown row naming a municipality, not a district of one city («Центральный район» may be either: not here).
MUNICIPALITY_WORD = re.compile(r"\b(?:МО|ГО|МР|округ\w*|муниципальн\w*|поселени\w*)\b|\b(?:г|с|п|пгт)\.\s*[А-ЯЁ]")
SUBSET_HEADER = re.compile(r"из\s+них|в\s+том\s+числе|в\s+т\.\s*ч", re.IGNORECASE)
SCHOOLS_HEADER = re.compile(r"\bОО\b|школ|учреждени|организаци", re.IGNORECASE)
SAME_THING_LEMMAS = 3  # content lemmas two prose counts must share to count the same thing
ANYONE = {"человек", "участник"}  # people lemmas that count anyone, whatever group the other count names
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
# Kinds a count's sentence enumerates: «с золотым и серебряным знаком», «золотой, серебряной и бронзовой»,
# degrees «I и II степени»; the parts that follow are named by them.
ADJECTIVE = r"[а-яё]+(?:ым|им|ой|ей|ых|их|ый|ий|ая|яя|ое|ее|ые|ие)"
KINDS = re.compile(rf"\b{ADJECTIVE}(?:\s*,\s*{ADJECTIVE})*\s+и\s+{ADJECTIVE}\b", re.IGNORECASE)
DEGREE_WORDS = r"(?:степен|категори|уровн|мест[ао]?\b)"
DEGREE_NUMERAL = r"(?:[IVX]+|\d{1,2})(?:-?[а-яё]{1,3})?"
DEGREES = re.compile(rf"\b({DEGREE_NUMERAL}(?:\s*,\s*{DEGREE_NUMERAL})*\s+и\s+{DEGREE_NUMERAL})\s+{DEGREE_WORDS}")
DEGREE = re.compile(rf"^\s*({DEGREE_NUMERAL})\s+{DEGREE_WORDS}", re.IGNORECASE)
ROMAN = {"I": 1, "V": 5, "X": 10}
NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+"
COUNTED = r"(?:\s+[а-яё]+\.?)?"  # «– 23 выпускника», «(142 чел.)»
# A part named before its count: «Золотой знак … – 23 выпускника», «II степени (41)».
NEXT_PART = re.compile(rf"(?:^\s*|[.,;:]\s*)(?P<name>(?:{DEGREE_NUMERAL}\s+)?[А-ЯЁа-яё]+)\b[^.;:()]*?"
                       rf"(?:\s[-–—]\s*(?P<dash>{NUMBER})\s+[а-яё]+|\(\s*(?P<paren>{NUMBER}){COUNTED}\s*\))")
# One item of a list after a colon: a name, then its count after a dash or in parentheses, nothing else.
LIST_ITEM_COUNT = re.compile(rf"^\s*(?P<name>(?:{DEGREE_NUMERAL}\s+)?[А-Яа-яЁё«][^()\d–—:]*?)\s*"
                             rf"(?:(?:\s[-–—]|[–—])\s*(?P<dash>{NUMBER}){COUNTED}"
                             rf"|\(\s*(?P<paren>{NUMBER}){COUNTED}\s*\))\s*$")
# A count right before a colon: «награждены 187 выпускников:».
COUNT_BEFORE_COLON = re.compile(rf"(?<![\d.,])(?P<count>{NUMBER})\s+(?P<word>[а-яё]+)"
                                rf"(?:\s+[А-Яа-яЁё«»\"-]+){{0,2}}\s*:")
# A head count, then a list in brackets, after a comma or «из них»: «164 участника (очно – 97, …».
MODE_LIST_START = re.compile(rf"(?<![\d.,])(?P<count>{NUMBER})\s+(?P<word>[а-яё]+)[^.;:()\d]{{0,80}}?"
                             rf"(?:\s*(?P<bracket>\()|,)\s*(?:(?:из\s+них|в\s+том\s+числе)\s*:?\s*)?(?=[а-яё])",
                             re.IGNORECASE)
# «В 2024 году:», «на 15 марта:», «к 10 часам:» are not counts of what a list breaks down.
NOT_COUNTED_WORD = re.compile(r"^(?:год|г|гг|час|ч|мин|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|"
                              r"октябр|ноябр|декабр|балл|процент|руб)", re.IGNORECASE)
MIN_PARTS = 2
TOTAL_WORD = re.compile(r"\b(?:всего|итого|в\s+общей\s+сложности|в\s+целом)\b", re.IGNORECASE)
LIST_COMMA = re.compile(r"[,;]")
LIST_AND = re.compile(r"\s+и\s+")
# A noun counting schools, then a colon or a bracket opening their list: «в шести ОУ:», «4 школ города (».
SCHOOL_NOUN = r"(?:ОО|ОУ|ДОО|ДОУ|(?i:школ|учреждени|организаци|гимнази|лице[ея]|детск[а-яё]+\s+сад)[а-яё]*)"
SCHOOLS_LIST_HEAD = re.compile(rf"(?<![\w-]){SCHOOL_NOUN}(?![\w-])[^.:;()\d,\n]{{0,60}}?\s*(?P<open>[:(])")
LIST_SEPARATOR = re.compile(r"\s*(?:[,;]\s*)?(?:и\s+)?")
SHARE = re.compile(r"%|процент", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SENTENCE_BREAK = re.compile(r"[.!?…]\s+[А-ЯЁA-Z«]|\n")
PARTS_LOOKAHEAD = 3  # sentences after a total searched for its parts
CITATION_REACH = 200  # characters after a prose count searched for the table it cites


def _add(doc: Doc, start: int, end: int, kind: str, where: str, stated: int, computed: int, detail: str) -> None:
    """Write a check, once: two rules reading the same numbers at the same place make one finding."""
    if any(c["kind"] == kind and c["stated"] == stated and c["computed"] == computed and
           c["char_start"] < end and start < c["char_end"] for c in records(doc, GROUP)):
        return
    add_record(doc, GROUP, start, end, kind=kind, where=where, stated=stated, computed=computed, detail=detail)


def _value(row: dict, col: int) -> int | None:
    return parse_cell(row["cells"][col]["text"]) if col < len(row["cells"]) else None


def _parts(table: dict) -> list[dict]:
    return [r for r in table["rows"] if not r["is_total"] and not r["continues"]]


# --- table arithmetic ---------------------------------------------------------------------------

def _additive(header: str) -> bool:
    """Counts that add up: not percentages, averages, scores or money."""
    from svodka.extractors.attendance import NOT_PEOPLE_HEADER

    return not NOT_PEOPLE_HEADER.search(header)


def check_totals_rows(doc: Doc) -> None:
    """A totals row («ИТОГО», «ВСЕГО») against the sum of the rows above it.

    With subtotals («Итого по району» ... «ВСЕГО») a totals row may equal the rows since the previous
    totals row, all the rows, or the subtotals above it.
    """
    for table in records(doc, "tables"):
        for col in (c for c in table.get("count_columns", []) if _additive(table["header"][c])):
            segment, everything, subtotals = [], [], []
            rows = [r for r in table["rows"] if not r["continues"]]
            last_total = max((i for i, r in enumerate(rows) if r["is_total"]), default=-1)
            for i, row in enumerate(rows):
                value = _value(row, col)
                if not row["is_total"]:
                    if value is not None:
                        segment.append(value)
                        everything.append(value)
                    continue
                if value is not None and len(segment) + len(subtotals) >= 2 and \
                        value not in (sum(segment), sum(everything), sum(subtotals)):
                    computed = sum(everything) if i == last_total and subtotals else sum(segment)
                    cell = row["cells"][col]
                    _add(doc, cell["start"], cell["end"], "sum_mismatch",
                         f"{table['name']}, {row['label']}, {table['header'][col]}", value, computed,
                         "totals row differs from the sum of its column")
                if value is not None:
                    subtotals.append(value)
                segment = []


def check_row_totals(doc: Doc) -> None:
    """A row's total column («Всего») against the sum of its other count columns."""
    for table in records(doc, "tables"):
        totals = table.get("total_columns", [])
        header = table["header"]
        parts_cols = [c for c in table.get("count_columns", []) if c not in totals and _additive(header[c])]
        if totals and all(_people_column(header[t]) for t in totals):  # «Всего, чел.»: its parts count people too
            parts_cols = [c for c in parts_cols if _people_column(header[c])]  # not «Кол-во ОО»
        if not totals or len(parts_cols) < 2:
            continue
        subset = any(SUBSET_HEADER.search(table["header"][c]) for c in parts_cols)
        for row in table["rows"]:
            if row["continues"]:
                continue
            for col in totals:
                stated = _value(row, col)
                values = [_value(row, c) for c in parts_cols]
                if stated is None or all(v is None for v in values):
                    continue
                computed = sum(v for v in values if v is not None)
                if computed > stated if subset else computed != stated:
                    cell = row["cells"][col]
                    _add(doc, cell["start"], cell["end"], "sum_mismatch", f"{table['name']}, {row['label']}",
                         stated, computed, "row total differs from the sum of its parts")


def _people_column(header: str) -> bool:
    """A column counting people, not schools, percentages or scores."""
    from svodka.extractors.attendance import people_column

    return people_column(header)


def _words(header: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[А-Яа-яЁёA-Za-z]{3,}", header)}


def _same_column(cols: list[int], header: list[str], wanted: str) -> list[int]:
    """Of several count columns, the one whose own words («очно» in «Участники, чел. очно» beside
    «... дистанционно») the breakdown's header names («Кол-во участников (очно)»)."""
    if len(cols) <= 1:
        return cols
    common = set.intersection(*(_words(header[c]) for c in cols))
    named = [c for c in cols if (_words(header[c]) - common) & _words(wanted)]
    return named if len(named) == 1 else []


def _names_place(label: str) -> bool:
    """A row label naming a town or a municipality («г. Белово», «Беловский МО»), not a city's own district."""
    from svodka.normalizers.cities import city_of_place

    return bool(city_of_place(label) or MUNICIPALITY_WORD.search(label))


def _scope_column(doc: Doc, table: dict, other: dict) -> list[int]:
    """The column of `other` counting the area a breakdown's rows divide: when the rows are a city's own
    districts («Центральный», «Бачатский»), the one count column whose header names the report's city
    («Беловский ГО» beside «Другие территории» and «Всего»); [] when the rows name towns or municipalities
    (their sum is the total) or no column names the city."""
    from svodka.normalizers.cities import city_of_place

    city = meta(doc).get("city")
    if not city or any(_names_place(r["label"]) for r in _parts(table)):
        return []
    cols = [c for c in other.get("count_columns", []) if city_of_place(other["header"][c]) == city]
    return cols if len(cols) == 1 else []


def _event_count(doc: Doc, table: dict, event_id: str, wanted: str = ""):
    """(count, where) another table or the prose states for an event (`wanted`: the breakdown's header)."""
    for other in records(doc, "tables"):
        if other is table:
            continue
        for row in other["rows"]:
            if row.get("event_id") != event_id or row["is_total"]:
                continue
            cols = _scope_column(doc, table, other) or \
                _same_column(other.get("total_columns") or other.get("count_columns", []), other["header"], wanted)
            if len(cols) == 1 and _value(row, cols[0]) is not None and _people_column(other["header"][cols[0]]):
                return _value(row, cols[0]), other["name"]
    return None, ""


def check_breakdowns(doc: Doc) -> None:
    """A breakdown table (by district) against the count stated elsewhere for its event."""
    for table in records(doc, "tables"):
        event_id = table.get("event_id")
        counts = table.get("count_columns", [])
        if not event_id or len(counts) != 1 or not _people_column(table["header"][counts[0]]):
            continue
        values = [_value(r, counts[0]) for r in _parts(table)]
        if sum(v is not None for v in values) < 2:
            continue
        stated, source = _event_count(doc, table, event_id, table["header"][counts[0]])
        computed = sum(v for v in values if v is not None)
        if stated is not None and stated != computed:
            _add(doc, table["char_start"], table["char_end"], "sum_mismatch", table["name"], stated, computed,
                 f"the rows add up to {computed}, {source} states {stated} for the same event")


def _fallback_school_count(row: dict, skip) -> int:
    """Distinct school numbers in a row's cells, when no school records came from tables."""
    numbers = set()
    for i, cell in enumerate(row["cells"]):
        if i in skip:
            continue
        text = cell["text"]
        if BARE_NUMBERS.match(text):
            numbers.update(re.findall(r"\d+", text))
        for match in SCHOOL_NUMBER.finditer(text):
            numbers.update(re.findall(r"\d+", match.group(1)))
    return len(numbers)


def check_school_counts(doc: Doc) -> None:
    """A row stating fewer attendees (or other school counts) than the schools it lists."""
    schools = [s for s in records(doc, "schools") if s.get("source") == "table"]
    for table in records(doc, "tables"):
        counts = table.get("count_columns", [])
        if len(counts) != 1:
            continue
        col = counts[0]
        names_schools = bool(SCHOOLS_HEADER.search(table["header"][col]))
        rows = table["rows"]
        for i, row in enumerate(rows):
            if row["continues"] or row["is_total"]:
                continue
            stated = _value(row, col)
            if stated is None:
                continue
            group = [row] + [r for r in _following_continuations(rows, i)]
            skip = {table.get("label_column"), *counts}
            if schools:
                spans = [(c["start"], c["end"]) for r in group for j, c in enumerate(r["cells"]) if j not in skip]
                keys = {(s.get("sector"), s.get("number") or s.get("name")) for s in schools
                        if any(a <= s["char_start"] < b + 1 for a, b in spans)}
                listed = len(keys)
            else:
                listed = sum(_fallback_school_count(r, skip) for r in group)
            if listed and (stated < listed or (names_schools and stated != listed)):
                cell = row["cells"][col]
                _add(doc, cell["start"], cell["end"], "school_count_mismatch", f"{table['name']}, {row['label']}",
                     stated, listed, f"the row states {stated} but lists {listed} schools")


def _stated_before(text: str, noun_start: int):
    """(count, start) of the count a school noun is counted by: «в шести ОУ», «7 образовательных организаций»,
    «четыре дошкольных учреждения» (up to two adjectives between); None when no count is there."""
    words = list(re.finditer(r"[№\w-]+", text[max(0, noun_start - 80):noun_start]))
    offset = max(0, noun_start - 80)
    for k in range(1, min(4, len(words) + 1)):
        word = words[-k]
        between = words[len(words) - k + 1:]
        if not all(re.fullmatch(ADJECTIVE, w.group(), re.IGNORECASE) for w in between):
            return None
        value = numeral_value(word.group())
        if value is not None:
            before = words[-k - 1].group() if k < len(words) else ""
            return (value, offset + word.start()) if before != "№" and value >= 2 else None
    return None


def _listed_schools(doc: Doc, text: str, start: int, closer: str) -> tuple[int, int]:
    """(schools, end) of a list of school mentions from `start`: only school names and separators, ended by
    `closer` («)»), or by «.», «;» or the line end after a colon; (0, start) when anything else stands there
    («МБОУ СОШ № 7, 19, Гимназия, Лицей созданы …»: the list goes on in words, it may name more)."""
    mentions: dict[int, list[dict]] = {}
    for school in records(doc, "schools"):
        if school["char_start"] >= start:
            mentions.setdefault(school["char_start"], []).append(school)
    keys, pos = set(), start
    for begin in sorted(mentions):
        if begin < pos or not LIST_SEPARATOR.fullmatch(text[pos:begin]):
            break
        keys.update((s.get("sector"), s.get("kind"), s.get("number") or s.get("name")) for s in mentions[begin])
        pos = max(s["char_end"] for s in mentions[begin])
    ends = re.compile(r"\s*\)") if closer == "(" else re.compile(r"\s*(?:[.;]|\n|$)")
    return (len(keys), pos) if keys and ends.match(text, pos) else (0, start)


def check_prose_school_counts(doc: Doc) -> None:
    """A count of schools in prose against the schools listed after it: «прошли в шести ОУ: МАОУ «СОШ
    № 8», МБОУ «Гимназия № 3» и …», «7 образовательных организаций города: …», «в трёх школах (…)»."""
    text = doc_text(doc)
    for head in SCHOOLS_LIST_HEAD.finditer(text):
        stated = _stated_before(text, head.start())
        if stated is None:
            continue
        listed, end = _listed_schools(doc, text, head.end(), head.group("open"))
        if listed and listed != stated[0]:
            _add(doc, stated[1], end, "school_count_mismatch",
                 f"«{text[stated[1]:head.end()].strip()}», перечислено {listed}", stated[0], listed,
                 f"the text states {stated[0]} schools but lists {listed}")


def _following_continuations(rows, i):
    for row in rows[i + 1:]:
        if not row["continues"]:
            break
        yield row


# --- prose arithmetic ---------------------------------------------------------------------------

def _citation(doc: Doc, count: dict):
    """«(см. таблицу N)» later in a prose count's sentence («… 421 педагог города (см. таблицу 1)»), when no
    other count stands between them."""
    text = doc_text(doc)
    match = TABLE_REFERENCE.search(text, count["char_end"], count["char_end"] + CITATION_REACH)
    if not match or SENTENCE_BREAK.search(text, count["char_end"], match.start()) or any(count["char_end"] <= a["char_start"] < match.start() for a in records(doc, "attendance")):
        return None
    return match


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
                 count["count"], stated, f"the text states {count['count']}, {table['name']} totals {stated}")


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
    from svodka.extractors.attendance import _is_people

    return {lemma for word, lemma in _noun_lemmas(text, ("NOUN",))
            if lemma not in SCOPE_STOP and not _is_people(word)}


def _noun_lemmas(text: str, parts=("NOUN", "ADJF")):
    """(word, lemma) of the nouns and adjectives of a text, not counting words or stop words."""
    from svodka.extractors.attendance import COUNT_NOUNS

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
                     count["count"], computed, f"the text states {count['count']}, {table['name']} totals {computed}")
                break


def _content_lemmas(label: str, sentence: str) -> set[str]:
    """Nouns and adjectives of a count's label, and the years its sentence names."""
    return set(YEAR.findall(sentence)) | {lemma for _, lemma in _noun_lemmas(label)}


def _sentence_bounds(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the sentence holding `start` (or of the next one on its line), as the shared splitter
    cuts sentences."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    for left, right in sentences(text, line_start, len(text) if line_end < 0 else line_end):
        if start < right:  # the sentence holding `start`, or the next one when `start` falls between two
            return min(left, start), right
    return start, start


def _sentence_of(text: str, start: int) -> str:
    left, right = _sentence_bounds(text, start)
    return text[left:right]


def _people_lemma(span: str) -> str:
    """The noun counting people in a count's span («1 250 педагогов края» → «педагог»)."""
    from svodka.extractors.attendance import _is_people

    for word in re.findall(r"[А-Яа-яЁё]+", span):
        if _is_people(word):
            return _lemma(word)
    return ""


def _event_of(doc: Doc, count: dict) -> str:
    """The event a prose count is about: its own, else the one event of the report of the kind its label names
    («участников конференции» in a report of one конференция); "" when the kind names several or none."""
    from svodka.extractors.events import find_event, kind_of

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
    return {lemma for _, lemma in _noun_lemmas(label)} <= allowed


def _approximate(text: str, count: dict) -> bool:
    """«более 600 педагогов»: a bound, not a count another count can contradict."""
    from svodka.extractors.attendance import QUALIFIER_BEFORE

    return bool(QUALIFIER_BEFORE.search(text, 0, count["char_start"]))


def _same_event_participants(doc: Doc, first: dict, later: dict, people: tuple[str, str]) -> bool:
    """Two whole counts of the participants of one event, in different paragraphs (the opening and the results):
    «приняли участие 214 педагогов» … «участниками конференции стали 241 человек», however worded. The people
    counted are the same, or one of them is anyone («человек», «участник»)."""
    text = doc_text(doc)
    event = _event_of(doc, first)
    if not event or event != _event_of(doc, later) or "\n" not in text[first["char_end"]:later["char_start"]]:
        return False
    if not (_names_only_event(doc, first["label"], event) and _names_only_event(doc, later["label"], event)):
        return False
    if _approximate(text, first) or _approximate(text, later):
        return False
    return bool(people[0] and people[1]) and (people[0] == people[1] or bool(ANYONE & set(people)))


def check_prose_contradictions(doc: Doc) -> None:
    """A prose count against a later, different count of the same thing.

    The same thing: one label's content words (and years) all among the other's, at least three shared,
    in different sentences («197 человек» in an exam ... «сдавало 47 % (174 человека)» of it); or two
    totals («Всего …», «Итого …») of the same people whose scope words nest («в мероприятиях года» …
    «в краевых мероприятиях»), however differently worded; or two counts whose labels name only one event
    of the report, in different paragraphs (`_same_event_participants`).
    """
    counts = [a for a in records(doc, "attendance") if a["source"] == "prose" and not a.get("part_of_row")]
    lemmas = [_content_lemmas(a["label"], _sentence_of(doc_text(doc), a["char_start"])) for a in counts]
    people = [_people_lemma(a["text"]) for a in counts]
    for i, first in enumerate(counts):
        for j in range(i + 1, len(counts)):
            later = counts[j]
            shared = lemmas[i] & lemmas[j]
            if later["count"] == first["count"] or shared not in (lemmas[i], lemmas[j]):
                continue
            two_totals = first["is_total"] and later["is_total"] and shared and people[i] and people[i] == people[j]
            one_event = shared and _same_event_participants(doc, first, later, (people[i], people[j]))
            if len(shared) < SAME_THING_LEMMAS and not two_totals and not one_event:
                continue
            if not SENTENCE_BREAK.search(doc_text(doc)[first["char_end"]:later["char_start"]]):
                continue  # items of one list or breakdown are different things
            _add(doc, first["char_start"], later["char_end"], "count_mismatch",
                 f"{first['label']}: {first['count']}, ниже {later['label']}: {later['count']}",
                 first["count"], later["count"], "two counts of the same thing differ")
            break


def _modes(items: list[dict]) -> bool:
    """Parts named each by another form of attendance («из них 97 – очно, 58 – дистанционно»): together
    they are the whole, as the parts after a colon are."""
    from svodka.extractors.attendance_labels import MODE

    found = [MODE.search(a["label"]) for a in items]
    return all(found) and len({m.group().lower() for m in found}) == len(found)


def check_prose_breakdowns(doc: Doc) -> None:
    """«450 человек: 270 – в секциях, 180 – на пленарном заседании»: the parts against the whole; parts after
    «из них» only when each names another form of attendance (очно, дистанционно): other «из них» parts may
    leave people out, and so may parts given with their shares («учителя – 70 (58 %), …»)."""
    text = doc_text(doc)
    prose = [a for a in records(doc, "attendance") if a["source"] == "prose"]
    by_row = {a["row"]: a for a in prose}
    parts: dict[int, list[dict]] = {}
    for count in prose:
        if count.get("part_of_row") in by_row:
            parts.setdefault(count["part_of_row"], []).append(count)
    for row, items in parts.items():
        whole = by_row[row]
        if not all(a.get("partition") for a in items) and not _modes(items) or \
                SHARE.search(text, whole["char_end"], _sentence_bounds(text, items[-1]["char_end"])[1]):
            continue
        computed = sum(a["count"] for a in items)
        if len(items) >= 2 and computed != whole["count"]:
            _add(doc, whole["char_start"], items[-1]["char_end"], "sum_mismatch",
                 f"{whole['label']}: {whole['count']} = " + " + ".join(str(a["count"]) for a in items),
                 whole["count"], computed, "the parts of the whole do not add up to it")


def _lemma(word: str) -> str:
    return models.parses(word.lower())[0].normal_form


def _part_key(name: str):
    """What a part is named by: its degree («II степени» → 2) or the lemma of its first word («Золотой» → золотой)."""
    degree = DEGREE.match(name)
    if degree:
        return _numeral(degree.group(1))
    word = re.match(r"[А-Яа-яЁё]+", name.strip(" «\""))
    return _lemma(word.group()) if word else None


def _numeral(text: str) -> int:
    """«II» → 2, «3» → 3, «3-й» → 3.

    >>> _numeral("IV"), _numeral("3-й")
    (4, 3)
    """
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    values = [ROMAN[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _named_kinds(sentence: str):
    """(kinds, end) the sentence enumerates before its count: «золотым и серебряным» → {золотой, серебряный},
    «I и II степени» → {1, 2}; None when it names fewer than two."""
    found = DEGREES.search(sentence)
    if found:
        return {_numeral(n) for n in re.findall(r"[IVX]+|\d+", found.group(1))}, found.end()
    found = KINDS.search(sentence)
    if found:
        return {_lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", found.group()) if w.lower() != "и"}, found.end()
    return None


def _split_outside(text: str, separator: re.Pattern) -> list[str]:
    """`text` cut at `separator` where it stands outside brackets and quotes: the names of a list keep their
    own commas and «и» («Профилактика и психолого-педагогическое сопровождение» (66) и …).

    >>> _split_outside("«А и Б» (6) и В (7)", re.compile(r"\\s+и\\s+"))
    ['«А и Б» (6)', 'В (7)']
    """
    pieces, depth, last, depths = [], 0, 0, []
    for char in text:
        depth += 1 if char in "«(" else -1 if char in "»)" else 0
        depths.append(depth)
    for match in separator.finditer(text):
        if depths[match.start()] <= 0:
            pieces.append(text[last:match.start()])
            last = match.end()
    return pieces + [text[last:]]


def _list_items(tail: str) -> list[re.Match] | None:
    """The item matches (`LIST_ITEM_COUNT`) of every item of a list after a colon («I степени – 142, II степени –
    41»), or None when one item is something else (a count first, a percentage, «из них …»)."""
    items = [i for i in _split_outside(tail.strip().rstrip(".").strip(), LIST_COMMA) if i.strip()]
    out = []
    for item in items:
        pieces = [item] if LIST_ITEM_COUNT.match(item) else _split_outside(item, LIST_AND)  # «очно (97) и заочно (58)»
        for piece in pieces:
            match = LIST_ITEM_COUNT.match(piece)
            if not match or SUBSET_HEADER.match(match.group("name")):
                return None
            out.append(match)
    return out


def _listed_parts(tail: str) -> list[tuple[str, int]] | None:
    """(name, count) of every item of a list after a colon, or None (`_list_items`)."""
    items = _list_items(tail)
    if items is None:
        return None
    return [(m.group("name").strip(), number_value(m.group("dash") or m.group("paren"))) for m in items]


def _parts_after_colon(sentence: str):
    """(stated, parts) of «награждены 187 выпускников: I степени – 142, II степени – 41»."""
    stated = COUNT_BEFORE_COLON.search(sentence)
    if not stated or NOT_COUNTED_WORD.match(stated.group("word")):
        return None
    parts = _listed_parts(sentence[stated.end():])
    if not parts or len(parts) < MIN_PARTS or any(v is None for _, v in parts):
        return None
    return number_value(stated.group("count")), [v for _, v in parts]


def _parts_by_mode(sentence: str):
    """(stated, parts) of a head count whose parts are named by forms of attendance, in brackets, after a
    comma or «из них»: «164 участника (очно – 97, дистанционно – 58)», «…, из них очно – 97, заочно – 58»,
    «…, очно (97) и дистанционно (58)». Forms split the whole; other names there may list only some of it."""
    from svodka.extractors.attendance import _is_people
    from svodka.extractors.attendance_labels import MODE

    for start in MODE_LIST_START.finditer(sentence):
        if not _is_people(start.group("word")):
            continue
        tail = sentence[start.end():]
        tail = tail.split(")", 1)[0] if start.group("bracket") else tail
        parts = _listed_parts(tail)
        if not parts or len(parts) < MIN_PARTS or any(v is None for _, v in parts):
            continue
        modes = [MODE.search(name) for name, _ in parts]
        if all(modes) and len({m.group().lower() for m in modes}) == len(modes):
            return number_value(start.group("count")), [v for _, v in parts]
    return None


def _parts_in_next_sentences(sentence: str, following: list[str]):
    """(stated, parts) of a count after named kinds («с золотым и серебряным знаком … 38 человек»)
    whose parts the next sentences give by those names («Золотой знак – 23 выпускника, Серебряный … – 6 человек»)."""
    named = _named_kinds(sentence)
    if not named:
        return None
    wanted, after = named
    numbers = [v for v, s, e in find_numbers(sentence) if s >= after]
    if len(numbers) != 1:
        return None
    found = {}
    for text in following:
        for part in NEXT_PART.finditer(text):
            key = _part_key(part.group("name"))
            if key in wanted and key not in found:
                found[key] = number_value(part.group("dash") or part.group("paren"))
    if len(found) != len(wanted) or None in found.values():
        return None
    return numbers[0], list(found.values())


def check_prose_parts(doc: Doc) -> None:
    """A prose count against its parts named by kinds or degrees: listed after a colon in the same
    sentence («187 выпускников: I степени – 142, II степени – 41»), or in the next sentences by the kinds
    the count's sentence enumerates («золотым и серебряным знаком … 38 человек. Золотой … – 23, …»).
    Written only when every part is found and they do not add up."""
    text = doc_text(doc)
    for paragraph in re.finditer(r"[^\n]+", text):
        found_sentences = [(s, text[s:e]) for s, e in sentences(text, paragraph.start(), paragraph.end())]
        for k, (start, sentence) in enumerate(found_sentences):
            following = [t for _, t in found_sentences[k + 1:k + 1 + PARTS_LOOKAHEAD]]
            found = _parts_after_colon(sentence) or _parts_by_mode(sentence) or \
                _parts_in_next_sentences(sentence, following)
            if not found:
                continue
            stated, parts = found
            computed = sum(parts)
            if stated is not None and len(parts) >= MIN_PARTS and computed != stated:
                _add(doc, start, start + len(sentence), "sum_mismatch",
                     f"{sentence.strip()[:120]} — {' + '.join(str(v) for v in parts)} = {computed}",
                     stated, computed, "the parts named by kind do not add up to the stated count")


def check_total_of_groups(doc: Doc) -> None:
    """A later total of the groups counted together before («приняли участие 1 356 обучающихся и 214 педагогов»
    … «Итого участниками стали 1 590 человек (обучающиеся и педагоги)»): the total against their sum, when the
    total's sentence names every group."""
    text = doc_text(doc)
    prose = [a for a in records(doc, "attendance") if a["source"] == "prose" and not a.get("part_of_row")]
    by_sentence: dict[int, list[dict]] = {}
    for count in prose:
        by_sentence.setdefault(_sentence_bounds(text, count["char_start"])[0], []).append(count)
    for total in (a for a in prose if a["is_total"]):
        named = {_lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", _sentence_of(text, total["char_start"]))}
        for start, group in by_sentence.items():
            people = [_people_lemma(a["text"]) for a in group]
            if start >= total["char_start"] or total in group or len(group) < 2 or not all(people) \
                    or len(set(people)) < len(people) or not set(people) <= named or any(
                        SUBSET.search(text[a["char_end"]:b["char_start"]]) for a, b in zip(group, group[1:])):
                continue  # not «457 человек, из них 112 молодых педагогов»: a part, not another group
            computed = sum(a["count"] for a in group)
            if computed != total["count"]:
                _add(doc, group[0]["char_start"], total["char_end"], "sum_mismatch",
                     f"{total['label']}: {total['count']}, а " + " + ".join(str(a["count"]) for a in group) +
                     f" = {computed}", total["count"], computed, "a total differs from the groups counted before")


def _counted_word(item: re.Match) -> str:
    """The word after an item's count («(40 участников)» → «участников»), "" for a bare count («(30)»)."""
    word = re.match(r"\s+([а-яё]+)", item.string[item.end("dash") if item.group("dash") else item.end("paren"):])
    return word.group(1) if word else ""


def _named_list(sentence: str):
    """(head lemma, counts, counted word) of a list of named things with their people after a colon that has no
    count before it: «прошли три секции: «Наука» (40 участников), «…» (30) и «…» (20)»
    → («секция», [40, 30, 20], «участник»)."""
    from svodka.extractors.attendance import _is_people

    colon = sentence.find(":")
    head = re.search(r"([А-Яа-яЁё]+)\s*$", sentence[:colon]) if colon > 0 else None
    if not head or any(find_numbers(sentence[:colon])) or SHARE.search(sentence):
        return None
    items = _list_items(sentence[colon + 1:])
    if not items or len(items) < MIN_PARTS:
        return None
    words = {_lemma(w) for w in map(_counted_word, items) if w}
    if len(words) > 1 or any(not _is_people(w) for w in words):
        return None  # «(12 докладов)»: not people
    parse = models.parses(head.group(1).lower())[0]
    if "NOUN" not in parse.tag:
        return None
    counts = [number_value(m.group("dash") or m.group("paren")) for m in items]
    return parse.normal_form, counts, next(iter(words), "")


def _later_total(sentence: str, head: str, counted: str):
    """The count of a total sentence naming the list's head («Итого в секциях работали 95 человек»), of the
    same people as the list's items (or anyone), or None."""
    from svodka.extractors.attendance import _is_people

    total = TOTAL_WORD.search(sentence)
    if not total or head not in {_lemma(w) for w in re.findall(r"[А-Яа-яЁё]+", sentence)}:
        return None
    for count in re.finditer(rf"(?<![\d.,])(?P<count>{NUMBER})\s+(?P<word>[а-яё]+)", sentence[total.end():]):
        if _is_people(count.group("word")):
            people = _lemma(count.group("word"))
            same = not counted or people == counted or bool(ANYONE & {people, counted})
            return number_value(count.group("count")) if same else None
    return None


def check_named_list_totals(doc: Doc) -> None:
    """A list of named parts with their people after a colon («прошли три секции: «…» (40 участников), «…»
    (30) и «…» (20)»), against a total of them in one of the next sentences, in its paragraph or the next ones
    up to a heading («Итого в секциях работали 95 человек»): the sentence says «всего» or
    «итого», names the list's head noun and counts the same people."""
    text = doc_text(doc)
    found = [(s, e) for s, e in sentences(text) if text[s:e].strip()]
    for k, (start, end) in enumerate(found):
        listed = _named_list(text[start:end])
        if not listed:
            continue
        head, counts, counted = listed
        for s, e in found[k + 1:k + 1 + PARTS_LOOKAHEAD]:
            following = text[s:e]
            if not re.search(r"[.!?;:…]$", following.strip()):
                break  # a heading: another part of the report
            stated = _later_total(following, head, counted)
            if stated is None:
                continue
            computed = sum(counts)
            if stated != computed:
                _add(doc, start, e, "sum_mismatch",
                     f"«{following.strip()[:120]}», а {' + '.join(map(str, counts))} = {computed}",
                     stated, computed, "the parts listed before a total do not add up to it")
            break


SUBSET = re.compile(r"из\s+них|в\s+том\s+числе|в\s+т\.\s*ч", re.IGNORECASE)


@Language.component("svodka_checks")
def checks_component(doc: Doc) -> Doc:
    check_totals_rows(doc)
    check_row_totals(doc)
    check_breakdowns(doc)
    check_school_counts(doc)
    check_prose_school_counts(doc)
    check_table_references(doc)
    check_prose_against_tables(doc)
    check_prose_parts(doc)
    check_named_list_totals(doc)
    check_prose_breakdowns(doc)
    check_prose_contradictions(doc)
    check_total_of_groups(doc)
    return doc
