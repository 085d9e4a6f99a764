"""Measure a run against gold annotations: precision, recall and F1 per table.

Gold is JSONL in the format of `shared/gold/FORMAT.md` (one document per
line, facts without offsets), so a researcher can annotate a few of their own
reports and measure svodka on them. The matching rules are those of the
project's scorer (`shared/tools/score.py`): greedy one-to-one matching of
gold items, in order, against the predicted rows of the same document;
school mentions and dates are deduplicated first. The figures agree with it
(a test checks that).
"""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from svodka.outputs.words import counted

KEYS = ("people", "organizations", "schools", "dates", "attendance", "checks")
TABLE_OF = {
    "people": "people.csv",
    "organizations": "organizations.csv",
    "schools": "school_mentions.csv",
    "dates": "dates.csv",
    "attendance": "attendance.csv",
    "checks": "checks.csv",
}
DAY_LEVEL = {"", "day", "range"}  # dates.csv kinds the gold lists
# The fields of each gold table (gold/FORMAT.md): misses and false hits are both shown in them.
GOLD_FIELDS = {
    "people": ("surname", "first_name", "patronymic", "initials", "role", "organization"),
    "organizations": ("name", "short_name"),
    "schools": ("city", "sector", "number", "kind", "name"),
    "dates": ("text", "start", "end"),
    "attendance": ("table", "label", "column", "count"),
    "checks": ("kind", "where", "stated", "computed"),
}
NUMBER_FIELDS = {"count", "stated", "computed"}
# A miss and a false hit that share this field are shown together: usually one fact, found slightly wrong.
PAIR_ON = {"people": "surname", "schools": "number", "dates": "start", "attendance": "count", "checks": "stated"}
# Why a table's scored rows are fewer than its CSV rows (said under the figures).
PREPARED = {"schools": "each institution once per document (school_mentions.csv has a row per mention)",
            "dates": "only day-level rows (kind day or range), each start-end once per document; months, "
                     "years and academic years are not in the gold"}
PERSON_NAME = ("surname", "first_name", "patronymic")


class GoldError(Exception):
    """A gold file that cannot be read."""


def norm(text) -> str:
    """Lower case, ё→е, quotes and brackets dropped, dashes unified, spaces squeezed.

    >>> norm("МБОУ «СОШ № 29» – Ёлка")
    'мбоу сош № 29 - елка'
    """
    text = str(text or "").lower().replace("ё", "е")
    text = re.sub(r"[«»\"'“”„()]", " ", text)
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def digits(text) -> str:
    return "".join(re.findall(r"\d+", str(text or "")))


def as_int(value):
    """
    >>> as_int("1 250"), as_int("25.0"), as_int(""), as_int(None)
    (1250, 25, None, None)
    """
    try:
        return int(float(str(value).replace(" ", "").replace(",", ".")))
    except (TypeError, ValueError):
        return None


def first_initial(item) -> str:
    for name in ("first_name", "initials"):
        value = norm(item.get(name, ""))
        if value:
            return value[0]
    return ""


# --- matchers: True when a predicted row stands for a gold item ---

def match_person(p, g) -> bool:
    if norm(p.get("surname")) != norm(g.get("surname")) or not norm(g.get("surname")):
        return False
    pi, gi = first_initial(p), first_initial(g)
    return not pi or not gi or pi == gi


def match_org(p, g) -> bool:
    pn, ps = norm(p.get("name")), norm(p.get("short_name"))
    gn, gs = norm(g.get("name")), norm(g.get("short_name"))
    if gs and gs in (ps, pn):
        return True
    if ps and ps == gn:
        return True
    return bool(pn and gn and fuzz.token_set_ratio(pn, gn) >= 85)


def match_school(p, g) -> bool:
    if norm(p.get("city")) != norm(g.get("city")) or norm(p.get("sector")) != norm(g.get("sector")):
        return False
    if g.get("number"):
        return digits(p.get("number")) == digits(g.get("number"))
    return not digits(p.get("number")) and fuzz.token_set_ratio(norm(p.get("name")), norm(g.get("name"))) >= 85


def match_date(p, g) -> bool:
    return str(p.get("start", "")).strip()[:10] == g["start"] and str(p.get("end", "")).strip()[:10] == g["end"]


