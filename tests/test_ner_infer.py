"""natasha's NER run without padding gives exactly what natasha's own tagger gives."""
import numpy as np
import pytest

from svodka.extractors import models
from svodka.extractors.ner import ner_spans, paragraph_chunks
from svodka.extractors.ner_infer import ROW_TOKENS, forward, rows, tag_pieces, viterbi

PIECES = [
    "Семинар провела Котова Анна Сергеевна, методист МКУ «Информационно-методический центр» г. Энска.",
    "Выступили Лосева И. П. (МБОУ СОШ № 3) и Зуев Олег Петрович, директор гимназии № 2 Озёрского района.",
    "Итоги",
    "В конкурсе «Учитель года – 2024» приняли участие 14 педагогов из Министерства образования Энской области.",
    "| № | ФИО | ОО |\n| 1 | Петрова Мария | МАОУ «Лицей № 7» |\n| 2 | Сидоров Илья | МБОУ «Школа № 12» |",
]


def slovnet_spans(texts):
    return [[(s.start, s.stop, s.type) for s in markup.spans] for markup in models.ner_tagger().map(texts)]


def test_same_spans_as_natashas_tagger():
    assert list(tag_pieces(models.ner_tagger(), PIECES)) == slovnet_spans(PIECES)


def test_same_spans_when_pieces_fill_several_rows():
    pieces = PIECES * 3
    assert list(rows([([0] * 40, [0] * 40)] * 5, limit=100)) == [[0, 1], [2, 3], [4]]
    assert list(tag_pieces(models.ner_tagger(), pieces, limit=30)) == slovnet_spans(pieces)


def test_a_long_text_in_chunks_gives_natashas_spans_per_chunk():
    text = "\n\n".join(PIECES * 40)
    chunks = [(offset, chunk) for offset, chunk in paragraph_chunks(text) if chunk.strip()]
    expected = [(offset + start, offset + stop, kind)
                for (offset, _), spans in zip(chunks, slovnet_spans([c for _, c in chunks]))
                for start, stop, kind in spans]
    assert list(ner_spans(text)) == expected


def test_viterbi_is_slovnets_crf_decode():
    crf = models.ner_tagger().infer.model.head.crf
    rng = np.random.default_rng(7)
    lengths = [1, 2, 9, 30, 17]
    pieces = [rng.normal(size=(n, crf.transitions.array.shape[0])).astype(np.float32) for n in lengths]
    batch = np.zeros((len(pieces), max(lengths), pieces[0].shape[1]), dtype=np.float32)
    mask = np.zeros((len(pieces), max(lengths)), dtype=bool)
    for row, piece in enumerate(pieces):
        batch[row, :len(piece)] = piece
        mask[row, :len(piece)] = True
    expected = [list(path) for path in crf.decode(batch, mask)]
    assert viterbi(crf.transitions.array, pieces) == expected


def test_forward_scores_are_slovnets():
    infer = models.ner_tagger().infer
    word_ids, shape_ids = infer.encoder.item(PIECES[1].split())
    word_id, shape_id = np.array([word_ids]), np.array([shape_ids])
    pad = word_id == infer.encoder.words_vocab.pad_id
    ours = forward(infer.model, word_id, shape_id, pad)
    theirs = infer.model(word_id, shape_id, pad)[0]
    assert ours.shape == theirs.shape
    assert np.allclose(ours, theirs, atol=1e-4)


@pytest.mark.parametrize("limit", [ROW_TOKENS])
def test_rows_bound_the_model_call(limit):
    pieces = [([0] * 3000, [0] * 3000)] * 7
    groups = list(rows(pieces, limit))
    assert sum(len(g) for g in groups) == 7
    assert all(sum(3001 for _ in g) <= limit for g in groups)
