"""Charts (grafik) at the document-model level: each draws the figures of the table beside it."""

from decimal import Decimal

import pytest

from pipeline.compute.report import compute
from pipeline.document import blocks as b
from pipeline.document.inline import Ref
from pipeline.document.table import Level, Table
from pipeline.errors import ContentError
from pipeline.numbers import round_half_up
from pipeline.present import present
from tests.conftest import REPORTS, computed

OUTLINE = "banjar/laporan/tahunan.yaml"
PENUTUP = "    bagian: [kesimpulan, saran, kalimat_penutup]"


def _walk(node):
    yield node
    for name in ("blocks", "items", "front", "chapters", "appendices"):
        for child in getattr(node, name, ()) or ():
            yield from _walk(child)


def charts(document) -> dict[str, b.Figure]:
    return {n.label: n for n in _walk(document) if isinstance(n, b.Figure) and isinstance(n.drawing, b.Chart)}


def table(document, layout: str) -> Table:
    return next(n for n in _walk(document) if isinstance(n, Table) and n.layout == layout)


def series(chart: b.Chart) -> dict[str, tuple]:
    return {s.name: s.values for s in chart.series}


@pytest.fixture(scope="module")
def documents():
    return {name: present(computed(name)) for name in REPORTS}


def test_the_capaian_chart_is_the_capaian_column_of_the_iku_table_in_its_bands_colours(documents):
    for name in ("aluh-aluh-2022", "pelaihari-2023"):
        document, c = documents[name], computed(name)
        figure = charts(document)["fig:grafik_capaian"]
        chart = figure.drawing
        # Banjar numbers charts with the pictures (Gambar 3.1 Grafik Capaian …), Tanah Laut apart
        # (Grafik 1 Capaian …): the caption never says "Grafik" twice
        word = "Grafik " if figure.series is b.FigureSeries.gambar else ""
        assert figure.caption == f"{word}Capaian Indikator Kinerja Tahun {c.content.report.tahun}"
        assert (chart.kind, chart.unit, chart.reference) == (b.ChartKind.bars, "%", Decimal(100))
        rows = [r for r in table(document, "capaian_iku").rows if r.level is not Level.total]
        tujuan = len(c.tujuan_indicators)
        (bars,) = chart.series
        assert chart.categories[tujuan:] == tuple(r.cells["indikator"] for r in rows)
        assert bars.values[tujuan:] == tuple(r.cells["capaian"] for r in rows)
        bands = [r.cells["kategori"] for r in rows]
        assert bars.colours[tujuan:] == tuple(band.warna if band else None for band in bands)
    aluh = charts(documents["aluh-aluh-2022"])["fig:grafik_capaian"].drawing.series[0]
    assert aluh.values == (computed("aluh-aluh-2022").indicators[0].measure.capaian,)
    assert aluh.colours == ("2E7D32",)  # Berhasil, from the Banjar scale
    pelaihari = charts(documents["pelaihari-2023"])["fig:grafik_capaian"].drawing.series[0]
    assert set(pelaihari.colours) == {None}  # the Tanah Laut scale has no colours: the writer's neutral one


def test_the_budget_charts_are_the_program_rows(documents):
    document = documents["aluh-aluh-2022"]
    found = charts(document)
    money, serapan = found["fig:grafik_anggaran"].drawing, found["fig:grafik_serapan"].drawing
    rows = [r for r in table(document, "kinerja_anggaran").rows if r.level is Level.program]
    assert money.unit == "Rp" and money.categories == tuple(r.cells["uraian"] for r in rows)
    assert series(money) == {
        "Pagu": tuple(r.cells["pagu"] for r in rows),
        "Realisasi": tuple(r.cells["realisasi_rp"] for r in rows),
    }
    assert serapan.unit == "%" and serapan.reference == 100
    assert series(serapan) == {"Serapan": tuple(r.cells["serapan"] for r in rows)}
    assert series(money)["Pagu"][0] == 1755568421


def test_the_quarterly_charts_are_in_the_quarterly_report_only_and_are_its_tables_figures(documents):
    for name in ("aluh-aluh-2022", "martapura-barat-2023", "pelaihari-2023"):
        assert not any("triwulan" in label for label in charts(documents[name])), name
    document, c = documents["pengaron-2024-tw1"], computed("pengaron-2024-tw1")
    found = charts(document)
    assert "fig:grafik_capaian" not in found  # the annual chart is not in the quarterly outline
    kinerja, money = found["fig:grafik_triwulan_kinerja"].drawing, found["fig:grafik_triwulan_keuangan"].drawing
    rows, level = {}, None
    for r in table(document, "realisasi_triwulan").rows:  # a program's second indicator is a body row
        level = level if r.level is Level.body else r.level
        if level is Level.program and r.cells.get("capaian") is not None:
            rows[r.cells["indikator"]] = r.cells["capaian"]
    assert kinerja.categories == tuple(rows)
    assert series(kinerja)["Capaian s.d. Triwulan I"] == tuple(rows.values())
    annual = {i.source.nama: i.tahunan.capaian for p in c.programs for i in p.indicators}
    assert series(kinerja)["Capaian terhadap Target Tahunan"] == tuple(annual[n] for n in kinerja.categories)
    total = next(r for r in table(document, "realisasi_triwulan").rows if r.level is Level.total)
    assert money.categories == ("Triwulan I",)
    assert series(money) == {"Pagu": (total.cells["pagu"],), "Realisasi (kumulatif)": (total.cells["realisasi_rp"],)}


