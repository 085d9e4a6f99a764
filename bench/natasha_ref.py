"""The reference: natasha alone (Segmenter + NewsMorphTagger + NewsNERTagger) over a corpus's texts.

Run as a separate process by `run_bench.py`, so its time includes the same
start-up and model loading as svodka's. Texts are read with svodka's own
readers, so both see the same characters. Prints one JSON line.

    python bench/natasha_ref.py CORPUS_FOLDER
"""
from __future__ import annotations

import json
import resource
import sys
import time


def main(folder: str) -> None:
    started = time.perf_counter()
    from svodka.normalizers import compat  # noqa: F401  (pymorphy2 -> pymorphy3, as svodka does)
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    from svodka.corpus import ReadError, discover, read_document

    segmenter = Segmenter()
    embedding = NewsEmbedding()
    morph_tagger = NewsMorphTagger(embedding)
    ner_tagger = NewsNERTagger(embedding)
    loaded = time.perf_counter()
    stages = {"read": 0.0, "segment": 0.0, "morph": 0.0, "ner": 0.0}
    chars = docs = 0
    for path, doc_id in discover([folder]):
        mark = time.perf_counter()
        try:
            text = read_document(path, doc_id).text
        except ReadError:
            continue
        doc = Doc(text)
        stages["read"] += time.perf_counter() - mark
        for stage, step in (("segment", lambda: doc.segment(segmenter)),
                            ("morph", lambda: doc.tag_morph(morph_tagger)),
                            ("ner", lambda: doc.tag_ner(ner_tagger))):
            mark = time.perf_counter()
            step()
            stages[stage] += time.perf_counter() - mark
        chars += len(text)
        docs += 1
    finished = time.perf_counter()
    print(json.dumps({"docs": docs, "chars": chars, "load_s": loaded - started, "process_s": finished - loaded,
                      "stages_s": stages, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main(sys.argv[1])
