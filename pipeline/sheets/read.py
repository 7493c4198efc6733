"""Read the rows of a spreadsheet (.xlsx or .csv), each with its sheet name and row number.

openpyxl reads .xlsx: it is already needed to write the template, and 5,000 rows take about
0.23 s in read-only mode (python-calamine 0.03 s), against the hundred-odd rows of a kecamatan's
budget: a second dependency would save nothing a user notices. Formula cells give their cached
value, or nothing when the file was written by a program that computes none (the template itself).

A CSV file is read as UTF-8, with or without a byte order mark; its delimiter is `;` or `,`,
whichever splits the first lines into a steady number of columns. The delimiter also says how
its numbers are written: a spreadsheet saves `;`-separated CSV where the decimal mark is a comma
(an Indonesian locale: `1.234` is one thousand two hundred thirty-four), `,`-separated CSV where
it is a point (`1.234` is one point two three four).
"""

import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.sheets.problems import SheetError, at_file

MAX_BYTES = 20_000_000  # a kecamatan's sheets are a few hundred kB; a larger file is the wrong file
MAX_ROWS = 50_000
SNIFF_LINES = 10

Style = Literal["id", "plain"] | None
Cell = str | int | float | None


@dataclass(frozen=True)
class Row:
    """One row of a sheet: its 1-based number as the spreadsheet shows it, and its cells."""

    sheet: str
    number: int
    cells: tuple[Cell, ...]

    def cell(self, column: int) -> Cell:
        return self.cells[column] if column < len(self.cells) else None

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.number}"


@dataclass(frozen=True)
class Sheet:
    """A sheet as read: `style` is the number convention its text cells follow, when the file says."""

    file: Path
    name: str
    rows: tuple[Row, ...]
    style: Style = None


def read_sheets(path: Path, shown: Path | None = None) -> list[Sheet]:
    """Every sheet of an .xlsx workbook, or the one sheet of a .csv file (named by the file's stem)."""
    shown = shown or path
    if not path.is_file():
        raise SheetError([at_file(shown, "no such file")])
    if path.stat().st_size > MAX_BYTES:
        raise SheetError([at_file(shown, f"larger than {MAX_BYTES // 1_000_000} MB: is it the right file?")])
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [_csv(path, shown)]
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path, shown)
    why = f"cannot read '{path.suffix or path.name}' files: save the sheet as .xlsx or as CSV UTF-8 (.csv)"
    raise SheetError([at_file(shown, why)])


def _xlsx(path: Path, shown: Path) -> list[Sheet]:
    import zipfile

    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SheetError([at_file(shown, f"not a readable .xlsx workbook ({exc}); save it again as .xlsx")]) from None
    try:
        return [_worksheet(shown, sheet) for sheet in workbook.worksheets]
    finally:
        workbook.close()


def _worksheet(shown: Path, worksheet) -> Sheet:
    worksheet.reset_dimensions()  # some programs store a wrong used range; read what is there
    rows = []
    for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1):
        if number > MAX_ROWS:
            raise SheetError([at_file(shown, f"sheet '{worksheet.title}' has more than {MAX_ROWS:,} rows")])
        cells = tuple(_plain(value) for value in values)
        if any(cell is not None for cell in cells):
            rows.append(Row(worksheet.title, number, cells))
    return Sheet(shown, worksheet.title, tuple(rows))


def _plain(value) -> Cell:
    """A cell as text or number; dates and other types become their text, which matches nothing."""
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    return text or None


def _csv(path: Path, shown: Path) -> Sheet:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        why = "not UTF-8 text: save it as 'CSV UTF-8 (Comma delimited)' (Excel) or with UTF-8 (LibreOffice)"
        raise SheetError([at_file(shown, why)]) from None
    delimiter = sniff_delimiter(text)
    rows = []
    for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
        if number > MAX_ROWS:
            raise SheetError([at_file(shown, f"more than {MAX_ROWS:,} rows")])
        cells = tuple(value.strip() or None for value in values)
        if any(cell is not None for cell in cells):
            rows.append(Row(path.stem, number, cells))
    return Sheet(shown, path.stem, tuple(rows), "id" if delimiter == ";" else "plain")


def sniff_delimiter(text: str) -> str:
    """`;` or `,`: the one that splits the first non-blank lines into the steadiest column count.

    Each candidate scores the number of lines that have its most common count of fields (when that
    count is more than one); a tie goes to `;`, whose files write decimals with commas.
    """
    lines = [line for line in text.splitlines() if line.strip()][:SNIFF_LINES]

    def score(delimiter: str) -> tuple[int, int]:
        counts = Counter(len(fields) for fields in csv.reader(lines, delimiter=delimiter))
        width, lines_with_it = counts.most_common(1)[0] if counts else (1, 0)
        return (lines_with_it if width > 1 else 0, width)

    return max((";", ","), key=score)
