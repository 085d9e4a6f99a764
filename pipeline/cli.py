"""The `svodka` command: a thin shell over the library functions."""
from __future__ import annotations

import os
import sys

import click

from svodka.corpus.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS

DEFAULT_TIMEOUT = 120.0  # seconds per document (pipeline.runner.DEFAULT_TIMEOUT, without importing the runner)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="svodka")
def main():
    """svodka: mine Russian education event reports into tidy CSV tables."""


@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for the tables.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes, 1 or more (default: number of cores).")
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
              help="Reference registry CSV (name, short_name, number, city, inn; ';' or ','; UTF-8 or cp1251) "
                   "to link schools to.")
@click.option("--city", default="", help="The city of documents whose text names none (the text always wins).")
@click.option("--meta", "meta_file", default=None, type=click.Path(exists=True, dir_okay=False),
              help="CSV of path,city: a document's city where its text names none (overrides --city).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS", help="Give up on a document after this long: its worker is stopped and the "
                                      "document is marked failed (local engine; 0: no limit).")
@click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Skip documents whose text is longer than this.")
@click.pass_context
def run(ctx, corpus, out_dir, workers, max_bytes, excel, quiet, force, engine, scheduler, reference, city, meta_file,
        timeout, max_chars):
    """Read every report under CORPUS (files or folders) and write the tables to --out.

    Example: svodka run reports/ --out out/

    Exit code: 0 when every document was read, 1 when some failed or were
    skipped (see documents.csv), 2 on a usage error or an output folder it
    cannot write to, 3 when another run is using the output folder, 4 when the
    disk is full, 130 when interrupted (Ctrl-C, SIGTERM: the tables hold the
    documents done so far).
    """
    from click.core import ParameterSource

    from svodka.outputs.doc_cities import DocCities, MetaError, load_meta
    from svodka.outputs.registry import RegistryError
    from svodka.pipeline.outdir import OutputError
    from svodka.pipeline.stopping import Interrupted
    from svodka.pipeline.runner import EXIT_INTERRUPTED, format_summary, run_corpus

    try:
        cities = DocCities(city, load_meta(meta_file) if meta_file else None)
    except MetaError as exc:
        raise click.UsageError(f"--meta {exc}") from None
    if engine != "local":
        if timeout and ctx.get_parameter_source("timeout") is not ParameterSource.DEFAULT:
            raise click.UsageError("--timeout works with the local engine only (Dask has its own task timeouts)")
        timeout = None
    try:
        summary = run_corpus(corpus, out_dir, workers=workers or os.cpu_count() or 1, max_bytes=max_bytes,
                             excel=excel, progress=sys.stderr.isatty(), quiet=quiet, force=force, engine=engine,
                             scheduler=scheduler, reference=reference, timeout=timeout, max_chars=max_chars,
                             cities=cities)
    except RegistryError as exc:
        raise click.BadParameter(str(exc), param_hint="--registry") from None
    except OutputError as exc:
        click.echo(f"svodka: {exc}", err=True)
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, Interrupted):  # before any document was read
        click.echo("svodka: interrupted; no tables written", err=True)
        sys.exit(EXIT_INTERRUPTED)
    click.echo(format_summary(summary))
    sys.exit(summary.exit_code)



