"""The budget of a year: the program tree (only leaves carry money) and the LRA lines."""

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, Kode, Model, Money, Slug, Text
from pipeline.content.models.indicator import Indikator, Quarter


class TriwulanKeuangan(Model):
    """Money spent s.d. the end of a quarter (always cumulative), and physical progress if reported."""

    realisasi: Money = Field(description="Money spent s.d. the end of the quarter (cumulative), whole Rupiah")
    fisik: Amount | None = Field(None, ge=0, le=100, description="Realisasi fisik s.d. the quarter, in %")


class SubKegiatan(Model):
    """A leaf of the budget tree: the only level that carries money."""

    kode: Kode | None = Field(
        None, description='Sub kegiatan code, dotted digits, quoted, e.g. "7.01.01.2.02.0001"; named by PK `kinerja`'
    )
    nama: Text = Field(description="Name of the sub kegiatan as in the DPA")
    hasil: Text | None = Field(None, description="Sasaran (intended result) of the sub kegiatan")
    indikator: Indikator | None = Field(None, description="Output indikator, when measured per sub kegiatan")
    pagu_murni: Money | None = Field(
        None, description="Pagu (budget ceiling) before the APBD Perubahan, whole Rupiah; when the report gives it"
    )
    pagu: Money = Field(
        description="Pagu anggaran (budget ceiling) after the APBD Perubahan, whole Rupiah"
        " (equal to `pagu_murni` when unchanged); `pagu:` with no value: not filled yet"
    )
    realisasi: Money | None = Field(
        None,
        description="Money spent in the year, whole Rupiah; absent while the year is running;"
        " `realisasi:` with no value: not filled yet",
    )
    triwulan: dict[Quarter, TriwulanKeuangan] = Field(
        default_factory=dict, description="Money spent s.d. the end of each quarter, by quarter (1-4); cumulative"
    )
    sumber_dana: Text | None = Field(
        None, description="Source of its funds as printed, e.g. 'Dana Transfer Umum - Dana Alokasi Umum'"
    )
    pelaksana: Slug | None = Field(None, description="Unit id that carries it out (default: the kegiatan's)")
    sasaran: Slug | None = Field(None, description="Id of the sasaran it supports (default: the kegiatan's)")

    @model_validator(mode="after")
    def _realisasi_known(self) -> "SubKegiatan":
        if self.realisasi is None and not self.triwulan and "realisasi" not in self.model_fields_set:
            raise ValueError("give the annual `realisasi`, or the quarters spent so far under `triwulan`")
        return self


class Kegiatan(Model):
    kode: Kode | None = Field(
        None, description='Kegiatan code, dotted digits, quoted, e.g. "7.01.01.2.02"; named by PK `kinerja`'
    )
    nama: Text = Field(description="Name of the kegiatan as in the DPA")
    hasil: Text | None = Field(
        None, description="Sasaran (intended result) of the kegiatan; its row in a PK (default: its `nama`)"
    )
    indikator: tuple[Indikator, ...] = Field((), description="Output indikator of the kegiatan")
    pelaksana: Slug | None = Field(None, description="Id of the unit that carries it out; its sub kegiatan inherit it")
    sasaran: Slug | None = Field(None, description="Id of the sasaran it supports (default: the program's `sasaran`)")
    sub_kegiatan: tuple[SubKegiatan, ...] = Field(
        min_length=1, description="Its sub kegiatan, at least one: the only level that carries money"
    )


class Program(Model):
    kode: Kode | None = Field(
        None, description='Program code, dotted digits, quoted, e.g. "7.01.01"; named by PK `kinerja`'
    )
    nama: Text = Field(description="Name of the program as in the DPA")
    hasil: Text | None = Field(
        None, description="Sasaran (intended result) of the program; its row in a PK (default: its `nama`)"
    )
    indikator: tuple[Indikator, ...] = Field((), description="Outcome indikator of the program")
    sasaran: Slug = Field(description="Id of the sasaran strategis this program supports")
    kegiatan: tuple[Kegiatan, ...] = Field(min_length=1, description="Its kegiatan, at least one")


class LraLine(Model):
    """A line of the Laporan Realisasi Anggaran; parents are sums of their `rincian`."""

    kode: Kode | None = Field(
        None,
        description='Kode rekening of the line, quoted, e.g. "5.1.02"; what `lkjip import` matches an LRA sheet by'
        " (else the uraian)",
    )
    uraian: Text = Field(description="Name of the LRA line, e.g. 'Belanja Operasi', 'Belanja Pegawai'")
    anggaran: Money | None = Field(
        None,
        description="Budget (anggaran) of the line, whole Rupiah; required on a line without `rincian`"
        " (`anggaran:` with no value: not filled yet)",
    )
    realisasi: Money | None = Field(
        None, description="Realised in the report year, whole Rupiah; required on a line without `rincian`"
    )
    realisasi_lalu: Money | None = Field(
        None, description="Realised in the previous year, whole Rupiah; optional, on a line without `rincian` only"
    )
    rincian: tuple["LraLine", ...] = Field(
        (), description="Detail lines, same keys; a line with `rincian` carries no amounts (its totals are their sums)"
    )

    @model_validator(mode="after")
    def _leaf_or_parent(self) -> "LraLine":
        amounts = (self.anggaran, self.realisasi)
        if self.rincian and any(a is not None for a in amounts + (self.realisasi_lalu,)):
            raise ValueError("a line with `rincian` must not carry amounts: its totals are the sums of its rincian")
        given = self.model_fields_set  # `anggaran:` with no value is not filled yet (checks.unfilled)
        if not self.rincian and any(key not in given for key in ("anggaran", "realisasi")):
            raise ValueError("a line without `rincian` needs `anggaran` and `realisasi`")
        return self
