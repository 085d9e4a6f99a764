"""svodka: Russian education event reports mined into tidy tables.

The sub-packages (`svodka.pipeline`, `svodka.extractors`, `svodka.normalizers`,
`svodka.corpus`, `svodka.outputs`) live in the top folders of the source tree
(pipeline/, extractors/, …) and are installed inside this package; in a bare
checkout this package's path reaches them there.

    >>> import svodka
    >>> tables = svodka.load("out/")          # doctest: +SKIP
    >>> tables["attendance"].query("scope == 'event'")["count"].sum()   # doctest: +SKIP
"""
from pathlib import Path as _Path

_SOURCE_TREE = _Path(__file__).resolve().parents[1]
if not (_Path(__file__).parent / "pipeline").is_dir() and (_SOURCE_TREE / "pipeline" / "cli.py").is_file():
    __path__.append(str(_SOURCE_TREE))  # noqa: F821  (a package's own __path__)

__all__ = ["load"]


def __getattr__(name: str):
    """`svodka.load`, imported on first use: it needs pandas, which the run itself (every worker) does not."""
    if name == "load":
        from svodka.outputs.load import load

        return load
    raise AttributeError(f"module 'svodka' has no attribute {name!r}")
