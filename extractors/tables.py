"""Table blocks rebuilt from tab-separated lines and real cells (issue 5).

Reports converted from .docx keep their tables as tab-separated lines, broken
by page breaks (a blank line, often the header repeated), with school lists
spilling over into rows whose first cells are empty and group labels
(«ДЕНЬ ...») in a first column that spans several rows. This module turns
both those lines and the real cells of docx/html/pdf into one tidy shape, one
record per table in group `tables`:

    {"table_id", "name", "caption", "header": [str],
     "rows": [{"cells": [{"text", "start", "end"}], "label", "group",
               "is_total", "continues"}],
     "char_start", "char_end",
     "label_column", "count_columns", "total_columns", "heading", "heading_start"}

`locate(doc, offset)` finds the table, row and column of a character offset.
"""
from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.normalizers.numbers import is_empty_cell, parse_cell
from svodka.extractors.records import add_record, doc_text, records, state
from svodka.normalizers.headings import CAPTION, caption_of, heading_before, intro_title

GROUP = "tables"

TOTAL_LABEL = re.compile(r"^\s*(итого|всего|общее\s+количество|общий\s+итог)\b", re.IGNORECASE)
NUMBER_HEADER = re.compile(r"^\s*(№|n|#)\s*(п\s*/\s*п|пп)?\.?\s*$", re.IGNORECASE)
# Columns whose numbers are not counts: dates, years, school numbers («№№ ОО»), codes.
NOT_COUNT_HEADER = re.compile(r"№|\bдата\b|\bгод\b|\bсрок|\bвремя\b|\bкод\b|\bтелефон|"
                              r"(?<!\d )(?<!\d)(?<![\d-][а-я] )(?<![\d-][а-я][а-я] )\bкласс", re.IGNORECASE)
# («Класс» holds grades, but «2 класс», «5-9 классы», «10-х классов» head the counts of those grades.)
TOTAL_HEADER = re.compile(r"^\s*(всего|итого)\b", re.IGNORECASE)
DATE_CELL = re.compile(r"\d{1,2}\s*(янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)|\d{1,2}\.\d{1,2}\.\d{2,4}|"
                       r"\b\d{1,2}:\d{2}\b", re.IGNORECASE)
LABEL_HEADER = re.compile(r"мероприят|названи|наименовани|тема|район|территори|муниципал|организаци|"
                          r"категори|форма|секци|площадк", re.IGNORECASE)
DISTRICT_HEADER = re.compile(r"^\s*(?:муниципальн\w*\s+|городск\w*\s+)?(район|территори|муниципалитет|"
                             r"образовани|город|округ|поселени)", re.IGNORECASE)
DATE_CELL_MAX = 30
PAGE_MARK = re.compile(r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:стр\.?|страница)\s*\d{1,4}(?:\s*из\s*\d{1,4})?|\d{1,4})\s*$",
                       re.IGNORECASE)
PIPE_ROW = re.compile(r"^[ \t]*\|[^|\n]*\|")  # a row of a web page's table: «| предмет | 2 класс |»
GROUP_LABEL_WORDS = 8  # a group label line inside a table is short
QUOTED = re.compile(r"«")
MERGED_REPEAT = {"docx"}  # readers that repeat a vertically merged cell in every row it spans
SPANS_DROPPED = {"html"}  # readers that give a cell merged down (rowspan) in its first row only
GRID_SPANS = {"docx"}  # readers that give a cell merged across columns "" in the other grid columns it covers
EVENT_CELLS = 2  # cells starting with an event kind that make a column of event titles


# --- plain-text tables -------------------------------------------------------------------------

def _lines(text: str):
    """(start, end, line) for every line of the text."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def is_row(line: str) -> bool:
    """A table row as converters leave it: tab-separated cells, or cells between «|» («| Район | 12 |»)."""
    return "\t" in line and bool(line.strip()) or bool(PIPE_ROW.match(line))


def _is_rule(line: str) -> bool:
    """The «|---|:---:|» line under a web page's table header."""
    return bool(PIPE_ROW.match(line)) and not line.strip(" \t|:-")


