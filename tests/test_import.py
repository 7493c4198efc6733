"""`lkjip import` and the template of `lkjip export --template`, on copies of the seed content."""

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import pipeline.cli  # noqa: F401  (first: cli_import takes its shared options from it)
from pipeline.cli_import import import_command, write_template
from pipeline.content.load import load
from pipeline.content.locate import locate
from pipeline.kinds import Period
from pipeline.sheets import numbers
from pipeline.sheets.columns import Field, classify, find_layout
from pipeline.sheets.problems import SheetError
from pipeline.sheets.read import read_sheets, sniff_delimiter
from pipeline.sheets.run import import_sheet

ALUH = "banjar/aluh-aluh/2022.yaml"
PENGARON = "banjar/pengaron/2024.yaml"


@pytest.fixture
def here(content_copy, monkeypatch):
    """The content copy, with the working directory beside it (messages name files from there)."""
    monkeypatch.chdir(content_copy.root.parent)
    return content_copy


def run(copy, kecamatan: str, sheet: Path, period=Period.tahunan, dry_run=False, strict=False, year=None):
    return import_sheet(copy.root, kecamatan, sheet, year, period, dry_run, strict)


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    """(old line, new line) for every line that differs; the files keep their line count."""
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def report_of(copy, kecamatan: str, year: int, period: Period = Period.tahunan):
    return load(locate(copy.root, kecamatan, year, period), copy.root).report


