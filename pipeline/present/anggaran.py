"""BAB III Realisasi anggaran: the LRA, the APBD Perubahan, kinerja against anggaran, and analysis 6
(efficiency)."""

from pipeline.content.models import EfficiencyRule
from pipeline.document.blocks import Section
from pipeline.present.context import Ctx, numbered
from pipeline.present.rows import accountability as rows


def _source(p: Ctx) -> str:
    """Where the tables that set kinerja beside anggaran come from."""
    return f"Laporan Capaian Kinerja dan Laporan Realisasi Anggaran Kecamatan {p.nama} Tahun {p.tahun}"


def lra(p: Ctx) -> tuple:
    source = f"Laporan Realisasi Anggaran Kecamatan {p.nama} Tahun {p.tahun}"
    return p.say("bab3.anggaran"), p.table("lra", f"Laporan Realisasi Anggaran Tahun {p.tahun}", rows.lra(p.c), source)


def perubahan(p: Ctx) -> tuple:
    """The murni against the perubahan, with the kegiatan it changed; nothing without a murni."""
    if p.c.grand_total.pagu_murni is None:
        return ()
    changed = p.c.summary.changed
    listed = (numbered(p.text("bab3.perubahan_item", k=k) for k in changed),) if changed else ()
    caption = f"Anggaran Murni dan Perubahan Program dan Kegiatan Tahun {p.tahun}"
    table = p.table("perubahan", caption, rows.perubahan(p.c), f"DPA dan DPPA Kecamatan {p.nama} Tahun {p.tahun}")
    return (p.say("bab3.perubahan"), *listed, table)


def kinerja_anggaran(p: Ctx) -> tuple:
    """The table, and the reconciliation sentence when its total and the LRA's do not agree."""
    table = p.table(
        "kinerja_anggaran",
        f"Pencapaian Kinerja dan Anggaran Tahun {p.tahun}",
        rows.kinerja_anggaran(p.c),
        _source(p),
        intro=p.text("bab3.kinerja_anggaran_tabel"),
    )
    r = p.c.reconciliation
    return (table, p.say("bab3.rekonsiliasi", r=r)) if r is not None and not r.agrees else (table,)


def _names_indicators(p: Ctx) -> bool:
    """The efficiency table names each indicator only where a kegiatan has several: elsewhere its
    row's kegiatan or sub kegiatan says which indicator it is."""
    return any(r.position > 0 for r in p.c.summary.rated)


def efisiensi(p: Ctx) -> Section:
    """Analysis 6; the table only where the kabupaten has an efficiency rule and something is rated
    by it (the sentence says when nothing is). Its rows are the indicators the sentence counts."""
    table, rated = (), rows.efisiensi(p.c)
    if p.kab.efisiensi is not EfficiencyRule.none and rated:
        caption = f"Efisiensi Penggunaan Sumber Daya Tahun {p.tahun}"
        omit = () if _names_indicators(p) else ("indikator",)
        table = (p.table("efisiensi", caption, rated, _source(p), omit=omit),)
    return Section("Analisis Efisiensi Penggunaan Sumber Daya", (p.say("bab3.efisiensi"), *table), level=2)


def realisasi_anggaran(p: Ctx, judul: str) -> tuple:
    blocks = (*lra(p), *perubahan(p), *kinerja_anggaran(p), efisiensi(p))
    return (Section(judul, blocks),)
