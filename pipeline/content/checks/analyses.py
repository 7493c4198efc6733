"""The seven analyses of Permenpan RB 53/2014 per sasaran: say which lack data (anatomy §2.1)."""

from pipeline.content.checks.findings import Findings
from pipeline.content.checks.printed import prints


def check_analyses(found: Findings) -> None:
    """The seven analyses of Permenpan RB 53/2014 are mandatory; say which ones lack data.

    The report still prints every analysis slot (with an explicit "data not available"
    sentence), so these are warnings, not errors, and only for the analyses the outline prints:
    1-4 in `capaian_organisasi`, 5 in `analisis_sasaran`, 6 in `realisasi_anggaran`.
    """
    kab, report = found.kab, found.report
    compared = found.files.period.quarter is None and prints(found, "capaian_organisasi")
    analysed = prints(found, "analisis_sasaran")
    funded = {p.sasaran for p in report.program}
    funded |= {k.sasaran for p in report.program for k in p.kegiatan if k.sasaran}
    funded |= {s.sasaran for p in report.program for k in p.kegiatan for s in k.sub_kegiatan if s.sasaran}
    for t, tujuan in enumerate(report.tujuan):
        for s, sasaran in enumerate(tujuan.sasaran):
            loc = ("tujuan", t, "sasaran", s)
            if compared:
                for i, ind in enumerate(sasaran.indikator):
                    _comparisons(found, loc + ("indikator", i), ind)
            analisis = sasaran.analisis
            empty = analisis is None or not (analisis.faktor_pendukung or analisis.faktor_penghambat or analisis.upaya)
            if analysed and empty:
                found.warn("report", loc, "analysis 5 (causes and solutions): `analisis` is empty")
            if sasaran.id not in funded:
                found.error(
                    "report",
                    loc + ("id",),
                    "analysis 7: no program, kegiatan or sub kegiatan supports this sasaran (their `sasaran`)",
                )
    if kab.efisiensi.value == "none" and prints(found, "realisasi_anggaran"):
        found.warn("kabupaten", ("efisiensi",), "analysis 6 (efficiency): the kabupaten sets no efficiency rule")


def _comparisons(found: Findings, at: tuple, ind) -> None:
    """Analyses 2-4 of one sasaran indicator: last year, the Renstra end target, the benchmarks."""
    last = found.report.tahun - 1
    if last not in ind.riwayat:
        found.warn("report", at, f"analysis 2 (vs {last}): no `riwayat` for {last}")
    if ind.target_akhir_renstra is None:
        found.warn("report", at, "analysis 3 (vs Renstra end target): no `target_akhir_renstra`")
    if ind.target_nasional is None and ind.target_provinsi is None:
        found.warn("report", at, "analysis 4 (vs national/provincial target): none given; the report says so")
