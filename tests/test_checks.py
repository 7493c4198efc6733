"""`lkjip check`: one test per check, each reproducing the seed error it exists for (anatomy §10).

Every case edits a copy of the real content so that exactly that error is present, and asserts the
message, positioned at the value. Removing the check makes its case fail.
"""

from decimal import Decimal

import pytest

from pipeline.content.load import load
from pipeline.content.locate import locate
from pipeline.errors import ContentError, ContentNotFound
from pipeline.kinds import Period
from tests.conftest import REPORTS

ALUH = "banjar/aluh-aluh/2022.yaml"
ALUH_KEC = "banjar/aluh-aluh/kecamatan.yaml"
PENGARON = "banjar/pengaron/2024.yaml"
TW1 = "pengaron-2024-tw1"

SUB_TW1 = "            triwulan:\n              1: {realisasi: 1837000}\n"


def _errors(copy, report_id="aluh-aluh-2022") -> list[str]:
    with pytest.raises(ContentError) as info:
        copy.load(report_id)
    return [str(p) for p in info.value.problems]


CASES = [
    pytest.param(
        TW1,
        PENGARON,
        SUB_TW1,
        "            triwulan:\n              1: {realisasi: 9000000}\n",
        "2024.yaml:209:",
        "realisasi s.d. triwulan 1 (9000000) exceeds pagu 7800000",  # 000:502: 7.218.000 on a 4.804.000 pagu
        id="quarter spends more than pagu",
    ),
    pytest.param(
        TW1,
        PENGARON,
        "                1: {target: 5, realisasi: 5}\n",
        "                1: {target: 15, realisasi: 5}\n",
        "2024.yaml:216:",
        "target s.d. triwulan 1 (15) exceeds the annual target 13",
        id="quarterly target above annual",
    ),
    pytest.param(
        TW1,
        PENGARON,
        "    tanggal: 2024-03-28",
        "    tanggal: 2024-02-28",
        "2024.yaml:33:",
        "2024-02-28 is before the end of the period reported on (triwulan 1 2024 ends 2024-03-31)",
        id="quarterly report signed before the quarter",
    ),
    pytest.param(
        TW1,
        PENGARON,
        "                1: {target: 5, realisasi: 5}\n",
        "                1: {target: 5}\n",
        "2024.yaml:216:",
        "needs the realisasi s.d. triwulan 1 of 'Jumlah Dokumen Perencanaan Perangkat Daerah'",
        id="quarter missing its realisasi",
    ),
    pytest.param(
        "aluh-aluh-2022",
        ALUH,
        "  - versi: perubahan",
        "  - versi: perubahan\n    tanggal: 2021-10-13",
        "2022.yaml:53:",
        "PK 2022 dated 2021-10-13, outside its year",  # 003:2235 PK Perubahan 2023 signed "13 Oktober 2022"
        id="PK dated outside its year",
    ),
    pytest.param(
        "aluh-aluh-2022",
        ALUH,
        "  - versi: perubahan",
        "  - versi: perubahan\n    pihak_pertama: sekcam",
        "2022.yaml:53:",
        "'sekcam' is not `bupati`, a unit id or a pegawai key",  # 002:1089 "Pt. KASUBAG"
        id="PK party that does not exist",
    ),
    pytest.param(
        "aluh-aluh-2022",
        ALUH,
        "            realisasi: 84.24 ",
        "            realisasi: 84.24\n            riwayat_dummy: 0 ",
        "2022.yaml:",
        "riwayat_dummy",
        id="unknown key is an error",
    ),
]


@pytest.mark.parametrize("report, file, old, new, where, expected", CASES)
def test_check_reports_seed_error(content_copy, report, file, old, new, where, expected):
    content_copy.edit(file, old, new)
    messages = _errors(content_copy, report)
    assert any(where in m and expected in m for m in messages), messages


def test_cumulative_money_never_decreases(content_copy):
    """Money is s.d. the quarter: the TW II report refuses less than TW I had; the TW I report reads
    no later quarter, so it still builds while TW II is being filled."""
    content_copy.edit(PENGARON, SUB_TW1, SUB_TW1 + "              2: {realisasi: 1000000}\n")
    content_copy.edit(PENGARON, "triwulan:\n  1:\n", "triwulan:\n  2:\n    tanggal: 2024-06-28\n  1:\n")
    kecamatan, year, _ = REPORTS[TW1]
    with pytest.raises(ContentError) as info:
        load(locate(content_copy.root, kecamatan, year, Period.tw2), content_copy.root)
    messages = [str(p) for p in info.value.problems]
    expected = "realisasi s.d. triwulan 2 (1000000) is less than the quarter before (1837000)"
    assert any("2024.yaml:212:" in m and expected in m for m in messages), messages
    content_copy.load(TW1)  # the first quarter's report is not the second's


