"""The `svodka` command: a thin shell over the library functions."""
from __future__ import annotations

import os
import sys

import click

from svodka.corpus.readers import DEFAULT_MAX_BYTES


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="svodka")
def main():
    """svodka: mine Russian education event reports into tidy CSV tables."""


@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the tables.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: number of cores).")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Skip files larger than this.")
@click.option("--excel", is_flag=True, help="Also write excel/*.csv: UTF-8 with BOM, ';'-separated.")
@click.option("--quiet", is_flag=True, help="No progress bar, no per-file messages.")
@click.option("--force", is_flag=True, help="Redo every document, not only new or changed ones.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Worker processes on this machine, or a Dask distributed cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (with --engine dask; default: a LocalCluster of --workers processes).")
@click.option("--registry", "reference", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Reference registry CSV (name, short_name, number, city, inn) to link schools to.")
@click.option("--city", default="", help="The city of documents whose text names none (the text always wins).")
@click.option("--meta", "meta_file", default=None, type=click.Path(exists=True, dir_okay=False),
              help="CSV of path,city: a document's city where its text names none (overrides --city).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Give up on a document after this long: its worker is stopped and the document is marked "
                   "failed (local engine; default: no limit).")
def run(corpus, out_dir, workers, max_bytes, excel, quiet, force, engine, scheduler, reference, city, meta_file,
        timeout):
    """Read every report under CORPUS (files or folders) and write the tables to --out.

    Example: svodka run reports/ --out out/

    Exit code: 0 when every document was read, 1 when some failed or were
    skipped (see documents.csv), 2 on a usage error.
    """
    from svodka.outputs.doc_cities import DocCities, MetaError, load_meta
    from svodka.pipeline.runner import format_summary, run_corpus

    try:
        cities = DocCities(city, load_meta(meta_file) if meta_file else None)
    except MetaError as exc:
        raise click.UsageError(f"--meta {exc}") from None
    if timeout and engine != "local":
        raise click.UsageError("--timeout works with the local engine only (Dask has its own task timeouts)")
    summary = run_corpus(corpus, out_dir, workers=workers or os.cpu_count() or 1, max_bytes=max_bytes,
                         excel=excel, progress=sys.stderr.isatty(), quiet=quiet, force=force, engine=engine,
                         scheduler=scheduler, reference=reference, timeout=timeout, cities=cities)
    click.echo(format_summary(summary))
    sys.exit(summary.exit_code)



@main.command()
@click.argument("out_dir", metavar="OUT", type=click.Path(exists=True, file_okay=False))
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output format.")
def query(out_dir, sql, fmt):
    """Run SQL (DuckDB) over the tables of a run; each table is a view named after it.

    Views: documents, people, organizations, school_mentions, schools, dates,
    events, attendance, checks, typed as in datapackage.json (empty = NULL).
    Quote the columns named like SQL words: "table", "column", "where".

    \b
    Example (the schools mentioned most often):
      svodka query out/ "SELECT s.canonical_name, count(*) AS n
        FROM school_mentions JOIN schools s USING (school_id)
        GROUP BY ALL ORDER BY n DESC LIMIT 10"
    """
    from svodka.outputs.query import QueryError, query as run_query, render

    try:
        columns, rows = run_query(out_dir, sql)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(render(columns, rows, fmt))


@main.command()
@click.argument("out_dir", metavar="OUT", type=click.Path(exists=True, file_okay=False))
@click.argument("doc_id", required=False)
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Write the page of DOC_ID here.")
@click.option("--html-dir", type=click.Path(file_okay=False),
              help="Write a page for every document and index.html here.")
@click.option("--gold", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="GOLD.jsonl",
              help="Score the pages against gold (as evaluate does): misses listed, false hits marked. Repeatable.")
def audit(out_dir, doc_id, html_file, html_dir, gold):
    """Write HTML pages that show where every row of a run came from.

    A document's page shows its text with every extracted span underlined by
    table, each rebuilt table beside its tidy attendance rows, and its checks.
    The source files must still be where the run read them.

    Examples: svodka audit out/ 001_report.txt --html 001.html;
    svodka audit out/ --html-dir audit/
    """
    from svodka.outputs.audit import Run, write_document_page, write_site
    from svodka.outputs.evaluate import GoldError, read_gold

    if bool(doc_id) == bool(html_dir) or (doc_id and not html_file):
        raise click.UsageError("give DOC_ID with --html FILE, or --html-dir DIR for every document")
    try:
        gold = read_gold(gold)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from None
    if doc_id:
        try:
            run = Run(out_dir)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from None
        if doc_id not in run.documents:
            raise click.ClickException(f"{doc_id}: not a doc_id of {out_dir}/documents.csv")
        click.echo(write_document_page(out_dir, doc_id, html_file, gold=gold))
    else:
        try:
            click.echo(write_site(out_dir, html_dir, progress=_audit_progress() if sys.stderr.isatty() else None,
                                  gold=gold))
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from None


def _audit_progress():
    from tqdm import tqdm

    return lambda items: tqdm(items, unit="doc", desc="svodka audit", file=sys.stderr, leave=False)


@main.command()
@click.argument("out_dir", metavar="OUT", type=click.Path(exists=True, file_okay=False))
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", is_flag=True, help="Also show the figures of every document.")
@click.option("--misses", is_flag=True, help="List gold items not found (MISS) and rows not in the gold (EXTRA).")
@click.option("--min", "minimum", multiple=True, metavar="KEY=F1",
              help="Exit 1 when a table's F1 (or mean) is below this, e.g. --min people=0.9.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(out_dir, gold, docs, misses, minimum, as_json):
    """Precision, recall and F1 per table of a run against gold annotations (JSONL).

    Gold follows the format of gold/FORMAT.md, one document per line; only
    documents in the gold are scored. Matching rules are those of score.py.

    Example: svodka evaluate out/ gold/*.jsonl --misses
    """
    import json

    from svodka.outputs.evaluate import GoldError, evaluate as run_evaluate, format_report, read_gold, unmet

    try:
        result = run_evaluate(out_dir, read_gold(gold))
        failed = unmet(result, minimum)
    except (GoldError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps({**result.as_dict(), "unmet": failed}, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(result, docs=docs, misses=misses))
    if failed:
        click.echo("below threshold: " + "; ".join(failed), err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
