"""One document through the pipeline: read, run the components, turn into rows.

Every failure is caught here and becomes a `documents.csv` row with a status
and a one-line reason, so a bad document never stops the batch.
"""
from __future__ import annotations

import hashlib
import traceback
from pathlib import Path

from svodka.corpus import ReadError, read_document
from svodka.corpus.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from svodka.corpus.source import Source
from svodka.outputs.rows import doc_result, failed_result
from svodka.pipeline.nlp import build_nlp
from svodka.extractors.records import init_doc


class ComponentError(Exception):
    """Raised after the whole pipeline ran, naming the components that failed."""


def _describe(name: str, exc: Exception) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return " ".join(f"{name}: {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})".split())


def analyze(source: Source):
    """Run the NLP pipeline over a read document; returns (doc, errors).

    Components run one by one so that one failing extractor costs only its
    own rows: the others still run, and the failure is reported.
    """
    nlp = build_nlp()
    doc = init_doc(nlp.make_doc(source.text), source.doc_id, source.tables, text=source.text)
    errors = []
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except Exception as exc:  # reported in documents.csv, the batch goes on
            errors.append(_describe(name, exc))
    return doc, errors


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def process_path(path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS) -> dict:
    """Read and analyze one file; always returns a DocResult (status ok/failed/skipped)."""
    path = Path(path)
    try:
        source = read_document(path, doc_id, max_bytes=max_bytes, max_chars=max_chars)
    except ReadError as exc:
        sha = _sha256(path) if exc.status != "skipped" or path.suffix else ""
        return failed_result(str(path), doc_id, exc.status, exc.reason, sha256=sha)
    try:
        doc, errors = analyze(source)
        result = doc_result(source, doc)
    except Exception as exc:  # a bug on one document must not lose the others
        return failed_result(str(path), doc_id, "failed", "pipeline error: " + _describe("pipeline", exc),
                             sha256=source.sha256)
    if errors:
        result["document"]["status"] = "failed"
        result["document"]["error"] = "extractor failed: " + "; ".join(errors)
    return result