def test_parent_totals_cannot_be_typed(content_copy):
    """000:492 prints a program pagu of 18.048.000 over kegiatan summing to 36.196.400: a program has no pagu."""
    content_copy.edit(
        PENGARON, "    nama: Program Penunjang Urusan", "    pagu: 18048000\n    nama: Program Penunjang Urusan"
    )
    messages = _errors(content_copy, TW1)
    assert any("program[0].pagu" in m for m in messages), messages


def test_one_indicator_typed_twice_with_two_targets(content_copy):
    """001 prints the IKM 2022 target as 73, 84, 85,16 and 87 (anatomy §10.8)."""
    content_copy.edit(
        ALUH,
        "              id: gaji_asn\n              nama: Jumlah ASN yang Terpenuhi Gaji dan Tambahan Penghasilannya",
        "              id: ikm_lagi\n              nama: Indeks Kepuasan Masyarakat",
    )
    content_copy.edit(ALUH, "              target: 10 ", "              target: 84 ")
    messages = _errors(content_copy)
    assert any("'Indeks Kepuasan Masyarakat' is also indikator 'ikm' with target 73, here 84" in m for m in messages)


def test_one_person_two_nips(content_copy):
    """003:2552 vs 003:2581: the Kasi Pelayanan's NIP ends "2 005" on one page and "2 012" on the next."""
    content_copy.edit(
        ALUH_KEC,
        "organisasi:",
        '  aditya_pk:\n    nama: Aditya Yudi Dharma\n    nip: "198603132004121012"\norganisasi:',
    )
    messages = _errors(content_copy)
    assert any("pegawai.aditya_pk" in m and "with another NIP" in m for m in messages), messages


def test_renstra_end_target_disagrees_with_renstra_year(content_copy):
    content_copy.edit(
        ALUH,
        "              2021: {target: 73, realisasi: 70}",
        "              2021: {target: 73, realisasi: 70}\n              2026: {target: 87}",
    )
    content_copy.edit(
        ALUH,
        "            penanggung_jawab: camat\n        analisis:",
        "            penanggung_jawab: camat\n            target_akhir_renstra: 85\n        analisis:",
    )
    messages = _errors(content_copy)
    assert any("target_akhir_renstra 85 disagrees with the 2026 Renstra target 87" in m for m in messages), messages


def test_staff_counts_must_agree(content_copy):
    """003 Tabel 1 counts 1 PNS in a row whose Jumlah is 0; three tables must count the same staff."""
    content_copy.append(
        ALUH,
        "sumber_daya:\n  kepegawaian:\n    jabatan:\n      - {nama: Camat, eselon: III.a, pns: 1}\n"
        "      - {nama: Staf, pns: 3, non_pns: 2}\n    golongan: {IV/a: 1, III/a: 2}\n"
        "    pendidikan:\n      - {jenjang: S1, pns: 4, non_pns: 2}\n",
    )
    messages = _errors(content_copy)
    assert any("3 PNS by golongan, but 4 PNS by jabatan" in m for m in messages), messages


SKM = "skm:\n  periode: Januari s.d. Desember 2022\n  responden: 100\n  unsur:\n" + "".join(
    f"    - {{nama: Unsur {n}, nrr: {3 + n / 20}}}\n" for n in range(1, 10)
)
IKM_TYPED = "            realisasi: 84.24 "


def test_ikm_is_computed_from_the_skm_unsur(content_copy):
    """003 prints the IKM as 88,04 and 88,40 while its own unsur give 88,13: the IKM is derived, never typed."""
    from pipeline.compute.report import compute

    content_copy.edit(ALUH, IKM_TYPED, "            realisasi_dari: skm ")
    content_copy.append(ALUH, SKM)
    ikm = compute(content_copy.load()).indicators[0]
    assert ikm.measure.realisasi == Decimal("81.25")  # mean NRR 3,25 x 25


def test_ikm_typed_as_well_as_derived_is_rejected(content_copy):
    content_copy.edit(ALUH, IKM_TYPED, "            realisasi_dari: skm\n" + IKM_TYPED)
    content_copy.append(ALUH, SKM)
    assert any("remove the typed `realisasi`" in m for m in _errors(content_copy))


def test_ikm_from_a_survey_that_is_not_there(content_copy):
    content_copy.edit(ALUH, IKM_TYPED, "            realisasi_dari: skm ")
    assert any("`realisasi_dari: skm` but the report has no `skm`" in m for m in _errors(content_copy))


