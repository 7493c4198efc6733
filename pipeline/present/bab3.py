"""BAB III Akuntabilitas Kinerja: capaian (annual and quarterly), the SKM, each unit, each sasaran,
the budget and the follow-up of the last evaluation."""

from pipeline.document.blocks import Formula, MathText, Paragraph, Section
from pipeline.document.inline import Strong, Text
from pipeline.formats import romawi
from pipeline.present.anggaran import realisasi_anggaran
from pipeline.present.capaian import capaian_organisasi, skala
from pipeline.present.context import Ctx, numbered
from pipeline.present.prose import Written
from pipeline.present.rows import accountability, appendix, quarterly
from pipeline.present.rows.cells import LAST_YEAR, has_last_year

# The parts of a sasaran's analysis, in the order they print.
ANALISIS = (
    ("Faktor pendukung", "faktor_pendukung"),
    ("Faktor penghambat", "faktor_penghambat"),
    ("Catatan", "catatan"),
    ("Upaya perbaikan", "upaya"),
    ("Rencana aksi", "rencana_aksi"),
)
S_D_TRIWULAN = (MathText("Realisasi s.d. triwulan"),)


def capaian_triwulan(p: Ctx, judul: str) -> tuple:
    """Capaian s.d. the quarter: the method, the scale, each tujuan and sasaran indicator (beside
    last year's figures where the content gives any), and the budget tree s.d. the quarter."""
    tw, tahun, nama = romawi(p.triwulan), p.tahun, p.nama
    formulas = (
        Formula("Capaian triwulan", S_D_TRIWULAN, (MathText("Target s.d. triwulan"),)),
        Formula("Capaian terhadap target tahunan", S_D_TRIWULAN, (MathText("Target tahunan"),)),
    )
    shown = [i for _, indicators in quarterly.capaian_groups(p.c) for i in indicators]
    capaian = p.table(
        "capaian_triwulan",
        f"Capaian Kinerja Tujuan dan Sasaran s.d. Triwulan {tw} Tahun {tahun}",
        quarterly.capaian_triwulan(p.c),
        f"Laporan Capaian Kinerja Kecamatan {nama} Triwulan {tw} Tahun {tahun}",
        omit=() if has_last_year(shown) else LAST_YEAR,
    )
    verdicts = tuple(p.say("triwulan.verdict", i=i) for i in (*p.c.tujuan_indicators, *p.c.indicators))
    realisasi = p.table(
        "realisasi_triwulan",
        f"Realisasi Program, Kegiatan dan Sub Kegiatan s.d. Triwulan {tw} Tahun Anggaran {tahun}",
        quarterly.realisasi_triwulan(p.c),
        f"Laporan Realisasi Fisik dan Keuangan Kecamatan {nama} Triwulan {tw} Tahun {tahun}",
        intro=p.text("triwulan.realisasi_tabel"),
    )
    blocks = (p.say("triwulan.metode"), *formulas, *skala(p), capaian, *verdicts, realisasi)
    return (Section(f"{judul} {tw}", blocks),)


def anggaran_triwulan(p: Ctx, judul: str) -> tuple:
    """Realisasi anggaran s.d. the quarter in one paragraph (its table is in capaian_triwulan)."""
    return (Section(judul, (p.say("triwulan.anggaran"),)),)


def capaian_skm(p: Ctx, judul: str) -> tuple:
    """The SKM: NRR per unsur and the IKM derived from them (003 Tabel 15, N16)."""
    table = p.table(
        "skm",
        f"Nilai Rata-Rata (NRR) dan Indeks Kepuasan Masyarakat per Unsur Pelayanan Tahun {p.tahun}",
        accountability.skm(p.c),
        f"Laporan Survei Kepuasan Masyarakat Kecamatan {p.nama} Tahun {p.tahun}",
    )
    return (Section(judul, (p.say("sumber_daya.skm"), table)),)


