"""People: names normalized, merged, with role and organization (issue 3).

The job is split by module: `person_names` finds the name candidates and
drops names that are not people, `person_context` reads the clause, gender and
case around a name, `person_roles` reads the role and organization from the
apposition; this module merges the mentions of one person per document
(initials ↔ full name, «Имя Отчество» ↔ the person introduced with those
initials, bare surname, ё ↔ е) and writes the records.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors.person_context import after_transitive_verb, context_gender, governed_case, sentence_bounds
from svodka.extractors.person_names import find_mentions
from svodka.extractors.person_orgs import (
    host_of_sections, is_staff, only_school, org_around, org_beside, school_org, share_school_backwards, subject_school,
    team_school,
)
from svodka.extractors.person_roles import clean_org, head_case, pick_role, role_after, role_before, role_of_group, role_of_list
from svodka.extractors.role_ellipsis import elided_role
from svodka.extractors.person_words import (  # noqa: F401  (IMENI_BEFORE ... lemma are read by extractors.organizations)
    ACCUSATIVE_SURNAME, FEMININE_ROLES, IMENI_BEFORE, ORG_KINDS, ROLE_CUES, TOKEN, is_role_word, is_title_word, lemma, parses,
)
from svodka.normalizers.lines import line_of
from svodka.normalizers.names import fold, initials, normalize_name, surname_readings
from svodka.extractors.records import add_record, doc_text, records
from svodka.extractors.schools import school_spans


# --- merging ----------------------------------------------------------------------------------

def compatible(a: str, b: str) -> bool:
    return not a or not b or fold(a[:1]) == fold(b[:1])


def merge(mentions: list[dict]) -> list[dict]:
    """One person per surname with compatible initials; «Имя Отчество» joins the latest match."""
    people: list[dict] = []
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["surname"]:
            person = next((p for p in people if fold(p["surname"]) in m["surnames"]
                           and compatible(p["fi"], m["fi"]) and compatible(p["pi"], m["pi"])), None)
            if person is None:
                person = {"surname": m["surname"], "first": "", "patronymic": "", "fi": "", "pi": "",
                          "gender": "", "mentions": [], "roles": []}
                people.append(person)
            elif _richness(m) > _richness(person["mentions"][0]) and fold(m["surname"]) == fold(person["surname"]):
                person["surname"] = m["surname"]
        else:
            candidates = [p for p in people if compatible(p["fi"], m["fi"]) and compatible(p["pi"], m["pi"])
                          and (p["fi"] or p["first"]) and compatible(p["first"], m["first"])]
            if not candidates:
                continue
            person = max(candidates, key=lambda p: max(x["start"] for x in p["mentions"]))
        for key in ("first", "patronymic", "fi", "pi", "gender"):
            if m.get(key) and not person[key]:
                person[key] = m[key]
        person["mentions"].append(m)
        if m.get("role") or m.get("org"):
            person["roles"].append((m.get("role", ""), m.get("org", ""), m.get("title", False), m.get("org_span"),
                                    bool(m.get("shared_role"))))
    return people


def _richness(m: dict) -> int:
    return sum(bool(m[k]) for k in ("first", "patronymic", "fi", "pi"))


# --- the component ----------------------------------------------------------------------------
def analyze_mention(text: str, m: dict, prev_end: int, next_start: int) -> dict:
    left, right = sentence_bounds(text, m["start"], m["end"])
    left_role = max(left, prev_end)
    if left_role == prev_end and prev_end and (OWN_APPOSITION.match(text, prev_end)
                                              or APPOSITION_AND.fullmatch(text, prev_end, m["start"])):
        # «Орлова Е.И. – методист ИМЦ и Лунёв П.П.», «Котова А.И., учитель химии школы № 2 и Лосева М.П.»:
        # the role is the previous name's
        left_role = m["start"]
        closed = BRACKET_THEN_ITEM.match(text, prev_end, m["start"])
        if closed and NEXT_ROLE.fullmatch(text, closed.end(), m["start"]):
            # «учителю биологии Котовой (лицей № 7), учителю физики Лосевой (…)»: the bracket closed the
            # previous item; the words after its separator are the next name's role
            left_role = closed.end()
    before = role_before(text, left_role, m["start"])
    after = [] if before else role_after(text, m["end"], min(right, next_start), next_name=next_start < right,
                                         full=bool(m["patronymic"] or m["pi"]))
    stated = [] if before or after else role_before(text, left_role, m["start"], stated=True)
    listed, plural_list = ([], False) if before or after or stated else role_of_list(text, m["start"])
    if not (before or after or stated or listed):
        listed, plural_list = role_of_group(text, m["start"])
    if not (before or after or stated or listed) and (left_role > prev_end or not prev_end):
        before = role_before(text, left_role, m["start"], comma=True)
    found = before or after or stated or listed
    role, org, org_span = pick_role(found)
    cue = ROLE_CUE.search(text, max(left_role, m["start"] - 40), m["start"]) if not found else None
    if cue:  # «под руководством И.И. Петрова»
        role = ROLE_CUES[re.sub(r"\s+", " ", cue.group(1).lower())]
    hint = context_gender(text, max(left, prev_end), min(right, next_start), m["start"])
    if not m["first"] and ACCUSATIVE_SURNAME.search(m["surname"].lower()) and after_transitive_verb(text, m["start"]):
        case = "accs"
    elif before and m["first"] and not m["patronymic"]:
        case = head_case(text, left_role, m["start"])  # «главы администрации Валерия Зорина»: a man
    else:
        case = "" if m["first"] or m["patronymic"] or before else governed_case(text, m["start"])
    parts = normalize_name(m["surname"], m["first"], m["patronymic"], gender_hint="" if case else hint,
                           case_hint=case)
    if before or stated:
        shared = "before" if plural_head(text[left_role:m["start"]], last=True) else ""
    elif listed:
        shared = "before" if plural_list else ""
    else:
        shared = "after" if found and plural_head(text[m["end"]:min(right, next_start)]) else ""
    m.update(role=role, org=org, org_span=org_span, title=bool(found) and all(f[2] for f in found), listed=bool(listed),
             shared_role=shared,
             surname=parts["surname"], first=parts["first_name"], patronymic=parts["patronymic"],
             gender=parts["gender"])
    m["surnames"] = {fold(v) for v in surname_readings(m["surname"]).values()} | {fold(m["surname"])} \
        if m["surname"] else set()
    return m


# A pupil's supervisor («рук. Петрова», «под руководством Петровой») is a function, not a position: a position
# another mention gives («Петровой, учителю истории») is the role.
BARE_FUNCTIONS = {"руководитель"}
ROLE_CUE = re.compile(r"(?<![А-ЯЁа-яё])(" + "|".join(c.replace(" ", r"\s+") for c in ROLE_CUES) + r")\s+$", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[А-ЯЁ«])")
OWN_APPOSITION = re.compile(r"[ \t]*[(–—-]")
BRACKET_THEN_ITEM = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*[,;][ \t]*")
NEXT_ROLE = re.compile(r"[^,;()\n–—-]*")  # no other apposition between: «…), учителю физики Лосевой»
APPOSITION_AND = re.compile(r"[ \t]*,[^\n]*[ \t]и[ \t]*")
# «Козлова Е.В. (СОШ № 5), Петров И.И.», «у учащихся гимназии Котова Ивана по физике, Лосевой Анны по химии»
LIST_GAP = re.compile(r"\s*(?:\([^()\n]*\)\s*|по(?:[ \t]+[а-яё]+){1,2}[ \t]*)?(?:,|и|;)\s*")


def plural_head(clause: str, last: bool = False) -> bool:
    """The role head of a clause can be plural: a role shared by the names listed with it («учителя
    Иванова, Петрова», «уроки, подготовленные учителями математики Ивановой, Петровой», «методисты ИРО
    Н.В. Кравец и А.С. Галиуллин»). With `last`, the head nearest the end (a complement in the genitive
    after a noun, «помощник учителя», is skipped); else the first one («…, педагогов … МАУДО …»). Any case:
    the names agree with their head («учителями … Ивановой»)."""
    words = re.findall(r"[А-ЯЁа-яё]+(?:-[а-яё]+)?", clause)
    heads = [k for k, w in enumerate(words) if is_role_word(w)]
    if last:
        heads = [k for k in reversed(heads) if not (k and _governs(words[k - 1])
                                                    and any(p.tag.case == "gent" for p in parses(words[k].lower())))]
    if not heads:
        return False
    return any(p.tag.number == "plur" and p.tag.case for p in parses(words[heads[0]].lower()))


def _governs(word: str) -> bool:
    """A noun whose genitive complement the next word can be: a role («помощник учителя»), or a noun in a
    chain of genitives («руководитель объединения учителей»); not a place of the clause («на уроках учителей»)."""
    best = parses(word.lower())[0]
    return best.tag.POS == "NOUN" and (is_role_word(word) or is_title_word(word) or best.tag.case in ("nomn", "gent"))


def extract_people(text: str, per_spans, schools=()) -> list[dict]:
    """People of one document: merged, normalized, with role and organization. `schools`: the
    (start, end) spans of school mentions, for the school written beside a name."""
    ends = {e for _, e in schools}
    start_of = {e: s for s, e in schools}
    mentions = [m for m in find_mentions(text, per_spans) if not another_school(text, m, ends)]
    for k, m in enumerate(mentions):
        prev_end = mentions[k - 1]["end"] if k else 0
        next_start = mentions[k + 1]["start"] if k + 1 < len(mentions) else len(text)
        analyze_mention(text, m, prev_end, next_start)
        m["org_beside"] = False
        lead = leading_school(text, m["start"], prev_end, start_of)
        own = org_beside(text, m["start"], m["end"], schools) if m["listed"] or not m["org"] else ("", None)
        if own[1] is not None and not text[own[1][1]:next_start].strip():
            own = ("", None)  # «…, МОБУ СОШ №5 Антонины Котовой»: the school opens the next name's item
        if lead and not m["org"] and not own[0]:
            own = (school_org(text, lead), lead)
        if own[0]:  # a list's role gives its group's organization; the one in a name's bracket is its own
            m["org"], m["org_span"] = own
            m["org_span"], m["org_beside"] = None, bool(m["org"])  # the organizations extractor reads it itself
            m["list_school"] = own[1] is not None and text[m["end"]:own[1][0]].strip() in (",", "(", "из")
        if not m["org"] and m["role"]:
            m["org"], _ = org_around(text, m["start"], schools)
            m["org_beside"] = bool(m["org"])
        gap = text[prev_end:m["start"]]
        if k and mentions[k - 1]["shared_role"] == "before" and re.fullmatch(r"\s*(?:,|и)\s*", gap):
            # «методисты ИРО Н.В. Кравец и А.С. Галиуллин»: a plural role before both names is each one's
            for key in ("role", "org", "org_span", "title", "shared_role"):
                m[key] = mentions[k - 1][key]
        elif k and mentions[k - 1]["shared_role"] == "before" and not m["role"] \
                and (LIST_GAP.fullmatch(gap) or lead and LIST_GAP.fullmatch(text, prev_end, lead[0])):
            # «учителя: Козлова Е.В. (СОШ № 5), Фролов Е.И. (Лицей № 3)»: each one's own school kept
            for key in ("role", "title", "shared_role") + (() if m["org"] else ("org", "org_span")):
                m[key] = mentions[k - 1][key]
        elif k and mentions[k - 1]["shared_role"] == "before" and not m["role"] and mentions[k - 1]["role"]:
            m["role"] = elided_role(text, mentions[k - 1], m["start"])  # «…, начальных классов Лосевой Н.А.»
            m["shared_role"] = "before" if m["role"] else m["shared_role"]
    share_backwards(text, mentions)
    share_school_backwards(text, mentions)
    inherit_orgs(text, mentions, schools)
    people = [p for p in merge(mentions) if p["surname"]]
    out = []
    for n, p in enumerate(people, 1):
        # a group's plural role («представляли педагоги … А, Б, В») yields to the person's own apposition
        positions = sorted((r for r in p["roles"] if r[0] and not r[2]), key=lambda r: (r[0] in BARE_FUNCTIONS, r[4]))
        role, org, span = next(((r, o, sp) for r, o, t, sp, _ in positions),
                               (p["roles"][0][0], p["roles"][0][1], p["roles"][0][3]) if p["roles"] else ("", "", None))
        if not org:  # «рук. Петрова» beside her pupil's school, «Петровой, учителю истории» later: still that school
            org = next((o for r, o, t, _, _ in positions if o), "")
        spans = [sp for _, _, t, sp, _ in p["roles"] if sp and not t]
        first = p["mentions"][0]
        out.append({
            "start": first["start"], "end": first["end"], "person_id": f"P{n}",
            "surname": p["surname"], "first_name": p["first"], "patronymic": p["patronymic"],
            "initials": initials(p["first"], p["patronymic"], p["fi"], p["pi"]),
            "gender": p["gender"], "role": agreeing_role(role, p["gender"]), "organization": org, "n_mentions": len(p["mentions"]),
            "org_spans": spans, "mention_spans": [[m["start"], m["end"]] for m in p["mentions"]],  # the audit
        })
    return out


ITEM_START = re.compile(r"[ \t]*[,;:–—-][ \t]*")


def leading_school(text: str, start: int, prev_end: int, start_of: dict) -> tuple[int, int] | None:
    """The school that opens a list item right before its name («директоров – МОБУ СОШ №5 Анны Котовой, МОБУ
    СОШ №33 Ольги Зуевой»): it ends right before the name and follows a list separator; None otherwise."""
    end = start
    while end > prev_end and text[end - 1] in " \t":
        end -= 1
    begin = start_of.get(end)
    if begin is None or begin < prev_end or not ITEM_START.fullmatch(text, max(prev_end, text.rfind("\n", max(0, begin - 40), begin) + 1,
                                                                            begin - 40), begin):
        return None
    return begin, end


SCHOOL_JOIN = re.compile(r"(?:,|\s+и)\s*$")
PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ая|ой|ую|ие|их)$")


def another_school(text: str, m: dict, school_ends: set[int]) -> bool:
    """«из школ № 10 и Озёрской»: a place's adjective joined to a school names another school, not a woman."""
    if m["first"] or m["fi"] or not PLACE_ADJECTIVE.search(m["surname"]):
        return False
    join = SCHOOL_JOIN.search(text, max(0, m["start"] - 8), m["start"])
    return bool(join) and join.start() in school_ends


