"""A planning officer's year, through the command line only, as the README walks it: next year's
file from last year's (`new`), the finance office's spreadsheet (`export --template`, `import`), what
is left to fill (`check`), the PDF (`build`) and the submission (`bundle`)."""

import hashlib
import json
import re
import subprocess
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.rollover import roundtrip

pytestmark = pytest.mark.build
YEAR_FILE = "banjar/aluh-aluh/2023.yaml"


def lkjip(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def fill_like_the_finance_office(template, filled) -> None:
    """Every empty amount of the template given, as the finance office returns it."""
    book = openpyxl.load_workbook(template)
    sheet = book["Anggaran"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    subs = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, columns["Level"]).value == "sub kegiatan"]
    for n, row in enumerate(subs, start=1):
        pagu = 10_000_000 * n + 2_500_000
        sheet.cell(row, columns["Pagu Murni"]).value = pagu - 1_000_000
        sheet.cell(row, columns["Pagu"]).value = pagu
        sheet.cell(row, columns["Realisasi"]).value = pagu * 95 // 100
    sheet = book["Indikator"]
    for row in range(2, sheet.max_row + 1):
        target, note = sheet.cell(row, 4).value, sheet.cell(row, 6).value
        if target is not None and note is None:  # an indicator the sheet may fill
            sheet.cell(row, 5).value = target
    sheet = book["LRA"]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 2).value and sheet.cell(row, 3).value is None:
            last = sheet.cell(row, 5).value
            sheet.cell(row, 3).value, sheet.cell(row, 4).value = last + 50_000_000, last + 20_000_000
    book.save(filled)


def fill_what_the_sheet_does_not_hold(year_file) -> None:
    """The officer's own typing: the counted items' realisasi (as many as the items listed) and the
    evaluation's score."""
    data = roundtrip.load(year_file)
    for _, node in roundtrip.walk(data):
        if isinstance(node, dict) and "realisasi" in node and node["realisasi"] is None:
            node["realisasi"] = len(node.get("rincian") or ()) or 1
        if isinstance(node, dict) and "nilai" in node and node["nilai"] is None:
            node["nilai"] = 61.5
    year_file.write_text(roundtrip.dumps(data, None))


def test_last_years_report_to_this_years_bundle(content_copy, tmp_path):
    content, build = content_copy.root, tmp_path / "build"
    rolled = lkjip("new", "aluh-aluh", "--year", 2023, "--content", content)
    assert rolled.exit_code == 0, rolled.output
    assert rolled.output.splitlines()[-1].startswith("73 values to fill: 24 realisasi indikator, 28 pagu")
    year_file = content / YEAR_FILE
    assert year_file.read_text().startswith("# yaml-language-server: $schema=../../.schema/laporan.schema.json\n")

    template, filled = tmp_path / "isian-2023.xlsx", tmp_path / "isian-2023-terisi.xlsx"
    assert (
        lkjip("export", "aluh-aluh", "--year", 2023, "--template", "--out", template, "--content", content).exit_code
        == 0
    )
    fill_like_the_finance_office(template, filled)
    before = year_file.read_text().splitlines()
    imported = lkjip("import", "aluh-aluh", filled, "--year", 2023, "--content", content)
    assert imported.exit_code == 0, imported.output
    after = year_file.read_text().splitlines()
    assert len(after) == len(before)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed and all(re.search(r"(pagu_murni|pagu|realisasi|anggaran): ~", a) for a, _ in changed)
    assert "\n".join(before).count(": ~") - "\n".join(after).count(": ~") == 66  # every other line as it was

    left = lkjip("check", "aluh-aluh", "--year", 2023, "--content", content)
    assert left.exit_code == 2  # the report's date (2023-12-31) has passed: what is blank is an error now
    assert "7 values not filled yet (6 realisasi indikator, 1 evaluasi)" in left.output  # the sheet filled the rest
    fill_what_the_sheet_does_not_hold(year_file)
    clean = lkjip("check", "aluh-aluh", "--year", 2023, "--content", content)
    assert clean.exit_code == 0, clean.output

    built = lkjip("build", "aluh-aluh", "--year", 2023, "--content", content, "--build-dir", build)
    assert built.exit_code == 0, built.output
    pdf = build / "aluh-aluh/2023/lkjip-aluh-aluh-2023.pdf"
    words = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Tahun 2023" in words and "84,24" in words  # last year's IKM, moved into `riwayat` by `new`

    bundled = lkjip("bundle", "aluh-aluh", "--year", 2023, "--content", content, "--build-dir", build)
    assert bundled.exit_code == 0, bundled.output
    with zipfile.ZipFile(build / "aluh-aluh/2023" / bundled.output.split()[-1].rsplit("/", 1)[-1]) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for entry in manifest["files"]:
            assert hashlib.sha256(archive.read(entry["name"])).hexdigest() == entry["sha256"], entry["name"]
