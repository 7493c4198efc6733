"""Rows of the quarterly tables: indicators and the budget tree s.d. the quarter (anatomy T11)."""

from pipeline.compute.report import Computed
from pipeline.compute.results import IndikatorResult
from pipeline.document.table import Align, Level, Row, Span
from pipeline.present.rows.cells import last_year, ordinal, quantity, tree

AKHIR_TAHUN = "diukur akhir tahun"


def _measured(ind: IndikatorResult) -> tuple[dict, tuple[Span, ...]]:
    """Target, realisasi and capaian s.d. the quarter and against the annual target, or one
    "diukur akhir tahun" across them for an indicator measured only at year end."""
    if ind.diukur_akhir_tahun:
        return {}, (Span("target", "capaian_tahunan", AKHIR_TAHUN, Align.center),)
    m = ind.measure
    cells = {
        "target": quantity(ind, m.target),
        "realisasi": quantity(ind, m.realisasi),
        "capaian": m.capaian,
        "capaian_tahunan": ind.tahunan.capaian if ind.tahunan else None,
    }
    return cells, ()


def capaian_groups(c: Computed) -> list[tuple[str, list[IndikatorResult]]]:
    """Each tujuan with its indicators, then each sasaran with its own: the table's blocks."""
    groups = [(t.uraian, [i for i in c.tujuan_indicators if i.source in t.indikator]) for t in c.content.report.tujuan]
    return groups + [(s.uraian, list(s.indikator)) for s in c.sasaran]


def capaian_triwulan(c: Computed) -> list[Row]:
    """Tujuan indicators first, then each sasaran's, grouped under their uraian (only the number
    column is joined down a group): last year's target, realisasi and capaian, this year's target,
    and the figures s.d. the quarter."""
    rows, number = [], 0
    for uraian, indicators in capaian_groups(c):
        last = len(indicators) - 1
        for index, ind in enumerate(indicators):
            lead = {}
            if index == 0:
                number += 1
                lead = {"no": ordinal(number), "uraian": uraian}
            src = ind.source
            measured, spans = _measured(ind)
            cells = {
                **lead,
                "indikator": src.nama,
                "satuan": src.satuan,
                **last_year(ind),
                "target_tahunan": quantity(ind, src.target),
            }
            rows.append(Row({**cells, **measured}, spans=spans, joined=None if index == last else "no"))
    return rows


def _kinerja(ind: IndikatorResult) -> tuple[dict, tuple[Span, ...]]:
    """The annual target, then target, realisasi and capaian s.d. the quarter (one span if annual-only)."""
    src, m = ind.source, ind.measure
    cells = {"indikator": src.nama, "satuan": src.satuan, "target_tahunan": quantity(ind, src.target)}
    if ind.diukur_akhir_tahun:
        return cells, (Span("target", "capaian", AKHIR_TAHUN, Align.center),)
    cells |= {"target": quantity(ind, m.target), "realisasi": quantity(ind, m.realisasi), "capaian": m.capaian}
    return cells, ()


def realisasi_triwulan(c: Computed) -> list[Row]:
    """Every budget node with its indicators s.d. the quarter and its money s.d. the quarter."""
    rows = []
    for node, level in tree(c.programs):
        head = {"uraian": node.nama, "pagu": node.pagu, "realisasi_rp": node.realisasi, "serapan": node.serapan}
        if node.kode:
            head["kode"] = node.kode
        if not node.indicators:
            rows.append(Row({**head, "indikator": None}, level))
            continue
        for index, ind in enumerate(node.indicators):
            cells, spans = _kinerja(ind)
            rows.append(Row({**(head if index == 0 else {}), **cells}, level if index == 0 else Level.body, spans))
    total = c.grand_total
    jumlah = Span("kode", "capaian", "Jumlah", Align.center)
    cells = {"pagu": total.pagu, "realisasi_rp": total.realisasi, "serapan": total.serapan}
    rows.append(Row(cells, Level.total, spans=(jumlah,)))
    return rows
