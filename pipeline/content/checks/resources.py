"""Staff counted three ways must agree; the SKM must measure the IKM the report claims (003 Tabel 1-3, 15)."""

from decimal import Decimal

from pipeline.compute.periods import annual_realisasi
from pipeline.compute.skm import ikm
from pipeline.content.checks.findings import Findings, indicator_locations
from pipeline.numbers import round_half_up


def check_resources(found: Findings) -> None:
    report = found.report
    staff = report.sumber_daya.kepegawaian if report.sumber_daya else None
    if staff:
        pns = sum(j.pns for j in staff.jabatan)
        non_pns = sum(j.non_pns for j in staff.jabatan)
        if staff.golongan and sum(staff.golongan.values()) != pns:
            found.error(
                "report",
                ("sumber_daya", "kepegawaian", "golongan"),
                f"{sum(staff.golongan.values())} PNS by golongan, but {pns} PNS by jabatan",
            )
        if staff.pendidikan:
            by_school = (sum(p.pns for p in staff.pendidikan), sum(p.non_pns for p in staff.pendidikan))
            if by_school != (pns, non_pns):
                found.error(
                    "report",
                    ("sumber_daya", "kepegawaian", "pendidikan"),
                    f"{by_school[0]} PNS and {by_school[1]} non-PNS by pendidikan, but {pns} and {non_pns} by jabatan",
                )
    if report.skm and report.skm.indikator:
        _skm_matches(found)


def _skm_matches(found: Findings) -> None:
    skm = found.report.skm
    target = next(((loc, i) for loc, i in indicator_locations(found.report) if i.id == skm.indikator), None)
    if target is None:
        found.error("report", ("skm", "indikator"), f"'{skm.indikator}' is not an indikator id")
        return
    loc, ind = target
    stated = annual_realisasi(ind)
    if stated is None or found.files.period.quarter is not None:
        return
    derived = ikm(skm.unsur)
    places = Decimal(1).scaleb(-ind.desimal)
    if round_half_up(derived, ind.desimal) != round_half_up(stated, ind.desimal):
        found.error(
            "report",
            loc + ("realisasi",),
            f"realisasi {stated} disagrees with the IKM of the SKM unsur ({derived.quantize(places)})",
        )
