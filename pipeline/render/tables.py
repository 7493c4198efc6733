"""Tables: semantic rows from Python, column layout from latex/tables.yaml, LaTeX via PyLaTeX.

Python decides *what* a row says and what kind of row it is (program, kegiatan, total...);
`latex/tables.yaml` decides the columns; `latex/lkjip.cls` decides how each kind looks.
"""

import functools
from dataclasses import dataclass
from pathlib import Path

from pylatex import LongTable, MultiColumn, MultiRow
from pylatex.utils import NoEscape
from ruamel.yaml import YAML

from pipeline.render.escape import Latex, escape, latex

STYLE_MACRO = {
    "program": r"\lkjRowProgram",
    "kegiatan": r"\lkjRowKegiatan",
    "sub": r"\lkjRowSub",
    "total": r"\lkjStrong",
    "group": r"\lkjStrong",
    "body": "",
}
SHADED = {"program", "total", "group"}


class _LkjLongTable(LongTable):
    """PyLaTeX's longtable under the class's environment name (grid, font and spacing)."""

    _latex_name = "lkjlongtable"


@dataclass(frozen=True)
class Span:
    """A cell spanning several columns."""

    text: str | Latex
    columns: int
    align: str = "l"


@dataclass(frozen=True)
class Row:
    """One table row: cells are plain text (escaped here), Latex, lists (one line each) or Span."""

    cells: tuple
    style: str = "body"
    rule_from: int = 1  # 1: full rule below; k > 1: rule only under columns k..n (grouped rows)


@dataclass(frozen=True)
class Column:
    head: str
    width: float
    align: str
    group: str | None = None


@dataclass(frozen=True)
class Layout:
    columns: tuple[Column, ...]
    landscape: bool = False


@functools.cache
def load_layouts(path: Path) -> dict[str, Layout]:
    raw = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return {
        key: Layout(
            tuple(Column(c["head"], float(c["width"]), c["align"], c.get("group")) for c in spec["columns"]),
            bool(spec.get("landscape", False)),
        )
        for key, spec in raw.items()
    }


def _breakable(text: str) -> str:
    """Escaped cell text that may wrap after a slash: "Orang/Bulan" in a narrow Satuan column."""
    return escape(text).replace("/", r"/\allowbreak{}")


def _cell(value, style: str) -> NoEscape:
    if isinstance(value, Latex):
        text = str(value)
    elif isinstance(value, (list, tuple)):
        text = r"\newline ".join(_breakable(str(v)) for v in value)
    else:
        text = _breakable(str(value))
    macro = STYLE_MACRO[style]
    return NoEscape(f"{macro}{{{text}}}" if macro and text else text)


def _widths(columns: tuple[Column, ...]) -> list[str]:
    """Each column's width so the table is exactly \\linewidth wide, rules and padding included."""
    n, weight = len(columns), sum(c.width for c in columns)
    avail = rf"(\linewidth-{2 * n}\tabcolsep-{n + 1}\arrayrulewidth)"
    # floor, so that rounding can never make the columns add up to more than the line
    return [rf"{avail}*{int(1000 * c.width / weight)}/1000" for c in columns]


def _colspec(columns: tuple[Column, ...]) -> str:
    specs = [rf"{c.align}{{\dimexpr{w}\relax}}" for c, w in zip(columns, _widths(columns), strict=True)]
    return "|" + "|".join(specs) + "|"


def _span_width(columns: tuple[Column, ...], start: int, span: int) -> str:
    """The text width of `span` columns joined: theirs plus the padding and rules between them."""
    inner = "+".join(_widths(columns)[start : start + span])
    return rf"\dimexpr{inner}+{2 * (span - 1)}\tabcolsep+{span - 1}\arrayrulewidth\relax"


