"""Figures typed into texts, against the computed report: the planted cases of the seed errors.

Each case types one sentence into a copy of the real content (Aluh-Aluh 2022: IKM target 73,
realisasi 84,24, capaian 115,40 %, Berhasil on the Banjar scale) and asserts the warning at the
line and column of the typed figure, with the figure the report computes and the placeholder that
prints it. Without its rule a case fails.
"""

from decimal import Decimal

import pytest

from pipeline.compute.report import compute
from pipeline.typed import typed_figures
from pipeline.typed.reading import blank_placeholders, parse_number, read_figures, sentences

ALUH = "banjar/aluh-aluh/2022.yaml"
FIRST_FAKTOR = "            - Sebagian responden"
FAKTOR = "2022.yaml:40:15: tujuan[0].sasaran[0].analisis.faktor_penghambat[0]"


def _typed(copy, words: str, old: str = FIRST_FAKTOR, new: str = "            - {words} Sebagian responden"):
    copy.edit(ALUH, old, new.format(words=words))
    return typed_figures(compute(copy.load()))


def _at(found, column: int) -> list[str]:
    """The warnings at one column of the first faktor penghambat (line 40)."""
    return [str(w) for w in found.warnings if f"2022.yaml:40:{column}: " in str(w)]


def _column(words: str, part: str) -> int:
    """The column of `part` in a faktor typed at column 15."""
    return 15 + words.index(part)


def test_capaian_typed_from_last_year(content_copy):
    """001 Tabel 3.6: "73 | 84,24 | 86,65 %", the ratio inverted; the report computes 115,40 %."""
    words = "Capaian IKM sebesar 86,65% dengan target 73 dan realisasi 84,24."
    found = _typed(content_copy, words)
    [warning] = _at(found, _column(words, "86,65%"))
    assert "'86,65%' is not the capaian of Indeks Kepuasan Masyarakat: the report computes 115,40%" in warning
    assert "write {{ indikator.ikm.measure.capaian | persen }}" in warning
    assert len(found.warnings) == 1, found.warnings  # the target and the realisasi are right
    assert len(found.typed) == 2


def test_a_wrong_target_of_the_indicator_the_text_is_about(content_copy):
    words = "Realisasi IKM 84,24 dari target 85."
    found = _typed(content_copy, words)
    [warning] = _at(found, _column(words, "85."))
    assert "'85' is not the target of Indeks Kepuasan Masyarakat: the report has 73,00" in warning


def test_a_category_no_scale_of_the_kabupaten_has(content_copy):
    """001/000: "kategori (Sangat Berhasil)" — the Banjar scale tops at Berhasil."""
    words = "Pelayanan masuk kategori Sangat Berhasil."
    found = _typed(content_copy, words)
    [warning] = _at(found, _column(words, "Sangat"))
    assert "'Sangat Berhasil' is no category of the Skala Nilai Peringkat Kinerja of this kabupaten" in warning
    assert "(Berhasil, Cukup Berhasil, Kurang Berhasil, Tidak Berhasil)" in warning


def test_a_category_that_is_not_the_band_of_its_percentage(content_copy):
    """001:396 "capaian kinerja sebesar 100 % dengan kategori Cukup Berhasil": 100 % is Berhasil."""
    words = "Rata-rata capaian kinerja sebesar 100% dengan kategori Cukup Berhasil."
    content_copy.append(ALUH, f"naskah:\n  ringkasan_tambahan: '{words}'\n")
    found = typed_figures(compute(content_copy.load()))
    messages = [str(w) for w in found.warnings]
    assert any("'100% … Cukup Berhasil': on the Skala Nilai Peringkat Kinerja 100% is Berhasil" in m for m in messages)


def test_a_total_and_its_share_typed_in_text(content_copy):
    """001:262 "2.165.714.141" for a total of 1.970.574.721; 003:1854 a sisa with the wrong share."""
    words = "Anggaran Rp2.165.714.141 terealisasi Rp1.967.604.721 (98,65%)."
    found = _typed(content_copy, words)
    [amount] = _at(found, _column(words, "Rp2."))
    assert "'Rp2.165.714.141' is no amount of this report: the nearest is Rp1.970.574.721" in amount
    [share] = _at(found, _column(words, "98,65%"))
    assert "'98,65%' after Rp1.967.604.721 is not its share: the report computes 99,85%" in share


def test_a_sisa_amount_that_agrees_is_only_a_strict_note(content_copy):
    words = "Sisa anggaran Rp2.970.000 (0,15%)."
    found = _typed(content_copy, words)
    assert not found.warnings, found.warnings
    notes = [str(t) for t in found.typed]
    assert any(
        "'Rp2.970.000' typed: would be safer as a placeholder, {{ " in n and ".sisa | rupiah }}" in n for n in notes
    )
    assert any(
        "'0,15%' typed: would be safer as a placeholder, {{ " in n and ".sisa_persen | persen }}" in n for n in notes
    )


def test_the_report_year_of_last_years_report(content_copy):
    """003:17 "Laporan Kinerja … Tahun 2022 telah diselesaikan" in the 2023 report."""
    words = "Laporan Kinerja Kecamatan Aluh-Aluh Tahun 2021 telah diselesaikan;"
    found = _typed(content_copy, words)
    [warning] = _at(found, _column(words, "2021"))
    assert "'Laporan Kinerja Kecamatan Aluh-Aluh Tahun 2021' in the report of 2022" in warning


