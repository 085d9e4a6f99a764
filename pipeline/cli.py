"""The `svodka` command: a thin shell over the library functions."""
from __future__ import annotations

import os
import sys

import click

from corpus.readers import DEFAULT_MAX_BYTES


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
def run(corpus, out_dir, workers, max_bytes, excel, quiet, force, engine, scheduler):
    """Read every report under CORPUS (files or folders) and write the tables to --out.

    Example: svodka run reports/ --out out/

    Exit code: 0 when every document was read, 1 when some failed or were
    skipped (see documents.csv), 2 on a usage error.
    """
    from pipeline.runner import format_summary, run_corpus

    summary = run_corpus(corpus, out_dir, workers=workers or os.cpu_count() or 1, max_bytes=max_bytes,
                         excel=excel, progress=sys.stderr.isatty(), quiet=quiet, force=force, engine=engine,
                         scheduler=scheduler)
    click.echo(format_summary(summary))
    sys.exit(summary.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
