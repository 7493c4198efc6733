"""The table of malformed content and the messages users get: exit code 2, no traceback.

Each case edits a copy of the real content the way people break it under deadline (copied
from Word or Excel, typed by hand) and checks the message names the place and the fix.
"""

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import EXIT

REPORT = "banjar/aluh-aluh/2022.yaml"
KEC = "banjar/aluh-aluh/kecamatan.yaml"
KAB = "banjar/kabupaten.yaml"

CASES = [
    ("yaml syntax", REPORT, "misi: 4", "misi: [4", "2022.yaml:", "YAML syntax"),
    (
        "tab indentation",
        REPORT,
        "\n  - uraian: Meningkatnya Kualitas Tata",
        "\n\t- uraian: Meningkatnya Kualitas Tata",
        "2022.yaml:",
        "a tab: indent with spaces",
    ),
    (
        "duplicate key",
        REPORT,
        "tahun: 2022\n",
        "tahun: 2022\ntahun: 2022\n",
        "2022.yaml:",
        "duplicate key",
    ),
    ("comma decimal", REPORT, "realisasi: 84.24", 'realisasi: "84,24"', "2022.yaml:", "write 84.24"),
    ("thousands separators", REPORT, "pagu: 51500000", "pagu: 51.500.000", "2022.yaml:", "no thousands separators"),
    (
        "missing required field",
        REPORT,
        "sumber_dana: APBD Kabupaten Banjar\n",
        "",
        "sumber_dana:",
        "required field is missing",
    ),
    ("unknown key", REPORT, "sumber_dana:", "sumberdana:", "sumberdana:", "did you mean 'sumber_dana'?"),
    (
        "empty list",
        REPORT,
        "isu_strategis:                      # 001:200\n  - Pelaksanaan",
        "isu_strategis: []\nisu_lama:\n  - Pelaksanaan",
        "isu_strategis:",
        "must not be empty",
    ),
    ("target zero", REPORT, "target: 73  ", "target: 0  ", "indikator[0].target:", "must be greater than 0, got 0"),
    (
        "target negative",
        REPORT,
        "target: 10              # 001:671",
        "target: -10  # 001:671",
        "indikator.target:",
        "must be greater than 0, got -10",
    ),
    (
        "realisasi missing",
        REPORT,
        "            realisasi: 84.24",
        "            # realisasi: 84.24",
        "indikator[0]:",
        "`realisasi` is missing",
    ),
    (
        "impossible date",
        REPORT,
        "tanggal: 2022-12-31",
        "tanggal: 2022-02-30",
        "2022.yaml:15:10:",
        "2022-02-30 is not a date",
    ),
    (
        "date out of range",
        REPORT,
        "tanggal: 2022-12-31",
        "tanggal: 2032-01-15",
        "tanggal:",
        "more than a year after 2022",
    ),
    (
        "emoji",
        REPORT,
        "  - Pelaksanaan pelayanan PATEN",
        "  - Pelaksanaan pelayanan PATEN \U0001f600",
        "isu_strategis[0]:",
        "U+1F600 GRINNING FACE",
    ),
    (
        "arabic script",
        KEC,
        "nama: Aditya Yudi Dharma",
        "nama: \u0623\u062f\u064a\u062a\u064a\u0627",
        "pegawai.aditya.nama:",
        "ARABIC LETTER",
    ),
    (
        "bad golongan",
        KEC,
        'nip: "198603132004121004"',
        'nip: "198603132004121004"\n    golongan: III/e',
        "pegawai.aditya.golongan:",
        "Input should be",
    ),
    (
        "bad scale",
        KAB,
        "{dari: 0, label: Tidak Berhasil",
        "{dari: 10, label: Tidak Berhasil",
        "skala_capaian",
        "start at 0",
    ),
]


@pytest.mark.parametrize("name, file, old, new, where, message", CASES, ids=[c[0] for c in CASES])
def test_malformed_content_message(content_copy, tmp_path, name, file, old, new, where, message):
    content_copy.edit(file, old, new)
    result = CliRunner().invoke(
        main, ["build", "aluh-aluh", "--content", str(content_copy.root), "--build-dir", str(tmp_path / "build")]
    )
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert where in result.output and message in result.output, result.output
    assert not (tmp_path / "build").exists()  # nothing is written before the content is valid


def test_non_utf8_file(content_copy, tmp_path):
    path = content_copy.root / REPORT
    path.write_bytes(path.read_bytes().replace(b"Aluh-Aluh", "Aluh\xe9Aluh".encode("cp1252"), 1))
    result = CliRunner().invoke(main, ["tex", "aluh-aluh", "--content", str(content_copy.root)])
    assert result.exit_code == 2 and "not UTF-8 text; save it as UTF-8" in result.output


@pytest.mark.parametrize(
    "layout, message",
    [
        ("flat", "must sit inside its kabupaten"),
        ("yml", "name a report file <year>.yaml"),
        ("no profile", "has no kecamatan.yaml"),
    ],
)
def test_file_in_the_wrong_place(content_copy, layout, message):
    kec = content_copy.root / "banjar" / "aluh-aluh"
    if layout == "flat":
        kec.rename(content_copy.root / "aluh-aluh")
    elif layout == "yml":
        (kec / "2022.yaml").rename(kec / "2022.yml")
    else:
        (kec / "kecamatan.yaml").unlink()
    result = CliRunner().invoke(main, ["tex", "aluh-aluh", "--content", str(content_copy.root)])
    assert result.exit_code == EXIT["not_found"] and message in result.output, result.output


def test_check_command_reports_without_typesetting(content_copy, tmp_path):
    ok = CliRunner().invoke(main, ["check", "aluh-aluh", "--content", str(content_copy.root)])
    assert ok.exit_code == 0 and "aluh-aluh: no errors, 9 warnings" in ok.output
    content_copy.edit(REPORT, "realisasi: 1752598421", "realisasi: 1984707841")
    bad = CliRunner().invoke(main, ["check", "aluh-aluh", "--content", str(content_copy.root)])
    assert bad.exit_code == 2 and "exceeds pagu" in bad.output
