"""`content/<kab>/kabupaten.yaml`: what every kecamatan of a kabupaten shares."""

from enum import Enum
from itertools import pairwise
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from pipeline.content.models.base import Amount, FileStem, Hex, Model, Text
from pipeline.content.models.people import Acting, Person
from pipeline.kinds import ArchiveLevel

# A file named by the content, not text the report prints (checked by pipeline/content/images.py).
FileName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]


class Band(Model):
    """One band of a rating scale, given by its lower bound; the band above closes it."""

    dari: Amount = Field(ge=0, description="Lower bound in % (a score for `skala_sakip`); the lowest band starts at 0")
    inklusif: bool = Field(True, description="Whether the lower bound belongs to this band")
    label: Text = Field(description="Name of the category, e.g. 'Berhasil', 'Sangat Memuaskan', 'AA'")
    kode: Text | None = Field(None, description="Colour word printed in the scale table, e.g. 'Hijau'")
    warna: Hex | None = Field(None, description="Colour of the label swatch, hex RGB")


class Scale(Model):
    """An ordered rating scale covering [0, inf) with no gap and no overlap, by construction."""

    nama: Text = Field(description="Name of the scale as printed, e.g. 'Skala Nilai Peringkat Kinerja'")
    kategori: tuple[Band, ...] = Field(
        min_length=2,
        description="Its bands (at least two), from the highest lower bound `dari` down to the last, which starts at 0",
    )

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

    nama: Text = Field(description="Name of the pillar, e.g. 'Maju'")
    uraian: Text = Field(description="What the pillar means, as the RPJMD explains it (printed in the pilar table)")


class Rpjmd(Model):
    periode: tuple[int, int] = Field(description="First and last year of the RPJMD, e.g. [2021, 2026]")
    visi: Text = Field(description="The RPJMD's visi (the kabupaten's vision), as worded")
    pilar: tuple[Pilar, ...] = Field(
        (), description="Pillars of the visi and their meaning, printed as a table; none prints no table"
    )
    tagline: Text | None = Field(
        None, description="The RPJMD's motto (semboyan), printed after the visi, e.g. 'Desa Dibina, Kota Ditata'"
    )
    misi: tuple[Text, ...] = Field(
        min_length=1, description="The RPJMD's misi in order; the year file's `misi` picks one by its number (from 1)"
    )


class Paper(str, Enum):
    a4 = "a4"
    f4 = "f4"


class Kabupaten(Model):
    """Facts shared by every kecamatan of one kabupaten (`content/<kab>/kabupaten.yaml`)."""

    nama: Text = Field(description="Name of the kabupaten without the word 'Kabupaten', e.g. 'Banjar'")
    provinsi: Text = Field(description="Its province without the word 'Provinsi', e.g. 'Kalimantan Selatan'")
    ibukota: Text = Field(
        description="Its capital town, e.g. 'Martapura': the place of the signatures when the outline says"
        " `tempat_ttd: ibukota`"
    )
    lambang: FileName | None = Field(
        None,
        description="The kabupaten's emblem, printed on the cover: a PNG, JPEG or PDF file named relative to "
        "this file's directory (e.g. `lambang.png`); none prints no emblem",
    )
    kertas: Paper = Field(
        Paper.a4, description="Paper size: `a4`, or `f4` (215 × 330 mm); an outline's own `kertas` overrides it"
    )
    arsip: ArchiveLevel = Field(
        ArchiveLevel.pdfa_2b,
        description="PDF/A level of the archived PDF; `lkjip build --pdfa` overrides it for one build",
    )
    bupati: Person = Field(description="The Bupati, who signs the Camat's PK as Pihak Kedua (`pihak_kedua: bupati`)")
    bupati_status: Acting = Field(
        Acting.definitif,
        description="The Bupati's acting status, printed before the jabatan: `definitif` (none), `Plt.`, `Plh.`, `Pj.`",
    )
    inspektorat: Text = Field(
        description="Name of the Inspektorat that evaluates SAKIP (issues the LHE), e.g. 'Inspektorat Kabupaten Banjar'"
    )
    rpjmd: Rpjmd = Field(description="The RPJMD (Rencana Pembangunan Jangka Menengah Daerah): period, visi and misi")
    skala_capaian: Scale = Field(
        description="Rating scale of capaian kinerja (in %): the kategori each capaian is printed with"
    )
    skala_sakip: Scale = Field(
        description="Scale of the SAKIP evaluation score (`evaluasi.nilai`, 0-100): gives its predikat, e.g. AA … D"
    )
    efisiensi: EfficiencyRule = Field(
        EfficiencyRule.banjar_sisa,
        description="Rule of the efficiency analysis: `banjar_sisa` (100 − serapan %, only where capaian ≥ 100%),"
        " or `none` (no efficiency table)",
    )
    dasar_hukum: tuple[Text, ...] = Field(
        min_length=1, description="Legal bases (dasar hukum) listed in BAB I: one regulation per item, full title"
    )
    dasar_pembentukan: Text = Field(description="The Perda that establishes the kecamatan as perangkat daerah")
    tugas_kecamatan: Text = Field(
        description="The Camat's tugas as the Perbup words it, in lower case: it continues 'Camat mempunyai tugas …'"
    )
    fungsi_kecamatan: tuple[Text, ...] = Field(
        min_length=1, description="The kecamatan's fungsi, one lower-case phrase per item, listed after its tugas"
    )
    kecamatan: tuple[Text, ...] = Field(min_length=1, description="Names of all its kecamatan")
    susunan: dict[Literal["tahunan", "triwulan"], FileStem] = Field(
        default_factory=lambda: {"tahunan": "tahunan", "triwulan": "triwulan"},
        description="Outline file (under `laporan/`) per report type: `tahunan`, `triwulan`",
    )
