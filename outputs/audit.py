"""Audit pages: one HTML page per document showing where every row came from.

The page shows the document's text with every extracted span underlined by
table (the offsets written in the run's tables, so it shows exactly what the
analyst got), each table svodka rebuilt next to the tidy attendance rows it
gave, the arithmetic checks, and every row of the document. An index page
links the documents with their counts and failures. Pages are static HTML
with no scripts; the legend's checkboxes hide a type of span (CSS `:has`).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import defaultdict
from html import escape
from pathlib import Path

from svodka.outputs.runinfo import svodka_version
from svodka.outputs.schema import TABLES

# Tables whose rows point into the text, with their offset columns, badge and colour.
SPAN_TABLES = {
    "people": ("char_start", "char_end", "PER", "#d62728"),
    "organizations": ("char_start", "char_end", "ORG", "#9467bd"),
    "school_mentions": ("start", "end", "SCHOOL", "#1f77b4"),
    "dates": ("char_start", "char_end", "DATE", "#2ca02c"),
    "events": ("char_start", "char_end", "EVENT", "#ff7f0e"),
    "attendance": ("char_start", "char_end", "COUNT", "#0f9ea8"),
    "checks": ("char_start", "char_end", "CHECK", "#e377c2"),
}
ROW_TABLES = ["checks", "events", "people", "organizations", "school_mentions", "dates"]
HIDDEN_COLUMNS = {"doc_id"}
SLOT_PX = 4

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1400px;
       padding: 16px 24px; color: #222; }
h1 { font-size: 20px; margin: 8px 0 4px; word-break: break-all; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
a { color: #1a5fb4; }
.meta { color: #555; margin: 0 0 8px; }
.meta b { color: #222; }
.warn { background: #fff4e5; border-left: 4px solid #f0a020; padding: 6px 10px; margin: 6px 0; }
.fail { background: #fdecec; border-left: 4px solid #d62728; padding: 6px 10px; margin: 6px 0; }
.ok { color: #2a7a2a; }
.legend { position: sticky; top: 0; background: #fff; padding: 6px 0; z-index: 2; border-bottom: 1px solid #eee; }
.legend label { margin-right: 14px; white-space: nowrap; cursor: pointer; }
.swatch { display: inline-block; width: 22px; height: 4px; vertical-align: middle; margin: 0 4px; }
.text { white-space: pre-wrap; tab-size: 6; line-height: 1.6; font-family: Georgia, "Times New Roman", serif; font-size: 15px;
        border: 1px solid #e4e4e4; padding: 12px 16px; background: #fcfcfa; overflow-wrap: anywhere; }
.sp { border-bottom: 3px solid var(--c); padding-bottom: calc(var(--slot) * %(slot)dpx + 1px);
      line-height: calc(1.3em + var(--slot) * %(leading)dpx + 8px); }  /* only lines with deep spans grow */
.sp:hover { background: color-mix(in srgb, var(--c) 15%%, transparent); }
.badge { font: bold 9px/1 system-ui, sans-serif; color: #fff; background: var(--c); border-radius: 3px;
         padding: 1px 3px; margin-right: 2px; vertical-align: super; text-decoration: none; }
table.rows, table.grid { border-collapse: collapse; font-size: 13px; margin: 4px 0 12px; }
table.rows th, table.rows td, table.grid th, table.grid td { border: 1px solid #d8d8d8; padding: 3px 6px;
         vertical-align: top; text-align: left; }
table.rows th, table.grid th { background: #f3f3f3; }
table td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #fafafa; }
table td.counted { background: color-mix(in srgb, #0f9ea8 18%%, transparent); }
table td.empty { color: #aaa; }
tr.extra td { background: #fff0f0; }
tr.extra td:first-child { border-left: 3px solid #d62728; color: #d62728; }
table td.flag { background: #fdecec; font-weight: bold; color: #b00; }
.pair { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap; }
.pair > div { flex: 1 1 560px; min-width: 0; overflow-x: auto; }
.caption { color: #555; font-style: italic; margin: 2px 0; }
.small { font-size: 12px; color: #666; }
""" % {"slot": SLOT_PX, "leading": 2 * SLOT_PX}


