"""`content/<kab>/<kec>/<year>.yaml`: the facts of one report year."""

import datetime
from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, FileStem, Kode, Model, Money, Slug, Text
from pipeline.content.models.resources import Layanan, Skm, SumberDaya


class Polarity(str, Enum):
    positif = "positif"
    negatif = "negatif"


class YearValue(Model):
    target: Amount | None = None
    realisasi: Amount | None = None


class Akumulasi(str, Enum):
    """How an indicator's quarterly values relate to its annual value (anatomy 3, 4.7).

    kumulatif: each quarter states the value s.d. that quarter, the annual value is the last;
    per_triwulan: each quarter states that quarter alone, the annual value is their sum;
    tetap: an index or level measured as it stands, the annual value is the last measured.
    """

    kumulatif = "kumulatif"
    per_triwulan = "per_triwulan"
    tetap = "tetap"


class Periodik(str, Enum):
    """Whether an indicator is measured every quarter or only at the end of the year (IKM)."""

    triwulan = "triwulan"
    tahunan = "tahunan"


Quarter = Annotated[int, Field(ge=1, le=4)]


class Komponen(Model):
    """A counted component of an output indicator, with the items that make up its count."""

    nama: Text
    target: Amount = Field(gt=0)
    realisasi: Amount = Field(ge=0)
    rincian: tuple[Text, ...] = ()


class Indikator(Model):
    """A performance indicator and its facts for the report year.

    Either `target` and `realisasi` are given, or `komponen` is, and the two are summed.
    """

    id: Slug
    nama: Text
    satuan: Text
    polaritas: Polarity = Polarity.positif
    desimal: int = Field(0, ge=0, le=4)
    target: Amount | None = Field(None, gt=0)
    realisasi: Amount | None = Field(None, ge=0)
    belum_diukur: bool = Field(False, description="True when the indicator was not measured this year")
    komponen: tuple[Komponen, ...] = ()
    rincian: tuple[Text, ...] = ()
    definisi: Text | None = None
    formula: Text | None = None
    sumber_data: Text | None = None
    penanggung_jawab: Slug
    riwayat: dict[int, YearValue] = Field(default_factory=dict)
    target_akhir_renstra: Amount | None = Field(None, gt=0)
    target_nasional: Amount | None = None
    target_provinsi: Amount | None = None
    alasan: Text | None = Field(None, description="Alasan pemilihan indikator (IKU table)")
    realisasi_dari: Literal["skm"] | None = Field(
        None, description="`skm`: the realisasi is the IKM computed from the report's `skm` unsur, never typed"
    )
    akumulasi: Akumulasi = Akumulasi.kumulatif
    periodik: Periodik = Periodik.triwulan
    triwulan: dict[Quarter, YearValue] = Field(
        default_factory=dict,
        description="Target and realisasi per quarter, read as `akumulasi` says (s.d. the quarter, or that quarter)",
    )

    @model_validator(mode="after")
    def _target_or_komponen(self) -> "Indikator":
        if self.komponen and (self.target is not None or self.realisasi is not None):
            raise ValueError(
                "give either `komponen` or `target`/`realisasi`, not both: the target is the sum of the komponen"
            )
        if not self.komponen and self.target is None:
            raise ValueError("`target` is required (or list the `komponen` it is the sum of)")
        if self.realisasi_dari and self.realisasi is not None:
            raise ValueError(
                f"`realisasi_dari: {self.realisasi_dari}` computes the realisasi: remove the typed `realisasi`"
            )
        measured = self.realisasi is not None or self.belum_diukur or self.triwulan or self.realisasi_dari
        if not self.komponen and not measured:
            raise ValueError(
                "`realisasi` is missing: give it, write `belum_diukur: true` if it was not measured,"
                " or give the quarters measured so far under `triwulan`"
            )
        if self.periodik is Periodik.tahunan and self.triwulan:
            raise ValueError("`periodik: tahunan` indicators are measured once a year: remove `triwulan`")
        if self.belum_diukur and self.realisasi is not None:
            raise ValueError("`belum_diukur: true` and a `realisasi` contradict each other")
        return self


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


class TriwulanKeuangan(Model):
    """Money spent s.d. the end of a quarter (always cumulative), and physical progress if reported."""

    realisasi: Money
    fisik: Amount | None = Field(None, ge=0, le=100, description="Realisasi fisik s.d. the quarter, in %")


