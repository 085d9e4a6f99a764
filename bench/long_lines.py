"""How svodka's time grows with one long document: characters per second on one line and one list.

    python bench/long_lines.py [--sizes 0.1 1 4] [--shapes line list prose]

Each document is generated here: `line` is words without a single punctuation
mark (one sentence as the splitter sees it), `list` is one comma-separated list
of schools with their city («МБОУ СОШ № 17 г. Кемерово, ...»), `prose` is
ordinary report sentences on one line. Each is read by `process_path` in this
process after the models are loaded, so the figure is the pipeline's own time.
Linear code keeps characters per second flat from 0.1 to 4 MB; a quadratic
path shows as a rate that falls by 10x for every 10x in size.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORDS = ("отчёт семинар педагоги школа приняли участие учителя методист районный конкурс олимпиада работа "
         "секция итоги года город областной мероприятие встреча директор выступила провела").split()
SENTENCES = ("В семинаре приняли участие 45 педагогов из 12 школ района.",
             "Выступила Иванова Мария Петровна, директор МБОУ СОШ № 5.",
             "Конкурс прошёл 12 марта 2024 года в г. Кемерово.",
             "Всего мероприятия посетили 230 человек: 150 учителей и 80 родителей.")


def make(shape: str, size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        if shape == "line":
            piece = rng.choice(WORDS) + " "
        elif shape == "list":
            piece = f"МБОУ СОШ № {rng.randrange(1, 200)} г. Кемерово, "
        else:
            piece = rng.choice(SENTENCES) + " "
        parts.append(piece)
        length += len(piece)
    return "".join(parts)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 4], help="millions of characters")
    parser.add_argument("--shapes", nargs="+", default=["line", "list", "prose"], choices=["line", "list", "prose"])
    args = parser.parse_args()

    from svodka.pipeline.process import process_path

    with tempfile.TemporaryDirectory(prefix="svodka-long-") as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(SENTENCES[0], encoding="utf-8")
        process_path(warm, "warm.txt")
        print(f"{'shape':<6} {'characters':>11} {'seconds':>8} {'chars/s':>9}  status")
        for shape in args.shapes:
            for millions in args.sizes:
                size = int(millions * 1_000_000)
                path = Path(folder) / f"{shape}-{size}.txt"
                path.write_text(make(shape, size), encoding="utf-8")
                started = time.perf_counter()
                result = process_path(path, path.name)
                seconds = time.perf_counter() - started
                document = result["document"]
                print(f"{shape:<6} {size:>11,} {seconds:>8.1f} {size / seconds:>9,.0f}  {document['status']} "
                      f"{document['error'][:60]}", flush=True)


if __name__ == "__main__":
    main()
