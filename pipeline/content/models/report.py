"""`content/<kab>/<kec>/<year>.yaml`: the facts of one report year."""

import datetime
from enum import Enum

from pydantic import Field

from pipeline.content.models.base import Amount, FileStem, Kode, Model, Slug, Text
from pipeline.content.models.blocks import Naskah
from pipeline.content.models.budget import LraLine, Program
from pipeline.content.models.evaluation import Evaluasi
from pipeline.content.models.indicator import Indikator, Quarter
from pipeline.content.models.resources import Layanan, Skm, SumberDaya


class Analisis(Model):
    """Analysis #5 and #7 of Permenpan RB 53/2014: what no template can write."""

    faktor_pendukung: tuple[Text, ...] = ()
    faktor_penghambat: tuple[Text, ...] = ()
    upaya: tuple[Text, ...] = ()
    rencana_aksi: tuple[Text, ...] = ()
    catatan: tuple[Text, ...] = ()


class Strategi(Model):
    uraian: Text
    arah_kebijakan: tuple[Text, ...] = ()


class Sasaran(Model):
    id: Slug
    uraian: Text
    indikator: tuple[Indikator, ...] = Field(min_length=1)
    analisis: Analisis | None = None
    strategi: tuple[Strategi, ...] = ()


class Tujuan(Model):
    uraian: Text
    indikator: tuple[Indikator, ...] = Field((), description="Indikator tujuan, when the Renstra gives one")
    sasaran: tuple[Sasaran, ...] = Field(min_length=1)


class PkVersion(str, Enum):
    murni = "murni"
    perubahan = "perubahan"


class PerjanjianKinerja(Model):
    """One signed PK pair. Its rows, targets and budget are those of the items it names, never retyped.

    A party is a unit id of `organisasi` (its head signs, with the unit's jabatan and acting
    status), a key of `pegawai` (that person signs with their own `jabatan`), or `bupati`.
    """

    pihak_pertama: Slug = Field("camat", description="Who promises: unit id or pegawai key")
    pihak_kedua: Slug = Field("bupati", description="The superior: `bupati`, a unit id or a pegawai key")
    versi: PkVersion
    tanggal: datetime.date | None = Field(None, description="Signing date; blank line printed when unknown")
    kinerja: tuple[Slug | Kode, ...] = Field(
        (),
        description="Rows of the PK table: sasaran ids, or kode of programs/kegiatan/sub kegiatan"
        " (their `hasil` and indikator). Default: every sasaran strategis",
    )
    anggaran: bool = Field(True, description="Print the budget table of the items (program pagu for a sasaran)")


class SkIku(Model):
    """The Camat's decree setting the IKU (002 Lampiran); its tables are built from the indicators."""

    nomor: Text
    tanggal: datetime.date
    menimbang: tuple[Text, ...] = Field(min_length=1)
    mengingat: tuple[Text, ...] = Field(min_length=1)


class Masalah(Model):
    masalah: Text
    akar_masalah: tuple[Text, ...] = Field(min_length=1)


class PokokMasalah(Model):
    pokok: Text
    masalah: tuple[Masalah, ...] = Field(min_length=1)


class Period(str, Enum):
    """What one build reports on: the whole year, or the year up to the end of a quarter."""

    tahunan = "tahunan"
    tw1 = "tw1"
    tw2 = "tw2"
    tw3 = "tw3"
    tw4 = "tw4"

    @property
    def quarter(self) -> int | None:
        return None if self is Period.tahunan else int(self.value[2])


class LaporanTriwulan(Model):
    tanggal: datetime.date = Field(description="Date the quarterly report is signed")


class Report(Model):
    """The facts of one kecamatan's year (`content/<kab>/<kec>/<year>.yaml`).

    One file serves the annual report and every quarterly report of that year: the period is
    chosen at build time, and each period's figures are read from the same indicators.
    """

    tahun: int = Field(ge=2000, le=2100)
    tanggal: datetime.date | None = Field(None, description="Date the annual report is signed")
    triwulan: dict[Quarter, LaporanTriwulan] = Field(default_factory=dict, description="Quarterly reports")
    renstra: tuple[int, int]
    misi: int = Field(ge=1, description="Number of the RPJMD misi the kecamatan supports")
    sumber_dana: Text
    tujuan: tuple[Tujuan, ...] = Field(min_length=1)
    perjanjian_kinerja: tuple[PerjanjianKinerja, ...] = Field(min_length=1)
    sk_iku: SkIku | None = None
    program: tuple[Program, ...] = Field(min_length=1)
    realisasi_anggaran: tuple[LraLine, ...] = ()
    permasalahan: tuple[PokokMasalah, ...] = ()
    isu_strategis: tuple[Text, ...] = Field(
        (), min_length=1, description="Required by the `isu_strategis` komponen only; a list, when given, is not empty"
    )
    evaluasi: Evaluasi | None = None
    skm: Skm | None = None
    sumber_daya: SumberDaya | None = None
    layanan: tuple[Layanan, ...] = ()
    saran: tuple[Text, ...] = Field(
        (), min_length=1, description="Required by the `saran` komponen only; a list, when given, is not empty"
    )
    strategi_peningkatan: tuple[Text, ...] = ()
    susunan: FileStem | None = Field(
        None, description="Outline (`laporan/<name>.yaml`) to use instead of the kabupaten's default"
    )
    naskah: Naskah = Field(
        default_factory=dict,
        description="This report's own texts: a built-in paragraph's wording by its name (e.g. `depan.kata_pengantar`),"
        " or prose and blocks that a section of the outline names in `isi:`; they override the outline's `naskah`",
    )
    data: dict[Slug, tuple[dict[Slug, Text | Amount], ...]] = Field(
        default_factory=dict,
        description="Rows of tables the outline declares with `data: data.<name>`: each row a map of field to value",
    )
