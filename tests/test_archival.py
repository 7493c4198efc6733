"""Archival guarantees of the built PDF: PDF/A, metadata, navigation, typography, looks.

PDF/A validation, with the strongest validator that can be had here: veraPDF cannot be installed;
Apache PDFBox Preflight (Debian) validates PDF/A-1b only. So the archived PDF/A-2b file is checked
for the 2b specifics with pikepdf, and an `a-1b` build of every seed report's source is validated
by Preflight (test_seed_reports.py).
"""

import subprocess
from pathlib import Path

import pikepdf
import pytest

from pipeline.build import build_report
from tests.conftest import CONTENT
from tests.pages import PAGE_TOLERANCE, page_png

pytestmark = pytest.mark.build
JARS = ("preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api")


@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    return build_report(CONTENT, tmp_path_factory.mktemp("a2b"), "aluh-aluh", 2022)


def preflight(pdf: Path) -> subprocess.CompletedProcess:
    classpath = ":".join(f"/usr/share/java/{jar}.jar" for jar in JARS)
    return subprocess.run(
        ["java", "-cp", classpath, "org.apache.pdfbox.preflight.Validator_A1b", str(pdf)],
        capture_output=True,
        text=True,
    )


def test_preflight_rejects_what_is_not_pdfa(archived, tmp_path):
    """The validator is not a rubber stamp: the 2b file fails its 1b-only rules."""
    result = preflight(archived.pdf)
    assert result.returncode != 0 and "part must be 1" in result.stdout


def test_archived_file_is_pdfa_2b(archived):
    with pikepdf.open(archived.pdf) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B"
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3 and b"sRGB" in profile.read_bytes()[:200]
        assert "/Encrypt" not in pdf.trailer
        assert "/JavaScript" not in pdf.Root.get("/Names", {})
        actions = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and "/S" in o]
        assert not any(o.S in ("/JavaScript", "/Launch") for o in actions)
        assert str(pdf.Root.Lang) == "id-ID" and meta.get("dc:language") == {"id-ID"}


def test_metadata_from_the_content_and_info_agrees_with_xmp(archived):
    with pikepdf.open(archived.pdf) as pdf:
        meta, info = pdf.open_metadata(), pdf.docinfo
        title = "Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Aluh-Aluh Tahun 2022"
        assert str(info.Title) == meta.get("dc:title") == title
        assert str(info.Author) == "Kecamatan Aluh-Aluh, Kabupaten Banjar" == meta.get("dc:creator")[0]
        assert "Kabupaten Banjar" in meta.get("dc:subject") and "2022" in meta.get("dc:subject")
        assert str(info.CreationDate).startswith("D:20221231")  # the report's date, not the clock
        assert meta.get("xmp:CreateDate").startswith("2022-12-31")


def test_every_font_is_embedded(archived):
    fonts = subprocess.run(["pdffonts", str(archived.pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts


def test_bookmarks_toc_links_and_page_labels(archived):
    with pikepdf.open(archived.pdf) as pdf:
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
        assert {"BAB I PENDAHULUAN", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP"} <= set(titles), titles
        assert any(t.startswith("LAMPIRAN I") for t in titles) and "DAFTAR ISI" in titles
        labels = [page.label for page in pdf.pages]
        assert labels[1] == "i" and "1" in labels and labels.index("1") > labels.index("i")
        toc = labels.index("ii")  # Daftar Isi starts on page ii
        links = [a for a in pdf.pages[toc].get("/Annots", []) if a.Subtype == "/Link"]
        assert len(links) >= 10


def test_no_overfull_boxes(archived):
    assert archived.compiled.overfull == 0


def _key_pages(pdf: Path) -> dict[str, int]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    with pikepdf.open(pdf) as document:
        landscape = next(i for i, page in enumerate(document.pages, start=1) if int(page.get("/Rotate", 0)))
    longest = next(
        i
        for i, p in enumerate(pages, start=1)
        if "Pencapaian Kinerja dan Anggaran Tahun 2022" in p and "(lanjutan)" not in p and "DAFTAR" not in p
    )
    statement = next(i for i, p in enumerate(pages, start=1) if "Pihak Pertama" in p)
    return {
        "cover": 1,
        "kata_pengantar": 2,
        "longest_table": longest,
        "landscape": landscape,
        "pk_signatures": statement,
    }


@pytest.mark.parametrize("name", ["cover", "kata_pengantar", "longest_table", "landscape", "pk_signatures"])
def test_key_pages_look_as_reviewed(archived, image_regression, tmp_path, name):
    """A change in looks shows up here as an image diff to review (refresh with `make snapshots`)."""
    number = _key_pages(archived.pdf)[name]
    image_regression.check(page_png(archived.pdf, number, tmp_path), diff_threshold=PAGE_TOLERANCE)
