"""Bytes to text: UTF-8 (with or without BOM), cp1251, koi8-r and kin, detected from the bytes.

Every single-byte Cyrillic code page decodes any byte string without error, so
the choice is made by how Russian the result reads: letter frequencies and
case shape (a cp1251 text read as koi8-r turns lower case into upper case
mid-word). charset-normalizer is the fallback for texts with no Cyrillic.
"""
from __future__ import annotations

import math
import re

import charset_normalizer

SINGLE_BYTE_CYRILLIC = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
# Characters a Russian report is made of; anything else read from a guess counts against it.
ORDINARY = re.compile(r"[\x09\x0a\x0d\x20-\x7eа-яА-ЯёЁ«»—–№…“”„’\u00a0]")

# Relative frequency of letters in Russian prose (per mille).
LETTER_FREQ = dict(zip(
    "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
    (110, 85, 80, 74, 67, 63, 55, 47, 45, 44, 35, 32, 30, 28, 26, 20, 19, 17, 17, 16, 16, 15, 12, 10,
     9, 7, 6, 5, 4, 3, 3, 1, 1),
))
MIXED_CASE = re.compile(r"[а-яё][А-ЯЁ]")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean it is not text.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    True
    >>> looks_binary("Отчёт".encode("cp1251"))
    False
    """
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_order(data):
        return False  # UTF-16 has NULs by design
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


MAX_ODD_SHARE = 0.2
UTF16_ZERO_SHARE = 0.1  # of the high bytes: the ASCII characters (spaces, digits, punctuation) of a text


def utf16_order(data: bytes) -> str:
    """"utf_16_le" or "utf_16_be" for UTF-16 without a byte order mark, else "".

    Its NUL bytes sit on one side of each pair (the high byte of every ASCII
    character); the text it decodes to must then read as a report.

    >>> utf16_order("Отчёт о семинаре 2024".encode("utf-16-le")), utf16_order(bytes(range(32)))
    ('utf_16_le', '')
    """
    head = data[:8192]
    head = head[:len(head) // 2 * 2]
    if len(head) < 4 or b"\x00" not in head:
        return ""
    even, odd = head[0::2], head[1::2]
    for order, high, low in (("utf_16_le", odd, even), ("utf_16_be", even, odd)):
        if high.count(0) >= UTF16_ZERO_SHARE * len(high) and low.count(0) == 0:
            try:
                text = head.decode(order)
            except UnicodeDecodeError:
                continue
            if odd_share(text) <= MAX_ODD_SHARE / 4:
                return order
    return ""


def odd_share(text: str) -> float:
    """Share of characters a Russian report is not made of (0 for clean text)."""
    return (len(text) - len(ORDINARY.findall(text))) / max(1, len(text))


def russianness(text: str) -> float:
    """Mean log-frequency of the Cyrillic letters, less a penalty for case flipped mid-word."""
    letters = [ch.lower() for ch in text if "а" <= ch.lower() <= "я" or ch.lower() == "ё"]
    if not letters:
        return -math.inf
    score = sum(math.log(LETTER_FREQ.get(ch, 0.5)) for ch in letters) / len(letters)
    odd = len(text) - len(ORDINARY.findall(text))
    return score - 5 * (len(MIXED_CASE.findall(text)) + odd) / len(letters)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise ValueError when no encoding fits.

    >>> decode("Семинар № 5".encode("cp1251"))[1]
    'cp1251'
    >>> decode("Отчёт о семинаре".encode("koi8_r"))
    ('Отчёт о семинаре', 'koi8_r')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf_8_sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf_16"
    order = utf16_order(data)
    if order:
        return data[:len(data) // 2 * 2].decode(order, errors="replace"), order
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in SINGLE_BYTE_CYRILLIC:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((russianness(text), encoding, text))
    candidates.sort(key=lambda c: c[0], reverse=True)
    if candidates and candidates[0][0] > -math.inf:
        text, encoding = candidates[0][2], candidates[0][1]
        if odd_share(text) > MAX_ODD_SHARE:
            raise ValueError(f"undecodable text: no encoding gives readable text (best guess {encoding})")
        return text, encoding
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError("cannot decode text: no known encoding fits")
    return str(best), best.encoding
