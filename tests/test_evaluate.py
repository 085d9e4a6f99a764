"""`svodka evaluate` gives the figures of shared/tools/score.py, table by table and document by document."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from svodka.outputs.evaluate import (KEYS, GoldError, as_int, evaluate, format_report, match_attendance, match_person,
                              match_school, norm, read_gold, unmet)
from svodka.outputs.writer import write_tables
from tests.conftest import GOLD, SCORER

TABLE_LINE = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$")
DOC_LINE = re.compile(r"^\s+(\S+)\s+(\w+)\s+tp=(\d+) pred=(\d+) gold=(\d+)$")
ATTR_LINE = re.compile(r"^(\S+)\s+accuracy ([\d.]+) \((\d+)/(\d+)\)$")


def score_py(out, gold=GOLD) -> dict:
    """Run the project's scorer and read its figures back."""
    if not SCORER.exists():
        pytest.skip(f"no scorer at {SCORER}")
    done = subprocess.run([sys.executable, str(SCORER), str(out), *map(str, gold), "--docs", "--misses"],
                          capture_output=True, text=True, check=True)
    figures = {"tables": {}, "docs": {}, "attributes": {}, "misses": [], "extras": [], "mean": None}
    for line in done.stdout.splitlines():
        if m := TABLE_LINE.match(line):
            figures["tables"][m[1]] = (int(m[2]), int(m[3]), int(m[4]), m[5], m[6], m[7])
        elif m := DOC_LINE.match(line):
            figures["docs"][m[1], m[2]] = (int(m[3]), int(m[4]), int(m[5]))
        elif m := ATTR_LINE.match(line):
            figures["attributes"][m[1]] = (int(m[3]), int(m[4]))
        elif line.startswith("MISS  "):
            figures["misses"].append(line)
        elif line.startswith("EXTRA "):
            figures["extras"].append(line)
        elif line.startswith("mean F1 "):
            figures["mean"] = line
    return figures


def assert_agrees(out, gold_paths=GOLD):
    expected = score_py(out, gold_paths)
    result = evaluate(out, read_gold(gold_paths))
    assert set(expected["tables"]) == set(KEYS)
    for key, score in result.tables.items():
        p, r, f = score.prf
        assert (score.n_gold, score.n_pred, score.tp, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}") == expected["tables"][key]
    assert {(d, k): (s.tp, s.n_pred, s.n_gold) for d, k, s in result.documents} == expected["docs"]
    assert {k: tuple(v) for k, v in result.attributes.items() if v[1]} == expected["attributes"]
    report = format_report(result, misses=True).splitlines()
    assert sorted(line for line in report if line.startswith("MISS  ")) == sorted(expected["misses"])
    assert sorted(line for line in report if line.startswith("EXTRA ")) == sorted(expected["extras"])
    assert report[-1] == expected["mean"]
    return result


def test_agrees_with_the_scorer_on_the_seed_run(seed_run):
    out, _ = seed_run
    assert_agrees(out)


def gold_as_rows(gold: list[dict]) -> dict[str, list[dict]]:
    """Predictions made from the gold: every third item dropped, every fourth doubled with a wrong value."""
    tables = {name: [] for name in ("people", "organizations", "school_mentions", "dates", "attendance", "checks")}
    for doc in gold:
        d = doc["doc"]
        for i, g in enumerate(doc.get("people", [])):
            if i % 3 != 2:
                tables["people"].append({"doc_id": d, **g})
            if i % 4 == 0:
                tables["people"].append({"doc_id": d, **g, "surname": g["surname"] + "ин"})
        for i, g in enumerate(doc.get("organizations", [])):
            if i % 3 != 2:
                tables["organizations"].append({"doc_id": d, "name": g["name"].upper(), "short_name": g["short_name"]})
        for i, g in enumerate(doc.get("schools", [])):
            if i % 3 != 2:
                row = {"doc_id": d, **g, "text": g.get("kind", "")}
                tables["school_mentions"] += [row, dict(row)]  # two mentions of one school
            if i % 4 == 0:
                tables["school_mentions"].append({"doc_id": d, **g, "sector": "other"})
        for i, g in enumerate(doc.get("dates", [])):
            kind = "day" if g["start"] == g["end"] else "range"
            if i % 3 != 2:
                tables["dates"].append({"doc_id": d, **g, "kind": kind})
            tables["dates"].append({"doc_id": d, **g, "kind": "month"})  # not day-level: not scored
        for i, g in enumerate(doc.get("attendance", [])):
            if i % 3 != 2:
                tables["attendance"].append({"doc_id": d, **g, "source": "table"})
            if i % 4 == 0:
                tables["attendance"].append({"doc_id": d, **g, "count": g["count"] + 1})
        for i, g in enumerate(doc.get("checks", [])):
            if i % 2 == 0:
                tables["checks"].append({"doc_id": d, **g})
    return tables


def test_agrees_with_the_scorer_on_imperfect_predictions(tmp_path):
    write_tables(tmp_path, gold_as_rows(read_gold(GOLD)))
    result = assert_agrees(tmp_path)
    for key in KEYS:  # every table has hits, misses and, for most, false hits
        score = result.tables[key]
        assert 0 < score.tp < score.n_gold, key


