"""A real build of Aluh-Aluh 2022, checked through the PDF's text (pdftotext)."""

import hashlib
import re
import subprocess

import pytest

from pipeline.build import build_report
from tests.conftest import CONTENT

pytestmark = pytest.mark.build


def _pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def _footer(page: str) -> str:
    return [line for line in page.splitlines() if line.strip()][-1].strip()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = build_report(CONTENT, tmp_path_factory.mktemp("build"), "aluh-aluh", 2022)
    return result, _pages(result.pdf)


def test_pdf_lands_under_build_dir(built):
    result, pages = built
    assert result.pdf.name == "lkjip-aluh-aluh-2022.pdf" and result.pdf.stat().st_size > 50_000
    assert len(pages) == result.compiled.pages >= 30


def test_toc_page_numbers_match_the_pages(built):
    _, pages = built
    toc = next(p for p in pages if "DAFTAR ISI" in p and "BAB I" in p)
    toc += next(p for p in pages[pages.index(toc) + 1 :] if "BAB IV" in p)
    entries = re.findall(r"^\s*(BAB (?:I|II|III|IV))\s+([A-Z ]+?)[ .]+(\d+)\s*$", toc, re.M)
    assert [e[0] for e in entries] == ["BAB I", "BAB II", "BAB III", "BAB IV"]
    for bab, title, number in entries:
        start = next(
            p for p in pages if re.search(rf"^\s*{bab}\s*$", p, re.M) and title.strip() in p and "DAFTAR ISI" not in p
        )
        assert _footer(start) == number, f"{bab} {title} is listed on page {number}"


def test_front_matter_roman_body_arabic(built):
    _, pages = built
    footers = [_footer(p) for p in pages[1:6]]
    assert footers[:3] == ["i", "ii", "iii"] or all(re.fullmatch(r"[ivx]+", f) for f in footers[:3])
    bab1 = next(i for i, p in enumerate(pages) if re.search(r"^\s*BAB I\s*$", p, re.M) and "DAFTAR ISI" not in p)
    assert _footer(pages[bab1]) == "1"


def test_tables_are_numbered_per_chapter_and_listed(built):
    _, pages = built
    text = "\n".join(pages)
    for caption in ("Tabel 1.1", "Tabel 2.1", "Tabel 2.2", "Tabel 3.1", "Tabel 3.2"):
        assert caption in text
    lot = "\n".join(p for p in pages if re.search(r"^\s*DAFTAR TABEL\s*$", p, re.M))
    assert "Tabel 3.1" in lot and "Skala Nilai Peringkat Kinerja" in lot
    assert "(lanjutan)" in text  # a long table continued on a second page repeats its header


def test_camat_signs_with_name_and_nip(built):
    _, pages = built
    text = "\n".join(pages)
    assert text.count("ADITYA YUDI DHARMA, S.STP") >= 3  # Kata Pengantar and both PK pages
    assert "NIP. 19860313 200412 1 004" in text
    assert "H. SAIDI MANSYUR, S.I.Kom." in text and "BUPATI BANJAR" in text
    pk = next(p for p in pages if "Pihak Pertama" in p)
    assert "Pihak Kedua" in pk


def test_computed_figures_are_printed(built):
    _, pages = built
    text = re.sub(r"\s+", " ", "\n".join(pages))
    assert "115,40%" in text  # the IKM capaian the seed printed as 86,65 %
    assert "Berhasil" in text
    assert "Rp2.202.684.141" in text and "80,99%" in text
    assert 'predikat "BB"' in text or "predikat “BB”" in text


def test_same_content_same_bytes(built, tmp_path):
    result, _ = built
    again = build_report(CONTENT, tmp_path / "elsewhere", "aluh-aluh", 2022)
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (result.pdf, again.pdf)]
    assert digest[0] == digest[1]