# Words too common in count phrases to say what was counted.
COMMON_STEMS = {"всего", "более", "свыше", "около", "приня", "котор", "также", "челов"}


def stems(text) -> set[str]:
    """First five letters of each word of five or more letters, common ones left out.

    >>> sorted(stems("Всего приняли участие 40 педагогов школ"))
    ['педаг', 'участ']
    """
    return {w[:5] for w in re.findall(r"[а-яa-z]{5,}", norm(text))} - COMMON_STEMS


def same_label(p, g) -> bool:
    """Table rows: the label as written. Prose rows: a short phrase in anyone's wording, so one
    shared content word («педагоги на семинаре …» for «присутствовало 14 педагогов») is enough."""
    pl, gl = norm(p.get("label")), norm(g.get("label"))
    if fuzz.partial_ratio(pl, gl) >= 80:
        return True
    return norm(g.get("table")) == "prose" and bool(stems(pl) & stems(gl))


def match_attendance(p, g) -> bool:
    if as_int(p.get("count")) != int(g["count"]):
        return False
    if not same_label(p, g):
        return False
    pc, gc = norm(p.get("column")), norm(g.get("column"))
    return not pc or not gc or fuzz.partial_ratio(pc, gc) >= 70


def match_check(p, g) -> bool:
    return as_int(p.get("stated")) == as_int(g.get("stated")) and as_int(p.get("computed")) == as_int(g.get("computed"))


MATCHERS = {
    "people": match_person,
    "organizations": match_org,
    "schools": match_school,
    "dates": match_date,
    "attendance": match_attendance,
    "checks": match_check,
}


def dedupe_schools(rows):
    """school_mentions.csv has one row per mention; the gold one per school."""
    seen, out = set(), []
    for row in rows:
        key = (norm(row.get("city")), norm(row.get("sector")), digits(row.get("number")) or norm(row.get("name")))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def dedupe_dates(rows):
    """Day-level rows only, each (start, end) once."""
    seen, out = set(), []
    for row in rows:
        if norm(row.get("kind")) not in DAY_LEVEL:
            continue
        key = (str(row.get("start", ""))[:10], str(row.get("end", ""))[:10])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


PREPARE = {"schools": dedupe_schools, "dates": dedupe_dates}


def pair(preds, golds, matcher):
    """Greedy one-to-one matching, gold items in order; returns the matched (pred, gold) pairs."""
    free = list(range(len(preds)))
    pairs = []
    for g in golds:
        for k, i in enumerate(free):
            if matcher(preds[i], g):
                pairs.append((preds[i], g))
                del free[k]
                break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty prediction for an empty gold is perfect."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    @property
    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.n_pred, self.n_gold)

    def as_dict(self) -> dict:
        p, r, f = self.prf
        return {"gold": self.n_gold, "pred": self.n_pred, "tp": self.tp, "precision": p, "recall": r, "f1": f}


@dataclass
class Evaluation:
    tables: dict = field(default_factory=dict)       # key -> Score (micro over documents)
    documents: list = field(default_factory=list)    # (doc, key, Score)
    misses: list = field(default_factory=list)       # (doc, key, gold item)
    extras: list = field(default_factory=list)       # (doc, key, predicted row)
    attributes: dict = field(default_factory=dict)   # name -> [right, total] among matched items
    n_documents: int = 0
    rows: dict = field(default_factory=dict)         # key -> rows of the gold's documents before deduplication
    absent: list | None = None                       # gold documents not in the run (None: run unknown)

    @property
    def mean_f1(self) -> float:
        """Mean F1 over tables with gold items or predictions (false alarms count where gold has none)."""
        scored = [s.prf[2] for s in self.tables.values() if s.n_gold or s.n_pred]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def n_scored(self) -> int:
        return sum(1 for s in self.tables.values() if s.n_gold or s.n_pred)

    def f1(self, key: str) -> float:
        return self.mean_f1 if key == "mean" else self.tables.get(key, Score()).prf[2]

    def as_dict(self) -> dict:
        return {
            "tables": {k: s.as_dict() for k, s in self.tables.items()},
            "attributes": {k: {"right": r, "total": t, "accuracy": r / t if t else None}
                           for k, (r, t) in sorted(self.attributes.items())},
            "mean_f1": self.mean_f1, "n_scored_tables": self.n_scored, "n_documents": self.n_documents,
            "absent_documents": self.absent,
            "documents": [{"doc": d, "table": k, **s.as_dict()} for d, k, s in self.documents],
            "misses": [{"doc": d, "table": k, "gold": g} for d, k, g in self.misses],
            "false_hits": [{"doc": d, "table": k, "row": {c: v for c, v in p.items() if v}}
                           for d, k, p in self.extras],
        }


