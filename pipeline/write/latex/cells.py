"""Values to LaTeX: the writer's one table of rules for how a typed value prints.

Bare values take their column's type; the wrappers of `pipeline.document.values` carry their own.
"""

import datetime
from decimal import Decimal

from pipeline import formats
from pipeline.content.models import Band
from pipeline.document.table import ColumnType, Level
from pipeline.document.values import Count, Indented, Money, Percent, Phrase, Quantity, Signed
from pipeline.write.latex.escape import escape

DASH = "-"


def breakable(text: str, room_mm: float | None = None) -> str:
    """Escaped text that may wrap after a slash: "Orang/Bulan" in a narrow Satuan column."""
    return escape(text, room_mm).replace("/", r"/\allowbreak{}")


def band(value: Band | None) -> str:
    if value is None:
        return DASH
    if not value.warna:
        return breakable(value.label)  # a scale without colour codes prints the word alone
    return rf"\lkjKategori{{kategori{value.warna}}}{{{escape(value.label)}}}"


def signed(value: Decimal | None) -> str:
    if value is None:
        return DASH
    text = formats.angka(value, 2)
    return text if text.startswith("-") or text == "0,00" else "+" + text


def plain(value) -> str:
    """A typed value as plain text (not yet escaped): what a phrase or a paragraph prints."""
    if value is None:
        return DASH
    if isinstance(value, Band):
        return value.label
    if isinstance(value, Signed):
        return signed(value.value)
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return formats.angka(value, 2 if isinstance(value, Decimal) else 0)
    if isinstance(value, Money):
        return DASH if value.amount is None else formats.rupiah_tabel(value.amount)
    if isinstance(value, Percent):
        return formats.persen(value.value)
    if isinstance(value, Quantity):
        if value.value is None:
            return DASH
        number = formats.angka(value.value, value.places)
        return f"{number} {value.unit}" if value.unit else number
    if isinstance(value, Count):
        return formats.angka(value.n)
    if isinstance(value, datetime.date):
        return formats.tanggal(value)
    return str(value)


def cell(value, column: ColumnType, level: Level, places: int = 2, room_mm: float | None = None) -> str:
    """One table cell's LaTeX (without the row's style macro); `room_mm` is the width of the cell's
    text, so that text that is not a word can break to fit it."""
    if value is None:
        return DASH
    if isinstance(value, Band):
        return band(value)
    if isinstance(value, Signed):
        return signed(value.value)
    if isinstance(value, Indented):
        return rf"\lkjIndent{{{value.depth}}}" + escape(value.text, room_mm)
    if isinstance(value, Phrase):
        return breakable("".join(plain(part) for part in value.parts), room_mm)
    if isinstance(value, tuple):
        return r"\newline ".join(breakable(str(v), room_mm) for v in value)
    if isinstance(value, (Money, Percent, Quantity, Count, datetime.date)):
        return breakable(plain(value))
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return escape(_number(value, column, level, places))
    return breakable(str(value), room_mm)


def _number(value: int | Decimal, column: ColumnType, level: Level, places: int) -> str:
    if column is ColumnType.money:
        return formats.rupiah_tabel(value)
    if column is ColumnType.percent:
        return formats.persen(Decimal(value))
    if column is ColumnType.signed:
        return signed(Decimal(value))
    if column is ColumnType.decimal:
        return formats.desimal(Decimal(value), places)
    if column is ColumnType.count:
        # a zero in a body row reads as "none"; a total of zero is still a total
        return DASH if value == 0 and level is not Level.total else formats.angka(value)
    return formats.angka(value)