@main.command()
@click.argument("out_dir", metavar="OUT", type=click.Path(exists=True, file_okay=False))
@click.argument("sql", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output format (csv and json keep every cell whole).")
@click.option("--width", type=click.IntRange(min=0), default=60, show_default=True,
              help="Cut cells of the table format at this many characters; 0 keeps them whole.")
@click.option("--examples", is_flag=True, help="List the worked examples (questions with their SQL) and exit.")
@click.option("--unsafe", is_flag=True,
              help="Let the SQL read and write any file (read_csv, COPY, ATTACH, INSTALL); by default it sees only "
                   "the run's tables.")
def query(out_dir, sql, fmt, width, examples, unsafe):
    """Run SQL (DuckDB) over the tables of a run; each table is a view named after it.

    Views: documents, people, organizations, school_mentions, schools, dates,
    events, attendance, checks, typed as in datapackage.json (empty = NULL).
    The columns end, table, column and where are SQL words: quote them,
    e.g. SELECT start, "end" FROM dates, or a."table".

    \b
    Example (the schools mentioned most often):
      svodka query out/ "SELECT s.canonical_name, count(*) AS n
        FROM school_mentions JOIN schools s USING (school_id)
        GROUP BY ALL ORDER BY n DESC LIMIT 10"
    More: svodka query out/ --examples
    """
    from svodka.outputs.query import QueryError, examples_text, query as run_query, render

    if examples:
        click.echo(examples_text())
        return
    if not sql:
        raise click.UsageError("give the SQL to run, or --examples to see some")
    try:
        columns, rows = run_query(out_dir, sql, unsafe=unsafe)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(render(columns, rows, fmt, width))


GOLD_SUFFIXES = (".jsonl", ".json")


def _gold_option(command):
    """`--gold FILE` (repeatable), the same for evaluate and audit, beside the positional gold files."""
    return click.option("--gold", "gold_options", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        metavar="GOLD.jsonl", help="A gold file (JSONL, gold/FORMAT.md); repeatable, and the "
                                                   "same as giving it after OUT.")(command)


def _read_gold(paths):
    from svodka.outputs.evaluate import GoldError, read_gold

    try:
        return read_gold(paths)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("out_dir", metavar="OUT", type=click.Path(exists=True, file_okay=False))
@click.argument("args", nargs=-1, metavar="[DOC_ID] [GOLD.jsonl]...")
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Write the page of DOC_ID here.")
@click.option("--html-dir", type=click.Path(file_okay=False),
              help="Write a page for every document and index.html here.")
@_gold_option
@click.option("--ner", is_flag=True, help="Show the raw NER layer (natasha's PER/ORG/LOC spans) switched on; "
                                          "every page has it, switched off, in its legend.")
def audit(out_dir, args, html_file, html_dir, gold_options, ner):
    """Write HTML pages that show where every row of a run came from.

    A document's page shows its text with every extracted span underlined by
    table (every mention of a person or organization), each rebuilt table
    beside its tidy attendance rows, and its checks. With gold files (after
    OUT, or --gold), misses are listed and false hits marked in the text and
    the tables. The source files are looked up under the corpus folders the
    run was given (run.json), so audit works from any directory.

    Examples: svodka audit out/ 001_report.txt --html 001.html;
    svodka audit out/ --html-dir audit/ gold/*.jsonl
    """
    from svodka.outputs.audit import Run, write_document_page, write_site
    from svodka.pipeline.process import analyze  # the pages rebuild each document's tables with the pipeline

    gold_paths = [a for a in args if a.lower().endswith(GOLD_SUFFIXES)]
    for path in gold_paths:
        if not os.path.isfile(path):
            raise click.BadParameter(f"{path}: no such gold file", param_hint="GOLD.jsonl")
    rest = [a for a in args if a not in gold_paths]
    if len(rest) > 1:
        raise click.UsageError(f"one DOC_ID at most (got {', '.join(rest)}); gold files end in .jsonl")
    doc_id = rest[0] if rest else None
    if bool(doc_id) == bool(html_dir) or (doc_id and not html_file):
        raise click.UsageError("give DOC_ID with --html FILE, or --html-dir DIR for every document")
    gold = _read_gold([*gold_paths, *gold_options])
    if doc_id:
        try:
            run = Run(out_dir)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from None
        if doc_id not in run.documents:
            raise click.ClickException(f"{doc_id}: not a doc_id of {out_dir}/documents.csv")
        click.echo(write_document_page(out_dir, doc_id, html_file, gold=gold, ner=ner, analyze=analyze))
    else:
        try:
            click.echo(write_site(out_dir, html_dir, progress=_audit_progress() if sys.stderr.isatty() else None,
                                  gold=gold, ner=ner, analyze=analyze))
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from None


def _audit_progress():
    from tqdm import tqdm

    return lambda items: tqdm(items, unit="doc", desc="svodka audit", file=sys.stderr, leave=False)


@main.command()
@click.argument("out_dir", metavar="OUT", type=click.Path(exists=True, file_okay=False))
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False), metavar="[GOLD.jsonl]...")
@_gold_option
@click.option("--docs", is_flag=True, help="Also show the figures of every document.")
@click.option("--misses", is_flag=True,
              help="List gold items not found (MISS) and rows not in the gold (EXTRA), both in the gold's fields, "
                   "a false hit next to the miss it resembles.")
@click.option("--min", "minimum", multiple=True, metavar="KEY=F1",
              help="Exit 1 when a table's F1 (or mean) is below this, e.g. --min people=0.9.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(out_dir, gold, gold_options, docs, misses, minimum, as_json):
    """Precision, recall and F1 per table of a run against gold annotations (JSONL).

    Gold follows the format of gold/FORMAT.md, one document per line, given
    after OUT or with --gold; only documents in the gold are scored (exit 1
    when none of them is in the run). Matching rules are those of score.py.

    Example: svodka evaluate out/ gold/*.jsonl --misses
    """
    import json

    from svodka.outputs.evaluate import evaluate as run_evaluate, format_report, presence, unmet

    if not gold and not gold_options:
        raise click.UsageError("give the gold files (JSONL) after OUT or with --gold")
    try:
        result = run_evaluate(out_dir, _read_gold([*gold, *gold_options]))
        failed = unmet(result, minimum)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps({**result.as_dict(), "unmet": failed}, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(result, docs=docs, misses=misses))
    if result.absent is not None and len(result.absent) == result.n_documents:
        raise click.ClickException(presence(result) + f": nothing was scored (is {out_dir} the run of the "
                                                      f"gold's corpus?)")
    if failed:
        click.echo("below threshold: " + "; ".join(failed), err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
