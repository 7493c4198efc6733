"""Resources of the office as counted in the report year: staff, sarpras, services, the SKM survey.

Counts only; every total (PNS + Non PNS, B + KB + RB, IKM from the unsur) is derived.
"""

from enum import Enum

from pydantic import Field

from pipeline.content.models.base import Amount, Golongan, Model, Tally, Text

Count = Field(ge=0)


class JabatanCount(Model):
    """Staff in one jabatan (003 Tabel 1): how many are PNS and how many are not."""

    nama: Text = Field(description="The jabatan as printed, e.g. 'Camat', 'Kasubbag Umum dan Kepegawaian'")
    eselon: Text | None = Field(None, description="e.g. 'III.a'; none for staff positions")
    pns: Tally = Field(0, ge=0, description="Number of PNS (civil servants) in this jabatan")
    non_pns: Tally = Field(0, ge=0, description="Number of staff in it who are not PNS (e.g. honorer)")


class PendidikanCount(Model):
    jenjang: Text = Field(description="SD, SMP, SMA, D3, S1, S2, S3 ...")
    pns: Tally = Field(0, ge=0, description="Number of PNS (civil servants) with this education")
    non_pns: Tally = Field(0, ge=0, description="Number of staff with it who are not PNS (e.g. honorer)")


class Kepegawaian(Model):
    """Staff counted three ways; the three totals must agree (checked)."""

    jabatan: tuple[JabatanCount, ...] = Field(min_length=1, description="Staff per jabatan (position), in order")
    golongan: dict[Golongan, Tally] = Field(default_factory=dict, description="PNS per golongan, e.g. 'III/a': 2")
    pendidikan: tuple[PendidikanCount, ...] = Field((), description="Staff per level of education (jenjang)")


class Sarpras(Model):
    """One kind of office goods and its condition (003 Tabel 4); jumlah = B + KB + RB."""

    nama: Text = Field(description="The kind of goods, e.g. 'Laptop', 'Meja kerja kayu'")
    jenis: Text | None = Field(None, description="Group heading, e.g. 'Alat Kantor'")
    baik: Tally = Field(0, ge=0, description="Number in good condition (B, baik)")
    kurang_baik: Tally = Field(0, ge=0, description="Number in fair condition (KB, kurang baik)")
    rusak_berat: Tally = Field(0, ge=0, description="Number badly damaged (RB, rusak berat)")


class SumberDaya(Model):
    kepegawaian: Kepegawaian | None = Field(
        None, description="Staff counted by jabatan, golongan and pendidikan; the three totals must agree"
    )
    sarpras: tuple[Sarpras, ...] = Field((), description="Office goods (sarana dan prasarana) and their condition")


class JenisLayanan(str, Enum):
    perizinan = "perizinan"
    non_perizinan = "non_perizinan"


class Layanan(Model):
    """A service delivered by the office and how many times in the year (003 Tabel 35)."""

    nama: Text = Field(description="Name of the service, e.g. 'Rekomendasi Nikah'")
    jenis: JenisLayanan = Field(description="`perizinan` (a licence or permit) or `non_perizinan` (any other service)")
    jumlah: Tally = Field(ge=0, description="How many times it was delivered in the report year")


class UnsurSkm(Model):
    nama: Text = Field(description="Name of the unsur (service element surveyed), e.g. 'Persyaratan'")
    nrr: Amount = Field(ge=1, le=4, description="Nilai rata-rata of the unsur, on the 1-4 scale")


class Skm(Model):
    """The Survei Kepuasan Masyarakat; the IKM is (mean NRR) × 25, derived (Permenpan RB 14/2017).

    The indicator it measures says `realisasi_dari: skm` and carries no typed realisasi.
    """

    periode: Text = Field(description="Survey period as printed, e.g. 'Januari s.d. Desember 2023'")
    responden: Tally = Field(gt=0, description="Number of respondents (> 0)")
    unsur: tuple[UnsurSkm, ...] = Field(
        min_length=1, description="The unsur surveyed with their NRR, at least one; the IKM is their mean × 25"
    )
