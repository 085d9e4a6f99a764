"""Pure string normalizers (no spaCy): numbers, dates, names, schools."""