def _unit(p: Ctx, u) -> Section:
    """One Eselon III/IV unit: its kegiatan and budget, and its indicators' capaian when it has any."""
    table = ()
    if u.indicators:
        table = (
            p.table(
                "capaian_unit",
                f"Realisasi Indikator Kinerja {u.unit.nama} Tahun {p.tahun}",
                accountability.capaian_unit(p.c, u),
                f"Laporan Capaian Kinerja Kecamatan {p.nama} Tahun {p.tahun}",
                label=f"tab:capaian_unit_{u.unit.id}",
            ),
        )
    return Section(u.unit.nama, (p.say("sumber_daya.unit", u=u), *table), level=2)


def capaian_eselon(p: Ctx, judul: str) -> tuple:
    """Analysis by echelon: each unit's kegiatan, indicators and budget (003 BAB III.A); a sentence
    when no kegiatan names the unit that carries it out."""
    units = p.c.resources.units
    return (Section(judul, tuple(_unit(p, u) for u in units) if units else (p.say("sumber_daya.tanpa_unit"),)),)


def _heading(title: str) -> Paragraph:
    return Paragraph((Strong(f"{title}:"),))


def _analisis(p: Ctx, s) -> Section:
    """Analyses 5 and 7 of one sasaran: its capaian, then each part of its analysis that is filled in.

    Each entry may word a figure by placeholder (`{{ s.capaian | persen }}`, `{{ indikator.ikm.… }}`),
    so that an analysis never types a figure the report computes."""
    at = _sasaran_loc(p, s.id) + ("analisis",)
    given = [(title, field, getattr(s.analisis, field)) for title, field in ANALISIS] if s.analisis else []
    parts = [
        block
        for title, field, entries in given
        if entries
        for block in (
            _heading(title),
            numbered(p.plain(Written(e, "report", at + (field, k)), {"s": s}) for k, e in enumerate(entries)),
        )
    ]
    if not parts:  # the sentence goes on in the same paragraph
        parts = [Paragraph((Text(p.text("bab3.analisis_kosong")),), continued=True)]
    return Section(f"Sasaran {s.uraian}", (p.say("bab3.analisis", s=s), *parts), level=2)


def _sasaran_loc(p: Ctx, sasaran_id: str) -> tuple:
    """Where a sasaran is written in the year file."""
    for t, tujuan in enumerate(p.rep.tujuan):
        for k, sasaran in enumerate(tujuan.sasaran):
            if sasaran.id == sasaran_id:
                return ("tujuan", t, "sasaran", k)
    raise LookupError(sasaran_id)


def analisis_sasaran(p: Ctx, judul: str) -> tuple:
    return (Section(judul, tuple(_analisis(p, s) for s in p.c.sasaran)),)


def tindak_lanjut_evaluasi(p: Ctx, judul: str) -> tuple:
    """The previous year's SAKIP evaluation and its follow-up, or that it is not yet available."""
    e = p.rep.evaluasi
    if not e:
        return (Section(judul, (p.say("bab3.tanpa_evaluasi"),)),)
    table = p.table(
        "tindak_lanjut",
        f"Rekomendasi dan Tindak Lanjut Hasil Evaluasi SAKIP Tahun {e.tahun_dievaluasi}",
        appendix.tindak_lanjut(p.c),
        f"Laporan Hasil Evaluasi {p.kab.inspektorat}",
    )
    return (Section(judul, (p.say("bab3.evaluasi", e=e), table)),)


PRESENTERS = {
    "capaian_organisasi": capaian_organisasi,
    "capaian_triwulan": capaian_triwulan,
    "capaian_skm": capaian_skm,
    "capaian_eselon": capaian_eselon,
    "analisis_sasaran": analisis_sasaran,
    "realisasi_anggaran": realisasi_anggaran,
    "anggaran_triwulan": anggaran_triwulan,
    "tindak_lanjut_evaluasi": tindak_lanjut_evaluasi,
}
