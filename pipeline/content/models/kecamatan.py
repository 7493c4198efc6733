"""`content/<kab>/<kec>/kecamatan.yaml`: the profile of one kecamatan."""

from typing import Annotated

from pydantic import Field, StringConstraints

from pipeline.content.models.base import Model, Slug, Text
from pipeline.content.models.people import Person, Unit


class Alamat(Model):
    jalan: Text = Field(description="Street and number of the office, e.g. 'Jalan Inpres No. 132'")
    desa: Text = Field(description="The desa or kelurahan the office stands in, printed after 'Desa'")
    kode_pos: Annotated[str, StringConstraints(pattern=r"^\d{5}$")] | None = Field(
        None, description='Postal code: 5 digits, quoted, e.g. "70814"'
    )
    telepon: Text | None = Field(None, description="Office telephone number as written, e.g. '(0512) 21029'")


class Kecamatan(Model):
    """Profile of one kecamatan (`content/<kab>/<kec>/kecamatan.yaml`)."""

    nama: Text = Field(description="Name of the kecamatan without the word 'Kecamatan', e.g. 'Aluh-Aluh'")
    alamat: Alamat | None = Field(None, description="Office address (printed on the cover when the outline asks)")
    pegawai: dict[Slug, Person] = Field(
        min_length=1,
        description="Staff who sign or are named, by a key of your choice (lower case, digits, `_`) that `pejabat`"
        " and PK parties use",
    )
    organisasi: tuple[Unit, ...] = Field(
        min_length=1,
        description="Organisational units (SOTK), top level in order; one has id `camat` and the Camat as `pejabat`",
    )