def _header(table: LongTable, columns: tuple[Column, ...], words: dict) -> None:
    heads = [NoEscape(r"\lkjHead{" + escape(c.head.format(**words)) + "}") for c in columns]
    if not any(c.group for c in columns):
        table.add_row(heads)
        table.add_hline()
        return
    top, bottom, clines, index = [], [], [], 0
    while index < len(columns):
        group = columns[index].group
        if group is None:
            top.append(MultiRow(2, width="=", data=heads[index]))
            bottom.append("")
            index += 1
            continue
        span = 1
        while index + span < len(columns) and columns[index + span].group == group:
            span += 1
        align = "|c|" if index == 0 else "c|"
        top.append(MultiColumn(span, align=align, data=NoEscape(r"\lkjHead{" + escape(group.format(**words)) + "}")))
        bottom.extend(heads[index : index + span])
        clines.append((index + 1, index + span))
        index += span
    table.add_row(top)
    for start, end in clines:
        table.append(NoEscape(rf"\cline{{{start}-{end}}}"))
    table.add_row(bottom)
    table.add_hline()


def _column_numbers(table: LongTable, count: int) -> None:
    table.add_row([NoEscape(rf"\lkjColNum{{{i}}}") for i in range(1, count + 1)])
    table.add_hline()


def render_table(
    layout: Layout,
    rows: list[Row],
    caption: str,
    label: str,
    words: dict,
    source: str | None = None,
    intro: str | None = None,
    numbered_columns: bool = True,
) -> Latex:
    """A complete long table: caption, repeated header with '(lanjutan)', rows, rules.

    `intro` is the sentence that announces the table; it travels with the table so that a
    landscape table does not leave its lead-in stranded on a nearly empty portrait page.
    """
    columns = layout.columns
    table = _LkjLongTable(NoEscape(_colspec(columns)), width=len(columns))
    for first in (True, False):
        title = escape(caption)
        table.append(
            NoEscape(rf"\caption{{{title}}}\label{{{label}}}\\" if first else rf"\lkjContinuedCaption{{{title}}}\\")
        )
        table.add_hline()
        _header(table, columns, words)
        if numbered_columns:
            _column_numbers(table, len(columns))
        table.append(NoEscape(r"\endfirsthead" if first else r"\endhead"))
    table.append(NoEscape(rf"\multicolumn{{{len(columns)}}}{{r}}{{\lkjContinuesText}}\\\endfoot"))
    table.append(NoEscape(r"\endlastfoot"))
    for index, row in enumerate(rows):
        _add_row(table, row, columns)
        if _keep_with_next(rows, index):
            table.append(NoEscape(r"\nopagebreak"))
    body = table.dumps()
    if source:
        body += "\n\\lkjSource{" + escape(source) + "}"
    if intro:
        body = str(latex(intro)) + "\n" + body  # str(): Markup + str would HTML-escape the body
    if layout.landscape:
        body = "\\begin{lkjlandscape}\n" + body + "\n\\end{lkjlandscape}"
    return Latex(body)


SHORT_TABLE = 6  # rows; a table this short is never split across pages


def _keep_with_next(rows: list[Row], index: int) -> bool:
    """Where a page may not break: inside a short table, after the first row (no orphan under
    the header), and before a total row (no total alone on a "(lanjutan)" page)."""
    if index == len(rows) - 1:
        return False
    return len(rows) <= SHORT_TABLE or index == 0 or rows[index + 1].style == "total"


def _add_row(table: LongTable, row: Row, columns: tuple[Column, ...]) -> None:
    """One row; a Span wraps its text like the columns it covers (a long name never runs off the page)."""
    cells, position, width = [], 0, len(columns)
    for value in row.cells:
        if isinstance(value, Span):
            kind = {"l": "L", "c": "C", "r": "R"}[value.align]
            align = f"{kind}{{{_span_width(columns, position, value.columns)}}}"
            cells.append(
                MultiColumn(
                    value.columns,
                    align=NoEscape(f"|{align}|" if not cells else f"{align}|"),
                    data=_cell(value.text, row.style),
                )
            )
            position += value.columns
        else:
            cells.append(_cell(value, row.style))
            position += 1
    if row.style in SHADED:
        first = cells[0]
        prefix = NoEscape(r"\lkjRowShade ")
        if isinstance(first, MultiColumn):
            table.append(prefix)
        else:
            cells[0] = NoEscape(prefix + first)
    table.add_row(cells)
    if row.rule_from <= 1:
        table.add_hline()
    else:
        table.append(NoEscape(rf"\cline{{{row.rule_from}-{width}}}"))
