"""Rows of the quarterly tables: indicators and the budget tree s.d. the quarter (anatomy T11)."""

from pipeline.compute.report import Computed
from pipeline.compute.results import IndikatorResult
from pipeline.formats import persen, rupiah_tabel
from pipeline.render.rows.cells import money_node, tree, value
from pipeline.render.tables import Row, Span

AKHIR_TAHUN = "diukur akhir tahun"


def _measured(ind: IndikatorResult) -> tuple:
    if ind.diukur_akhir_tahun:
        return (Span(AKHIR_TAHUN, 4, "c"),)
    m = ind.measure
    annual = persen(ind.tahunan.capaian) if ind.tahunan else "-"
    return value(ind, m.target), value(ind, m.realisasi), persen(m.capaian), annual


def capaian_triwulan(c: Computed) -> list[Row]:
    """Tujuan indicators first, then each sasaran's, grouped under their uraian."""
    rows, number = [], 0
    groups = [(t.uraian, [i for i in c.tujuan_indicators if i.source in t.indikator]) for t in c.content.report.tujuan]
    groups += [(s.uraian, list(s.indikator)) for s in c.sasaran]
    for uraian, indicators in groups:
        last = len(indicators) - 1
        for index, ind in enumerate(indicators):
            if index == 0:
                number += 1
            lead = (f"{number}.", uraian) if index == 0 else ("", "")
            src = ind.source
            rows.append(
                Row(
                    (*lead, src.nama, src.satuan, value(ind, src.target), *_measured(ind)),
                    rule_from=1 if index == last else 2,
                )
            )
    return rows


def _kinerja(ind: IndikatorResult) -> tuple:
    """The annual target, then target, realisasi and capaian s.d. the quarter (one cell if annual-only)."""
    if ind.diukur_akhir_tahun:
        return value(ind, ind.source.target), Span(AKHIR_TAHUN, 3, "c")
    m = ind.measure
    return value(ind, ind.source.target), value(ind, m.target), value(ind, m.realisasi), persen(m.capaian)


def realisasi_triwulan(c: Computed) -> list[Row]:
    """Every budget node with its indicators s.d. the quarter and its money s.d. the quarter."""
    rows = []
    for node, style in tree(c.programs):
        pagu, spent, serapan = money_node(node)
        indicators = node.indicators or (None,)
        for index, ind in enumerate(indicators):
            head = (node.kode or "", node.nama) if index == 0 else ("", "")
            money = (pagu, spent, serapan) if index == 0 else ("", "", "")
            cells = ("-", "", "", "", "", "") if ind is None else (ind.source.nama, ind.source.satuan, *_kinerja(ind))
            rows.append(Row((*head, *cells, *money), style if index == 0 else "body"))
    total = c.grand_total
    rows.append(
        Row(
            (Span("Jumlah", 8, "c"), rupiah_tabel(total.pagu), rupiah_tabel(total.realisasi), persen(total.serapan)),
            "total",
        )
    )
    return rows
