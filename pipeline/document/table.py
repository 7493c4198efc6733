"""Tables of the document model: named, typed columns and rows keyed by column name.

A row names the column of every cell it fills, so a row can never be one cell short or shifted:
a key the table does not have, or a span over columns in the wrong order, is an `InternalError`
naming the table as soon as the table is built.
"""

from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Mapping

from pipeline.document.values import Value


class InternalError(Exception):
    """A bug in the present stage (never a user error): it stays loud, with the table's name."""


class ColumnType(Enum):
    """What a column holds; a writer formats its bare values by this type."""

    text = "text"
    code = "code"  # a kode (7.01.01.2.02) or a row number ("1.", "a.")
    count = "count"  # staff, units, services; a zero in a body row prints as a dash
    quantity = "quantity"  # indicator values: `Quantity` cells with their own decimals
    decimal = "decimal"  # a fixed number of places (`places`)
    money = "money"
    percent = "percent"
    band = "band"  # a kategori of the scale
    signed = "signed"
    date = "date"


class Level(Enum):
    """What a row is; the writer gives each level its look (program rows bold and shaded…)."""

    body = "body"
    group = "group"  # a heading row for the rows under it (sasaran, jenis)
    program = "program"
    kegiatan = "kegiatan"
    sub = "sub"
    total = "total"


class Align(Enum):
    left = "l"
    center = "c"
    right = "r"


@dataclass(frozen=True)
class Column:
    key: str
    head: str
    type: ColumnType = ColumnType.text
    group: str | None = None  # adjacent columns with one group share a header above theirs
    places: int = 2  # for decimal columns
    width: float | None = None  # a relative width the content asked for (tables it declares itself)


@dataclass(frozen=True)
class Span:
    """One cell across the columns `first`..`last` (both included)."""

    first: str
    last: str
    value: Value
    align: Align = Align.left


@dataclass(frozen=True)
class Row:
    """Cells by column key (a column the row does not name is left blank), spans, its level.

    `joined`: the leading columns, up to and including this key, continue into the next row as one
    block (a sasaran with several indicators), so no rule is drawn under them.
    """

    cells: Mapping[str, Value]
    level: Level = Level.body
    spans: tuple[Span, ...] = ()
    joined: str | None = None

    def __post_init__(self):
        object.__setattr__(self, "cells", MappingProxyType(dict(self.cells)))


class Orientation(Enum):
    portrait = "portrait"
    landscape = "landscape"


@dataclass(frozen=True)
class Table:
    """A numbered table. `layout` names its column widths in the writer's layout file."""

    layout: str
    label: str
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    source: str | None = None
    intro: tuple = ()  # inline runs of the sentence that announces it (kept with the table)
    orientation: Orientation = Orientation.portrait
    numbered_columns: bool = True
    keys: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        keys = {c.key: i for i, c in enumerate(self.columns)}
        if len(keys) != len(self.columns):
            raise InternalError(f"table {self.label}: two columns share a key")
        object.__setattr__(self, "keys", MappingProxyType(keys))
        for number, row in enumerate(self.rows, start=1):
            self._check(number, row)

    def _check(self, number: int, row: Row) -> None:
        where = f"table {self.label} ({self.layout}), row {number}"
        unknown = [k for k in row.cells if k not in self.keys]
        if unknown:
            raise InternalError(f"{where}: no column {unknown[0]!r}; columns are {', '.join(self.keys)}")
        covered: set[int] = set()
        for span in row.spans:
            if span.first not in self.keys or span.last not in self.keys:
                raise InternalError(f"{where}: span {span.first}..{span.last} names a column the table lacks")
            start, end = self.keys[span.first], self.keys[span.last]
            inside = set(range(start, end + 1))
            if end < start or inside & covered or any(self.keys[k] in inside for k in row.cells):
                raise InternalError(f"{where}: span {span.first}..{span.last} overlaps another cell")
            covered |= inside
        if row.joined is not None and row.joined not in self.keys:
            raise InternalError(f"{where}: joined names no column ({row.joined!r})")
