"""Tables to LaTeX: the model's columns and keyed rows as the class's long table, via PyLaTeX.

The model says what each row is (program, kegiatan, total…); `latex/columns.yaml` gives each
column's width and alignment by key; `latex/lkjip.cls` decides how each kind of row looks. The
page-break rules of tables live here, in one place.
"""

import functools
from dataclasses import dataclass
from pathlib import Path

from pylatex import LongTable, MultiColumn, MultiRow
from pylatex.utils import NoEscape
from ruamel.yaml import YAML

from pipeline.document.table import Column, ColumnType, InternalError, Level, Orientation, Row, Table
from pipeline.write.latex.cells import cell, plain
from pipeline.write.latex.escape import escape

STYLE_MACRO = {
    Level.program: r"\lkjRowProgram",
    Level.kegiatan: r"\lkjRowKegiatan",
    Level.sub: r"\lkjRowSub",
    Level.total: r"\lkjStrong",
    Level.group: r"\lkjStrong",
    Level.body: "",
}
SHADED = {Level.program, Level.total, Level.group}
SHORT_TABLE = 6  # rows; a table this short is never split across pages
SPAN_ALIGN = {"l": "L", "c": "C", "r": "R"}


@dataclass(frozen=True)
class ColumnLook:
    width: float
    align: str  # L, C or R


class _LkjLongTable(LongTable):
    """PyLaTeX's longtable under the class's environment name (grid, font and spacing)."""

    _latex_name = "lkjlongtable"


@functools.cache
def load_looks(path: Path) -> dict[str, dict[str, ColumnLook]]:
    """Every table's column widths and alignments, by table layout name and column key."""
    raw = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return {
        name: {key: ColumnLook(float(c["width"]), str(c["align"])) for key, c in columns.items()}
        for name, columns in raw.items()
    }


# A table the content declares has no entry in latex/columns.yaml: its columns take the width the
# content asked for, else text columns share what the figures leave, and a figure column is as
# wide as its widest value or header word (figures never wrap), with an alignment by what it holds.
TEXT_WIDTH = 3.0
KIND_ALIGN = {ColumnType.text: "L", ColumnType.code: "C", ColumnType.band: "L", ColumnType.date: "C"}
CHARS_PER_UNIT = 5  # characters of a figure column per unit of relative width


def declared_looks(table: Table) -> tuple[ColumnLook, ...]:
    return tuple(
        ColumnLook(c.width or _natural_width(table, i), KIND_ALIGN.get(c.type, "R"))
        for i, c in enumerate(table.columns)
    )


def _natural_width(table: Table, index: int) -> float:
    column = table.columns[index]
    if column.type is ColumnType.text:
        return TEXT_WIDTH
    words = [len(w) for w in column.head.split()]
    values = [len(plain(row.cells[column.key])) for row in table.rows if column.key in row.cells]
    return (max(words + values + [3]) + 2) / CHARS_PER_UNIT


def column_looks(table: Table, looks: dict[str, dict[str, ColumnLook]]) -> tuple[ColumnLook, ...]:
    """The looks of the table's columns, in order; a column without a look is an internal error."""
    if not table.layout:
        return declared_looks(table)
    layout = looks.get(table.layout)
    if layout is None:
        raise InternalError(f"table {table.label}: no layout {table.layout!r} in latex/columns.yaml")
    missing = [c.key for c in table.columns if c.key not in layout]
    if missing:
        raise InternalError(f"table {table.label}: latex/columns.yaml {table.layout} has no column {missing[0]!r}")
    return tuple(layout[c.key] for c in table.columns)


def _widths(looks: tuple[ColumnLook, ...]) -> list[str]:
    """Each column's width so the table is exactly \\linewidth wide, rules and padding included."""
    n, weight = len(looks), sum(c.width for c in looks)
    avail = rf"(\linewidth-{2 * n}\tabcolsep-{n + 1}\arrayrulewidth)"
    # floor, so that rounding can never make the columns add up to more than the line
    return [rf"{avail}*{int(1000 * c.width / weight)}/1000" for c in looks]


def _colspec(looks: tuple[ColumnLook, ...]) -> str:
    specs = [rf"{c.align}{{\dimexpr{w}\relax}}" for c, w in zip(looks, _widths(looks), strict=True)]
    return "|" + "|".join(specs) + "|"


def _span_width(looks: tuple[ColumnLook, ...], start: int, span: int) -> str:
    """The text width of `span` columns joined: theirs plus the padding and rules between them."""
    inner = "+".join(_widths(looks)[start : start + span])
    return rf"\dimexpr{inner}+{2 * (span - 1)}\tabcolsep+{span - 1}\arrayrulewidth\relax"