def test_annual_report_needs_annual_figures(content_copy):
    """The annual 2024 report of Pengaron before the year closes: the command line says so in one
    line (locate), and the content checks, asked directly, name what is missing."""
    from pipeline.content.load import load
    from pipeline.content.locate import ReportFiles, locate

    with pytest.raises(ContentNotFound) as refused:
        locate(content_copy.root, "pengaron", 2024)
    assert "not ready for the annual report: it has no `tanggal`" in str(refused.value.message)
    assert "it can be built for tw1" in str(refused.value.message)
    with pytest.raises(ContentError) as info:
        load(ReportFiles(content_copy.root, "banjar", "pengaron", 2024), content_copy.root)
    messages = [str(p) for p in info.value.problems]
    assert any("the annual report needs `tanggal`" in m for m in messages)
    assert any("no annual realisasi yet" in m for m in messages)


def test_a_quarter_the_year_file_does_not_have_is_one_line(content_copy):
    from pipeline.content.locate import locate

    with pytest.raises(ContentNotFound) as refused:
        locate(content_copy.root, "pengaron", 2024, Period.tw2)
    assert refused.value.message == (
        "pengaron/2024.yaml is not ready for triwulan 2: it has no `triwulan: 2:` entry; it can be built for tw1"
    )


def test_outline_names_only_known_components(content_copy):
    from pipeline.compute.report import compute
    from pipeline.present.outline import layout

    content_copy.edit("banjar/laporan/tahunan.yaml", "      - isu_strategis\n", "      - isu_strategi\n")
    with pytest.raises(ContentError) as info:
        layout(compute(content_copy.load()).content)
    (problem,) = info.value.problems
    assert "laporan/tahunan.yaml:" in str(problem) and "unknown komponen 'isu_strategi'" in str(problem)


def test_outline_component_needs_its_data(content_copy):
    from pipeline.compute.report import compute
    from pipeline.present.outline import layout

    content_copy.edit(
        "banjar/laporan/tahunan.yaml", "      - sistematika\n", "      - sistematika\n      - produk_layanan\n"
    )
    with pytest.raises(ContentError) as info:
        layout(compute(content_copy.load()).content)
    assert "'produk_layanan' prints `layanan`, which the report file does not give" in str(info.value.problems[0])


def test_renstra_last_year_target_differs_from_end_target_is_warned(content_copy):
    """003 prints the SAKIP target 2023 (the Renstra's last year) as 82 in the PK and 83 in the Renstra."""
    content_copy.edit(ALUH, "renstra: [2022, 2026]", "renstra: [2018, 2022]")
    content_copy.edit(
        ALUH,
        "            penanggung_jawab: camat\n        analisis:",
        "            penanggung_jawab: camat\n            target_akhir_renstra: 75\n        analisis:",
    )
    warnings = [str(w) for w in content_copy.load().warnings]
    assert any("its target 73 is not the Renstra end target 75" in w for w in warnings), warnings


def test_renstra_targets_cover_the_period_and_agree_with_the_year_and_end_targets(content_copy):
    content_copy.edit(
        ALUH,
        "            penanggung_jawab: camat\n        analisis:",
        "            penanggung_jawab: camat\n            target_akhir_renstra: 90\n"
        "            target_renstra: {2022: 78, 2023: 80, 2024: 81, 2026: 86, 2030: 99}\n        analisis:",
    )
    with pytest.raises(ContentError) as caught:
        content_copy.load()
    messages = [str(p) for p in caught.value.problems]
    assert any("target_renstra[2030]: 2030 is outside the Renstra period 2022–2026" in m for m in messages)
    assert any(
        "target_renstra[2026]: the Renstra target for 2026 is 86, but `target_akhir_renstra` is 90" in m
        for m in messages
    )
    content_copy.edit(ALUH, "2026: 86, 2030: 99}", "2026: 90}")
    warnings = [str(w) for w in content_copy.load().warnings]
    assert any("no Renstra target for 2025" in w for w in warnings)
    assert any("the Renstra target for 2022 is 78, but this year's `target` is 73" in w for w in warnings)


def test_a_value_with_more_decimals_than_the_indicator_prints(content_copy):
    """`realisasi: 82.5` with `desimal: 0` would print "83" beside a capaian computed from 82.5."""
    content_copy.edit(ALUH, "            desimal: 2\n", "            desimal: 0\n")
    content_copy.edit(ALUH, "realisasi: 84.24 ", "realisasi: 82.5 ")
    errors = _errors(content_copy)
    assert any(
        "2022.yaml:31:" in e and "realisasi: 82.5 has 1 decimal, but the indicator prints 0 (`desimal: 0`)" in e
        for e in errors
    ), errors
    assert all("riwayat" not in e for e in errors)  # 73 and 70 are whole: they print as typed