def write_csv(path: Path, lines: list[str], bom: bool = True) -> Path:
    path.write_bytes(("\ufeff" if bom else "").encode() + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


@pytest.mark.parametrize(
    "kecamatan, year, period, year_file, sheet, cell, value, expected",
    [
        ("aluh-aluh", 2022, Period.tahunan, ALUH, "Anggaran", "E4", 1760000000, "pagu: 1760000000"),
        ("pengaron", 2024, Period.tw1, PENGARON, "Anggaran", "F4", 2000000, "1: {realisasi: 2000000}"),
    ],
)
def test_template_round_trip_is_closed(here, kecamatan, year, period, year_file, sheet, cell, value, expected):
    template = here.root.parent / "template.xlsx"
    write_template(here.root, kecamatan, year, period, template)
    before = (here.root / year_file).read_bytes()

    unchanged = run(here, kecamatan, template, period, year=year)
    assert (unchanged.lines, unchanged.written) == ((), False)
    assert unchanged.unchanged > 50 and unchanged.notes == ()
    assert (here.root / year_file).read_bytes() == before

    book = openpyxl.load_workbook(template)
    book[sheet][cell] = value
    book.save(template)
    edited = run(here, kecamatan, template, period, year=year)
    assert edited.written and len(edited.lines) == 1
    assert edited.unchanged == unchanged.unchanged - 1
    ((old, new),) = changed_lines(before.decode(), (here.root / year_file).read_text(encoding="utf-8"))
    assert expected in new and f"{sheet}!{cell[1:]}" in edited.lines[0]


def test_quarterly_template_has_the_columns_of_the_quarter(here):
    template = here.root.parent / "tw1.xlsx"
    write_template(here.root, "pengaron", 2024, Period.tw1, template)
    book = openpyxl.load_workbook(template)
    assert [c.value for c in book["Anggaran"][1]] == [
        "Kode",
        "Uraian",
        "Level",
        "Pagu Murni",
        "Pagu",
        "Realisasi s.d. TW I",
    ]
    headers = [c.value for c in book["Indikator"][1]]
    assert headers[3:6] == ["Target Tahunan", "Target TW I", "Realisasi TW I"]
    assert book.sheetnames == ["Anggaran", "Indikator"]  # no LRA in a quarterly report
    first_leaf = book["Anggaran"][4]
    assert (first_leaf[0].value, first_leaf[5].value, first_leaf[5].number_format) == (
        "7.01.01.2.01.0001",
        1837000,
        "#,##0",
    )


def test_annual_template_sheets_and_sums(here):
    template = here.root.parent / "annual.xlsx"
    write_template(here.root, "aluh-aluh", 2022, Period.tahunan, template)
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Anggaran", "Indikator", "LRA"]
    assert [c.value for c in book["LRA"][2]] == [None, "Belanja Operasi", "=C3+C4", "=D3+D4", "=E3+E4"]
    ikm = [c.value for c in book["Indikator"][2]]
    assert ikm[:5] == ["ikm", "Indeks Kepuasan Masyarakat", "Nilai", 73, 84.24]
    notes = {row[0].value: row[5].value for row in book["Indikator"].iter_rows(min_row=2) if row[5].value}
    assert notes["laporan_pelayanan"] == (
        "target dijumlah dari komponennya (diisi di berkas YAML); "
        "realisasi dijumlah dari komponennya (diisi di berkas YAML)"
    )  # the note is for whoever fills the sheet: in Indonesian


def test_semicolon_csv_in_indonesian_numbers_updates_three_pagu_and_keeps_comments(here):
    sheet = write_csv(
        here.root.parent / "sipd.csv",
        [
            "No;Kode Sub Kegiatan;Nama Sub Kegiatan;Pagu Perubahan (Rp)",
            "1;7.01.01.2.02.0001;Penyediaan Gaji dan Tunjangan ASN;1.760.000.000",
            "2;07.01.02.2.04.0003;Penyelenggaraan Urusan;51.600.000",
            "3;7.01.03.2.01.0003;Musrenbang;53.500.000,00",
            "4;7.01.04.2.01.0001;Sudah benar;6.721.200",
        ],
    )
    before = (here.root / ALUH).read_text(encoding="utf-8")
    outcome = run(here, "aluh-aluh", sheet)
    assert outcome.written and len(outcome.lines) == 3 and outcome.unchanged == 1
    after = (here.root / ALUH).read_text(encoding="utf-8")
    pairs = changed_lines(before, after)
    assert [new.split("#")[0].strip() for _, new in pairs] == ["pagu: 1760000000", "pagu: 51600000", "pagu: 53500000"]
    for old, new in pairs:
        assert old.split("#")[1:] == new.split("#")[1:]  # each comment kept, at its place
    assert [line for line in after.splitlines() if line.lstrip().startswith("#")] == [
        line for line in before.splitlines() if line.lstrip().startswith("#")
    ]
    program = report_of(here, "aluh-aluh", 2022).program
    assert program[0].kegiatan[0].sub_kegiatan[0].pagu == 1760000000
    assert program[1].kegiatan[1].sub_kegiatan[0].pagu == 51600000


def test_three_pagu_from_a_csv_each_one_line(here):
    sheet = write_csv(
        here.root.parent / "pagu.csv",
        [
            "Kode;Uraian;Pagu",
            "7.01.03.2.01.0001;a;7.600.000",
            "7.01.04.2.01.0002;b;2.700.000",
            "7.01.04.2.02.0001;c;9.300.000",
        ],
        bom=False,
    )
    outcome = run(here, "aluh-aluh", sheet)
    assert [line.split(" (")[0].split(" ", 1)[1] for line in outcome.lines] == [
        "program[2].kegiatan[0].sub_kegiatan[0].pagu: 7.513.400 -> 7.600.000",
        "program[3].kegiatan[0].sub_kegiatan[1].pagu: 2.651.600 -> 2.700.000",
        "program[3].kegiatan[1].sub_kegiatan[0].pagu: 9.250.000 -> 9.300.000",
    ]


def test_ambiguous_kode_writes_nothing_and_names_both_candidates(here):
    sheet = write_csv(
        here.root.parent / "short.csv",
        ["Kode;Uraian;Pagu", "7.01.01.2.02.0001;Gaji;1.760.000.000", "04.2.01.0001;Pendek;6.800.000"],
    )
    before = (here.root / ALUH).read_bytes()
    unique = run(here, "aluh-aluh", sheet, dry_run=True)  # a short kode that ends one full kode names it
    assert "program[3].kegiatan[0].sub_kegiatan[0].pagu: 6.721.200 -> 6.800.000 (short!3)" in unique.lines[1]
    sheet.write_text("Kode;Uraian;Pagu\n7.01.01.2.02.0001;Gaji;1.760.000.000\n2.01.0001;Pendek;6.800.000\n")
    with pytest.raises(SheetError) as error:
        run(here, "aluh-aluh", sheet)
    (problem,) = error.value.problems
    assert (problem.line, problem.column, problem.field) == (3, 1, "short!3")
    message = problem.message
    assert "7.01.03.2.01.0001" in message and "7.01.04.2.01.0001" in message and "write the full kode" in message
    assert (here.root / ALUH).read_bytes() == before


def test_two_rows_for_one_node_write_nothing(here):
    sheet = write_csv(
        here.root.parent / "twice.csv",
        ["Kode;Uraian;Pagu", "7.01.01.2.02.0001;a;1.760.000.000", "7.1.1.2.2.1;b;1.770.000.000"],
    )
    with pytest.raises(SheetError) as error:
        run(here, "aluh-aluh", sheet)
    assert "twice!2 and twice!3 both name sub kegiatan 7.01.01.2.02.0001" in str(error.value)


def test_unmatched_row_is_listed_with_its_sheet_row_and_strict_refuses(here):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Anggaran"
    for row in (["Laporan realisasi"], [], ["Kode", "Uraian", "Pagu"], ["7.01.01.2.02.0001", "Gaji", 1760000000]):
        sheet.append(row)
    sheet.append(["7.01.09.2.01.0001", "Tidak ada", 5000000])
    sheet.append([None, "JUMLAH", 1765000000])
    path = here.root.parent / "sipd.xlsx"
    book.save(path)
    outcome = run(here, "aluh-aluh", path)
    assert outcome.written and len(outcome.lines) == 1
    (note,) = outcome.notes
    assert (note.line, note.field) == (5, "Anggaran!5") and "kode 7.01.09.2.01.0001" in note.message
    with pytest.raises(SheetError, match="Anggaran!5"):
        run(here, "aluh-aluh", path, strict=True)


def test_sheet_without_recognisable_headers_is_an_error(here):
    book = openpyxl.Workbook()
    book.active.title = "Rekap"
    book.active.append(["Nomor", "Keterangan", "Jumlah Rp"])
    book.active.append([1, "Belanja", 100])
    path = here.root.parent / "rekap.xlsx"
    book.save(path)
    with pytest.raises(SheetError) as error:
        run(here, "aluh-aluh", path)
    message = error.value.problems[0].message
    assert "sheet 'Rekap'" in message and "'Nomor', 'Keterangan', 'Jumlah Rp'" in message


def test_dry_run_writes_nothing(here):
    sheet = write_csv(here.root.parent / "dry.csv", ["Kode;Uraian;Pagu", "7.01.01.2.02.0001;Gaji;1.760.000.000"])
    before = (here.root / ALUH).read_bytes()
    outcome = run(here, "aluh-aluh", sheet, dry_run=True)
    assert not outcome.written and len(outcome.lines) == 1
    assert (here.root / ALUH).read_bytes() == before


def test_values_that_do_not_load_are_not_written(here):
    sheet = write_csv(here.root.parent / "low.csv", ["Kode;Uraian;Pagu", "7.01.01.2.02.0001;Gaji;1.000.000"])
    before = (here.root / ALUH).read_bytes()
    outcome = run(here, "aluh-aluh", sheet)
    assert not outcome.written and not outcome.broken_before
    (problem,) = outcome.refused
    assert problem.line == 74 and "exceeds pagu 1000000" in problem.message
    assert (here.root / ALUH).read_bytes() == before


def test_a_blank_waiting_for_the_sheet_is_filled(here):
    here.edit(
        ALUH, "            realisasi: 34169400       # Tabel 3.7", "            realisasi:                # Tabel 3.7"
    )
    sheet = write_csv(here.root.parent / "fill.csv", ["Kode;Uraian;Realisasi", "7.01.02.2.02.0003;x;34.169.400"])
    outcome = run(here, "aluh-aluh", sheet)
    assert outcome.written and outcome.lines[0].endswith("realisasi: (none) -> 34.169.400 (fill!2)")
    assert report_of(here, "aluh-aluh", 2022).program[1].kegiatan[0].sub_kegiatan[0].realisasi == 34169400


def test_missing_key_is_inserted_in_the_style_of_its_map(here):
    sheet = write_csv(
        here.root.parent / "lra.csv",
        ["Kode Rekening,Uraian,Anggaran,Realisasi,Realisasi Tahun Lalu", ",Belanja Modal,144440000,141570500,98000000"],
        bom=False,
    )
    outcome = run(here, "martapura-barat", sheet)
    assert outcome.lines == ("2023.yaml:782 realisasi_anggaran[1].realisasi_lalu: (none) -> 98.000.000 (lra!2)",)
    line = (here.root / "banjar/martapura-barat/2023.yaml").read_text(encoding="utf-8").splitlines()[781]
    assert line.startswith(
        "  - {uraian: Belanja Modal, anggaran: 144440000, realisasi: 141570500, realisasi_lalu: 98000000}"
    )
    assert line.endswith("# 002:598")


def test_indicator_by_id_and_by_name(here):
    sheet = write_csv(
        here.root.parent / "ind.csv",
        [
            "ID;Indikator;Target;Realisasi",
            "ikm;;73;85,10",
            ";terpenuhinya  layanan administrasi PERKANTORAN;;99",
            ";Rata-rata IKM Kecamatan;;88",
        ],
    )
    with pytest.raises(SheetError) as error:
        run(here, "aluh-aluh", sheet)
    assert "name 'Rata-rata IKM Kecamatan' fits 3 nodes" in str(error.value) and "give its id" in str(error.value)
    sheet.write_text("\n".join(sheet.read_text(encoding="utf-8-sig").splitlines()[:3]), encoding="utf-8")
    outcome = run(here, "aluh-aluh", sheet)
    assert [line.split(": ", 1)[1] for line in outcome.lines] == ["84,24 -> 85,10 (ind!2)", "100 -> 99 (ind!3)"]


def test_quarterly_import_writes_the_triwulan(here):
    sheet = write_csv(
        here.root.parent / "tw1.csv",
        ["Kode;Uraian;Realisasi s.d. TW I", "7.01.01.2.01.0006;Koordinasi;500.000"],
    )
    outcome = run(here, "pengaron", sheet, Period.tw1)
    assert (
        outcome.lines[0].split(" ", 1)[1].startswith("program[0].kegiatan[0].sub_kegiatan[1].triwulan[1].realisasi: 0")
    )
    sub = report_of(here, "pengaron", 2024, Period.tw1).program[0].kegiatan[0].sub_kegiatan[1]
    assert sub.triwulan[1].realisasi == 500000 and sub.realisasi is None


def test_period_of_a_column_must_be_the_import_period(here):
    quarterly = write_csv(here.root.parent / "q.csv", ["Kode;Uraian;Realisasi", "7.01.01.2.01.0006;K;500.000"])
    with pytest.raises(SheetError, match="name the column 'Realisasi s.d. TW I'"):
        run(here, "pengaron", quarterly, Period.tw1)
    annual = write_csv(here.root.parent / "a.csv", ["Kode;Uraian;Realisasi TW II", "7.01.01.2.02.0001;G;1"])
    with pytest.raises(SheetError, match="import it with --period tw2"):
        run(here, "aluh-aluh", annual)


def test_cli_prints_one_line_per_value_and_exit_codes(here):
    sheet = write_csv(here.root.parent / "cli.csv", ["Kode;Uraian;Pagu", "7.01.01.2.02.0001;Gaji;1.760.000.000"])
    runner = CliRunner()
    args = ["aluh-aluh", str(sheet), "--content", str(here.root)]
    result = runner.invoke(import_command, args + ["--dry-run"])
    assert result.exit_code == 0, result.output
    line = "2022.yaml:73 program[0].kegiatan[0].sub_kegiatan[0].pagu: 1.755.568.421 -> 1.760.000.000 (cli!2)"
    assert result.stdout.splitlines() == [line]
    assert "1 value would change, 0 unchanged; dry run, nothing written" in result.stderr
    sheet.write_text("Kode;Uraian;Pagu\n2.01.0001;x;1\n", encoding="utf-8")
    assert runner.invoke(import_command, args).exit_code == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1.234.567", 1234567),
        ("1234567", 1234567),
        ("1.234", 1234),
        ("1,234,567", 1234567),
        ("Rp 35.000.000,00", 35000000),
        (36500000.0, 36500000),
        ("-", None),
        (None, None),
    ],
)
def test_money_cells(text, expected):
    assert numbers.money(text) == expected


