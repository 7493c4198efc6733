"""Indonesian formats: every printed number goes through one of these."""

import datetime
from decimal import Decimal

import pytest

from pipeline import formats


@pytest.mark.parametrize(
    "value, places, expected",
    [
        (1234567, 0, "1.234.567"),
        (Decimal("1234567.891"), 2, "1.234.567,89"),
        (Decimal("2.345"), 2, "2,35"),  # half-up, not banker's rounding
        (Decimal("2.355"), 2, "2,36"),
        (Decimal("0.005"), 2, "0,01"),
        (0, 0, "0"),
        (Decimal("-1234.5"), 1, "-1.234,5"),
    ],
)
def test_angka(value, places, expected):
    assert formats.angka(value, places) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (2202684141, "Rp2.202.684.141"),
        (Decimal("1500.50"), "Rp1.500,50"),
        (0, "Rp0"),
        (-5000, "-Rp5.000"),
    ],
)
def test_rupiah_prose(value, expected):
    assert formats.rupiah(value) == expected


def test_rupiah_table_negative_in_parentheses():
    assert formats.rupiah_tabel(-2202684141) == "(2.202.684.141)"
    assert formats.rupiah_tabel(29542000) == "29.542.000"


@pytest.mark.parametrize(
    "value, expected",
    [
        (Decimal("88.235"), "88,24%"),
        (Decimal("115.3972602739726"), "115,40%"),
        (Decimal("100"), "100,00%"),
        (None, "-"),
    ],
)
def test_persen(value, expected):
    assert formats.persen(value) == expected


@pytest.mark.parametrize(
    "value, places, satuan, expected",
    [
        (Decimal("84.24"), 2, "Nilai", "84,24"),
        (Decimal("13"), 0, "Dokumen", "13 Dokumen"),
        (Decimal("100"), 0, "Persen", "100%"),
        (None, 0, "Laporan", "-"),
    ],
)
def test_nilai_uses_own_decimals_and_unit(value, places, satuan, expected):
    assert formats.nilai(value, places, satuan) == expected


@pytest.mark.parametrize(
    "number, words",
    [
        (0, "nol"),
        (1, "satu"),
        (8, "delapan"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (45, "empat puluh lima"),
        (100, "seratus"),
        (1000, "seribu"),
        (1_000_000_000, "satu miliar"),
    ],
)
def test_terbilang(number, words):
    assert formats.terbilang(number) == words


def test_bilangan_and_terbilang_rupiah():
    assert formats.bilangan(8) == "8 (delapan)"
    # seed 003:1457 prints "dua ratus Sembilan ribu" for this amount
    assert formats.terbilang_rupiah(1209373308) == (
        "satu miliar dua ratus sembilan juta tiga ratus tujuh puluh tiga ribu tiga ratus delapan rupiah"
    )


def test_dates():
    assert formats.tanggal(datetime.date(2022, 12, 31)) == "31 Desember 2022"
    assert formats.tanggal(datetime.date(2023, 10, 5)) == "5 Oktober 2023"
    assert formats.bulan_tahun(datetime.date(2024, 1, 9)) == "Januari 2024"


def test_nip_grouping():
    assert formats.nip("198603132004121004") == "19860313 200412 1 004"


def test_romawi_huruf_rentang():
    assert [formats.romawi(n) for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert [formats.huruf(i) for i in (0, 5, 25, 26)] == ["a", "f", "z", "aa"]
    assert formats.rentang_tahun(2022, 2026) == "2022\u20132026"


@pytest.mark.parametrize(
    "value, places, satuan, expected",
    [
        (Decimal(8), 0, "Laporan", "8 (delapan) laporan"),
        (Decimal("12.5"), 1, "Dokumen", "12,5 Dokumen"),
        (Decimal(100), 0, "Persen", "100%"),
    ],
)
def test_cacah_words_only_for_whole_counts(value, places, satuan, expected):
    assert formats.cacah(value, places, satuan) == expected


def test_tex_log_first_error_with_context():
    from pipeline.tex.log import first_error, overfull_count, page_count

    log = "\n".join(
        [
            "(./report.tex",
            "Overfull \\hbox (1.2pt too wide) in paragraph",
            "./report.tex:133: Undefined control sequence.",
            "\\lkjOrgTrunk ->\\lkjOrgTrunkk",
            "l.133 ...{fig:sotk}",
            "Here is how much of TeX's memory you used:",
            "./report.tex:140: Emergency stop.",
            "Output written on report.pdf (44 pages, 1 bytes).",
        ]
    )
    error = first_error(log)
    assert (error.file, error.line, error.message) == ("./report.tex", 133, "Undefined control sequence.")
    assert error.context == ("\\lkjOrgTrunk ->\\lkjOrgTrunkk", "l.133 ...{fig:sotk}")
    assert overfull_count(log) == 1 and page_count(log) == 44
