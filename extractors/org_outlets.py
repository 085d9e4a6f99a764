"""Outlets cited as a report's source: newspapers, channels, agencies (`data/outlets.txt`).

Three shapes, each a name of its own whatever the sentence around it:
- an outlet's noun before a quoted name: «газеты «Энская правда»», «телеканала "Край-24"»;
- a citing cue before a quoted name: «сообщает "Энск-информ"», «по данным «Вестника края»»;
- a hyphenated name ending in an outlet's word: «Энск-информ», «ВОСТОК-МЕДИА» (a dateline's agency), or a
  nationwide brand's regional edition («АиФ-Энск»);
- a credit line («Энскньюс.ру по материалам …») and a site's signature a scraper glued to its paragraphs;
- an aggregator's button on the page («Добавить «Энские вести» в источники новостей»), a quoted name alone on
  the text's last line.
The name is the quoted text (an outlet's name does not decline with the sentence). A publication something is
printed in («статья в журнале «Энский методист»») is a place, not an actor: no organization.
"""
from __future__ import annotations

import re

from svodka.normalizers.date_grammar import MONTH_FORMS
from svodka.normalizers.morph import parses
from svodka.normalizers.wordlists import data_lines


def _section(key: str) -> list[str]:
    return [line.split(":", 1)[1].strip() for line in data_lines("outlets.txt") if line.startswith(key + ":")]


def _stem(word: str) -> str:
    """«газета» → «газет», «радио» → «радио»: the part every case of the noun shares."""
    return word[:-1] if word[-1] in "аяо" and len(word) > 5 else word


HEADS = _section("head")
CUES = _section("cue")
TAILS = _section("tail")
_QUOTED = r"[«\"“„](?P<name>[^«»\"“”„\n]{2,60}?)[»\"“”]"
QUOTED_OUTLET = re.compile(
    r"(?<![\w-])(?:(?i:" + "|".join(re.escape(_stem(h)) + r"[а-яё]*" for h in sorted(HEADS, key=len, reverse=True))
    + r")|(?i:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(CUES, key=len, reverse=True))
    + r"))\s+" + _QUOTED)
LEADS = _section("lead")
HYPHENATED_OUTLET = re.compile(r"(?<![\w-])(?:[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z0-9]*(?:-[А-ЯЁа-яёA-Za-z0-9]+)*-(?i:"
                               + "|".join(map(re.escape, TAILS)) + r")|(?:" + "|".join(map(re.escape, LEADS))
                               + r")-[А-ЯЁ][а-яё]+)(?![\w-])")


_WORD = r"[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z0-9-]*"
_NAME = r"(?P<name>" + _WORD + r"(?:[ ]" + _WORD + r"){0,2})"
# A news agency's dateline: «Энск, 26 июля – ИА Энск-Пресс.» (the month spelled out, a year allowed)
DATELINE = re.compile(r"(?m)^[ \t]*[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?,\s+\d{1,2}\s+(?:" + "|".join(
    sorted(MONTH_FORMS, key=len, reverse=True)).replace(".", r"\.") + r")(?:\s+\d{4}(?:\s*г\.)?)?\s*[-–—]\s*" + _NAME
                      + r"\.?[ \t]*(?:\n|$)")
# A source line: «Источник: Энская правда», «Источник новостей: Энск-информ» (a link or a phrase is none)
SOURCE_LINE = re.compile(r"(?m)^[ \t]*Источник(?:\s+(?:новостей|информации|фото))?\s*:\s*" + _NAME + r"[ \t]*\.?[ \t]*$")
# A news aggregator's button a page carries: «Добавить «Энские вести» в источники новостей в …»
FOLLOW_BUTTON = re.compile(r"(?m)^[ \t]*Добавить\s+" + _QUOTED + r"\s+в\s+источники\b")
# The publication's name alone in quotes on the text's last line, its signature («…\n«Энские вести»»)
LAST_LINE = re.compile(r"(?:^|\n)[ \t]*" + _QUOTED + r"[ \t]*\s*\Z")
INITIALS_WORD = re.compile(r"(?:[А-ЯЁ]\.){1,2}")
OUTLET_FORMS = {"ИА", "РИА", "СИ", "ТРК", "ГТРК"}  # outlet labels (data/legal_forms.txt) that name an unquoted word
OUTLET_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[А-ЯЁ][а-яё]+)*\d*")  # «Энскинфо24», «ЭнскМедиа»: no common word
# A credit line: «Энскньюс.ру по материалам администрации района» (an outlet's site name, its domain kept)
CREDIT_LINE = re.compile(r"(?m)^[ \t]*(?P<name>" + _WORD + r"(?:\.(?:ру|рф|ru|com|net|info))?(?:[ ]" + _WORD
                         + r"){0,2})[ \t]+по\s+материалам\s")
