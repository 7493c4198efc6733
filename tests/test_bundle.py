"""The submission bundle: which appendices are cut out, how their pages are found, and one real
bundle (Aluh-Aluh 2022) read back: checksums, the Perjanjian Kinerja's pages, identical bytes."""

import datetime
import hashlib
import io
import json
import subprocess
import zipfile

import pikepdf
import pytest
from click.testing import CliRunner

from pipeline.build import output_dir, pdf_name
from pipeline.bundle import bundle, bundle_name, current_pdf
from pipeline.bundle_pdf import PERJANJIAN, SK_IKU, Part, appendix_parts, extract, page_range
from pipeline.cli_export import bundle as cli_bundle
from pipeline.content.locate import locate
from pipeline.export import report_document
from pipeline.inputs import DIGEST_FILE, input_digest
from pipeline.tex.provisional import provisional_lists
from pipeline.write.latex.document import write_document
from pipeline.write.stable_zip import restamped, stable_zip
from tests.conftest import CONTENT, REPORTS


def _report(report_id: str):
    kecamatan, year, period = REPORTS[report_id]
    files = locate(CONTENT, kecamatan, year, period)
    return (files, *report_document(files))


def test_appendices_found_by_what_they_hold():
    """Martapura Barat prints the SK IKU (Lampiran I) and ten PK pairs (Lampiran II); Aluh-Aluh only PKs."""
    _, _, document = _report("martapura-barat-2023")
    parts = appendix_parts(document)
    assert (parts[SK_IKU].anchor, parts[PERJANJIAN].anchor) == ("appendix.A", "appendix.B")
    _, _, document = _report("aluh-aluh-2022")
    assert set(appendix_parts(document)) == {PERJANJIAN}


@pytest.mark.parametrize("report_id", sorted(REPORTS))
def test_anchors_are_the_ones_hyperref_gives_their_lampiran(report_id):
    """Each part's anchor is the one the predicted contents give the Lampiran of the same title."""
    _, _, document = _report(report_id)
    toc = provisional_lists(write_document(document))[".toc"]
    for part in appendix_parts(document).values():
        entry = next(line for line in toc.splitlines() if line.endswith("{" + part.anchor + "}%"))
        assert "LAMPIRAN" in entry and part.title in entry


@pytest.mark.parametrize(
    "report_id, name",
    [
        ("aluh-aluh-2022", "LKjIP-Kecamatan-Aluh-Aluh-2022.zip"),
        ("pengaron-2024-tw1", "LKj-Triwulan-Kecamatan-Pengaron-2024-TW1.zip"),  # its outline's own acronym
        ("pelaihari-2023", "LKj-Kecamatan-Pelaihari-2023.zip"),
    ],
)
def test_bundle_name(report_id, name):
    files, computed, _ = _report(report_id)
    assert bundle_name(computed, files) == name


def _outlined_pdf() -> bytes:
    """Six pages: BAB I on page 1, LAMPIRAN I on page 4, LAMPIRAN II on page 6, as hyperref names them;
    a link on page 4 leads back to BAB I."""
    pdf = pikepdf.new()
    for _ in range(6):
        pdf.add_blank_page()
    names = pikepdf.NameTree.new(pdf)
    starts = {"chapter.1": 0, "appendix.A": 3, "appendix.B": 5}
    for name, index in starts.items():
        names[name] = pikepdf.Array([pdf.pages[index].obj, pikepdf.Name.Fit])
    pdf.Root.Names = pikepdf.Dictionary(Dests=names.obj)
    with pdf.open_outline() as outline:
        for title, name in (("BAB I", "chapter.1"), ("LAMPIRAN I", "appendix.A"), ("LAMPIRAN II", "appendix.B")):
            action = pikepdf.Dictionary(S=pikepdf.Name.GoTo, D=pikepdf.String(name))
            outline.root.append(pikepdf.OutlineItem(title, action=action))
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=[0, 0, 10, 10],
        A=pikepdf.Dictionary(S=pikepdf.Name.GoTo, D=pikepdf.String("chapter.1")),
    )
    pdf.pages[3].obj.Annots = pdf.make_indirect(pikepdf.Array([link]))
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_an_appendix_ends_where_the_next_bookmark_starts(tmp_path):
    source = tmp_path / "report.pdf"
    source.write_bytes(_outlined_pdf())
    with pikepdf.open(source) as pdf:
        assert page_range(pdf, "appendix.A") == range(3, 5)
        assert page_range(pdf, "appendix.B") == range(5, 6)
        assert page_range(pdf, "appendix.C") is None
    first = extract(source, Part(SK_IKU, "appendix.A", "KEPUTUSAN CAMAT"), "Laporan")
    with pikepdf.open(io.BytesIO(first)) as pdf:
        assert len(pdf.pages) == 2 and "/Annots" not in pdf.pages[0].obj  # the link out of the part is gone
    assert extract(source, Part(PERJANJIAN, "appendix.C", "PK"), "Laporan") is None


