"""svodka's speed and memory against natasha alone; run on purpose (`make bench`), never in the tests.

    python bench/run_bench.py [--docs 400] [--speed-docs 300] [--workers N] [--json results.json]

1. builds a corpus in a temporary folder from the seed reports (and
   `corpus/samples`), copied under varied names up to `--docs` documents;
2. on the first `--speed-docs` of them: natasha alone (segmentation, morphology
   and NER; with its default math-library threads and with one, the faster one
   is the reference), svodka with 1 worker and svodka with N workers, each a
   fresh process timed from start to exit (so each pays its own start-up and
   model loading);
3. on the whole corpus: svodka with N workers, sampling the memory of every
   process of the run (flatness: RSS early vs late), then the same run again
   over the unchanged corpus (incremental: everything comes from the cache);
4. the time of each pipeline component on a few documents, beside natasha's
   own stages, to show where the time goes.

`--docs 10000` is the memory-flatness check on 10,000 documents (about 15 minutes
on 2 quiet cores). Figures go to stdout; targets are marked ok / MISS.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from procmem import Watcher, cpu_name, flatness, load_average

from svodka.pipeline.engines import THREAD_VARS

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
SAMPLES = REPO / "corpus" / "samples"

TARGETS = {"ratio": 0.9, "speedup": 1.7, "worker_mb": 600, "rerun": 20.0, "growth_mb": 50}


def sources() -> list[Path]:
    found = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if SAMPLES.is_dir():
        found += sorted(p for p in SAMPLES.rglob("*") if p.is_file() and not p.name.startswith("."))
    if not found:
        sys.exit(f"bench: no seed reports in {SEEDS} and no samples in {SAMPLES}")
    return found


def build_corpus(folder: Path, count: int) -> list[Path]:
    """`count` copies of the source documents under varied names, spread over sub-folders of 1000."""
    originals = sources()
    made = []
    for index in range(count):
        source = originals[index % len(originals)]
        target = folder / f"batch{index // 1000:03d}" / f"report-{index:05d}-{source.stem[:12]}{source.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        made.append(target)
    return made


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process so far (exact for natasha's one process)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_svodka(corpus: Path, out: Path, workers: int, force: bool = True, trace: Path | None = None) -> dict:
    """One `svodka run` in a fresh process: wall and CPU time, documents, characters, memory of each process."""
    command = [sys.executable, "-m", "svodka.pipeline.cli", "run", str(corpus), "--out", str(out), "--quiet",
               "--workers", str(workers)] + (["--force"] if force else [])
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    cache = out / ".svodka-cache"
    watcher = Watcher(process.pid, trace=trace,
                      progress=lambda: sum(1 for _ in cache.glob("*.json")) if cache.is_dir() else 0).start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    watcher.stop()
    if process.returncode not in (0, 1):
        sys.exit(f"bench: svodka failed ({process.returncode}):\n{stderr[-3000:]}")
    with open(out / "documents.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {
        "seconds": seconds, "cpu_s": watcher.cpu_seconds(), "docs": len(rows),
        "chars": sum(int(r["n_chars"] or 0) for r in rows),
        "failed": sum(r["status"] != "ok" for r in rows), "summary": stdout.strip().splitlines()[:2],
        "main_peak_mb": watcher.peak_mb("main"), "worker_peak_mb": watcher.peak_mb("worker"),
        "workers_seen": len(watcher.pids("worker")),
        "main_flat": flatness(watcher.series("main")), "worker_flat": flatness(watcher.series("worker")),
    }


def run_natasha(corpus: Path, threads: int | None = None) -> dict:
    """natasha alone in a fresh process; `threads` limits its math-library threads (as svodka's workers are)."""
    env = dict(os.environ, **({name: str(threads) for name in THREAD_VARS} if threads else {}))
    started, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("natasha_ref.py")), str(corpus)],
                            cwd=REPO, capture_output=True, text=True, env=env)
    seconds, cpu = time.perf_counter() - started, children_cpu() - cpu
    if result.returncode:
        sys.exit(f"bench: natasha reference failed:\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["seconds"], figures["cpu_s"] = seconds, cpu
    return figures


def best(run, repeat: int) -> dict:
    """The fastest of `repeat` runs: on a shared machine the others are slowed by someone else's work."""
    return min((run() for _ in range(max(1, repeat))), key=lambda figures: figures["seconds"])


def component_times(paths: list[Path]) -> dict[str, float]:
    """Seconds per pipeline step (reading, tokenizing, each component) over these documents, in this process."""
    from svodka.corpus import ReadError, read_document
    from svodka.pipeline.nlp import build_nlp
    from svodka.extractors.records import init_doc

    nlp = build_nlp()
    times: dict[str, float] = {"read": 0.0, "tokenize": 0.0}
    for path in paths:
        mark = time.perf_counter()
        try:
            source = read_document(path)
        except ReadError:
            continue
        times["read"] += time.perf_counter() - mark
        mark = time.perf_counter()
        doc = init_doc(nlp.make_doc(source.text), source.doc_id, source.tables, text=source.text)
        times["tokenize"] += time.perf_counter() - mark
        for name, component in nlp.pipeline:
            mark = time.perf_counter()
            try:
                doc = component(doc)
            except Exception:  # noqa: BLE001 - a failing component still costs its time
                pass
            times[name] = times.get(name, 0.0) + time.perf_counter() - mark
    return times


def rate(figures: dict) -> str:
    return (f"{figures['seconds']:7.1f} s  {figures['chars'] / figures['seconds']:9,.0f} chars/s  "
            f"{figures['docs'] / figures['seconds']:6.2f} docs/s  CPU {figures['cpu_s']:6.1f} s")


def mark(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="documents in the whole corpus (memory, re-run)")
    parser.add_argument("--speed-docs", type=int, default=300, help="documents for the speed comparison")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="N for the 1 -> N comparison")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each speed comparison this many times and keep the best")
    parser.add_argument("--profile-docs", type=int, default=10, help="documents for the per-component times")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--trace", type=Path,
                        help="append seconds, documents done, main and worker RSS (MB) of the whole-corpus run here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus and outputs")
    args = parser.parse_args(argv)
    speed_docs = min(args.speed_docs, args.docs)

    print(f"machine: {os.cpu_count()} cores, {cpu_name()}, Python {platform.python_version()}, "
          f"load average {load_average()}")
    root = Path(tempfile.mkdtemp(prefix="svodka-bench-"))
    figures: dict = {"machine": {"cores": os.cpu_count(), "cpu": cpu_name(), "python": platform.python_version()}}
    try:
        paths = build_corpus(root / "corpus", args.docs)
        speed = root / "speed"
        for path in paths[:speed_docs]:
            (speed / path.name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, speed / path.name)
        print(f"corpus: {args.docs} documents ({speed_docs} for the speed comparison) in {root}")

        for threads, label in ((None, "default threads"), (1, "1 thread")):
            figures[f"natasha_{threads or 'default'}"] = found = best(lambda: run_natasha(speed, threads), args.repeat)
            print(f"natasha seg+morph+NER   {rate(found)}  ({label}; models {found['load_s']:.1f} s, "
                  f"peak {found['peak_mb']:.0f} MB)")
        # the reference is natasha at its fastest, whichever thread setting that was here
        natasha = figures["natasha"] = min(figures["natasha_default"], figures["natasha_1"], key=lambda f: f["seconds"])
        one = figures["svodka_1"] = best(lambda: run_svodka(speed, root / "out-1", 1), args.repeat)
        print(f"svodka, 1 worker        {rate(one)}  (worker peak {one['worker_peak_mb']:.0f} MB)")
        many = figures["svodka_n"] = best(lambda: run_svodka(speed, root / "out-n", args.workers), args.repeat)
        print(f"svodka, {args.workers} workers       {rate(many)}  (worker peak {many['worker_peak_mb']:.0f} MB)")

        full = figures["full"] = run_svodka(root / "corpus", root / "out-full", args.workers, trace=args.trace)
        print(f"svodka, {args.workers} workers, all {full['docs']} documents: {rate(full)}")
        rerun = figures["rerun"] = run_svodka(root / "corpus", root / "out-full", args.workers, force=False)
        print(f"re-run, unchanged corpus: {rerun['seconds']:.2f} s  ({rerun['summary'][-1]})")

        ratio = one["seconds"] / natasha["seconds"]
        cpu_ratio = one["cpu_s"] / natasha["cpu_s"]
        speedup = one["seconds"] / many["seconds"]
        worker_mb = max(one["worker_peak_mb"], many["worker_peak_mb"], full["worker_peak_mb"])
        rerun_x = full["seconds"] / rerun["seconds"]
        print()
        print(f"{mark(ratio <= TARGETS['ratio'])} svodka(1 worker) / natasha time   {ratio:.2f}   "
              f"(target <= {TARGETS['ratio']}, issue 13; CPU time ratio {cpu_ratio:.2f})")
        print(f"{mark(speedup >= TARGETS['speedup'])} speed-up 1 -> {args.workers} workers        {speedup:.2f}x  "
              f"(target >= 1.7x)")
        print(f"{mark(worker_mb < TARGETS['worker_mb'])} peak memory per worker      {worker_mb:.0f} MB  "
              f"(target < 600 MB; main process {full['main_peak_mb']:.0f} MB)")
        print(f"{mark(rerun_x >= TARGETS['rerun'])} re-run vs first run          {rerun_x:.1f}x faster "
              f"({rerun['seconds']:.2f} s vs {full['seconds']:.1f} s; target >= 20x)")
        for kind in ("main", "worker"):
            flat = full[f"{kind}_flat"]
            if flat is None:
                print(f"     memory flatness ({kind}): run too short to tell (use --docs 10000)")
                continue
            early, late = flat
            print(f"{mark(late - early < TARGETS['growth_mb'])} memory flatness ({kind:6s})    "
                  f"{early:.0f} MB at 20-30% of the run -> {late:.0f} MB at the end ({full['docs']} docs)")
        figures["summary"] = {"ratio": ratio, "cpu_ratio": cpu_ratio, "speedup": speedup,
                              "worker_peak_mb": worker_mb, "rerun_x": rerun_x}

        sample = paths[:args.profile_docs]
        times = figures["components"] = component_times(sample)
        total = sum(times.values())
        chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in sample)
        print(f"\nwhere the time goes ({len(sample)} documents, {chars:,} chars, one process, models loaded):")
        for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
            print(f"  {name:24s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
        print(f"  {'total':24s} {total:7.2f} s  -> {chars / total:,.0f} chars/s")
        stages = natasha["stages_s"]
        print("natasha alone, same stages on the speed corpus: "
              + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items()))
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()
