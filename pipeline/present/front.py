"""Front matter: the cover, Kata Pengantar, Ringkasan Eksekutif and the lists of contents."""

from pipeline.content.models.outline import cover_line
from pipeline.document.blocks import Listing, ListOf
from pipeline.document.pieces import SignatureRight
from pipeline.document.report import Cover, FrontPart
from pipeline.formats import romawi
from pipeline.present import signatures
from pipeline.present.context import Ctx


def cover(p: Ctx) -> Cover:
    """The outline's cover lines split at the kabupaten's lambang (if any), and the office address if wanted."""
    outline, kab, kec, rep = p.content.outline, p.kab, p.kec, p.rep
    quarter = p.triwulan
    fields = {
        "kecamatan": kec.nama,
        "kabupaten": kab.nama,
        "provinsi": kab.provinsi,
        "tahun": str(rep.tahun),
        "periode": f"Triwulan {romawi(quarter)}" if quarter else f"Tahun {rep.tahun}",
        "tahun_terbit": str(p.content.signed.year),
        "judul": outline.judul,
        "singkatan": outline.singkatan,
    }
    lines = tuple(cover_line(line, fields) for line in outline.sampul)
    footer = ()
    if outline.alamat_sampul and kec.alamat:
        desa = f"Desa {kec.alamat.desa}" if kec.alamat.desa else ""
        footer = (f"{kec.alamat.jalan} {desa}", f"Kecamatan {kec.nama} Kabupaten {kab.nama}", kab.provinsi)
    return Cover(lines[: outline.lambang], lines[outline.lambang :], footer, p.emblem)


def _signed(p: Ctx, komponen: str, blocks: tuple) -> tuple:
    """The Camat signs this part when the outline says so."""
    if komponen not in p.content.outline.ditandatangani:
        return blocks
    return (*blocks, SignatureRight(signatures.camat(p.c, p.place_date)))


def kata_pengantar(p: Ctx, judul: str) -> FrontPart:
    return FrontPart(judul, _signed(p, "kata_pengantar", p.paragraphs("depan.kata_pengantar")))


def ringkasan_eksekutif(p: Ctx, judul: str) -> FrontPart:
    return FrontPart(judul, _signed(p, "ringkasan_eksekutif", p.paragraphs("depan.ringkasan")))


def _listing(kind: Listing):
    return lambda p, judul: FrontPart(None, (ListOf(kind),))


PRESENTERS = {
    "kata_pengantar": kata_pengantar,
    "ringkasan_eksekutif": ringkasan_eksekutif,
    "daftar_isi": _listing(Listing.contents),
    "daftar_tabel": _listing(Listing.tables),
    "daftar_gambar": _listing(Listing.figures),
    "daftar_grafik": _listing(Listing.graphs),
}
