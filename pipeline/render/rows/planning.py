"""Rows of the BAB I and II tables and of the PK attachment: problems, IKU, the agreement."""

from pipeline.compute.perjanjian import PkResult
from pipeline.compute.report import Computed
from pipeline.formats import angka, rupiah_tabel
from pipeline.render.rows.cells import pj, sasaran_rows, tree, value
from pipeline.render.tables import Row, Span


def permasalahan(c: Computed) -> list[Row]:
    rows = []
    for number, pokok in enumerate(c.content.report.permasalahan, start=1):
        last = len(pokok.masalah) - 1
        for index, masalah in enumerate(pokok.masalah):
            akar = [f"{n}. {a}" for n, a in enumerate(masalah.akar_masalah, start=1)]
            first = index == 0
            rows.append(
                Row(
                    (f"{number}." if first else "", pokok.pokok if first else "", masalah.masalah, akar),
                    rule_from=1 if index == last else 3,
                )
            )
    return rows


def iku(c: Computed) -> list[Row]:
    rows = []
    number = 0
    for s in c.sasaran:
        for index, ind in enumerate(s.indikator):
            number += 1
            src = ind.source
            rows.append(
                Row(
                    (
                        f"{number}.",
                        s.uraian if index == 0 else "",
                        src.nama,
                        src.definisi or "-",
                        src.formula or "-",
                        src.sumber_data or "-",
                        pj(ind),
                    )
                )
            )
    return rows


def iku_program(c: Computed) -> list[Row]:
    """The IKU of the program and kegiatan levels (002 SK Lampiran II and III)."""
    rows, number = [], 0
    for node, _ in tree(c.programs):
        if node.level == "sub_kegiatan":
            continue
        for index, ind in enumerate(node.outcome):
            number += 1
            src = ind.source
            lead = node.nama if index == 0 else ""
            cells = (src.nama, src.definisi or "-", src.formula or "-", src.sumber_data or "-", pj(ind))
            rows.append(
                Row((f"{number}.", lead, *cells), "program" if node.level == "program" and index == 0 else "body")
            )
    return rows


def pk_sasaran(c: Computed) -> list[Row]:
    cells = lambda ind: (ind.source.nama, ind.source.satuan, value(ind, ind.measure.target))  # noqa: E731
    return [row for _, _, row in sasaran_rows(c.sasaran, cells)]


def pk_program(c: Computed) -> list[Row]:
    rows = []
    for node, style in tree(c.programs):
        ind = node.indikator
        if ind is None:
            rows.append(Row((node.kode or "", node.nama, "", "", "", rupiah_tabel(node.pagu), ""), style))
        else:
            rows.append(
                Row(
                    (
                        node.kode or "",
                        node.nama,
                        ind.source.nama,
                        ind.source.satuan,
                        value(ind, ind.measure.target),
                        rupiah_tabel(node.pagu),
                        pj(ind),
                    ),
                    style,
                )
            )
    rows.append(Row((Span("Jumlah", 5, "c"), rupiah_tabel(c.grand_total.pagu), ""), "total"))
    return rows


def pk_kinerja(c: Computed, pk: PkResult) -> list[Row]:
    """The PK sheet: each promised kinerja with its indicators and their targets (never retyped)."""
    rows = []
    for number, item in enumerate(pk.items, start=1):
        last = len(item.indicators) - 1
        for index, ind in enumerate(item.indicators or (None,)):
            lead = (f"{number}.", item.kinerja) if index == 0 else ("", "")
            cells = (
                ("-", "-", "-") if ind is None else (ind.source.nama, ind.source.satuan, value(ind, ind.source.target))
            )
            rows.append(Row((*lead, *cells), rule_from=1 if index >= last else 2))
    return rows


def pk_anggaran(c: Computed, pk: PkResult) -> list[Row]:
    rows = [Row((f"{n}.", b.nama, rupiah_tabel(b.pagu))) for n, b in enumerate(pk.budget, start=1)]
    rows.append(Row((Span("Jumlah", 2, "c"), rupiah_tabel(pk.total)), "total"))
    return rows


def pilar(c: Computed) -> list[Row]:
    return [Row((f"{n}.", p.nama, p.uraian)) for n, p in enumerate(c.content.kabupaten.rpjmd.pilar, start=1)]


def tujuan_sasaran(c: Computed) -> list[Row]:
    """Renstra tujuan then sasaran, each with its indicators and this year's target."""
    rows = []
    for number, tujuan in enumerate(c.content.report.tujuan, start=1):
        groups = [(f"{number}.", f"Tujuan: {tujuan.uraian}", tujuan.indikator)]
        groups += [("", f"Sasaran: {s.uraian}", s.indikator) for s in tujuan.sasaran]
        for lead, uraian, indicators in groups:
            for index, ind in enumerate(indicators or (None,)):
                first = (lead, uraian) if index == 0 else ("", "")
                if ind is None:
                    rows.append(Row((*first, "-", "-", "-")))
                    continue
                target = "-" if ind.target is None else angka(ind.target, ind.desimal)
                rows.append(Row((*first, ind.nama, ind.satuan, target), rule_from=1))
    return rows