def read_gold(paths) -> list[dict]:
    """Gold documents from JSONL files, in order."""
    gold = []
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise GoldError(f"{path}: {exc.strerror}") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: not JSON: {exc.msg}") from None
            if not isinstance(item, dict) or "doc" not in item:
                raise GoldError(f"{path}:{number}: a gold line is an object with a \"doc\" key")
            gold.append(item)
    return gold


def read_table(out_dir: Path, name: str) -> dict[str, list[dict]]:
    """A table's rows by document file name (gold names documents by file name)."""
    path = Path(out_dir) / name
    by_doc = defaultdict(list)
    if not path.exists():
        return by_doc
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            by_doc[Path(str(row.get("doc_id", ""))).name].append(row)
    return by_doc


def _attributes(key: str, pairs, attributes: dict) -> None:
    """Accuracy of attributes the match itself does not require."""
    for p, g in pairs:
        if key == "people":
            full = all(norm(p.get(f)) == norm(g.get(f)) for f in PERSON_NAME)
            attributes["people.full_name"][0] += full
            attributes["people.full_name"][1] += 1
            if g.get("role"):
                attributes["people.role"][0] += fuzz.token_set_ratio(norm(p.get("role")), norm(g["role"])) >= 80
                attributes["people.role"][1] += 1
        if key == "schools" and g.get("kind") not in ("", "Школа"):
            attributes["schools.kind"][0] += norm(p.get("kind")) == norm(g["kind"])
            attributes["schools.kind"][1] += 1


def evaluate(out_dir, gold: list[dict], tables: dict | None = None) -> Evaluation:
    """Score the tables in `out_dir` against gold documents (see `read_gold`).

    `tables` (key -> document file name -> rows) replaces reading `out_dir`,
    for callers that hold the rows already (the audit pages).
    """
    result = Evaluation(n_documents=len(gold))
    if tables is None and (Path(out_dir) / "documents.csv").exists():
        present = read_table(Path(out_dir), "documents.csv")
        result.absent = [doc["doc"] for doc in gold if doc["doc"] not in present]
    attributes = defaultdict(lambda: [0, 0])
    for key in KEYS:
        table = tables.get(key, {}) if tables is not None else read_table(Path(out_dir), TABLE_OF[key])
        total = Score()
        for doc in gold:
            doc_id = doc["doc"]
            golds = doc.get(key, [])
            preds = table.get(doc_id, [])
            result.rows[key] = result.rows.get(key, 0) + len(preds)
            if key in PREPARE:
                preds = PREPARE[key](preds)
            pairs = pair(preds, golds, MATCHERS[key])
            score = Score(len(pairs), len(preds), len(golds))
            total.add(score)
            result.documents.append((doc_id, key, score))
            found, used = {id(g) for _, g in pairs}, {id(p) for p, _ in pairs}
            result.misses += [(doc_id, key, g) for g in golds if id(g) not in found]
            result.extras += [(doc_id, key, p) for p in preds if id(p) not in used]
            _attributes(key, pairs, attributes)
        result.tables[key] = total
    result.attributes = dict(attributes)
    return result


def presence(result: Evaluation) -> str:
    """«3 of 5 gold documents are in this run (not: a.txt, b.txt)»."""
    absent = result.absent or []
    shown = ", ".join(absent[:5]) + (", ..." if len(absent) > 5 else "")
    return (f"{result.n_documents - len(absent)} of {result.n_documents} gold documents are in this run"
            + (f" (not: {shown})" if absent else ""))


