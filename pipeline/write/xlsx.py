"""The document's tables as one workbook: a second writer of the document model, beside LaTeX.

One sheet per numbered table, in document order, named by the number the PDF prints ("Tabel 3.2",
"Tabel II.1"): the caption in row 1, the header rows under it (column groups merged above their
columns, as the PDF sets them), the column numbers where the PDF prints them, then the rows, spans
merged, program, group and total rows bold and shaded like the PDF's, kegiatan rows italic, and the
"Sumber:" line under the table. Values go through `xlsx_cells`, whose rules mirror the LaTeX
writer's, so every sheet holds the numbers the PDF prints, as numbers.

The bytes depend on the document alone: the workbook's dates are the report's signing date and the
zip entries are restamped (`stable_zip`), so the same inputs give a byte-identical file.
"""

import datetime
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from pipeline.document.report import Document
from pipeline.document.table import Align, ColumnType, Level, Orientation, Row, Table
from pipeline.document.values import Indented
from pipeline.write.latex.cells import plain
from pipeline.write.stable_zip import restamped
from pipeline.write.xlsx_cells import TEXT, Cell, cell
from pipeline.write.xlsx_numbers import Numbered, numbered_tables

SHEET_NAME_MAX = 31  # Excel's limit
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHADE = PatternFill("solid", fgColor="E6E6E6")  # the class's lkjshade, gray 0.90
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD_LEVELS = {Level.program, Level.total, Level.group}
SHADED_LEVELS = {Level.program, Level.total, Level.group}
KIND_ALIGN = {ColumnType.text: "left", ColumnType.band: "left", ColumnType.code: "center", ColumnType.date: "center"}
SPAN_ALIGN = {Align.left: "left", Align.center: "center", Align.right: "right"}
WRAPPED = {ColumnType.text, ColumnType.band}  # texts wrap inside their column, as in the PDF
TEXT_WIDTH_MAX = 50  # characters; longer texts wrap
FIGURE_PAD = 2


def sheet_name(number: str, taken: set[str]) -> str:
    """The sheet name "Tabel 3.2" as Excel allows it (31 characters, none of []:*?/\\), unique in the workbook."""
    base = SHEET_FORBIDDEN.sub("-", f"Tabel {number}")[:SHEET_NAME_MAX]
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        suffix = f" ({n})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(name.lower())
    return name


def _put(ws: Worksheet, row: int, col: int, content: Cell, align: str, wrap: bool = False) -> None:
    target = ws.cell(row=row, column=col)
    target.value = content.value
    if isinstance(content.value, str):
        target.data_type = "s"  # a text that begins with "=" stays a text, never a formula
    target.number_format = content.number_format
    target.alignment = Alignment(
        horizontal=align, vertical="top", wrap_text=True if content.wrap or wrap else None, indent=content.indent
    )
    target.border = GRID


def _head(ws: Worksheet, row: int, col: int, text: str) -> None:
    target = ws.cell(row=row, column=col, value=text)
    target.data_type = "s"
    target.number_format = TEXT
    target.font = Font(bold=True)
    target.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    target.border = GRID


def _merge(ws: Worksheet, top: int, left: int, bottom: int, right: int) -> None:
    if (top, left) == (bottom, right):
        return
    ws.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    for r in range(top, bottom + 1):  # a merged range keeps the grid only where each cell has it
        for c in range(left, right + 1):
            ws.cell(row=r, column=c).border = GRID


def _header(ws: Worksheet, table: Table, top: int) -> int:
    """The header rows from row `top`; returns the first row under them."""
    columns = table.columns
    grouped = any(c.group for c in columns)
    index = 0
    while index < len(columns):
        column = columns[index]
        if not grouped:
            _head(ws, top, index + 1, column.head)
            index += 1
            continue
        if column.group is None:
            _head(ws, top, index + 1, column.head)
            _merge(ws, top, index + 1, top + 1, index + 1)
            index += 1
            continue
        span = 1
        while index + span < len(columns) and columns[index + span].group == column.group:
            span += 1
        _head(ws, top, index + 1, column.group)
        _merge(ws, top, index + 1, top, index + span)
        for offset in range(span):
            _head(ws, top + 1, index + offset + 1, columns[index + offset].head)
        index += span
    below = top + (2 if grouped else 1)
    if table.numbered_columns:
        for number in range(1, len(columns) + 1):
            _head(ws, below, number, f"({number})")
            ws.cell(row=below, column=number).font = Font(bold=False, size=9)
        below += 1
    return below