def test_an_evaluated_year_is_not_the_report_year(content_copy):
    words = "Hasil evaluasi atas Laporan Kinerja Tahun 2021 menjadi dasar perbaikan;"
    assert not _typed(content_copy, words).warnings


def test_a_count_of_indicators_no_list_has(content_copy):
    """001:526 "8 (delapan) indikator kinerja sasaran" beside a table of 6."""
    words = "Dari 8 (delapan) indikator kinerja, semuanya tercapai;"
    found = _typed(content_copy, words)
    [warning] = _at(found, _column(words, "8 (delapan)"))
    assert "'8 (delapan) indikator': the report has lists of 1, " in warning
    assert " 8," not in warning.split("lists of")[1]


def test_parts_that_do_not_sum_to_their_whole(content_copy):
    """002:842 "Dari 20 (dua puluh) indikator … 2 … 13 … dan 3": 18."""
    words = "Dari 1 (satu) indikator, 2 tidak tercapai dan 1 tercapai;"
    found = _typed(content_copy, words)
    [warning] = _at(found, _column(words, "1 (satu)"))
    assert "'Dari 1 (satu) indikator' is divided into 2 + 1 = 3, not 1" in warning


def test_placeholders_are_not_typed_figures(content_copy):
    words = "Capaian IKM {{ indikator.ikm.measure.capaian | persen }} dengan target {{ tahun }};"
    found = _typed(content_copy, words)
    assert not found.warnings and not found.typed


def test_a_text_about_a_budget_node_is_compared_with_that_node(content_copy):
    """A kegiatan's serapan typed in the report-wide wording is compared with every serapan: 50%
    is none of them."""
    words = "Serapan anggaran sebesar 50,00% dari pagu;"
    found = _typed(content_copy, words)
    [warning] = _at(found, _column(words, "50,00%"))
    assert "'50,00%' is no serapan of this report: the nearest is" in warning


@pytest.mark.parametrize(
    "typed, value, places",
    [
        ("1.234.567,89", Decimal("1234567.89"), 2),
        ("2,170,172,141", Decimal(2170172141), 0),
        ("84,24", Decimal("84.24"), 2),
        ("73", Decimal(73), 0),
    ],
)
def test_indonesian_numbers_are_read(typed, value, places):
    assert parse_number(typed) == (value, places)


def test_codes_dates_and_names_are_not_figures():
    assert [f.typed for f in read_figures("Kode 7.01.01.2.01 tanggal 31/12/2022 di RT03, Rp. 1.209.373.308,-")] == [
        "Rp. 1.209.373.308,-"
    ]


def test_sentences_do_not_end_at_rp_or_no():
    text = "Sebesar Rp. 5.000 sesuai No. 3 tahun ini. Kalimat kedua"
    assert [s.text for s in sentences(text)] == ["Sebesar Rp. 5.000 sesuai No. 3 tahun ini.", "Kalimat kedua"]


def test_placeholders_are_blanked_in_place():
    text = "a {{ x | persen }} b"
    assert blank_placeholders(text) == "a" + " " * 18 + "b" and len(blank_placeholders(text)) == len(text)


def test_an_analysis_entry_prints_its_placeholders(content_copy):
    """The fix the warnings name works where they name it: a sasaran's analysis fills placeholders."""
    from pipeline.build import prepare
    from pipeline.content.locate import locate

    _typed(content_copy, "Capaian IKM {{ indikator.ikm.measure.capaian | persen }} pada sasaran {{ s.uraian }};")
    _, sources = prepare(locate(content_copy.root, "aluh-aluh", 2022))
    assert "Capaian IKM 115,40\\% pada sasaran Meningkatnya Kualitas Pelayanan Publik;" in sources["report.tex"]


def test_check_strict_lists_the_figures_that_agree(content_copy):
    from pipeline.build import check_report

    _typed(content_copy, "Capaian IKM sebesar 115,40% dari target 73;")
    plain = [str(w) for w in check_report(content_copy.root, "aluh-aluh", 2022)]
    strict = [str(w) for w in check_report(content_copy.root, "aluh-aluh", 2022, strict=True)]
    assert not any("typed: would be safer" in w for w in plain)
    assert sum("typed: would be safer as a placeholder" in w for w in strict) == 2, strict


def test_a_text_of_a_sub_kegiatan_is_about_its_indicator(content_copy):
    """A sub kegiatan's own text is compared with its own indicator (ASN salaries: 10 → 11)."""
    from pipeline.typed import claims, scope_of
    from pipeline.typed.claims import Place
    from pipeline.typed.ledger import ledger

    c = compute(content_copy.load())
    report = c.content.report
    (loc,) = [
        ("program", p, "kegiatan", k, "sub_kegiatan", j, "hasil")
        for p, program in enumerate(report.program)
        for k, kegiatan in enumerate(program.kegiatan)
        for j, sub in enumerate(kegiatan.sub_kegiatan)
        if sub.indikator is not None and sub.indikator.id == "gaji_asn"
    ]
    scales = (c.content.kabupaten.skala_capaian, c.content.kabupaten.skala_sakip)
    place = Place(scope_of(c, "report", loc), ledger(c), 2022, scales)
    [claim] = [x for x in claims("Realisasi 12 dari target 10.", place) if x.problem]
    assert "'12' is not the realisasi of Jumlah ASN yang Terpenuhi Gaji dan Tambahan Penghasilannya" in claim.problem