def in_gold_fields(key: str, item: dict) -> dict:
    """A gold item or a predicted row in the gold's fields, counts as numbers, so the two read alike."""
    out = {}
    for name in GOLD_FIELDS[key]:
        value = item.get(name, "")
        if name in NUMBER_FIELDS and as_int(value) is not None:
            value = as_int(value)
        out[name] = "" if value is None else value
    return out


def _pair_value(key: str, item: dict) -> str:
    name = PAIR_ON.get(key)
    value = item.get(name) if name else None
    return str(as_int(value)) if name in NUMBER_FIELDS else digits(value) if name == "number" else norm(value)


def miss_lines(result: Evaluation) -> list[str]:
    """Every miss (MISS) and false hit (EXTRA) in the gold's fields, per document and table; a false hit
    sharing the miss's count, number, surname or start date comes right after it, marked «≈»."""
    lines = ["MISS: in the gold, not in the tables. EXTRA: in the tables, not in the gold. "
             "≈: the false hit shares the miss's " + ", ".join(f"{f} ({k})" for k, f in PAIR_ON.items()) + "."]
    misses, extras = defaultdict(list), defaultdict(list)
    for doc_id, key, g in result.misses:
        misses[doc_id, key].append(g)
    for doc_id, key, p in result.extras:
        extras[doc_id, key].append(p)
    for doc_id, key, _ in result.documents:
        left = list(extras.get((doc_id, key), []))
        for g in misses.get((doc_id, key), []):
            lines.append(f"MISS  {doc_id} {key}: {json.dumps(in_gold_fields(key, g), ensure_ascii=False)}")
            wanted = _pair_value(key, g)
            twin = next((p for p in left if wanted and _pair_value(key, p) == wanted), None) if key in PAIR_ON else None
            if twin is not None:
                left.remove(twin)
                lines.append(f"  ≈ EXTRA {doc_id} {key}: {json.dumps(in_gold_fields(key, twin), ensure_ascii=False)}")
        for p in left:
            lines.append(f"EXTRA {doc_id} {key}: {json.dumps(in_gold_fields(key, p), ensure_ascii=False)}")
    return lines


def format_report(result: Evaluation, docs: bool = False, misses: bool = False) -> str:
    """The figures as text: one line per table (the scorer's layout), then the optional parts."""
    lines = [f"{'table':<14}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for key, s in result.tables.items():
        p, r, f = s.prf
        lines.append(f"{key:<14}{s.n_gold:>6}{s.n_pred:>6}{s.tp:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    for name, (right, total) in sorted(result.attributes.items()):
        if total:
            lines.append(f"{name:<22} accuracy {right / total:.3f} ({right}/{total})")
    for key, why in PREPARED.items():
        score = result.tables.get(key)
        if score is not None and result.rows.get(key, 0) != score.n_pred:
            lines.append(f"{key}: pred is {score.n_pred} of {counted(result.rows[key], 'row')}, as scored: {why}")
    if docs:
        lines.append("")
        lines.append(f"{'document':<34}{'table':<14}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}")
        for doc_id, key, s in result.documents:
            p, r, f = s.prf
            lines.append(f"{doc_id:<34}{key:<14}{s.n_gold:>6}{s.n_pred:>6}{s.tp:>6}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    if misses:
        lines.append("")
        lines += miss_lines(result)
    if result.absent:
        lines.append(presence(result))
    lines.append(f"mean F1 {result.mean_f1:.3f} over {result.n_scored} tables, {result.n_documents} documents")
    return "\n".join(lines)


def unmet(result: Evaluation, thresholds) -> list[str]:
    """The `KEY=F1` thresholds (KEY a table or `mean`) the result does not meet."""
    failed = []
    for spec in thresholds:
        key, _, value = spec.partition("=")
        if key != "mean" and key not in KEYS:
            raise ValueError(f"--min {spec}: KEY is one of {', '.join(KEYS)} or mean")
        try:
            wanted = float(value)
        except ValueError:
            raise ValueError(f"--min {spec}: give KEY=F1, e.g. people=0.9") from None
        got = result.f1(key)
        if got < wanted:
            failed.append(f"{key} F1 {got:.3f} < {value}")
    return failed
