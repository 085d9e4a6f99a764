"""Table schemas, per-document rows, corpus-wide reconciliation and writers."""
