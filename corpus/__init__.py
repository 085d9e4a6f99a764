"""Reading documents of every supported format into one `Source`."""
from svodka.corpus.discover import discover
from svodka.corpus.readers import READERS, read_document
from svodka.corpus.source import Cell, ReadError, Source, Table

__all__ = ["Cell", "Source", "Table", "ReadError", "READERS", "read_document", "discover"]
