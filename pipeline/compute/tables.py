"""Totals of rows the year file gives itself (`data.<name>` tables): sums, computed once here."""

from decimal import Decimal


def column_total(values) -> Decimal | int | None:
    """The sum of a column's numbers (missing values count as nothing); None when it has none."""
    numbers = [v for v in values if isinstance(v, Decimal | int) and not isinstance(v, bool)]
    return sum(numbers, type(numbers[0])(0)) if numbers else None