@pytest.mark.parametrize(
    "text, style, expected",
    [
        ("88,24", None, "88.24"),
        ("88.24", "id", "88.24"),
        ("1.234", "id", "1234"),
        ("1.234", "plain", "1.234"),
        ("1.234,5", None, "1234.5"),
        ("1,234.5", None, "1234.5"),
        (84.24, None, "84.24"),
    ],
)
def test_indicator_cells(text, style, expected):
    assert numbers.amount(text, style) == Decimal(expected)


@pytest.mark.parametrize("text", ["88,24", "12.5", "1.23.456", "-5", "lima"])
def test_money_cells_refused(text):
    with pytest.raises(ValueError):
        numbers.money(text)


def test_ambiguous_indicator_text_is_refused_when_the_file_does_not_say():
    with pytest.raises(ValueError, match="could be 1234 or 1.234"):
        numbers.amount("1.234", None)


def test_delimiter_and_headers():
    assert sniff_delimiter("Kode;Uraian;Pagu\n7.01;Adm, Keuangan;1.234,50\n") == ";"
    assert sniff_delimiter('Kode,Uraian,Pagu\n7.01,"Adm; x",1234.50\n') == ","
    assert classify("Realisasi s.d. Triwulan III", 2024).quarter == 3
    assert classify("Pagu Anggaran (Rp)", 2024).field is Field.pagu
    assert classify("Anggaran Sebelum Perubahan", 2024).field is Field.pagu_murni
    assert classify("Realisasi 2023", 2024).field is Field.realisasi_lalu
    assert classify("Target Tahun 2024", 2024).field is Field.target_tahunan
    assert classify("% Realisasi", 2024) is None and classify("Realisasi Fisik", 2024) is None


