"""BAB II Perencanaan dan Perjanjian Kinerja: visi and misi, Renstra goals, the IKU, the agreement."""

from pipeline.document.blocks import Centered, Item, List, ListStyle, Paragraph, Section
from pipeline.document.inline import Emph, Quoted, Strong, Text
from pipeline.present.bab1 import sentence
from pipeline.present.context import Ctx, numbered
from pipeline.present.rows import planning


def _visi(p: Ctx) -> Section:
    """The visi set apart, its semboyan after it, and the table of its pillars when it has them."""
    rpjmd, periode = p.kab.rpjmd, p.narrative["rpjmd_periode"]
    blocks = [p.say("bab2.visi"), Centered((Strong(rpjmd.visi),))]
    if rpjmd.tagline:
        blocks.append(Paragraph(sentence(p, "bab2.semboyan", semboyan=Quoted(rpjmd.tagline)), continued=True))
    if rpjmd.pilar:
        caption = f"Pilar Visi Kabupaten {p.kab.nama} Tahun {periode}"
        source = f"RPJMD Kabupaten {p.kab.nama} Tahun {periode}"
        blocks.append(p.table("pilar", caption, planning.pilar(p.c), source))
    return Section("Visi", tuple(blocks), level=2)


def _misi(p: Ctx) -> Section:
    supported = sentence(p, "bab2.misi_didukung", kutipan=Quoted(p.narrative["misi"]))
    blocks = (p.say("bab2.misi"), numbered(p.kab.rpjmd.misi), Paragraph(supported))
    return Section("Misi", blocks, level=2)


def visi_misi(p: Ctx, judul: str) -> tuple:
    return (Section(judul, (_visi(p), _misi(p))),)


def _strategi(p: Ctx) -> tuple:
    """Strategi and arah kebijakan of every Renstra sasaran that states them, or nothing."""
    sasaran = [s for t in p.rep.tujuan for s in t.sasaran if s.strategi]
    if not sasaran:
        return ()
    blocks = []
    for index, s in enumerate(sasaran):
        items = tuple(
            Item(
                (Text(p.text("bab2.strategi_item", st=st)),),
                (numbered(st.arah_kebijakan, ListStyle.lettered),) if st.arah_kebijakan else (),
            )
            for st in s.strategi
        )
        # the sasaran after the first go on from the list before them, unindented, as they always have
        lead = Paragraph(sentence(p, "bab2.strategi", sasaran=Emph(s.uraian)), continued=index > 0)
        blocks += [lead, List(items)]
    return (Section("Strategi dan Arah Kebijakan", tuple(blocks), level=2),)


def tujuan_sasaran(p: Ctx, judul: str) -> tuple:
    caption = f"Tujuan dan Sasaran Kecamatan {p.nama} Tahun {p.tahun}"
    source = f"Renstra Kecamatan {p.nama} Tahun {p.narrative['renstra_periode']}"
    table = p.table("tujuan_sasaran", caption, planning.tujuan_sasaran(p.c), source)
    return (Section(judul, (p.say("bab2.tujuan_sasaran"), table, *_strategi(p))),)


def iku(p: Ctx, judul: str) -> tuple:
    caption = f"Indikator Kinerja Utama Kecamatan {p.nama} Tahun {p.tahun}"
    source = f"Keputusan Camat tentang Indikator Kinerja Utama Kecamatan {p.nama}"
    return (Section(judul, (p.say("bab2.iku"), p.table("iku", caption, planning.iku(p.c), source))),)


def perjanjian_kinerja(p: Ctx, judul: str) -> tuple:
    """The Camat's agreement: its sasaran and indicators, then the programs behind them."""
    pk_judul = p.narrative["pk_judul"]
    source = f"{pk_judul} Kecamatan {p.nama} Tahun {p.tahun}"
    sasaran = p.table(
        "pk_sasaran", f"Sasaran Strategis dan Indikator {pk_judul} Tahun {p.tahun}", planning.pk_sasaran(p.c), source
    )
    program = p.table(
        "pk_program",
        f"Program, Kegiatan dan Sub Kegiatan {pk_judul} Tahun {p.tahun}",
        planning.pk_program(p.c),
        source,
        intro=p.text("bab2.pk_program"),
    )
    return (Section(judul, (p.say("bab2.pk"), sasaran, program)),)


def anggaran_sasaran(p: Ctx, judul: str) -> tuple:
    caption = f"Anggaran Penunjang Sasaran Strategis Kecamatan {p.nama} Tahun {p.tahun}"
    source = f"DPA Kecamatan {p.nama} Tahun {p.tahun}"
    table = p.table("anggaran_sasaran", caption, planning.anggaran_sasaran(p.c), source)
    return (Section(judul, (p.say("bab2.anggaran_sasaran"), table)),)


PRESENTERS = {
    "visi_misi": visi_misi,
    "tujuan_sasaran": tujuan_sasaran,
    "iku": iku,
    "perjanjian_kinerja": perjanjian_kinerja,
    "anggaran_sasaran": anggaran_sasaran,
}
