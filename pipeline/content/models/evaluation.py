"""The Inspektorat's evaluation (LHE) of the previous year's report, and its follow-up."""

import datetime

from pydantic import Field, model_validator

from pipeline.content.models.base import Amount, Model, Text


class Rekomendasi(Model):
    rekomendasi: Text = Field(description="One recommendation of the LHE, as worded")
    tindak_lanjut: Text = Field(description="What the kecamatan did about it (tindak lanjut)")
    komponen: Text | None = Field(None, description="SAKIP component the recommendation belongs to")


class KomponenNilai(Model):
    """A component score of the SAKIP evaluation (LKE)."""

    nama: Text = Field(description="Name of the component, e.g. 'Perencanaan Kinerja'")
    bobot: Amount = Field(gt=0, le=100, description="Its weight (bobot): the most it can score, 0 < bobot ≤ 100")
    nilai: Amount = Field(ge=0, description="The score it obtained, at most `bobot`, e.g. 23.10")

    @model_validator(mode="after")
    def _within_weight(self) -> "KomponenNilai":
        if self.nilai > self.bobot:
            raise ValueError(f"nilai {self.nilai} exceeds the component's bobot {self.bobot}")
        return self


class Evaluasi(Model):
    """The Inspektorat's evaluation (LHE) of the previous year's report and its follow-up.

    When `komponen` are given, `nilai` is their sum and must not be typed as well.
    """

    tahun_dievaluasi: int = Field(description="Year of the report the LHE evaluates: the year before `tahun`")
    nomor: Text | None = Field(None, description="Number of the LHE letter")
    tanggal: datetime.date | None = Field(None, description="Date of the LHE letter, YYYY-MM-DD")
    nilai: Amount | None = Field(
        None, ge=0, le=100, description="The SAKIP evaluation score, 0-100, e.g. 70.88; omit when `komponen` give it"
    )
    komponen: tuple[KomponenNilai, ...] = Field(
        (), description="Component scores of the evaluation (LKE); `nilai` is then their sum"
    )
    rekomendasi: tuple[Rekomendasi, ...] = Field(
        min_length=1, description="The LHE's recommendations, each with its follow-up; at least one"
    )

    @model_validator(mode="after")
    def _nilai_or_komponen(self) -> "Evaluasi":
        if self.komponen and self.nilai is not None:
            raise ValueError("give `nilai` or its `komponen`, not both: the nilai is the sum of the komponen")
        if not self.komponen and self.nilai is None:
            raise ValueError("`nilai` is required (or list the `komponen` it is the sum of)")
        return self
