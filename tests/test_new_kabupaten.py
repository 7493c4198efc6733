"""A kabupaten the pipeline has never seen, built from content and its outline alone.

Kabupaten Tanjung Selasih (synthetic: `content/tanjung-selasih/`) has one kecamatan, Teluk Kemuning,
and an outline organised unlike the seeds': the lists of contents before the Kata Pengantar, BAB III
per indicator (a section repeated with `ulang: indikator`, each with its own table of twelve
fields), the budget narrated per sub kegiatan, a Kinerja Lainnya of its own data, and a Surat
Pernyataan under the kop surat after BAB IV. No line of `pipeline/` knows this kabupaten.

The model and .tex snapshots are fast; the build tests (marked `build`) compile it once.
"""

import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.build import build_report
from pipeline.cli import main
from pipeline.compute.report import compute
from pipeline.content.load import load
from pipeline.content.locate import locate
from pipeline.document import blocks as b
from pipeline.document.data import to_data
from pipeline.document.table import Level, Orientation, Table
from pipeline.kinds import Period
from pipeline.present import present
from pipeline.write.latex.document import write_document
from tests.conftest import CONTENT, ROOT
from tests.pages import PAGE_TOLERANCE, page_png

KECAMATAN, YEAR = "teluk-kemuning", 2024
NAME = f"{KECAMATAN}-{YEAR}"
INDICATORS = (
    "Indeks Kepuasan Masyarakat terhadap Pelayanan Kecamatan",
    "Persentase Layanan PATEN yang Diselesaikan Tepat Waktu",
    "Jumlah Kejadian Gangguan Ketenteraman dan Ketertiban Umum",
    "Nilai Evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Kecamatan",
    "Persentase Desa yang Menyampaikan Laporan Pertanggungjawaban APBDes Tepat Waktu",
)
# The per-indicator table: twelve fields; `pembanding` prints one column per compared place (two).
PER_INDICATOR_HEADS = [
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Realisasi",
    "Capaian (%)",
    "Target Akhir",
    "Capaian (%)",
    "Kabupaten (rerata)",
    "Kec. Batu Lumut",
    "Provinsi",
    "Nasional",
    "Serapan (%)",
]
PER_INDICATOR_GROUPS = [
    None,
    "Tahun 2024",
    "Tahun 2024",
    "Tahun 2024",
    "Tahun 2023",
    "Tahun 2023",
    "Renstra 2026",
    "Renstra 2026",
    "Pembanding",
    "Pembanding",
    "Target",
    "Target",
    "Anggaran",
]


@pytest.fixture(scope="module")
def computed():
    return compute(load(locate(CONTENT, KECAMATAN, YEAR, Period.tahunan), ROOT))


@pytest.fixture(scope="module")
def document(computed):
    return present(computed)


def _walk(node):
    yield node
    for name in ("blocks", "items", "front", "chapters", "appendices"):
        for child in getattr(node, name, ()) or ():
            yield from _walk(child)


def _sections(node, level=None):
    return [n for n in _walk(node) if isinstance(n, b.Section) and (level is None or n.level == level)]


def _kind(node) -> str:
    """A node's kind by its class name (the model's modules may move; the kinds stay)."""
    return type(node).__name__


def _text(node) -> str:
    return "".join(getattr(run, "text", "") for run in getattr(node, "runs", ()))


# --- content and model (fast) ---------------------------------------------------------------


