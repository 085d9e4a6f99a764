"""A minimal Word 97 (.doc) writer: paragraphs of Unicode text, nothing else.

No Python library writes the binary Word format, and the tests and samples
may not download documents, so this writes the smallest file Word readers
(antiword, LibreOffice) accept: an OLE2 compound file holding a
`WordDocument` stream (FIB + the text in UTF-16) and a `1Table` stream (the
piece table, font table, style sheet and the paragraph properties that
mark table cells and row ends, so tables come out as tables).
"""
from __future__ import annotations

import struct

SECTOR = 512
MIN_STREAM = 4096          # streams this long live in regular sectors, so no mini stream is needed
ENDOFCHAIN, FATSECT, FREESECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
FIB_SIZE = 0x384           # Word 97 FIB: base, 14 words, 22 longs, 93 fc/lcb pairs, cswNew
TEXT_START = 0x400
FONT = "Times New Roman"
MAX_FAT_SECTORS = 109      # what the header's DIFAT holds: files up to about 7 MB


# Paragraph properties (sprms) of the three kinds of paragraph: body text, a table cell, a row's end.
SPRM_IN_TABLE, SPRM_ROW_END, SPRM_TABLE_DEF = 0x2416, 0x2417, 0xD608
RUNS_PER_PAGE = 24         # paragraph runs per 512-byte FKP page (4 + 13 bytes each, plus the PAPX)


