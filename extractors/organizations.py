"""Organizations with abbreviations linked (issue 3).

Candidates, each normalized to the nominative (`normalizers.orgs`):
- a head noun of an organization kind (`data/org_kinds.txt`) with its adjectives
  and complements: «Томского государственного университета», «Совета
  депутатов города Энска», «фонда «Новые горизонты»»;
- a legal form before a quoted name: «МБУ «Городская столовая»», «АНО «...»»;
- one-word agencies (pymorphy3's Orgn, «Рос...», «Мин...», «...надзор»);
- outlets cited as sources (`org_outlets`): «газеты «…»», «сообщает "…"», «Энск-информ»;
- nationwide parties quoted alone (`org_known`): «"Единая Россия" и другие»;
- acronyms by shape («КОиМП», «НИПКиПРО», «НГПУ»), linked to the expansion that
  spells them, else kept when their shape or context says organization;
- the organizations people's roles belong to (`people` records).
A candidate needs something that makes it a name (a capital past its first
word, a quote, an acronym, or an acronym spelling it): «органы местного
самоуправления» is not one. Schools and kindergartens (`normalizers.schools`)
are left to the school tables.

This module is the component and the steps after the candidates: overlaps
resolved (`names_kept`), short names in brackets (`link_brackets`), acronyms
linked to their expansions (`link_acronyms`), mentions merged (`merge`). The
candidates are `org_phrases`', the judging and naming `org_names`', the
vocabularies and one-word tests `org_words`'.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors.org_names import (
    acronym_ok, bare_kind, bare_name, informal_group, is_named, key_tokens, leading_acronyms, names_an_org,
    names_another, normalize, quoted_name, same_org, unit_of_acronym, unnamed_territory)
from svodka.extractors.org_known import known_name_candidates
from svodka.extractors.org_letterhead import letterhead_candidates
from svodka.extractors.org_outlets import outlet_candidates
from svodka.extractors.org_phrases import (
    acronym_candidates, agency_candidates, kind_candidates, legal_form_candidates,
    role_body_candidates)
from svodka.extractors.org_words import (
    CITY_GAP, DEDICATION_TAIL, EVENT_HEADS, FUNCTION_UNITS, GATHERINGS, GENERIC_HEADS, LEGAL_FORM_SHAPE, LEGAL_FORMS, PART_KINDS, SUBUNITS,
    SWALLOWED_KINDS, UNIONS, UNIT_HEADS, in_school_name, is_adjective, is_legal_form, is_school, kind_of, stop_abbr, tokenize,
    unquoted_head)
from svodka.extractors.people import lemma
from svodka.normalizers.names import fold
from svodka.normalizers.orgs import expands, is_acronym
from svodka.normalizers.quotes import as_guillemets
from svodka.extractors.records import add_record, doc_text, records


DEDICATED = re.compile(r"[ \t]+(?:им\.|имени)[ \t]*(?:[А-ЯЁ]\.[ \t]*){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
FIELD_PREPOSITIONS = ("по", "для")  # a role's field («по научной работе»), left in its organization by mistake


def named_start(text: str, start: int, end: int) -> int:
    """Where the name in a role's organization starts: «управления общего образования Департамента
    образования ...» is a unit of the Департамент (its name is capitalized); an administration
    stays part of the unit before it («управление образования Администрации города»). A head of no kind
    («Энского кампуса сообщества «…»») is the role's workplace; the body named in it is the organization."""
    toks = tokenize(text[start:end])
    head = next((k for k, (word, _, _) in enumerate(toks) if not is_adjective(word)), len(toks))
    if head < len(toks) - 1 and toks[head][0].isalpha() and toks[head][0].islower() and not kind_of(toks[head][0]):
        later = next((s for k, (word, s, _) in enumerate(toks[head + 1:-1], head + 1)
                      if word.isalpha() and toks[k + 1][0] == "«"), None)
        if later is not None:
            return start + later
    if not text[start:start + 1].islower():
        return start
    if toks and (toks[0][0] in FIELD_PREPOSITIONS or lemma(toks[0][0]) in UNIT_HEADS | SUBUNITS):
        # «[проректор] по научной работе ЭИРО», «[заведующий] отделом мониторинга МБУ «ЭМЦ»»: a field or a unit
        # of the institution named after it by its legal form or acronym; the institution is the organization
        named = next((s for word, s, _ in toks[1:] if is_acronym(word) and (word in LEGAL_FORMS or not stop_abbr(word)
                                                                              or LEGAL_FORM_SHAPE.fullmatch(word))), None)
        if named is not None and (toks[0][0] in FIELD_PREPOSITIONS or LEGAL_FORM_SHAPE.fullmatch(
                text[start + named:end].split()[0]) or text[start + named:end].split()[0] in LEGAL_FORMS):
            return start + named
    for word, s, _ in toks[1:]:
        if word.lower() in ("им", "имени"):
            break  # «школы имени Героя Советского Союза ...»: a dedication, not a parent organization
        if word[:1].isupper() and kind_of(word) and kind_of(word) not in SWALLOWED_KINDS:
            return start + s
    return start


