"""`content/<kab>/<kec>/<year>.yaml`: the facts of one report year."""

import datetime
from enum import Enum

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, Kode, Model, Money, Slug, Text


class Polarity(str, Enum):
    positif = "positif"
    negatif = "negatif"


class YearValue(Model):
    target: Amount | None = None
    realisasi: Amount | None = None


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

    @model_validator(mode="after")
    def _target_or_komponen(self) -> "Indikator":
        if self.komponen and (self.target is not None or self.realisasi is not None):
            raise ValueError(
                "give either `komponen` or `target`/`realisasi`, not both: the target is the sum of the komponen"
            )
        if not self.komponen and self.target is None:
            raise ValueError("`target` is required (or list the `komponen` it is the sum of)")
        if not self.komponen and self.realisasi is None and not self.belum_diukur:
            raise ValueError("`realisasi` is missing: give it, or write `belum_diukur: true` if it was not measured")
        if self.belum_diukur and self.realisasi is not None:
            raise ValueError("`belum_diukur: true` and a `realisasi` contradict each other")
        return self


class Analisis(Model):
    """Analysis #5 and #7 of Permenpan RB 53/2014: what no template can write."""

    faktor_pendukung: tuple[Text, ...] = ()
    faktor_penghambat: tuple[Text, ...] = ()
    upaya: tuple[Text, ...] = ()


class Sasaran(Model):
    id: Slug
    uraian: Text
    indikator: tuple[Indikator, ...] = Field(min_length=1)
    analisis: Analisis | None = None


class Tujuan(Model):
    uraian: Text
    sasaran: tuple[Sasaran, ...] = Field(min_length=1)


class SubKegiatan(Model):
    """A leaf of the budget tree: the only level that carries money."""

    kode: Kode | None = None
    nama: Text
    indikator: Indikator
    pagu_murni: Money
    pagu: Money = Field(description="Pagu after the APBD Perubahan (equal to murni when unchanged)")
    realisasi: Money


class Kegiatan(Model):
    kode: Kode | None = None
    nama: Text
    sub_kegiatan: tuple[SubKegiatan, ...] = Field(min_length=1)


class Program(Model):
    kode: Kode | None = None
    nama: Text
    sasaran: Slug = Field(description="Id of the sasaran strategis this program supports")
    kegiatan: tuple[Kegiatan, ...] = Field(min_length=1)


class PkVersion(str, Enum):
    murni = "murni"
    perubahan = "perubahan"


class PerjanjianKinerja(Model):
    versi: PkVersion
    tanggal: datetime.date | None = Field(None, description="Signing date; blank line printed when unknown")


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


class Evaluasi(Model):
    """The Inspektorat's evaluation (LHE) of the previous year's report and its follow-up."""

    tahun_dievaluasi: int
    nilai: Amount = Field(ge=0, le=100)
    rekomendasi: tuple[Rekomendasi, ...] = Field(min_length=1)


class Period(str, Enum):
    tahunan = "tahunan"


class Report(Model):
    """One report of one kecamatan (`content/<kab>/<kec>/<year>.yaml`)."""

    tahun: int = Field(ge=2000, le=2100)
    periode: Period = Period.tahunan
    tanggal: datetime.date
    renstra: tuple[int, int]
    misi: int = Field(ge=1, description="Number of the RPJMD misi the kecamatan supports")
    sumber_dana: Text
    tujuan: tuple[Tujuan, ...] = Field(min_length=1)
    perjanjian_kinerja: PerjanjianKinerja
    program: tuple[Program, ...] = Field(min_length=1)
    realisasi_anggaran: tuple[LraLine, ...] = Field(min_length=1)
    permasalahan: tuple[PokokMasalah, ...] = Field(min_length=1)
    isu_strategis: tuple[Text, ...] = Field(min_length=1)
    evaluasi: Evaluasi | None = None
    saran: tuple[Text, ...] = Field(min_length=1)