def test_perfect_predictions_score_one(tmp_path):
    gold = read_gold(GOLD)
    tables = {"people": [], "organizations": [], "school_mentions": [], "dates": [], "attendance": [], "checks": []}
    for doc in gold:
        for key, table in (("people", "people"), ("organizations", "organizations"), ("schools", "school_mentions"),
                           ("dates", "dates"), ("attendance", "attendance"), ("checks", "checks")):
            tables[table] += [{"doc_id": doc["doc"], **g} for g in doc.get(key, [])]
    write_tables(tmp_path, tables)
    result = evaluate(tmp_path, gold)
    assert {k: s.prf for k, s in result.tables.items() if s.n_gold} == {
        k: (1.0, 1.0, 1.0) for k, s in result.tables.items() if s.n_gold}
    assert result.mean_f1 == 1.0 and not result.misses and not result.extras


def test_only_documents_in_the_gold_are_scored(tmp_path):
    write_tables(tmp_path, {"people": [{"doc_id": "other.txt", "surname": "Иванов"},
                                       {"doc_id": "sub/a.txt", "surname": "Петрова", "initials": "А.Б."}]})
    gold = [{"doc": "a.txt", "people": [{"surname": "Петрова", "first_name": "Анна", "initials": "А.Б."}]}]
    result = evaluate(tmp_path, gold)
    assert (result.tables["people"].tp, result.tables["people"].n_pred) == (1, 1)
    assert result.n_scored == 1 and result.mean_f1 == 1.0


@pytest.mark.parametrize("pred, gold, expected", [
    ({"surname": "Семёнова", "initials": "Н.А."}, {"surname": "Семенова", "first_name": "Наталья"}, True),
    ({"surname": "Семенова", "initials": "Е.А."}, {"surname": "Семенова", "first_name": "Наталья"}, False),
    ({"surname": "Семенова"}, {"surname": "Семенова", "initials": "Н.А."}, True),
    ({"surname": ""}, {"surname": ""}, False),
])
def test_match_person(pred, gold, expected):
    assert match_person(pred, gold) is expected


@pytest.mark.parametrize("pred, gold, expected", [
    ({"city": "Новокузнецк", "sector": "school", "number": "№ 5"}, {"city": "Новокузнецк", "sector": "school",
                                                                     "number": "5"}, True),
    ({"city": "Новокузнецк", "sector": "school", "number": "56"}, {"city": "Новокузнецк", "sector": "school",
                                                                    "number": "5"}, False),
    ({"city": "Новокузнецк", "sector": "preschool", "number": "5"}, {"city": "Новокузнецк", "sector": "school",
                                                                      "number": "5"}, False),
    ({"city": "Кемерово", "sector": "preschool", "name": "«Колосок»"}, {"city": "Кемерово", "sector": "preschool",
                                                                        "number": "", "name": "Колосок"}, True),
])
def test_match_school(pred, gold, expected):
    assert match_school(pred, gold) is expected


@pytest.mark.parametrize("pred, expected", [
    ({"label": "Семинар «Наставничество»", "column": "Кол-во чел", "count": "25"}, True),
    ({"label": "Семинар «Наставничество»", "column": "", "count": "25"}, True),
    ({"label": "Семинар «Наставничество»", "column": "Кол-во чел", "count": "26"}, False),
    ({"label": "Круглый стол", "column": "Кол-во чел", "count": "25"}, False),
])
def test_match_attendance(pred, expected):
    gold = {"label": "Семинар «Наставничество»", "column": "Кол-во чел", "count": 25}
    assert match_attendance(pred, gold) is expected


def test_helpers():
    assert norm("«СОШ № 29» —  Ёлка") == "сош № 29 - елка"
    assert as_int("1 096") == 1096


def test_thresholds(tmp_path):
    write_tables(tmp_path, gold_as_rows(read_gold(GOLD)))
    result = evaluate(tmp_path, read_gold(GOLD))
    assert unmet(result, ["people=0.1", "mean=0.1"]) == []
    assert unmet(result, ["people=1"]) == [f"people F1 {result.f1('people'):.3f} < 1"]
    with pytest.raises(ValueError, match="KEY is one of"):
        unmet(result, ["persons=0.5"])


def test_bad_gold_is_reported_with_its_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a.txt"}\n\n{"people": []}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl:3"):
        read_gold([bad])
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl:1: not JSON"):
        read_gold([bad])


def test_report_lists_documents_misses_and_false_hits(tmp_path):
    write_tables(tmp_path, {"people": [{"doc_id": "a.txt", "surname": "Петрова"},
                                       {"doc_id": "a.txt", "surname": "Сидоров"}]})
    gold = [{"doc": "a.txt", "people": [{"surname": "Петрова"}, {"surname": "Иванов"}]}]
    report = format_report(evaluate(tmp_path, gold), docs=True, misses=True)
    assert "people             2     2     1  0.500  0.500  0.500" in report
    assert re.search(r"a\.txt\s+people\s+2\s+2\s+1\s+0\.500", report)
    assert 'MISS  a.txt people: {"surname": "Иванов"}' in report
    assert 'EXTRA a.txt people: {"doc_id": "a.txt", "surname": "Сидоров"}' in report
    assert json.dumps(evaluate(tmp_path, gold).as_dict(), ensure_ascii=False)
