"""Cross-file checks the schema cannot express: references, NIPs, years, money bounds.

Each problem is positioned at the offending value. Errors stop the build; warnings print.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from pipeline.content.models import Indikator, Kabupaten, Kecamatan, Report, Unit
from pipeline.content.schema import field_path
from pipeline.content.yaml_source import Source
from pipeline.errors import Problem
from pipeline.people import nip_problem


@dataclass
class Findings:
    sources: dict[str, Source]
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def _at(self, file: str, loc: tuple, message: str) -> Problem:
        source = self.sources[file]
        line, col = source.position(loc)
        return Problem(source.path, line, col, field_path(loc), message)

    def error(self, file: str, loc: tuple, message: str) -> None:
        self.errors.append(self._at(file, loc, message))

    def warn(self, file: str, loc: tuple, message: str) -> None:
        self.warnings.append(self._at(file, loc, message))


def all_units(units: tuple[Unit, ...]) -> list[Unit]:
    """Units in outline order, sub-units after their parent."""
    out = []
    for unit in units:
        out.append(unit)
        out.extend(all_units(unit.bagian))
    return out


def cross_check(sources: dict[str, Source], kab: Kabupaten, kec: Kecamatan, report: Report, year: int):
    found = Findings(sources)
    _check_people(found, kec)
    _check_report_frame(found, kab, report, year)
    _check_indicators(found, kec, report)
    _check_budget(found, report)
    _check_analyses(found, kab, report)
    return found.errors, found.warnings


def _check_people(found: Findings, kec: Kecamatan) -> None:
    for key, person in kec.pegawai.items():
        if person.nip and (why := nip_problem(person.nip)):
            found.error("kecamatan", ("pegawai", key, "nip"), f"impossible NIP: {why}")
    units = all_units(kec.organisasi)
    for index, unit in enumerate(kec.organisasi):
        if unit.pejabat and unit.pejabat not in kec.pegawai:
            found.error("kecamatan", ("organisasi", index, "pejabat"), f"'{unit.pejabat}' is not a key of `pegawai`")
    ids = [unit.id for unit in units]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        found.error("kecamatan", ("organisasi",), f"unit id '{duplicate}' is used more than once")
    camat = next((u for u in units if u.id == "camat"), None)
    if camat is None or camat.pejabat is None:
        found.error(
            "kecamatan",
            ("organisasi",),
            "a unit with id 'camat' and its `pejabat` is required: the Camat signs the report",
        )
    elif kec.pegawai[camat.pejabat].golongan is None:
        found.warn(
            "kecamatan",
            ("pegawai", camat.pejabat),
            "no `golongan`: the Camat's signature blocks will have no pangkat line",
        )


def _check_report_frame(found: Findings, kab: Kabupaten, report: Report, year: int) -> None:
    if report.tahun != year:
        found.error("report", ("tahun",), f"tahun {report.tahun} disagrees with the file name {year}.yaml")
    if report.tanggal.year > report.tahun + 1:
        found.error(
            "report", ("tanggal",), f"{report.tanggal} is more than a year after {report.tahun}; check the year"
        )
    elif report.tanggal.year < report.tahun or (report.tanggal.year == report.tahun and report.tanggal.month < 12):
        found.error(
            "report", ("tanggal",), f"{report.tanggal} is before the end of the period reported on ({report.tahun})"
        )
    elif report.tanggal.year == report.tahun:
        found.warn(
            "report",
            ("tanggal",),
            f"report dated {report.tanggal}, inside the year it reports on; "
            f"a report is normally signed after the year closes, in {report.tahun + 1}",
        )
    start, end = report.renstra
    if not start <= report.tahun <= end:
        found.error("report", ("renstra",), f"report year {report.tahun} lies outside the Renstra period {start}-{end}")
    if report.misi > len(kab.rpjmd.misi):
        found.error("report", ("misi",), f"RPJMD has {len(kab.rpjmd.misi)} misi; misi {report.misi} does not exist")
    if report.evaluasi and report.evaluasi.tahun_dievaluasi != report.tahun - 1:
        found.error(
            "report",
            ("evaluasi", "tahun_dievaluasi"),
            f"the evaluation reported in {report.tahun} is of the {report.tahun - 1} report, "
            f"not {report.evaluasi.tahun_dievaluasi}",
        )
    pk = report.perjanjian_kinerja
    if pk.tanggal is None:
        found.warn(
            "report", ("perjanjian_kinerja",), "no `tanggal`: the PK statement is printed with a blank date line"
        )
    elif pk.tanggal.year != report.tahun:
        found.error(
            "report", ("perjanjian_kinerja", "tanggal"), f"PK {report.tahun} dated {pk.tanggal}, outside its year"
        )


def _indicator_locations(report: Report):
    """Yield (loc, indikator) for every indicator in the report, sasaran first, then budget tree."""
    for t, tujuan in enumerate(report.tujuan):
        for s, sasaran in enumerate(tujuan.sasaran):
            for i, ind in enumerate(sasaran.indikator):
                yield ("tujuan", t, "sasaran", s, "indikator", i), ind
    for p, program in enumerate(report.program):
        for k, kegiatan in enumerate(program.kegiatan):
            for s, sub in enumerate(kegiatan.sub_kegiatan):
                yield ("program", p, "kegiatan", k, "sub_kegiatan", s, "indikator"), sub.indikator


def _check_indicators(found: Findings, kec: Kecamatan, report: Report) -> None:
    heads = {u.id for u in all_units(kec.organisasi) if u.jabatan}
    seen: set[str] = set()
    for loc, ind in _indicator_locations(report):
        if ind.id in seen:
            found.error("report", loc + ("id",), f"indikator id '{ind.id}' is used more than once")
        seen.add(ind.id)
        if ind.penanggung_jawab not in heads:
            found.error(
                "report",
                loc + ("penanggung_jawab",),
                f"'{ind.penanggung_jawab}' is not a unit with a jabatan in kecamatan.yaml "
                f"(one of: {', '.join(sorted(heads))})",
            )
        _check_rincian(found, loc, ind)
        for year in ind.riwayat:
            if year >= report.tahun:
                found.error(
                    "report",
                    loc + ("riwayat", year),
                    f"riwayat holds earlier years only; {year} is not before {report.tahun}",
                )
    sasaran_ids = {s.id for t in report.tujuan for s in t.sasaran}
    for p, program in enumerate(report.program):
        if program.sasaran not in sasaran_ids:
            found.error(
                "report",
                ("program", p, "sasaran"),
                f"'{program.sasaran}' is not a sasaran id (one of: {', '.join(sorted(sasaran_ids))})",
            )


def _check_rincian(found: Findings, loc: tuple, ind: Indikator) -> None:
    """A listed breakdown must count exactly what is claimed as realised (anatomy N8)."""
    pairs = [(loc, ind.rincian, ind.realisasi)]
    pairs += [(loc + ("komponen", c), k.rincian, k.realisasi) for c, k in enumerate(ind.komponen)]
    for where, items, realisasi in pairs:
        if items and realisasi is not None and Decimal(len(items)) != realisasi:
            found.error("report", where + ("rincian",), f"{len(items)} items listed but realisasi is {realisasi}")


def _check_budget(found: Findings, report: Report) -> None:
    for p, program in enumerate(report.program):
        for k, kegiatan in enumerate(program.kegiatan):
            for s, sub in enumerate(kegiatan.sub_kegiatan):
                loc = ("program", p, "kegiatan", k, "sub_kegiatan", s)
                if sub.realisasi > sub.pagu:
                    found.error("report", loc + ("realisasi",), f"realisasi {sub.realisasi} exceeds pagu {sub.pagu}")


def _check_analyses(found: Findings, kab: Kabupaten, report: Report) -> None:
    """The seven analyses of Permenpan RB 53/2014 are mandatory; say which ones lack data.

    The report still prints every analysis slot (with an explicit "data not available"
    sentence), so these are warnings, not errors.
    """
    funded = {p.sasaran for p in report.program}
    for t, tujuan in enumerate(report.tujuan):
        for s, sasaran in enumerate(tujuan.sasaran):
            loc = ("tujuan", t, "sasaran", s)
            for i, ind in enumerate(sasaran.indikator):
                at = loc + ("indikator", i)
                if report.tahun - 1 not in ind.riwayat:
                    found.warn("report", at, f"analysis 2 (vs {report.tahun - 1}): no `riwayat` for {report.tahun - 1}")
                if ind.target_akhir_renstra is None:
                    found.warn("report", at, "analysis 3 (vs Renstra end target): no `target_akhir_renstra`")
                if ind.target_nasional is None and ind.target_provinsi is None:
                    found.warn(
                        "report", at, "analysis 4 (vs national/provincial target): none given; the report says so"
                    )
            analisis = sasaran.analisis
            if analisis is None or not (analisis.faktor_pendukung or analisis.faktor_penghambat or analisis.upaya):
                found.warn("report", loc, "analysis 5 (causes and solutions): `analisis` is empty")
            if sasaran.id not in funded:
                found.error(
                    "report", loc + ("id",), "analysis 7: no program supports this sasaran (`program[].sasaran`)"
                )
    if kab.efisiensi.value == "none":
        found.warn("kabupaten", ("efisiensi",), "analysis 6 (efficiency): the kabupaten sets no efficiency rule")
