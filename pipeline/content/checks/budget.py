"""Money: realisasi within pagu, quarterly spending that only grows and ends at the year's figure.

Parent totals cannot be typed (the schema has no field for them), so a program pagu that
disagrees with its kegiatan (000:492) cannot happen; what is left is checked here.
"""

from pipeline.content.checks.findings import Findings, sub_locations
from pipeline.content.checks.printed import prints

# The components that print each sub kegiatan with its pagu.
SUB_KEGIATAN_PAGU = ("perjanjian_kinerja", "realisasi_anggaran", "capaian_triwulan", "lampiran_capaian_triwulan")


def check_budget(found: Findings) -> None:
    quarter = found.files.period.quarter
    shown = prints(found, *SUB_KEGIATAN_PAGU)
    for loc, sub in sub_locations(found.report):
        if sub.realisasi is not None and sub.realisasi > sub.pagu:
            found.error("report", loc + ("realisasi",), f"realisasi {sub.realisasi} exceeds pagu {sub.pagu}")
        if shown and sub.pagu_murni == 0 and sub.pagu == 0:
            found.warn("report", loc + ("pagu",), "pagu is 0 before and after the perubahan")
        previous = None
        for q in sorted(sub.triwulan):
            spent = sub.triwulan[q].realisasi
            at = loc + ("triwulan", q, "realisasi")
            if spent > sub.pagu:
                found.error("report", at, f"realisasi s.d. triwulan {q} ({spent}) exceeds pagu {sub.pagu}")
            if previous is not None and spent < previous:
                found.error(
                    "report",
                    at,
                    f"realisasi s.d. triwulan {q} ({spent}) is less than the quarter before ({previous}): "
                    "quarterly money is cumulative (s.d. the quarter) and cannot decrease",
                )
            previous = spent
        if 4 in sub.triwulan and sub.realisasi is not None and sub.triwulan[4].realisasi != sub.realisasi:
            found.error(
                "report",
                loc + ("realisasi",),
                f"annual realisasi {sub.realisasi} disagrees with {sub.triwulan[4].realisasi} s.d. triwulan 4; "
                "state it once",
            )
        if quarter is None and sub.realisasi is None and 4 not in sub.triwulan:
            found.error(
                "report", loc, "no annual realisasi yet: give `realisasi`, or `triwulan: {4: {realisasi: ...}}`"
            )
        elif quarter is not None and quarter not in sub.triwulan:
            found.error(
                "report",
                loc + ("triwulan",),
                f"the triwulan {quarter} report needs `triwulan: {{{quarter}: {{realisasi: ...}}}}` "
                "(Rp s.d. the quarter)",
            )
