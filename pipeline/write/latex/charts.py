"""A Chart to pgfplots: the geometry and every printed string decided here, the looks in lkjchart.sty.

Each chart is a small standalone document of its own (`chart_source`), drawn once to a PDF named
by its source (`chart_name`, see pipeline/tex/charts.py) and included in the report with
`\\lkjChart{chart-<12 hex>}` (the file `chart-<12 hex>.chart`). The numbers a reader sees
(values at the bars, ticks of the value axis) are formatted here with `pipeline.formats`, as the
tables print them ("115,40%"), and reach TeX as literal text: pgfplots only places them. Category
and series names pass through the report's escaper, so `\\input{/etc/passwd}` prints literally.

Geometry is in millimetres, for a chart at most `WIDTH_MM` wide (the text of an A4 or F4 page
is 155 or 160 mm wide), set at its natural size so its type is the report's: \\footnotesize
(10 pt in the 12 pt class) for ticks, labels and legend.
"""

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from decimal import Decimal

from pipeline.document import blocks as b
from pipeline.document.table import InternalError
from pipeline.formats import angka, persen
from pipeline.write.latex.escape import escape

WIDTH_MM = 150.0  # the whole chart, value axis and reference label included
HEIGHT_MM = 62.0  # the plot area of a vertical chart
VALUE_AXIS_MM = 17.0  # tick labels and title of a vertical value axis
REFERENCE_MM = 24.0  # room at the right for the reference line's label
CATEGORY_MM = 60.0  # the category names of horizontal bars
EM_MM = 10 * 0.3515  # \footnotesize of the 12 pt class: 10 pt
LINE_MM = 12 * 0.3515  # its baseline skip
GROUP = 0.78  # of a category's width, the part its bars take
MIN_PLOT_MM = 70.0  # the narrowest plot area (one or two categories)
MAX_CATEGORY_MM = 38.0  # the widest room of one category on a vertical chart
MAX_VERTICAL = 8  # more categories than this: horizontal bars
MAX_LINES = 4  # a category name wrapping to more lines under a vertical bar: horizontal bars
HEX = re.compile(r"[0-9A-Fa-f]{6}")
PREAMBLE = (
    "\\documentclass[12pt,border=1pt]{standalone}\n"
    "\\usepackage[T1]{fontenc}\n"
    "\\usepackage{tgtermes}\n"
    "\\usepackage{lkjchart}\n"
    # the same bytes from the same chart, whenever and wherever drawn
    "\\pdfinfoomitdate=1 \\pdftrailerid{} \\pdfsuppressptexinfo=-1\n"
)


def chart_source(chart: b.Chart) -> str:
    """The standalone document that draws `chart`."""
    _check(chart)
    colours = sorted({c.upper() for s in chart.series for c in (*s.colours, s.colour) if c})
    lines = [PREAMBLE.rstrip("\n")]
    lines += [rf"\definecolor{{lkjc{c}}}{{HTML}}{{{c}}}" for c in colours]
    lines += [r"\begin{document}", r"\begin{tikzpicture}"]
    lines += _lines(chart) if chart.kind is b.ChartKind.lines else _bars(chart)
    lines += [r"\end{tikzpicture}", r"\end{document}"]
    return "\n".join(lines) + "\n"


def chart_name(chart: b.Chart) -> str:
    """The name the report includes the drawn chart by, its source's digest: `chart-<12 hex>`, the
    source `.tex` and the drawn `.chart` (a PDF, not named `.pdf`: the PDFs under a build directory
    are its reports)."""
    return _name(chart_source(chart))


def _name(source: str) -> str:
    return f"chart-{hashlib.sha256(source.encode()).hexdigest()[:12]}"


def chart_figure(node: b.Figure) -> str:
    """The figure in the report: the drawn chart, its caption and label."""
    return rf"\lkjFigure{{\lkjChart{{{chart_name(node.drawing)}}}}}{{{escape(node.caption)}}}{{{node.label}}}"


def chart_sources(document) -> dict[str, str]:
    """Every chart of a document as the engine's input: `chart-<hex>.tex` -> its standalone source."""
    out = {}
    for chart in _charts(document):
        source = chart_source(chart)
        out[f"{_name(source)}.tex"] = source
    return out