def _toggle_css() -> str:
    """Checkbox per span type; unchecked hides that type's underlines and badges (no script)."""
    rules = []
    for table, (_, _, _, colour) in SPAN_TABLES.items():
        rules.append(f".t-{table} {{ --c: {colour}; }}")
        rules.append(f"body:has(#show-{table}:not(:checked)) .sp.t-{table} {{ border-bottom-color: transparent; }}")
        rules.append(f"body:has(#show-{table}:not(:checked)) .badge.t-{table} {{ display: none; }}")
    return "\n".join(rules)


def page_name(doc_id: str) -> str:
    """A file name for a document's page (doc ids may be relative paths).

    >>> page_name("001_223a.txt")
    '001_223a.txt.html'
    >>> page_name("a/b c.txt").startswith("a_b_c.txt-")
    True
    """
    safe = re.sub(r"[^\w.-]+", "_", doc_id)
    if safe != doc_id:
        safe += "-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8]
    return safe + ".html"


def _int(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


# --- reading the run --------------------------------------------------------------------------

class Run:
    """The tables of one output folder, rows grouped by document."""

    def __init__(self, out_dir, gold: list[dict] | None = None):
        self.out_dir = Path(out_dir)
        self.gold = {item["doc"]: item for item in gold or []}  # by document file name, as in the gold
        if not (self.out_dir / "documents.csv").exists():
            raise FileNotFoundError(f"{self.out_dir}: no documents.csv here (give the --out folder of a run)")
        self.rows: dict[str, dict[str, list[dict]]] = {}
        for table in TABLES:
            by_doc = defaultdict(list)
            path = self.out_dir / f"{table}.csv"
            if path.exists():
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    for row in csv.DictReader(handle):
                        by_doc[row.get("doc_id", "")].append(row)
            self.rows[table] = by_doc
        self.documents = {d: rows[0] for d, rows in self.rows["documents"].items()}
        info = self.out_dir / "run.json"
        self.info = json.loads(info.read_text(encoding="utf-8")) if info.exists() else {}

    def of(self, table: str, doc_id: str) -> list[dict]:
        return self.rows.get(table, {}).get(doc_id, [])

    def evaluation(self, doc_id: str):
        """The document scored against its gold line (as `svodka evaluate` does), or None without one."""
        from svodka.outputs.evaluate import TABLE_OF, evaluate

        name = Path(doc_id).name
        if name not in self.gold:
            return None
        tables = {key: {name: self.of(Path(file).stem, doc_id)} for key, file in TABLE_OF.items()}
        return evaluate(None, [self.gold[name]], tables)


def read_source(document: dict):
    """(text, tables rebuilt by the pipeline, warnings) for a document row of documents.csv."""
    from svodka.corpus import ReadError, read_document
    from svodka.pipeline.process import analyze
    from svodka.extractors.records import records

    warnings = []
    path = Path(document.get("path", ""))
    if not document.get("path") or not path.exists():
        return None, [], [f"The source file {document.get('path', '')!r} is not there any more; "
                          f"only the rows are shown."]
    try:
        source = read_document(path, document["doc_id"])
    except ReadError as exc:
        return None, [], [f"The source file cannot be read: {exc.reason}"]
    if document.get("sha256") and source.sha256 != document["sha256"]:
        warnings.append("The source file changed since the run (sha256 differs): offsets may point at the "
                        "wrong text. Run svodka again for a faithful page.")
    try:
        doc, errors = analyze(source)
        tables = list(records(doc, "tables"))
    except Exception as exc:  # the page is still useful without the rebuilt tables
        tables, errors = [], [f"pipeline: {type(exc).__name__}: {exc}"]
    warnings += [f"While rebuilding the tables: {e}" for e in errors]
    return source.text, tables, warnings


# --- spans ------------------------------------------------------------------------------------

def collect_spans(run: Run, doc_id: str, text_length: int):
    """(spans, problems): one span per row with usable offsets; rows whose offsets are not usable."""
    spans, problems = [], []
    for table, (start_col, end_col, _, _) in SPAN_TABLES.items():
        for index, row in enumerate(run.of(table, doc_id)):
            start, end = _int(row.get(start_col)), _int(row.get(end_col))
            if start is None or end is None:
                if start is not None or end is not None or table not in ("checks", "events"):
                    problems.append((table, index, "no offsets"))
                continue
            if not 0 <= start < end <= text_length:
                problems.append((table, index, f"offsets {start}–{end} outside the text (0–{text_length})"))
                continue
            spans.append({"table": table, "index": index, "start": start, "end": end, "row": row})
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    slot_ends: list[int] = []
    for span in spans:  # lowest free underline level, like displacy's span renderer
        for slot, last in enumerate(slot_ends):
            if last <= span["start"]:
                break
        else:
            slot = len(slot_ends)
            slot_ends.append(0)
        slot_ends[slot] = span["end"]
        span["slot"] = slot
    return spans, problems


def _describe(row: dict, table: str) -> str:
    start_col, end_col = SPAN_TABLES[table][:2]
    skip = HIDDEN_COLUMNS | {start_col, end_col}
    return f"{table}: " + "; ".join(f"{k}={v}" for k, v in row.items() if v not in ("", None) and k not in skip)


def render_text(text: str, spans: list[dict]) -> str:
    """The text with every span wrapped (nested where spans overlap), underlines stacked by slot."""
    bounds = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    starts = defaultdict(list)
    for span in spans:
        starts[span["start"]].append(span)
    active: list[dict] = []
    out = []
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s["end"] > a] + starts.get(a, [])
        piece = escape(text[a:b])
        badges = ""
        for span in sorted(starts.get(a, []), key=lambda s: -s["slot"]):
            table, index = span["table"], span["index"]
            badges += (f'<a class="badge t-{table}" href="#row-{table}-{index}" title="{escape(_describe(span["row"], table))}">'
                       f'{SPAN_TABLES[table][2]}</a>')
        for span in sorted(active, key=lambda s: s["slot"]):  # innermost first, outermost wraps last
            table, index = span["table"], span["index"]
            first = span["start"] == a
            piece = (f'<span class="sp t-{table}" style="--slot:{span["slot"]}" data-span="{table}-{index}"'
                     + (f' id="span-{table}-{index}"' if first else "")
                     + f' title="{escape(_describe(span["row"], table))}">{piece}</span>')
        out.append(badges + piece)
    return "".join(out)