def test_separate_name_columns_use_the_most_specific(tmp_path):
    path = write_csv(
        tmp_path / "sipd.csv",
        ["Kode Program;Program;Kegiatan;Sub Kegiatan;Pagu", "7.01.01.2.02.0001;Penunjang;Adm;Gaji;1.000"],
    )
    (sheet,) = read_sheets(path)
    layout = find_layout(sheet, 2022, None)
    assert layout.keys[Field.uraian] == (1, 2, 3) and layout.values[Field.pagu].column == 4


def test_parent_rows_are_checked_against_their_sub_kegiatan_not_written(here):
    sheet = write_csv(
        here.root.parent / "tree.csv",
        [
            "Kode;Uraian;Pagu",
            "7.01.04;Program;18.622.800",  # 6.721.200 + 2.651.600 + 9.250.000: agrees
            "7.01.04.2.01;Kegiatan;9.500.000",  # its sub kegiatan sum to 9.372.800
            "7.01.04.2.01.0001;Sub;6.721.200",
        ],
    )
    outcome = run(here, "aluh-aluh", sheet)
    assert outcome.lines == () and outcome.unchanged == 2
    (note,) = outcome.notes
    assert note.field == "tree!3" and "9.500.000 in the sheet, but its sub kegiatan sum to 9.372.800" in note.message


