"""One module per kind of fact; each registers one spaCy component.

Components communicate through `pipeline.records`: they append plain-dict
records (with `char_start`/`char_end`) to a named group and the matching span
to `doc.spans[group]`. The record fields are the columns of the output table
(see `outputs/schema.py`):

| group          | fields (besides char_start, char_end, text)                                    |
|----------------|---------------------------------------------------------------------------------|
| ner            | type (PER/ORG/LOC)                                                              |
| tables         | table_id, name, caption, header, rows ... (structure for events/attendance)     |
| dates          | kind, start, end, time                                                          |
| people         | person_id, surname, first_name, patronymic, initials, gender, role, organization, n_mentions |
| organizations  | org_id, name, short_name, n_mentions                                            |
| schools        | source, city, sector, kind, number, name (school_id is set corpus-wide)        |
| events         | event_id, title, kind, date_start, date_end, time, venue_text, venue (school key) |
| attendance     | table, row, label, column, count, is_total, event_id, source                    |
| checks         | kind, where, stated, computed, detail                                           |

Document-level facts (city, year, title, period_start, period_end) go to
`pipeline.records.meta(doc)`.
"""
from svodka.extractors import (  # noqa: F401  (imported to register the components)
    attendance,
    checks,
    city,
    dates,
    events,
    meta,
    ner,
    organizations,
    people,
    schools,
    tables,
)
