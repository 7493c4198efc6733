"""Row builders: one function per table, turning computed figures into printed cells.

Every number is formatted here through `pipeline.formats`; nothing is computed here that the
compute stage has not already decided (a row only shows figures it is handed).
"""

from pipeline.compute.capaian import band_interval
from pipeline.compute.report import Computed
from pipeline.compute.results import BudgetNode, IndikatorResult, Measure
from pipeline.formats import angka, huruf, persen, rupiah_tabel
from pipeline.render.escape import Latex, escape
from pipeline.render.tables import Row, Span


def kategori(measure_or_band) -> Latex | str:
    band = getattr(measure_or_band, "kategori", measure_or_band)
    if band is None:
        return "-"
    colour = f"kategori{band.warna}" if band.warna else "black"
    return Latex(rf"\lkjKategori{{{colour}}}{{{escape(band.label)}}}")


def _value(ind: IndikatorResult, value) -> str:
    return "-" if value is None else angka(value, ind.source.desimal)


def _pj(ind: IndikatorResult) -> str:
    unit = ind.penanggung_jawab
    return unit.singkatan or unit.jabatan or unit.nama


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
                        _pj(ind),
                    )
                )
            )
    return rows


def pk_sasaran(c: Computed) -> list[Row]:
    rows = []
    for number, s in enumerate(c.sasaran, start=1):
        for index, ind in enumerate(s.indikator):
            rows.append(
                Row(
                    (
                        f"{number}." if index == 0 else "",
                        s.uraian if index == 0 else "",
                        ind.source.nama,
                        ind.source.satuan,
                        _value(ind, ind.measure.target),
                    ),
                    rule_from=1 if index == len(s.indikator) - 1 else 2,
                )
            )
    return rows


def _tree(nodes: tuple[BudgetNode, ...]):
    """Depth-first (node, style) over program -> kegiatan -> sub kegiatan."""
    for node in nodes:
        yield node, {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub"}[node.level]
        yield from _tree(node.children)


def pk_program(c: Computed) -> list[Row]:
    rows = []
    for node, style in _tree(c.programs):
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
                        _value(ind, ind.measure.target),
                        rupiah_tabel(node.pagu),
                        _pj(ind),
                    ),
                    style,
                )
            )
    rows.append(Row((Span("Jumlah", 5, "c"), rupiah_tabel(c.grand_total.pagu), ""), "total"))
    return rows


def skala(c: Computed) -> list[Row]:
    scale = c.content.kabupaten.skala_capaian
    return [
        Row((f"{i}.", Latex(escape(band_interval(scale, i - 1))), kategori(band), band.kode or "-"))
        for i, band in enumerate(scale.kategori, start=1)
    ]


def capaian_iku(c: Computed) -> list[Row]:
    rows = []
    for number, s in enumerate(c.sasaran, start=1):
        for index, ind in enumerate(s.indikator):
            m = ind.measure
            rows.append(
                Row(
                    (
                        f"{number}." if index == 0 else "",
                        s.uraian if index == 0 else "",
                        ind.source.nama,
                        ind.source.satuan,
                        _value(ind, m.target),
                        _value(ind, m.realisasi),
                        persen(m.capaian),
                        kategori(m),
                    ),
                    rule_from=1 if index == len(s.indikator) - 1 else 2,
                )
            )
        if len(s.indikator) > 1:
            rows.append(
                Row((Span("Capaian sasaran (rata-rata)", 6, "r"), persen(s.capaian), kategori(s.kategori)), "total")
            )
    return rows


def capaian_output(c: Computed) -> list[Row]:
    rows, number = [], 0
    for node, style in _tree(c.programs):
        ind = node.indikator
        if ind is None:
            rows.append(
                Row(
                    (
                        "",
                        Span(node.nama, 7),
                    ),
                    style,
                )
            )
            continue
        number += 1
        m = ind.measure
        rows.append(
            Row(
                (
                    f"{number}.",
                    node.nama,
                    ind.source.nama,
                    ind.source.satuan,
                    _value(ind, m.target),
                    _value(ind, m.realisasi),
                    persen(m.capaian),
                    kategori(m),
                ),
                style,
            )
        )
    return rows


