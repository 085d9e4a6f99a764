"""Audit pages show every extracted span, every rebuilt table with its rows, and the checks."""
from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from html import escape
from html.parser import HTMLParser

import pytest

from svodka.outputs.audit import SPAN_TABLES, Run, collect_spans, document_page, page_name, read_source, render_text, \
    write_site
from svodka.outputs.writer import write_tables

TEXT = ("Отчёт о семинаре в г. Новокузнецке\n\n"
        "Семинар «Наставничество» прошёл 9 февраля 2023 года в МБОУ «СОШ № 29», вела Плетнёва Л.А.\n\n"
        "Таблица 1 – Количество участников\n"
        "№\tМероприятие\tКол-во чел\n"
        "1\tСеминар «Наставничество»\t25\n"
        "ИТОГО\t\t27\n")


def at(fragment: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


class Spans(HTMLParser):
    """The text inside each `data-span` element of a page, reassembled over its pieces."""

    def __init__(self):
        super().__init__()
        self.stack, self.text = [], defaultdict(str)

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            self.stack.append(dict(attrs).get("data-span"))

    def handle_endtag(self, tag):
        if tag == "span":
            self.stack.pop()

    def handle_data(self, data):
        for key in self.stack:
            if key:
                self.text[key] += data


def spans_of(html: str) -> dict[str, str]:
    parser = Spans()
    parser.feed(html)
    return dict(parser.text)


@pytest.fixture()
def tiny_run(tmp_path):
    source = tmp_path / "r.txt"
    source.write_bytes(TEXT.encode("utf-8"))
    seminar, total = at("25"), at("27")
    date, school, person = at("9 февраля 2023 года"), at("МБОУ «СОШ № 29»"), at("Плетнёва Л.А.")
    tables = {
        "documents": [{"doc_id": "r.txt", "path": str(source), "status": "ok", "n_chars": len(TEXT),
                       "sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "title": "Отчёт о семинаре"},
                      {"doc_id": "gone/x.txt", "path": str(tmp_path / "gone" / "x.txt"), "status": "failed",
                       "error": "cannot open: No such file"}],
        "people": [{"doc_id": "r.txt", "person_id": "p1", "surname": "Плетнёва", "initials": "Л.А.",
                    "char_start": person[0], "char_end": person[1]}],
        "school_mentions": [{"doc_id": "r.txt", "school_id": "s1", "text": "МБОУ «СОШ № 29»", "start": school[0],
                             "end": school[1], "source": "prose", "number": "29"}],
        "dates": [{"doc_id": "r.txt", "text": "9 февраля 2023 года", "kind": "day", "start": "2023-02-09",
                   "end": "2023-02-09", "char_start": date[0], "char_end": date[1]},
                  {"doc_id": "r.txt", "text": "9 февраля", "kind": "day", "char_start": date[0],
                   "char_end": date[0] + 9}],
        "events": [{"doc_id": "r.txt", "event_id": "e1", "title": "Семинар «Наставничество»", "kind": "семинар",
                    "char_start": at("Семинар «Наставничество» прошёл 9 февраля 2023 года в МБОУ «СОШ № 29»")[0],
                    "char_end": at("Семинар «Наставничество» прошёл 9 февраля 2023 года в МБОУ «СОШ № 29»")[1]}],
        "attendance": [{"doc_id": "r.txt", "table": "Таблица 1", "row": 1, "label": "Семинар «Наставничество»",
                        "column": "Кол-во чел", "count": 25, "source": "table", "char_start": seminar[0],
                        "char_end": seminar[1]},
                       {"doc_id": "r.txt", "table": "Таблица 1", "row": 2, "label": "ИТОГО", "column": "Кол-во чел",
                        "count": 27, "is_total": True, "source": "table", "char_start": total[0],
                        "char_end": total[1]},
                       {"doc_id": "r.txt", "table": "prose", "label": "бог знает", "count": 3, "source": "prose",
                        "char_start": 9999, "char_end": 10001}],
        "checks": [{"doc_id": "r.txt", "kind": "sum_mismatch", "where": "Таблица 1, ИТОГО", "stated": 27,
                    "computed": 25, "detail": "ИТОГО 27 ≠ 25", "char_start": total[0], "char_end": total[1]}],
    }
    out = tmp_path / "out"
    write_tables(out, tables)
    return out


def test_every_span_is_on_the_page_with_its_text(tiny_run):
    run = Run(tiny_run)
    html = document_page(run, "r.txt")
    found = spans_of(html)
    for table, (start_col, end_col, _, _) in SPAN_TABLES.items():
        for index, row in enumerate(run.of(table, "r.txt")):
            start, end = int(row[start_col]), int(row[end_col])
            if end <= len(TEXT):
                assert found[f"{table}-{index}"] == TEXT[start:end], (table, index)
    assert "attendance-2" not in found  # offsets outside the text...
    assert "attendance row 2</a>: offsets 9999–10001 outside the text" in html  # ...are reported


def test_overlapping_spans_get_their_own_underline_level(tiny_run):
    spans, problems = collect_spans(Run(tiny_run), "r.txt", len(TEXT))
    by_key = {(s["table"], s["index"]): s for s in spans}
    assert by_key["dates", 0]["slot"] != by_key["dates", 1]["slot"]
    assert by_key["events", 0]["slot"] != by_key["school_mentions", 0]["slot"]
    assert by_key["attendance", 1]["slot"] != by_key["checks", 0]["slot"]
    assert problems == [("attendance", 2, f"offsets 9999–10001 outside the text (0–{len(TEXT)})")]


def test_rebuilt_table_stands_beside_its_attendance_rows(tiny_run):
    html = document_page(Run(tiny_run), "r.txt")
    tables = html.split('<h3 id="table-1">')[1].split("</h3>")[0]
    assert tables == "Таблица 1"
    pair = html.split('<div class="pair">')[1]
    grid, rows = pair.split("</div><div>")[:2]
    assert '<td class="num counted">25</td>' in grid and '<td class="num counted">27</td>' in grid
    assert "2 attendance rows from this table" in rows and 'id="row-attendance-1"' in rows
    assert "Counts from prose" in html and 'id="row-attendance-2"' in html


def test_checks_and_rows_are_listed(tiny_run):
    html = document_page(Run(tiny_run), "r.txt")
    checks = html.split("<h2>Checks (1)</h2>")[1].split("<h2>")[0]
    assert escape("ИТОГО 27 ≠ 25") in checks and "<td class=\"num\">27</td>" in checks
    for table in ("people", "school_mentions", "dates", "events"):
        assert f'id="row-{table}-0"' in html and f'href="#span-{table}-0"' in html


def test_source_changed_or_gone(tiny_run, tmp_path):
    run = Run(tiny_run)
    assert read_source(run.documents["gone/x.txt"])[0] is None
    html = document_page(run, "gone/x.txt")
    assert "is not there any more" in html and "cannot open: No such file" in html
    (tmp_path / "r.txt").write_text(TEXT + "ещё", encoding="utf-8")
    assert "source file changed since the run" in document_page(run, "r.txt")


def test_site_has_an_index_linking_every_document(tiny_run, tmp_path):
    index = write_site(tiny_run, tmp_path / "site")
    html = index.read_text(encoding="utf-8")
    for doc_id in ("r.txt", "gone/x.txt"):
        name = page_name(doc_id)
        assert f'href="{name}"' in html and (tmp_path / "site" / name).exists()
    assert "2 documents, 1 not ok, 1 with failed checks." in html
    assert "cannot open: No such file" in html


def test_text_is_escaped_and_kept_whole():
    text = "a <b> & «c»\n\td"
    html = render_text(text, [{"table": "people", "index": 0, "start": 2, "end": 5, "slot": 0,
                               "row": {"surname": "<b>"}}])
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert spans_of(html) == {"people-0": "<b>"}


# --- on a real run over the seeds ---

def test_seed_pages_show_every_span_and_table(seed_run, tmp_path):
    out, _ = seed_run
    run = Run(out)
    write_site(out, tmp_path)
    for doc_id, document in run.documents.items():
        html = (tmp_path / page_name(doc_id)).read_text(encoding="utf-8")
        text, rebuilt, _ = read_source(document)
        found = spans_of(html)
        for table, (start_col, end_col, _, _) in SPAN_TABLES.items():
            for index, row in enumerate(run.of(table, doc_id)):
                if row[start_col] and row[end_col] and int(row[start_col]) < int(row[end_col]) <= len(text):
                    assert found[f"{table}-{index}"] == text[int(row[start_col]):int(row[end_col])]
                assert f'id="row-{table}-{index}"' in html
        assert html.count('<table class="grid">') == len(rebuilt)
        for table in rebuilt:
            for row in table["rows"]:
                for cell in row["cells"]:
                    assert f">{escape(cell['text'])}</td>" in html
        assert f"<h2>Checks ({len(run.of('checks', doc_id))})</h2>" in html


def test_seed_index_counts_match_the_tables(seed_run, tmp_path):
    out, _ = seed_run
    html = write_site(out, tmp_path).read_text(encoding="utf-8")
    with open(out / "documents.csv", encoding="utf-8", newline="") as handle:
        documents = list(csv.DictReader(handle))
    assert html.count("<tr") == len(documents) + 2  # header, documents, totals
    with open(out / "people.csv", encoding="utf-8", newline="") as handle:
        n_people = len(list(csv.DictReader(handle)))
    totals = html.split("<td>all documents</td>")[1].split("</tr>")[0]
    assert f">{n_people}</td>" in totals


def test_a_run_by_another_version_is_flagged(tiny_run):
    (tiny_run / "run.json").write_text('{"svodka": "0.0.0-elsewhere"}', encoding="utf-8")
    html = document_page(Run(tiny_run), "r.txt")
    assert "The run was made by svodka 0.0.0-elsewhere" in html


def test_pages_scored_against_gold_list_misses_and_mark_false_hits(tiny_run, tmp_path):
    gold = [{"doc": "r.txt", "people": [{"surname": "Плетнёва", "initials": "Л.А."}, {"surname": "Иванов"}],
             "attendance": [{"label": "Семинар «Наставничество»", "column": "Кол-во чел", "count": 25}]}]
    html = document_page(Run(tiny_run, gold), "r.txt")
    assert "Missed (1)" in html and escape('"surname": "Иванов"') in html
    assert '<tr id="row-people-0">' in html  # matched: not flagged
    for index in (1, 2):  # the ИТОГО row and the prose count are not in this gold
        assert f'<tr id="row-attendance-{index}" class="extra"' in html
    assert '<tr id="row-attendance-0">' in html
    index = write_site(tiny_run, tmp_path / "site", gold=gold).read_text(encoding="utf-8")
    assert "<th>gold F1</th>" in index


def test_seed_pages_agree_with_evaluate(seed_run):
    from svodka.outputs.evaluate import evaluate, read_gold
    from tests.conftest import GOLD

    out, _ = seed_run
    gold = read_gold(GOLD)
    run = Run(out, gold)
    for item in gold:
        doc_id = next(d for d in run.documents if d.endswith(item["doc"]))
        alone = evaluate(out, [item])
        assert {k: s.as_dict() for k, s in run.evaluation(doc_id).tables.items()} == \
            {k: s.as_dict() for k, s in alone.tables.items()}
        html = document_page(run, doc_id, source=(None, [], []))
        assert f"Against the gold (mean F1 {alone.mean_f1:.3f})" in html
        assert html.count(' class="extra"') == len(alone.extras)
