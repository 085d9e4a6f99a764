"""svodka: Russian education event reports mined into tidy tables.

    >>> import svodka
    >>> tables = svodka.load("out/")          # doctest: +SKIP
    >>> tables["attendance"].query("scope == 'event'")["count"].sum()   # doctest: +SKIP
"""
from outputs.load import load

__all__ = ["load"]
