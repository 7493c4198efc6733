"""Images from the content: the lambang on the cover, the kop surat, photographs in figures.

Every refusal is a positioned error naming the YAML file, line, column and field with its fix;
the embedded file's name is stable and safe in LaTeX; the build copies it beside the .tex, so the
PDF is the same bytes in any directory; a kabupaten without a lambang gets a cover with no gap.
"""

import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from PIL import Image as Picture

from pipeline.build import build_report, prepare, write_sources
from pipeline.cli import main
from pipeline.content.locate import locate
from pipeline.document.blocks import Asset, Figure, Image, Paragraph
from pipeline.document.inline import Text
from pipeline.document.pieces import Letterhead
from pipeline.document.report import Chapter, Cover, Document, Metadata, Settings
from pipeline.document.table import InternalError
from pipeline.errors import ContentError
from pipeline.inputs import input_digest
from pipeline.kinds import ArchiveLevel
from pipeline.present import present
from pipeline.present.assets import asset
from pipeline.tex.compile import compile_tex
from pipeline.write.latex.blocks import Writer
from pipeline.write.latex.document import LATEX_DIR, write_document, write_xmpdata
from pipeline.write.latex.tables import load_looks
from tests.conftest import CONTENT
from tests.test_archival import preflight

KAB = "banjar/kabupaten.yaml"
LAMBANG = "lambang: lambang.png"
AT = "banjar/kabupaten.yaml:6:10: lambang: "  # where every refusal of the Banjar lambang points
NAME = re.compile(r"lambang-[0-9a-f]{12}\.(png|jpg|pdf)")


def _picture(path: Path, size=(300, 300), mode="RGB", **save) -> Path:
    Picture.new(mode, size, "white").save(path, **save)
    return path


def _refusal(content_copy) -> str:
    with pytest.raises(ContentError) as info:
        content_copy.load()
    problems = [str(p) for p in info.value.problems]
    assert len(problems) == 1, problems
    return problems[0]


def _lambang(content_copy) -> Path:
    return content_copy.root / "banjar" / "lambang.png"


# ---- the checks, each a positioned error with its fix ------------------------------------------


def test_missing_file(content_copy):
    content_copy.edit(KAB, LAMBANG, "lambang: logo.png")
    assert _refusal(content_copy) == (
        AT + "no file banjar/logo.png: put the image there, or correct the name (it is relative to banjar/)"
    )


def test_a_png_that_is_really_text(content_copy):
    _lambang(content_copy).write_text("PEMERINTAH KABUPATEN BANJAR\n", encoding="utf-8")
    assert _refusal(content_copy) == (
        AT + "banjar/lambang.png is not a PNG, JPEG or PDF file (by its content, whatever its name): save it as PNG"
    )


def test_a_pdf_that_is_really_text(content_copy):
    (content_copy.root / "banjar" / "lambang.pdf").write_text("not a PDF", encoding="utf-8")
    content_copy.edit(KAB, LAMBANG, "lambang: lambang.pdf")
    assert "banjar/lambang.pdf is not a PNG, JPEG or PDF file" in _refusal(content_copy)


def test_too_large(content_copy):
    path = _lambang(content_copy)
    path.write_bytes(path.read_bytes() + b"\0" * (5 * 2**20))
    assert _refusal(content_copy) == (
        AT + "banjar/lambang.png is 5.0 MB, more than the 5 MB an image may have: "
        "save it smaller (about 1000 px wide is plenty for print)"
    )


def test_too_small(content_copy):
    _picture(_lambang(content_copy), (149, 400))
    assert _refusal(content_copy) == (
        AT + "banjar/lambang.png is 149×400 px; an image needs at least 150×150 px to print sharply: "
        "use a larger original"
    )


def test_damaged(content_copy):
    path = _lambang(content_copy)
    path.write_bytes(path.read_bytes()[:400])
    assert _refusal(content_copy).startswith(AT + "banjar/lambang.png is a damaged image file (")


def test_cmyk_is_refused_at_any_level(content_copy):
    _picture(content_copy.root / "banjar" / "lambang.jpg", mode="CMYK")
    content_copy.edit(KAB, LAMBANG, "lambang: lambang.jpg")
    assert _refusal(content_copy) == (
        AT + "banjar/lambang.jpg is a CMYK JPEG; the archive's colours are sRGB: save it in RGB"
    )