def tahun_lalu(c: Computed) -> list[Row]:
    rows = []
    for number, ind in enumerate(c.indicators, start=1):
        y, m = ind.last_year, ind.measure
        before = y.previous or Measure(None, None, None, None)
        delta = "-" if y.delta_capaian is None else _signed(y.delta_capaian)
        rows.append(
            Row(
                (
                    f"{number}.",
                    ind.source.nama,
                    ind.source.satuan,
                    _value(ind, before.target),
                    _value(ind, before.realisasi),
                    persen(before.capaian),
                    _value(ind, m.target),
                    _value(ind, m.realisasi),
                    persen(m.capaian),
                    delta,
                )
            )
        )
    return rows


def _signed(value) -> str:
    text = angka(value, 2)
    return text if text.startswith("-") or text == "0,00" else "+" + text


def renstra(c: Computed) -> list[Row]:
    return [
        Row(
            (
                f"{n}.",
                i.source.nama,
                i.source.satuan,
                _value(i, i.measure.realisasi),
                _value(i, i.renstra.target),
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
                _value(i, i.measure.realisasi),
                _value(i, i.provinsi and i.provinsi.target),
                _value(i, i.nasional and i.nasional.target),
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
                        _value(ind, m.target),
                        _value(ind, m.realisasi),
                        persen(m.capaian),
                        *(_money(s.pagu, s.realisasi, s.serapan) if index == 0 else ("", "", "")),
                    ),
                    "group",
                )
            )
        for p_index, program in enumerate(s.programs):
            rows.append(Row((huruf(p_index), program.nama, "", "", "", "", *_money_node(program)), "program"))
            for k_index, kegiatan in enumerate(program.children, start=1):
                rows.append(Row((f"{k_index}.", kegiatan.nama, "", "", "", "", *_money_node(kegiatan)), "kegiatan"))
                for sub in kegiatan.children:
                    i = sub.indikator
                    rows.append(
                        Row(
                            (
                                "",
                                sub.nama,
                                i.source.nama,
                                _value(i, i.measure.target),
                                _value(i, i.measure.realisasi),
                                persen(i.measure.capaian),
                                *_money_node(sub),
                            ),
                            "sub",
                        )
                    )
    total = c.grand_total
    rows.append(Row((Span("Jumlah", 6, "c"), *_money_node(total)), "total"))
    return rows


def _money(pagu: int, realisasi: int, serapan) -> tuple[str, str, str]:
    return rupiah_tabel(pagu), rupiah_tabel(realisasi), persen(serapan)


def _money_node(node: BudgetNode) -> tuple[str, str, str]:
    return _money(node.pagu, node.realisasi, node.serapan)


def efisiensi(c: Computed) -> list[Row]:
    rows = []
    leaves = [n for n, _ in _tree(c.programs) if n.indikator is not None]
    for number, node in enumerate(leaves, start=1):
        rows.append(
            Row(
                (
                    f"{number}.",
                    node.nama,
                    persen(node.indikator.measure.capaian),
                    persen(node.serapan),
                    persen(node.efisiensi),
                )
            )
        )
    return rows


def tindak_lanjut(c: Computed) -> list[Row]:
    evaluasi = c.content.report.evaluasi
    return [Row((f"{n}.", r.rekomendasi, r.tindak_lanjut)) for n, r in enumerate(evaluasi.rekomendasi, start=1)]


def pk_anggaran(c: Computed) -> list[Row]:
    rows = [Row((f"{n}.", p.nama, rupiah_tabel(p.pagu))) for n, p in enumerate(c.programs, start=1)]
    rows.append(Row((Span("Jumlah", 2, "c"), rupiah_tabel(c.grand_total.pagu)), "total"))
    return rows


BUILDERS = {
    name: globals()[name]
    for name in (
        "permasalahan",
        "iku",
        "pk_sasaran",
        "pk_program",
        "skala",
        "capaian_iku",
        "capaian_output",
        "tahun_lalu",
        "renstra",
        "nasional",
        "lra",
        "perubahan",
        "kinerja_anggaran",
        "efisiensi",
        "tindak_lanjut",
        "pk_anggaran",
    )
}