def _charts(node):
    if isinstance(node, b.Chart):
        yield node
    elif isinstance(node, tuple | list):
        for item in node:
            yield from _charts(item)
    elif is_dataclass(node) and not isinstance(node, type):
        if isinstance(node, b.Figure):
            yield from _charts(node.drawing)
            return
        for f in fields(node):
            value = getattr(node, f.name)
            if isinstance(value, tuple | list) or is_dataclass(value):
                yield from _charts(value)


def _check(chart: b.Chart) -> None:
    n = len(chart.categories)
    if not n or not chart.series:
        raise InternalError("a chart needs categories and series")
    for s in chart.series:
        if len(s.values) != n or (s.colours and len(s.colours) != n):
            raise InternalError(f"chart series {s.name!r}: {len(s.values)} values for {n} categories")
        for c in (*s.colours, s.colour):
            if c is not None and not HEX.fullmatch(c):
                raise InternalError(f"chart series {s.name!r}: colour {c!r} is not six hex digits")


# ---- numbers: what prints, and where the axis goes -------------------------------------------


@dataclass(frozen=True)
class Scale:
    """How a chart's values print and where they sit on the value axis."""

    divisor: Decimal  # value / divisor = axis coordinate (Rupiah on a juta axis)
    label: Callable[[Decimal], str]  # the printed value
    tick_places: int = 0
    axis_note: str = ""  # appended to the axis title


def _scale(chart: b.Chart) -> Scale:
    values = [v for s in chart.series for v in s.values if v is not None]
    if chart.unit == "%":
        return Scale(Decimal(1), persen)
    if chart.unit == "Rp":
        note = "" if "juta" in chart.axis.lower() or "(Rp)" in chart.axis else " (juta rupiah)"
        return Scale(Decimal(10**6), _rupiah_label, axis_note=note)
    places = min(2, max((_places(v) for v in values), default=0))
    unit = f" {chart.unit}" if chart.unit else ""
    return Scale(Decimal(1), lambda v: angka(v, places) + unit, tick_places=places)


def _rupiah_label(value: Decimal) -> str:
    """Money at a bar: miliar from a billion up ('Rp1,97 M'), juta below ('Rp93,2 jt'), rupiah under a juta."""
    sign, value = ("-" if value < 0 else ""), abs(value)
    if value >= 10**9:
        return f"{sign}Rp{angka(value / 10**9, 2)} M"
    if value >= 10**6:
        return f"{sign}Rp{angka(value / 10**6, 1)} jt"
    return f"{sign}Rp{angka(value)}"


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _ticks(low: float, high: float, places: int) -> tuple[float, float, list[float]]:
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


def _tick_label(value: float, step: float) -> str:
    places = 0 if abs(step - round(step)) < 1e-9 else (1 if abs(step * 10 - round(step * 10)) < 1e-9 else 2)
    return angka(Decimal(repr(round(value, 6))), places)


def _num(value: float | Decimal) -> str:
    """A coordinate for pgfplots: plain decimal with a point (never printed)."""
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _mm(value: float) -> str:
    return f"{value:.2f}mm"


# Widths of \footnotesize Termes, in em: enough to tell whether a label fits over its bar.
_WIDE = {"%": 0.83, "M": 0.89, "R": 0.67, "-": 0.33, " ": 0.25, ",": 0.25, ".": 0.25}


def _text_mm(text: str) -> float:
    return sum(_WIDE.get(c, 0.5 if c.isdigit() or c.islower() else 0.7) for c in text) * EM_MM


