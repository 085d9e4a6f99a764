"""Reading documents of every supported format into one `Source`."""
from corpus.source import Cell, Source, Table, ReadError
from corpus.readers import READERS, read_document
from corpus.discover import discover

__all__ = ["Cell", "Source", "Table", "ReadError", "READERS", "read_document", "discover"]
