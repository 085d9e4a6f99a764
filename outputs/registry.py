"""Corpus-wide school registry: one row per institution, stable ids.

Numbered institutions are matched exactly on (city, sector, number): within a
city schools share one number space and kindergartens another, so «МБОУ «СОШ
№ 32»», «НБОУ «Лицей № 32»» and a bare «32» in a «№№ ОО» column are one school
(rapidfuzz is never asked about numbers: it scores «№ 5» and «№ 56» alike).
Named institutions are matched with rapidfuzz on the name only, within the
same city and sector (`normalizers.schools.same_name`).

`school_id` is a hash of the key: (city, sector, number), or (city, sector,
name key) of the fullest spelling of a named one, so adding documents does
not change the id of a numbered institution, nor of a named one unless a later
document brings a longer spelling of its name. The registry's kind is the most
specific, most frequent kind of its mentions; every surface form seen stays
in `variants`, so disagreements remain visible.
"""
from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz import fuzz, utils

from svodka.normalizers.cities import city_of_place
from svodka.normalizers.schools import FORM_RE, best_kind, classify, default_kind, form_sector, name_key, same_name

# Column names a reference registry may use (lower-cased header → field).
REFERENCE_COLUMNS = {
    "name": "name", "full_name": "name", "official_name": "name", "наименование": "name",
    "полное наименование": "name", "полное_наименование": "name",
    "short_name": "short_name", "краткое наименование": "short_name", "краткое_наименование": "short_name",
    "number": "number", "номер": "number", "№": "number",
    "city": "city", "город": "city", "муниципалитет": "city", "населенный пункт": "city",
    "inn": "inn", "инн": "inn",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[«»\"'“”„()]", " ", str(text or "").lower().replace("ё", "е"))).strip()


def school_key(row: dict) -> tuple[str, str, str]:
    """(city, sector, number) of a numbered institution, (city, sector, "name:<key>") of a named one."""
    number = re.sub(r"\D", "", str(row.get("number") or ""))
    return _norm(row.get("city")), _norm(row.get("sector")), number or "name:" + name_key(row.get("name"))


def school_id_of(key: tuple[str, str, str]) -> str:
    return "s" + hashlib.sha1("|".join(key).encode("utf-8")).hexdigest()[:10]


def _named_clusters(rows: list[dict]) -> dict[str, str]:
    """Name → the fullest name of its cluster, for named mentions of one city and sector."""
    counts = Counter(r.get("name", "") for r in rows)
    anchors: list[str] = []
    out = {}
    for name in sorted(counts, key=lambda n: (-len(name_key(n)), -counts[n], n)):
        matches = [a for a in anchors if same_name(name, a)]
        if len(matches) == 1:
            out[name] = matches[0]
        else:
            anchors.append(name)
            out[name] = name
    return out


def _canonical(kind: str, number: str, name: str) -> str:
    return f"{kind or 'Школа'} № {number}" if number else name


def load_reference(path) -> list[dict]:
    """Read a reference registry CSV (official names, numbers, cities, INN) into plain dicts.

    Headers may be English or Russian (`name`/«Наименование», `short_name`, `number`/«Номер»,
    `city`/«Город», `inn`/«ИНН»); `,` or `;` separated, UTF-8 with or without BOM. Sector, kind and
    a missing number are read from the official name («МБОУ «СОШ № 5»» → school, СОШ, 5).
    """
    text = Path(path).read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    out = []
    for raw in csv.DictReader(text.splitlines(), dialect=dialect):
        row = {REFERENCE_COLUMNS.get(" ".join(str(k or "").lower().split()), ""): (v or "").strip()
               for k, v in raw.items()}
        name = row.get("name") or row.get("short_name") or ""
        if not name:
            continue
        names = f"{row.get('short_name', '')} {name}"
        sector, kind = classify(names)
        form = FORM_RE.search(names)
        if form and (not sector or kind == "Школа"):
            sector = form_sector(form.group("form"), form.group("suffix") or "")
            kind = kind if kind and sector == "school" else default_kind(sector)
        number = re.sub(r"\D", "", row.get("number", "")) or \
            next(iter(re.findall(r"№\s*(\d{1,4})", names)), "")
        out.append({"name": name, "short_name": row.get("short_name", ""), "number": number,
                    "city": city_of_place(row.get("city", "")) or row.get("city", ""), "inn": row.get("inn", ""),
                    "sector": sector or "school", "kind": kind})
    return out


def _bare(text: str) -> str:
    """A name without legal forms and quotes, for fuzzy comparison."""
    return " ".join(FORM_RE.sub(" ", re.sub(r"[«»\"“”„]", " ", text)).split())


def link_reference(school: dict, reference: list[dict]) -> dict | None:
    """The reference entry of one registry school: exact on (city, sector, number), fuzzy on names."""
    city, sector = _norm(school["city"]), school["sector"]
    candidates = [r for r in reference if _norm(r["city"]) in (city, "") and r["sector"] == sector]
    if school["number"]:
        exact = [r for r in candidates if r["number"] == school["number"]]
        exact.sort(key=lambda r: (_norm(r["city"]) != city, r["kind"] != school["kind"]))
        return exact[0] if exact else None
    scored = [(max(fuzz.token_set_ratio(_bare(school["name"]), _bare(r[field]), processor=utils.default_process)
                   for field in ("name", "short_name") if r[field]), r) for r in candidates if not r["number"]]
    scored = [(score, r) for score, r in scored if score >= 90]
    return max(scored, key=lambda item: (item[0], _norm(item[1]["city"]) == city))[1] if scored else None


def build_registry(mentions: list[dict], reference: list[dict] | None = None) -> list[dict]:
    """Assign `school_id` to every mention (in place) and return the schools table.

    With a `reference` registry (`load_reference`), each school gets its `official_name` and `inn`,
    and the official kind wins over the kinds the documents wrote.
    """
    named = defaultdict(list)
    for row in mentions:
        if not school_key(row)[2].isdigit():
            named[school_key(row)[:2]].append(row)
    anchor_of = {place: _named_clusters(rows) for place, rows in named.items()}

    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in mentions:
        key = school_key(row)
        if not key[2].isdigit():
            key = school_key({**row, "name": anchor_of[key[:2]][row.get("name", "")]})
        row["school_id"] = school_id_of(key)
        groups[key].append(row)

    schools = []
    for key, rows in groups.items():
        kind = best_kind([r.get("kind", "") for r in rows])
        first = rows[0]
        number = re.sub(r"\D", "", str(first.get("number") or ""))
        name = "" if number else max((r.get("name", "") for r in rows), key=lambda n: (len(name_key(n)), n))
        cities = Counter(r.get("city", "") for r in rows)
        variants = sorted({" ".join(str(r.get("text", "")).split()) for r in rows if r.get("text")})
        schools.append({
            "school_id": first["school_id"], "city": cities.most_common(1)[0][0], "sector": first.get("sector", ""),
            "kind": kind, "number": number, "name": name, "canonical_name": _canonical(kind, number, name),
            "variants": "|".join(variants), "n_documents": len({r.get("doc_id") for r in rows}),
            "n_mentions": len(rows),
        })
    for school in schools if reference else ():
        entry = link_reference(school, reference)
        school["official_name"], school["inn"] = (entry["name"], entry["inn"]) if entry else ("", "")
        if entry and entry["kind"] not in ("", "Школа"):
            school["kind"] = entry["kind"]
            school["canonical_name"] = _canonical(school["kind"], school["number"], school["name"])
    schools.sort(key=lambda s: (s["city"], s["sector"], int(s["number"]) if s["number"].isdigit() else 10**9,
                                s["name"]))
    return schools
