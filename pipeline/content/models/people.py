"""People and organisation units: who signs, who is responsible."""

from enum import Enum

from pydantic import Field

from pipeline.content.models.base import Golongan, Model, Nip, Slug, Text


class Person(Model):
    """A person as they sign: name in proper case, titles kept verbatim, NIP as 18 digits."""

    nama: Text
    gelar_depan: Text | None = None
    gelar_belakang: Text | None = None
    nip: Nip | None = None
    golongan: Golongan | None = None
    jabatan: Text | None = Field(None, description="Own jabatan of staff who sign a PK but head no unit")


class Acting(str, Enum):
    """Acting prefixes belong to the appointment (jabatan line), never to the name."""

    definitif = "definitif"
    plt = "Plt."
    plh = "Plh."
    pj = "Pj."


class Unit(Model):
    """An organisational unit of the kecamatan and the jabatan of its head."""

    id: Slug
    nama: Text = Field(description="Unit name, e.g. 'Seksi Pemerintahan'")
    jabatan: Text | None = Field(None, description="Title of its head, e.g. 'Kepala Seksi Pemerintahan'")
    singkatan: Text | None = Field(None, description="Short title for table cells, e.g. 'Kasi Pemerintahan'")
    pejabat: Slug | None = Field(None, description="Key in `pegawai` of the head, if known")
    status: Acting = Acting.definitif
    eselon: Text | None = Field(None, description="e.g. 'III.a', 'IV.b'")
    uraian_tugas: tuple[Text, ...] = Field((), description="Duties of the head, as the Perbup lists them")
    bagian: tuple["Unit", ...] = ()
