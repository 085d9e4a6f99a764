"""Nationwide bodies a report quotes by their name alone (`data/known_names.txt`): «"Единая Россия" и другие».

Only the quoted name is read, in one scan of the text; with its kind noun before it («партии «Единая
Россия»») the longer phrase of `org_phrases` wins the overlap.
"""
from __future__ import annotations

import re

from svodka.normalizers.wordlists import data_lines

KNOWN_QUOTED = re.compile(r"«[ \t]*(?P<name>" + "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(data_lines("known_names.txt"), key=len, reverse=True))
    + r")[ \t]*»")


def known_name_candidates(text: str) -> list[dict]:
    """Candidates (source «known») for the listed names in quotes.

    >>> text = "депутаты, «Единая Россия» и «Новые люди»"
    >>> [text[c["start"]:c["end"]] for c in known_name_candidates(text)]
    ['Единая Россия', 'Новые люди']
    >>> known_name_candidates("конкурс «Единая Россия и мы»")
    []
    """
    if "«" not in text:
        return []
    return [{"start": m.start("name"), "end": m.end("name"), "kind": "партия", "source": "known"}
            for m in KNOWN_QUOTED.finditer(text)]
