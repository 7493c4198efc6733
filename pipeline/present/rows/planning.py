"""Rows of the BAB I and II tables: problems, the IKU, the Perjanjian Kinerja, Renstra goals."""

from pipeline.compute.report import Computed
from pipeline.document.table import Row
from pipeline.present.rows.cells import ordinal, pj


def permasalahan(c: Computed) -> list[Row]:
    rows = []
    for number, pokok in enumerate(c.content.report.permasalahan, start=1):
        last = len(pokok.masalah) - 1
        for index, masalah in enumerate(pokok.masalah):
            akar = tuple(f"{n}. {a}" for n, a in enumerate(masalah.akar_masalah, start=1))
            lead = {"no": ordinal(number), "pokok": pokok.pokok} if index == 0 else {}
            rows.append(Row({**lead, "masalah": masalah.masalah, "akar": akar}, joined=None if index == last else "pokok"))
    return rows


def iku(c: Computed) -> list[Row]:
    rows, number = [], 0
    for s in c.sasaran:
        for index, ind in enumerate(s.indikator):
            number += 1
            src = ind.source
            cells = {
                "no": ordinal(number),
                "indikator": src.nama,
                "definisi": src.definisi or "-",
                "formula": src.formula or "-",
                "sumber_data": src.sumber_data or "-",
                "pj": pj(ind),
            }
            rows.append(Row({**cells, "sasaran": s.uraian} if index == 0 else cells))
    return rows
