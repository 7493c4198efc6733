"""The appendices (Lampiran): IKU, the decree and the PKs, the LHE, the pohon kinerja, quarters,
the Renstra monitoring and the matriks keselarasan."""

from pipeline.compute.perjanjian import PkResult, governing
from pipeline.document.blocks import Figure, Item, List, Paragraph, Section, Tree, TreeNode
from pipeline.document.inline import Break, Quoted, Ref, Text, runs
from pipeline.document.report import Chapter
from pipeline.people import jabatan_line
from pipeline.present import perjanjian
from pipeline.present.bab1 import sentence
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


def _kinerja_node(item) -> TreeNode:
    return TreeNode("Kinerja", item.kinerja, tuple(ind.source.nama for ind in item.indicators))


def _official(pk: PkResult, below: dict[str, list[PkResult]]) -> TreeNode:
    """One official's box: their kinerja (with indicators), then the officials who sign with them."""
    items = tuple(_kinerja_node(item) for item in pk.items)
    subordinates = tuple(_official(sub, below) for sub in below.get(pk.source.pihak_pertama, ()))
    return TreeNode(jabatan_line(pk.pertama.jabatan, pk.pertama.prefix), "", (), items + subordinates)


def _latest(pks: tuple[PkResult, ...]) -> list[PkResult]:
    """One PK per official: the Perubahan when a murni of the same official is also given."""
    by_unit: dict[str, PkResult] = {}
    for pk in pks:
        kept = by_unit.get(pk.source.pihak_pertama)
        if kept is None or (pk.source.versi.value == "perubahan" and kept.source.versi.value != "perubahan"):
            by_unit[pk.source.pihak_pertama] = pk
    return list(by_unit.values())


def cascade(pks: tuple[PkResult, ...]) -> Tree | None:
    """The per-echelon cascade of the PKs: the Camat's on top, each PK under the one its pihak
    kedua signs; None when no PK hangs under the Camat's (a single PK is no tree)."""
    if not pks:
        return None
    root = governing(pks)
    below: dict[str, list[PkResult]] = {}
    for pk in _latest(pks):
        if pk is not root and pk.source.pihak_pertama != root.source.pihak_pertama:
            below.setdefault(pk.source.pihak_kedua, []).append(pk)
    if not below.get(root.source.pihak_pertama):
        return None
    return Tree((_official(root, below),))


def _names(indicators) -> tuple[str, ...]:
    return tuple(ind.source.nama for ind in indicators)


def _budget_node(node) -> TreeNode:
    """A program, kegiatan or sub kegiatan with its outcome or output indicator(s)."""
    indicators = _names(node.outcome) + ((node.indikator.source.nama,) if node.indikator else ())
    text = f"{node.kode} {node.nama}" if node.kode else node.nama
    level = node.level.replace("_", " ").capitalize()  # "Sub kegiatan"
    return TreeNode(level, text, indicators, tuple(_budget_node(n) for n in node.children))


def plan_tree(c) -> Tree | None:
    """Tujuan -> sasaran -> program -> kegiatan -> sub kegiatan, each with its indicator(s)."""
    if not c.sasaran:
        return None
    tujuan: dict[str, list] = {}
    for sasaran in c.sasaran:
        tujuan.setdefault(sasaran.tujuan, []).append(sasaran)
    roots = []
    for uraian, group in tujuan.items():
        children = tuple(
            TreeNode("Sasaran", s.uraian, _names(s.indikator), tuple(_budget_node(n) for n in s.programs))
            for s in group
        )
        indicators = _names(c.tujuan_indicators) if len(tujuan) == 1 else ()
        roots.append(TreeNode("Tujuan", uraian, indicators, children))
    return Tree(tuple(roots))


def lampiran_pohon_kinerja(p: Ctx, judul: str) -> Chapter:
    """The pohon kinerja: the PKs' cascade drawn as a tree when the PKs form one, else the plan
    (tujuan to sub kegiatan); the officials' kinerja and indicators follow as a list to read."""
    tree = cascade(p.c.perjanjian) or plan_tree(p.c)
    sections = tuple(
        Section(
            f"Kinerja {jabatan_line(pk.pertama.jabatan, pk.pertama.prefix)}",
            (List(tuple(_kinerja(item) for item in pk.items)),),
            level=2,
            numbered=False,
        )
        for pk in p.c.perjanjian
    )
    if tree is None:
        return Chapter(judul, sections)
    label = "fig:pohon_kinerja"
    caption = p.text("lampiran.judul_pohon_kinerja")
    plan = tree.roots[0].level == "Tujuan"
    intro = Paragraph(sentence(p, "lampiran.pohon_kinerja", {"rencana": plan}, gambar=Ref("Gambar", label)))
    return Chapter(judul, (intro, *sections, Figure(caption, label, tree)))


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