# --- tables -----------------------------------------------------------------------------------

def _cells(row) -> list[dict]:
    cells = row.get("cells", []) if isinstance(row, dict) else row
    return [c if isinstance(c, dict) else {"text": str(c)} for c in cells]


def _table_html(table: dict, counted: set) -> str:
    """A rebuilt table as a grid; cells that became attendance rows are tinted."""
    head = table.get("header") or []
    parts = ['<table class="grid">']
    if head:
        parts.append("<tr>" + "".join(f"<th>{escape(str(h))}</th>" for h in head) + "</tr>")
    for row in table.get("rows", []):
        total = isinstance(row, dict) and row.get("is_total")
        cells = []
        for cell in _cells(row):
            value = str(cell.get("text", ""))
            classes = []
            if re.fullmatch(r"[\d\s]+", value.strip() or "x"):
                classes.append("num")
            if cell.get("start") is not None and cell.get("start") in counted:
                classes.append("counted")
            if not value.strip():
                classes.append("empty")
            cls = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(f"<td{cls}>{escape(value)}</td>")
        label = ""
        if isinstance(row, dict) and row.get("group"):
            label = f' title="group: {escape(str(row["group"]))}"'
        total_cls = ' class="total"' if total else ""
        parts.append(f"<tr{total_cls}{label}>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def _td(value) -> str:
    text = str(value)
    cls = ' class="num"' if re.fullmatch(r"-?\d+", text) else ""
    return f"<td{cls}>{escape(text)}</td>"


def _rows_html(table: str, rows: list[dict], indices: list[int] | None = None, columns=None,
               flagged: frozenset = frozenset()) -> str:
    """Rows of one output table; each links to its span in the text; rows not in the gold are flagged."""
    if not rows:
        return '<p class="small">none</p>'
    columns = columns or [c for c in (TABLES.get(table) or list(rows[0])) if c not in HIDDEN_COLUMNS]
    indices = indices if indices is not None else list(range(len(rows)))
    parts = ['<table class="rows"><tr><th></th>' + "".join(f"<th>{escape(c)}</th>" for c in columns) + "</tr>"]
    for index, row in zip(indices, rows):
        link = f'<a href="#span-{table}-{index}" title="show in the text">↑</a>' if table in SPAN_TABLES else ""
        cells = "".join(_td(row.get(c, "")) for c in columns)
        extra = id(row) in flagged
        cls = ' class="extra" title="not in the gold"' if extra else ""
        parts.append(f'<tr id="row-{table}-{index}"{cls}><td>{link}{" ✗" if extra else ""}</td>{cells}</tr>')
    parts.append("</table>")
    return "".join(parts)


def _within(row: dict, table: dict) -> bool:
    start = _int(row.get("char_start"))
    return start is not None and table.get("char_start", -1) <= start <= table.get("char_end", -1)


def tables_section(rebuilt: list[dict], attendance: list[dict], flagged: frozenset = frozenset()) -> str:
    """Each rebuilt table beside the tidy attendance rows taken from it, then the other counts."""
    parts, used = [], set()
    columns = [c for c in TABLES["attendance"] if c not in HIDDEN_COLUMNS | {"char_start", "char_end"}]
    paired = [c for c in columns if c not in ("table", "source")]  # the same for every row beside a table
    for number, table in enumerate(rebuilt, 1):
        name = str(table.get("name") or f"table {number}")
        mine = [i for i, r in enumerate(attendance) if i not in used and
                (_within(r, table) if r.get("source") != "prose" else False)]
        mine += [i for i, r in enumerate(attendance) if i not in used and i not in mine
                 and r.get("source") != "prose" and r.get("table") == name]
        used.update(mine)
        counted = {_int(attendance[i].get("char_start")) for i in mine}
        caption = table.get("caption") or table.get("heading") or ""
        parts.append(f'<h3 id="table-{number}">{escape(name)}</h3>')
        if caption and caption != name:
            parts.append(f'<p class="caption">{escape(str(caption))}</p>')
        parts.append('<div class="pair"><div>' + _table_html(table, counted) + "</div><div>"
                     + f'<p class="small">{len(mine)} attendance rows from this table</p>'
                     + _rows_html("attendance", [attendance[i] for i in mine], mine, paired, flagged) + "</div></div>")
    rest = [i for i in range(len(attendance)) if i not in used]
    if rest:
        parts.append("<h3>Counts from prose and from tables not rebuilt</h3>")
        parts.append(_rows_html("attendance", [attendance[i] for i in rest], rest, columns, flagged))
    if not rebuilt and not rest:
        parts.append('<p class="small">No tables and no attendance counts.</p>')
    return "".join(parts)


# --- pages ------------------------------------------------------------------------------------

def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<style>{CSS}\n{_toggle_css()}</style></head><body>\n{body}\n</body></html>\n")


def gold_section(scored) -> str:
    """Figures against the gold, then the gold items svodka missed; rows not in the gold are marked ✗ below."""
    if scored is None:
        return '<h2>Gold</h2><p class="small">This document has no gold line.</p>'
    parts = [f"<h2>Against the gold (mean F1 {scored.mean_f1:.3f})</h2>",
             '<table class="rows"><tr><th>table</th><th>gold</th><th>pred</th><th>tp</th><th>P</th><th>R</th>'
             "<th>F1</th></tr>"]
    for key, score in scored.tables.items():
        p, r, f = score.prf
        parts.append(f"<tr><td>{key}</td>" + "".join(_td(v) for v in (score.n_gold, score.n_pred, score.tp))
                     + "".join(f'<td class="num">{v:.3f}</td>' for v in (p, r, f)) + "</tr>")
    parts.append("</table>")
    if scored.misses:
        parts.append(f"<h3>Missed ({len(scored.misses)}): in the gold, not in the tables</h3><ul>")
        parts += [f"<li><b>{key}</b>: {escape(json.dumps(g, ensure_ascii=False))}</li>" for _, key, g in scored.misses]
        parts.append("</ul>")
    if scored.extras:
        parts.append(f'<p class="small">{len(scored.extras)} rows below are not in the gold (marked ✗).</p>')
    return "".join(parts)


def document_page(run: Run, doc_id: str, index_href: str = "", source=None) -> str:
    """The audit page of one document as HTML. `source` = (text, rebuilt tables, warnings) if known."""
    if doc_id not in run.documents:
        raise KeyError(doc_id)
    document = run.documents[doc_id]
    text, rebuilt, warnings = source if source is not None else read_source(document)
    body = []
    if index_href:
        body.append(f'<p class="small"><a href="{escape(index_href)}">← all documents</a></p>')
    body.append(f"<h1>{escape(doc_id)}</h1>")
    period = " – ".join(p for p in (document.get("period_start"), document.get("period_end")) if p)
    facts = [("status", document.get("status", "")), ("format", document.get("format", "")),
             ("characters", document.get("n_chars", "")), ("city", document.get("city", "")), ("period", period)]
    body.append('<p class="meta">' + " · ".join(f"{k}: <b>{escape(str(v))}</b>" for k, v in facts if v) + "</p>")
    if document.get("title"):
        body.append(f'<p class="meta">title: <b>{escape(document["title"])}</b></p>')
    body.append(f'<p class="meta small">{escape(document.get("path", ""))} · sha256 {escape(document.get("sha256", "")[:16])}</p>')
    if document.get("status") != "ok":
        body.append(f'<div class="fail"><b>{escape(document.get("status", ""))}</b>: '
                    f'{escape(document.get("error", ""))}</div>')
    made_by = run.info.get("svodka")
    if text is not None and made_by and made_by != svodka_version():
        warnings = warnings + [f"The run was made by svodka {made_by}, the tables below were rebuilt by "
                               f"svodka {svodka_version()}: they may differ from what the run saw."]
    for warning in warnings:
        body.append(f'<div class="warn">{escape(warning)}</div>')

    scored = run.evaluation(doc_id) if run.gold else None
    flagged = frozenset(id(row) for _, _, row in scored.extras) if scored else frozenset()
    if run.gold:
        body.append(gold_section(scored))

    checks = run.of("checks", doc_id)
    body.append(f"<h2>Checks ({len(checks)})</h2>")
    body.append(_rows_html("checks", checks, flagged=flagged) if checks
                else '<p class="ok">No arithmetic inconsistencies found.</p>')

    spans, problems = collect_spans(run, doc_id, len(text) if text is not None else 0)
    if text is not None:
        counts = defaultdict(int)
        for span in spans:
            counts[span["table"]] += 1
        legend = "".join(
            f'<label><input type="checkbox" id="show-{t}" checked><span class="swatch" style="background:{c}">'
            f'</span>{escape(t)} <span class="small">({counts[t]})</span></label>'
            for t, (_, _, _, c) in SPAN_TABLES.items())
        body.append("<h2>Text</h2>")
        body.append(f'<div class="legend">{legend}</div>')
        if problems:
            shown = "; ".join(f'<a href="#row-{t}-{i}">{t} row {i}</a>: {escape(why)}' for t, i, why in problems[:50])
            more = f" and {len(problems) - 50} more" if len(problems) > 50 else ""
            body.append(f'<div class="warn">{len(problems)} rows cannot be shown in the text: {shown}{more}</div>')
        body.append(f'<div class="text">{render_text(text, spans)}</div>')

    body.append(f"<h2>Tables and attendance ({len(rebuilt)} tables, {len(run.of('attendance', doc_id))} counts)</h2>")
    body.append(tables_section(rebuilt, run.of("attendance", doc_id), flagged))
    for table in ROW_TABLES:
        if table == "checks":
            continue
        rows = run.of(table, doc_id)
        body.append(f'<h2 id="{table}">{escape(table)} ({len(rows)})</h2>')
        body.append(_rows_html(table, rows, flagged=flagged))
    return _page(f"svodka audit: {doc_id}", "\n".join(body))


def write_document_page(out_dir, doc_id: str, html_path, gold: list[dict] | None = None) -> Path:
    """Write the audit page of one document (scored against `gold` when given); returns its path."""
    run = Run(out_dir, gold)
    html_path = Path(html_path)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(document_page(run, doc_id), encoding="utf-8")
    return html_path


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _count_td(table: str, n: int) -> str:
    cls = "num empty" if not n else "num flag" if table == "checks" else "num"
    return f'<td class="{cls}">{n}</td>'


def index_page(run: Run, pages: dict[str, str]) -> str:
    """The index: every document with its status, counts and failures, linking its page."""
    info = run.info
    body = ["<h1>svodka audit</h1>"]
    if info:
        body.append(f'<p class="meta">svodka <b>{escape(str(info.get("svodka", "")))}</b> · run '
                    f'{escape(str(info.get("started", "")))} – {escape(str(info.get("finished", "")))} · '
                    + escape(", ".join(f"{k} {v}" for k, v in (info.get("documents") or {}).items())) + "</p>")
    body.append(f'<p class="meta small">{escape(str(run.out_dir))}</p>')
    counted = [t for t in TABLES if t not in ("documents", "schools")]
    head = "".join(f"<th>{escape(t)}</th>" for t in counted)
    rows = []
    for doc_id, document in run.documents.items():
        status = document.get("status", "")
        link = f'<a href="{escape(pages[doc_id])}">{escape(doc_id)}</a>' if doc_id in pages else escape(doc_id)
        cells = "".join(_count_td(t, len(run.of(t, doc_id))) for t in counted)
        problem = escape(document.get("error", ""))
        cls = ' class="total"' if status != "ok" else ""
        if run.gold:
            scored = run.evaluation(doc_id)
            cells += f'<td class="num">{scored.mean_f1:.3f}</td>' if scored else '<td class="empty">–</td>'
        rows.append(f"<tr{cls}><td>{link}</td><td>{escape(status)}</td>{cells}<td>{problem}</td>"
                    f"<td>{escape(_cut(document.get('title', ''), 120))}</td></tr>")
    failed = sum(1 for d in run.documents.values() if d.get("status") != "ok")
    with_checks = sum(1 for d in run.documents if run.of("checks", d))
    body.append(f'<p>{len(run.documents)} documents, {failed} not ok, {with_checks} with failed checks.</p>')
    totals = "".join(_count_td(t, sum(len(r) for r in run.rows[t].values())) for t in counted)
    if run.gold:
        head += "<th>gold F1</th>"
        totals += "<td></td>"
    rows.append(f'<tr class="total"><td>all documents</td><td></td>{totals}<td></td><td></td></tr>')
    body.append(f'<table class="rows"><tr><th>document</th><th>status</th>{head}<th>error</th><th>title</th></tr>'
                + "".join(rows) + "</table>")
    return _page("svodka audit", "\n".join(body))


def write_site(out_dir, html_dir, progress=None, gold: list[dict] | None = None) -> Path:
    """Write one page per document and `index.html` into `html_dir`; returns the index path."""
    run = Run(out_dir, gold)
    html_dir = Path(html_dir)
    html_dir.mkdir(parents=True, exist_ok=True)
    pages = {doc_id: page_name(doc_id) for doc_id in run.documents}
    for doc_id in (progress(list(run.documents)) if progress else run.documents):
        (html_dir / pages[doc_id]).write_text(document_page(run, doc_id, index_href="index.html"), encoding="utf-8")
    index = html_dir / "index.html"
    index.write_text(index_page(run, pages), encoding="utf-8")
    return index