def test_lra_spending_beyond_its_anggaran(content_copy):
    content_copy.edit(ALUH, "anggaran: 29542000, realisasi: 29296000", "anggaran: 29542000, realisasi: 31006000")
    errors = _errors(content_copy)
    assert any(
        "realisasi_anggaran[1].rincian[0].realisasi: realisasi 31006000 exceeds the line's anggaran 29542000" in e
        for e in errors
    ), errors


def test_an_rpjmd_that_does_not_cover_the_report_year(content_copy):
    content_copy.edit("banjar/kabupaten.yaml", "  periode: [2021, 2026]", "  periode: [2016, 2021]")
    errors = _errors(content_copy)
    assert any(
        "kabupaten.yaml:14:" in e and "the RPJMD 2016–2021 does not cover the report year 2022" in e for e in errors
    ), errors


def test_a_report_signed_a_year_late_is_warned(content_copy):
    content_copy.edit(ALUH, "tanggal: 2022-12-31", "tanggal: 2023-12-31")
    warnings = [str(w) for w in content_copy.load().warnings]
    assert any(
        "2022.yaml:15:" in w and "report dated 2023-12-31, more than 3 months after the period it reports on ends" in w
        for w in warnings
    ), warnings


FIRST_FAKTOR = "            - Sebagian responden"


def _typed(copy, words: str) -> None:
    """Put `words` at the start of the first faktor_penghambat of Aluh-Aluh: a text the officer types."""
    copy.edit(ALUH, FIRST_FAKTOR, f"            - {words} sebagian responden")


def test_a_count_in_figures_and_words_that_disagree(content_copy):
    _typed(content_copy, "Dilayani oleh 4 (dua) orang petugas dan 1.250 (seribu dua ratus lima puluh) warga;")
    errors = _errors(content_copy)
    assert any("'4 (dua)': 4 is 'empat', not 'dua'" in e and "faktor_penghambat[0]" in e for e in errors), errors
    assert not any("1.250" in e for e in errors)  # figures and words that agree are left alone


def test_a_regulation_cited_before_it_exists(content_copy):
    _typed(content_copy, "Sesuai Peraturan Bupati Nomor 8 Tahun 2026,")
    errors = _errors(content_copy)
    assert any(
        "faktor_penghambat[0]" in e
        and "'Nomor 8 Tahun 2026' is cited in a report signed in 2022, before that year" in e
        for e in errors
    ), errors


def test_a_regulation_of_another_province_is_warned(content_copy):
    _typed(content_copy, "Sesuai Qanun tentang pelayanan,")
    warnings = [str(w) for w in content_copy.load().warnings]
    assert any(
        "faktor_penghambat[0]" in w and "'Qanun' is a regulation of Aceh only, not of Kalimantan Selatan" in w
        for w in warnings
    ), warnings


def test_one_indicator_under_two_names_with_two_targets(content_copy):
    """The IKM typed once as "Indeks Kepuasan Masyarakat (IKM)" (target 73) and again as
    "Rata-rata IKM Kecamatan" (target 10 here): one indicator has one target per year."""
    content_copy.edit(ALUH, "nama: Indeks Kepuasan Masyarakat\n", "nama: Indeks Kepuasan Masyarakat (IKM)\n")
    content_copy.edit(
        ALUH,
        "nama: Jumlah ASN yang Terpenuhi Gaji dan Tambahan Penghasilannya",
        "nama: Rata-rata IKM Kecamatan",
    )
    errors = _errors(content_copy)
    assert any("'Rata-rata IKM Kecamatan' is also indikator 'ikm' with target 73, here 10" in e for e in errors), errors


def test_names_that_only_share_initials_are_different_indicators():
    from pipeline.content.checks.indicators import _same_indicator

    assert _same_indicator("Indeks Kepuasan Masyarakat (IKM)", "Rata-rata IKM Kecamatan")
    assert _same_indicator("Nilai SAKIP Kecamatan", "Nilai Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)")
    assert not _same_indicator("Persentase Kepuasan Masyarakat", "Program Kesejahteraan Masyarakat")
    assert not _same_indicator("Persentase ASN yang Disiplin", "Jumlah ASN Terlatih")  # a shared word is not a name


def test_a_reference_to_a_table_the_report_does_not_have(content_copy):
    """ "sebagaimana rincian pada Tabel 3.12" where BAB III has no twelfth table; Tabel 3.1 exists."""
    from pipeline.build import check_report

    _typed(content_copy, "Sebagaimana Tabel 3.1 dan rincian pada Tabel 3.12,")
    with pytest.raises(ContentError) as info:
        check_report(content_copy.root, "aluh-aluh", 2022)
    messages = [str(p) for p in info.value.problems]
    assert len(messages) == 1 and "2022.yaml:40:15: tujuan[0].sasaran[0].analisis.faktor_penghambat[0]" in messages[0]
    assert "there is no Tabel 3.12 in this report (its tables are 1.1, " in messages[0], messages
