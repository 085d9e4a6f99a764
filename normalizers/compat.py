"""Make natasha and yargy use pymorphy3.

natasha 1.6 and yargy 0.16 import pymorphy2, which needs `pkg_resources`;
setuptools 82 removed it, so `MorphVocab()` fails on a fresh machine. pymorphy3
is API-compatible (same output on the seed reports), so its modules are
registered under the pymorphy2 names before natasha is imported.
"""
import sys

import pymorphy3

for name in ("", ".analyzer", ".tagset", ".shapes", ".units", ".opencorpora_dict", ".lang", ".utils", ".tokenizers"):
    try:
        module = __import__("pymorphy3" + name, fromlist=["_"])
    except ImportError:
        continue
    sys.modules.setdefault("pymorphy2" + name, module)
sys.modules.setdefault("pymorphy2", pymorphy3)
