"""What every chart shares: its size, its series' colours and legend, the titles and ticks of its
axes, the limits of the value axis and the reference line (the 100 % of a met target).

Geometry is in millimetres, for a chart at most `WIDTH_MM` wide; every printed number comes from
`chart_scale` (the tables' formats), every name passes the report's escaper.
"""

from pipeline.document import blocks as b
from pipeline.write.latex.chart_scale import Scale, axis_ticks, mm, num, text_mm, tick_label
from pipeline.write.latex.escape import escape

WIDTH_MM = 150.0  # the whole chart, value axis and reference label included
HEIGHT_MM = 62.0  # the plot area of a vertical chart
VALUE_AXIS_MM = 17.0  # tick labels and title of a vertical value axis
REFERENCE_MM = 24.0  # room at the right for the reference line's label
CATEGORY_MM = 60.0  # the category names of horizontal bars
LINE_MM = 12 * 0.3515  # its baseline skip
GROUP = 0.78  # of a category's width, the part its bars take
MIN_PLOT_MM = 70.0  # the narrowest plot area (one or two categories)
MAX_CATEGORY_MM = 38.0  # the widest room of one category on a vertical chart
MAX_VERTICAL = 8  # more categories than this: horizontal bars
MAX_LINES = 4  # a category name wrapping to more lines under a vertical bar: horizontal bars


def colour(series: b.Series, number: int, index: int | None = None) -> str:
    own = series.colours[index] if index is not None and series.colours else None
    chosen = own or series.colour
    return f"lkjc{chosen.upper()}" if chosen else rf"\lkjChartColour{{{number}}}"


def legend(chart: b.Chart, image: str) -> list[str]:
    if len(chart.series) < 2:
        return []
    out = []
    for number, s in enumerate(chart.series, start=1):
        out.append(rf"\addlegendimage{{{image}={{{colour(s, number)}}}}}")
        out.append(rf"\addlegendentry{{{escape(s.name)}}}")
    return out


def legend_columns(chart: b.Chart) -> int:
    wide = sum(text_mm(s.name) + 10 for s in chart.series)
    return -1 if wide < WIDTH_MM - 10 else 2


def axis_title(chart: b.Chart, scale: Scale) -> str:
    """The axis title; a Rupiah axis counts in juta, and says so ('Anggaran (juta Rp)')."""
    axis = chart.axis.replace("(Rp)", "(juta Rp)") if chart.unit == "Rp" else chart.axis
    title = (axis + scale.axis_note).strip()
    return escape(title)


def reference_label(chart: b.Chart, scale: Scale) -> str:
    return escape(chart.reference_label) if chart.reference_label else escape(scale.label(chart.reference))


def ticklabels(names) -> str:
    return ",".join("{" + name + "}" for name in names)


def category_ticks(axis: str, names) -> list[str]:
    """One tick per category at 0, 1, 2…, labelled with its (escaped) name."""
    names = list(names)
    return [
        f"{axis}tick={{" + ",".join(str(i) for i in range(len(names))) + "}",
        f"{axis}ticklabels={{" + ticklabels(names) + "}",
    ]


def value_ticks(axis: str, ticks: list[float]) -> list[str]:
    """The value axis' ticks, labelled in Indonesian (never by pgfplots' number printer)."""
    step = ticks[1] - ticks[0]
    return [
        f"{axis}tick={{" + ",".join(num(t) for t in ticks) + "}",
        f"{axis}ticklabels={{" + ticklabels(tick_label(t, step) for t in ticks) + "}",
    ]


def vertical_axis(chart: b.Chart, scale: Scale, style: str, width: float, limits) -> list[str]:
    """The opening of an axis with the categories along the bottom and the values up the side
    (vertical bars, lines): sizes, ticks, the value axis title, the legend above."""
    bottom, top, ticks = limits
    n = len(chart.categories)
    options = [
        style,
        f"width={mm(width)}",
        f"height={mm(HEIGHT_MM)}",
        f"xmin=-0.5, xmax={n - 0.5}",
        f"ymin={num(bottom)}, ymax={num(top)}",
        *category_ticks("x", [escape(c) for c in chart.categories]),
        f"xticklabel style={{text width={mm(width / n - 2)}}}",
        *value_ticks("y", ticks),
    ]
    title = axis_title(chart, scale)
    if title:
        options.append(f"ylabel={{{title}}}")
    if len(chart.series) > 1:
        options.append(f"legend style={{at={{(0.5,1.02)}}, anchor=south, legend columns={legend_columns(chart)}}}")
    return [r"\begin{axis}[" + ",\n  ".join(options) + "]"]


def value_limits(chart: b.Chart, scale: Scale, length_mm: float, room_mm: float) -> tuple[float, float, list[float]]:
    """Limits of the value axis leaving `room_mm` beyond the largest value (its label)."""
    values = [float(v / scale.divisor) for s in chart.series for v in s.values if v is not None]
    if chart.reference is not None:
        values.append(float(chart.reference / scale.divisor))
    high, low = max([0.0, *values]), min([0.0, *values])
    if high == low == 0:
        high = 1.0  # nothing but zeros: an axis of 0 to 1
    fraction = max(0.5, 1 - room_mm / length_mm) if chart.labels else 1.0
    bottom, top, ticks = axis_ticks(low, max(high / fraction, high + 1e-9), scale.tick_places)
    return bottom, top, ticks


def plot_width(chart: b.Chart) -> float:
    """The plot area of a vertical chart: the page's width, or less for a few categories (a lone
    bar is not a wall)."""
    room = WIDTH_MM - VALUE_AXIS_MM - (REFERENCE_MM if chart.reference is not None else 0)
    return min(room, max(MIN_PLOT_MM, len(chart.categories) * MAX_CATEGORY_MM))


def reference(chart: b.Chart, scale: Scale, vertical_values: bool) -> list[str]:
    if chart.reference is None:
        return []
    r = num(chart.reference / scale.divisor)
    label = reference_label(chart, scale)
    first, last = "-0.5", num(len(chart.categories) - 0.5)
    if vertical_values:
        return [
            rf"\draw[lkj chart reference] (axis cs:{first},{r}) -- (axis cs:{last},{r});",
            rf"\node[lkj chart reference label, anchor=west, text width={mm(REFERENCE_MM - 3)}] "
            rf"at (axis cs:{last},{r}) {{{label}}};",
        ]
    return [
        rf"\draw[lkj chart reference] (axis cs:{r},{first}) -- (axis cs:{r},{last});",
        rf"\node[lkj chart reference label, anchor=south, align=center] at (axis cs:{r},{first}) {{{label}}};",
    ]