@pytest.mark.parametrize(
    "mode, save, what",
    [
        ("RGBA", {}, "an alpha channel"),
        ("LA", {}, "an alpha channel"),
        ("RGB", {"transparency": (255, 255, 255)}, "a transparent colour (tRNS)"),
        ("P", {"transparency": 0}, "a transparent colour (tRNS)"),
    ],
)
def test_transparency_refused_under_pdfa_1b(content_copy, mode, save, what):
    _picture(_lambang(content_copy), mode=mode, **save)
    content_copy.edit(KAB, LAMBANG, LAMBANG + "\narsip: pdfa-1b")
    assert _refusal(content_copy) == (
        AT + f"banjar/lambang.png has transparency ({what}), which PDF/A-1 forbids (arsip: pdfa-1b): "
        "save it without transparency"
    )


def test_transparency_allowed_under_pdfa_2b_but_not_in_a_1b_build(content_copy):
    """PDF/A-2 allows transparency; a build overridden to a-1b checks the image again for its level."""
    _picture(_lambang(content_copy), mode="RGBA")
    assert content_copy.load().kabupaten.arsip is ArchiveLevel.pdfa_2b
    files = locate(content_copy.root, "aluh-aluh", 2022)
    with pytest.raises(ContentError) as info:
        prepare(files, ArchiveLevel.pdfa_1b)
    assert "lambang: " in str(info.value) and "save it without transparency" in str(info.value)


@pytest.mark.parametrize("name", ["../../../../../../../etc/passwd", "/etc/passwd", "../aluh-aluh/../../x.png"])
def test_a_path_out_of_the_content_root_is_refused_unread(content_copy, monkeypatch, name):
    opened = []
    original = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or original(self, *a, **k))
    monkeypatch.setattr("pipeline.content.images.Image.open", lambda *a, **k: pytest.fail("an image was read"))
    content_copy.edit(KAB, LAMBANG, f"lambang: {name}")
    assert _refusal(content_copy) == (
        AT + f"'{name}' leads out of the content directory; an image is read only from inside it: "
        "put the file beside this YAML file and write its name relative to it"
    )
    assert not [p for p in opened if not p.resolve().is_relative_to(content_copy.root.resolve())]


def test_a_link_out_of_the_content_root_is_refused(content_copy, tmp_path):
    outside = _picture(tmp_path / "elsewhere.png")
    _lambang(content_copy).unlink()
    _lambang(content_copy).symlink_to(outside)
    assert _refusal(content_copy) == (
        AT + "'lambang.png' is a link to a file outside the content directory: copy the image itself there"
    )


def test_a_directory_is_not_an_image(content_copy):
    content_copy.edit(KAB, LAMBANG, "lambang: ../banjar")
    assert _refusal(content_copy) == AT + "banjar is not a file: name the image file itself"


def test_every_problem_of_the_report_at_once(content_copy):
    """An image problem is listed with the other content errors of the same run."""
    content_copy.edit(KAB, LAMBANG, "lambang: logo.png")
    content_copy.edit("banjar/aluh-aluh/2022.yaml", "realisasi: 1752598421", "realisasi: 1984707841")
    with pytest.raises(ContentError) as info:
        content_copy.load()
    text = str(info.value)
    assert "exceeds pagu" in text and "lambang: no file banjar/logo.png" in text


# ---- what is accepted, and the asset it becomes ------------------------------------------------


def test_seed_lambang_are_small_opaque_stand_ins():
    for kabupaten in ("banjar", "tanah-laut"):
        path = CONTENT / kabupaten / "lambang.png"
        with Picture.open(path) as picture:
            assert picture.size == (600, 600) and picture.mode in ("RGB", "P")
            assert "transparency" not in picture.info
        assert path.stat().st_size < 60 * 1024


def test_a_jpeg_named_png_is_read_as_what_it_is(content_copy):
    _picture(_lambang(content_copy), format="JPEG")
    cover = present(_computed(content_copy)).cover
    assert cover.emblem.name.endswith(".jpg")  # pdfTeX reads a file by its extension


