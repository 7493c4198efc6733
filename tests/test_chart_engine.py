"""Charts: the pgfplots a Chart becomes, drawing it once (cached by its source), the same bytes
every time, and a real report whose chart prints the tables' strings in embedded fonts."""

import dataclasses
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest

import pipeline.build as build
from pipeline.document import blocks as b
from pipeline.kinds import ArchiveLevel
from pipeline.tex import charts as engine
from pipeline.write.latex.blocks import Writer
from pipeline.write.latex.charts import chart_name, chart_source, chart_sources
from tests.conftest import CONTENT

PREFLIGHT = Path("/usr/share/java/preflight.jar").exists() and shutil.which("java")
HOSTILE = r"Nilai \input{/etc/passwd} SAKIP"
BARS = b.Chart(
    b.ChartKind.bars,
    ("Indeks Kepuasan Masyarakat", HOSTILE, "Persentase desa tertib administrasi"),
    (b.Series("Capaian", (Decimal("115.4"), Decimal("98.245"), None), colours=("2E7D32", "f9a825", None)),),
    axis="Capaian (%)",
    reference=Decimal(100),
    reference_label="Target (100%)",
)
LINES = b.Chart(
    b.ChartKind.lines,
    ("2021", "2022", "2023"),
    (
        b.Series("Target", (Decimal(90), Decimal(95), Decimal(100))),
        b.Series("Realisasi", (Decimal("88.5"), None, Decimal("101.25")), colour="3B6E9C"),
    ),
    axis="Capaian (%)",
)
MONEY = b.Chart(
    b.ChartKind.bars,
    ("Program A", "Program B"),
    (
        b.Series("Pagu", (Decimal(1_970_574_721), Decimal(85_700_000))),
        b.Series("Realisasi", (Decimal(1_967_604_721), Decimal(85_650_000))),
    ),
    unit="Rp",
    axis="Anggaran (Rp)",
)


def test_bars_print_the_tables_strings_and_colours():
    tex = chart_source(BARS)
    assert r"{115,40\%}" in tex and r"{98,25\%}" in tex  # persen(), as the tables print it
    assert r"{-}" in tex  # not measured: a dash, no bar
    assert r"\definecolor{lkjc2E7D32}{HTML}{2E7D32}" in tex and r"\definecolor{lkjcF9A825}{HTML}{F9A825}" in tex
    assert r"lkj chart bar={lkjc2E7D32}" in tex and r"lkj chart bar={\lkjChartColour{1}}" not in tex
    assert r"\draw[lkj chart reference]" in tex and r"{Target (100\%)}" in tex
    assert r"\addlegendentry" not in tex  # one series: no legend
    assert "nodes near coords" not in tex and "/pgf/number format" not in tex


def test_money_is_labelled_in_whole_rupiah_as_its_table_prints_it_on_a_juta_axis():
    tex = chart_source(MONEY)
    assert "{1.970.574.721}" in tex and "{85.650.000}" in tex and "{Anggaran (juta Rp)}" in tex
    assert r"\addlegendentry{Pagu}" in tex and r"\addlegendentry{Realisasi}" in tex
    assert "{2.000}" in tex  # ticks in Indonesian digits: 2.000 juta


def test_a_hostile_category_prints_literally():
    tex = chart_source(BARS)
    assert r"Nilai \textbackslash{}input\{/etc/passwd\} SAKIP" in tex
    assert r"\input{/etc/passwd}" not in tex


def test_lines_leave_a_gap_for_a_missing_value():
    tex = chart_source(LINES)
    assert "(1,nan)" in tex and r"lkj chart line={lkjc3B6E9C}" in tex and r"lkj chart line={\lkjChartColour{1}}" in tex
    assert r"{101,25\%}" in tex and r"{88,50\%}" in tex and tex.count(r"\node[lkj chart label") == 5
    assert r"\addlegendentry{Target}" in tex


def test_a_chart_figure_includes_the_drawn_pdf_by_its_digest():
    figure = b.Figure("Grafik Capaian", "fig:capaian", BARS)
    written = Writer(None).block(figure)
    name = chart_name(BARS)
    assert re.fullmatch(r"chart-[0-9a-f]{12}", name)
    assert written == rf"\lkjFigure{{\lkjChart{{{name}}}}}{{Grafik Capaian}}{{fig:capaian}}"
    sources = chart_sources((b.Section("A", (b.KeepTogether((figure,)),)), figure))
    assert sources == {f"{name}.tex": chart_source(BARS)}  # found inside, and once


