"""Frozen models of the content files; the schema every YAML file is validated against.

Content states facts only. Nothing here is a derived figure: capaian, kategori, totals,
serapan and comparisons are computed later, so these models have no field for them.
Unknown keys are rejected (`extra="forbid"`), so a typo is an error, not a silent default.
"""

import datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from pipeline.people import PANGKAT

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Money = Annotated[int, Field(ge=0, description="Whole Rupiah")]
Amount = Annotated[Decimal, Field(allow_inf_nan=False)]
Golongan = Literal[tuple(PANGKAT)]  # type: ignore[valid-type]  # I/a ... IV/e, nothing else
Nip = Annotated[str, StringConstraints(pattern=r"^\d{18}$")]
Kode = Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)*$")]
Hex = Annotated[str, StringConstraints(pattern=r"^[0-9A-Fa-f]{6}$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")]


class Model(BaseModel):
    """Base for every content model: immutable, strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


# --- people ---------------------------------------------------------------------------------

class Person(Model):
    """A person as they sign: name in proper case, titles kept verbatim, NIP as 18 digits."""

    nama: Text
    gelar_depan: Text | None = None
    gelar_belakang: Text | None = None
    nip: Nip | None = None
    golongan: Golongan | None = None


class Acting(str, Enum):
    """Acting prefixes belong to the appointment (jabatan line), never to the name."""

    definitif = "definitif"
    plt = "Plt."
    plh = "Plh."
    pj = "Pj."


class Unit(Model):
    """An organisational unit of the kecamatan and the jabatan of its head."""

    id: Slug
    nama: Text = Field(description="Unit name, e.g. 'Seksi Pemerintahan'")
    jabatan: Text | None = Field(None, description="Title of its head, e.g. 'Kepala Seksi Pemerintahan'")
    singkatan: Text | None = Field(None, description="Short title for table cells, e.g. 'Kasi Pemerintahan'")
    pejabat: Slug | None = Field(None, description="Key in `pegawai` of the head, if known")
    status: Acting = Acting.definitif
    bagian: tuple["Unit", ...] = ()


# --- kabupaten ------------------------------------------------------------------------------

class Band(Model):
    """One band of a rating scale, given by its lower bound; the band above closes it."""

    dari: Amount = Field(ge=0, description="Lower bound in % (the lowest band starts at 0)")
    inklusif: bool = Field(True, description="Whether the lower bound belongs to this band")
    label: Text
    kode: Text | None = Field(None, description="Colour word printed in the scale table, e.g. 'Hijau'")
    warna: Hex | None = Field(None, description="Colour of the label swatch, hex RGB")


class Scale(Model):
    """An ordered rating scale covering [0, inf) with no gap and no overlap, by construction."""

    nama: Text
    kategori: tuple[Band, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _bands_descend_to_zero(self) -> "Scale":
        bounds = [band.dari for band in self.kategori]
        if any(upper <= lower for upper, lower in zip(bounds, bounds[1:])):
            raise ValueError("bands must be listed from the highest lower bound to the lowest, each bound different")
        if bounds[-1] != 0 or not self.kategori[-1].inklusif:
            raise ValueError("the last band must start at 0 (inklusif: true) so the scale covers every capaian from 0")
        return self


class EfficiencyRule(str, Enum):
    """How analysis #6 measures efficiency; the report prints the rule it uses (anatomy 4.5)."""

    banjar_sisa = "banjar_sisa"
    none = "none"


class Rpjmd(Model):
    periode: tuple[int, int]
    visi: Text
    misi: tuple[Text, ...] = Field(min_length=1)


class Paper(str, Enum):
    a4 = "a4"
    f4 = "f4"


class Kabupaten(Model):
    """Facts shared by every kecamatan of one kabupaten (`content/<kab>/kabupaten.yaml`)."""

    nama: Text
    provinsi: Text
    ibukota: Text
    kertas: Paper = Paper.a4
    bupati: Person
    bupati_status: Acting = Acting.definitif
    inspektorat: Text
    rpjmd: Rpjmd
    skala_capaian: Scale
    skala_sakip: Scale
    efisiensi: EfficiencyRule = EfficiencyRule.banjar_sisa
    dasar_hukum: tuple[Text, ...] = Field(min_length=1)
    dasar_pembentukan: Text = Field(description="The Perda that establishes the kecamatan as perangkat daerah")
    tugas_kecamatan: Text
    fungsi_kecamatan: tuple[Text, ...] = Field(min_length=1)
    kecamatan: tuple[Text, ...] = Field(min_length=1, description="Names of all its kecamatan")


# --- kecamatan ------------------------------------------------------------------------------

class Alamat(Model):
    jalan: Text
    desa: Text
    kode_pos: Annotated[str, StringConstraints(pattern=r"^\d{5}$")] | None = None
    telepon: Text | None = None


class Kecamatan(Model):
    """Profile of one kecamatan (`content/<kab>/<kec>/kecamatan.yaml`)."""

    nama: Text
    alamat: Alamat
    pegawai: dict[Slug, Person] = Field(min_length=1)
    organisasi: tuple[Unit, ...] = Field(min_length=1)


# --- report ---------------------------------------------------------------------------------

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
            raise ValueError("give either `komponen` or `target`/`realisasi`, not both: the target is the sum of the komponen")
        if not self.komponen and self.target is None:
            raise ValueError("`target` is required (or list the `komponen` it is the sum of)")
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
