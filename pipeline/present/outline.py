"""The catalogue of report components an outline (`laporan/<name>.yaml`) may name.

Each component is one function of the present stage (`pipeline.present.components`). It has a default title (an
outline may override it), the report fields it prints, and the periods it makes sense for. The
outline is checked against this catalogue before anything is rendered, so a typo or a section
whose data is missing is an error at its line in the outline file, not a broken document.
"""

from dataclasses import dataclass

from pipeline.content.load import Content
from pipeline.content.models.blocks import Halaman
from pipeline.content.models.outline import Bagian, Seksi
from pipeline.errors import ContentError

ANNUAL, QUARTERLY, BOTH = "tahunan", "triwulan", "semua"


@dataclass(frozen=True)
class Component:
    judul: str
    needs: tuple[str, ...] = ()
    periods: str = BOTH


FRONT = {
    "kata_pengantar": Component("KATA PENGANTAR"),
    "ringkasan_eksekutif": Component("RINGKASAN EKSEKUTIF"),
    "daftar_isi": Component("DAFTAR ISI"),
    "daftar_tabel": Component("DAFTAR TABEL"),
    "daftar_gambar": Component("DAFTAR GAMBAR"),
    "daftar_grafik": Component("DAFTAR GRAFIK"),
}

SECTIONS = {
    # BAB I
    "latar_belakang": Component("LATAR BELAKANG"),
    "maksud_tujuan": Component("MAKSUD DAN TUJUAN"),
    "dasar_hukum": Component("DASAR HUKUM"),
    "ruang_lingkup": Component("RUANG LINGKUP", periods=QUARTERLY),
    "cascading": Component("CASCADING KINERJA"),
    "tupoksi": Component("TUGAS POKOK DAN FUNGSI ORGANISASI"),
    "sumber_daya": Component("SUMBER DAYA MANUSIA DAN SARANA PRASARANA", ("sumber_daya",)),
    "permasalahan": Component("IDENTIFIKASI PERMASALAHAN BERDASARKAN TUGAS DAN FUNGSI", ("permasalahan",)),
    "isu_strategis": Component("ISU STRATEGIS", ("isu_strategis",)),
    "produk_layanan": Component("PRODUK DAN LAYANAN", ("layanan",)),
    "dukungan": Component("DUKUNGAN SDM, SARANA PRASARANA DAN ANGGARAN", ("sumber_daya",)),
    "sistematika": Component("SISTEMATIKA PENYAJIAN"),
    # BAB II
    "visi_misi": Component("VISI DAN MISI"),
    "tujuan_sasaran": Component("TUJUAN DAN SASARAN"),
    "iku": Component("INDIKATOR KINERJA UTAMA"),
    "perjanjian_kinerja": Component("PERJANJIAN KINERJA"),
    "anggaran_sasaran": Component("INSTRUMEN PENDUKUNG CAPAIAN KINERJA"),
    # BAB III
    "capaian_organisasi": Component("CAPAIAN KINERJA ORGANISASI", periods=ANNUAL),
    "capaian_triwulan": Component("CAPAIAN KINERJA TRIWULAN", periods=QUARTERLY),
    "capaian_skm": Component("INDEKS KEPUASAN MASYARAKAT", ("skm",), periods=ANNUAL),
    "capaian_eselon": Component("AKUNTABILITAS KINERJA PER UNIT KERJA", periods=ANNUAL),
    "analisis_sasaran": Component("ANALISIS CAPAIAN KINERJA SASARAN"),
    "realisasi_anggaran": Component("REALISASI ANGGARAN", ("realisasi_anggaran",), periods=ANNUAL),
    "anggaran_triwulan": Component("REALISASI ANGGARAN", periods=QUARTERLY),
    "tindak_lanjut_evaluasi": Component("TINDAK LANJUT ATAS EVALUASI LAPORAN KINERJA"),
    # Charts, in any chapter: no heading of their own unless the outline gives one (`judul:`)
    "grafik_capaian": Component("", periods=ANNUAL),
    "grafik_tren": Component("", periods=ANNUAL),
    "grafik_anggaran": Component(""),
    "grafik_triwulan": Component("", periods=QUARTERLY),
    # BAB IV
    "kesimpulan": Component("KESIMPULAN"),
    "saran": Component("SARAN", ("saran",)),
    "strategi_peningkatan": Component("STRATEGI PENINGKATAN KINERJA", ("strategi_peningkatan",)),
    "kalimat_penutup": Component(""),
}