def agreeing_role(role: str, gender: str) -> str:
    """A learner's role in the learner's gender («учащийся» → «учащаяся» for a girl)."""
    head, _, rest = role.partition(" ")
    if gender == "f" and head in FEMININE_ROLES:
        return f"{FEMININE_ROLES[head]} {rest}".strip()
    return role


def share_backwards(text: str, mentions: list[dict]) -> None:
    """«Петрова Анна Ивановна, Сидорова Ольга Петровна, воспитатели детского сада № 4»: a plural role
    after the last name of a list is each listed one's."""
    for k in range(len(mentions) - 1, 0, -1):
        m, prev = mentions[k], mentions[k - 1]
        if m["role"] and m["shared_role"] == "after" and not prev["role"] \
                and LIST_GAP.fullmatch(text, prev["end"], m["start"]):
            for key in ("role", "title", "shared_role") + (() if prev["org"] else ("org", "org_span")):
                prev[key] = m[key]


LIST_REACH = 50  # earlier names a staff member's item may hold (linear time in long lists)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
STAFF_LABEL = re.compile(r"[ \t]*[-–—•]?[ \t]*([А-ЯЁа-яё]+)[А-ЯЁа-яё. \t-]{0,40}:")


def line_begin(text: str, pos: int, reach: int = 2000) -> int:
    """The start of the line around `pos`, looking back at most `reach` characters (linear time)."""
    return max(text.rfind("\n", max(0, pos - reach), pos) + 1, pos - reach)


