"""Rows of the resource tables of BAB I: staff, sarpras, services and the resources in one table."""

from pipeline.compute.report import Computed
from pipeline.document.table import Align, Level, Row, Span
from pipeline.document.values import Count, Money, Percent, Phrase
from pipeline.people import PANGKAT
from pipeline.present.rows.cells import ordinal

LAYANAN = (("non_perizinan", "Pelayanan Non Perizinan"), ("perizinan", "Pelayanan Perizinan"))


def _jumlah(first: str, last: str) -> Span:
    return Span(first, last, "Jumlah", Align.center)


def _status(pns: int, non_pns: int) -> dict:
    return {"pns": pns, "non_pns": non_pns, "jumlah": pns + non_pns}


def _staff_total(c: Computed, first: str, last: str) -> Row:
    t = c.resources.staff
    return Row(_status(t.pns, t.non_pns), level=Level.total, spans=(_jumlah(first, last),))


def pegawai_jabatan(c: Computed) -> list[Row]:
    staff = c.content.report.sumber_daya.kepegawaian
    rows = [
        Row({"no": ordinal(n), "jabatan": j.nama, "eselon": j.eselon or None, **_status(j.pns, j.non_pns)})
        for n, j in enumerate(staff.jabatan, start=1)
    ]
    return [*rows, _staff_total(c, "no", "eselon")]


def pegawai_golongan(c: Computed) -> list[Row]:
    """Every golongan from IV/e down to I/a, so an empty rank shows as '-' rather than vanishing."""
    counts = c.content.report.sumber_daya.kepegawaian.golongan
    order = sorted(PANGKAT, reverse=True)
    rows = [
        Row({"no": ordinal(n), "pangkat": PANGKAT[g], "golongan": g, "jumlah": counts.get(g, 0)})
        for n, g in enumerate(order, start=1)
    ]
    total = Row({"jumlah": sum(counts.values())}, level=Level.total, spans=(_jumlah("no", "golongan"),))
    return [*rows, total]


def pegawai_pendidikan(c: Computed) -> list[Row]:
    levels = c.content.report.sumber_daya.kepegawaian.pendidikan
    rows = [
        Row({"no": ordinal(n), "jenjang": p.jenjang, **_status(p.pns, p.non_pns)})
        for n, p in enumerate(levels, start=1)
    ]
    return [*rows, _staff_total(c, "no", "jenjang")]


def sarpras(c: Computed) -> list[Row]:
    """Goods under their jenis heading; an item's own total prints even when it is zero."""
    rows, group, number = [], None, 0
    for item in c.content.report.sumber_daya.sarpras:
        if item.jenis and item.jenis != group:
            group = item.jenis
            rows.append(Row({}, level=Level.group, spans=(Span("no", "rusak_berat", group),)))
        number += 1
        total = Count(item.baik + item.kurang_baik + item.rusak_berat)
        condition = {"baik": item.baik, "kurang_baik": item.kurang_baik, "rusak_berat": item.rusak_berat}
        rows.append(Row({"no": ordinal(number), "nama": item.nama, "jumlah": total, **condition}))
    t = c.resources.sarpras
    cells = {"jumlah": t.jumlah, "baik": t.baik, "kurang_baik": t.kurang_baik, "rusak_berat": t.rusak_berat}
    return [*rows, Row(cells, level=Level.total, spans=(_jumlah("no", "nama"),))]


def layanan(c: Computed) -> list[Row]:
    """Services by jenis, non-perizinan first, each jenis under a heading row with its total."""
    rows = []
    for jenis, title in LAYANAN:
        items = [x for x in c.content.report.layanan if x.jenis.value == jenis]
        if not items:
            continue
        heading = Span("no", "layanan", title)
        rows.append(Row({"jumlah": Count(c.resources.layanan[jenis])}, level=Level.group, spans=(heading,)))
        rows += [Row({"no": ordinal(n), "layanan": x.nama, "jumlah": Count(x.jumlah)}) for n, x in enumerate(items, 1)]
    total = sum(c.resources.layanan.values())
    return [*rows, Row({"jumlah": total}, level=Level.total, spans=(_jumlah("no", "layanan"),))]


def dukungan(c: Computed) -> list[Row]:
    """Staff and sarpras (when the report has them) and the budget, each with what it consists of."""
    staff, goods, money = c.resources.staff, c.resources.sarpras, c.grand_total
    entries = []
    if staff:
        keterangan = Phrase((Count(staff.pns), " PNS, ", Count(staff.non_pns), " non-PNS"))
        entries.append(("Sumber Daya Manusia", Phrase((Count(staff.total), " orang")), keterangan))
    if goods:
        keterangan = Phrase(
            (Count(goods.baik), " baik, ", Count(goods.kurang_baik), " kurang baik, ")
            + (Count(goods.rusak_berat), " rusak berat")
        )
        entries.append(("Sarana dan Prasarana", Phrase((Count(goods.jumlah), " unit")), keterangan))
    keterangan = Phrase(("realisasi ", Money(money.realisasi), " (", Percent(money.serapan), ")"))
    entries.append(("Anggaran", Money(money.pagu), keterangan))
    return [
        Row({"no": ordinal(n), "sumber_daya": name, "jumlah": jumlah, "keterangan": keterangan})
        for n, (name, jumlah, keterangan) in enumerate(entries, start=1)
    ]
