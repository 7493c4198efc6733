"""Perjanjian Kinerja: parties that exist, items that exist, dates in the year (anatomy §8.2), and
a unit's own rows (`kinerja_sendiri`) whose indicators stand beside the report's, never among them."""

from pipeline.content.checks.figures import _places, _values
from pipeline.content.checks.findings import Findings, all_units, indicator_locations, node_locations
from pipeline.content.checks.indicators import _check_quarters, _check_rincian
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
    _check_own_indicators(found, units)
    pairs = [(pk.pihak_pertama, pk.versi) for pk in report.perjanjian_kinerja]
    for index, pair in enumerate(pairs):
        if pairs.index(pair) != index:
            found.error(
                "report", ("perjanjian_kinerja", index), f"a second {pair[1].value} PK for '{pair[0]}'; keep one"
            )


def own_indicator_locations(report):
    """Yield (loc, indikator) for every indicator of a PK's own rows, in file order."""
    for index, pk in enumerate(report.perjanjian_kinerja):
        for row, own in enumerate(pk.kinerja_sendiri):
            for i, ind in enumerate(own.indikator):
                yield ("perjanjian_kinerja", index, "kinerja_sendiri", row, "indikator", i), ind


def _check_own_indicators(found: Findings, units: dict) -> None:
    """A PK's own indicators are outside `indicator_locations` (they are no IKU), so what the
    indicator checks ask of every indicator is asked here: an id unique in the year file, a
    responsible unit that exists, figures that print as typed, sound quarters."""
    ids = {ind.id for _, ind in indicator_locations(found.report)}
    heads = sorted(u.id for u in units.values() if u.jabatan)
    for loc, ind in own_indicator_locations(found.report):
        if ind.id in ids:
            found.error("report", loc + ("id",), f"indikator id '{ind.id}' is used more than once")
        ids.add(ind.id)
        if ind.penanggung_jawab not in heads:
            found.error(
                "report",
                loc + ("penanggung_jawab",),
                f"'{ind.penanggung_jawab}' is not a unit with a jabatan in kecamatan.yaml (one of: {', '.join(heads)})",
            )
        if ind.realisasi_dari is not None:
            found.error(
                "report",
                loc + ("realisasi_dari",),
                "a unit's own PK indicator is not measured by the SKM: the IKM is the kecamatan's, a sasaran indicator",
            )
        for at, value in _values(loc, ind):
            if _places(value) > ind.desimal:
                found.error(
                    "report", at, f"{value} has more decimals than the indicator prints (`desimal: {ind.desimal}`)"
                )
        _check_rincian(found, loc, ind)
        _check_quarters(found, loc, ind)
