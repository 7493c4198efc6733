"""Table numbers as the PDF prints them, read from the document model.

The LaTeX class numbers tables itself (`\\thetable`); a spreadsheet names each sheet by that number,
so this walks the document the way the class counts: per chapter ("Tabel 3.2", the counter reset
at each BAB, appendices by their roman number "Tabel II.1") or in one series ("Tabel 14") as the
outline's `nomor_tabel` says. Pages between chapters count into the chapter before them, as they
do in LaTeX. The test ties these numbers to the ones the engine's prediction writes.
"""

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.document.report import Chapter, Document
from pipeline.document.table import Table
from pipeline.formats import romawi

FLAT = "datar"


@dataclass(frozen=True)
class Numbered:
    """A table and the number it prints under ("3.2", "II.1", "14")."""

    number: str
    table: Table

    @property
    def title(self) -> str:
        return f"Tabel {self.number} {self.table.caption}"


def tables_in(node) -> Iterator[Table]:
    """Every table inside a node, in the order the writer emits them (field order, item order)."""
    if isinstance(node, Table):
        yield node
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            if f.init:
                yield from tables_in(getattr(node, f.name))
    elif isinstance(node, (tuple, list)):
        for item in node:
            yield from tables_in(item)


@dataclass
class _Counter:
    flat: bool
    chapter: int = 0
    count: int = 0
    appendix: bool = False

    def next_chapter(self) -> None:
        self.chapter += 1
        if not self.flat:
            self.count = 0

    def number(self) -> str:
        self.count += 1
        if self.flat:
            return str(self.count)
        chapter = romawi(self.chapter) if self.appendix else str(self.chapter)
        return f"{chapter}.{self.count}"


def numbered_tables(doc: Document) -> tuple[Numbered, ...]:
    """Every numbered table of the document, in document order, with its printed number."""
    counter = _Counter(flat=doc.settings.table_numbering == FLAT)
    found = [Numbered(counter.number(), t) for part in doc.front for t in tables_in(part.blocks)]
    for index, parts in enumerate((doc.chapters, doc.appendices)):
        if index:
            counter.appendix, counter.chapter = True, 0
        for part in parts:
            if isinstance(part, Chapter):
                counter.next_chapter()
            found += [Numbered(counter.number(), t) for t in tables_in(part.blocks)]
    return tuple(found)
