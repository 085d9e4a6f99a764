"""A document's city from the user where the text names none: `svodka run --city X` and `--meta FILE`.

A third of real news items name no place at all, and the user usually knows it.
The text always wins: the given city fills `documents.city` and the school
mentions only where svodka found none. It is applied to the per-document
results as they are written, never stored in the cache, so a re-run with
another city (or none) needs no reprocessing.

The meta file is a CSV (`,` or `;`, UTF-8 with or without BOM) with a column
`path` (or `file`, `doc_id`, «файл») and a column `city` («город»); a row
matches a document by its doc_id, its path, or its file name.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

PATH_COLUMNS = ("path", "file", "doc_id", "файл", "путь")
CITY_COLUMNS = ("city", "город")


class MetaError(ValueError):
    """A --meta file that cannot be used; the message names the file and the reason."""


def load_meta(path) -> dict[str, str]:
    """{path, doc_id or file name: city} from a meta CSV.

    >>> import tempfile, os
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8")
    >>> _ = f.write("path;city\\nnews/a01.txt;Екатеринбург\\n"); f.close()
    >>> load_meta(f.name)
    {'news/a01.txt': 'Екатеринбург'}
    >>> os.unlink(f.name)
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MetaError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    header = {name.strip().lower(): name for name in (rows[0].keys() if rows else [])}
    key = next((header[c] for c in PATH_COLUMNS if c in header), None)
    city = next((header[c] for c in CITY_COLUMNS if c in header), None)
    if not rows or key is None or city is None:
        raise MetaError(f"{path}: needs a header with a path column ({', '.join(PATH_COLUMNS)}) and a city column")
    return {row[key].strip(): (row[city] or "").strip() for row in rows if (row.get(key) or "").strip()}


class DocCities:
    """The city the user gives for each document: its --meta row, else --city, else none."""

    def __init__(self, city: str = "", meta: dict[str, str] | None = None):
        self.city = (city or "").strip()
        self.meta = {}
        for key, value in (meta or {}).items():
            self.meta[_norm(key)] = value
            self.meta.setdefault(_norm(Path(key).name), value)

    def __bool__(self) -> bool:
        return bool(self.city or self.meta)

    def city_of(self, document: dict) -> str:
        """The given city of one document (a `documents.csv` row).

        >>> DocCities("Омск", {"news/a.txt": "Тула"}).city_of({"doc_id": "a.txt", "path": "/data/news/a.txt"})
        'Тула'
        >>> DocCities("Омск").city_of({"doc_id": "b.txt", "path": "/data/b.txt"})
        'Омск'
        """
        path = _norm(document.get("path", ""))
        for key in (_norm(document.get("doc_id", "")), path, _norm(Path(path).name)):
            if key and key in self.meta:
                return self.meta[key]
        if self.meta:
            for key, value in self.meta.items():  # a relative path given in the file: the end of the full path
                if "/" in key and path.endswith("/" + key):
                    return value
        return self.city

    def apply(self, result: dict) -> None:
        """Fill the document's city and its school mentions' where the text named none (in place).

        >>> r = {"document": {"doc_id": "a.txt", "path": "a.txt", "city": ""},
        ...      "tables": {"school_mentions": [{"city": ""}, {"city": "Тула"}]}}
        >>> DocCities("Омск").apply(r); r["document"]["city"], [m["city"] for m in r["tables"]["school_mentions"]]
        ('Омск', ['Омск', 'Тула'])
        """
        if not self:
            return
        document = result.get("document") or {}
        city = self.city_of(document)
        if not city:
            return
        if not document.get("city"):
            document["city"] = city
        for mention in (result.get("tables") or {}).get("school_mentions", []):
            if not mention.get("city"):
                mention["city"] = city


def _norm(path: str) -> str:
    return str(path or "").strip().replace("\\", "/").lower()
