"""Size limits of what svodka reads (bytes of a file, characters of a text, pages of a PDF), and the error for a text
over them."""
from __future__ import annotations


DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_CHARS = 5_000_000  # a report is rarely 1 % of this; svodka reads about 100,000 characters a second
MAX_PDF_PAGES = 2000


class TooLong(ValueError):
    """A document whose text (or unpacked content) is over a limit: skipped, not failed."""


def too_long(length: int, max_chars: int) -> TooLong:
    return TooLong(f"text of {length} characters is longer than the limit of {max_chars} characters (--max-chars)")