def _wrapped_lines(text: str, width_mm: float) -> int:
    """How many lines a category name takes in `width_mm` (words wrapped, long ones counted whole)."""
    lines, used = 1, 0.0
    for word in text.split():
        w = _text_mm(word)
        if used and used + _text_mm(" ") + w > width_mm:
            lines += 1 + int(w // max(width_mm, 1))
            used = w % max(width_mm, 1)
        else:
            used += (_text_mm(" ") if used else 0) + w
            if used > width_mm:
                lines += int(used // width_mm)
                used %= width_mm
    return lines


# ---- series: colours and legend ---------------------------------------------------------------


def _colour(series: b.Series, number: int, index: int | None = None) -> str:
    own = series.colours[index] if index is not None and series.colours else None
    chosen = own or series.colour
    return f"lkjc{chosen.upper()}" if chosen else rf"\lkjChartColour{{{number}}}"


def _legend(chart: b.Chart, image: str) -> list[str]:
    if len(chart.series) < 2:
        return []
    out = []
    for number, s in enumerate(chart.series, start=1):
        out.append(rf"\addlegendimage{{{image}={{{_colour(s, number)}}}}}")
        out.append(rf"\addlegendentry{{{escape(s.name)}}}")
    return out


def _legend_columns(chart: b.Chart) -> int:
    wide = sum(_text_mm(s.name) + 10 for s in chart.series)
    return -1 if wide < WIDTH_MM - 10 else 2


def _axis_title(chart: b.Chart, scale: Scale) -> str:
    """The axis title; a Rupiah axis counts in juta, and says so ('Anggaran (juta Rp)')."""
    axis = chart.axis.replace("(Rp)", "(juta Rp)") if chart.unit == "Rp" else chart.axis
    title = (axis + scale.axis_note).strip()
    return escape(title)


def _reference_label(chart: b.Chart, scale: Scale) -> str:
    return escape(chart.reference_label) if chart.reference_label else escape(scale.label(chart.reference))


def _ticklabels(names) -> str:
    return ",".join("{" + name + "}" for name in names)


# ---- bars -----------------------------------------------------------------------------------


def _horizontal(chart: b.Chart) -> bool:
    n = len(chart.categories)
    if n > MAX_VERTICAL:
        return True
    room = _plot_width(chart) / n - 2
    return max(_wrapped_lines(c, room) for c in chart.categories) > MAX_LINES


def _bars(chart: b.Chart) -> list[str]:
    return _hbars(chart) if _horizontal(chart) else _vbars(chart)


def _value_limits(chart: b.Chart, scale: Scale, length_mm: float, room_mm: float) -> tuple[float, float, list[float]]:
    """Limits of the value axis leaving `room_mm` beyond the largest value (its label)."""
    values = [float(v / scale.divisor) for s in chart.series for v in s.values if v is not None]
    if chart.reference is not None:
        values.append(float(chart.reference / scale.divisor))
    high, low = max([0.0, *values]), min([0.0, *values])
    if high == low == 0:
        high = 1.0  # nothing but zeros: an axis of 0 to 1
    fraction = max(0.5, 1 - room_mm / length_mm) if chart.labels else 1.0
    bottom, top, ticks = _ticks(low, max(high / fraction, high + 1e-9), scale.tick_places)
    return bottom, top, ticks


def _plot_width(chart: b.Chart) -> float:
    """The plot area of a vertical chart: the page's width, or less for a few categories (a lone
    bar is not a wall)."""
    room = WIDTH_MM - VALUE_AXIS_MM - (REFERENCE_MM if chart.reference is not None else 0)
    return min(room, max(MIN_PLOT_MM, len(chart.categories) * MAX_CATEGORY_MM))


def _vbars(chart: b.Chart) -> list[str]:
    scale = _scale(chart)
    n, k = len(chart.categories), len(chart.series)
    width = _plot_width(chart)
    unit = width / n  # mm per category
    bar = unit * GROUP / k
    labels = [scale.label(v) for s in chart.series for v in s.values if v is not None]
    widest = max((_text_mm(t) for t in labels), default=0)
    spacing = unit * GROUP / k if k > 1 else unit  # between the centres of neighbouring bars
    upright = widest * 1.05 + 2 > spacing  # a label wider than its room stands on end
    room = (widest + 1.5) if upright else LINE_MM
    bottom, top, ticks = _value_limits(chart, scale, HEIGHT_MM, room)
    step = ticks[1] - ticks[0]
    names = [escape(c) for c in chart.categories]
    options = [
        "lkj chart bars",
        f"width={_mm(width)}",
        f"height={_mm(HEIGHT_MM)}",
        f"xmin=-0.5, xmax={n - 0.5}",
        f"ymin={_num(bottom)}, ymax={_num(top)}",
        "xtick={" + ",".join(str(i) for i in range(n)) + "}",
        "xticklabels={" + _ticklabels(names) + "}",
        f"xticklabel style={{text width={_mm(unit - 2)}}}",
        "ytick={" + ",".join(_num(t) for t in ticks) + "}",
        "yticklabels={" + _ticklabels(_tick_label(t, step) for t in ticks) + "}",
    ]
    title = _axis_title(chart, scale)
    if title:
        options.append(f"ylabel={{{title}}}")
    if k > 1:
        options.append(f"legend style={{at={{(0.5,1.02)}}, anchor=south, legend columns={_legend_columns(chart)}}}")
    out = [r"\begin{axis}[" + ",\n  ".join(options) + "]"]
    out += _legend(chart, "lkj chart legend bar")
    marks = []
    for number, s in enumerate(chart.series, start=1):
        shift = -GROUP / 2 + (number - 0.5) * GROUP / k
        for i, value in enumerate(s.values):
            x = i + shift
            if value is None:
                if chart.labels:
                    marks.append(rf"\node[lkj chart missing, anchor=south] at (axis cs:{_num(x)},0) {{-}};")
                continue
            y = value / scale.divisor
            out.append(
                rf"\addplot[ybar, bar width={_mm(bar * 0.92)}, bar shift=0pt, forget plot, "
                rf"lkj chart bar={{{_colour(s, number, i)}}}] coordinates {{({_num(x)},{_num(y)})}};"
            )
            if chart.labels:
                text = escape(scale.label(value))
                anchor = ("east" if y < 0 else "west") if upright else ("north" if y < 0 else "south")
                rotate = ", rotate=90" if upright else ""
                marks.append(
                    rf"\node[lkj chart label, anchor={anchor}{rotate}] at (axis cs:{_num(x)},{_num(y)}) {{{text}}};"
                )
    out += _reference(chart, scale, vertical_values=True)
    out += marks
    out.append(r"\end{axis}")
    return out


def _reference(chart: b.Chart, scale: Scale, vertical_values: bool) -> list[str]:
    if chart.reference is None:
        return []
    r = _num(chart.reference / scale.divisor)
    label = _reference_label(chart, scale)
    first, last = "-0.5", _num(len(chart.categories) - 0.5)
    if vertical_values:
        return [
            rf"\draw[lkj chart reference] (axis cs:{first},{r}) -- (axis cs:{last},{r});",
            rf"\node[lkj chart reference label, anchor=west, text width={_mm(REFERENCE_MM - 3)}] "
            rf"at (axis cs:{last},{r}) {{{label}}};",
        ]
    return [
        rf"\draw[lkj chart reference] (axis cs:{r},{first}) -- (axis cs:{r},{last});",
        rf"\node[lkj chart reference label, anchor=south, align=center] at (axis cs:{r},{first}) {{{label}}};",
    ]


def _hbars(chart: b.Chart) -> list[str]:
    scale = _scale(chart)
    n, k = len(chart.categories), len(chart.series)
    width = WIDTH_MM - CATEGORY_MM - 3
    lines = max(_wrapped_lines(c, CATEGORY_MM - 2) for c in chart.categories)
    band = max(lines * LINE_MM + 2.5, k * 5.0 + 3.0)  # mm per category
    bar = min(band * GROUP / k, 8.0)
    labels = [scale.label(v) for s in chart.series for v in s.values if v is not None]
    widest = max((_text_mm(t) for t in labels), default=0)
    bottom, top, ticks = _value_limits(chart, scale, width, widest + 2)
    step = ticks[1] - ticks[0]
    height = band * n
    options = [
        "lkj chart hbars",
        f"width={_mm(width)}",
        f"height={_mm(height)}",
        f"ymin=-0.5, ymax={n - 0.5}",
        f"xmin={_num(bottom)}, xmax={_num(top)}",
        "ytick={" + ",".join(str(i) for i in range(n)) + "}",
        "yticklabels={" + _ticklabels(escape(c) for c in chart.categories) + "}",
        f"yticklabel style={{text width={_mm(CATEGORY_MM - 2)}}}",
        "xtick={" + ",".join(_num(t) for t in ticks) + "}",
        "xticklabels={" + _ticklabels(_tick_label(t, step) for t in ticks) + "}",
    ]
    title = _axis_title(chart, scale)
    if title:
        options.append(f"xlabel={{{title}}}")
    if k > 1:
        options.append(
            "legend style={at={(0.5,-0.02)}, anchor=north, yshift=-"
            + ("9mm" if title else "5mm")
            + f", legend columns={_legend_columns(chart)}}}"
        )
    out = [r"\begin{axis}[" + ",\n  ".join(options) + "]"]
    out += _legend(chart, "lkj chart legend bar")
    marks = []
    unit = GROUP / k  # of a category, per bar
    for number, s in enumerate(chart.series, start=1):
        shift = -GROUP / 2 + (number - 0.5) * unit
        for i, value in enumerate(s.values):
            y = i + shift
            if value is None:
                if chart.labels:
                    marks.append(rf"\node[lkj chart missing, anchor=west] at (axis cs:0,{_num(y)}) {{-}};")
                continue
            x = value / scale.divisor
            out.append(
                rf"\addplot[xbar, bar width={_mm(bar * 0.92)}, bar shift=0pt, forget plot, "
                rf"lkj chart bar={{{_colour(s, number, i)}}}] coordinates {{({_num(x)},{_num(y)})}};"
            )
            if chart.labels:
                anchor = "east" if x < 0 else "west"
                marks.append(
                    rf"\node[lkj chart label, anchor={anchor}] at (axis cs:{_num(x)},{_num(y)}) "
                    rf"{{{escape(scale.label(value))}}};"
                )
    out += _reference(chart, scale, vertical_values=False)
    out += marks
    out.append(r"\end{axis}")
    return out


# ---- lines ------------------------------------------------------------------------------------


def _lines(chart: b.Chart) -> list[str]:
    scale = _scale(chart)
    n = len(chart.categories)
    width = _plot_width(chart)
    unit = width / n
    bottom, top, ticks = _value_limits(chart, scale, HEIGHT_MM, LINE_MM + 2)
    step = ticks[1] - ticks[0]
    options = [
        "lkj chart lines",
        f"width={_mm(width)}",
        f"height={_mm(HEIGHT_MM)}",
        f"xmin=-0.5, xmax={n - 0.5}",
        f"ymin={_num(bottom)}, ymax={_num(top)}",
        "xtick={" + ",".join(str(i) for i in range(n)) + "}",
        "xticklabels={" + _ticklabels(escape(c) for c in chart.categories) + "}",
        f"xticklabel style={{text width={_mm(unit - 2)}}}",
        "ytick={" + ",".join(_num(t) for t in ticks) + "}",
        "yticklabels={" + _ticklabels(_tick_label(t, step) for t in ticks) + "}",
    ]
    title = _axis_title(chart, scale)
    if title:
        options.append(f"ylabel={{{title}}}")
    if len(chart.series) > 1:
        options.append(f"legend style={{at={{(0.5,1.02)}}, anchor=south, legend columns={_legend_columns(chart)}}}")
    out = [r"\begin{axis}[" + ",\n  ".join(options) + "]"]
    out += _legend(chart, "lkj chart line")
    marks = []
    for number, s in enumerate(chart.series, start=1):
        points = " ".join(f"({i},{'nan' if v is None else _num(v / scale.divisor)})" for i, v in enumerate(s.values))
        out.append(rf"\addplot[lkj chart line={{{_colour(s, number)}}}, forget plot] coordinates {{{points}}};")
    if chart.labels:
        for i in range(n):
            here = sorted(
                ((s.values[i], number) for number, s in enumerate(chart.series) if s.values[i] is not None),
                key=lambda p: p[0],
            )
            for rank, (value, _) in enumerate(here):
                below = len(here) > 1 and rank == 0  # the lowest of several points: its label under it
                anchor = "north" if below else "south"
                marks.append(
                    rf"\node[lkj chart label, anchor={anchor}, yshift={'-' if below else ''}1.5pt] "
                    rf"at (axis cs:{i},{_num(value / scale.divisor)}) {{{escape(scale.label(value))}}};"
                )
    out += _reference(chart, scale, vertical_values=True)
    out += marks
    out.append(r"\end{axis}")
    return out