def _papx(kind: str, columns: int = 0) -> bytes:
    """A PAPX as stored in an FKP: cb, then istd 0 and the sprms (2*cb - 1 bytes in all)."""
    grpprl = struct.pack("<HB", SPRM_IN_TABLE, kind != "body")
    if kind == "row":
        widths = [i * 2000 for i in range(columns + 1)]
        grpprl += struct.pack("<HB", SPRM_ROW_END, 1)
        grpprl += struct.pack(f"<HHB{columns + 1}h", SPRM_TABLE_DEF, 2 * columns + 4, columns, *widths)
    body = b"\0\0" + grpprl
    return bytes([(len(body) + 1) // 2]) + body


def _fkp(bounds: list[int], kinds: list[tuple[str, int]]) -> bytes:
    """One paragraph FKP page: run boundaries (file offsets), one PAPX offset per run, the PAPXs."""
    page = bytearray(SECTOR)
    runs = len(kinds)
    struct.pack_into(f"<{runs + 1}I", page, 0, *bounds)
    end, offsets = SECTOR - 1, {}
    for i, kind in enumerate(kinds):
        if kind not in offsets:
            papx = _papx(*kind)
            end = (end - len(papx)) & ~1
            page[end:end + len(papx)] = papx
            offsets[kind] = end // 2
        page[4 * (runs + 1) + 13 * i] = offsets[kind]
    page[SECTOR - 1] = runs
    return bytes(page)


def _layout(blocks) -> tuple[str, list[tuple[int, tuple[str, int]]]]:
    """The text and its paragraphs as (end offset, kind): a str is a paragraph, a list of rows a table."""
    text, paragraphs = [], []
    length = 0
    for block in blocks:
        if isinstance(block, str):
            pieces = [(block.replace("\n", " ") + "\r", ("body", 0))]
        else:
            columns = max(len(row) for row in block)
            pieces = []
            for row in block:
                pieces += [(str(cell).replace("\n", " ") + "\x07", ("cell", 0)) for cell in row]
                pieces += [("\x07", ("row", columns))]
        for piece, kind in pieces:
            text.append(piece)
            length += len(piece)
            paragraphs.append((length, kind))
    return "".join(text), paragraphs


def _word_document(blocks, encrypted: bool = False) -> tuple[bytes, bytes]:
    """The WordDocument and 1Table streams for these blocks of text."""
    text, paragraphs = _layout(blocks)
    body = text.encode("utf-16-le")
    fc = lambda cp: TEXT_START + 2 * cp  # noqa: E731 - the file offset of a character
    fkp_start = -(-(TEXT_START + len(body)) // SECTOR) * SECTOR
    pages, page_fcs, previous = [], [], 0
    for i in range(0, len(paragraphs), RUNS_PER_PAGE):
        chunk = paragraphs[i:i + RUNS_PER_PAGE]
        bounds = [fc(previous)] + [fc(end) for end, _ in chunk]
        pages.append(_fkp(bounds, [kind for _, kind in chunk]))
        page_fcs.append(bounds[0])
        previous = chunk[-1][0]
    page_fcs.append(fc(previous))
    bte = struct.pack(f"<{len(page_fcs)}I", *page_fcs)
    bte += struct.pack(f"<{len(pages)}I", *(fkp_start // SECTOR + i for i in range(len(pages))))

    fib = bytearray(FIB_SIZE)
    flags = 0x0200 | 0x1000 | (0x0100 if encrypted else 0)  # fWhichTblStm=1Table, fExtChar, fEncrypted
    struct.pack_into("<HHHHHHH", fib, 0, 0xA5EC, 0x00C1, 0x6A62, 0x0419, 0, flags, 0x00BF)
    struct.pack_into("<II", fib, 0x18, TEXT_START, TEXT_START + len(body))   # fcMin, fcMac
    struct.pack_into("<H", fib, 0x20, 14)                                    # csw
    struct.pack_into("<H", fib, 0x3E, 22)                                    # cslw
    word = bytes(TEXT_START) + body + bytes(fkp_start - TEXT_START - len(body)) + b"".join(pages)
    word += bytes(max(0, MIN_STREAM - len(word)))
    struct.pack_into("<I", fib, 0x40, len(word))                             # cbMac
    struct.pack_into("<I", fib, 0x4C, len(text))                             # ccpText
    struct.pack_into("<H", fib, 0x98, 0x5D)                                  # cbRgFcLcb

    pieces = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, TEXT_START, 0)
    clx = b"\x02" + struct.pack("<I", len(pieces)) + pieces
    name = FONT.encode("utf-16-le") + b"\0\0"
    font = struct.pack("<BBHBB", 40 + len(name) - 1, 0x26, 400, 204, 0) + bytes(34) + name  # one FFN, Cyrillic
    fonts = struct.pack("<HH", 1, 0) + font                                  # Sttbfffn: count, cbExtra
    styles = struct.pack("<H9H", 18, 1, 10, 0, 1, 0, 0, 0, 0, 0) + struct.pack("<H", 0)  # STSHI, one empty STD
    table = b""
    for where, part in ((0x1A2, clx), (0x112, fonts), (0xA2, styles), (0x102, bte)):  # fc/lcb pairs
        struct.pack_into("<II", fib, where, len(table), len(part))
        table += part
    table += bytes(max(0, MIN_STREAM - len(table)))
    word = bytes(fib) + word[FIB_SIZE:]
    return word, table


def _compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (version 3) with the given streams under its root."""
    sectors, chains, fat = {}, [], []
    for name in streams:  # in the given order: a reader may take a stream at sector 0 for a missing one
        data = streams[name] + bytes(-len(streams[name]) % SECTOR)
        start = len(fat)
        count = len(data) // SECTOR
        sectors[name] = data
        fat += list(range(start + 1, start + count)) + [ENDOFCHAIN]
        chains.append(start)
    names = sorted(streams, key=lambda n: (len(n), n.upper()))  # the directory's order
    starts = dict(zip(streams, chains))
    directory_sector = len(fat)
    fat.append(ENDOFCHAIN)
    per_sector = SECTOR // 4
    fat_count = 1
    while fat_count * per_sector < len(fat) + fat_count:  # the FAT also maps its own sectors
        fat_count += 1
    if fat_count > MAX_FAT_SECTORS:
        raise ValueError("document too large for this minimal writer (no DIFAT sectors)")
    fat_sectors = list(range(len(fat), len(fat) + fat_count))
    fat += [FATSECT] * fat_count
    fat += [FREESECT] * (fat_count * per_sector - len(fat))

    def entry(name, kind, start, size, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM, color=1):
        raw = (name + "\0").encode("utf-16-le")
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, color)
                + struct.pack("<III", left, right, child) + bytes(16 + 4 + 16)
                + struct.pack("<IQ", start, size))

    # A tree of the streams: the last (largest) name is the root's child, the others hang to its left.
    entries = [entry("Root Entry", 5, ENDOFCHAIN, 0, child=len(names))]
    for i, name in enumerate(names):
        left = i if i else NOSTREAM  # entry ids are 1-based: entry i+1 points left to entry i
        entries.append(entry(name, 2, starts[name], len(streams[name]), left=left, color=1))
    unused = bytes(64) + struct.pack("<HBBIII", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + bytes(48)
    directory = b"".join(entries) + unused * (SECTOR // 128 - len(entries))
    header = bytearray(SECTOR)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, fat_count, directory_sector, 0, 0x1000, ENDOFCHAIN, 0,
                     ENDOFCHAIN, 0)
    difat = fat_sectors + [FREESECT] * (MAX_FAT_SECTORS - fat_count)
    struct.pack_into("<109I", header, 76, *difat)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return bytes(header) + b"".join(sectors.values()) + directory + fat_bytes


def doc_bytes(blocks, encrypted: bool = False) -> bytes:
    """A .doc holding these blocks: a str is a paragraph, a list of rows (lists of str) a table."""
    word, table = _word_document(blocks, encrypted=encrypted)
    return _compound_file({"WordDocument": word, "1Table": table})
