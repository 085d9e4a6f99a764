"""`svodka.load(out)`: a run's tables as DataFrames with the data package's types."""
from __future__ import annotations

import pandas as pd
import pytest

from svodka.outputs.load import load


@pytest.fixture(scope="module")
def tables(seed_run):
    out, _ = seed_run
    return load(out)


def test_every_table_is_loaded(tables):
    assert set(tables) >= {"documents", "people", "organizations", "school_mentions", "schools", "dates",
                           "events", "attendance", "checks"}
    assert len(tables["documents"]) == 5


@pytest.mark.parametrize("table, column, dtype", [
    ("attendance", "count", "Int64"),
    ("attendance", "is_total", "boolean"),
    ("attendance", "label", "string"),
    ("school_mentions", "number", "string"),
    ("school_mentions", "start", "Int64"),
    ("people", "n_mentions", "Int64"),
])
def test_columns_have_the_declared_types(tables, table, column, dtype):
    assert str(tables[table][column].dtype) == dtype


def test_dates_are_dates(tables):
    assert pd.api.types.is_datetime64_any_dtype(tables["dates"]["start"])
    assert pd.api.types.is_datetime64_any_dtype(tables["events"]["date_start"])


def test_empty_cells_are_missing(tables):
    people = tables["people"]
    assert people["patronymic"].isna().any() or (people["patronymic"] != "").all()


def test_a_folder_without_a_run_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="documents.csv"):
        load(tmp_path)


def test_the_package_exposes_load():
    import svodka

    assert svodka.load is load
