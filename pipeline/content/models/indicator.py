"""A performance indicator and its facts: targets, realisasi, quarters, history, benchmarks."""

from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, Model, Slug, Text


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
    target_renstra: dict[int, Amount] = Field(
        default_factory=dict, description="The Renstra's target for each year of its period, by year"
    )
    target_nasional: Amount | None = Field(None, description="The national (RPJMN) target of the year")
    target_provinsi: Amount | None = Field(None, description="The provincial (RPJMD provinsi) target of the year")
    pembanding: dict[Text, Amount] = Field(
        default_factory=dict,
        description="Realisasi of the same indicator elsewhere (other kecamatan or kab/kota), by their name",
    )
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
