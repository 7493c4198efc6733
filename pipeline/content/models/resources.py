"""Resources of the office as counted in the report year: staff, sarpras, services, the SKM survey.

Counts only; every total (PNS + Non PNS, B + KB + RB, IKM from the unsur) is derived.
"""

from enum import Enum

from pydantic import Field

from pipeline.content.models.base import Amount, Golongan, Model, Text

Count = Field(ge=0)


class JabatanCount(Model):
    """Staff in one jabatan (003 Tabel 1): how many are PNS and how many are not."""

    nama: Text
    eselon: Text | None = Field(None, description="e.g. 'III.a'; none for staff positions")
    pns: int = Field(0, ge=0)
    non_pns: int = Field(0, ge=0)


class PendidikanCount(Model):
    jenjang: Text = Field(description="SD, SMP, SMA, D3, S1, S2, S3 ...")
    pns: int = Field(0, ge=0)
    non_pns: int = Field(0, ge=0)


class Kepegawaian(Model):
    """Staff counted three ways; the three totals must agree (checked)."""

    jabatan: tuple[JabatanCount, ...] = Field(min_length=1)
    golongan: dict[Golongan, int] = Field(default_factory=dict, description="PNS per golongan, e.g. 'III/a': 2")
    pendidikan: tuple[PendidikanCount, ...] = ()


class Sarpras(Model):
    """One kind of office goods and its condition (003 Tabel 4); jumlah = B + KB + RB."""

    nama: Text
    jenis: Text | None = Field(None, description="Group heading, e.g. 'Alat Kantor'")
    baik: int = Field(0, ge=0)
    kurang_baik: int = Field(0, ge=0)
    rusak_berat: int = Field(0, ge=0)


class SumberDaya(Model):
    kepegawaian: Kepegawaian | None = None
    sarpras: tuple[Sarpras, ...] = ()


class JenisLayanan(str, Enum):
    perizinan = "perizinan"
    non_perizinan = "non_perizinan"


class Layanan(Model):
    """A service delivered by the office and how many times in the year (003 Tabel 35)."""

    nama: Text
    jenis: JenisLayanan
    jumlah: int = Field(ge=0)


class UnsurSkm(Model):
    nama: Text
    nrr: Amount = Field(ge=1, le=4, description="Nilai rata-rata of the unsur, on the 1-4 scale")


class Skm(Model):
    """The Survei Kepuasan Masyarakat; the IKM is (mean NRR) × 25, derived (Permenpan RB 14/2017).

    The indicator it measures says `realisasi_dari: skm` and carries no typed realisasi.
    """

    periode: Text = Field(description="Survey period as printed, e.g. 'Januari s.d. Desember 2023'")
    responden: int = Field(gt=0)
    unsur: tuple[UnsurSkm, ...] = Field(min_length=1)
