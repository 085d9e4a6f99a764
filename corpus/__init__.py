"""Reading documents of every supported format into one `Source`."""
from corpus.discover import discover
from corpus.readers import READERS, read_document
from corpus.source import Cell, ReadError, Source, Table

__all__ = ["Cell", "Source", "Table", "ReadError", "READERS", "read_document", "discover"]
