"""Figures in spreadsheet cells: Indonesian (`1.234.567`, `88,24`) and plain (`1234567`, `88.24`).

A number cell is taken as it is. A text cell is read by its separators:

- both `.` and `,`: the last one is the decimal mark, the other groups thousands (`1.234.567,50`,
  `1,234,567.50`);
- one kind used more than once: thousands (`1.234.567`, `1,234,567`);
- one separator not followed by exactly three digits: the decimal mark (`88,24`, `88.24`, `0.5`);
- one separator followed by exactly three digits (`1.234`): in a money column thousands, since
  Rupiah are whole; in an indicator column what the file's convention says (`;` CSV: thousands,
  `,` CSV: decimal), and refused when the file does not say (a text cell of a workbook), since a
  guess would be wrong by a factor of a thousand.

Every refusal is a ValueError whose message says how to write the figure; the caller positions it.
"""

import re
from decimal import Decimal, InvalidOperation

from pipeline.sheets.read import Cell, Style

BLANKS = {"", "-", "–", "—"}
_CURRENCY = re.compile(r"^rp\.?\s*", re.IGNORECASE)
_DIGITS = re.compile(r"^[0-9.,]+$")


def money(cell: Cell) -> int | None:
    """Whole Rupiah, or None for an empty cell."""
    value = _number(cell, money=True, style="id")
    if value is None:
        return None
    if value != value.to_integral_value():
        whole = f"{int(value):,}".replace(",", ".")
        raise ValueError(f"{_shown(cell)} has sen: Rupiah are whole, write {whole}")
    return int(value)


def amount(cell: Cell, style: Style) -> Decimal | None:
    """An indicator value (target, realisasi), or None for an empty cell."""
    return _number(cell, money=False, style=style)


def _number(cell: Cell, money: bool, style: Style) -> Decimal | None:
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise ValueError(f"{cell} is not a number")
    if isinstance(cell, (int, float)):
        return _checked(Decimal(str(cell)), cell)
    text = _CURRENCY.sub("", str(cell).strip()).replace("\u00a0", "").replace(" ", "")
    if text in BLANKS:
        return None
    if text.startswith("-") or text.startswith("(") and text.endswith(")"):
        raise ValueError(f"{_shown(cell)} is negative: a pagu, realisasi or target is never below 0")
    if not _DIGITS.match(text):
        raise ValueError(f"{_shown(cell)} is not a number: write digits, e.g. 1.234.567 or 88,24")
    return _checked(_parse(text, money, style), cell)


def _parse(text: str, money: bool, style: Style) -> Decimal:
    separators = [c for c in text if c in ".,"]
    if not separators:
        return Decimal(text)
    last = max(text.rfind("."), text.rfind(","))
    tail = text[last + 1 :]
    if len(set(separators)) == 2:
        grouping = "." if text[last] == "," else ","
        return _grouped(text[:last], grouping, text) + _fraction(tail, text)
    if len(separators) > 1:
        return _grouped(text, separators[0], text)
    if len(tail) != 3:
        return _grouped(text[:last], "", text) + _fraction(tail, text)
    if money or style == "id":
        return _grouped(text, separators[0], text)
    if style == "plain":
        return Decimal(text.replace(",", "."))
    whole = text.replace(".", "").replace(",", "")
    decimal = text.replace(",", ".")
    raise ValueError(
        f"{text!r} could be {whole} or {decimal}: write {whole} without a separator, "
        "or store the cell as a number rather than text"
    )


def _grouped(text: str, separator: str, original: str) -> Decimal:
    """Digits grouped by threes with `separator` (the first group one to three digits)."""
    groups = text.split(separator) if separator else [text]
    if not groups[0] or len(groups[0]) > 3 and len(groups) > 1 or any(len(g) != 3 for g in groups[1:]):
        raise ValueError(f"{original!r}: thousands are grouped by three digits, e.g. 1.234.567")
    if "." in text.replace(separator, "") or "," in text.replace(separator, ""):
        raise ValueError(f"{original!r} mixes separators; write it like 1.234.567,89 or 1234567.89")
    return Decimal("".join(groups))


def _fraction(tail: str, original: str) -> Decimal:
    if not tail.isdigit():
        raise ValueError(f"{original!r} ends with a separator; write it like 88,24")
    return Decimal("0." + tail)


def _checked(value: Decimal, cell: Cell) -> Decimal:
    try:
        if not value.is_finite() or value < 0:
            raise ValueError(f"{_shown(cell)}: a pagu, realisasi or target is a number of at least 0")
    except InvalidOperation:
        raise ValueError(f"{_shown(cell)} is not a number") from None
    return value


def _shown(cell: Cell) -> str:
    return repr(cell) if isinstance(cell, str) else str(cell)
