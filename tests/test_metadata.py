"""The PDF's metadata (what archives index) equals the printed title and names, for any name.

The document information and the XMP packet are written by pdfx from `report.xmpdata`, whose
markup is pdfx's own, not LaTeX's: a name with an apostrophe once arrived as
`Ma\\L8U\\textquotesingle {}rang`. Read back with pikepdf, for real names and the attack corpus.
"""

import subprocess

import pikepdf
import pytest

from pipeline.build import build_report
from pipeline.document.report import Metadata
from pipeline.write.latex.document import write_xmpdata
from pipeline.write.latex.escape import xmp_text
from tests.test_hostile_text import ATTACKS

NAMES = ["Ma'rang", 'Kampung "Baru"', "Élan Ñoño Çay", "R_D & <S> 100% #1 ^^41 ~", "a\\ b {c}"]


@pytest.mark.parametrize(
    "text, markup",
    [
        ("Ma'rang", "Ma'rang"),
        (r"\input{/etc/passwd}", r"\backslash input\{/etc/passwd\}"),
        ("a\\ b", "a\\backslash\\  b"),
        ("100% & <x>", r"100\% & <x>"),
        ("two\nlines\tand\u200bzero", "two lines andzero"),
    ],
)
def test_xmp_markup(text, markup):
    assert xmp_text(text) == markup


def _compiled(directory, meta: Metadata):
    directory.mkdir()
    (directory / "t.xmpdata").write_text(write_xmpdata(meta), encoding="utf-8")
    (directory / "t.tex").write_text(r"\documentclass{article}\usepackage[a-2b]{pdfx}\begin{document}x\end{document}")
    done = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-no-shell-escape", "t.tex"], cwd=directory)
    assert done.returncode == 0
    return directory / "t.pdf"


def _read(pdf):
    with pikepdf.open(pdf) as document:
        meta, info = document.open_metadata(), document.docinfo
        return {
            "title": (str(info.Title), meta.get("dc:title")),
            "author": (str(info.Author), meta.get("dc:creator")[0]),
            "subject": (str(info.Subject), meta.get("dc:description")),
            "keywords": meta.get("dc:subject"),  # pdfx writes the keywords as XMP's subject bag
        }


@pytest.mark.build
@pytest.mark.parametrize("name", NAMES + ATTACKS, ids=range(len(NAMES + ATTACKS)))
def test_any_name_reaches_the_metadata_as_written(tmp_path, name):
    flat = " ".join(name.replace("\u200b", "").split())  # as the page shows it: one space between words
    keywords = ("LKjIP", f"Kecamatan {name}")  # as the report's: a name never starts an item
    meta = Metadata(f"LKjIP Kecamatan {name}", f"Kecamatan {name}", f"Laporan {name}", keywords, "Pemkab")
    got = _read(_compiled(tmp_path / "doc", meta))
    assert got["title"] == (f"LKjIP Kecamatan {flat}",) * 2
    assert got["author"] == (f"Kecamatan {flat}",) * 2
    assert got["subject"][0] == f"Laporan {flat}"
    assert f"Laporan {flat}" in str(got["subject"][1])
    assert got["keywords"] == {"LKjIP", f"Kecamatan {flat}"}


@pytest.mark.build
def test_a_report_of_a_kecamatan_with_an_apostrophe(content_copy, tmp_path):
    content_copy.edit("banjar/aluh-aluh/kecamatan.yaml", "nama: Aluh-Aluh", "nama: Ma'rang \\& {Baru}")
    result = build_report(content_copy.root, tmp_path, "aluh-aluh", 2022)
    got = _read(result.pdf)
    title = "Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Ma'rang \\& {Baru} Tahun 2022"
    assert got["title"] == (title, title)
    assert got["author"] == ("Kecamatan Ma'rang \\& {Baru}, Kabupaten Banjar",) * 2
    printed = subprocess.run(["pdftotext", "-l", "1", str(result.pdf), "-"], capture_output=True, text=True).stdout
    assert "MA'RANG \\& {BARU}" in printed.upper()
