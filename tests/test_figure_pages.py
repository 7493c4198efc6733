"""Figures as a reader sees them: every chart prints its table's own figures, and every kind of
figure keeps its reviewed look.

The labels are read back from the drawn chart (`pdftotext` of the chart's PDF, the file the report
embeds) and compared with the strings the table cells print for the same values: a chart can show
no figure its table does not. The look is one page image per kind of figure, reviewed once and
compared on every run (refresh with `make snapshots`, after looking at the new image).
"""

import re
import subprocess
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.document import blocks as b
from pipeline.document.table import ColumnType, Level
from pipeline.document.values import Quantity
from pipeline.present import present
from pipeline.tex.charts import cache_dir, draw
from pipeline.write.latex.cells import cell
from pipeline.write.latex.chart_scale import places
from pipeline.write.latex.charts import chart_source
from tests.conftest import REPORTS, computed
from tests.pages import PAGE_TOLERANCE, page_png

pytestmark = pytest.mark.build
NUMBER = re.compile(r"-?\d[\d.]*(?:,\d+)?%?")
COLUMN = {"%": ColumnType.percent, "Rp": ColumnType.money}


def _walk(node):
    yield node
    for name in ("blocks", "items", "front", "chapters", "appendices"):
        for child in getattr(node, name, ()) or ():
            yield from _walk(child)


def _charts(report_id: str) -> list[b.Figure]:
    document = present(computed(report_id))
    return [n for n in _walk(document) if isinstance(n, b.Figure) and isinstance(n.drawing, b.Chart)]


def as_table_prints(chart: b.Chart, value: Decimal) -> str:
    """The value as a table cell of its kind prints it: a capaian or serapan column, a money column,
    or an indicator's value with its own decimals."""
    if chart.unit in COLUMN:
        return cell(value, COLUMN[chart.unit], Level.body).replace(r"\%", "%")
    return cell(Quantity(value, places(value)), ColumnType.quantity, Level.body)


def _printed_on(chart: b.Chart, build_root: Path) -> Counter:
    drawn = draw(chart_source(chart), cache_dir(build_root))  # drawn by the build: read from its cache
    text = subprocess.run(["pdftotext", str(drawn), "-"], check=True, capture_output=True, text=True).stdout
    return Counter(NUMBER.findall(text))


@pytest.mark.parametrize("report_id", sorted(REPORTS))
def test_every_chart_prints_the_figures_its_table_prints(builds, report_id):
    result, _ = builds(report_id)
    figures = _charts(report_id)
    assert figures, "every seed outline places charts"
    for figure in figures:
        chart = figure.drawing
        wanted = Counter(as_table_prints(chart, v) for s in chart.series for v in s.values if v is not None)
        printed = _printed_on(chart, result.pdf.parent.parent.parent)
        missing = wanted - printed
        assert not missing, f"{figure.label}: the chart lacks {sorted(missing)} (it prints {sorted(printed)})"


# One page per kind of figure: where its caption is set (never a list page naming it).
FIGURE_PAGES = {
    "chart_bars": ("aluh-aluh-2022", r"Gambar 3\.\d+ Grafik Capaian Indikator"),
    "chart_money": ("pelaihari-2023", r"Grafik \d+ Pagu dan Realisasi Anggaran"),
    "chart_lines": ("pelaihari-2023", r"Grafik \d+ Target dan Realisasi"),
    "chart_quarterly": ("pengaron-2024-tw1", r"Gambar 3\.\d+ Grafik Capaian Kinerja s\.d\."),
    "tree": ("pelaihari-2023", r"Gambar \d+ Pohon Kinerja Kecamatan"),
    "org_chart": ("aluh-aluh-2022", r"Gambar 1\.1 Bagan Susunan Organisasi"),
}


def _caption_page(pages: list[str], caption: str) -> int:
    pattern = re.compile(rf"^\s*{caption}", re.M)
    found = [i for i, page in enumerate(pages, start=1) if pattern.search(page) and "DAFTAR" not in page]
    assert found, caption
    return found[0]


@pytest.mark.parametrize("kind", sorted(FIGURE_PAGES))
def test_each_kind_of_figure_looks_as_reviewed(builds, kind, image_regression, tmp_path: Path):
    report_id, caption = FIGURE_PAGES[kind]
    result, pages = builds(report_id)
    number = _caption_page(pages, caption)
    image_regression.check(
        page_png(result.pdf, number, tmp_path), diff_threshold=PAGE_TOLERANCE, basename=f"{kind}-{report_id}"
    )
