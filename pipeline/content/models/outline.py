"""`content/<kab>/laporan/<name>.yaml`: how one kind of report is laid out (its susunan).

A kabupaten's annual and quarterly reports differ in cover wording, chapter titles, which
sections appear and in what order, heading and table numbering, and where signatures go. All of
that is configuration: the outline names components from the catalogue in
`pipeline/present/outline.py`, and each component is one function of the present stage (`pipeline/present/`).
"""

import re
import string
from enum import Enum

from pydantic import Field, field_validator, model_validator

from pipeline.content.models.base import Model, Slug, Text
from pipeline.content.models.kabupaten import Paper

SIGNABLE = {"kata_pengantar", "ringkasan_eksekutif", "kalimat_penutup"}
COVER_FIELDS = {"kecamatan", "kabupaten", "provinsi", "tahun", "periode", "tahun_terbit", "judul", "singkatan"}


class HeadingStyle(str, Enum):
    """`huruf`: BAB I, A., 1.; `desimal`: BAB 1, 1.1, 1.1.1."""

    huruf = "huruf"
    desimal = "desimal"


class CaptionStyle(str, Enum):
    """`per_bab`: Tabel 3.2 (numbered within the chapter); `datar`: Tabel 14 (one series)."""

    per_bab = "per_bab"
    datar = "datar"


class SignDate(str, Enum):
    """How the place–date line gives the date: `lengkap` (31 Januari 2024) or `bulan` (Januari 2024)."""

    lengkap = "lengkap"
    bulan = "bulan"


class SignPlace(str, Enum):
    """Where the place–date line says the report was signed."""

    ibukota = "ibukota"
    kecamatan = "kecamatan"


class Bagian(Model):
    """One component of a chapter or of the appendices, with an optional title override."""

    komponen: Slug
    judul: Text | None = None
    opsional: bool = Field(False, description="Leave the component out when the report lacks its data")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value):
        return {"komponen": value} if isinstance(value, str) else value


class Bab(Model):
    judul: Text
    bagian: tuple[Bagian, ...] = Field(min_length=1)


class Outline(Model):
    """The susunan of one kind of report."""

    judul: Text = Field(description="Document title, e.g. 'Laporan Kinerja Instansi Pemerintah'")
    singkatan: Text = Field(description="Its acronym, e.g. 'LKjIP'")
    sampul: tuple[Text, ...] = Field(
        min_length=1,
        description="Cover lines, upper-cased when printed; fields: " + ", ".join(sorted(COVER_FIELDS)),
    )
    lambang: int = Field(2, ge=0, description="The emblem goes after this many cover lines")
    alamat_sampul: bool = Field(True, description="Print the office address on the cover")
    judul_bagian: HeadingStyle = HeadingStyle.huruf
    nomor_tabel: CaptionStyle = CaptionStyle.per_bab
    sumber_tabel: bool = Field(True, description="Print the 'Sumber :' line under tables")
    kertas: Paper | None = Field(None, description="Paper size, overriding the kabupaten's `kertas`")
    tempat_ttd: SignPlace = SignPlace.ibukota
    tanggal_ttd: SignDate = Field(SignDate.lengkap, description="Date on the report's own signature lines")
    depan: tuple[Slug, ...] = Field(min_length=1, description="Front matter components in order")
    bab: tuple[Bab, ...] = Field(min_length=1)
    lampiran: tuple[Bagian, ...] = ()
    ditandatangani: tuple[Slug, ...] = Field(
        ("kata_pengantar",),
        description="Components the Camat signs: `kata_pengantar`, `ringkasan_eksekutif`, `kalimat_penutup`",
    )

    @field_validator("ditandatangani")
    @classmethod
    def _signable(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(names) - SIGNABLE
        if unknown:
            raise ValueError(f"cannot sign {', '.join(sorted(unknown))}; one of: {', '.join(sorted(SIGNABLE))}")
        return names

    @field_validator("sampul")
    @classmethod
    def _known_fields(cls, lines: tuple[str, ...]) -> tuple[str, ...]:
        for line in lines:
            for _, name, _, _ in string.Formatter().parse(line):
                if name is not None and name not in COVER_FIELDS:
                    raise ValueError(
                        f"unknown field {{{name}}} in {line!r}; use one of: {', '.join(sorted(COVER_FIELDS))}"
                    )
        return lines


def cover_line(line: str, fields: dict[str, str]) -> str:
    """Fill one cover line; fields are validated against COVER_FIELDS at load time."""
    return re.sub(r"\s+", " ", line.format_map(fields)).strip()