def test_a_grafik_block_places_a_chart_in_a_user_section(content_copy):
    part = "      - judul: Perkembangan Kinerja\n        isi:\n          - teks: Berikut.\n          - grafik: tren\n"
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + part)
    c = compute(content_copy.load())
    document = present(c)
    section = next(n for n in _walk(document) if isinstance(n, b.Section) and n.title == "Perkembangan Kinerja")
    (figure,) = [n for n in section.blocks if isinstance(n, b.Figure)]
    chart, ikm = figure.drawing, c.indicators[0]
    assert figure.label.startswith("fig:grafik_tren_ikm-outline-bab-3-bagian-1-isi-1")
    assert (chart.kind, chart.categories, chart.unit) == (b.ChartKind.lines, ("2021", "2022"), "")
    assert series(chart) == {
        "Target": (Decimal("73.00"), round_half_up(ikm.measure.target, 2)),
        "Realisasi": (Decimal("70.00"), round_half_up(ikm.measure.realisasi, 2)),
    }


def _line_of(content_copy, relative: str, text: str) -> int:
    lines = (content_copy.root / relative).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if text in line)


def test_a_quarterly_chart_in_an_annual_outline_is_an_error_at_its_line(content_copy):
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n      - grafik_triwulan\n")
    with pytest.raises(ContentError) as caught:
        present(compute(content_copy.load()))
    (problem,) = caught.value.problems
    assert "'grafik_triwulan' belongs in a triwulan report only" in problem.message
    assert problem.line == _line_of(content_copy, OUTLINE, "- grafik_triwulan")


def test_a_quarterly_grafik_block_in_an_annual_report_is_an_error_at_its_line(content_copy):
    part = "      - judul: X\n        isi:\n          - grafik: triwulan\n"
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + part)
    with pytest.raises(ContentError) as caught:
        present(compute(content_copy.load()))
    (problem,) = caught.value.problems
    assert "'grafik_triwulan' belongs in a triwulan report only" in problem.message
    assert problem.line == _line_of(content_copy, OUTLINE, "- grafik: triwulan")


def test_an_unknown_grafik_is_refused_where_it_is_written(content_copy):
    part = "      - judul: X\n        isi:\n          - grafik: pie\n"
    content_copy.edit(OUTLINE, PENUTUP, "    bagian:\n      - kesimpulan\n" + part)
    with pytest.raises(ContentError, match="capaian"):
        content_copy.load()


GRAFIK_APART = "nomor_tabel: per_bab             # Tabel 3.2\nnomor_grafik: grafik\n"
FRONT = "depan: [kata_pengantar, daftar_isi, daftar_tabel, daftar_gambar, ringkasan_eksekutif]"


def test_an_outline_numbers_charts_as_grafik_apart_from_the_pictures(content_copy):
    content_copy.edit(OUTLINE, "nomor_tabel: per_bab             # Tabel 3.2\n", GRAFIK_APART)
    content_copy.edit(OUTLINE, FRONT, FRONT.replace("daftar_gambar", "daftar_gambar, daftar_grafik"))
    content_copy.append("banjar/aluh-aluh/2022.yaml", "naskah:\n  grafik.judul_capaian: Capaian IKU {{ tahun }}\n")
    document = present(compute(content_copy.load()))
    found = charts(document)
    assert {f.series for f in found.values()} == {b.FigureSeries.grafik}
    assert found["fig:grafik_capaian"].caption == "Capaian IKU 2022"  # reworded by the year file
    assert found["fig:grafik_anggaran"].caption == "Pagu dan Realisasi Anggaran per Program Tahun 2022"
    pictures = [n for n in _walk(document) if isinstance(n, b.Figure) and not isinstance(n.drawing, b.Chart)]
    assert pictures and {f.series for f in pictures} == {b.FigureSeries.gambar}  # the bagan stays a Gambar
    refs = [r for n in _walk(document) if isinstance(n, b.Paragraph) for r in n.runs if isinstance(r, Ref)]
    assert {r.word for r in refs if r.label in found} == {"Grafik"}
    assert b.ListOf(b.Listing.graphs) in [x for part in document.front for x in part.blocks]


def test_a_daftar_grafik_without_charts_numbered_apart_is_an_error_at_the_front_matter(content_copy):
    content_copy.edit(OUTLINE, FRONT, FRONT.replace("daftar_gambar", "daftar_gambar, daftar_grafik"))
    with pytest.raises(ContentError) as caught:
        content_copy.load()
    (problem,) = caught.value.problems
    assert "add `nomor_grafik: grafik`" in problem.message
    assert (problem.field, problem.line) == ("depan", _line_of(content_copy, OUTLINE, "daftar_grafik"))
