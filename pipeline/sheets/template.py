"""The spreadsheet an officer or the finance office fills, generated from the year file.

Sheets "Anggaran" (every program, kegiatan and sub kegiatan: kode in full, uraian, level, pagu,
realisasi), "Indikator" (id, name, satuan, target, realisasi) and, for an annual report that has
one, "LRA". The current values are filled in as numbers; a quarterly template has the columns of
its triwulan. A parent's cells are SUM formulas over its children, so the sheet adds up as it is
edited; a formula carries no value until a spreadsheet program computes it, and the import reads
an empty cell as nothing to write.

Its headers and its rows are the ones the import reads (`columns`, `match`, `plan.slot`), so that
importing the template unchanged changes nothing, and changing one cell changes that value only.
"""

import io
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from pipeline.atomic import write_atomically
from pipeline.formats import romawi
from pipeline.sheets.columns import Field
from pipeline.sheets.plan import slot
from pipeline.sheets.tree import Node, budget, indicators, lra, value

MONEY = "#,##0"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
WIDTHS = {"Kode": 22, "Kode Rekening": 16, "Uraian": 70, "Indikator": 70, "ID": 28, "Catatan": 48}


def workbook(data: dict, quarter: int | None) -> Workbook:
    """The template of a year file's data (already validated), for the year or a triwulan."""
    book = Workbook()
    book.remove(book.active)
    _anggaran(book.create_sheet("Anggaran"), budget(data), quarter)
    _indikator(book.create_sheet("Indikator"), indicators(data), quarter)
    lines = lra(data)
    if lines and quarter is None:
        _lra(book.create_sheet("LRA"), lines)
    return book


def save(book: Workbook, out: Path) -> None:
    """Write the workbook in one rename, so that a half-written file never replaces a good one."""
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(out, buffer.getvalue())


def _realisasi(quarter: int | None) -> str:
    return f"Realisasi s.d. TW {romawi(quarter)}" if quarter else "Realisasi"


def _anggaran(sheet, nodes: list[Node], quarter: int | None) -> None:
    leaves = [n for n in nodes if not n.children]
    # a pagu murni given, or waiting to be filled (`pagu_murni:` left blank by `lkjip new`)
    murni = any(isinstance(n.node, dict) and "pagu_murni" in n.node for n in leaves)
    fields = ([Field.pagu_murni] if murni else []) + [Field.pagu, Field.realisasi]
    names = {Field.pagu_murni: "Pagu Murni", Field.pagu: "Pagu", Field.realisasi: _realisasi(quarter)}
    _header(sheet, ["Kode", "Uraian", "Level"] + [names[f] for f in fields])
    _tree_rows(sheet, nodes, fields, quarter, lambda n: [n.kode, n.name, n.kind])


def _lra(sheet, nodes: list[Node]) -> None:
    lalu = any(value(n.node, ("realisasi_lalu",)) is not None for n in nodes)
    fields = [Field.pagu, Field.realisasi] + ([Field.realisasi_lalu] if lalu else [])
    names = {Field.pagu: "Anggaran", Field.realisasi: "Realisasi", Field.realisasi_lalu: "Realisasi Tahun Lalu"}
    _header(sheet, ["Kode Rekening", "Uraian"] + [names[f] for f in fields])
    _tree_rows(sheet, nodes, fields, None, lambda n: [n.kode, n.name])


def _tree_rows(sheet, nodes: list[Node], fields: list[Field], quarter: int | None, keys) -> None:
    """One row per node, parents before children; a parent's figures sum its children's rows."""
    row_of = {id(n): index for index, n in enumerate(nodes, start=2)}
    first = len(keys(nodes[0])) + 1 if nodes else 1
    for node in nodes:
        row = row_of[id(node)]
        for column, text in enumerate(keys(node), start=1):
            sheet.cell(row, column, text)
        for column, fld in enumerate(fields, start=first):
            cell = sheet.cell(row, column, _figure(node, fld, quarter, row_of, column))
            cell.number_format = MONEY
        if node.children:
            for column in range(1, first + len(fields)):
                sheet.cell(row, column).font = BOLD


def _figure(node: Node, fld: Field, quarter: int | None, row_of: dict, column: int):
    if node.children:
        letter = get_column_letter(column)
        return "=" + "+".join(f"{letter}{row_of[id(child)]}" for child in node.children)
    return _number(value(node.node, slot(node, fld, quarter)))


# Why a cell of the Indikator sheet stays empty, in the words of whoever fills the sheet (the import
# itself says the same in English, beside the other command-line messages).
CATATAN = {
    "its target is the sum of its `komponen`": "target dijumlah dari komponennya (diisi di berkas YAML)",
    "its realisasi is the sum of its `komponen`": "realisasi dijumlah dari komponennya (diisi di berkas YAML)",
    "it is measured once a year (`periodik: tahunan`): no triwulan value": "diukur setahun sekali: tidak ada"
    " nilai triwulan",
    "it has `belum_diukur: true`": "ditandai belum diukur (`belum_diukur: true`); hapus tanda itu dahulu",
    "its realisasi is computed": "realisasi dihitung oleh lkjip (mis. IKM dari unsur SKM), tidak diisi",
}


def catatan(reason: str) -> str:
    """The Indonesian note for a reason the import gives in English."""
    return next((text for start, text in CATATAN.items() if reason.startswith(start)), reason)


def _indikator(sheet, nodes: list[Node], quarter: int | None) -> None:
    if quarter:
        fields = [Field.target_tahunan, Field.target, Field.realisasi]
        roman = romawi(quarter)
        titles = ["Target Tahunan", f"Target TW {roman}", f"Realisasi TW {roman}"]
    else:
        fields, titles = [Field.target, Field.realisasi], ["Target", "Realisasi"]
    _header(sheet, ["ID", "Indikator", "Satuan"] + titles + ["Catatan"])
    for row, node in enumerate(nodes, start=2):
        places = node.node.get("desimal") or 0
        cells = [node.kode, node.name, node.node.get("satuan")]
        notes = []
        for fld in fields:
            keys = slot(node, fld, quarter)
            if isinstance(keys, str):
                note = catatan(keys)
                notes += [] if note in notes else [note]
                cells.append(None)
            else:
                cells.append(_number(value(node.node, keys)))
        for column, text in enumerate(cells + ["; ".join(notes) or None], start=1):
            cell = sheet.cell(row, column, text)
            if 4 <= column < 4 + len(fields):
                cell.number_format = "0" + ("." + "0" * places if places else "")


def _header(sheet, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(1, column, title)
        cell.font, cell.fill = BOLD, HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS.get(title, 18)
    sheet.freeze_panes = "A2"


def _number(amount: Decimal | None) -> int | float | None:
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else float(str(amount))