def _style_row(ws: Worksheet, row: int, width: int, level: Level) -> None:
    for col in range(1, width + 1):
        target = ws.cell(row=row, column=col)
        if level in BOLD_LEVELS:
            target.font = Font(bold=True)
        elif level is Level.kegiatan:
            target.font = Font(italic=True)
        if level in SHADED_LEVELS:
            target.fill = SHADE


def _row(ws: Worksheet, table: Table, row: Row, at: int) -> None:
    for col, column in enumerate(table.columns, start=1):
        if column.key in row.cells:
            content = cell(row.cells[column.key], column.type, row.level, column.places)
        else:
            content = Cell(None)
        _put(ws, at, col, content, KIND_ALIGN.get(column.type, "right"), column.type in WRAPPED)
    for span in row.spans:
        first, last = table.keys[span.first] + 1, table.keys[span.last] + 1
        column = table.columns[first - 1]
        _put(ws, at, first, cell(span.value, column.type, row.level, column.places), SPAN_ALIGN[span.align], True)
        _merge(ws, at, first, at, last)
    _style_row(ws, at, len(table.columns), row.level)


def _widths(ws: Worksheet, table: Table) -> None:
    """Each column as wide as its longest printed value or header word (a span does not count:
    it has the room of all its columns); long texts wrap at a cap."""
    for col, column in enumerate(table.columns, start=1):
        printed = [_printed(row.cells[column.key]) for row in table.rows if column.key in row.cells]
        longest = max(
            [len(w) for w in column.head.split()] + [len(line) for p in printed for line in p.split("\n")] + [3]
        )
        width = min(longest, TEXT_WIDTH_MAX) if column.type in WRAPPED else longest
        ws.column_dimensions[get_column_letter(col)].width = width + FIGURE_PAD


def _printed(value) -> str:
    """The text a cell shows, as the PDF prints it (a number with its separators)."""
    if isinstance(value, Indented):
        return "  " * value.depth + value.text
    if isinstance(value, tuple):
        return "\n".join(str(v) for v in value)
    return plain(value)


def write_sheet(ws: Worksheet, numbered: Numbered) -> None:
    """One table on its sheet: caption, header, rows, source; frozen under the header."""
    table = numbered.table
    ws.cell(row=1, column=1, value=numbered.title).font = Font(bold=True)
    ws.cell(row=1, column=1).data_type = "s"
    first = _header(ws, table, 2)
    for offset, row in enumerate(table.rows):
        _row(ws, table, row, first + offset)
    last = first + len(table.rows) - 1
    if table.source:
        source = ws.cell(row=last + 1, column=1, value=f"Sumber: {table.source}")
        source.data_type = "s"
        source.font = Font(italic=True, size=9)
    _widths(ws, table)
    ws.freeze_panes = ws.cell(row=first, column=1)
    if table.orientation is Orientation.landscape:
        ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"2:{first - 1}"


def workbook(doc: Document) -> Workbook:
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for numbered in numbered_tables(doc):
        write_sheet(book.create_sheet(sheet_name(numbered.number, taken)), numbered)
    if not book.worksheets:  # a workbook needs a sheet; an outline without tables gets an empty one
        book.create_sheet("Tabel")
    return book


def write_workbook(doc: Document, signed: datetime.date) -> bytes:
    """The workbook's bytes, dated `signed` (the report's date) so that they never depend on the clock."""
    book = workbook(doc)
    stamp = datetime.datetime(signed.year, signed.month, signed.day, 12, 0)
    props = book.properties
    props.created = props.modified = stamp
    props.creator, props.title, props.subject = doc.metadata.author, doc.metadata.title, doc.metadata.subject
    props.language, props.lastModifiedBy = doc.metadata.language, None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()  # not `Workbook.save`, which stamps `modified` with the clock
    return restamped(buffer.getvalue(), signed)
