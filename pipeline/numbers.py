"""Exact decimal arithmetic shared by computation and formatting.

Figures are computed on exact `Decimal` values and rounded once, at display, half-up to two
places; categories are assigned from the rounded value so the printed number and its word
never disagree (99,996 prints as 100,00% and is therefore "Berhasil").
"""

from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
RATIO_PLACES = 2


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert an int, str or Decimal to Decimal without passing through float."""
    return value if isinstance(value, Decimal) else Decimal(value)


def round_half_up(value: Decimal, places: int = RATIO_PLACES) -> Decimal:
    """Round the way Indonesian reports are read: 2,345 -> 2,35 (never banker's rounding)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def ratio_percent(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """Return part/whole x 100, exact; None when whole is zero (no ratio exists)."""
    whole = to_decimal(whole)
    if whole == 0:
        return None
    return to_decimal(part) * HUNDRED / whole
