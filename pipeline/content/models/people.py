"""People and organisation units: who signs, who is responsible."""

from enum import Enum

from pydantic import Field

from pipeline.content.models.base import Golongan, Model, Nip, Slug, Text


class Person(Model):
    """A person as they sign: name in proper case, titles kept verbatim, NIP as 18 digits."""

    nama: Text = Field(description="Name in proper case, without titles, e.g. 'Aditya Yudi Dharma'")
    gelar_depan: Text | None = Field(None, description="Titles before the name, verbatim, e.g. 'H.', 'Hj.', 'Drs.'")
    gelar_belakang: Text | None = Field(None, description="Titles after the name, verbatim, e.g. 'S.STP, M.M.'")
    nip: Nip | None = Field(
        None,
        description='NIP (Nomor Induk Pegawai): 18 digits without spaces, quoted, e.g. "198603132004121004";'
        " checked against the birth date and TMT it encodes",
    )
    golongan: Golongan | None = Field(
        None, description="Golongan ruang, I/a … IV/e; gives the pangkat line of the signature, e.g. 'Pembina (IV/a)'"
    )
    jabatan: Text | None = Field(None, description="Own jabatan of staff who sign a PK but head no unit")


class Acting(str, Enum):
    """Acting prefixes belong to the appointment (jabatan line), never to the name."""

    definitif = "definitif"
    plt = "Plt."
    plh = "Plh."
    pj = "Pj."


class Unit(Model):
    """An organisational unit of the kecamatan and the jabatan of its head."""

    id: Slug = Field(
        description="Unit id (lower case, digits, `_`), named by `penanggung_jawab`, `pelaksana` and PK parties;"
        " the Camat's unit is `camat`"
    )
    nama: Text = Field(description="Unit name, e.g. 'Seksi Pemerintahan'")
    jabatan: Text | None = Field(None, description="Title of its head, e.g. 'Kepala Seksi Pemerintahan'")
    singkatan: Text | None = Field(None, description="Short title for table cells, e.g. 'Kasi Pemerintahan'")
    pejabat: Slug | None = Field(None, description="Key in `pegawai` of the head, if known")
    status: Acting = Field(
        Acting.definitif,
        description="Acting status of its head, printed before the jabatan: `definitif` (none), `Plt.`, `Plh.`, `Pj.`",
    )
    eselon: Text | None = Field(None, description="e.g. 'III.a', 'IV.b'")
    uraian_tugas: tuple[Text, ...] = Field((), description="Duties of the head, as the Perbup lists them")
    bagian: tuple["Unit", ...] = Field(
        (), description="Units under this one (e.g. the Sub Bagian of the Sekretariat), with the same keys"
    )
