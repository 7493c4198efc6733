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
import re
from dataclasses import fields, is_dataclass

from pipeline.document import blocks as b
from pipeline.document.table import InternalError
from pipeline.write.latex import chart_axes as ax
from pipeline.write.latex.chart_scale import (
    mm,
    num,
    scale_of,
    text_mm,
    wrapped_lines,
)
from pipeline.write.latex.escape import escape

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
    """The figure in the report: the drawn chart, its caption and label, numbered in its series."""
    command = r"\lkjGraph" if node.series is b.FigureSeries.grafik else r"\lkjFigure"
    return rf"{command}{{\lkjChart{{{chart_name(node.drawing)}}}}}{{{escape(node.caption)}}}{{{node.label}}}"


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


# ---- bars -----------------------------------------------------------------------------------


def _horizontal(chart: b.Chart) -> bool:
    n = len(chart.categories)
    if n > ax.MAX_VERTICAL:
        return True
    room = ax.plot_width(chart) / n - 2
    return max(wrapped_lines(c, room) for c in chart.categories) > ax.MAX_LINES


def _bars(chart: b.Chart) -> list[str]:
    return _hbars(chart) if _horizontal(chart) else _vbars(chart)


def _vbars(chart: b.Chart) -> list[str]:
    scale = scale_of(chart)
    n, k = len(chart.categories), len(chart.series)
    width = ax.plot_width(chart)
    unit = width / n  # mm per category
    bar = unit * ax.GROUP / k
    labels = [scale.label(v) for s in chart.series for v in s.values if v is not None]
    widest = max((text_mm(t) for t in labels), default=0)
    spacing = unit * ax.GROUP / k if k > 1 else unit  # between the centres of neighbouring bars
    upright = widest * 1.05 + 2 > spacing  # a label wider than its room stands on end
    room = (widest + 1.5) if upright else ax.LINE_MM
    bottom, top, ticks = ax.value_limits(chart, scale, ax.HEIGHT_MM, room)
    out = ax.vertical_axis(chart, scale, "lkj chart bars", width, (bottom, top, ticks))
    out += ax.legend(chart, "lkj chart legend bar")
    marks = []
    for number, s in enumerate(chart.series, start=1):
        shift = -ax.GROUP / 2 + (number - 0.5) * ax.GROUP / k
        for i, value in enumerate(s.values):
            x = i + shift
            if value is None:
                if chart.labels:
                    marks.append(rf"\node[lkj chart missing, anchor=south] at (axis cs:{num(x)},0) {{-}};")
                continue
            y = value / scale.divisor
            out.append(
                rf"\addplot[ybar, bar width={mm(bar * 0.92)}, bar shift=0pt, forget plot, "
                rf"lkj chart bar={{{ax.colour(s, number, i)}}}] coordinates {{({num(x)},{num(y)})}};"
            )
            if chart.labels:
                text = escape(scale.label(value))
                anchor = ("east" if y < 0 else "west") if upright else ("north" if y < 0 else "south")
                rotate = ", rotate=90" if upright else ""
                marks.append(
                    rf"\node[lkj chart label, anchor={anchor}{rotate}] at (axis cs:{num(x)},{num(y)}) {{{text}}};"
                )
    out += ax.reference(chart, scale, vertical_values=True)
    out += marks
    out.append(r"\end{axis}")
    return out


def _hbars(chart: b.Chart) -> list[str]:
    scale = scale_of(chart)
    n, k = len(chart.categories), len(chart.series)
    width = ax.WIDTH_MM - ax.CATEGORY_MM - 3
    lines = max(wrapped_lines(c, ax.CATEGORY_MM - 2) for c in chart.categories)
    band = max(lines * ax.LINE_MM + 2.5, k * 5.0 + 3.0)  # mm per category
    bar = min(band * ax.GROUP / k, 8.0)
    labels = [scale.label(v) for s in chart.series for v in s.values if v is not None]
    widest = max((text_mm(t) for t in labels), default=0)
    bottom, top, ticks = ax.value_limits(chart, scale, width, widest + 2)
    height = band * n
    options = [
        "lkj chart hbars",
        f"width={mm(width)}",
        f"height={mm(height)}",
        f"ymin=-0.5, ymax={n - 0.5}",
        f"xmin={num(bottom)}, xmax={num(top)}",
        *ax.category_ticks("y", [escape(c) for c in chart.categories]),
        f"yticklabel style={{text width={mm(ax.CATEGORY_MM - 2)}}}",
        *ax.value_ticks("x", ticks),
    ]
    title = ax.axis_title(chart, scale)
    if title:
        options.append(f"xlabel={{{title}}}")
    if k > 1:
        options.append(
            "legend style={at={(0.5,-0.02)}, anchor=north, yshift=-"
            + ("9mm" if title else "5mm")
            + f", legend columns={ax.legend_columns(chart)}}}"
        )
    out = [r"\begin{axis}[" + ",\n  ".join(options) + "]"]
    out += ax.legend(chart, "lkj chart legend bar")
    marks = []
    unit = ax.GROUP / k  # of a category, per bar
    for number, s in enumerate(chart.series, start=1):
        shift = -ax.GROUP / 2 + (number - 0.5) * unit
        for i, value in enumerate(s.values):
            y = i + shift
            if value is None:
                if chart.labels:
                    marks.append(rf"\node[lkj chart missing, anchor=west] at (axis cs:0,{num(y)}) {{-}};")
                continue
            x = value / scale.divisor
            out.append(
                rf"\addplot[xbar, bar width={mm(bar * 0.92)}, bar shift=0pt, forget plot, "
                rf"lkj chart bar={{{ax.colour(s, number, i)}}}] coordinates {{({num(x)},{num(y)})}};"
            )
            if chart.labels:
                anchor = "east" if x < 0 else "west"
                marks.append(
                    rf"\node[lkj chart label, anchor={anchor}] at (axis cs:{num(x)},{num(y)}) "
                    rf"{{{escape(scale.label(value))}}};"
                )
    out += ax.reference(chart, scale, vertical_values=False)
    out += marks
    out.append(r"\end{axis}")
    return out


# ---- lines ------------------------------------------------------------------------------------


def _lines(chart: b.Chart) -> list[str]:
    scale = scale_of(chart)
    n = len(chart.categories)
    width = ax.plot_width(chart)
    bottom, top, ticks = ax.value_limits(chart, scale, ax.HEIGHT_MM, ax.LINE_MM + 2)
    out = ax.vertical_axis(chart, scale, "lkj chart lines", width, (bottom, top, ticks))
    out += ax.legend(chart, "lkj chart line")
    marks = []
    for number, s in enumerate(chart.series, start=1):
        points = " ".join(f"({i},{'nan' if v is None else num(v / scale.divisor)})" for i, v in enumerate(s.values))
        out.append(rf"\addplot[lkj chart line={{{ax.colour(s, number)}}}, forget plot] coordinates {{{points}}};")
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
                    rf"at (axis cs:{i},{num(value / scale.divisor)}) {{{escape(scale.label(value))}}};"
                )
    out += ax.reference(chart, scale, vertical_values=True)
    out += marks
    out.append(r"\end{axis}")
    return out
