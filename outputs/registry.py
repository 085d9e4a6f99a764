"""Corpus-wide school registry: one row per institution, stable ids.

Mentions are reconciled on (city, sector, number) for numbered institutions
and on the normalized name for named ones; `school_id` is a hash of that key,
so it does not change when documents are added.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[«»\"'“”„()]", " ", str(text or "").lower().replace("ё", "е"))).strip()


def school_key(row: dict) -> tuple[str, str, str]:
    number = re.sub(r"\D", "", str(row.get("number") or ""))
    return _norm(row.get("city")), _norm(row.get("sector")), number or "name:" + _norm(row.get("name"))


def school_id_of(key: tuple[str, str, str]) -> str:
    return "s" + hashlib.sha1("|".join(key).encode("utf-8")).hexdigest()[:10]


def build_registry(mentions: list[dict]) -> list[dict]:
    """Assign `school_id` to every mention (in place) and return the schools table."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in mentions:
        key = school_key(row)
        row["school_id"] = school_id_of(key)
        groups[key].append(row)
    schools = []
    for key, rows in groups.items():
        kinds = Counter(r.get("kind", "") for r in rows if r.get("kind"))
        kind = kinds.most_common(1)[0][0] if kinds else ""
        first = rows[0]
        variants = sorted({r.get("text", "") for r in rows if r.get("text")})
        name = first.get("name", "")
        canonical = f"{kind} № {first['number']}" if first.get("number") else name
        schools.append({
            "school_id": rows[0]["school_id"], "city": first.get("city", ""), "sector": first.get("sector", ""),
            "kind": kind, "number": first.get("number", ""), "name": name, "canonical_name": canonical,
            "variants": "|".join(variants), "n_documents": len({r["doc_id"] for r in rows}),
            "n_mentions": len(rows),
        })
    schools.sort(key=lambda s: (s["city"], s["sector"], int(s["number"]) if str(s["number"]).isdigit() else 10**9, s["name"]))
    return schools
