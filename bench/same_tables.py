"""Show that a change of structure changes no output: the tables of two versions, byte for byte.

    python bench/same_tables.py [REF] [--corpus DIR ...]

Runs svodka from this working tree and from git REF (default HEAD; checked out
into a temporary worktree) over each corpus (default: the seed reports, the
real development set in .real/ when it is there, and every held-out dev set),
then compares every CSV table of the two runs. Prints one line per corpus and
exits 1 when any table differs. A refactoring (moving code between modules,
splitting a module by job) must leave every table identical.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def default_corpora() -> list[Path]:
    found = [ROOT.parent / "shared" / "corpus" / "seeds", ROOT / ".real"]
    for parent in (ROOT / "corpus", ROOT / "tests" / "heldout"):
        found += sorted(p for p in parent.glob("dev*") if p.is_dir())
    return [p for p in found if p.is_dir()]


def run(tree: Path, corpus: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cli = "svodka.pipeline.cli" if (tree / "svodka" / "__init__.py").is_file() else "svodka.pipeline.cli"  # older layout
    subprocess.run([sys.executable, "-m", cli, "run", str(corpus), "--out", str(out), "--quiet",
                    "--force", "--workers", "1"], cwd=tree, env=env, check=False, capture_output=True)


def differing(a: Path, b: Path) -> list[str]:
    names = sorted({p.name for p in a.glob("*.csv")} | {p.name for p in b.glob("*.csv")})
    if not names:
        return ["no tables written (both runs failed)"]
    return [n for n in names if not ((a / n).is_file() and (b / n).is_file() and
                                     filecmp.cmp(a / n, b / n, shallow=False))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ref", nargs="?", default="HEAD")
    ap.add_argument("--corpus", type=Path, action="append", default=[])
    args = ap.parse_args(argv)
    corpora = [c.resolve() for c in args.corpus] or default_corpora()
    with tempfile.TemporaryDirectory(prefix="same-tables-") as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(base), args.ref], cwd=ROOT, check=True)
        try:
            failed = 0
            for corpus in corpora:
                before, after = Path(tmp) / f"{corpus.name}-before", Path(tmp) / f"{corpus.name}-after"
                run(base, corpus, before)
                run(ROOT, corpus, after)
                diff = differing(before, after)
                failed += bool(diff)
                print(f"{corpus.name:<10} {'identical' if not diff else 'DIFFERS: ' + ', '.join(diff)}")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
