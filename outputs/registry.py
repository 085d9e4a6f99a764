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

import hashlib
import re
from collections import Counter, defaultdict

from normalizers.schools import best_kind, name_key, same_name


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


def build_registry(mentions: list[dict]) -> list[dict]:
    """Assign `school_id` to every mention (in place) and return the schools table."""
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
    schools.sort(key=lambda s: (s["city"], s["sector"], int(s["number"]) if s["number"].isdigit() else 10**9,
                                s["name"]))
    return schools
