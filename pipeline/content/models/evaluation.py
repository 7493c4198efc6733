"""The Inspektorat's evaluation (LHE) of the previous year's report, and its follow-up."""

import datetime

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, Model, Text


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
