"""The present stage: the computed report and its outline -> the document model.

It decides what is printed, in which order and under which labels: the outline's components are
resolved against the catalogue (`outline.py`), each is presented by its function
(`components.py`), and the result is one frozen `Document`. It computes nothing: every figure
comes from `pipeline.compute`.
"""

from pipeline.compute.report import Computed
from pipeline.document.report import Chapter, Document, FrontPart, Metadata, Page, Settings
from pipeline.errors import ContentError
from pipeline.kinds import ArchiveLevel
from pipeline.present import user
from pipeline.present.components import PRESENTERS
from pipeline.present.context import Ctx, report_title
from pipeline.present.front import cover
from pipeline.present.outline import PagePart, UserPart, layout


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


def _front(p: Ctx, part) -> FrontPart:
    if isinstance(part, PagePart):
        return FrontPart(None, user.page(p, part, PRESENTERS, between=True))
    return PRESENTERS[part.komponen](p, part.judul)


def _chapter(p: Ctx, plan) -> Chapter | Page:
    if isinstance(plan, PagePart):
        return Page(user.page(p, plan, PRESENTERS, between=True))
    return Chapter(plan.judul, user.parts(p, plan.parts, 1, PRESENTERS))


def _appendices(p: Ctx, part) -> tuple:
    """A catalogue appendix, a page, or a section of the outline's own as a Lampiran (one for each
    repetition; none when it is optional and its text is not given)."""
    if isinstance(part, PagePart):
        return (Page(user.page(p, part, PRESENTERS, between=True)),)
    if isinstance(part, UserPart):
        return tuple(Chapter(own.title, own.blocks) for own in user.sections(p, part, 1, PRESENTERS))
    return (PRESENTERS[part.komponen](p, part.judul),)


def present(c: Computed, pdfa: ArchiveLevel | None = None) -> Document:
    """The whole report as a document model. A problem in the outline, or in a text or table the
    content wrote, is a positioned ContentError; every such problem is reported at once."""
    placed = layout(c.content)
    p = Ctx(c, pdfa)
    _ = p.wording  # reworded built-in texts are checked first, so a misnamed one is reported once
    document = Document(
        settings=settings(c, pdfa),
        metadata=metadata(c),
        cover=cover(p),
        front=tuple(_front(p, part) for part in placed.depan),
        chapters=tuple(_chapter(p, plan) for plan in placed.bab),
        appendices=tuple(chapter for part in placed.lampiran for chapter in _appendices(p, part)),
    )
    if p.problems:
        raise ContentError(sorted(set(p.problems), key=lambda q: (str(q.file), q.line, q.column)))
    return document
