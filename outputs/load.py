"""A run's tables as typed pandas DataFrames, for analysts who work in Python.

The CSVs are text; reading them with plain `pd.read_csv` turns school
numbers into floats, booleans into strings and dates into objects. `load`
reads them with the types that `datapackage.json` declares (the same types
the DuckDB views of `svodka query` use): counts and offsets as nullable
integers, dates as datetimes, `is_total` as a nullable boolean, empty
cells as missing. A school's `number` stays text: it is an identifier
(«110»), not a quantity.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from svodka.outputs.datapackage import FIELDS
from svodka.outputs.schema import TABLES

# Columns read as text whatever the data package says: identifiers, not quantities.
AS_TEXT = {"number"}
TRUE = {"true", "1", "yes"}
FALSE = {"false", "0", "no"}


def _typed(column: pd.Series, kind: str) -> pd.Series:
    """One column converted from text to the Frictionless type `kind`."""
    text = column.replace("", pd.NA)
    if kind == "integer":
        return pd.to_numeric(text, errors="coerce").astype("Int64")
    if kind == "number":
        return pd.to_numeric(text, errors="coerce").astype("Float64")
    if kind == "boolean":
        lowered = text.str.lower()
        return lowered.map(lambda v: True if v in TRUE else False if v in FALSE else pd.NA).astype("boolean")
    if kind in ("date", "datetime"):
        return pd.to_datetime(text, errors="coerce", format="ISO8601")
    return text.astype("string")


def load_table(path: Path, table: str) -> pd.DataFrame:
    """One CSV table with its declared types (columns the schema does not know stay text)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    fields = FIELDS.get(table, {})
    for name in frame.columns:
        kind = "string" if name in AS_TEXT else fields.get(name, ("string", ""))[0]
        frame[name] = _typed(frame[name], kind)
    return frame


def load(out_dir) -> dict[str, pd.DataFrame]:
    """Every table of a run folder by name (`documents`, `people`, … `checks`), typed.

    A table the run did not write is an empty frame with its columns, so
    code written for one run works on another.
    """
    out = Path(out_dir)
    if not (out / "documents.csv").is_file():
        raise FileNotFoundError(f"{out}: no documents.csv here; is this the --out folder of a svodka run?")
    frames = {}
    for table, columns in TABLES.items():
        path = out / f"{table}.csv"
        frames[table] = load_table(path, table) if path.is_file() else pd.DataFrame(columns=columns)
    return frames
