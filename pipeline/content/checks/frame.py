"""The report's frame: its year, period and dates agree with each other (anatomy §10.7)."""

import calendar
import datetime

from pipeline.content.checks.findings import Findings
from pipeline.content.checks.printed import signs_report

QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
# Perpres 29/2014 asks for the annual performance report within three months of the year's end;
# a report dated later is most often last year's date left in, or the wrong year typed.
LATE_MONTHS = 3


def period_end(year: int, quarter: int | None) -> datetime.date:
    month, day = QUARTER_END[quarter or 4]
    return datetime.date(year, month, day)


def check_frame(found: Findings) -> None:
    report, files = found.report, found.files
    if report.tahun != files.year:
        found.error("report", ("tahun",), f"tahun {report.tahun} disagrees with the file name {files.year}.yaml")
    _signature_date(found)
    start, end = report.renstra
    if not start <= report.tahun <= end:
        found.error("report", ("renstra",), f"report year {report.tahun} lies outside the Renstra period {start}-{end}")
    if report.misi > len(found.kab.rpjmd.misi):
        found.error(
            "report", ("misi",), f"RPJMD has {len(found.kab.rpjmd.misi)} misi; misi {report.misi} does not exist"
        )
    if report.evaluasi and report.evaluasi.tahun_dievaluasi != report.tahun - 1:
        found.error(
            "report",
            ("evaluasi", "tahun_dievaluasi"),
            f"the evaluation reported in {report.tahun} is of the {report.tahun - 1} report, "
            f"not {report.evaluasi.tahun_dievaluasi}",
        )
    if report.evaluasi and report.evaluasi.tanggal and report.evaluasi.tanggal.year < report.evaluasi.tahun_dievaluasi:
        found.error(
            "report",
            ("evaluasi", "tanggal"),
            f"the LHE is dated {report.evaluasi.tanggal}, before the year it evaluates",
        )


def _signature_date(found: Findings) -> None:
    """A report is signed after its period ends, and not years later (001:28, 000:22)."""
    report, quarter = found.report, found.files.period.quarter
    if quarter is None:
        loc, day = ("tanggal",), report.tanggal
        if day is None:
            found.error("report", (), "the annual report needs `tanggal`: the date it is signed")
            return
    else:
        if quarter not in report.triwulan:
            found.error(
                "report",
                ("triwulan",) if report.triwulan else (),
                f"no quarterly report {quarter}: add `triwulan: {{{quarter}: {{tanggal: ...}}}}` "
                "(the date it is signed)",
            )
            return
        loc, day = ("triwulan", quarter, "tanggal"), report.triwulan[quarter].tanggal
    end = period_end(report.tahun, quarter)
    what = f"triwulan {quarter} {report.tahun}" if quarter else str(report.tahun)
    if day.year > report.tahun + 1:
        found.error("report", loc, f"{day} is more than a year after {report.tahun}; check the year")
    elif day > _months_after(end, LATE_MONTHS):
        found.warn(
            "report",
            loc,
            f"report dated {day}, more than {LATE_MONTHS} months after the period it reports on ends ({what} ends "
            f"{end}); a report is due within {LATE_MONTHS} months (Perpres 29/2014): check the date's year",
        )
    elif day < end and (quarter is None or day.year < report.tahun or day.month < end.month):
        found.error("report", loc, f"{day} is before the end of the period reported on ({what} ends {end})")
    elif day <= end and signs_report(found):  # the date is printed under the Camat's signature
        found.warn(
            "report",
            loc,
            f"report dated {day}, not after the period it reports on ends ({what} ends {end}); "
            "a report is normally signed once the period has closed",
        )


def _months_after(day: datetime.date, months: int) -> datetime.date:
    """The last day of the month `months` after `day`'s (periods end on a month's last day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return datetime.date(year, month, calendar.monthrange(year, month)[1])
