"""Rows of the resource tables (staff, sarpras, services, SKM), per-unit capaian, LHE, quarters."""

from pipeline.compute.report import Computed
from pipeline.compute.resources import UnitResult
from pipeline.formats import angka, desimal, persen, rupiah_tabel
from pipeline.people import PANGKAT
from pipeline.render.rows.cells import kategori, tree, value
from pipeline.render.tables import Row, Span


def _count(n: int) -> str:
    return str(n) if n else "-"


def pegawai_jabatan(c: Computed) -> list[Row]:
    staff = c.content.report.sumber_daya.kepegawaian
    rows = [
        Row((f"{n}.", j.nama, j.eselon or "-", _count(j.pns), _count(j.non_pns), _count(j.pns + j.non_pns)))
        for n, j in enumerate(staff.jabatan, start=1)
    ]
    t = c.resources.staff
    rows.append(Row((Span("Jumlah", 3, "c"), str(t.pns), str(t.non_pns), str(t.total)), "total"))
    return rows


def pegawai_golongan(c: Computed) -> list[Row]:
    """Every golongan from IV/e down to I/a, so an empty rank shows as '-' rather than vanishing."""
    counts = c.content.report.sumber_daya.kepegawaian.golongan
    order = sorted(PANGKAT, reverse=True)
    rows = [Row((f"{n}.", PANGKAT[g], g, _count(counts.get(g, 0)))) for n, g in enumerate(order, start=1)]
    rows.append(Row((Span("Jumlah", 3, "c"), str(sum(counts.values()))), "total"))
    return rows


def pegawai_pendidikan(c: Computed) -> list[Row]:
    levels = c.content.report.sumber_daya.kepegawaian.pendidikan
    rows = [
        Row((f"{n}.", p.jenjang, _count(p.pns), _count(p.non_pns), _count(p.pns + p.non_pns)))
        for n, p in enumerate(levels, start=1)
    ]
    t = c.resources.staff
    rows.append(Row((Span("Jumlah", 2, "c"), str(t.pns), str(t.non_pns), str(t.total)), "total"))
    return rows


def sarpras(c: Computed) -> list[Row]:
    rows, group, number = [], None, 0
    for item in c.content.report.sumber_daya.sarpras:
        if item.jenis and item.jenis != group:
            group = item.jenis
            rows.append(Row((Span(group, 6, "l"),), "group"))
        number += 1
        total = item.baik + item.kurang_baik + item.rusak_berat
        rows.append(
            Row(
                (
                    f"{number}.",
                    item.nama,
                    str(total),
                    _count(item.baik),
                    _count(item.kurang_baik),
                    _count(item.rusak_berat),
                )
            )
        )
    t = c.resources.sarpras
    rows.append(
        Row((Span("Jumlah", 2, "c"), str(t.jumlah), str(t.baik), str(t.kurang_baik), str(t.rusak_berat)), "total")
    )
    return rows


def layanan(c: Computed) -> list[Row]:
    rows = []
    for jenis, title in (("non_perizinan", "Pelayanan Non Perizinan"), ("perizinan", "Pelayanan Perizinan")):
        items = [x for x in c.content.report.layanan if x.jenis.value == jenis]
        if not items:
            continue
        rows.append(Row((Span(title, 2, "l"), str(c.resources.layanan[jenis])), "group"))
        rows += [Row((f"{n}.", x.nama, angka(x.jumlah))) for n, x in enumerate(items, start=1)]
    rows.append(Row((Span("Jumlah", 2, "c"), angka(sum(c.resources.layanan.values()))), "total"))
    return rows


def skm(c: Computed) -> list[Row]:
    rows = [
        Row((f"{n}.", u.nama, desimal(u.nrr, 3), desimal(weighted, 3)))
        for n, (u, weighted) in enumerate(c.skm.contributions, start=1)
    ]
    rows.append(Row((Span("Indeks Kepuasan Masyarakat (IKM)", 3, "c"), desimal(c.skm.ikm)), "total"))
    return rows


def capaian_unit(c: Computed, unit: UnitResult) -> list[Row]:
    rows, number = [], 0
    for node in unit.nodes:
        for index, ind in enumerate(node.indicators):
            if index == 0:
                number += 1
            m = ind.measure
            before = ind.last_year.previous.realisasi if ind.last_year.previous else None
            lead = (f"{number}.", node.nama) if index == 0 else ("", "")
            rows.append(
                Row(
                    (
                        *lead,
                        ind.source.nama,
                        value(ind, before),
                        value(ind, m.target),
                        value(ind, m.realisasi),
                        persen(m.capaian),
                        kategori(m),
                    )
                )
            )
    return rows


