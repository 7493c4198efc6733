"""What every component of the present stage works from: the computed report, its labels and
the narrative, and the one way to make a table or a paragraph of the document model."""

import datetime
from dataclasses import dataclass
from functools import cached_property

from pipeline.compute.perjanjian import PkResult, governing
from pipeline.compute.report import Computed
from pipeline.content.checks.frame import period_end
from pipeline.document.blocks import List, ListStyle, Item, Paragraph
from pipeline.document.inline import Text, runs
from pipeline.document.table import Row, Table
from pipeline.formats import bulan_tahun, rentang_tahun, romawi, tanggal
from pipeline.present import catalogue
from pipeline.present.narrative import Narrator, environment


def report_title(c: Computed) -> str:
    """"Laporan Kinerja Instansi Pemerintah (LKjIP)", or the quarterly "… Triwulan I"."""
    outline, quarter = c.content.outline, c.content.period.quarter
    return f"{outline.judul} ({outline.singkatan})" if quarter is None else f"{outline.judul} {romawi(quarter)}"


def place_date(c: Computed) -> str:
    """The report's own place–date line, as its outline words it: "Martapura, 31 Januari 2024"."""
    content = c.content
    outline = content.outline
    place = content.kabupaten.ibukota if outline.tempat_ttd.value == "ibukota" else content.kecamatan.nama
    day = tanggal(content.signed) if outline.tanggal_ttd.value == "lengkap" else bulan_tahun(content.signed)
    return f"{place}, {day}"


@dataclass(frozen=True)
class Ctx:
    """One report's present-stage context. `c` is the computed report; everything else is a label
    or a view of it, never a new figure."""

    c: Computed

    @property
    def content(self):
        return self.c.content

    @property
    def kab(self):
        return self.c.content.kabupaten

    @property
    def kec(self):
        return self.c.content.kecamatan

    @property
    def rep(self):
        return self.c.content.report

    @property
    def nama(self) -> str:
        return self.c.content.kecamatan.nama

    @property
    def tahun(self) -> int:
        return self.c.content.report.tahun

    @property
    def triwulan(self) -> int | None:
        return self.c.content.period.quarter

    @cached_property
    def pk(self) -> PkResult:
        return governing(self.c.perjanjian)

    @cached_property
    def words(self) -> dict:
        """Placeholders of table headers."""
        tahun = self.tahun
        return {
            "tahun": tahun,
            "tahun_lalu": tahun - 1,
            "renstra_akhir": self.rep.renstra[1],
            "triwulan": romawi(self.triwulan) if self.triwulan else "",
            **{f"t{back}": tahun - back for back in range(1, 5)},
        }

    @cached_property
    def narrative(self) -> dict:
        """The names the narrative templates may use."""
        c, s, kab, rep = self.c, self.c.summary, self.kab, self.rep
        layanan = c.resources.layanan
        return {
            "c": c,
            "kab": kab,
            "kec": self.kec,
            "rep": rep,
            "tahun": self.tahun,
            "tahun_lalu": self.tahun - 1,
            "nama": self.nama,
            "triwulan": self.triwulan,
            "awal_periode": datetime.date(self.tahun, 1, 1),
            "akhir_periode": period_end(self.tahun, self.triwulan),
            "terukur": s.measured,
            "rata_triwulan": s.measured_mean,
            "judul_laporan": report_title(c),
            "pk_judul": self.pk.judul,
            "rpjmd_periode": rentang_tahun(*kab.rpjmd.periode),
            "renstra_periode": rentang_tahun(*rep.renstra),
            "misi": kab.rpjmd.misi[rep.misi - 1],
            "lra_total": s.lra_total,
            "lra_jenis": s.lra_kinds,
            "n_kegiatan": len(s.kegiatan),
            "berubah": s.changed,
            "output_tercapai": s.output_met,
            "semua_tercapai": s.all_outputs_met,
            "efisien": s.efficient,
            "efisien_max": s.most_efficient,
            "penuh": s.fully_spent,
            "tidak_tercapai": s.missed,
            "n_masalah": s.masalah,
            "staf": c.resources.staff,
            "sarpras_total": c.resources.sarpras,
            "layanan_izin": layanan["perizinan"],
            "layanan_non": layanan["non_perizinan"],
            "layanan_total": sum(layanan.values()),
        }

    @cached_property
    def narrator(self) -> Narrator:
        return Narrator(environment(), self.narrative)

    @property
    def place_date(self) -> str:
        return place_date(self.c)

    def say(self, ref: str, **extra) -> Paragraph:
        """One narrative paragraph."""
        return Paragraph((Text(self.narrator.say(ref, **extra)),))

    def text(self, ref: str, **extra) -> str:
        return self.narrator.say(ref, **extra)

    def paragraphs(self, ref: str, **extra) -> tuple[Paragraph, ...]:
        return tuple(Paragraph((Text(p),)) for p in self.narrator.paragraphs(ref, **extra))

    def items(self, ref: str, **extra) -> tuple[str, ...]:
        return tuple(self.narrator.items(ref, **extra))

    def table(
        self,
        layout: str,
        caption: str,
        rows: list[Row] | tuple[Row, ...],
        source: str | None = None,
        label: str | None = None,
        intro: str | None = None,
    ) -> Table:
        """A built-in table: its columns from the catalogue, `Sumber` only where the outline prints them."""
        spec = catalogue.specs()[layout]
        return Table(
            layout=layout,
            label=label or f"tab:{layout}",
            caption=caption,
            columns=catalogue.columns(layout, self.words),
            rows=tuple(rows),
            source=source if self.content.outline.sumber_tabel else None,
            intro=runs(intro) if intro else (),
            orientation=spec.orientation,
        )


def numbered(entries, style: ListStyle = ListStyle.numbered) -> List:
    """A list of plain strings."""
    return List(tuple(Item((Text(e),)) for e in entries), style)
