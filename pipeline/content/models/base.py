"""Shared building blocks of the content models: the base class and constrained types."""

import calendar
import datetime
import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from pipeline.people import PANGKAT

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
FIGURE_DIGITS = 15


def _figure(value: int | Decimal) -> int | Decimal:
    """A figure is rounded and printed in 28 significant digits; no budget, count or index of a
    kecamatan comes near 15 digits before the point, so a longer one is a slip, refused here."""
    if abs(value) >= 10**FIGURE_DIGITS:
        raise ValueError(f"too large: a figure has at most {FIGURE_DIGITS} digits before the decimal point")
    return value


Money = Annotated[int, Field(ge=0, description="Whole Rupiah"), AfterValidator(_figure)]
Amount = Annotated[Decimal, Field(allow_inf_nan=False), AfterValidator(_figure)]
Tally = Annotated[int, AfterValidator(_figure)]
Golongan = Literal[tuple(PANGKAT)]  # type: ignore[valid-type]  # I/a ... IV/e, nothing else
Nip = Annotated[str, StringConstraints(pattern=r"^\d{18}$")]
Kode = Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)*$")]
Hex = Annotated[str, StringConstraints(pattern=r"^[0-9A-Fa-f]{6}$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]
FileStem = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]  # a file name without .yaml


class MonthOnly(datetime.date):
    """A signing date known to its month only ("2024-01"): it prints as "Januari 2024", never with an
    invented day; compared as the month's last day, so a check never faults a day it was not told."""


def _month_only(value):
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value.strip()):
        year, month = map(int, value.strip().split("-"))
        if not 1 <= month <= 12:
            raise ValueError(f"{value}: month {month} does not exist")
        last = calendar.monthrange(year, month)[1]
        return MonthOnly(year, month, last)
    return value


SigningDate = Annotated[datetime.date, BeforeValidator(_month_only)]


class Model(BaseModel):
    """Base for every content model: immutable, strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)