class SubKegiatan(Model):
    """A leaf of the budget tree: the only level that carries money."""

    kode: Kode | None = None
    nama: Text
    hasil: Text | None = Field(None, description="Sasaran (intended result) of the sub kegiatan")
    indikator: Indikator | None = Field(None, description="Output indikator, when measured per sub kegiatan")
    pagu_murni: Money | None = Field(None, description="Pagu before the APBD Perubahan, when the report gives it")
    pagu: Money = Field(description="Pagu after the APBD Perubahan (equal to murni when unchanged)")
    realisasi: Money | None = Field(None, description="Annual realisasi; absent while the year is running")
    triwulan: dict[Quarter, TriwulanKeuangan] = Field(default_factory=dict)
    sumber_dana: Text | None = None
    pelaksana: Slug | None = Field(None, description="Unit id that carries it out (default: the kegiatan's)")
    sasaran: Slug | None = Field(None, description="Id of the unit sasaran it supports (default: the kegiatan's)")

    @model_validator(mode="after")
    def _realisasi_known(self) -> "SubKegiatan":
        if self.realisasi is None and not self.triwulan:
            raise ValueError("give the annual `realisasi`, or the quarters spent so far under `triwulan`")
        return self


class Kegiatan(Model):
    kode: Kode | None = None
    nama: Text
    hasil: Text | None = None
    indikator: tuple[Indikator, ...] = Field((), description="Output indikator of the kegiatan")
    pelaksana: Slug | None = None
    sasaran: Slug | None = None
    sub_kegiatan: tuple[SubKegiatan, ...] = Field(min_length=1)


class Program(Model):
    kode: Kode | None = None
    nama: Text
    hasil: Text | None = None
    indikator: tuple[Indikator, ...] = Field((), description="Outcome indikator of the program")
    sasaran: Slug = Field(description="Id of the sasaran strategis this program supports")
    kegiatan: tuple[Kegiatan, ...] = Field(min_length=1)


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


class LraLine(Model):
    """A line of the Laporan Realisasi Anggaran; parents are sums of their `rincian`."""

    uraian: Text
    anggaran: Money | None = None
    realisasi: Money | None = None
    realisasi_lalu: Money | None = None
    rincian: tuple["LraLine", ...] = ()

    @model_validator(mode="after")
    def _leaf_or_parent(self) -> "LraLine":
        amounts = (self.anggaran, self.realisasi)
        if self.rincian and any(a is not None for a in amounts + (self.realisasi_lalu,)):
            raise ValueError("a line with `rincian` must not carry amounts: its totals are the sums of its rincian")
        if not self.rincian and any(a is None for a in amounts):
            raise ValueError("a line without `rincian` needs `anggaran` and `realisasi`")
        return self


class Masalah(Model):
    masalah: Text
    akar_masalah: tuple[Text, ...] = Field(min_length=1)


class PokokMasalah(Model):
    pokok: Text
    masalah: tuple[Masalah, ...] = Field(min_length=1)


class Rekomendasi(Model):
    rekomendasi: Text
    tindak_lanjut: Text
    komponen: Text | None = Field(None, description="SAKIP component the recommendation belongs to")


class KomponenNilai(Model):
    """A component score of the SAKIP evaluation (LKE)."""

    nama: Text
    bobot: Amount = Field(gt=0, le=100)
    nilai: Amount = Field(ge=0)

    @model_validator(mode="after")
    def _within_weight(self) -> "KomponenNilai":
        if self.nilai > self.bobot:
            raise ValueError(f"nilai {self.nilai} exceeds the component's bobot {self.bobot}")
        return self


class Evaluasi(Model):
    """The Inspektorat's evaluation (LHE) of the previous year's report and its follow-up.

    When `komponen` are given, `nilai` is their sum and must not be typed as well.
    """

    tahun_dievaluasi: int
    nomor: Text | None = Field(None, description="Number of the LHE letter")
    tanggal: datetime.date | None = None
    nilai: Amount | None = Field(None, ge=0, le=100)
    komponen: tuple[KomponenNilai, ...] = ()
    rekomendasi: tuple[Rekomendasi, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _nilai_or_komponen(self) -> "Evaluasi":
        if self.komponen and self.nilai is not None:
            raise ValueError("give `nilai` or its `komponen`, not both: the nilai is the sum of the komponen")
        if not self.komponen and self.nilai is None:
            raise ValueError("`nilai` is required (or list the `komponen` it is the sum of)")
        return self


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
    isu_strategis: tuple[Text, ...] = Field(min_length=1)
    evaluasi: Evaluasi | None = None
    skm: Skm | None = None
    sumber_daya: SumberDaya | None = None
    layanan: tuple[Layanan, ...] = ()
    saran: tuple[Text, ...] = Field(min_length=1)
    strategi_peningkatan: tuple[Text, ...] = ()
    susunan: FileStem | None = Field(
        None, description="Outline (`laporan/<name>.yaml`) to use instead of the kabupaten's default"
    )
