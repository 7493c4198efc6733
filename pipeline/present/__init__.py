"""The present stage: the computed report and its outline -> the document model.

It decides what is printed, in which order and under which labels: the outline's components are
resolved against the catalogue (`outline.py`), each is presented by its function
(`components.py`), and the result is one frozen `Document`. It computes nothing: every figure
comes from `pipeline.compute`.
"""

from pipeline.compute.report import Computed
from pipeline.content.models import ArchiveLevel
from pipeline.document.blocks import Chapter, Document, Metadata, Settings
from pipeline.present.components import PRESENTERS
from pipeline.present.context import Ctx, report_title
from pipeline.present.front import cover
from pipeline.present.outline import layout


def settings(c: Computed, pdfa: ArchiveLevel | None) -> Settings:
    content = c.content
    kab, outline = content.kabupaten, content.outline
    return Settings(
        paper=(outline.kertas or kab.kertas).value,
        pdfa=(pdfa or kab.arsip).value,
        heading_style=outline.judul_bagian.value,
        table_numbering=outline.nomor_tabel.value,
        colours=tuple(band.warna for band in kab.skala_capaian.kategori if band.warna),
    )


def metadata(c: Computed) -> Metadata:
    """Title, author and subject as archives index them (the instansi is the author)."""
    nama, kab, tahun = c.content.kecamatan.nama, c.content.kabupaten.nama, c.content.report.tahun
    return Metadata(
        title=f"{report_title(c)} Kecamatan {nama} Tahun {tahun}",
        author=f"Kecamatan {nama}, Kabupaten {kab}",
        subject=f"Laporan akuntabilitas kinerja Kecamatan {nama} Kabupaten {kab} atas Perjanjian Kinerja Tahun {tahun}",
        keywords=("LKjIP", "SAKIP", "Laporan Kinerja", f"Kecamatan {nama}", f"Kabupaten {kab}", str(tahun)),
        publisher=f"Pemerintah Kabupaten {kab}",
    )


def present(c: Computed, pdfa: ArchiveLevel | None = None) -> Document:
    """The whole report as a document model; an outline problem is a positioned ContentError."""
    placed = layout(c.content)
    p = Ctx(c)

    def run(part):
        return PRESENTERS[part.komponen](p, part.judul)

    chapters = tuple(
        Chapter(title, tuple(block for part in parts for block in run(part))) for title, parts in placed.bab
    )
    return Document(
        settings=settings(c, pdfa),
        metadata=metadata(c),
        cover=cover(p),
        front=tuple(run(part) for part in placed.depan),
        chapters=chapters,
        appendices=tuple(run(part) for part in placed.lampiran),
    )