def lhe_komponen(c: Computed) -> list[Row]:
    komponen = c.content.report.evaluasi.komponen
    rows = [Row((f"{n}.", k.nama, desimal(k.bobot), desimal(k.nilai))) for n, k in enumerate(komponen, start=1)]
    bobot = sum(k.bobot for k in komponen)
    nilai = sum(k.nilai for k in komponen)
    label = c.predikat_sakip.label if c.predikat_sakip else "-"
    rows.append(Row((Span(f"Nilai Evaluasi (predikat {label})", 2, "c"), desimal(bobot), desimal(nilai)), "total"))
    return rows


def keuangan_triwulan(c: Computed) -> list[Row]:
    rows = []
    for node, style in tree(c.programs):
        quarters = tuple("-" if q is None else rupiah_tabel(q) for q in node.triwulan)
        rows.append(Row((node.kode or "", node.nama, rupiah_tabel(node.pagu), *quarters, persen(node.serapan)), style))
    t = c.grand_total
    quarters = tuple("-" if q is None else rupiah_tabel(q) for q in t.triwulan)
    rows.append(Row((Span("Jumlah", 2, "c"), rupiah_tabel(t.pagu), *quarters, persen(t.serapan)), "total"))
    return rows


def anggaran_sasaran(c: Computed) -> list[Row]:
    rows = []
    for number, s in enumerate(c.sasaran, start=1):
        programs = s.programs or (None,)
        for index, program in enumerate(programs):
            lead = (f"{number}.", s.uraian) if index == 0 else ("", "")
            cells = ("-", "-") if program is None else (program.nama, rupiah_tabel(program.pagu))
            rows.append(Row((*lead, *cells), rule_from=1 if index == len(programs) - 1 else 3))
    rows.append(Row((Span("Jumlah", 3, "c"), rupiah_tabel(c.grand_total.pagu)), "total"))
    return rows


def dukungan(c: Computed) -> list[Row]:
    rows, staff, goods, money = [], c.resources.staff, c.resources.sarpras, c.grand_total
    if staff:
        rows.append(
            Row(("", "Sumber Daya Manusia", f"{staff.total} orang", f"{staff.pns} PNS, {staff.non_pns} non-PNS"))
        )
    if goods:
        rows.append(
            Row(
                (
                    "",
                    "Sarana dan Prasarana",
                    f"{goods.jumlah} unit",
                    f"{goods.baik} baik, {goods.kurang_baik} kurang baik, {goods.rusak_berat} rusak berat",
                )
            )
        )
    rows.append(
        Row(
            (
                "",
                "Anggaran",
                rupiah_tabel(money.pagu),
                f"realisasi {rupiah_tabel(money.realisasi)} ({persen(money.serapan)})",
            )
        )
    )
    return [Row((f"{n}.", *r.cells[1:])) for n, r in enumerate(rows, start=1)]


def _series(ind, year: int, report_year: int) -> tuple[str, str]:
    """Target and realisasi of one year: the report year's measure, or the indicator's riwayat."""
    if year == report_year:
        return value(ind, ind.measure.target), value(ind, ind.measure.realisasi)
    past = ind.source.riwayat.get(year)
    return ("-", "-") if past is None else (value(ind, past.target), value(ind, past.realisasi))


def monev_renstra(c: Computed) -> list[Row]:
    """Every indicator over the five years up to the report year, and against the Renstra end target."""
    year = c.content.report.tahun
    groups = [(f"Sasaran: {s.uraian}", s.indikator) for s in c.sasaran]
    groups += [(n.nama, n.indicators) for n, _ in tree(c.programs) if n.indicators]
    rows, number = [], 0
    for title, indicators in groups:
        rows.append(Row((Span(title, 15, "l"),), "group"))
        for ind in indicators:
            number += 1
            years = [cell for y in range(year - 4, year + 1) for cell in _series(ind, y, year)]
            end = ind.renstra
            tail = ("-", "-") if end is None else (value(ind, end.target), persen(end.capaian))
            rows.append(Row((f"{number}.", ind.source.nama, ind.source.satuan, *years, *tail)))
    return rows


def matriks(c: Computed) -> list[Row]:
    rows, number = [], 0
    for pk in c.perjanjian:
        for item in pk.items:
            for index, ind in enumerate(item.indicators or (None,)):
                number += 1
                head = (f"{number}.", pk.pertama.jabatan if index == 0 else "", item.kinerja if index == 0 else "")
                if ind is None:
                    rows.append(Row((*head, "-", "-", "-", "-", "-")))
                    continue
                m = ind.measure
                rows.append(
                    Row(
                        (
                            *head,
                            ind.source.nama,
                            value(ind, ind.source.target),
                            value(ind, m.realisasi),
                            persen(m.capaian),
                            kategori(m),
                        )
                    )
                )
    return rows
