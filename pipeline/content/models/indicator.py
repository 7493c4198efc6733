"""A performance indicator and its facts: targets, realisasi, quarters, history, benchmarks."""

from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, Model, Slug, Text


class Polarity(str, Enum):
    positif = "positif"
    negatif = "negatif"


class YearValue(Model):
    target: Amount | None = Field(None, ge=0, description="Target of that year or quarter, in the indicator's `satuan`")
    realisasi: Amount | None = Field(
        None,
        ge=0,
        description="Realisasi of that year or quarter, in the indicator's `satuan`; none while not measured",
    )


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

    nama: Text = Field(description="Name of the component, e.g. 'Laporan Barang Milik Daerah'")
    target: Amount = Field(gt=0, description="Its target (> 0), in the indicator's `satuan`")
    realisasi: Amount = Field(ge=0, description="Its realisasi, in the indicator's `satuan`")
    rincian: tuple[Text, ...] = Field(
        (), description="The items its realisasi counts, one per item; when given, their number must equal `realisasi`"
    )


class Indikator(Model):
    """A performance indicator and its facts for the report year.

    Either `target` and `realisasi` are given, or `komponen` is, and the two are summed.
    """

    id: Slug = Field(description="Indicator id (lower case, digits, `_`), unique in the year file")
    nama: Text = Field(description="Name of the indicator as printed, e.g. 'Indeks Kepuasan Masyarakat'")
    satuan: Text = Field(description="Unit of measure as printed, e.g. 'Nilai', 'Laporan', 'Dokumen', '%'")
    polaritas: Polarity = Field(
        Polarity.positif,
        description="`positif`: higher is better (capaian = R/T × 100); `negatif`: lower is better ((2T − R)/T × 100)",
    )
    desimal: int = Field(0, ge=0, le=4, description="Decimal places its target and realisasi print with (0-4)")
    target: Amount | None = Field(
        None,
        gt=0,
        description="Target of the report year (> 0), in `satuan`; omit when `komponen` give it."
        " `target:` with no value: not filled yet",
    )
    realisasi: Amount | None = Field(
        None,
        ge=0,
        description="Realisasi of the report year, in `satuan`; omit with `komponen`, `belum_diukur`, `realisasi_dari`"
        " or when the quarters under `triwulan` give it. `realisasi:` with no value (or `~`): not filled yet,"
        " listed by `lkjip check` (a warning until the report's `tanggal`, then an error); a build refuses it",
    )
    belum_diukur: bool = Field(False, description="True when the indicator was not measured this year")
    komponen: tuple[Komponen, ...] = Field(
        (), description="Counted components whose sums are the indicator's target and realisasi (then no `target`)"
    )
    rincian: tuple[Text, ...] = Field(
        (), description="The items its realisasi counts, one per item; when given, their number must equal `realisasi`"
    )
    definisi: Text | None = Field(None, description="Definisi operasional of the indicator (IKU table)")
    formula: Text | None = Field(None, description="Formulasi perhitungan: how it is computed (IKU table)")
    sumber_data: Text | None = Field(None, description="Where its data come from (IKU table), e.g. 'Laporan SKM'")
    penanggung_jawab: Slug = Field(
        description="Id of the unit responsible for it (a unit of `organisasi` with a `jabatan`), e.g. `camat`"
    )
    riwayat: dict[int, YearValue] = Field(
        default_factory=dict,
        description="Other years' target and realisasi, by year: earlier years (last year's is compared with this"
        " year's); later years' target only, no realisasi",
    )
    target_akhir_renstra: Amount | None = Field(
        None, gt=0, description="Target of the Renstra's last year (`renstra`), which the realisasi is compared with"
    )
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
    akumulasi: Akumulasi = Field(
        Akumulasi.kumulatif,
        description="What a quarter's value is: `kumulatif` (s.d. the quarter; the year is TW IV), `per_triwulan`"
        " (that quarter alone; the year is their sum), `tetap` (a level; the year is the last measured)",
    )
    periodik: Periodik = Field(
        Periodik.triwulan,
        description="`triwulan`: measured every quarter; `tahunan`: only at year end (e.g. the IKM), no `triwulan`",
    )
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
        blank = self.model_fields_set  # a key written with no value is not filled yet (checks.unfilled)
        if not self.komponen and self.target is None and "target" not in blank:
            raise ValueError("`target` is required (or list the `komponen` it is the sum of)")
        if self.realisasi_dari and self.realisasi is not None:
            raise ValueError(
                f"`realisasi_dari: {self.realisasi_dari}` computes the realisasi: remove the typed `realisasi`"
            )
        measured = self.realisasi is not None or self.belum_diukur or self.triwulan or self.realisasi_dari
        measured = measured or "realisasi" in blank
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
