"""natasha's NER model (slovnet) run on many pieces of a text without padding.

slovnet's own `map` pads each batch of 8 pieces to its longest one (a quarter
of the model's work on reports went to padding) and re-finds every token in
the text after tagging. Here the pieces of a text are laid end to end in one
row, one pad token between them, and run through the model once. This gives
the same tags as one piece at a time: the pad token's embedding is zero, and
every layer zeroes the pad positions, so no piece sees its neighbour. The CRF
then decodes each piece on its own (vectorized over the pieces), and the spans
come from the tokenizer's own offsets.
"""
from __future__ import annotations

import numpy as np
from razdel import tokenize
from slovnet.bio import bio_spans

ROW_TOKENS = 8192  # pieces laid end to end up to this many tokens per model call (bounds its memory)


def encode(encoder, tokens) -> tuple[list[int], list[int]]:
    """Word and shape ids of the tokens, as slovnet's encoder gives them."""
    return encoder.item([token.text for token in tokens])


def rows(pieces: list[tuple[list[int], list[int]]], limit: int = ROW_TOKENS):
    """Groups of consecutive piece indexes whose lengths (plus one pad each) stay within `limit`."""
    group: list[int] = []
    size = 0
    for index, (word_ids, _) in enumerate(pieces):
        if group and size + len(word_ids) + 1 > limit:
            yield group
            group, size = [], 0
        group.append(index)
        size += len(word_ids) + 1
    if group:
        yield group


def emissions(infer, pieces, group) -> list[np.ndarray]:
    """The model's tag scores for each piece of `group`, from one call on the pieces laid end to end."""
    words_pad = infer.encoder.words_vocab.pad_id
    shapes_pad = infer.encoder.shapes_vocab.pad_id
    word_row: list[int] = []
    shape_row: list[int] = []
    bounds = []
    for index in group:
        word_ids, shape_ids = pieces[index]
        bounds.append((len(word_row), len(word_row) + len(word_ids)))
        word_row += word_ids
        word_row.append(words_pad)
        shape_row += shape_ids
        shape_row.append(shapes_pad)
    word_id = np.array([word_row])
    scores = forward(infer.model, word_id, np.array([shape_row]), word_id == words_pad)
    return [scores[start:stop] for start, stop in bounds]


_TAPS: dict[int, tuple] = {}


def conv_taps(model) -> list[list[np.ndarray]]:
    """Each convolution's weights as one (in, out) matrix per kernel position, made contiguous once per model."""
    kept = _TAPS.get(id(model))
    if kept is None or kept[0] is not model:
        taps = [[np.ascontiguousarray(layer.conv.weight.array[:, :, tap].T)
                 for tap in range(layer.conv.weight.array.shape[2])]
                for layer in model.encoder.layers]
        kept = _TAPS[id(model)] = (model, taps)
    return kept[1]


def forward(model, word_id: np.ndarray, shape_id: np.ndarray, pad: np.ndarray) -> np.ndarray:
    """slovnet's NER network on one row: embeddings, the CNN encoder, the tag projection.

    Its Conv1d copies every window of the input (kernel x channels per token)
    before one matrix product; here the input stays one token per row and each
    kernel position is its own product over a shifted view, which copies
    nothing. The tags are the same (tests compare the scores with slovnet's).
    """
    x = model.emb(word_id, shape_id)[0]
    masked = pad[0]
    for layer, taps in zip(model.encoder.layers, conv_taps(model)):
        width, reach = len(taps), layer.conv.padding
        length = x.shape[0]
        padded = np.zeros((length + width - 1, x.shape[1]), dtype=x.dtype)
        padded[reach:reach + length] = x
        out = padded[:length] @ taps[0]
        for tap in range(1, width):
            out += padded[tap:tap + length] @ taps[tap]
        out += layer.conv.bias.array
        np.maximum(out, 0, out=out)
        norm = layer.norm
        x = (out - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array
        x[masked] = 0
    return model.head.proj(x)


def viterbi(transitions: np.ndarray, pieces: list[np.ndarray]) -> list[list[int]]:
    """The best tag path of each piece: slovnet's CRF decode, with the same arithmetic, in fewer numpy calls."""
    count, longest, tags = len(pieces), max(len(p) for p in pieces), transitions.shape[0]
    scores = np.zeros((count, longest, tags), dtype=pieces[0].dtype)
    lengths = np.array([len(p) for p in pieces])
    for row, piece in enumerate(pieces):
        scores[row, :len(piece)] = piece
    live = np.arange(longest)[:, None] < lengths[None, :]  # position x piece
    history = np.empty((max(longest - 1, 0), count, tags), dtype=np.intp)
    score = scores[:, 0]
    for position in range(1, longest):
        step = score[:, :, None] + transitions
        step = step + scores[:, position][:, None, :]
        history[position - 1] = step.argmax(1)
        score = np.where(live[position][:, None], step.max(1), score)
    # back from each piece's own last position; a piece already at its start keeps its tag
    rows = np.arange(count)
    best = score.argmax(1)
    path = np.empty((longest, count), dtype=np.intp)
    path[longest - 1] = best
    for position in range(longest - 2, -1, -1):
        best = np.where(position <= lengths - 2, history[position, rows, best], best)
        path[position] = best
    return [column[:length] for column, length in zip(path.T.tolist(), lengths.tolist())]


def tag_pieces(tagger, texts: list[str], limit: int = ROW_TOKENS):
    """For each text, the (start, stop, type) spans natasha's NER tagger finds in it."""
    infer = tagger.infer
    tokens = [list(tokenize(text)) for text in texts]
    pieces = [encode(infer.encoder, piece) for piece in tokens]
    transitions = infer.model.head.crf.transitions.array
    decode = infer.decoder.tags_vocab.decode
    for group in rows(pieces, limit):
        paths = viterbi(transitions, emissions(infer, pieces, group))
        for index, path in zip(group, paths):
            yield [(span.start, span.stop, span.type)
                   for span in bio_spans(tokens[index], [decode(tag) for tag in path])]
