"""`content/<kab>/kabupaten.yaml`: what every kecamatan of a kabupaten shares."""

from enum import Enum
from itertools import pairwise
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from pipeline.content.models.base import Amount, FileStem, Hex, Model, Text
from pipeline.content.models.people import Acting, Person


# A file named by the content, not text the report prints (checked by pipeline/content/images.py).
FileName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]


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
        if any(upper <= lower for upper, lower in pairwise(bounds)):
            raise ValueError("bands must be listed from the highest lower bound to the lowest, each bound different")
        if bounds[-1] != 0 or not self.kategori[-1].inklusif:
            raise ValueError("the last band must start at 0 (inklusif: true) so the scale covers every capaian from 0")
        return self


class EfficiencyRule(str, Enum):
    """How analysis #6 measures efficiency; the report prints the rule it uses (anatomy 4.5)."""

    banjar_sisa = "banjar_sisa"
    none = "none"


class Pilar(Model):
    """A pillar of the visi (Banjar 'Maju, Mandiri, Agamis'; Tanah Laut 'BERINTERAKSI')."""

    nama: Text
    uraian: Text


class Rpjmd(Model):
    periode: tuple[int, int]
    visi: Text
    pilar: tuple[Pilar, ...] = ()
    tagline: Text | None = None
    misi: tuple[Text, ...] = Field(min_length=1)


class ArchiveLevel(str, Enum):
    """The PDF/A level of the archived report (see README: what is validated and how)."""

    pdfa_1b = "pdfa-1b"
    pdfa_2b = "pdfa-2b"
    pdfa_3b = "pdfa-3b"


class Paper(str, Enum):
    a4 = "a4"
    f4 = "f4"


class Kabupaten(Model):
    """Facts shared by every kecamatan of one kabupaten (`content/<kab>/kabupaten.yaml`)."""

    nama: Text
    provinsi: Text
    ibukota: Text
    lambang: FileName | None = Field(
        None,
        description="The kabupaten's emblem, printed on the cover: a PNG, JPEG or PDF file named relative to "
        "this file's directory (e.g. `lambang.png`); none prints no emblem",
    )
    kertas: Paper = Paper.a4
    arsip: ArchiveLevel = ArchiveLevel.pdfa_2b
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
    susunan: dict[Literal["tahunan", "triwulan"], FileStem] = Field(
        default_factory=lambda: {"tahunan": "tahunan", "triwulan": "triwulan"},
        description="Outline file (under `laporan/`) per report type: `tahunan`, `triwulan`",
    )
