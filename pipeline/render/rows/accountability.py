"""Rows of the BAB III tables: capaian, comparisons, budget, efficiency, follow-up."""

from pipeline.compute.capaian import band_interval
from pipeline.compute.report import Computed
from pipeline.compute.results import Measure
from pipeline.formats import angka, huruf, persen, rupiah_tabel
from pipeline.render.escape import Latex, escape
from pipeline.render.rows.cells import kategori, money, money_node, sasaran_rows, signed, tree, value
from pipeline.render.tables import Row, Span


def skala(c: Computed) -> list[Row]:
    scale = c.content.kabupaten.skala_capaian
    return [
        Row((f"{i}.", Latex(escape(band_interval(scale, i - 1))), kategori(band), band.kode or "-"))
        for i, band in enumerate(scale.kategori, start=1)
    ]


def capaian_iku(c: Computed) -> list[Row]:
    def cells(ind):
        m = ind.measure
        return (
            ind.source.nama,
            ind.source.satuan,
            value(ind, m.target),
            value(ind, m.realisasi),
            persen(m.capaian),
            kategori(m),
        )

    rows = []
    for s, index, row in sasaran_rows(c.sasaran, cells):
        rows.append(row)
        if index == len(s.indikator) - 1 and len(s.indikator) > 1:
            rows.append(
                Row((Span("Capaian sasaran (rata-rata)", 6, "r"), persen(s.capaian), kategori(s.kategori)), "total")
            )
    return rows


def capaian_output(c: Computed) -> list[Row]:
    """Every program, kegiatan and sub kegiatan with the indicators it carries (a node without one
    is a heading row)."""
    rows, number = [], 0
    for node, style in tree(c.programs):
        if not node.indicators:
            rows.append(Row(("", Span(node.nama, 7)), style))
            continue
        for index, ind in enumerate(node.indicators):
            number += 1
            m = ind.measure
            cells = (ind.source.nama, ind.source.satuan, value(ind, m.target), value(ind, m.realisasi))
            rows.append(
                Row(
                    (f"{number}.", node.nama if index == 0 else "", *cells, persen(m.capaian), kategori(m)),
                    style if index == 0 else "body",
                )
            )
    return rows


def tahun_lalu(c: Computed) -> list[Row]:
    rows = []
    for number, ind in enumerate(c.indicators, start=1):
        y, m = ind.last_year, ind.measure
        before = y.previous or Measure(None, None, None, None)
        delta = "-" if y.delta_capaian is None else signed(y.delta_capaian)
        rows.append(
            Row(
                (
                    f"{number}.",
                    ind.source.nama,
                    ind.source.satuan,
                    value(ind, before.target),
                    value(ind, before.realisasi),
                    persen(before.capaian),
                    value(ind, m.target),
                    value(ind, m.realisasi),
                    persen(m.capaian),
                    delta,
                )
            )
        )
    return rows


def renstra(c: Computed) -> list[Row]:
    return [
        Row(
            (
                f"{n}.",
                i.source.nama,
                i.source.satuan,
                value(i, i.measure.realisasi),
                value(i, i.renstra.target),
                persen(i.renstra.capaian),
            )
        )
        for n, i in enumerate((i for i in c.indicators if i.renstra), start=1)
    ]


def nasional(c: Computed) -> list[Row]:
    shown = [i for i in c.indicators if i.provinsi or i.nasional]
    return [
        Row(
            (
                f"{n}.",
                i.source.nama,
                i.source.satuan,
                value(i, i.measure.realisasi),
                value(i, i.provinsi and i.provinsi.target),
                value(i, i.nasional and i.nasional.target),
            )
        )
        for n, i in enumerate(shown, start=1)
    ]