def extract_organizations(text: str, people_orgs=(), ner_orgs=()) -> list[dict]:
    """Organizations of one document, merged, with short names linked.

    `people_orgs`: (start, end) of the organizations people's roles name; `ner_orgs`:
    natasha's ORG spans, taken as evidence that a phrase at a sentence start is a name. Straight quotes are
    read as «ёлочки» (`as_guillemets`), so «партии "Единая Россия"» is a quoted name too.
    """
    text = as_guillemets(text)
    kept = sorted(names_kept(text, people_orgs, ner_orgs), key=lambda c: c["start"])
    orgs = [dict(c, short="", mentions=1, spans=[[c["start"], c["end"]]]) for c in kept]  # spans: for the audit
    for c in orgs:
        lead = leading_acronyms(c["name"])
        if c["source"] == "people" and lead and not stop_abbr(lead):
            c["short"] = lead  # «УО администрации города ...», «МАУ ДПО ЦРО»
    link_brackets(text, orgs)
    link_acronyms(text, orgs, acronym_candidates(text))
    return [{"start": o["start"], "end": o["end"], "org_id": f"O{n}", "name": o["name"],
             "short_name": o["short"] or quoted_acronym_of(o["name"]),
             "n_mentions": o["mentions"], "mention_spans": sorted(o["spans"])} for n, o in enumerate(merge(orgs), 1)]


def quoted_acronym_of(name: str) -> str:
    """The acronym a legal form's quoted name is, its short name when nothing else gives one: «МОУ «ГЦРО»» → «ГЦРО».

    >>> quoted_acronym_of("МОУ «ГЦРО»"), quoted_acronym_of("ПАО «Сбербанк»"), quoted_acronym_of("АНО «ДО»")
    ('ГЦРО', '', '')
    """
    quoted = quoted_name(name) if FORM_AND_ACRONYM.fullmatch(name) else ""
    return quoted if quoted and not stop_abbr(quoted) else ""


FORM_AND_ACRONYM = re.compile(r"(?:[А-ЯЁ]{2,}\s+)+(?:г\.\s*[А-ЯЁ][а-яё-]+\s+)?«[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ]»")


CONVOCATION = re.compile(r"\s+\S+\s+созыва$")  # «Законодательного Собрания VI созыва»: a convocation, no name


def names_kept(text: str, people_orgs, ner_orgs) -> list[dict]:
    """Every candidate phrase, longest and named first, without overlaps, schools left out, in the nominative."""
    toks = tokenize(text)
    cands = legal_form_candidates(text, toks) + kind_candidates(text, toks) + agency_candidates(toks) \
        + outlet_candidates(text) + role_body_candidates(text, toks) + letterhead_candidates(text) \
        + known_name_candidates(text)
    people_orgs = [(named_start(text, s, e), s + len(CONVOCATION.sub("", text[s:e]))) for s, e in people_orgs]
    cands += [{"start": s, "end": e, "kind": next(filter(None, map(kind_of, text[s:e].split()[:4])), ""),
               "source": "people"} for s, e in people_orgs]  # the head past its adjectives («Законодательного Собрания»)
    # longest first, no overlaps; acronyms inside a name become its short name candidates
    cands = [c for c in cands if (c["source"] != "people" or names_an_org(text[c["start"]:c["end"]]))
             and not informal_group(text[c["start"]:c["end"]]) and not unnamed_territory(text[c["start"]:c["end"]])]
    cands = [c for c in cands if not (unit_of_acronym(text[c["start"]:c["end"]]) and names_another(
        text, unit_of_acronym(text[c["start"]:c["end"]]), cands))]
    for c in cands:
        # natasha's ORG is no evidence for a unit or a meeting named by its function only
        # («Отдел дошкольного образования» heading a report, «Педагогический совет состоялся ...»)
        c["named"] = is_named(text, c) or c.get("kind") not in GENERIC_HEADS | EVENT_HEADS | FUNCTION_UNITS | GATHERINGS \
            and text[c["start"]].isupper() \
            and any(s <= c["start"] and c["end"] <= e for s, e in ner_orgs)
    cands.sort(key=lambda c: (not c["named"], c["start"], -(c["end"] - c["start"])))
    kept, schools = [], []
    for c in cands:
        if any(c["start"] < k["end"] and k["start"] < c["end"] and not parent_inside(text, k, c) for k in kept) \
                or any(s <= c["start"] and c["end"] <= e for s, e in schools):
            continue  # «учреждения №5» inside «дошкольного образовательного учреждения №5»: part of a school
        phrase = text[c["start"]:c["end"]]
        if is_school(unquoted_head(c, phrase)) or len(phrase) < 2 or in_school_name(text, c["start"], c["end"]):
            schools.append((c["start"], c["end"]))
            continue
        c["name"] = normalize(text, c)
        kept.append(c)
    return kept