def item_start(text: str, pos: int, mentions: list[dict], k: int) -> int:
    """Where the list item around `pos` starts: its line, or, when this line is a staff label, the line of
    the last name above it (no blank line between) whose item it goes on («1 место – Котов Иван, МБОУ
    «СОШ № 8».\nРуководитель: Петрова А.А., …»)."""
    line_start = line_begin(text, pos)
    label = STAFF_LABEL.match(text, line_start, pos)
    if not (label and is_role_word(label.group(1))):
        return line_start
    above = next((mentions[j]["start"] for j in range(k - 1, max(-1, k - 1 - LIST_REACH), -1)
                  if mentions[j]["start"] < line_start), None)
    if above is None or text.count("\n", above, line_start) > 3 or BLANK_LINE.search(text, above, line_start):
        return line_start
    return line_of(text, above)[0]


def inherit_orgs(text: str, mentions: list[dict], schools) -> None:
    """A team's members and staff take its school («В составе команды школы № 1 выступали …»). Staff named
    without an organization take the one their context gives: an earlier colleague's in
    their sentence («учитель математики той же школы»), the pupil named earlier in the same list line («… (5 класс, МБОУ «Лицей № 2»). Учитель: Петрова …»),
    or the host of their section («Семинар «…» (МБОУ «СОШ № 5»)» as a heading)."""
    hosts = host_of_sections(text, schools)
    for k, m in enumerate(mentions):
        if not m["org"] and not m["title"] and (not m["role"] or is_staff(m["role"])):
            team, m["team"] = team_school(text, m["start"], schools, line_begin(text, m["start"]))
            m["org"] = school_org(text, team) if team else ""
        if m["org"] or not m["role"] or m["title"]:
            continue
        org = ""
        if is_staff(m["role"]):
            line_start = item_start(text, m["start"], mentions, k)
            sentence_start = max([line_start] + [e.end() for e in SENTENCE_BREAK.finditer(text, line_start, m["start"])])
            earlier = (x for x in reversed(mentions[max(0, k - LIST_REACH):k]) if x["start"] >= line_start and x["org"]
                       and (x["org_beside"] or x["start"] >= sentence_start))
            org = next(earlier, {"org": ""})["org"]
        if not org and is_staff(m["role"]):
            org, _ = subject_school(text, m["start"], schools)
        if not org and is_staff(m["role"]) and not m.get("team"):  # «сборная Энска (руководитель …)»: its own
            alone = only_school(text, m["start"], schools, line_begin(text, m["start"]))
            org = school_org(text, alone) if alone else ""
        if not org:
            org = next((o for at, o, _ in reversed(hosts) if at <= m["start"]), "")
        m["org"] = org


@Language.component("svodka_people")
def people_component(doc: Doc) -> Doc:
    per = [(r["char_start"], r["char_end"]) for r in records(doc, "ner") if r.get("type") == "PER"]
    # Where schools are named (their cities come later, once the document's city is known: svodka_schools
    # runs after svodka_city, which runs after this component so that a surname is no city).
    schools = school_spans(doc_text(doc))
    for row in extract_people(doc_text(doc), per, schools):
        start, end = row.pop("start"), row.pop("end")
        add_record(doc, "people", start, end, **row)
    return doc
