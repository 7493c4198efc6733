"""Rows of the BAB III tables: the scale, capaian and its comparisons, the budget, efficiency,
the SKM and each unit's capaian."""

from pipeline.compute.capaian import band_interval
from pipeline.compute.report import Computed
from pipeline.compute.resources import UnitResult
from pipeline.compute.results import BudgetNode, IndikatorResult
from pipeline.compute.summary import Efficiency
from pipeline.document.table import Align, Level, Row, Span
from pipeline.document.values import Indented, Quantity, Signed
from pipeline.formats import huruf
from pipeline.present.rows.cells import last_year, ordinal, quantity, sasaran_rows, tree


def skala(c: Computed) -> list[Row]:
    scale = c.content.kabupaten.skala_capaian
    return [
        Row({"no": ordinal(n), "interval": band_interval(scale, n - 1), "kategori": band, "warna": band.kode or None})
        for n, band in enumerate(scale.kategori, start=1)
    ]


def _measured(ind: IndikatorResult) -> dict:
    """Target, realisasi, capaian and kategori of an indicator's measure."""
    m = ind.measure
    return {
        "target": quantity(ind, m.target),
        "realisasi": quantity(ind, m.realisasi),
        "capaian": m.capaian,
        "kategori": m.kategori,
    }


def capaian_iku(c: Computed) -> list[Row]:
    """Each sasaran's indicators, then its mean capaian when it has more than one."""

    def cells(ind: IndikatorResult) -> dict:
        return {"indikator": ind.source.nama, "satuan": ind.source.satuan, **_measured(ind)}

    rows = []
    for s, index, row in sasaran_rows(c.sasaran, cells):
        rows.append(row)
        if index == len(s.indikator) - 1 and index > 0:
            mean = Span("no", "realisasi", "Capaian sasaran (rata-rata)", Align.right)
            rows.append(Row({"capaian": s.capaian, "kategori": s.kategori}, Level.total, spans=(mean,)))
    return rows


def capaian_output(c: Computed) -> list[Row]:
    """Every program, kegiatan and sub kegiatan with the indicators it carries (a node without one
    is a heading row)."""
    rows, number = [], 0
    for node, level in tree(c.programs):
        if not node.indicators:
            rows.append(Row({}, level, spans=(Span("uraian", "kategori", node.nama),)))
            continue
        for index, ind in enumerate(node.indicators):
            number += 1
            lead = {"uraian": node.nama} if index == 0 else {}
            cells = {"no": ordinal(number), **lead, "indikator": ind.source.nama, "satuan": ind.source.satuan}
            rows.append(Row({**cells, **_measured(ind)}, level if index == 0 else Level.body))
    return rows


def tahun_lalu(c: Computed) -> list[Row]:
    rows = []
    for number, ind in enumerate(c.indicators, start=1):
        y, m = ind.last_year, ind.measure
        cells = {
            "no": ordinal(number),
            "indikator": ind.source.nama,
            "satuan": ind.source.satuan,
            **last_year(ind),
            "target": quantity(ind, m.target),
            "realisasi": quantity(ind, m.realisasi),
            "capaian": m.capaian,
            "perubahan": Signed(y.delta_capaian),
        }
        rows.append(Row(cells))
    return rows


def renstra(c: Computed) -> list[Row]:
    shown = (i for i in c.indicators if i.renstra)
    return [
        Row(
            {
                "no": ordinal(n),
                "indikator": i.source.nama,
                "satuan": i.source.satuan,
                "realisasi": quantity(i, i.measure.realisasi),
                "target_akhir": quantity(i, i.renstra.target),
                "capaian": i.renstra.capaian,
            }
        )
        for n, i in enumerate(shown, start=1)
    ]


def nasional(c: Computed) -> list[Row]:
    shown = (i for i in c.indicators if i.provinsi or i.nasional)
    return [
        Row(
            {
                "no": ordinal(n),
                "indikator": i.source.nama,
                "satuan": i.source.satuan,
                "realisasi": quantity(i, i.measure.realisasi),
                "target_provinsi": quantity(i, i.provinsi.target if i.provinsi else None),
                "target_nasional": quantity(i, i.nasional.target if i.nasional else None),
            }
        )
        for n, i in enumerate(shown, start=1)
    ]


def lra(c: Computed) -> list[Row]:
    """Belanja Daerah and the Surplus/(Defisit) as totals, their first-level lines as kegiatan rows,
    deeper lines indented by their depth."""
    rows = []
    for line in c.lra:
        level = Level.total if line.depth == 0 else Level.kegiatan if line.depth == 1 else Level.body
        cells = {
            "uraian": Indented(line.uraian, max(line.depth - 1, 0)),
            "anggaran": line.anggaran,
            "realisasi": line.realisasi,
            "persen": line.persen,
            "realisasi_lalu": line.realisasi_lalu,
        }
        rows.append(Row(cells, level))
    return rows


def _change(node: BudgetNode) -> dict:
    return {"uraian": node.nama, "murni": node.pagu_murni, "perubahan": node.pagu, "selisih": node.perubahan}


