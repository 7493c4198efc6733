"""Values to spreadsheet cells: the same rules as the LaTeX writer's `cells.py`, as numbers.

Each typed value becomes what Excel stores (a number, a date or a text) and a number format, so a
reader can add a column up while it still shows what the PDF prints. A number is rounded exactly as
the PDF rounds it (`round_half_up` to the places the page shows) and stored as that `Decimal`, so
the cell holds the printed figure itself, not a float near it.

Number formats are written in Excel's neutral notation (`#,##0.00`): Excel shows them with the
reader's own separators, so an Indonesian Excel shows 1.234.567 and 88,24% like the PDF, an English
one 1,234,567 and 88.24%.

Percentages are stored as the number the page prints (88.24, format `0.00"%"`), not as a fraction
(0.8824, format `0.00%`): the cell then holds the same figure as the PDF, the CSV export and the
content's own targets for a `%` indicator (typed as 100, not 1), so a figure copied from the sheet
into content or compared with the CSV needs no factor of 100. A formula that multiplies by it
divides by 100, as one would on paper.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from pipeline.content.models import Band
from pipeline.document.table import ColumnType, Level
from pipeline.document.values import Count, Indented, Money, Percent, Phrase, Quantity, Signed
from pipeline.numbers import RATIO_PLACES, round_half_up, to_decimal
from pipeline.write.latex.cells import DASH, plain

TEXT = "@"
PERCENT = '0.00"%"'
SIGNED = "+0.00;-0.00;0.00"
DATE = "[$-421]d mmmm yyyy"  # LCID 0x0421: Indonesian month names in any Excel, as the PDF prints them
COUNT_DASH = '#,##0;-#,##0;"-"'  # a zero count in a body row prints as a dash, yet stays a number


@dataclass(frozen=True)
class Cell:
    """What one spreadsheet cell holds: the value, its number format, and an indent (LRA lines)."""

    value: str | int | Decimal | datetime.date | None
    number_format: str = "General"
    indent: int = 0
    wrap: bool = False


def fixed(places: int) -> str:
    """`#,##0` with `places` decimals: thousands grouped, as `formats.angka` prints."""
    return "#,##0" + ("." + "0" * places if places else "")


def money_format(value: Decimal) -> str:
    """`formats.rupiah_tabel`: whole Rupiah, sen only when there are any, negatives in brackets."""
    base = fixed(0 if value == value.to_integral_value() else 2)
    return f"{base};({base})"


def text(value: str) -> Cell:
    """Text exactly as printed; characters XML cannot hold (never in valid content) are dropped."""
    clean = ILLEGAL_CHARACTERS_RE.sub("", value)
    return Cell(clean, TEXT, wrap="\n" in clean)


def _quantity(value: Quantity) -> Cell:
    if value.value is None:
        return text(DASH)
    number = round_half_up(to_decimal(value.value), value.places)
    unit = value.unit.replace('"', "").replace("\\", "") if value.unit else ""
    return Cell(number, fixed(value.places) + (f' "{unit}"' if unit else ""))


def _money(amount: int | Decimal | None) -> Cell:
    if amount is None:
        return text(DASH)
    value = to_decimal(amount)
    return Cell(int(value) if value == value.to_integral_value() else round_half_up(value), money_format(value))


def _percent(value: Decimal | None) -> Cell:
    return text(DASH) if value is None else Cell(round_half_up(value, RATIO_PLACES), PERCENT)


def _signed(value: Decimal | None) -> Cell:
    return text(DASH) if value is None else Cell(round_half_up(to_decimal(value), 2), SIGNED)


def typed(value) -> Cell | None:
    """A value that carries its own kind (the wrappers, bands, dates, texts); None for a bare number."""
    if value is None:
        return text(DASH)
    if isinstance(value, Band):
        return text(value.label)
    if isinstance(value, bool):
        return text(str(value))
    if isinstance(value, Money):
        return _money(value.amount)
    if isinstance(value, Percent):
        return _percent(value.value)
    if isinstance(value, Quantity):
        return _quantity(value)
    if isinstance(value, Signed):
        return _signed(value.value)
    if isinstance(value, Count):
        return Cell(value.n, fixed(0))
    if isinstance(value, Indented):
        return Cell(text(value.text).value, TEXT, indent=value.depth)
    if isinstance(value, Phrase):
        return text("".join(plain(part) for part in value.parts))
    if isinstance(value, tuple):
        return text("\n".join(str(v) for v in value))
    if isinstance(value, datetime.date):
        return Cell(value, DATE)
    if isinstance(value, str):
        return text(value)
    return None


def cell(value, column: ColumnType, level: Level, places: int = 2) -> Cell:
    """One table cell, by the same rules as the LaTeX writer's `cell`: a bare number by its column."""
    found = typed(value)
    if found is not None:
        return found
    if column is ColumnType.money:
        return _money(value)
    if column is ColumnType.percent:
        return _percent(to_decimal(value))
    if column is ColumnType.signed:
        return _signed(to_decimal(value))
    if column is ColumnType.decimal:
        return Cell(round_half_up(to_decimal(value), places), fixed(places))
    if column is ColumnType.count:
        whole = int(round_half_up(to_decimal(value), 0))
        return Cell(whole, fixed(0) if level is Level.total else COUNT_DASH)
    # any other column prints a bare number whole (`formats.angka` with no places)
    rounded = round_half_up(to_decimal(value), 0)
    return Cell(int(rounded), fixed(0))
