"""The cost of charts for `make bench`: one chart drawn cold, and a rebuild of a report with six
cached charts against the same report without them (the target: within 10 %).

A chart costs once, when drawn: it is cached by its source, so a rebuild includes the drawn PDFs.
"""

import re
import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pipeline.build as build
from pipeline.bench import REPEATS, _timed
from pipeline.build import build_report
from pipeline.document import blocks as b
from pipeline.tex import charts as engine
from pipeline.write.latex.charts import chart_source


def _bench_charts() -> tuple:
    """Six charts of the report's shapes: capaian per indicator (coloured, against 100 %), pagu
    and realisasi per program (Rupiah, horizontal), serapan per program, capaian over the years."""
    indicators = tuple(f"Persentase capaian indikator kinerja layanan nomor {n}" for n in range(1, 6))
    programs = tuple(f"Program Penyelenggaraan Pemerintahan dan Pelayanan Publik {n}" for n in range(1, 7))
    capaian = tuple(Decimal(90 + 7 * n) + Decimal("0.25") for n in range(5))
    years = ("2020", "2021", "2022", "2023", "2024")
    return (
        b.Chart(
            b.ChartKind.bars,
            indicators,
            (b.Series("Capaian", capaian, ("2E7D32",) * 5),),
            axis="Capaian (%)",
            reference=Decimal(100),
            reference_label="Target (100%)",
        ),
        b.Chart(
            b.ChartKind.bars,
            programs,
            (
                b.Series("Pagu", tuple(Decimal(10**8 * (n + 1) ** 2) for n in range(6))),
                b.Series("Realisasi", tuple(Decimal(95 * 10**6 * (n + 1) ** 2) for n in range(6))),
            ),
            unit="Rp",
            axis="Anggaran (Rp)",
        ),
        b.Chart(
            b.ChartKind.bars,
            programs,
            (b.Series("Serapan", tuple(Decimal(95 + n) for n in range(6))),),
            axis="Serapan (%)",
            reference=Decimal(100),
            reference_label="Pagu (100%)",
        ),
        b.Chart(
            b.ChartKind.lines,
            years,
            (
                b.Series("Target", tuple(Decimal(80 + 5 * n) for n in range(5))),
                b.Series("Realisasi", (Decimal("78.5"), None, Decimal("92.1"), Decimal("96.33"), Decimal("101.2"))),
            ),
            axis="Capaian (%)",
        ),
        b.Chart(
            b.ChartKind.bars,
            years[2:],
            (
                b.Series("Pagu", (Decimal(1_970_574_721),) * 3),
                b.Series("Realisasi", (Decimal(1_870_574_721), Decimal(1_900_000_000), Decimal(1_967_604_721))),
            ),
            unit="Rp",
            axis="Anggaran (Rp)",
        ),
        b.Chart(
            b.ChartKind.lines,
            years,
            (b.Series("IKM", tuple(Decimal(70 + 3 * n) for n in range(5))),),
            unit="",
            axis="Indeks Kepuasan Masyarakat",
        ),
    )


def _without_charts(content: Path, copy: Path) -> Path:
    """A copy of the content whose outlines place no chart (the grafik components removed)."""
    shutil.copytree(content, copy)
    for outline in copy.glob("*/laporan/*.yaml"):
        text = outline.read_text(encoding="utf-8")
        text = re.sub(r"grafik_[a-z_]+, ", "", text)  # from a flow list
        text = re.sub(r"(?m)^\s*- grafik_[a-z_]+.*\n", "", text)  # from a block list
        outline.write_text(text, encoding="utf-8")
    return copy


CHART_REPEATS = 5  # the two rebuilds differ by little: more runs, taken in turn, so drift hits both alike


def charts(content: Path, scratch: Path) -> dict:
    """A chart drawn cold (the fastest of REPEATS), and a rebuild (auxiliaries seeded, charts
    cached) of a report with six charts against the same report with none (the fastest of
    CHART_REPEATS each, the two taken in turn)."""
    made = _bench_charts()
    colds = []
    for n in range(REPEATS):
        seconds, _ = _timed(lambda n=n: engine.draw(chart_source(made[0]), scratch / f"cold-{n}"))
        colds.append(seconds)
    plain = _without_charts(content, scratch / "content")
    present = build.present

    def with_six(computed, pdfa=None):
        document = present(computed, pdfa)
        figures = tuple(b.Figure(f"Grafik uji {n}", f"fig:bench{n}", c) for n, c in enumerate(made))
        last = document.chapters[-1]
        return replace(document, chapters=(*document.chapters[:-1], replace(last, blocks=last.blocks + figures)))

    presenters = {"without": present, "with_six": with_six}
    counts, pages, rebuilds = {}, {}, {name: [] for name in presenters}
    try:
        for name, presenter in presenters.items():  # cold: draws the charts
            build.present = presenter
            result = build_report(plain, scratch / f"build-{name}", "aluh-aluh", 2022)
            counts[name] = len(re.findall(r"\\lkjChart\{", result.tex.read_text(encoding="utf-8")))
            pages[name] = result.compiled.pages
        runs = engine.runs
        for _ in range(CHART_REPEATS):
            for name, presenter in presenters.items():
                build.present = presenter
                root = scratch / f"build-{name}"
                rebuilds[name].append(_timed(lambda root=root: build_report(plain, root, "aluh-aluh", 2022))[0])
        assert engine.runs == runs, "a rebuild drew a cached chart again"
    finally:
        build.present = present
    without, with_six_s = min(rebuilds["without"]), min(rebuilds["with_six"])
    return {
        "chart_cold_s": round(min(colds), 3),
        "charts_in_report": counts,
        "pages": pages,
        "rebuild_without_s": round(without, 3),
        "rebuild_with_six_s": round(with_six_s, 3),
        "rebuild_ratio": round(with_six_s / without, 3),
    }
