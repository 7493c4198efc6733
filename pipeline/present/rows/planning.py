"""Rows of the BAB I and II tables: problems, the IKU, the Perjanjian Kinerja, Renstra goals."""

from pipeline.compute.report import Computed
from pipeline.content.models import Indikator
from pipeline.document.table import Align, Level, Row, Span
from pipeline.document.values import Quantity
from pipeline.present.rows.cells import iku_cells, ordinal, pj, quantity, sasaran_rows, tree


def permasalahan(c: Computed) -> list[Row]:
    rows = []
    for number, pokok in enumerate(c.content.report.permasalahan, start=1):
        last = len(pokok.masalah) - 1
        for index, masalah in enumerate(pokok.masalah):
            akar = tuple(f"{n}. {a}" for n, a in enumerate(masalah.akar_masalah, start=1))
            lead = {"no": ordinal(number), "pokok": pokok.pokok} if index == 0 else {}
            rows.append(
                Row({**lead, "masalah": masalah.masalah, "akar": akar}, joined=None if index == last else "pokok")
            )
    return rows


def iku(c: Computed) -> list[Row]:
    rows, number = [], 0
    for s in c.sasaran:
        for index, ind in enumerate(s.indikator):
            number += 1
            cells = iku_cells(number, ind)
            rows.append(Row({**cells, "sasaran": s.uraian} if index == 0 else cells))
    return rows


def pk_sasaran(c: Computed) -> list[Row]:
    def cells(ind):
        return {"indikator": ind.source.nama, "satuan": ind.source.satuan, "target": quantity(ind, ind.measure.target)}

    return [row for _, _, row in sasaran_rows(c.sasaran, cells)]


def pk_program(c: Computed) -> list[Row]:
    """The budget tree with each node's indicator and target, and the grand total of the pagu."""
    rows = []
    for node, level in tree(c.programs):
        cells = {"uraian": node.nama, "anggaran": node.pagu}
        if node.kode:
            cells["kode"] = node.kode
        ind = node.indikator
        if ind is not None:
            target = quantity(ind, ind.measure.target)
            cells |= {"indikator": ind.source.nama, "satuan": ind.source.satuan, "target": target, "pj": pj(ind)}
        rows.append(Row(cells, level=level))
    total = Span("kode", "target", "Jumlah", Align.center)
    rows.append(Row({"anggaran": c.grand_total.pagu}, level=Level.total, spans=(total,)))
    return rows


def pilar(c: Computed) -> list[Row]:
    return [
        Row({"no": ordinal(n), "pilar": p.nama, "uraian": p.uraian})
        for n, p in enumerate(c.content.kabupaten.rpjmd.pilar, start=1)
    ]


def _renstra_cells(ind: Indikator | None) -> dict:
    """A Renstra indicator with this year's target; dashes for a goal that names none."""
    if ind is None:
        return {"indikator": None, "satuan": None, "target": None}
    target = None if ind.target is None else Quantity(ind.target, ind.desimal)
    return {"indikator": ind.nama, "satuan": ind.satuan, "target": target}


def tujuan_sasaran(c: Computed) -> list[Row]:
    """Renstra tujuan then their sasaran, each with its indicators; every row ruled off."""
    rows = []
    for number, tujuan in enumerate(c.content.report.tujuan, start=1):
        groups = [({"no": ordinal(number)}, f"Tujuan: {tujuan.uraian}", tujuan.indikator)]
        groups += [({}, f"Sasaran: {s.uraian}", s.indikator) for s in tujuan.sasaran]
        for lead, uraian, indicators in groups:
            for index, ind in enumerate(indicators or (None,)):
                first = {**lead, "uraian": uraian} if index == 0 else {}
                rows.append(Row({**first, **_renstra_cells(ind)}))
    return rows


def anggaran_sasaran(c: Computed) -> list[Row]:
    """Each sasaran with the programs behind it (a dash when it has none), and the grand total."""
    rows = []
    for number, s in enumerate(c.sasaran, start=1):
        programs = s.programs or (None,)
        last = len(programs) - 1
        for index, program in enumerate(programs):
            lead = {"no": ordinal(number), "sasaran": s.uraian} if index == 0 else {}
            if program is None:
                cells = {"program": None, "anggaran": None}
            else:
                cells = {"program": program.nama, "anggaran": program.pagu}
            rows.append(Row({**lead, **cells}, joined=None if index == last else "sasaran"))
    total = Span("no", "program", "Jumlah", Align.center)
    rows.append(Row({"anggaran": c.grand_total.pagu}, level=Level.total, spans=(total,)))
    return rows
