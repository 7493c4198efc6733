"""Typed cell and phrase values: numbers that know what they are, formatted only by a writer.

A bare `int` or `Decimal` in a table cell is formatted by its column's type; these wrappers carry
their own kind where one column mixes kinds (an amount of money beside a count of staff) or where a
value needs more than itself to print (an indicator value and its decimal places).
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from pipeline.content.models import Band


@dataclass(frozen=True)
class Money:
    """Rupiah, printed in a table without the currency sign: 1.234.567; None prints a dash."""

    amount: int | None


@dataclass(frozen=True)
class Percent:
    """A ratio in percent with two decimals: 88,24%; None (no ratio) prints a dash."""

    value: Decimal | None


@dataclass(frozen=True)
class Quantity:
    """An indicator value with its own decimal places (and unit, where a phrase needs it)."""

    value: Decimal | int | None
    places: int = 0
    unit: str | None = None


@dataclass(frozen=True)
class Signed:
    """A difference with its sign always shown: +1,29 / -0,50 / 0,00."""

    value: Decimal | None


@dataclass(frozen=True)
class Count:
    """A number of things (staff, units, services); zero prints as itself."""

    n: int


@dataclass(frozen=True)
class Indented:
    """A line of an account tree (the LRA) at its depth below the first level: 0, 1, 2…"""

    text: str
    depth: int


@dataclass(frozen=True)
class Phrase:
    """A short text with values inside it, e.g. "realisasi 1.234 (88,24%)": each part formatted
    by the writer, the text parts escaped like any other text."""

    parts: tuple["str | Money | Percent | Quantity | Count", ...]


Value = (
    str
    | int
    | Decimal
    | datetime.date
    | Band
    | Money
    | Percent
    | Quantity
    | Signed
    | Count
    | Phrase
    | Indented
    | tuple[str, ...]
    | None
)
