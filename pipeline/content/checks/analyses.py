"""The seven analyses of Permenpan RB 53/2014 per sasaran: say which lack data (anatomy §2.1)."""

from pipeline.content.checks.findings import Findings


def check_analyses(found: Findings) -> None:
    """The seven analyses of Permenpan RB 53/2014 are mandatory; say which ones lack data.

    The report still prints every analysis slot (with an explicit "data not available"
    sentence), so these are warnings, not errors.
    """
    kab, report = found.kab, found.report
    funded = {p.sasaran for p in report.program}
    funded |= {k.sasaran for p in report.program for k in p.kegiatan if k.sasaran}
    funded |= {s.sasaran for p in report.program for k in p.kegiatan for s in k.sub_kegiatan if s.sasaran}
    for t, tujuan in enumerate(report.tujuan):
        for s, sasaran in enumerate(tujuan.sasaran):
            loc = ("tujuan", t, "sasaran", s)
            for i, ind in enumerate(sasaran.indikator):
                at = loc + ("indikator", i)
                if found.files.period.quarter is not None:
                    continue
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
                    "report",
                    loc + ("id",),
                    "analysis 7: no program, kegiatan or sub kegiatan supports this sasaran (their `sasaran`)",
                )
    if kab.efisiensi.value == "none":
        found.warn("kabupaten", ("efisiensi",), "analysis 6 (efficiency): the kabupaten sets no efficiency rule")
