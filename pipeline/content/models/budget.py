"""The budget of a year: the program tree (only leaves carry money) and the LRA lines."""

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, Kode, Model, Money, Slug, Text
from pipeline.content.models.indicator import Indikator, Quarter


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
