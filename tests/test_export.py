"""The workbook and the CSV figures: the PDF's tables and numbers, as numbers, in stable bytes.

Every check reads the written file back (openpyxl, csv) and compares it with the document model,
the LaTeX writer's formatting and the computed figures, never with numbers typed here.
"""

import csv
import datetime
import io
import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline import formats
from pipeline.cli_export import export
from pipeline.compute.results import walk
from pipeline.content.locate import locate
from pipeline.document.table import Column, ColumnType, Level, Row, Span, Table
from pipeline.document.values import Count, Money, Percent, Quantity, Signed
from pipeline.export import export_figures, export_workbook, report_document
from pipeline.kinds import Period
from pipeline.numbers import round_half_up
from pipeline.tex.provisional import provisional_lists
from pipeline.write.latex import cells as latex_cells
from pipeline.write.latex.document import write_document
from pipeline.write.xlsx import sheet_name, write_sheet
from pipeline.write.xlsx_cells import COUNT_DASH, DATE, PERCENT, SIGNED, cell
from pipeline.write.xlsx_numbers import Numbered, numbered_tables
from tests.conftest import CONTENT, REPORTS

EXPORTED = ("aluh-aluh-2022", "pengaron-2024-tw1")
ALL = sorted(REPORTS) + ["teluk-kemuning-2024"]
LOCATIONS = {**REPORTS, "teluk-kemuning-2024": ("teluk-kemuning", 2024, Period.tahunan)}


def _files(report_id: str):
    kecamatan, year, period = LOCATIONS[report_id]
    return locate(CONTENT, kecamatan, year, period)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each exported report once: its computed figures, document, workbook path and loaded workbook."""
    cache = {}

    def get(report_id: str):
        if report_id not in cache:
            kecamatan, year, period = LOCATIONS[report_id]
            out = tmp_path_factory.mktemp(report_id) / "tabel.xlsx"
            export_workbook(CONTENT, out.parent, kecamatan, year, period, out)
            computed, document = report_document(_files(report_id))
            cache[report_id] = computed, document, out, openpyxl.load_workbook(out)
        return cache[report_id]

    return get


@pytest.mark.parametrize("report_id", ALL)
def test_table_numbers_are_the_ones_latex_prints(report_id):
    """The numbers the LaTeX predictor writes into the List of Tables, in order, for every seed outline
    (per chapter, flat, appendices)."""
    _, document = report_document(_files(report_id))
    lot = provisional_lists(write_document(document))[".lot"]
    predicted = re.findall(r"\\contentsline \{table\}\{\\numberline \{([^}]*)\}", lot)
    assert [n.number for n in numbered_tables(document)] == predicted


@pytest.mark.parametrize("report_id", EXPORTED)
def test_one_sheet_per_table_named_by_its_number(exported, report_id):
    _, document, _, book = exported(report_id)
    lot = provisional_lists(write_document(document))[".lot"]
    predicted = re.findall(r"\\contentsline \{table\}\{\\numberline \{([^}]*)\}", lot)
    assert book.sheetnames == [f"Tabel {number}" for number in predicted]
    for numbered, ws in zip(numbered_tables(document), book.worksheets, strict=True):
        assert ws["A1"].value == f"Tabel {numbered.number} {numbered.table.caption}"
        if numbered.table.source:
            assert ws.cell(row=ws.max_row, column=1).value == f"Sumber: {numbered.table.source}"


def _first_row(ws) -> int:
    return int(re.fullmatch(r"A(\d+)", ws.freeze_panes).group(1))


def _shown(value, number_format: str) -> str:
    """What an Indonesian Excel displays for a number in one of the writer's formats."""
    if number_format == PERCENT:
        return formats.angka(Decimal(str(value)), 2) + "%"
    if number_format == SIGNED:
        text = formats.angka(Decimal(str(value)), 2)
        return text if text.startswith("-") or text == "0,00" else "+" + text
    if number_format == COUNT_DASH:
        return "-" if value == 0 else formats.angka(value)
    if number_format.startswith("[$-421]"):
        return formats.tanggal(value.date() if isinstance(value, datetime.datetime) else value)
    places = len(re.match(r"#,##0(?:\.(0+))?", number_format).group(1) or "")
    number = formats.angka(Decimal(str(value)), places)
    if number_format.startswith("#,##0;(") and value < 0:
        number = f"({formats.angka(Decimal(str(-value)), places)})"
    unit = re.search(r' "([^"]*)"$', number_format)
    return f"{number} {unit.group(1)}" if unit else number


def _latex_text(value, column: Column, level: Level) -> str:
    """What the LaTeX writer prints for a value, as plain text."""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return latex_cells._number(value, column.type, level, column.places)
    return latex_cells.plain(value)