def test_a_chart_is_drawn_once(tmp_path):
    before = engine.runs
    first = engine.draw(chart_source(LINES), tmp_path)
    stamp = first.stat().st_mtime_ns
    again = engine.draw(chart_source(LINES), tmp_path)
    assert again == first and engine.runs == before + 1 and again.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no scratch left behind


def test_the_same_chart_gives_the_same_bytes(tmp_path):
    one = engine.draw(chart_source(BARS), tmp_path / "one").read_bytes()
    two = engine.draw(chart_source(BARS), tmp_path / "two").read_bytes()
    assert one == two and one.startswith(b"%PDF")


def test_a_failing_chart_says_so_and_leaves_no_file(tmp_path):
    from pipeline.errors import TexError

    broken = chart_source(LINES).replace(r"\end{axis}", r"\undefinedmacro\end{axis}")
    with pytest.raises(TexError, match="chart"):
        engine.draw(broken, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def charted(tmp_path_factory, request):
    """A real report (PDF/A-1b, the strictest level) with the test charts in its BAB III."""
    patch = pytest.MonkeyPatch()
    present = build.present

    def with_charts(computed, pdfa=None):
        document = present(computed, pdfa)
        figures = tuple(
            b.Figure(f"Grafik uji {n}", f"fig:uji{n}", chart) for n, chart in enumerate((BARS, LINES, MONEY))
        )
        chapter = document.chapters[2]
        chapters = (*document.chapters[:2], dataclasses.replace(chapter, blocks=chapter.blocks + figures))
        return dataclasses.replace(document, chapters=chapters + document.chapters[3:])

    patch.setattr(build, "present", with_charts)
    try:
        root = tmp_path_factory.mktemp("charted")
        yield build.build_report(CONTENT, root, "aluh-aluh", 2022, pdfa=ArchiveLevel.pdfa_1b), root
    finally:
        patch.undo()


@pytest.mark.build
def test_a_report_prints_its_charts_labels_in_embedded_fonts(charted):
    result, root = charted
    text = subprocess.run(["pdftotext", str(result.pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())  # a category name wraps
    for label in (
        "115,40%",
        "98,25%",
        "101,25%",
        "1.970.574.721",
        "85.700.000",
        r"\input{/etc/passwd}",
        "Grafik uji 2",
    ):
        assert label in text
    fonts = subprocess.run(["pdffonts", str(result.pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(row[-5] == "yes" for row in rows), fonts  # the emb column
    assert len(list(engine.cache_dir(root).glob("*.chart"))) >= 3


@pytest.mark.build
def test_a_report_with_charts_has_no_transparency(charted):
    result, _ = charted
    with pikepdf.open(result.pdf) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                assert "/SMask" not in obj or obj.SMask == pikepdf.Name.None_
                for key in ("/CA", "/ca"):
                    assert key not in obj or float(obj[key]) == 1.0
                assert obj.get("/S") != "/Transparency"


@pytest.mark.build
@pytest.mark.skipif(not PREFLIGHT, reason="no Preflight (make test-tools)")
def test_a_report_with_charts_is_pdfa_1b(charted):
    from tests.test_archival import preflight

    result, _ = charted
    checked = preflight(result.pdf)
    assert checked.returncode == 0, checked.stdout[-3000:]


@pytest.mark.build
def test_a_cached_rebuild_draws_nothing_and_gives_the_same_bytes(charted):
    result, root = charted
    before, first = engine.runs, result.pdf.read_bytes()
    again = build.build_report(CONTENT, root, "aluh-aluh", 2022, pdfa=ArchiveLevel.pdfa_1b)
    assert engine.runs == before and again.pdf.read_bytes() == first
    assert re.search(rb"chart-[0-9a-f]{12}", first) is None  # no file name of its own in the PDF
    drawn = {p.stem for p in again.tex.parent.glob("chart-*.chart")}  # tex/ compiles on its own
    assert len(drawn) >= 3 and drawn == {p.stem for p in again.tex.parent.glob("chart-*.tex")}
    assert not list(root.rglob("chart-*.pdf"))  # the PDFs of a build directory are its reports
