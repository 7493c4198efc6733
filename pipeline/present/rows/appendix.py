"""Rows of the appendix tables: the PK sheets, the IKU of programs, the LHE, quarters, Renstra."""

from pipeline.compute.perjanjian import PkResult
from pipeline.compute.report import Computed
from pipeline.compute.results import IndikatorResult
from pipeline.document.table import Align, Level, Row, Span
from pipeline.document.values import Money
from pipeline.present.rows.cells import iku_cells, ordinal, quantity, tree


def tindak_lanjut(c: Computed) -> list[Row]:
    evaluasi = c.content.report.evaluasi
    return [
        Row({"no": ordinal(n), "rekomendasi": r.rekomendasi, "tindak_lanjut": r.tindak_lanjut})
        for n, r in enumerate(evaluasi.rekomendasi, start=1)
    ]


def iku_program(c: Computed) -> list[Row]:
    """The IKU of the program and kegiatan levels (002 SK Lampiran II and III): the node's name on
    its first indicator only, a program's first row styled as a program."""
    rows, number = [], 0
    for node, level in tree(c.programs):
        if node.level == "sub_kegiatan":
            continue
        for index, ind in enumerate(node.outcome):
            number += 1
            cells = iku_cells(number, ind)
            first = index == 0
            shown = Level.program if first and level is Level.program else Level.body
            rows.append(Row({**cells, "uraian": node.nama} if first else cells, level=shown))
    return rows


def pk_kinerja(c: Computed, pk: PkResult) -> list[Row]:
    """The PK sheet: each promised kinerja with its indicators and their targets (never retyped);
    a kinerja without indicators still gets a row, with dashes."""
    rows = []
    for number, item in enumerate(pk.items, start=1):
        last = len(item.indicators) - 1
        for index, ind in enumerate(item.indicators or (None,)):
            lead = {"no": ordinal(number), "kinerja": item.kinerja} if index == 0 else {}
            if ind is None:
                cells = {"indikator": None, "satuan": None, "target": None}
            else:
                cells = {
                    "indikator": ind.source.nama,
                    "satuan": ind.source.satuan,
                    "target": quantity(ind, ind.source.target),
                }
            rows.append(Row({**lead, **cells}, joined=None if index >= last else "no"))
    return rows


def pk_anggaran(c: Computed, pk: PkResult) -> list[Row]:
    rows = [Row({"no": ordinal(n), "program": b.nama, "anggaran": b.pagu}) for n, b in enumerate(pk.budget, start=1)]
    total = Span("no", "program", "Jumlah", Align.center)
    rows.append(Row({"anggaran": pk.total}, level=Level.total, spans=(total,)))
    return rows


def lhe_komponen(c: Computed) -> list[Row]:
    """The LHE's component scores and their sums under the predikat."""
    komponen = c.content.report.evaluasi.komponen
    rows = [
        Row({"no": ordinal(n), "komponen": k.nama, "bobot": k.bobot, "nilai": k.nilai})
        for n, k in enumerate(komponen, start=1)
    ]
    label = c.predikat_sakip.label if c.predikat_sakip else "-"
    total = Span("no", "komponen", f"Nilai Evaluasi (predikat {label})", Align.center)
    totals = {"bobot": c.summary.lhe_bobot, "nilai": c.summary.lhe_nilai}
    rows.append(Row(totals, level=Level.total, spans=(total,)))
    return rows


def _quarters(triwulan: tuple[int | None, ...]) -> dict:
    """Realisasi up to each quarter; a quarter not yet reported prints a dash."""
    return {f"tw{n}": None if q is None else Money(q) for n, q in enumerate(triwulan, start=1)}


def keuangan_triwulan(c: Computed) -> list[Row]:
    rows = []
    for node, level in tree(c.programs):
        kode = {"kode": node.kode} if node.kode else {}
        cells = {"uraian": node.nama, "pagu": node.pagu, **_quarters(node.triwulan), "serapan": node.serapan}
        rows.append(Row({**kode, **cells}, level=level))
    t = c.grand_total
    total = Span("kode", "uraian", "Jumlah", Align.center)
    cells = {"pagu": t.pagu, **_quarters(t.triwulan), "serapan": t.serapan}
    rows.append(Row(cells, level=Level.total, spans=(total,)))
    return rows


def _series(ind: IndikatorResult, year: int, report_year: int) -> tuple:
    """Target and realisasi of one year: the report year's measure, or the indicator's riwayat."""
    if year == report_year:
        return quantity(ind, ind.measure.target), quantity(ind, ind.measure.realisasi)
    past = ind.source.riwayat.get(year)
    return (None, None) if past is None else (quantity(ind, past.target), quantity(ind, past.realisasi))


def _monev_cells(ind: IndikatorResult, year: int) -> dict:
    """One indicator over the five years up to `year`, and against the Renstra end target."""
    cells = {"indikator": ind.source.nama, "satuan": ind.source.satuan}
    for back in range(4, -1, -1):
        target, realisasi = _series(ind, year - back, year)
        cells |= {f"t{back}_target": target, f"t{back}_realisasi": realisasi}
    end = ind.renstra
    cells["renstra_target"] = None if end is None else quantity(ind, end.target)
    cells["renstra_capaian"] = None if end is None else end.capaian
    return cells


def monev_renstra(c: Computed) -> list[Row]:
    """Every sasaran indicator, then every budget node's, each group under its heading row."""
    year = c.content.report.tahun
    groups = [(f"Sasaran: {s.uraian}", s.indikator) for s in c.sasaran]
    groups += [(n.nama, n.indicators) for n, _ in tree(c.programs) if n.indicators]
    rows, number = [], 0
    for title, indicators in groups:
        rows.append(Row({}, level=Level.group, spans=(Span("no", "renstra_capaian", title),)))
        for ind in indicators:
            number += 1
            rows.append(Row({"no": ordinal(number), **_monev_cells(ind, year)}))
    return rows


def _matriks_cells(ind: IndikatorResult | None) -> dict:
    keys = ("indikator", "target", "realisasi", "capaian", "kategori")
    if ind is None:
        return dict.fromkeys(keys)
    m = ind.measure
    values = (ind.source.nama, quantity(ind, ind.source.target), quantity(ind, m.realisasi), m.capaian, m.kategori)
    return dict(zip(keys, values, strict=True))


def matriks(c: Computed) -> list[Row]:
    """Every indicator of every PK with who promised it and what the report measured."""
    rows, number = [], 0
    for pk in c.perjanjian:
        for item in pk.items:
            for index, ind in enumerate(item.indicators or (None,)):
                number += 1
                lead = {"pengampu": pk.pertama.jabatan, "kinerja": item.kinerja} if index == 0 else {}
                rows.append(Row({"no": ordinal(number), **lead, **_matriks_cells(ind)}))
    return rows
