"""SQL over a run's tables: DuckDB with one typed view per CSV table.

Every `OUT/<table>.csv` becomes a view named after the table (`people`,
`schools`, `attendance`, ...), its columns cast to the types of
`outputs.datapackage`, so ids stay text, counts are integers, dates are
dates, and empty values are NULL. A table with no rows, or with no file at
all, is still a view with its columns, so queries never fail on a quiet run.

    svodka query out/ "SELECT s.canonical_name, count(*) AS n
                       FROM school_mentions m JOIN schools s USING (school_id)
                       GROUP BY ALL ORDER BY n DESC LIMIT 10"
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from svodka.outputs.datapackage import field_type
from svodka.outputs.schema import TABLES

# Worked examples (question -> SQL), for the README and `svodka query`; a test runs each.
# `table` and `where` are SQL keywords: quote those columns ("table", "where").
EXAMPLES: dict[str, str] = {
    "какие школы упоминаются чаще всего": """
        SELECT s.canonical_name AS школа, s.city AS город, count(*) AS упоминаний,
               count(DISTINCT m.doc_id) AS документов
        FROM school_mentions m JOIN schools s USING (school_id)
        GROUP BY ALL ORDER BY упоминаний DESC, школа LIMIT 10""",
    "сколько педагогов из каждого района пришло на мероприятия февраля": """
        SELECT a.label AS район, sum(a.count) AS педагогов, count(DISTINCT a.event_id) AS мероприятий
        FROM attendance a
        JOIN events e ON e.doc_id = a.doc_id AND e.event_id = a.event_id
        JOIN documents d ON d.doc_id = a.doc_id
        WHERE a."table" LIKE 'district table%' AND NOT a.is_total
          AND month(coalesce(e.date_start, d.period_start)) = 2
        GROUP BY ALL ORDER BY педагогов DESC""",
    "сколько мероприятий каждого вида и сколько на них было участников": """
        WITH per_event AS (
            SELECT e.doc_id, e.event_id, e.kind, max(a.count) AS участников
            FROM events e JOIN attendance a ON a.doc_id = e.doc_id AND a.event_id = e.event_id
            WHERE a."table" NOT LIKE 'district table%'
            GROUP BY ALL)
        SELECT kind AS вид, count(*) AS мероприятий, sum(участников) AS участников
        FROM per_event GROUP BY ALL ORDER BY участников DESC""",
    "где в отчётах не сходятся цифры": """
        SELECT doc_id, kind, "where", stated AS заявлено, computed AS посчитано
        FROM checks ORDER BY doc_id""",
    "кто упоминается в нескольких отчётах": """
        SELECT surname, initials, count(DISTINCT doc_id) AS отчётов, string_agg(DISTINCT role, '; ') AS должности
        FROM people GROUP BY ALL HAVING отчётов > 1 ORDER BY отчётов DESC, surname""",
    "какие документы не прочитаны и почему": """
        SELECT doc_id, status, error FROM documents WHERE status <> 'ok'""",
}

SQL_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN",
             "date": "DATE", "datetime": "TIMESTAMP"}
FORMATS = ("table", "csv", "json")


class QueryError(Exception):
    """A query that DuckDB rejects, or an output folder without tables."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _header(path: Path) -> tuple[list[str], str]:
    """The column names and the delimiter (`;` for the Excel copies in excel/, else `,`)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
    delimiter = ";" if ";" in first and "," not in first else ","
    return next(csv.reader([first], delimiter=delimiter), []), delimiter


def view_sql(table: str, path: Path | None) -> str:
    """The SELECT behind one view: every column read as text, then cast to its type.

    Reading as text first keeps ids like «001» and empty tables intact; a value
    that does not parse becomes NULL instead of failing the whole query.
    """
    columns, delimiter = _header(path) if path is not None and path.exists() else ([], ",")
    if not columns:  # no file or no header: an empty view with the schema's columns
        cols = TABLES.get(table, [])
        if not cols:
            return "SELECT NULL AS empty WHERE false"
        return "SELECT " + ", ".join(
            f"CAST(NULL AS {SQL_TYPES[field_type(table, c)]}) AS {_quote(c)}" for c in cols) + " WHERE false"
    as_text = ", ".join(f"{_literal(c)}: 'VARCHAR'" for c in columns)
    reader = (f"read_csv({_literal(str(path))}, header=true, auto_detect=false, delim={_literal(delimiter)}, quote='\"', "
              f"escape='\"', columns={{{as_text}}})")
    selects = []
    for column in columns:
        kind = SQL_TYPES.get(field_type(table, column), "VARCHAR")
        if kind == "VARCHAR":
            selects.append(f"NULLIF({_quote(column)}, '') AS {_quote(column)}")
        else:
            selects.append(f"TRY_CAST(NULLIF({_quote(column)}, '') AS {kind}) AS {_quote(column)}")
    return f"SELECT {', '.join(selects)} FROM {reader}"


def connect(out_dir):
    """An in-memory DuckDB connection with a view per table of the run in `out_dir`."""
    import duckdb

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise QueryError(f"{out_dir}: no such folder (give the --out folder of a run)")
    found = {p.stem: p for p in sorted(out_dir.glob("*.csv"))}
    if not found:
        raise QueryError(f"{out_dir}: no tables (*.csv) here; run `svodka run CORPUS --out {out_dir}` first")
    con = duckdb.connect(":memory:")
    for table in list(TABLES) + [t for t in found if t not in TABLES]:
        con.execute(f"CREATE VIEW {_quote(table)} AS {view_sql(table, found.get(table))}")
    return con


def query(out_dir, sql: str) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement over the run's tables; returns (column names, rows)."""
    import duckdb

    con = connect(out_dir)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as exc:
        raise QueryError(str(exc).strip()) from None
    finally:
        con.close()


def _plain(value):
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _cell(value) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split()) if "\n" in str(value) else str(value)


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    """Rows as an aligned text table (numbers right-aligned), for the terminal."""
    if not columns:
        return ""
    texts = [[_cell(v) for v in row] for row in rows]
    texts = [[t if len(t) <= max_width else t[:max_width - 1] + "…" for t in row] for row in texts]
    numeric = [all(isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool) or r[i] is None
                   for r in rows) and any(r[i] is not None for r in rows) for i in range(len(columns))]
    widths = [max([len(c)] + [len(r[i]) for r in texts]) for i, c in enumerate(columns)]

    def line(cells):
        return "  ".join((c.rjust(w) if num else c.ljust(w)) for c, w, num in zip(cells, widths, numeric)).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in texts]
    return "\n".join(out)


def format_csv(columns: list[str], rows: list[tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue().rstrip("\n")


def format_json(columns: list[str], rows: list[tuple]) -> str:
    return json.dumps([dict(zip(columns, (_plain(v) for v in row))) for row in rows], ensure_ascii=False, indent=2)


FORMATTERS = {"table": format_table, "csv": format_csv, "json": format_json}


def render(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    """Query results in one of FORMATS."""
    return FORMATTERS[fmt](columns, rows)
