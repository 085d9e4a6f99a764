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
import re
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from svodka.outputs.datapackage import field_type
from svodka.outputs.schema import TABLES

# Columns of svodka's tables that are reserved words in DuckDB's SQL: write them quoted ("end", a."table").
RESERVED_COLUMNS = ("column", "end", "table", "where")
QUOTING_HINT = ("Columns named like SQL words must be quoted: " + ", ".join(f'"{c}"' for c in RESERVED_COLUMNS)
                + ' (e.g. SELECT start, "end" FROM dates; a."table").')

# Worked examples (question -> SQL), for the README and `svodka query OUT --examples`. A test runs each on
# the demo output (`make demo`: corpus/samples -> out/) and on the seed run; every one but the last returns
# rows on the demo output (the last lists unread documents, and every sample reads).
EXAMPLES: dict[str, str] = {
    "какие школы упоминаются чаще всего": """
        SELECT s.canonical_name AS школа, s.city AS город, count(*) AS упоминаний,
               count(DISTINCT m.doc_id) AS документов
        FROM school_mentions m JOIN schools s USING (school_id)
        GROUP BY ALL ORDER BY упоминаний DESC, школа LIMIT 10""",
    "сколько педагогов из каждого района пришло на мероприятия, по месяцам": """
        SELECT strftime(coalesce(e.date_start, d.period_start), '%Y-%m') AS месяц, a.label AS район,
               sum(a.count) AS педагогов, count(DISTINCT a.event_id) AS мероприятий
        FROM attendance a
        JOIN events e ON e.doc_id = a.doc_id AND e.event_id = a.event_id
        JOIN documents d ON d.doc_id = a.doc_id
        WHERE a."table" LIKE 'district table%' AND NOT a.is_total
        GROUP BY ALL ORDER BY месяц, педагогов DESC, район""",
    "сколько человек приняли участие в мероприятиях каждого отчёта": """
        SELECT doc_id, sum(count) AS участий FROM attendance WHERE scope = 'event'
        GROUP BY ALL ORDER BY doc_id""",
    "какие мероприятия прошли, когда и сколько на них было участников": """
        SELECT e.doc_id, e.event_id, e.kind AS вид, e.title AS название, e.date_start AS начало,
               e.date_end AS конец, sum(a.count) FILTER (WHERE a.scope = 'event') AS участников,
               max(a.count) FILTER (WHERE a.scope = 'total') AS всего_заявлено
        FROM events e LEFT JOIN attendance a ON a.doc_id = e.doc_id AND a.event_id = e.event_id
        GROUP BY ALL ORDER BY e.doc_id, e.event_id""",
    "сколько мероприятий каждого вида и сколько на них было участников": """
        SELECT e.kind AS вид, count(DISTINCT (e.doc_id, e.event_id)) AS мероприятий, sum(a.count) AS участников
        FROM events e JOIN attendance a ON a.doc_id = e.doc_id AND a.event_id = e.event_id
        WHERE a.scope = 'event'
        GROUP BY ALL ORDER BY участников DESC""",
    "кого сколько было: участники по категориям": """
        SELECT category AS категория, sum(count) AS человек FROM attendance
        WHERE scope = 'event' AND category IS NOT NULL
        GROUP BY ALL ORDER BY человек DESC""",
    "где в отчётах не сходятся цифры": """
        SELECT doc_id, kind, "where", stated AS заявлено, computed AS посчитано
        FROM checks ORDER BY doc_id""",
    "кто упоминается в отчётах чаще всего": """
        SELECT surname AS фамилия, initials AS инициалы, count(DISTINCT doc_id) AS отчётов,
               sum(n_mentions) AS упоминаний, string_agg(DISTINCT role, '; ') AS должности
        FROM people GROUP BY ALL ORDER BY отчётов DESC, упоминаний DESC, фамилия LIMIT 10""",
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


def confine(con, paths) -> None:
    """Let the connection open only `paths` (the run's tables), and lock that in.

    No other file can be read, written or attached, no URL fetched, no
    extension installed or loaded, and no SQL statement can lift it:
    `svodka query` can be handed SQL from elsewhere.
    """
    con.execute(f"SET allowed_paths = [{', '.join(_literal(str(p)) for p in paths)}]")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def connect(out_dir, unsafe: bool = False):
    """An in-memory DuckDB connection with a view per table of the run in `out_dir`.

    It reads only those tables unless `unsafe` (then SQL may read and write any file the user can).
    """
    import duckdb

    out_dir = Path(out_dir).resolve()
    if not out_dir.is_dir():
        raise QueryError(f"{out_dir}: no such folder (give the --out folder of a run)")
    found = {p.stem: p for p in sorted(out_dir.glob("*.csv"))}
    if not found:
        raise QueryError(f"{out_dir}: no tables (*.csv) here; run `svodka run CORPUS --out {out_dir}` first")
    con = duckdb.connect(":memory:")
    if not unsafe:
        confine(con, found.values())
    for table in list(TABLES) + [t for t in found if t not in TABLES]:
        con.execute(f"CREATE VIEW {_quote(table)} AS {view_sql(table, found.get(table))}")
    return con


def explain(message: str, views: list[str]) -> str:
    """DuckDB's error with what a svodka user needs: the views there are, how to quote SQL words.

    >>> print(explain('Catalog Error: Table with name persons does not exist!\\nDid you mean "pg_settings"?',
    ...               ["documents", "people"]))
    Catalog Error: Table with name persons does not exist!
    The tables of this run: documents, people.
    >>> explain('Parser Error: syntax error at or near "end"', ["dates"]).splitlines()[1][:35]
    'Columns named like SQL words must b'
    """
    lines = message.strip().splitlines()
    if lines and "Table with name" in lines[0]:
        lines = [lines[0], f"The tables of this run: {', '.join(views)}."] + [
            line for line in lines[1:] if not line.startswith("Did you mean")]
    elif re.search(r'syntax error at or near "(%s)"' % "|".join(RESERVED_COLUMNS), lines[0] if lines else "",
                   flags=re.IGNORECASE):
        lines.insert(1, QUOTING_HINT)
    return "\n".join(lines)


def refuse_writes(sql: str) -> None:
    """Only reading statements: `COPY … TO` a run's own table is a path the connection may open, and
    DuckDB cannot make an allowed path read-only, so statements are checked by DuckDB's own parser.

    >>> refuse_writes("WITH t AS (SELECT 1) SELECT * FROM t")
    >>> refuse_writes("COPY people TO 'people.csv'")
    Traceback (most recent call last):
    svodka.outputs.query.QueryError: svodka query runs only SELECT here: a COPY statement could change the run's files or settings (--unsafe allows it)
    """
    import duckdb

    for statement in duckdb.extract_statements(sql):
        kind = statement.type
        if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
            raise QueryError(f"svodka query runs only SELECT here: a {kind.name} statement could change the "
                             "run's files or settings (--unsafe allows it)")


def query(out_dir, sql: str, unsafe: bool = False) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement over the run's tables; returns (column names, rows)."""
    import duckdb

    con = connect(out_dir, unsafe=unsafe)
    try:
        if not unsafe:
            refuse_writes(sql)
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as exc:
        views = [row[0] for row in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name").fetchall()]
        ordered = [t for t in TABLES if t in views] + [v for v in views if v not in TABLES]
        raise QueryError(explain(str(exc), ordered)) from None
    finally:
        con.close()


def examples_text() -> str:
    """The worked examples as SQL comments and statements, ready to copy into `svodka query OUT "..."`."""
    parts = []
    for number, (question, sql) in enumerate(EXAMPLES.items(), 1):
        body = "\n".join(line[8:] if line.startswith(" " * 8) else line.strip() for line in sql.strip("\n").splitlines())
        parts.append(f"-- {number}. {question}\n{body};")
    return "\n\n".join(parts)


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


TABLE_WIDTH = 60


def format_table(columns: list[str], rows: list[tuple], max_width: int = TABLE_WIDTH) -> str:
    """Rows as an aligned text table (numbers right-aligned), for the terminal; cells cut at `max_width`
    characters (0: never cut)."""
    if not columns:
        return ""
    texts = [[_cell(v) for v in row] for row in rows]
    if max_width:
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


def render(columns: list[str], rows: list[tuple], fmt: str = "table", width: int = TABLE_WIDTH) -> str:
    """Query results in one of FORMATS; `width` cuts the cells of the table format only (csv and json are whole)."""
    if fmt == "table":
        return format_table(columns, rows, width)
    return FORMATTERS[fmt](columns, rows)