def test_check_passes_without_errors_or_warnings():
    result = CliRunner().invoke(main, ["check", KECAMATAN, "--content", str(CONTENT)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"{KECAMATAN}: no errors, 0 warnings"


def test_document_model_snapshot(document, data_regression):
    data_regression.check(to_data(document), basename=f"document-{NAME}")


def test_generated_tex_snapshot(document, file_regression):
    tex = write_document(document)
    for html in ("&amp;", "&lt;", "&gt;", "&#"):
        assert html not in tex
    file_regression.check(tex, extension=".tex", encoding="utf-8", basename=f"report-{NAME}")


def test_front_matter_lists_before_kata_pengantar_and_ringkasan(document):
    kinds = [
        (part.title, part.blocks[0].kind if isinstance(part.blocks[0], b.ListOf) else None) for part in document.front
    ]
    assert kinds == [
        (None, b.Listing.contents),
        (None, b.Listing.tables),
        ("KATA PENGANTAR", None),
        ("RINGKASAN EKSEKUTIF", None),
    ]
    kata_pengantar = document.front[2]
    assert "Gerai PATEN Desa" in _text(kata_pengantar.blocks[1])  # the report's own words (year file naskah)
    assert _kind(kata_pengantar.blocks[-1]) == "SignatureRight"


def test_latar_belakang_in_the_kabupatens_words(document):
    latar = next(s for s in _sections(document.chapters[0], 1) if s.title == "LATAR BELAKANG")
    assert _text(latar.blocks[0]).startswith("Kecamatan Teluk Kemuning adalah perangkat daerah Kabupaten Tanjung")
    assert isinstance(latar.blocks[-1], b.List) and len(latar.blocks[-1].items) == 7  # the fungsi follow


def test_bab_iii_has_one_section_per_indicator_each_with_its_own_table(document):
    per_indicator = next(s for s in _sections(document) if s.title == "CAPAIAN KINERJA PER INDIKATOR")
    subs = [s for s in per_indicator.blocks if isinstance(s, b.Section)]
    assert [s.title for s in subs] == list(INDICATORS)
    for section in subs:
        table = next(x for x in section.blocks if isinstance(x, Table))
        assert table.caption == f"Capaian {section.title} Tahun {YEAR}"
        assert table.orientation is Orientation.landscape and len(table.rows) == 1
        assert [c.head for c in table.columns] == PER_INDICATOR_HEADS
        assert [c.group for c in table.columns] == PER_INDICATOR_GROUPS


def test_per_indicator_sentences_carry_the_computed_figures(document):
    per_indicator = next(s for s in _sections(document) if s.title == "CAPAIAN KINERJA PER INDIKATOR")
    prose = {
        s.title: " ".join(_text(p) for p in s.blocks if isinstance(p, b.Paragraph))
        for s in per_indicator.blocks
        if isinstance(s, b.Section)
    }
    ikm = prose[INDICATORS[0]]
    assert "targetnya 82,00 dan realisasinya 84,56, sehingga capaiannya 103,12% dengan kategori Sangat Baik" in ikm
    assert "capaian tahun 2024 naik 1,53 poin persentase" in ikm
    assert "Terhadap target akhir Renstra tahun 2026 sebesar 86,00, realisasi tahun ini mencapai 98,33%" in ikm
    assert "Kabupaten (rerata) 82,41 dan Kec. Batu Lumut 85,02" in ikm
    negative = prose[INDICATORS[2]]
    assert "capaiannya 120,83% dengan kategori Sangat Baik (indikator ini berpolaritas negatif" in negative
    assert "tidak ditetapkan target provinsi maupun nasional" in negative
    assert "capaiannya 83,33% dengan kategori Cukup" in prose[INDICATORS[4]]  # the five-level scale's middle band


def test_the_per_indicator_table_holds_the_figures_of_that_indicator(document):
    per_indicator = next(s for s in _sections(document) if s.title == "CAPAIAN KINERJA PER INDIKATOR")
    first = next(x for x in per_indicator.blocks[-5].blocks if isinstance(x, Table))
    row = first.rows[0].cells
    assert round(row["capaian"], 2) == Decimal("103.12") and round(row["capaian_lalu"], 2) == Decimal("101.59")
    assert row["pembanding_0"].value == Decimal("82.41") and row["pembanding_1"].value == Decimal("85.02")


def test_renstra_targets_of_every_year_are_printed(document):
    table = next(t for t in _walk(document) if isinstance(t, Table) and t.caption.startswith("Target Indikator"))
    years = [c.head for c in table.columns if c.key.startswith("target_renstra_")]
    assert years == ["2022", "2023", "2024", "2025", "2026"]
    assert {c.group for c in table.columns if c.key.startswith("target_renstra_")} == {"Target Renstra"}
    assert len(table.rows) == len(INDICATORS)


def test_budget_narrated_per_sub_kegiatan_then_a_table_with_its_total(document, computed):
    per_sub = next(s for s in _sections(document) if s.title == "Realisasi per Sub Kegiatan")
    narrated = [s for s in per_sub.blocks if isinstance(s, b.Section)]
    subs = [n for n in _walk_budget(computed.programs) if n.level == "sub_kegiatan"]
    assert len(narrated) == len(subs) == 13 and not any(s.numbered for s in narrated)
    gaji = next(s for s in narrated if s.title == "Sub Kegiatan 7.01.01.2.02.0001")
    assert _text(gaji.blocks[0]).startswith(
        "Penyediaan Gaji dan Tunjangan ASN memperoleh pagu Rp2.236.450.000 dan terealisasi Rp2.198.732.540 atau 98,31%."
    )
    without = next(s for s in narrated if s.title == "Sub Kegiatan 7.01.01.2.06.0001")
    assert "tidak mempunyai indikator keluaran" in _text(without.blocks[0])
    recap = next(s for s in _sections(document) if s.title.startswith("Rekapitulasi Anggaran"))
    table = next(x for x in recap.blocks if isinstance(x, Table))
    total = table.rows[-1]
    assert total.level is Level.total and total.cells["pagu"].amount == computed.grand_total.pagu == 2_580_550_000


def test_kinerja_lainnya_prose_formula_and_its_own_table(document):
    section = next(s for s in _sections(document) if s.title == "KINERJA LAINNYA")
    kinds = [_kind(x) for x in section.blocks]
    assert kinds == ["Paragraph", "Formula", "Table", "Paragraph"]
    table = section.blocks[2]
    assert [c.head for c in table.columns] == [
        "No.",
        "Jenis Layanan",
        "Tahun 2023 (sebelum gerai)",
        "Tahun 2024 (sesudah gerai)",
    ]
    total = table.rows[-1]
    assert total.level is Level.total and (total.cells["sebelum"], total.cells["sesudah"]) == (1416, 2040)
    assert table.source == "Register Pelayanan PATEN dan Gerai PATEN Desa"


def test_surat_pernyataan_is_a_page_after_bab_iv_before_the_lampiran(document):
    titles = [c.title if _kind(c) == "Chapter" else _kind(c) for c in document.chapters]
    assert titles == ["PENDAHULUAN", "PERENCANAAN KINERJA", "AKUNTABILITAS KINERJA", "PENUTUP", "Page"]
    page = document.chapters[-1]
    kinds = [_kind(x) for x in page.blocks]
    assert kinds[:4] == ["PageBreak", "Letterhead", "Bookmark", "CentredHeading"] and kinds[-2:] == [
        "SignatureRight",
        "PageBreak",
    ]
    assert page.blocks[1].lines == (
        "Pemerintah Kabupaten Tanjung Selasih",
        "Kecamatan Teluk Kemuning",
        "Jl. Pangeran Antasari No. 17 Desa Teluk Kemuning Hilir",
    )
    assert "NIP 19820415 200412 1 002" in _text(page.blocks[4])


def _walk_budget(nodes):
    for node in nodes:
        yield node
        yield from _walk_budget(node.children)


# --- one real build, read back (slow) -------------------------------------------------------


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def _flat(text: str) -> str:
    """One line of words: a word hyphenated at a line end is joined again."""
    return re.sub(r"\s+", " ", re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text)).strip()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = build_report(CONTENT, tmp_path_factory.mktemp("build"), KECAMATAN, YEAR)
    return result, _pages(result.pdf)


def _first(pages: list[str], pattern: str, start: int = 0) -> int:
    """0-based index of the first page (from `start`) whose text matches, lists of contents excluded."""
    return next(i for i, p in enumerate(pages) if i >= start and re.search(pattern, p, re.M) and "DAFTAR" not in p)


@pytest.mark.build
def test_builds_with_no_overfull_box(built):
    result, pages = built
    assert result.pdf.name == f"lkjip-{NAME}.pdf" and len(pages) == result.compiled.pages >= 40
    assert result.compiled.overfull == 0 and result.warnings == ()


@pytest.mark.build
def test_front_matter_order_in_the_pdf(built):
    _, pages = built
    order = [
        next(i for i, p in enumerate(pages) if re.search(rf"^\s*{title}\s*$", p, re.M))
        for title in ("DAFTAR ISI", "DAFTAR TABEL", "KATA PENGANTAR", "RINGKASAN EKSEKUTIF", "BAB I")
    ]
    assert order == sorted(order) and order[0] == 1  # right after the cover


@pytest.mark.build
def test_per_indicator_sections_and_their_twelve_field_tables(built):
    _, pages = built
    start = _first(pages, r"^3\.2 CAPAIAN KINERJA PER INDIKATOR")
    for number, name in enumerate(INDICATORS, start=1):
        heading = _first(pages, rf"^3\.2\.{number}\s", start)
        assert _flat(name) in _flat(pages[heading] + pages[heading + 1])
        table = _first(pages, r"Realisasi Pembanding|Pembanding", heading)
        text = _flat(pages[table])
        assert _flat(f"Capaian {name} Tahun 2024") in text
        for head in (
            "Tahun 2024",
            "Tahun 2023",
            "Renstra 2026",
            "Pembanding",
            "Target",
            "Akhir",
            "Kabupaten",
            "(rerata)",
            "Kec. Batu",
            "Provinsi",
            "Nasional",
            "Anggaran",
            "Serapan",
        ):  # the headers of its 13 columns
            assert head in text, (name, head)
        assert "(13)" in text and "(14)" not in text
        start = table


@pytest.mark.build
def test_sentences_with_computed_figures_are_printed(built):
    _, pages = built
    text = _flat("\n".join(pages))
    assert "capaiannya 103,12% dengan kategori Sangat Baik" in text
    assert "capaiannya 120,83% dengan kategori Sangat Baik" in text
    assert "naik 1,53 poin persentase" in text
    assert (
        "Penyediaan Gaji dan Tunjangan ASN memperoleh pagu Rp2.236.450.000 dan terealisasi Rp2.198.732.540 atau 98,31%"
        in text
    )
    assert "Jumlah 2.580.550.000 2.534.442.540 98,21%" in text  # the declared anggaran table's total row
    assert "Jumlah 1.416 2.040" in text  # Kinerja Lainnya


@pytest.mark.build
def test_surat_pernyataan_after_bab_iv_and_before_the_lampiran(built):
    _, pages = built
    bab4 = _first(pages, r"^\s*BAB IV\s*$")
    surat = _first(pages, r"^\s*SURAT PERNYATAAN\s*$")
    lampiran = _first(pages, r"^\s*LAMPIRAN I\s*$")
    assert bab4 < surat < lampiran
    page = _flat(pages[surat])
    assert page.startswith("Pemerintah Kabupaten Tanjung Selasih Kecamatan Teluk Kemuning")
    assert "NIP 19820415 200412 1 002" in page and "MUHAMMAD RIZAL FAHMI" in page
    assert "Teluk Kemuning, 27 Januari 2025" in page


@pytest.mark.build
@pytest.mark.parametrize("page", ["per_indicator", "surat"])
def test_key_pages_look_as_reviewed(built, page, image_regression, tmp_path):
    """The first per-indicator table page (landscape) and the Surat Pernyataan, as reviewed."""
    result, pages = built
    if page == "per_indicator":
        number = _first(pages, r"Pembanding", _first(pages, r"^3\.2\.1\s")) + 1
    else:
        number = _first(pages, r"^\s*SURAT PERNYATAAN\s*$") + 1
    image_regression.check(
        page_png(result.pdf, number, tmp_path), diff_threshold=PAGE_TOLERANCE, basename=f"{page}-{NAME}"
    )