def parent_inside(text: str, outer: dict, inner: dict) -> bool:
    """`inner` is a named body in the complement of `outer`, an organization of its own: «комитет Законодательного
    Собрания ...», «Общественный совет при Министерстве ...», «институт ... Энского университета». An
    administration stays only part of its unit's name («отдел образования администрации района»), and nothing
    inside a quoted name is a body of its own. The body is capitalized, or a union with a capital in its name
    («профессионального союза ... Российской Федерации»); a lowercase body in a unit's name is part of it
    («департамент образования комитета по ... администрации г. Энска»). A branch or a regional office («Региональное отделение
    Российского движения ...») is named with its organization, which is no mention of its own there."""
    between = text[outer["start"]:inner["start"]]
    return outer["source"] in ("kind", "people") and inner["source"] == "kind" and inner["named"] \
        and outer.get("kind") not in PART_KINDS \
        and outer["start"] < inner["start"] and inner["end"] <= outer["end"] \
        and inner.get("kind") not in SWALLOWED_KINDS and between.count("«") == between.count("»") \
        and (text[inner["start"]].isupper() or inner.get("kind") in UNIONS | {"союз"} and re.search(
            r"[А-ЯЁ]", text[inner["start"]:inner["end"]]) is not None)


def link_brackets(text: str, orgs: list[dict]) -> None:
    """A name in brackets right after another is its short name: «Министерство ... (Минобрнауки России)»."""
    for o in list(orgs):  # a bracket right after a name gives its short name
        if "(" not in text[max(0, o["start"] - 2):o["start"]] or text[o["end"]:o["end"] + 1] != ")":
            continue
        prev = next((p for p in reversed(orgs) if p["end"] <= o["start"] and o["start"] - p["end"] <= 3
                     and p is not o and not p.get("short")), None)
        if prev is None:
            continue
        if o["source"] in ("agency", "kind") and len(o["name"].split()) <= 2 and not bare_kind(o["name"]) \
                or o["source"] == "form" and quoted_name(o["name"]) \
                and expands(quoted_name(o["name"]), bare_name(prev["name"])):
            # «Министерство ... (Минобрнауки России)»; «учреждение «Энский методический центр» (МБУ «ЭМЦ»)»
            prev["short"], prev["mentions"] = o["name"], prev["mentions"] + 1
            prev["spans"] = prev["spans"] + o["spans"]
            orgs.remove(o)


def link_acronyms(text: str, orgs: list[dict], acronyms: list[dict]) -> None:
    """Each acronym becomes the short name of the name it spells or follows in brackets, or a name of its own."""
    count: dict[str, int] = {}
    for a in acronyms:
        word = text[a["start"]:a["end"]]
        count[word] = count.get(word, 0) + 1
    # a parenthesis right after a name, an expansion anywhere, else on their own
    for a in acronyms:
        word = " ".join(text[a["start"]:a["end"]].split())
        inside = next((o for o in orgs if o["start"] <= a["start"] and a["end"] <= o["end"]), None)
        if inside is not None:
            if inside["source"] in ("people", "form") and fold(inside["name"]) == fold(word):
                continue
            if inside["source"] != "form" and not inside.get("short") and expands(word, inside["name"]) \
                    and text[a["start"] - 1:a["start"]] == "(":
                inside["short"] = word
            continue
        target = None
        if "(" in text[max(0, a["start"] - 3):a["start"]]:  # «Центр ...» (МАУ ДПО ЦРО)
            target = next((o for o in reversed(orgs) if o["end"] <= a["start"] and not o.get("short") and (
                a["start"] - o["end"] <= 4 or CITY_GAP.fullmatch(text[o["end"]:a["start"]]))), None)
            tail = DEDICATION_TAIL.match(text, a["end"])
            if target is not None and tail:  # «(ЭГПУ им. А.А. Петрова)»: the dedication is part of the short name
                word += " " + " ".join(tail.group().split())
        if target is None:
            target = next((o for o in orgs if fold(leading_acronyms(o.get("short", ""))) == fold(word)
                           or fold(o["name"]) == fold(word)), None)
        if target is None:
            target = next((o for o in orgs if expands(word, bare_name(o["name"])) and not o.get("short")), None)
        if target is not None:
            target["short"] = target.get("short") or word
            target["named"] = True
            target["mentions"] += 1
            target["spans"] = target["spans"] + [[a["start"], a["end"]]]
            continue
        dedicated = DEDICATED.match(text, a["end"])  # «ЭГУ им. Н. П. Петрова»: only a body is named after one
        if not dedicated and not acronym_ok(text, {"start": a["start"], "end": a["end"]}, count):
            continue
        end = dedicated.end() if dedicated else a["end"]
        orgs.append({"start": a["start"], "end": end, "name": " ".join(text[a["start"]:end].split()), "short": word,
                     "kind": "acronym", "source": "acronym", "named": True, "mentions": 1, "spans": [[a["start"], end]]})


