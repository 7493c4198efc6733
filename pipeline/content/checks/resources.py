"""Staff counted three ways must agree; the SKM must measure the IKM the report claims (003 Tabel 1-3, 15)."""

from pipeline.content.checks.findings import Findings, indicator_locations


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
    _skm_measures(found)


def _skm_measures(found: Findings) -> None:
    """An indicator computed from the SKM needs the survey; one survey measures one indicator."""
    derived = [(loc, i) for loc, i in indicator_locations(found.report) if i.realisasi_dari == "skm"]
    if derived and found.report.skm is None:
        found.error("report", derived[0][0] + ("realisasi_dari",), "`realisasi_dari: skm` but the report has no `skm`")
    for loc, _ in derived[1:]:
        found.error("report", loc + ("realisasi_dari",), "only one indicator can be measured by the SKM")