def test_a_pdf_emblem_is_accepted(content_copy):
    _picture(content_copy.root / "banjar" / "lambang.pdf", format="PDF")  # a one-page PDF, %PDF- first
    content_copy.edit(KAB, LAMBANG, "lambang: lambang.pdf")
    assert present(_computed(content_copy)).cover.emblem.name.endswith(".pdf")


def test_asset_name_is_stable_and_safe(tmp_path):
    seed = CONTENT / "banjar" / "lambang.png"
    copy = tmp_path / "a very (odd) name $%.png"
    copy.write_bytes(seed.read_bytes())
    first, again, moved = asset(seed), asset(seed), asset(copy)
    assert NAME.fullmatch(first.name)
    assert first.name == again.name == moved.name  # from the bytes: no path, no user text
    assert asset(CONTENT / "tanah-laut" / "lambang.png").name != first.name


def test_cover_has_the_lambang_and_the_build_inputs_carry_it():
    files = locate(CONTENT, "pelaihari", 2023)
    _, sources = prepare(files)
    names = [name for name in sources if NAME.fullmatch(name)]
    assert len(names) == 1 and sources[names[0]] == (CONTENT / "tanah-laut" / "lambang.png").read_bytes()
    cover = sources["report.tex"].split(r"\end{lkjcover}")[0]
    assert rf"\lkjCoverEmblem{{{names[0]}}}" in cover
    assert "/" not in names[0] and str(CONTENT) not in sources["report.tex"]


def _without_lambang(content_copy) -> None:
    path = content_copy.root / KAB
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("lambang:")), encoding="utf-8")


def test_without_lambang_the_cover_has_no_emblem_and_no_gap(content_copy):
    _without_lambang(content_copy)
    document = present(_computed(content_copy))
    assert document.cover.emblem is None and document.assets == ()
    tex = write_document(document)
    assert r"\lkjCoverEmblem" not in tex
    assert "PEMERINTAH (LKJIP)\\\\\nKECAMATAN ALUH-ALUH\\\\" in tex  # the lines close up


def test_a_changed_lambang_changes_the_input_digest(content_copy):
    files = locate(content_copy.root, "aluh-aluh", 2022)
    before = input_digest(files)
    _picture(_lambang(content_copy), (600, 600))
    assert input_digest(files) != before


def test_tex_command_writes_the_images_beside_the_tex(tmp_path):
    out = tmp_path / "src"
    result = CliRunner().invoke(main, ["tex", "aluh-aluh", "--out", str(out)])
    assert result.exit_code == 0, result.output
    images = [p.name for p in out.iterdir() if NAME.fullmatch(p.name)]
    assert len(images) == 1 and rf"\lkjCoverEmblem{{{images[0]}}}" in (out / "report.tex").read_text()


# ---- the writer ---------------------------------------------------------------------------------


def _writer() -> Writer:
    return Writer(load_looks(LATEX_DIR / "columns.yaml"))


def _seed_asset() -> Asset:
    return asset(CONTENT / "banjar" / "lambang.png")


def test_letterhead_writer():
    emblem = _seed_asset()
    kop = Letterhead(("PEMERINTAH KABUPATEN BANJAR", "Jalan A. Yani Km 1 #2 [kantor]"), emblem)
    assert _writer().block(kop) == (
        rf"\lkjLetterhead{{{emblem.name}}}{{PEMERINTAH KABUPATEN BANJAR\\Jalan A. Yani Km 1 \#2 {{[}}kantor{{]}}}}"
    )
    assert _writer().block(Letterhead(("KECAMATAN X",))) == r"\lkjLetterhead{}{KECAMATAN X}"


def test_image_figure_writer():
    emblem = _seed_asset()
    figure = Figure("Kegiatan 100% selesai", "fig:foto", Image(emblem, 0.75))
    assert _writer().block(figure) == (
        rf"\lkjFigure{{\lkjFigureImage{{{emblem.name}}}{{0.75}}}}{{Kegiatan 100\% selesai}}{{fig:foto}}"
    )
    with pytest.raises(InternalError, match="not a fraction"):
        _writer().block(Figure("x", "fig:x", Image(emblem, 1.5)))