@pytest.mark.parametrize("report_id", EXPORTED)
def test_every_figure_is_a_number_showing_what_the_pdf_prints(exported, report_id):
    _, document, _, book = exported(report_id)
    checked = 0
    for numbered, ws in zip(numbered_tables(document), book.worksheets, strict=True):
        table, first = numbered.table, _first_row(ws)
        for offset, row in enumerate(table.rows):
            for key, value in row.cells.items():
                column = table.columns[table.keys[key]]
                if value is None or isinstance(value, str) or _is_none(value):
                    continue
                target = ws.cell(row=first + offset, column=table.keys[key] + 1)
                if isinstance(value, (Money, Percent, Quantity, Signed, Count, int, Decimal, datetime.date)):
                    assert target.data_type in ("n", "d"), (ws.title, target.coordinate, target.value)
                    assert _shown(target.value, target.number_format) == _latex_text(value, column, row.level)
                    checked += 1
    assert checked > 100


def _is_none(value) -> bool:
    inner = getattr(value, "value", getattr(value, "amount", False))
    return inner is None


def _sheet_of(document, book, layout: str):
    for numbered, ws in zip(numbered_tables(document), book.worksheets, strict=True):
        if numbered.table.layout == layout:
            return numbered.table, ws
    raise AssertionError(f"no table {layout}")


def test_money_total_is_an_int_with_thousands_format(exported):
    computed, document, _, book = exported("aluh-aluh-2022")
    table, ws = _sheet_of(document, book, "kinerja_anggaran")
    total = max(i for i, row in enumerate(table.rows) if row.level is Level.total)
    pagu = ws.cell(row=_first_row(ws) + total, column=table.keys["pagu"] + 1)
    assert type(pagu.value) is int and pagu.value == computed.grand_total.pagu
    assert pagu.number_format == "#,##0;(#,##0)"
    assert pagu.font.b and pagu.fill.fgColor.rgb.endswith("E6E6E6")


def test_capaian_is_the_computed_capaian_rounded_as_printed(exported):
    computed, document, _, book = exported("aluh-aluh-2022")
    table, ws = _sheet_of(document, book, "capaian_iku")
    ikm = next(i for i in computed.indicators if i.source.id == "ikm")
    row = next(i for i, r in enumerate(table.rows) if "capaian" in r.cells)
    capaian = ws.cell(row=_first_row(ws) + row, column=table.keys["capaian"] + 1)
    assert Decimal(str(capaian.value)) == round_half_up(ikm.measure.capaian)
    assert capaian.number_format == PERCENT
    assert formats.persen(ikm.measure.capaian) == _shown(capaian.value, PERCENT)


def test_column_groups_are_merged_above_their_columns(exported):
    _, document, _, book = exported("aluh-aluh-2022")
    table, ws = _sheet_of(document, book, "capaian_iku")
    merged = {str(r) for r in ws.merged_cells.ranges}
    grouped = [i + 1 for i, c in enumerate(table.columns) if c.group]
    letters = [openpyxl.utils.get_column_letter(i) for i in (grouped[0], grouped[-1])]
    assert f"{letters[0]}2:{letters[1]}2" in merged
    assert ws.cell(row=2, column=grouped[0]).value == table.columns[grouped[0] - 1].group
    assert "A2:A3" in merged and ws.freeze_panes == "A5"  # two header rows and the column numbers