def _split_cells(start: int, line: str) -> list[dict]:
    separator = "\t"
    if "\t" not in line and PIPE_ROW.match(line):  # «| a | b |»: the outer bars open and close the row
        separator = "|"
        first, body = line.index("|") + 1, line.rstrip()
        start, line = start + first, line[first:len(body) - 1 if body.endswith("|") else len(line)]
    cells, pos = [], start
    for piece in line.split(separator):
        stripped = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        s = pos + lead
        cells.append({"text": stripped, "start": s, "end": s + len(stripped)})
        pos += len(piece) + 1
    return cells


def _norm_row(cells) -> tuple:
    return tuple(" ".join(c["text"].lower().split()) for c in cells if c["text"].strip())


def _looks_like_header(cells) -> bool:
    filled = [c for c in cells if c["text"]]
    return len(filled) >= 2 and bool(cells[0]["text"] or len(filled) >= 3) and \
        not any(parse_cell(c["text"]) is not None for c in filled) and \
        not any(TOTAL_LABEL.match(c["text"]) for c in filled[:1])


def _is_page_mark(line: str) -> bool:
    """A page number left by a page break («- 2 -», «Страница 3»).

    >>> _is_page_mark("- 2 -"), _is_page_mark("стр. 4 из 9"), _is_page_mark("Учителя физики")
    (True, True, False)
    """
    return bool(PAGE_MARK.match(line))


def _is_group_label(line: str, following, current) -> bool:
    """A line without tabs inside a table: a merged cell naming the group of the rows below it
    («Учителя физики»), when short, not a sentence or a caption, and a data row of the table follows."""
    words = line.split()
    if not words or len(words) > GROUP_LABEL_WORDS or line.rstrip().endswith((".", ":", ";")) or \
            re.match(r"\s*Таблица\b", line, re.IGNORECASE) or following is None:
        return False
    return len(following) == len(current[0]) and _norm_row(following) != _norm_row(current[0]) and \
        not _looks_like_header(following)


def _next_row(lines: list, i: int):
    """Cells of the next tab-separated line after line i, over blank lines and page marks; None if prose comes first."""
    for k in range(i + 1, len(lines)):
        start, _, line = lines[k]
        if is_row(line):
            return _split_cells(start, line)
        if line.strip() and not _is_page_mark(line):
            return None
    return None


def text_blocks(text: str, skip=()) -> list[list[list[dict]]]:
    """Tab-separated line runs as lists of rows (header first, repeated headers dropped).

    A block runs over blank lines and page numbers (page breaks); a repeated header continues it,
    a different header-like row after a break starts a new table. A short line without tabs between
    rows of a table is a merged group label: a row of one cell.
    """
    blocks, current, header, gap = [], None, None, False
    lines = list(_lines(text))
    spans = sorted(skip)
    for i, (start, end, line) in enumerate(lines):
        k = bisect.bisect_right(spans, (start, float("inf"))) - 1
        if k >= 0 and spans[k][0] <= start < spans[k][1]:
            continue
        if current is not None and _is_rule(line):
            continue
        if current is not None and not is_row(line) and line.strip():
            if _is_page_mark(line):
                gap = True
                continue
            if _is_group_label(line, _next_row(lines, i), current):
                current.append(_split_cells(start, line))
                gap = False
                continue
        if is_row(line):
            cells = _split_cells(start, line)
            if current is not None and _norm_row(cells) == header:
                gap = False
                continue  # header repeated after a page break
            if current is not None and gap and _looks_like_header(cells) and len(cells) != len(current[0]):
                current = None
            if current is None:
                current, header = [cells], _norm_row(cells)
                blocks.append(current)
            else:
                current.append(cells)
            gap = False
        elif not line.strip():
            gap = current is not None
        else:
            current, header, gap = None, None, False
    return blocks