def test_a_sheet_with_budget_and_indicator_columns_is_refused(here):
    sheet = write_csv(
        here.root.parent / "mixed.csv",
        ["Kode;Sub Kegiatan;Indikator;Target;Pagu;Realisasi", "7.01.01.2.02.0001;Gaji;Jumlah ASN;10;1;1"],
    )
    with pytest.raises(SheetError, match="move the indicator columns to a sheet of their own"):
        run(here, "aluh-aluh", sheet)


def test_lra_lines_are_matched_by_their_kode_rekening(here):
    """A kode rekening in the content matches the LRA sheet's, whatever the sheet calls the line."""
    here.edit(ALUH, "      - {uraian: Belanja Pegawai,", '      - {kode: "5.1.01", uraian: Belanja Pegawai,')
    sheet = write_csv(
        here.root.parent / "lra.csv",
        ["Kode Rekening;Uraian;Anggaran;Realisasi", "5.1.01;Belanja Pegawai ASN;1.600.000.000;1.217.230.642"],
    )
    outcome = run(here, "aluh-aluh", sheet)
    assert [line.split(" ", 1)[1] for line in outcome.lines] == [
        "realisasi_anggaran[0].rincian[0].anggaran: 1.595.777.740 -> 1.600.000.000 (lra!2)"
    ]
    assert outcome.written
    assert report_of(here, "aluh-aluh", 2022).realisasi_anggaran[0].rincian[0].anggaran == 1_600_000_000
