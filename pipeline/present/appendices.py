"""The appendices (Lampiran): IKU, the decree and the PKs, the LHE, the pohon kinerja, quarters,
the Renstra monitoring and the matriks keselarasan."""

from pipeline.document.blocks import Item, List, Paragraph, Section
from pipeline.document.inline import Break, Quoted, Text, runs
from pipeline.document.report import Chapter
from pipeline.people import jabatan_line
from pipeline.present import perjanjian
from pipeline.present.context import Ctx
from pipeline.present.rows import appendix, planning


def _quoted(text: str) -> Paragraph:
    """A narrative paragraph whose "double-quoted" parts are set as quotations."""
    parts = text.split('"')
    return Paragraph(runs(*(Quoted(part) if index % 2 else part for index, part in enumerate(parts))))


def lampiran_iku(p: Ctx, judul: str) -> Chapter:
    caption = f"Indikator Kinerja Utama Kecamatan {p.nama} Tahun {p.tahun}"
    source = f"Keputusan Camat tentang Indikator Kinerja Utama Kecamatan {p.nama}"
    return Chapter(judul, (p.table("iku", caption, planning.iku(p.c), source, label="tab:lampiran_iku"),))


def lampiran_evaluasi(p: Ctx, judul: str) -> Chapter:
    """The Inspektorat's LHE of the previous year: its verdict, component scores, recommendations."""
    e = p.rep.evaluasi
    year, source = e.tahun_dievaluasi, f"Laporan Hasil Evaluasi {p.kab.inspektorat}"
    blocks = [p.say("bab3.evaluasi", e=e)]
    if e.komponen:
        caption = f"Nilai Evaluasi SAKIP Tahun {year} per Komponen"
        blocks.append(p.table("lhe_komponen", caption, appendix.lhe_komponen(p.c), source))
    caption = f"Rekomendasi dan Tindak Lanjut Hasil Evaluasi SAKIP Tahun {year}"
    blocks.append(p.table("tindak_lanjut", caption, appendix.tindak_lanjut(p.c), source, "tab:lampiran_tindak_lanjut"))
    return Chapter(f"{judul} TAHUN {year}", tuple(blocks))


def _kinerja(item) -> Item:
    """One promised kinerja, with its indicators on the next line when it has any."""
    if not item.indicators:
        return Item((Text(item.kinerja),))
    names = "; ".join(ind.source.nama for ind in item.indicators)
    return Item((Text(item.kinerja), Break(), Text(f"Indikator kinerja: {names}")))


def lampiran_pohon_kinerja(p: Ctx, judul: str) -> Chapter:
    """The pohon kinerja read from the PKs: each official's kinerja and their indicators."""
    sections = tuple(
        Section(
            f"Kinerja {jabatan_line(pk.pertama.jabatan, pk.pertama.prefix)}",
            (List(tuple(_kinerja(item) for item in pk.items)),),
            level=2,
            numbered=False,
        )
        for pk in p.c.perjanjian
    )
    return Chapter(judul, sections)


def lampiran_capaian_triwulan(p: Ctx, judul: str) -> Chapter:
    caption = f"Realisasi Keuangan per Triwulan Tahun Anggaran {p.tahun}"
    source = f"Laporan Kemajuan Kegiatan Kecamatan {p.nama} Tahun {p.tahun}"
    return Chapter(judul, (p.table("keuangan_triwulan", caption, appendix.keuangan_triwulan(p.c), source),))


def lampiran_monev_renstra(p: Ctx, judul: str) -> Chapter:
    periode = p.narrative["renstra_periode"]
    caption = f"Monitoring dan Evaluasi Renstra Kecamatan {p.nama} Tahun {periode}"
    source = f"Renstra dan Laporan Kinerja Kecamatan {p.nama}"
    table = p.table("monev_renstra", caption, appendix.monev_renstra(p.c), source)
    return Chapter(judul, (_quoted(p.text("lampiran.monev")), table))


def lampiran_matriks(p: Ctx, judul: str) -> Chapter:
    caption = f"Matriks Keselarasan Perjanjian Kinerja dan Laporan Kinerja Tahun {p.tahun}"
    return Chapter(judul, (p.say("lampiran.matriks"), p.table("matriks", caption, appendix.matriks(p.c))))


PRESENTERS = {
    "lampiran_iku": lampiran_iku,
    **perjanjian.PRESENTERS,
    "lampiran_evaluasi": lampiran_evaluasi,
    "lampiran_pohon_kinerja": lampiran_pohon_kinerja,
    "lampiran_capaian_triwulan": lampiran_capaian_triwulan,
    "lampiran_monev_renstra": lampiran_monev_renstra,
    "lampiran_matriks": lampiran_matriks,
}
