"""A cold build in one engine pass: the front matter set again at the end of it and spliced in.

One cold build of Aluh-Aluh 2022 serves most checks: what it reports, the Daftar Isi and Daftar
Tabel against the pages their entries are on, links, bookmarks and page labels read back with
pikepdf, and the same bytes from another directory and from a rebuild. The rules the pass loop
compares by, and the front matter handed to the class, are checked without TeX.
"""

import re
import subprocess

import pikepdf
import pytest

import pipeline.tex.compile as compile_module
from pipeline.build import build_report
from pipeline.tex.feedback import Reading, feedback_view, statements
from pipeline.tex.front import front_source
from tests.conftest import CONTENT

ROMAN = re.compile(r"^[ivxl]+$")


def _pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def cold(tmp_path_factory):
    result = build_report(CONTENT, tmp_path_factory.mktemp("cold"), "aluh-aluh", 2022)
    return result, _pages(result.pdf)


@pytest.mark.build
def test_one_pass_and_the_front_matter_spliced_in(cold):
    result, pages = cold
    assert (result.compiled.passes, result.compiled.front_set_again) == (1, True)
    assert result.compiled.pages == len(pages) == 48  # the pages set again are gone
    assert result.compiled.overfull == 0  # counted once, not again for the front matter set twice
    assert not result.tex.with_suffix(".front").exists()  # tex/ stays a plain document


@pytest.mark.build
def test_list_pages_are_where_the_entries_are(cold):
    """Every page number in the Daftar Isi and the Daftar Tabel is the label of the page that
    starts with the chapter, or holds the table."""
    result, pages = cold
    with pikepdf.open(result.pdf) as pdf:
        index_of = {page.label: number for number, page in enumerate(pdf.pages)}
    toc = "\n".join(p for p in pages if "DAFTAR ISI" in p or re.search(r"^\s*BAB IV", p, re.M) and "Halaman" not in p)
    chapters = re.findall(r"^\s*((?:BAB|LAMPIRAN) [IVX]+)\s+([A-Z][A-Z ]+?)[ .]+([\divx]+)\s*$", toc, re.M)
    unnumbered = re.findall(r"^([A-Z][A-Z ]+?)[ .]+([ivx]+)\s*$", toc, re.M)
    assert len(chapters) == 5 and len(unnumbered) == 5
    for number, title, page in chapters:
        start = pages[index_of[page]]
        assert number in start and title in start, (number, title, page)
    for title, page in unnumbered:
        assert ROMAN.match(page) and title in pages[index_of[page]][:600], (title, page)  # its heading
    lot = next(p for p in pages if "DAFTAR TABEL" in p and "Tabel 1.1" in p)
    tables = re.findall(r"^Tabel ([\dI]+\.\d+) .*?(\d+)\s*$", lot, re.M)
    assert len(tables) >= 5
    for number, page in tables:
        assert re.search(rf"^\s*Tabel {re.escape(number)}\s*$", pages[index_of[page]], re.M), (number, page)


@pytest.mark.build
def test_links_bookmarks_and_page_labels_survive(cold):
    result, _ = cold
    with pikepdf.open(result.pdf) as pdf:
        labels = [page.label for page in pdf.pages]
        assert labels[:3] == ["A", "i", "ii"] and labels[7] == "1" and labels[-1] == str(len(labels) - 7)
        kept = {page.obj.objgen for page in pdf.pages}
        dests = pikepdf.NameTree(pdf.Root.Names.Dests)
        assert all(dest.D[0].objgen in kept for _, dest in dests.items())  # none on a dropped page
        toc_links = [a for a in pdf.pages[2].obj.Annots if a.Subtype == "/Link"]
        assert len(toc_links) >= 20 and all(str(a.A.D) in dests for a in toc_links)
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
            targets = [str(item.action.D) for item in outline.root]
        assert "DAFTAR ISI" in titles and any(t.startswith("BAB I") for t in titles)
        assert all(target in dests for target in targets)
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1" and "/Metadata" in pdf.Root