# --- tidy step (shared by text and real tables) --------------------------------------------------

def _pad(row: list[dict], n: int, spans_down: bool = False) -> list[dict]:
    """Align a short row (merged cells) to n columns: first cell left, the rest right.

    `spans_down`: the reader drops cells merged down from the row above (html rowspan), so a short
    row lacks its first cells, unless it starts with a totals label spanning columns.
    """
    if len(row) >= n:
        return row
    end = row[-1]["end"] if row else 0
    if len(row) <= 1:
        return row + [{"text": "", "start": end, "end": end} for _ in range(n - len(row))]
    if spans_down and not TOTAL_LABEL.match(row[0]["text"]):
        start = row[0]["start"]
        return [{"text": "", "start": start, "end": start} for _ in range(n - len(row))] + row
    gap = [{"text": "", "start": row[0]["end"], "end": row[0]["end"]} for _ in range(n - len(row))]
    return [row[0]] + gap + row[1:]


def _is_date_cell(text: str) -> bool:
    """A cell that is a date or time («9 февраля 10:30»), not a title mentioning one."""
    match = DATE_CELL.search(text)
    return bool(match) and (match.start() == 0 or len(text) <= DATE_CELL_MAX)


def _names_events(header: str, cells: list[str]) -> bool:
    """A column of event titles: its header names the event or its topic («Семинар», «Название
    мероприятия», «Тема»), or most of its cells start with an event kind («Круглый стол «...»»)."""
    from svodka.normalizers.event_kinds import KIND_ANY, TITLE_HEADER, kind_of

    if TITLE_HEADER.search(header) or KIND_ANY.search(header):
        return True
    filled = [c for c in cells if c]
    titled = sum(1 for c in filled if kind_of(c, start_only=True))
    return titled >= EVENT_CELLS and titled >= len(filled) * 0.5


def _column_roles(header: list[str], body: list[list[dict]]):
    """(label column, group columns, count columns, total columns, whether the label column names events)
    from header and cells."""
    n = len(header)
    filled = [sum(1 for r in body if r[i]["text"]) for i in range(n)]
    numeric = [sum(1 for r in body if parse_cell(r[i]["text"]) is not None) for i in range(n)]
    empty_marks = [sum(1 for r in body if r[i]["text"] and is_empty_cell(r[i]["text"])) for i in range(n)]
    dates = [sum(1 for r in body if _is_date_cell(r[i]["text"])) for i in range(n)]
    number_col = {i for i in range(n) if NUMBER_HEADER.match(header[i])}
    if n > 1 and not header[0]:  # an unnamed first column numbering the rows 1, 2, 3 ...
        values = [parse_cell(r[0]["text"]) for r in body if r[0]["text"]]
        if len(values) >= 2 and values == list(range(1, len(values) + 1)):
            number_col.add(0)
    counts = []
    for i in range(n):
        if i in number_col or NOT_COUNT_HEADER.search(header[i]) or not numeric[i]:
            continue
        if numeric[i] + empty_marks[i] >= max(1, filled[i]) * 0.8:
            counts.append(i)
    text_cols = [i for i in range(n) if i not in counts and i not in number_col and dates[i] < max(1, filled[i]) * 0.5
                 and not (header[i] and NOT_COUNT_HEADER.search(header[i]) and numeric[i])]
    if not text_cols:
        return None, [], counts, [], False
    # rows that only carry a spilled-over list say nothing about which column labels the rows
    whole = [r for r in body if r[0]["text"] or any(parse_cell(c["text"]) is not None for c in r)] or body
    filled_whole = [sum(1 for r in whole if r[i]["text"]) for i in range(n)]
    best = max(filled_whole[i] for i in text_cols)
    candidates = [i for i in text_cols if filled_whole[i] >= best * 0.8]
    keyword = [i for i in text_cols if LABEL_HEADER.search(header[i]) and filled_whole[i] >= len(whole) * 0.5]
    # rows that open a record (first cell filled, more than one cell): not group labels or continuations
    leads = [r for r in body if r[0]["text"] and sum(1 for c in r if c["text"]) >= 2] or body
    events = [i for i in text_cols if _names_events(header[i], [r[i]["text"] for r in body])
              and sum(1 for r in leads if r[i]["text"]) >= len(leads) * 0.5]
    label = (events or keyword or candidates)[0]
    groups = [i for i in text_cols if i < label and filled[i] < len(body)]
    totals = [i for i in counts if TOTAL_HEADER.match(header[i])] if len(counts) > 1 else []
    return label, groups, counts, totals, bool(events)