def quoted_acronym(a: dict, b: dict) -> str:
    """The short name `a` gives `b` when `a` is a legal form (and its city) before an acronym that spells `b`'s
    name or is `b`'s short name: «МАУ «ЭЦРО»» of «МАУ «Энский центр развития образования»» is «ЭЦРО»; of a bare
    «Энский центр развития образования» it is «МАУ «ЭЦРО»» whole. '' when `a` is no such name.

    >>> quoted_acronym({"name": "МАУ «ЭЦРО»"}, {"name": "МАУ «Энский центр развития образования»"})
    'ЭЦРО'
    >>> quoted_acronym({"name": "МАУ г. Энска ЭЦРО"}, {"name": "Энский центр развития образования", "short": ""})
    'МАУ г. Энска ЭЦРО'
    >>> quoted_acronym({"name": "МАУ «ЭЦРО»"}, {"name": "Энский институт"})
    ''
    """
    m = FORM_ACRONYM.fullmatch(a["name"])
    if not m or not all(is_legal_form(w) or stop_abbr(w) for w in m.group("forms").split()):  # «МБУ ДПО «МЦ»»
        return ""
    short = m.group("acronym")
    if not (expands(short, bare_name(b["name"])) or b.get("short") and fold(b["short"]) == fold(short)):
        return ""
    return short if bare_name(b["name"]) != b["name"] else a["name"]


FORM_ACRONYM = re.compile(r"(?P<forms>(?:[А-ЯЁ]{2,}\s+)+)(?:г\.\s*[А-ЯЁ][а-яё-]+\s+)?«?(?P<acronym>[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ])»?")


def merge(orgs: list[dict]) -> list[dict]:
    """Mentions of one organization merged (the longest name kept); back-references and unnamed phrases dropped."""
    merged: list[dict] = []
    for o in sorted(orgs, key=lambda o: o["start"]):
        if not o["named"]:
            continue
        bare = bare_kind(o["name"])
        if bare and not o["short"]:  # «Центр сотрудничает с ...»: a back-reference, never a name of its own
            heads = [m for m in merged if bare in map(kind_of, m["name"].split())]
            if len(heads) == 1:
                heads[0]["mentions"] += o["mentions"]
                heads[0]["spans"] = heads[0]["spans"] + o["spans"]
            continue
        same = next((m for m in merged if same_org(m, o) or o["short"] and fold(o["short"]) == fold(m["short"])
                     or m["short"] and fold(o["name"]) == fold(m["short"])
                     or m["short"] and not o["short"] and expands(m["short"], o["name"])
                     or o["short"] and not m["short"] and expands(o["short"], m["name"])
                     or quoted_acronym(o, m) or quoted_acronym(m, o)), None)
        if same is None:
            merged.append(dict(o))
            continue
        same["mentions"] += o["mentions"]
        same["spans"] = same["spans"] + o["spans"]
        same["short"] = same["short"] or o["short"] or quoted_acronym(o, same) or quoted_acronym(same, o)
        acronym_led = bool(leading_acronyms(same["name"]))
        if o["source"] != "acronym" and not leading_acronyms(o["name"]) and (
                acronym_led or len(key_tokens(o["name"])) > len(key_tokens(same["name"]))
                or same.get("cased") and not o.get("cased")):  # a letterhead's name, cased by guess
            same["name"], same["cased"] = o["name"], o.get("cased")
    return merged


@Language.component("svodka_organizations")
def organizations_component(doc: Doc) -> Doc:
    people_orgs = [tuple(span) for person in records(doc, "people") for span in person.get("org_spans", [])]
    ner_orgs = [(r["char_start"], r["char_end"]) for r in records(doc, "ner") if r.get("type") == "ORG"]
    for row in extract_organizations(doc_text(doc), people_orgs, ner_orgs):
        start, end = row.pop("start"), row.pop("end")
        add_record(doc, "organizations", start, end, **row)
    return doc