@pytest.mark.build
def test_same_bytes_from_another_directory_and_from_a_rebuild(cold, tmp_path):
    result, _ = cold
    elsewhere = build_report(CONTENT, tmp_path, "aluh-aluh", 2022)
    again = build_report(CONTENT, tmp_path, "aluh-aluh", 2022)  # seeded with the last good auxiliaries
    assert (elsewhere.compiled.passes, again.compiled.passes) == (1, 1)
    assert result.pdf.read_bytes() == elsewhere.pdf.read_bytes() == again.pdf.read_bytes()


@pytest.mark.build
def test_a_wrong_prediction_costs_a_pass_not_a_wrong_number(cold, tmp_path, monkeypatch):
    """A label predicted wrongly ("Tabel 9.9") is printed by the first pass, which the engine's
    .aux then contradicts: a second pass, and the PDF of a right prediction."""
    predict = compile_module.provisional_files

    def wrong(source: str) -> dict[str, str]:
        files = predict(source)
        return {**files, ".aux": files[".aux"].replace("{{3.2}{0}", "{{9.9}{0}")}

    monkeypatch.setattr(compile_module, "provisional_files", wrong)
    result = build_report(CONTENT, tmp_path, "aluh-aluh", 2022)
    assert (result.compiled.passes, result.compiled.front_set_again) == (2, True)
    assert result.pdf.read_bytes() == cold[0].pdf.read_bytes()


def test_front_matter_is_handed_over_only_when_it_holds_every_list():
    body = "\\chapter{A}\n"
    front = "\\lkjFrontMatter\n\\lkjUnnumberedChapter{KATA PENGANTAR}\n\\lkjTableOfContents\n"
    assert front_source(f"\\begin{{document}}\n{front}\\lkjMainMatter\n{body}") == front
    assert front_source(f"{front}\\lkjMainMatter\n\\lkjListOfTables\n{body}") is None  # a list after it
    assert front_source(f"\\lkjFrontMatter\nKata\n\\lkjMainMatter\n{body}") is None  # nothing waits for pages
    assert front_source(body) is None


def test_what_the_next_pass_reads(tmp_path):
    """Pages of contents lines only count when the front matter is not set again; of labels only
    with \\pageref; bookkeeping never; longtable widths only for tables with a natural width."""
    source = r"\begin{lkjlongtable}{|C{\dimexpr(\linewidth-2\tabcolsep)*1/2\relax}|R{3cm}|}"
    assert Reading.of(source, True) == Reading(list_pages=False, label_pages=False, table_widths=False)
    assert Reading.of(source + r"\begin{longtable}{|l|p{2cm}|} \pageref{x}", False) == Reading()
    tex = tmp_path / "report.tex"
    entry = r"\contentsline {chapter}{\numberline {BAB\nobreakspace I}PENDAHULUAN}{%s}{chapter.1}%%"
    label = r"\newlabel{tab:a}{{3.1}{%s}{Skala\relax }{table.3.1}{}}"
    widths = "\\gdef \\LT@i {\\LT@entry \n    {1}{35.6pt}}\n"
    views = []
    for page, bookkeeping in (("0", ""), ("14", "\\BKM@entry{id=1}{42}\n\\gdef \\@abspage@last{46}\n")):
        (tmp_path / "report.toc").write_text(entry % page + "\n")
        aux = f"\\relax \n{bookkeeping}{label % page}\n{widths}\\gdef \\lkj@nmain{{4}}\\gdef \\lkj@nappx{{1}}\n"
        (tmp_path / "report.aux").write_text(aux)
        views.append([feedback_view(tex, reading) for reading in (Reading(False, False, False), Reading())])
    assert views[0][0] == views[1][0]  # the same for a pass that sets the front matter again
    assert views[0][1] != views[1][1]  # not for one that prints the pages it read
    assert len(statements(aux)) == 6 and statements(aux)[4] == widths