def _is_group_row(raw, texts, filled, total_cell, label_col, group_cols, counts, following=None) -> bool:
    """One label alone on its row: a merged cell spanning the table or a group column's value.

    With `following` (the next row, given for readers of GRID_SPANS: a docx cell merged across the
    table gives "" in the other grid columns) a label alone in the first column heads the rows below
    when the next row has a label and counts of its own («Учителя физики» over the seminars for them).
    In tab-separated text such a label is a line of its own (see `text_blocks`); there a first cell
    with empty cells after it is a row without counts («Кузнецкий» with no one from that district).
    """
    if len(filled) != 1 or total_cell or filled[0] in counts or label_col is None:
        return False
    only, text = filled[0], texts[filled[0]]
    if len(raw) == 1 and len(texts) > 1:
        return True  # a merged cell: the row holds one cell only
    if only in group_cols or (only == 0 and label_col != 0):
        return True
    if only == 0 and text.isupper() and len(text) > 3:
        return True
    return only == 0 and following is not None and bool(following[label_col]["text"]) and \
        any(parse_cell(following[i]["text"]) is not None for i in counts)


def _has_number(row) -> bool:
    return any(parse_cell(c["text"]) is not None for c in row)


def _is_subheader(header: list[str], row, following) -> bool:
    """A second header row («| педагоги | учащиеся» under «Количество участников»): no numbers,
    its first cell empty or repeating the header's (a vertically merged cell), data below it."""
    first = row[0]["text"] if row else ""
    return not _has_number(row) and _has_number(following) and (not first or first == header[0]) and \
        sum(1 for c in row if c["text"]) >= 2 and all(len(c["text"]) <= 60 for c in row)


def _spread_header(upper: list[str], lower: list[dict], width: int) -> list[str] | None:
    """Two header rows a converter left without their merged cells («| предмет | Количество участников | итого |»
    over «| 2 класс | 3 класс | 4 класс |»): the first and the total columns span both rows, so the lower row
    lacks their cells and starts under the one upper cell spanning it; None unless the cells add up to the
    `width` of the data rows that way."""
    tops = [t for t in upper if t]
    lows = [c["text"] for c in lower if c["text"]]
    if not lower or not lower[0]["text"] or lower[0]["text"] == upper[0] or not upper[0] or \
            len(tops) - 1 + len(lows) != width or not 2 <= len(tops) < width or len(lows) < 2:
        return None
    spanning = next((k for k in range(1, len(tops)) if not TOTAL_HEADER.match(tops[k])), None)
    if spanning is None:
        return None
    out = []
    for k, top in enumerate(tops):
        out.extend(f"{top} {low}" for low in lows) if k == spanning else out.append(top)
    return out + [""] * (len(upper) - len(out))


