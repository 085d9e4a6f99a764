"""`svodka run --city X` and `--meta FILE`: a document's city where its text names none (issue 11)."""
from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner

from svodka.outputs.doc_cities import DocCities, MetaError, load_meta
from svodka.pipeline.cli import main


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Конкурс прошёл в МБОУ СОШ № 5. Победили ученики.\n", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Семинар прошёл в МБОУ СОШ № 7. Итоги подвели.\n", encoding="utf-8")
    (folder / "c.txt").write_text("В Вологде прошёл семинар. Педагоги Вологды и МБОУ СОШ № 9.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("meta, expected", [
    # --city alone: every document whose text names no city; the text wins (c.txt)
    (None, {"a.txt": "Омск", "b.txt": "Омск", "c.txt": "Вологда"}),
    # a --meta row wins over --city, found by a relative path or a file name
    ("path;city\nsub/b.txt;Тула\n", {"a.txt": "Омск", "b.txt": "Тула", "c.txt": "Вологда"}),
    ("file,город\na.txt,Курган\nc.txt,Курган\n", {"a.txt": "Курган", "b.txt": "Омск", "c.txt": "Вологда"}),
])
def test_city_option_and_meta_file(tmp_path, corpus, meta, expected):
    args = ["run", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet", "--city", "Омск"]
    if meta:
        (tmp_path / "meta.csv").write_text(meta, encoding="utf-8")
        args += ["--meta", str(tmp_path / "meta.csv")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert {r["doc_id"].split("/")[-1]: r["city"] for r in rows(tmp_path / "out" / "documents.csv")} == expected
    mentions = {r["doc_id"].split("/")[-1]: r["city"] for r in rows(tmp_path / "out" / "school_mentions.csv")}
    assert mentions == expected


def test_without_the_options_no_city_is_invented(tmp_path, corpus):
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert {r["doc_id"].split("/")[-1]: r["city"] for r in rows(tmp_path / "out" / "documents.csv")} == \
        {"a.txt": "", "b.txt": "", "c.txt": "Вологда"}


@pytest.mark.parametrize("content", ["", "name;town\nx;y\n", "path\na.txt\n"])
def test_a_meta_file_without_its_columns_is_a_usage_error(tmp_path, corpus, content):
    (tmp_path / "meta.csv").write_text(content, encoding="utf-8")
    with pytest.raises(MetaError, match="meta.csv"):
        load_meta(tmp_path / "meta.csv")
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(tmp_path / "out"), "--meta",
                                       str(tmp_path / "meta.csv")])
    assert result.exit_code == 2
    assert "--meta" in result.output and "Traceback" not in result.output


def test_doc_cities_match_by_path_end():
    cities = DocCities("", {"reports/2024/a.txt": "Тула"})
    assert cities.city_of({"doc_id": "2024/a.txt", "path": "/data/reports/2024/a.txt"}) == "Тула"
    assert cities.city_of({"doc_id": "b.txt", "path": "/data/reports/2024/b.txt"}) == ""
