"""Arithmetic checks over attendance (issue 5).

Each check compares a number the report states with one computed from other
numbers of the same report, and is written only when they differ:

- `sum_mismatch`: a totals row against the sum of its column; a row's total
  column against its parts; a breakdown table (by district, after an event's
  heading) against the count another table or the prose gives for the same
  event; a prose count against its parts named by kind or degree, after a colon
  («187 выпускников: I степени – 142, II степени – 41») or in the next sentences
  («... золотым и серебряным знаком – 38 человек. Золотой – 23, Серебряный – 6»);
  a prose count that cites a table («(таблица 1)») against that table's total;
  a later prose total against the groups counted together before it («1 356
  обучающихся и 214 педагогов» … «1 590 человек (обучающиеся и педагоги)»); named parts listed with their
  people after a colon («прошли три секции: «…» (40 участников), «…» (30) …») against a total of them in the
  next sentences («Итого в секциях работали 95 человек»);
- `school_count_mismatch`: a row stating fewer attendees than the schools it lists; a count of schools in
  prose («в шести ОУ:») against the schools listed after it;
- `count_mismatch`: a prose count against a later, different count of the same thing;
  a prose total against the total of a table of the same event's people.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from svodka.extractors.checks_parts import (
    check_named_list_totals, check_prose_breakdowns, check_prose_parts, check_total_of_groups,
)
from svodka.extractors.checks_prose import (
    check_prose_against_tables, check_prose_contradictions, check_table_references,
)
from svodka.extractors.checks_schools import check_prose_school_counts, check_school_counts
from svodka.extractors.checks_tables import check_breakdowns, check_row_totals, check_totals_rows


@Language.component("svodka_checks")
def checks_component(doc: Doc) -> Doc:
    check_totals_rows(doc)
    check_row_totals(doc)
    check_breakdowns(doc)
    check_school_counts(doc)
    check_prose_school_counts(doc)
    check_table_references(doc)
    check_prose_against_tables(doc)
    check_prose_parts(doc)
    check_named_list_totals(doc)
    check_prose_breakdowns(doc)
    check_prose_contradictions(doc)
    check_total_of_groups(doc)
    return doc