def _shifted_total(rows: list[dict], counts: list[int], totals: list[int]) -> dict | None:
    """The last row of a table whose totals cell slid into it («| Английский язык | 13 | 250 |» under columns
    «2 класс | 3 класс | 4 класс | итого»): fewer numbers than count columns, packed to the left (or to the
    right, the last in the total column), the last one equal to its total column's sum above plus the row's
    own numbers. That number is moved out into a
    totals row of its own (flagged `derived`: it adds up by construction); None when no row is like that."""
    if not rows or len(totals) != 1 or rows[-1]["is_total"]:
        return None
    last, total = rows[-1], totals[0]
    filled = [c for c in counts if parse_cell(last["cells"][c]["text"]) is not None]
    if not 2 <= len(filled) < len(counts) or filled != counts[:len(filled)] and filled[-1] != total:
        return None  # packed to the left (a web page's row), or to the right with the total in its column
    values = [parse_cell(last["cells"][c]["text"]) for c in filled]
    above = [parse_cell(r["cells"][total]["text"]) for r in rows[:-1] if not r["is_total"] and not r["continues"]]
    if not above or None in above or values[-1] != sum(above) + sum(values[:-1]):
        return None
    moved = last["cells"][filled[-1]]
    last["cells"] = [dict(c, text="") if c is moved else c for c in last["cells"]]
    cells = [{"text": "", "start": moved["start"], "end": moved["start"]} for _ in last["cells"]]
    cells[total] = moved
    return {"cells": cells, "label": "", "group": "", "is_total": True, "continues": False, "derived": True}


def _join_headers(upper: list[str], lower: list[dict]) -> list[str]:
    """Column headers of two header rows; an empty upper cell takes the one on its left (a merged span)."""
    out, spanning = [], ""
    for top, cell in zip(upper, lower):
        spanning = top or spanning
        parts = [spanning if not top and cell["text"] else top, cell["text"]]
        out.append(" ".join(dict.fromkeys(p for p in parts if p)))
    return out


def _repeats_merged(texts: list[str], previous: dict | None, label_col, counts) -> bool:
    """A docx row whose label and counts repeat the row above: cells merged down over both rows
    (python-docx gives a vertically merged cell's text in every row it spans)."""
    if previous is None or label_col is None or not counts:
        return False
    before = [c["text"] for c in previous["cells"]]
    same = [label_col, *counts]
    return all(texts[i] == before[i] for i in same) and any(t != b for t, b in zip(texts, before))


def _same_event_label(lead: dict, cells: list[dict], label_col: int, counts: list[int]) -> str:
    """The label of a row continuing the event of `lead` with a count of its own: the event title,
    then the other text this row fills («учителя биологии»), so two rows of one event stay distinct.
    The lead row gets the same column's value after its title (`lead["row"]` is updated in place);
    cells repeating the lead's (merged down in docx: the date, the venue) are not told."""
    lead_row = lead["row"]
    detail = [i for i, c in enumerate(cells) if c["text"] and i != label_col and i not in counts
              and parse_cell(c["text"]) is None and c["text"] != lead_row["cells"][i]["text"]]
    lead_detail = [lead_row["cells"][i]["text"] for i in detail if lead_row["cells"][i]["text"]]
    if lead_detail and lead_row["label"] == lead["title"]:
        lead_row["label"] = ", ".join([lead["title"], *lead_detail])
    return ", ".join([lead["title"], *(cells[i]["text"] for i in detail)])