def perubahan(c: Computed) -> list[Row]:
    rows = []
    for index, program in enumerate(c.programs):
        rows.append(Row({"no": huruf(index), **_change(program)}, Level.program))
        rows += [Row({"no": ordinal(n), **_change(k)}) for n, k in enumerate(program.children, start=1)]
    total = c.grand_total
    jumlah = Span("no", "uraian", "Jumlah", Align.center)
    cells = {"murni": total.pagu_murni, "perubahan": total.pagu, "selisih": total.perubahan}
    rows.append(Row(cells, Level.total, spans=(jumlah,)))
    return rows


def _money(node: BudgetNode) -> dict:
    return {"pagu": node.pagu, "realisasi_rp": node.realisasi, "serapan": node.serapan}


def _kinerja(ind: IndikatorResult) -> dict:
    m = ind.measure
    return {
        "indikator": ind.source.nama,
        "target": quantity(ind, m.target),
        "realisasi": quantity(ind, m.realisasi),
        "capaian": m.capaian,
    }


def _node_rows(number: str | None, node: BudgetNode, level: Level) -> list[Row]:
    """A budget node with its money on its first row and one row per indicator it carries (a sub
    kegiatan has no number)."""
    head = {"uraian": node.nama, **_money(node)}
    if number is not None:
        head["no"] = number
    if not node.indicators:
        return [Row(head, level)]
    rows = [Row({**head, **_kinerja(node.indicators[0])}, level)]
    return rows + [Row(_kinerja(ind)) for ind in node.indicators[1:]]


def kinerja_anggaran(c: Computed) -> list[Row]:
    """Each sasaran (its indicators as group rows, its money on the first), then the programs,
    kegiatan and sub kegiatan that support it, and the grand total."""
    rows = []
    for s in c.sasaran:
        for index, ind in enumerate(s.indikator):
            lead = {"uraian": s.uraian, "pagu": s.pagu, "realisasi_rp": s.realisasi, "serapan": s.serapan}
            rows.append(Row({**(lead if index == 0 else {}), **_kinerja(ind)}, Level.group))
        for p_index, program in enumerate(s.programs):
            rows += _node_rows(huruf(p_index), program, Level.program)
            for k_index, kegiatan in enumerate(program.children, start=1):
                rows += _node_rows(ordinal(k_index), kegiatan, Level.kegiatan)
                for sub in kegiatan.children:
                    rows += _node_rows(None, sub, Level.sub)
    jumlah = Span("no", "capaian", "Jumlah", Align.center)
    rows.append(Row(_money(c.grand_total), Level.total, spans=(jumlah,)))
    return rows


# The budget columns of an efficiency row whose indicator has no money of its own to rate.
NO_OWN_BUDGET = {
    Efficiency.anggaran_bersama: "anggaran bersama indikator lain",
    Efficiency.tanpa_pagu: "tanpa pagu anggaran",
}


def efisiensi(c: Computed) -> list[Row]:
    """Every kegiatan and sub kegiatan indicator, numbered: the rows the sentence beside the table
    counts. Capaian, serapan and efisiensi, or across the budget columns why the indicator has no
    budget of its own; a kegiatan measured by several indicators names itself once, over all of them."""
    rows = []
    for number, rated in enumerate(c.summary.rated, start=1):
        lead = {"uraian": rated.nama} if rated.position == 0 else {}
        cells = {"no": ordinal(number), **lead, "indikator": rated.indikator.source.nama, "capaian": rated.capaian}
        more = rated.position < len(rated.node.indicators) - 1
        if rated.own_budget:
            cells |= {"serapan": rated.serapan, "efisiensi": rated.efisiensi}
            spans = ()
        else:
            spans = (Span("serapan", "efisiensi", NO_OWN_BUDGET[rated.no_own_budget], Align.center),)
        rows.append(Row(cells, spans=spans, joined="uraian" if more else None))
    return rows


def skm(c: Computed) -> list[Row]:
    """NRR per unsur to three places and the IKM to two: each number carries its own places, as
    the two share a column."""
    rows = [
        Row({"no": ordinal(n), "unsur": u.nama, "nrr": Quantity(u.nrr, 3), "nrr_tertimbang": Quantity(weighted, 3)})
        for n, (u, weighted) in enumerate(c.skm.contributions, start=1)
    ]
    ikm = Span("no", "nrr", "Indeks Kepuasan Masyarakat (IKM)", Align.center)
    rows.append(Row({"nrr_tertimbang": Quantity(c.skm.ikm, 2)}, Level.total, spans=(ikm,)))
    return rows


def capaian_unit(c: Computed, unit: UnitResult) -> list[Row]:
    """One unit's kegiatan and sub kegiatan with their indicators, last year's realisasi first."""
    rows, number = [], 0
    for node in unit.nodes:
        for index, ind in enumerate(node.indicators):
            lead = {}
            if index == 0:
                number += 1
                lead = {"no": ordinal(number), "uraian": node.nama}
            previous = ind.last_year.previous
            cells = {
                **lead,
                "indikator": ind.source.nama,
                "realisasi_lalu": quantity(ind, previous.realisasi if previous else None),
                **_measured(ind),
            }
            rows.append(Row(cells))
    return rows
