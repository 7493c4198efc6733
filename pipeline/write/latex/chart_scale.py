"""Numbers on a chart: how each value prints (in Indonesian, by the project's formatters), the
value axis' range and ticks, and the room a label takes, in millimetres.

Every number a reader sees is formatted here in Python, never by pgfplots: a chart's labels are the
strings its table prints.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from pipeline.document import blocks as b
from pipeline.formats import angka, persen

EM_MM = 10 * 0.3515  # \footnotesize of the 12 pt class: 10 pt
MAX_PLACES = 4  # an indicator prints at most four decimals


@dataclass(frozen=True)
class Scale:
    """How a chart's values print and where they sit on the value axis."""

    divisor: Decimal  # value / divisor = axis coordinate (Rupiah on a juta axis)
    label: Callable[[Decimal], str]  # the printed value
    tick_places: int = 0
    axis_note: str = ""  # appended to the axis title


def scale_of(chart: b.Chart) -> Scale:
    values = [v for s in chart.series for v in s.values if v is not None]
    if chart.unit == "%":
        return Scale(Decimal(1), persen)
    if chart.unit == "Rp":
        note = "" if "juta" in chart.axis.lower() or "(Rp)" in chart.axis else " (juta rupiah)"
        return Scale(Decimal(10**6), rupiah_label, axis_note=note)
    # an indicator's values come rounded to its own decimals (80 with two places is 80.00): printed so,
    # as its table prints them
    shown = min(MAX_PLACES, max((places(v) for v in values), default=0))
    unit = f" {chart.unit}" if chart.unit else ""
    return Scale(Decimal(1), lambda v: angka(v, shown) + unit, tick_places=min(2, shown))


def rupiah_label(value: Decimal) -> str:
    """Money at a bar in whole Rupiah, as the budget tables print it (1.755.568.421): a reader finds
    the bar's figure in the table unchanged; the axis alone is scaled (juta)."""
    return angka(value)


def places(value: Decimal) -> int:
    """The decimal places a value is written with (Decimal keeps them: 80.00 has two)."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def axis_ticks(low: float, high: float, places: int) -> tuple[float, float, list[float]]:
    """Round limits and about five ticks between them, the axis starting at 0 (or below, for a negative value)."""
    span = max(high - low, 1e-9)
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999)
    if places == 0 and step < 1 and high > 1:
        step = 1
    bottom = math.floor(low / step - 1e-9) * step if low < 0 else 0.0
    top = math.ceil(high / step - 1e-9) * step
    if top <= 0:
        top = step
    count = round((top - bottom) / step)
    return bottom, top, [bottom + i * step for i in range(count + 1)]


def tick_label(value: float, step: float) -> str:
    places = 0 if abs(step - round(step)) < 1e-9 else (1 if abs(step * 10 - round(step * 10)) < 1e-9 else 2)
    return angka(Decimal(repr(round(value, 6))), places)


def num(value: float | Decimal) -> str:
    """A coordinate for pgfplots: plain decimal with a point (never printed)."""
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def mm(value: float) -> str:
    return f"{value:.2f}mm"


# Widths of \footnotesize Termes, in em: enough to tell whether a label fits over its bar.
WIDE = {"%": 0.83, "M": 0.89, "R": 0.67, "-": 0.33, " ": 0.25, ",": 0.25, ".": 0.25}


def text_mm(text: str) -> float:
    return sum(WIDE.get(c, 0.5 if c.isdigit() or c.islower() else 0.7) for c in text) * EM_MM


def wrapped_lines(text: str, width_mm: float) -> int:
    """How many lines a category name takes in `width_mm` (words wrapped, long ones counted whole)."""
    lines, used = 1, 0.0
    for word in text.split():
        w = text_mm(word)
        if used and used + text_mm(" ") + w > width_mm:
            lines += 1 + int(w // max(width_mm, 1))
            used = w % max(width_mm, 1)
        else:
            used += (text_mm(" ") if used else 0) + w
            if used > width_mm:
                lines += int(used // width_mm)
                used %= width_mm
    return lines