@pytest.mark.parametrize("name", ["../lambang.png", "lambang-0123456789ab.png}\\input{x}", "a b.png"])
def test_an_asset_name_the_present_stage_never_gives_is_refused(name):
    with pytest.raises(InternalError, match="asset"):
        _writer().block(Letterhead(("X",), Asset(name, Path("x.png"))))


def _computed(content_copy):
    from pipeline.compute.report import compute

    return compute(content_copy.load())


# ---- real builds ----------------------------------------------------------------------------------


def _page_one_images(pdf: Path) -> list:
    with pikepdf.open(pdf) as document:
        xobjects = document.pages[0].Resources.get("/XObject", {})
        return [str(x.Subtype) for x in xobjects.values()]


@pytest.mark.build
def test_emblem_printed_archival_and_same_bytes_anywhere(tmp_path):
    """Built at PDF/A-1b (Preflight) in two directories: the emblem is on page 1, the bytes equal."""
    first = build_report(CONTENT, tmp_path / "a", "aluh-aluh", 2022, ArchiveLevel.pdfa_1b).pdf
    deeper = tmp_path / "another" / "much-longer" / "directory"
    second = build_report(CONTENT, deeper, "aluh-aluh", 2022, ArchiveLevel.pdfa_1b).pdf
    assert first.read_bytes() == second.read_bytes()
    assert str(tmp_path).encode() not in first.read_bytes() and b"lambang" not in first.read_bytes()
    assert _page_one_images(first) == ["/Image"]
    with pikepdf.open(first) as pdf:
        assert pdf.open_metadata().pdfa_status == "1B"
    result = preflight(first)
    assert result.returncode == 0 and "is a valid PDF/A-1b file" in result.stdout, result.stdout[-2000:]


@pytest.mark.build
def test_a_kabupaten_without_lambang_builds_with_no_gap(content_copy, tmp_path):
    _without_lambang(content_copy)
    result = build_report(content_copy.root, tmp_path, "aluh-aluh", 2022)
    assert r"\lkjCoverEmblem" not in result.tex.read_text(encoding="utf-8")
    assert _page_one_images(result.pdf) == []
    cover = subprocess.run(
        ["pdftotext", "-layout", "-l", "1", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.strip() for line in cover.splitlines()]
    above = lines.index("PEMERINTAH (LKJIP)")
    assert lines[above + 1] == "KECAMATAN ALUH-ALUH"  # the next cover line follows at once: no gap


@pytest.mark.build
def test_kop_surat_and_photograph_compile(tmp_path):
    """The class's letterhead and figure-image macros, with and without an emblem, in a real engine run."""
    emblem = _seed_asset()
    chapter = Chapter(
        "UJI",
        (
            Letterhead(("PEMERINTAH KABUPATEN BANJAR", "KECAMATAN ALUH-ALUH", "Jalan Inpres No. 132"), emblem),
            Letterhead(("KECAMATAN ALUH-ALUH",)),
            Paragraph((Text("Dokumentasi kegiatan:"),)),
            Figure("Musrenbang kecamatan", "fig:musrenbang", Image(emblem, 0.5)),
        ),
    )
    document = Document(
        Settings("a4", "pdfa-2b", "huruf", "per_bab"),
        Metadata("Uji", "Kecamatan Uji", "Uji", ("uji",), "Kabupaten Uji"),
        Cover(("LAPORAN",), ("KECAMATAN UJI",), emblem=emblem),
        (),
        (chapter,),
    )
    sources = {"report.tex": write_document(document), "report.xmpdata": write_xmpdata(document.metadata)}
    write_sources({**sources, emblem.name: emblem.path.read_bytes()}, tmp_path)
    result = compile_tex(tmp_path / "report.tex", LATEX_DIR, 0)
    assert result.overfull == 0 and result.pages == 2
    text = subprocess.run(["pdftotext", str(result.pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Gambar 1.1 Musrenbang kecamatan" in text and "PEMERINTAH KABUPATEN BANJAR" in text
    with pikepdf.open(result.pdf) as pdf:
        assert len(pdf.pages[1].Resources.XObject) == 1  # one image, drawn twice (kop and figure)
