"""Counts in brackets after the titles of a list of sections («работали четыре секции: «A» (84 участника),
«B» (71), …»): every item counted, so the list is a breakdown of the event by its parts."""
from __future__ import annotations

import re

# «работали четыре секции: «A» (84 участника), «B» (71), …»: parts of an event named by kind and title.
TITLED_LIST_HEAD = re.compile(r"(?<![\w-])(секци|площадк|мастер-класс|круглы[йхе]\s+стол|номинаци|мастерск)\w*[^:.;]{0,40}:",
                              re.IGNORECASE)
TITLED_ITEM = re.compile(r"(«[^«»]+(?:«[^«»]*»[^«»]*)*»)\s*\(\s*(?:более|около|свыше)?\s*(\d[\d\s]*?)"
                         r"(?:\s+(?:участник\w*|человек|чел\.?|педагог\w*|слушател\w*))?\s*\)")
KIND_SINGULAR = {"секци": "секция", "площадк": "площадка", "мастер-класс": "мастер-класс", "номинаци": "номинация",
                 "мастерск": "мастерская"}


def titled_counts(sentence: str) -> list[dict]:
    """Counts in brackets after the titles of a list of sections (площадки, номинации…), when every item of the
    list has one and the first names people: one row each, labelled «секция «Title»»."""
    head = TITLED_LIST_HEAD.search(sentence)
    if not head:
        return []
    items = list(TITLED_ITEM.finditer(sentence, head.end()))
    if len(items) < 2 or not re.search(r"[а-яё]", items[0].group()[items[0].start(2) - items[0].start():]):
        return []
    stem = head.group(1).lower()
    kind = next((v for k, v in KIND_SINGULAR.items() if stem.startswith(k)), "круглый стол")
    return [{"count": int(re.sub(r"\s", "", m.group(2))), "label": f"{kind} {m.group(1)}", "start": m.start(2),
             "end": m.end(2), "is_total": False, "breakdown": False, "part_of": None} for m in items]