def test_zip_bytes_do_not_depend_on_when_or_how_it_was_made():
    entries = [("b.txt", b"b" * 100), ("a.txt", b"a")]
    stamp = datetime.date(2022, 12, 31)
    made = stable_zip(entries, stamp)
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w", zipfile.ZIP_STORED) as archive:  # today's clock, no compression
        for name, data in entries:
            archive.writestr(name, data)
    assert restamped(other.getvalue(), stamp) == made
    assert [i.filename for i in zipfile.ZipFile(io.BytesIO(made)).infolist()] == ["b.txt", "a.txt"]


def _page_texts(pdf: bytes) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, check=True, capture_output=True)
    return done.stdout.decode().split("\f")[:-1]


@pytest.mark.build
def test_bundle_of_a_real_report(tmp_path):
    """One build: the zip's files match the manifest, the PK is the report's last pages, bytes repeat."""
    build = tmp_path / "build"
    first = bundle(CONTENT, build, "aluh-aluh", 2022)
    assert first.built and first.path.name == "LKjIP-Kecamatan-Aluh-Aluh-2022.zip"
    data = first.path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        contents = {name: archive.read(name) for name in names}
    assert names[-1] == "manifest.json" and [f["name"] for f in manifest["files"]] == names[:-1]
    for entry in manifest["files"]:
        body = contents[entry["name"]]
        assert entry["size"] == len(body) and entry["sha256"] == hashlib.sha256(body).hexdigest()
    assert [a["name"] for a in manifest["absent"]] == ["lkjip-aluh-aluh-2022-sk-iku.pdf"]
    files, _, _ = _report("aluh-aluh-2022")
    assert manifest["input_digest"] == input_digest(files)
    report, pk = contents["lkjip-aluh-aluh-2022.pdf"], contents["lkjip-aluh-aluh-2022-perjanjian-kinerja.pdf"]
    pages = _page_texts(report)
    start = next(i for i, text in enumerate(pages) if text.strip().startswith("LAMPIRAN I"))
    with pikepdf.open(io.BytesIO(pk)) as pdf:
        assert len(pdf.pages) == len(pages) - start  # the PK is the Banjar outline's last appendix
        assert pdf.open_metadata().pdfa_status == "2B" and "/OutputIntents" in pdf.Root
    assert _page_texts(pk) == pages[start:]
    again = CliRunner().invoke(cli_bundle, ["aluh-aluh", "--content", str(CONTENT), "--build-dir", str(build)])
    assert again.exit_code == 0, again.output
    assert "the PDF was up to date" in again.stderr and again.stdout.strip().endswith(first.path.name)
    assert first.path.read_bytes() == data


def test_an_up_to_date_pdf_is_not_built_again(tmp_path):
    """The PDF beside its current input digest is taken as it is (no TeX run); the digest decides."""
    files, _, _ = _report("aluh-aluh-2022")
    out = output_dir(tmp_path, files)
    out.mkdir(parents=True)
    (out / pdf_name(files)).write_bytes(b"%PDF-1.5 stand-in")
    (out / DIGEST_FILE).write_text(input_digest(files) + "\n")
    assert current_pdf(files, tmp_path) == (out / pdf_name(files), False)
