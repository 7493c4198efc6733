"""`content/<kab>/<kec>/kecamatan.yaml`: the profile of one kecamatan."""

from typing import Annotated

from pydantic import Field, StringConstraints

from pipeline.content.models.base import Model, Slug, Text
from pipeline.content.models.people import Person, Unit


class Alamat(Model):
    jalan: Text
    desa: Text
    kode_pos: Annotated[str, StringConstraints(pattern=r"^\d{5}$")] | None = None
    telepon: Text | None = None


class Kecamatan(Model):
    """Profile of one kecamatan (`content/<kab>/<kec>/kecamatan.yaml`)."""

    nama: Text
    alamat: Alamat | None = Field(None, description="Office address (printed on the cover when the outline asks)")
    pegawai: dict[Slug, Person] = Field(min_length=1)
    organisasi: tuple[Unit, ...] = Field(min_length=1)