# The text block of the class on A4, the smaller of its papers (F4 is wider and taller), portrait
# and turned for a landscape table; the padding and rule of a cell, as `_widths` subtracts them.
TEXT_WIDTH_MM = {Orientation.portrait: 155.0, Orientation.landscape: 247.0}
TABCOLSEP_MM, RULE_MM = 1.41, 0.14  # the class sets \tabcolsep to 4 pt in tables


def _room(looks: tuple[ColumnLook, ...], start: int, span: int, orientation: Orientation) -> float:
    """The width of the text of these columns, in millimetres (as `_widths` and `_span_width` set it)."""
    n = len(looks)
    avail = TEXT_WIDTH_MM[orientation] - 2 * n * TABCOLSEP_MM - (n + 1) * RULE_MM
    share = sum(c.width for c in looks[start : start + span]) / sum(c.width for c in looks)
    return share * avail + (span - 1) * (2 * TABCOLSEP_MM + RULE_MM)


def _head(text: str) -> NoEscape:
    return NoEscape(r"\lkjHead{" + escape(text) + "}")


def _header(table: LongTable, columns: tuple[Column, ...]) -> None:
    heads = [_head(c.head) for c in columns]
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
        top.append(MultiColumn(span, align=align, data=_head(group)))
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


def write_table(model: Table, looks: dict[str, dict[str, ColumnLook]], intro: str | None = None) -> str:
    """A complete long table: caption, repeated header with '(lanjutan)', rows, rules, source.

    `intro` (LaTeX of the sentence that announces the table) travels with the table, so that a
    landscape table does not leave its lead-in stranded on a nearly empty portrait page.
    """
    columns, widths = model.columns, column_looks(model, looks)
    table = _LkjLongTable(NoEscape(_colspec(widths)), width=len(columns))
    title = escape(model.caption)
    for first in (True, False):
        table.append(
            NoEscape(
                rf"\caption{{{title}}}\label{{{model.label}}}\\" if first else rf"\lkjContinuedCaption{{{title}}}\\"
            )
        )
        table.add_hline()
        _header(table, columns)
        if model.numbered_columns:
            _column_numbers(table, len(columns))
        table.append(NoEscape(r"\endfirsthead" if first else r"\endhead"))
    table.append(NoEscape(rf"\multicolumn{{{len(columns)}}}{{r}}{{\lkjContinuesText}}\\\endfoot"))
    table.append(NoEscape(r"\endlastfoot"))
    rows = model.rows
    for index, row in enumerate(rows):
        _add_row(table, model, row, widths)
        if _keep_with_next(rows, index):
            table.append(NoEscape(r"\nopagebreak"))
    body = table.dumps()
    if model.source:
        body += "\n\\lkjSource{" + escape(model.source) + "}"
    if intro:
        body = intro + "\n" + body
    if model.orientation is Orientation.landscape:
        body = "\\begin{lkjlandscape}\n" + body + "\n\\end{lkjlandscape}"
    return body


def _keep_with_next(rows: tuple[Row, ...], index: int) -> bool:
    """Where a page may not break: inside a short table, after the first row (no orphan under
    the header), and before a total row (no total alone on a "(lanjutan)" page)."""
    if index == len(rows) - 1:
        return False
    return len(rows) <= SHORT_TABLE or index == 0 or rows[index + 1].level is Level.total


def _styled(text: str, level: Level) -> NoEscape:
    macro = STYLE_MACRO[level]
    return NoEscape(f"{macro}{{{text}}}" if macro and text else text)


def _add_row(table: LongTable, model: Table, row: Row, looks: tuple[ColumnLook, ...]) -> None:
    """One row, its cells in column order; a span wraps its text like the columns it covers."""
    spans = {model.keys[s.first]: s for s in row.spans}
    cells, position, width = [], 0, len(model.columns)
    while position < width:
        span = spans.get(position)
        if span is None:
            column = model.columns[position]
            present = column.key in row.cells
            room = _room(looks, position, 1, model.orientation)
            text = cell(row.cells[column.key], column.type, row.level, column.places, room) if present else ""
            cells.append(_styled(text, row.level))
            position += 1
            continue
        count = model.keys[span.last] - position + 1
        align = f"{SPAN_ALIGN[span.align.value]}{{{_span_width(looks, position, count)}}}"
        column = model.columns[position]
        text = cell(span.value, column.type, row.level, column.places, _room(looks, position, count, model.orientation))
        cells.append(
            MultiColumn(
                count, align=NoEscape(f"|{align}|" if not cells else f"{align}|"), data=_styled(text, row.level)
            )
        )
        position += count
    if row.level in SHADED:
        first = cells[0]
        prefix = NoEscape(r"\lkjRowShade ")
        if isinstance(first, MultiColumn):
            table.append(prefix)
        else:
            cells[0] = NoEscape(prefix + first)
    table.add_row(cells)
    if row.joined is None:
        table.add_hline()
    else:
        table.append(NoEscape(rf"\cline{{{model.keys[row.joined] + 2}-{width}}}"))