def tidy(rows: list[list[dict]], merged_repeat: bool = False, spans_down: bool = False,
         grid_spans: bool = False) -> dict:
    """Header, column roles and labelled rows of one table given as rows of cells.

    `merged_repeat`: the reader repeats vertically merged cells (docx), so a row repeating the label
    and counts of the row above continues it. `spans_down`: it drops them instead (html rowspan).
    `grid_spans`: it gives a horizontally merged cell "" in the other grid columns it covers (docx).
    """
    if not rows:
        return {"header": [], "rows": [], "label_column": None, "count_columns": [], "total_columns": []}
    n = max(len(r) for r in rows)
    first = rows[0]
    has_header = not any(parse_cell(c["text"]) is not None for c in first if not NUMBER_HEADER.match(c["text"]))
    header_cells = _pad(list(first), n) if has_header else [{"text": "", "start": 0, "end": 0}] * n
    header = [c["text"] for c in header_cells]
    body_raw = rows[1:] if has_header else rows
    while has_header and len(body_raw) > 1 and _is_subheader(header, body_raw[0], body_raw[1]):
        header = _join_headers(header, _pad(list(body_raw[0]), n))
        body_raw = body_raw[1:]
    if has_header and len(body_raw) > 1 and not _has_number(body_raw[0]) and _has_number(body_raw[1]):
        width = max(max((i + 1 for i, c in enumerate(r) if c["text"]), default=0) for r in body_raw[1:])
        spread = _spread_header(header, _pad(list(body_raw[0]), n), width)
        if spread:
            header, body_raw = spread, body_raw[1:]
    body = [_pad(list(r), n, spans_down) for r in body_raw]
    label_col, group_cols, counts, totals, of_events = _column_roles(header, body)
    out, group, previous, lead, regrouped = [], "", None, None, False
    for k, (raw, cells) in enumerate(zip(body_raw, body)):
        texts = [c["text"] for c in cells]
        filled = [i for i, t in enumerate(texts) if t]
        label_side = texts if label_col is None else texts[:label_col + 1]  # not a title or a list
        total_cell = next((t for t in label_side if TOTAL_LABEL.match(t)), "")
        following = body[k + 1] if grid_spans and k + 1 < len(body) else None
        if _is_group_row(raw, texts, filled, total_cell, label_col, group_cols, counts, following):
            group, regrouped = texts[filled[0]], True  # a group label row spanning the table
            continue
        for i in group_cols:
            if texts[i] and not TOTAL_LABEL.match(texts[i]):
                group = texts[i]
        has_count = any(parse_cell(texts[i]) is not None for i in counts)
        label = texts[label_col] if label_col is not None else ""
        continues = shared = False
        if total_cell:
            label, row_group = total_cell, ""
        elif (not label and not has_count and previous is not None) or \
                (merged_repeat and _repeats_merged(texts, previous, label_col, counts)):
            label, continues, row_group = previous["label"], True, previous["group"]
        elif has_count and lead is not None and not regrouped and \
                (not any(label_side) or merged_repeat and of_events and label == lead["title"]):
            # first cells empty (in docx: the event cell merged down), a count of its own: the same event
            # as the row above, for other people
            label, row_group, shared = _same_event_label(lead, cells, label_col, counts), lead["group"], True
        else:
            row_group = group
            label = label or group  # counts under a group label alone («ДЕНЬ ...» with no title)
        row = {"cells": cells, "label": label, "group": row_group, "is_total": bool(total_cell),
               "continues": continues}
        out.append(row)
        regrouped = False
        if not continues:
            previous = row
        if not (continues or shared or total_cell) and label_col is not None and cells[label_col]["text"]:
            lead = {"row": row, "title": label, "group": row_group}
    shifted = _shifted_total(out, counts, totals)
    if shifted:
        out.append({**shifted, "label": header[totals[0]] if TOTAL_LABEL.match(header[totals[0]]) else "ИТОГО"})
    return {"header": header, "rows": out, "label_column": label_col, "count_columns": counts,
            "total_columns": totals}


def _kind_pattern():
    try:
        from svodka.normalizers.event_kinds import KIND_START
        return KIND_START
    except ImportError:  # events module unavailable: headings by shape only
        return None


# --- component -----------------------------------------------------------------------------------