# A site's signature glued to the end of its paragraphs by a scraper («… лауреатов.Энский Вестник»), said twice, of
# two words at least (a place after «г.» is none: «гимназия, г.Энск»)
SIGNATURE = re.compile(r"(?m)(?:(?<=[а-яё]{3}\.)|(?<=[»)]\.))(?P<name>[А-ЯЁ][а-яё]+(?:[ ][А-ЯЁ][А-ЯЁа-яё-]+){1,3})[ \t]*$")


def outlet_candidates(text: str) -> list[dict]:
    """Candidates (source «outlet») for the outlets a text cites.

    >>> [text[c["start"]:c["end"]] for text in ["по инициативе газеты «Энская правда» при поддержке",
    ...  'Об этом сообщает "Энск-информ".'] for c in outlet_candidates(text)]
    ['Энская правда', 'Энск-информ']
    >>> [text[c["start"]:c["end"]] for text in ["Энск, 3 мая - АиФ-Энск.", "Источник новостей: Энскрамблер",
    ...  "Источник: сайт школы", "Источник: Петров И.И."] for c in outlet_candidates(text)]
    ['АиФ-Энск', 'Энскрамблер']
    >>> [text[c["start"]:c["end"]] for text in ["Энскньюс.ру по материалам администрации района",
    ...  "Итоги подвели.Энский Вестник\\nПобедил Петров.Энский Вестник", "Итоги подвели.Энский Вестник",
    ...  "школа, г.Энск Новый\\nлицей, г.Энск Новый"] for c in outlet_candidates(text)]
    ['Энскньюс.ру', 'Энский Вестник', 'Энский Вестник']
    """
    out = []
    for m in QUOTED_OUTLET.finditer(text):
        name = m.group("name").strip()
        if printed_in(text, m.start(), m.group().split()[0]):
            continue
        if name[:1].isupper() or name[:1].isdigit():
            out.append({"start": m.start("name"), "end": m.end("name"), "kind": "outlet", "source": "outlet"})
    for m in list(DATELINE.finditer(text)) + list(SOURCE_LINE.finditer(text)) + list(FOLLOW_BUTTON.finditer(text)) \
            + list(LAST_LINE.finditer(text, max(0, len(text) - 200))):
        if not any(INITIALS_WORD.fullmatch(w) for w in m.group("name").split()):  # «Источник: Петров И.И.»: a person
            out.append({"start": m.start("name"), "end": m.end("name"), "kind": "outlet", "source": "outlet"})
    out += [{"start": m.start("name"), "end": m.end("name"), "kind": "outlet", "source": "outlet"}
            for m in CREDIT_LINE.finditer(text)]
    signatures = list(SIGNATURE.finditer(text))
    names = [m.group("name") for m in signatures]
    out += [{"start": m.start("name"), "end": m.end("name"), "kind": "outlet", "source": "outlet"}
            for m in signatures if names.count(m.group("name")) >= 2]
    for m in HYPHENATED_OUTLET.finditer(text):
        if any(c["start"] <= m.start() and m.end() <= c["end"] for c in out):
            continue  # the quoted name already found
        out.append({"start": m.start(), "end": m.end(), "kind": "outlet", "source": "outlet"})
    return out


PLACE_PREPOSITION = re.compile(r"(?i)(?<![\w-])(?:в|во|на)\s+\Z")


def printed_in(text: str, start: int, word: str) -> bool:
    """The outlet's noun at `start` is where something is printed: «в журнале», «на портале».

    >>> printed_in("статья в журнале", 9, "журнале"), printed_in("инициатива газеты", 11, "газеты")
    (True, False)
    """
    return bool(PLACE_PREPOSITION.search(text[max(0, start - 5):start])) and any(
        p.tag.case == "loct" for p in parses(word.lower()))