def lra(c: Computed) -> list[Row]:
    rows = []
    for row in c.lra:
        style = "total" if row.depth == 0 else ("kegiatan" if row.depth == 1 else "body")
        indent = Latex(r"\lkjIndent{" + str(max(row.depth - 1, 0)) + "}" + escape(row.uraian))
        lalu = "-" if row.realisasi_lalu is None else rupiah_tabel(row.realisasi_lalu)
        rows.append(
            Row((indent, rupiah_tabel(row.anggaran), rupiah_tabel(row.realisasi), angka(row.persen, 2), lalu), style)
        )
    return rows


def perubahan(c: Computed) -> list[Row]:
    rows = []
    for index, program in enumerate(c.programs):
        rows.append(
            Row(
                (
                    huruf(index),
                    program.nama,
                    rupiah_tabel(program.pagu_murni),
                    rupiah_tabel(program.pagu),
                    rupiah_tabel(program.perubahan),
                ),
                "program",
            )
        )
        for number, kegiatan in enumerate(program.children, start=1):
            rows.append(
                Row(
                    (
                        f"{number}.",
                        kegiatan.nama,
                        rupiah_tabel(kegiatan.pagu_murni),
                        rupiah_tabel(kegiatan.pagu),
                        rupiah_tabel(kegiatan.perubahan),
                    )
                )
            )
    total = c.grand_total
    rows.append(
        Row(
            (
                Span("Jumlah", 2, "c"),
                rupiah_tabel(total.pagu_murni),
                rupiah_tabel(total.pagu),
                rupiah_tabel(total.perubahan),
            ),
            "total",
        )
    )
    return rows


def _node_rows(number: str, node, style: str) -> list[Row]:
    """A budget node with its money on its first row and one row per indicator it carries."""
    indicators = node.indicators or (None,)
    rows = []
    for index, ind in enumerate(indicators):
        head = (number, node.nama) if index == 0 else ("", "")
        if ind is None:
            kinerja = ("", "", "", "")
        else:
            m = ind.measure
            kinerja = (ind.source.nama, value(ind, m.target), value(ind, m.realisasi), persen(m.capaian))
        money_cells = money_node(node) if index == 0 else ("", "", "")
        rows.append(Row((*head, *kinerja, *money_cells), style if index == 0 else "body"))
    return rows


def kinerja_anggaran(c: Computed) -> list[Row]:
    rows = []
    for s in c.sasaran:
        for index, ind in enumerate(s.indikator):
            m = ind.measure
            rows.append(
                Row(
                    (
                        "",
                        s.uraian if index == 0 else "",
                        ind.source.nama,
                        value(ind, m.target),
                        value(ind, m.realisasi),
                        persen(m.capaian),
                        *(money(s.pagu, s.realisasi, s.serapan) if index == 0 else ("", "", "")),
                    ),
                    "group",
                )
            )
        for p_index, program in enumerate(s.programs):
            rows += _node_rows(huruf(p_index), program, "program")
            for k_index, kegiatan in enumerate(program.children, start=1):
                rows += _node_rows(f"{k_index}.", kegiatan, "kegiatan")
                for sub in kegiatan.children:
                    rows += _node_rows("", sub, "sub")
    total = c.grand_total
    rows.append(Row((Span("Jumlah", 6, "c"), *money_node(total)), "total"))
    return rows


def efisiensi(c: Computed) -> list[Row]:
    rows = []
    measured = [n for n, _ in tree(c.programs) if n.level != "program" and len(n.indicators) == 1]
    for number, node in enumerate(measured, start=1):
        rows.append(
            Row(
                (
                    f"{number}.",
                    node.nama,
                    persen(node.indicators[0].measure.capaian),
                    persen(node.serapan),
                    persen(node.efisiensi),
                )
            )
        )
    return rows


def tindak_lanjut(c: Computed) -> list[Row]:
    evaluasi = c.content.report.evaluasi
    return [Row((f"{n}.", r.rekomendasi, r.tindak_lanjut)) for n, r in enumerate(evaluasi.rekomendasi, start=1)]