def _add_table(doc: Doc, index: int, rows: list[list[dict]], caption: str = "", origin: str = "") -> dict | None:
    shaped = tidy(rows, merged_repeat=origin in MERGED_REPEAT, spans_down=origin in SPANS_DROPPED,
                  grid_spans=origin in GRID_SPANS)
    if not shaped["rows"]:
        return None
    text = doc_text(doc)
    start = min(c["start"] for r in rows for c in r if c["text"]) if any(c["text"] for r in rows for c in r) else 0
    end = max(c["end"] for r in rows for c in r)
    previous_end = records(doc, GROUP)[-1]["char_end"] if records(doc, GROUP) else 0
    found_caption, name = caption_of(text, start, previous_end)
    if not found_caption and caption:
        match = CAPTION.match(caption)
        if match and re.match(r"\s*Таблица", caption, re.IGNORECASE):
            found_caption, name = caption, ("Таблица " + (match.group(2) or "")).strip()
    title, heading_start = heading_before(text, start, _kind_pattern())
    introduced, intro_start = intro_title(text, start, _kind_pattern()) if not found_caption else ("", -1)
    if introduced:  # the line right above names the table's event: nearer than any heading
        title, heading_start = introduced, intro_start
    if not name:
        label_header = shaped["header"][shaped["label_column"]] if shaped["label_column"] is not None else ""
        what = "district table" if DISTRICT_HEADER.match(label_header) else "table"
        name = f"{what} after «{title}»" if title else f"table {index}"
    return add_record(doc, GROUP, start, end, table_id=f"T{index}", name=name, caption=found_caption,
                      header=shaped["header"], rows=shaped["rows"], label_column=shaped["label_column"],
                      count_columns=shaped["count_columns"], total_columns=shaped["total_columns"],
                      heading=title, heading_start=heading_start)


def find_tables(doc: Doc) -> list[dict]:
    """Add one `tables` record per real table and per tab-separated block; returns them."""
    real = state(doc).get("tables") or []
    spans, pending = [], []
    for table in real:
        rows = [[dict(c) for c in row] for row in table.get("rows", []) if row]
        if not rows:
            continue
        cells = [c for r in rows for c in r]
        spans.append((min(c["start"] for c in cells), max(c["end"] for c in cells) + 1))
        pending.append((spans[-1][0], rows, table.get("caption", ""), table.get("origin", "")))
    for block in text_blocks(doc_text(doc), skip=spans):
        pending.append((block[0][0]["start"], block, "", "text"))
    pending.sort(key=lambda item: item[0])
    for index, (_, rows, caption, origin) in enumerate(pending, 1):
        _add_table(doc, index, rows, caption, origin)
    return records(doc, GROUP)


def _cell_index(doc: Doc, table: dict) -> tuple[list[int], list[tuple]]:
    """A table's filled cells as (start, row number, column, row) sorted by start (cells of one row first where a
    merged cell repeats in several), and their starts for bisect; built once per table."""
    index = state(doc).setdefault("cell_index", {})
    cached = index.get(table["table_id"])
    if cached is None or cached[0] != len(table["rows"]):
        cells = sorted(((c["start"], n, i, row) for n, row in enumerate(table["rows"])
                        for i, c in enumerate(row["cells"]) if c["text"]), key=lambda e: e[:3])
        cached = (len(table["rows"]), [e[0] for e in cells], cells)
        index[table["table_id"]] = cached
    return cached[1], cached[2]


def locate(doc: Doc, offset: int):
    """(table, row, column index) of the cell holding `offset` (or ending at it), or None outside tables; the
    cell is found by bisect, so locating every school of a long table stays linear."""
    for table in records(doc, GROUP):
        if not table["char_start"] <= offset <= table["char_end"]:
            continue
        starts, cells = _cell_index(doc, table)
        k = bisect.bisect_right(starts, offset)
        if not k:
            continue
        first = bisect.bisect_left(starts, starts[k - 1])  # the first row of a cell merged over several
        _, _, i, row = cells[first]
        cell = row["cells"][i]
        if cell["start"] <= offset < cell["end"] or offset == cell["end"]:
            return table, row, i
    return None


@Language.component("svodka_tables")
def tables_component(doc: Doc) -> Doc:
    find_tables(doc)
    return doc
