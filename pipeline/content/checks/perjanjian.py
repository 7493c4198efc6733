"""Perjanjian Kinerja: parties that exist, items that exist, dates in the year (anatomy §8.2)."""

from pipeline.content.checks.findings import Findings, all_units, node_locations
from pipeline.content.checks.printed import prints


def check_perjanjian(found: Findings) -> None:
    report = found.report
    units = {u.id: u for u in all_units(found.kec.organisasi)}
    parties = set(units) | set(found.kec.pegawai) | {"bupati"}
    items = {s.id for t in report.tujuan for s in t.sasaran}
    items |= {node.kode for _, node in node_locations(report) if node.kode}
    murni = {}
    for index, pk in enumerate(report.perjanjian_kinerja):
        loc = ("perjanjian_kinerja", index)
        for side in ("pihak_pertama", "pihak_kedua"):
            who = getattr(pk, side)
            if who not in parties:
                found.error("report", loc + (side,), f"'{who}' is not `bupati`, a unit id or a pegawai key")
            elif who in units and units[who].pejabat is None:
                found.error("report", loc + (side,), f"unit '{who}' has no `pejabat` to sign the PK")
            elif who in found.kec.pegawai and who not in units and found.kec.pegawai[who].jabatan is None:
                found.error("kecamatan", ("pegawai", who), "signs a PK but heads no unit: give this person a `jabatan`")
        for i, ref in enumerate(pk.kinerja):
            if ref not in items:
                found.error(
                    "report",
                    loc + ("kinerja", i),
                    f"'{ref}' is neither a sasaran id nor the kode of a program/kegiatan",
                )
        if pk.tanggal is None:
            if prints(found, "lampiran_perjanjian_kinerja"):  # the only place a PK's date is printed
                found.warn("report", loc, "no `tanggal`: the PK statement is printed with a blank date line")
        elif pk.tanggal.year != report.tahun:
            found.error("report", loc + ("tanggal",), f"PK {report.tahun} dated {pk.tanggal}, outside its year")
        if pk.versi.value == "murni" and pk.tanggal:
            murni[pk.pihak_pertama] = pk.tanggal
    for index, pk in enumerate(report.perjanjian_kinerja):
        earlier = murni.get(pk.pihak_pertama)
        if pk.versi.value == "perubahan" and pk.tanggal and earlier and pk.tanggal < earlier:
            found.error(
                "report",
                ("perjanjian_kinerja", index, "tanggal"),
                f"the PK Perubahan ({pk.tanggal}) is dated before the PK it changes ({earlier})",
            )
    pairs = [(pk.pihak_pertama, pk.versi) for pk in report.perjanjian_kinerja]
    for index, pair in enumerate(pairs):
        if pairs.index(pair) != index:
            found.error(
                "report", ("perjanjian_kinerja", index), f"a second {pair[1].value} PK for '{pair[0]}'; keep one"
            )