@pytest.mark.parametrize("report_id", EXPORTED)
def test_workbook_bytes_are_identical_on_a_second_write(exported, report_id, tmp_path):
    computed, _, first, _ = exported(report_id)
    kecamatan, year, period = LOCATIONS[report_id]
    again = export_workbook(CONTENT, tmp_path, kecamatan, year, period).paths[0]
    assert again.name == f"lkjip-{_files(report_id).kecamatan_slug}-{_files(report_id).label}.xlsx"
    assert again.read_bytes() == first.read_bytes()
    with zipfile.ZipFile(first) as archive:
        signed = computed.content.signed
        assert {info.date_time for info in archive.infolist()} == {(signed.year, signed.month, signed.day, 12, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count(f"{signed.isoformat()}T12:00:00Z") == 2  # created and modified


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    table = Table(
        layout="",
        label="tab:x",
        caption="Uji",
        columns=(Column("a", "A"), Column("b", "B", ColumnType.count), Column("c", "C", ColumnType.money)),
        rows=(
            Row({"a": '=HYPERLINK("http://example.com")', "b": 0, "c": -1500}),
            Row({}, Level.total, spans=(Span("a", "b", "Jumlah"),)),
        ),
    )
    book = openpyxl.Workbook()
    write_sheet(book.active, Numbered("9", table))
    book.save(tmp_path / "x.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert ws["A4"].value == '=HYPERLINK("http://example.com")' and ws["A4"].data_type == "s"
    assert ws["B4"].value == 0 and _shown(0, ws["B4"].number_format) == latex_cells._number(
        0, ColumnType.count, Level.body, 2
    )
    assert _shown(ws["C4"].value, ws["C4"].number_format) == "(1.500)"
    assert "A5:B5" in {str(r) for r in ws.merged_cells.ranges} and ws["A5"].font.b


def test_cells_keep_their_kind():
    assert cell(None, ColumnType.money, Level.body).value == "-"
    assert cell(Signed(Decimal("-0.505")), ColumnType.signed, Level.body).value == Decimal("-0.51")
    assert cell(Decimal("2.345"), ColumnType.percent, Level.body).value == Decimal("2.35")  # half up, not to even
    assert cell(Count(0), ColumnType.count, Level.body).number_format == "#,##0"  # Count(0) prints 0, not a dash
    assert cell(Quantity(Decimal("13"), 0, "Dokumen"), ColumnType.text, Level.body).number_format == '#,##0 "Dokumen"'
    day = datetime.date(2022, 12, 31)
    assert cell(day, ColumnType.date, Level.body) == cell(day, ColumnType.text, Level.body)
    assert cell(day, ColumnType.date, Level.body).number_format == DATE


def test_sheet_names_obey_excel():
    taken: set[str] = set()
    assert sheet_name("II.1", taken) == "Tabel II.1"
    assert sheet_name("II.1", taken) == "Tabel II.1 (2)"
    long = sheet_name("1/2:" + "9" * 40, set())
    assert len(long) == 31 and not set("[]:*?/\\") & set(long)


def _csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def _printed(value, places: int) -> str:
    return "" if value is None else str(round_half_up(value, places)).replace(".", ",")


@pytest.mark.parametrize("report_id", EXPORTED)
def test_csv_figures_are_the_computed_ones(report_id, tmp_path):
    kecamatan, year, period = LOCATIONS[report_id]
    paths = export_figures(CONTENT, tmp_path, kecamatan, year, period, tmp_path / "csv").paths
    computed, _ = report_document(_files(report_id))
    by_name = {p.name: _csv(p) for p in paths}
    assert ("lra.csv" in by_name) == bool(computed.lra)
    indicators = [
        *computed.tujuan_indicators,
        *computed.indicators,
        *(i for n in walk(computed.programs) for i in n.indicators),
    ]
    rows = by_name["indikator.csv"]
    assert len(rows) == len(indicators)
    for row, ind in zip(rows, indicators, strict=True):
        m = ind.measure
        assert row["id"] == ind.source.id and row["satuan"] == ind.source.satuan
        assert row["target"] == _printed(m.target, ind.source.desimal)
        assert row["realisasi"] == _printed(m.realisasi, ind.source.desimal)
        assert row["capaian"] == _printed(m.capaian, 2)
        assert row["kategori"] == (m.kategori.label if m.kategori else "")
    budget = by_name["anggaran.csv"]
    nodes = [*walk(computed.programs), computed.grand_total]
    assert [(r["kode"], int(r["pagu"]), int(r["realisasi"]), int(r["sisa"])) for r in budget] == [
        (n.kode or "", n.pagu, n.realisasi, n.sisa) for n in nodes
    ]
    assert [r["serapan"] for r in budget] == [_printed(n.serapan, 2) for n in nodes]


def test_export_command(tmp_path):
    runner = CliRunner()
    out = tmp_path / "a.xlsx"
    done = runner.invoke(export, ["aluh-aluh", "--content", str(CONTENT), "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert out.exists() and str(out.name) in done.stdout
    done = runner.invoke(export, ["aluh-aluh", "--content", str(CONTENT), "--csv", "--out", str(tmp_path / "c")])
    assert done.exit_code == 0 and (tmp_path / "c" / "indikator.csv").exists()
    done = runner.invoke(export, ["aluh-aluh", "--content", str(CONTENT), "--out", str(tmp_path / "a.pdf")])
    assert done.exit_code == 2 and ".xlsx" in done.output
    done = runner.invoke(export, ["aluh-aluhh", "--content", str(CONTENT), "--out", str(out)])
    assert done.exit_code == 4 and "did you mean aluh-aluh" in done.output


def test_content_errors_are_positioned_messages(content_copy, tmp_path):
    content_copy.edit("banjar/aluh-aluh/2022.yaml", "sumber_dana:", "sumberdana:")
    args = ["aluh-aluh", "--content", str(content_copy.root), "--csv", "--out", str(tmp_path / "c")]
    done = CliRunner().invoke(export, args)
    assert done.exit_code == 2 and "2022.yaml:" in done.output and "did you mean 'sumber_dana'" in done.output
    assert not (tmp_path / "c").exists()