APPENDICES = {
    "lampiran_iku": Component("INDIKATOR KINERJA UTAMA"),
    "lampiran_sk_iku": Component("KEPUTUSAN CAMAT TENTANG INDIKATOR KINERJA UTAMA", ("sk_iku",)),
    "lampiran_perjanjian_kinerja": Component("PERJANJIAN KINERJA"),
    "lampiran_evaluasi": Component("LAPORAN HASIL EVALUASI SAKIP", ("evaluasi",)),
    "lampiran_pohon_kinerja": Component("POHON KINERJA"),
    "lampiran_capaian_triwulan": Component("CAPAIAN KINERJA PER TRIWULAN", periods=ANNUAL),
    "lampiran_monev_renstra": Component("MONITORING DAN EVALUASI RENSTRA", periods=ANNUAL),
    "lampiran_matriks": Component("MATRIKS KESELARASAN"),
}


@dataclass(frozen=True)
class Placed:
    """One component as the outline places it: its template and the title it prints."""

    komponen: str
    judul: str


def _place(
    content: Content,
    loc: tuple,
    komponen: str,
    judul: str | None,
    catalogue: dict,
    optional: bool = False,
    file: str = "outline",
) -> tuple:
    component = catalogue.get(komponen)
    if component is None:
        return None, content.problem(
            file, loc, f"unknown komponen '{komponen}'; one of: {', '.join(sorted(catalogue))}"
        )
    period = ANNUAL if content.period.quarter is None else QUARTERLY
    if component.periods not in (BOTH, period):
        return None, content.problem(file, loc, f"'{komponen}' belongs in a {component.periods} report only")
    missing = [field for field in component.needs if not getattr(content.report, field)]
    if missing and optional:
        return None, None
    if missing:
        return None, content.problem(
            file,
            loc,
            f"'{komponen}' prints `{missing[0]}`, which the report file does not give: add it or drop the komponen",
        )
    return Placed(komponen, judul or component.judul), None


@dataclass(frozen=True)
class UserPart:
    """A section the outline writes itself: its heading, its content (blocks or the name of a
    `naskah` entry), where it was written, and its sub-parts."""

    judul: str
    isi: object
    loc: tuple
    parts: tuple
    numbered: bool = True
    repeat: str | None = None  # "indikator" or "sasaran": one section each
    optional: bool = False  # left out when the naskah entry its isi names is missing


@dataclass(frozen=True)
class PagePart:
    """A page of its own (a letter, a separator), where it was written."""

    page: Halaman
    loc: tuple


@dataclass(frozen=True)
class ChapterPlan:
    judul: str
    parts: tuple


@dataclass(frozen=True)
class Layout:
    """The outline resolved against the catalogue: what the present stage walks through."""

    depan: tuple
    bab: tuple
    lampiran: tuple


MAX_DEPTH = 3  # sections nest three levels deep: A., A.1, A.1.1


def layout(content: Content) -> Layout:
    """Resolve every part of the outline, reporting all problems at once."""
    outline, problems = content.outline, []

    def place(loc, part, catalogue):
        if isinstance(part, str):
            part = Bagian(komponen=part)
        placed, problem = _place(content, loc, part.komponen, part.judul, catalogue, part.opsional)
        if problem:
            problems.append(problem)
        return placed

    def resolve(part, loc, catalogue, depth):
        if isinstance(part, Halaman):
            return PagePart(part, loc)
        if isinstance(part, Seksi):
            if depth > MAX_DEPTH:
                problems.append(content.problem("outline", loc, f"sections nest {MAX_DEPTH} levels deep at most"))
                return None
            subs = resolved(part.bagian, loc + ("bagian",), SECTIONS, depth + 1)
            return UserPart(part.judul, part.isi, loc, subs, part.bernomor, part.ulang, part.opsional)
        if depth > MAX_DEPTH - 1:
            problems.append(content.problem("outline", loc, "a component's own sub-sections would nest too deep here"))
            return None
        return place(loc, part, catalogue)

    def resolved(parts, loc, catalogue, depth=1):
        out = (resolve(part, loc + (i,), catalogue, depth) for i, part in enumerate(parts))
        return tuple(p for p in out if p is not None)

    depan = resolved(outline.depan, ("depan",), FRONT)
    bab = tuple(
        PagePart(b, ("bab", n))
        if isinstance(b, Halaman)
        else ChapterPlan(b.judul, resolved(b.bagian, ("bab", n, "bagian"), SECTIONS))
        for n, b in enumerate(outline.bab)
    )
    lampiran = resolved(outline.lampiran, ("lampiran",), APPENDICES)
    if problems:
        raise ContentError(problems)
    return Layout(depan, bab, lampiran)
