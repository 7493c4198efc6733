"""Blocks that an outline or a year file writes itself: prose, tables, formulas, pictures, charts, pages.

A user section (`Seksi`) is a heading with blocks; a page block (`Halaman`) is a page of its own (a
Surat Pernyataan with its kop surat, a separator page). Both may stand anywhere in an outline, mixed
with catalogue components. Prose is Markdown (paragraphs, lists, **tebal**, *miring*, a
```` ```rumus ```` fence) with `{{ placeholders }}` over the computed report, rendered in a sandbox.
"""

import re
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, Discriminator, Field, Tag, field_validator, model_validator

from pipeline.content.models.base import Model, Slug, Text

SOURCES = (
    "indikator",
    "indikator_tujuan",
    "indikator_kegiatan",
    "anggaran",
    "sub_kegiatan",
    "lra",
    "sarpras",
    "layanan",
)


def _source(value: str) -> str:
    if value in SOURCES or re.fullmatch(r"data\.[a-z0-9_]+", value):
        return value
    raise ValueError(
        f"no data source '{value}'; one of: {', '.join(SOURCES)}, or data.<name> (a list in the year file)"
    )


DataName = Annotated[
    str,
    AfterValidator(_source),
    Field(
        description="Where the rows come from: " + ", ".join(SOURCES) + ", or `data.<name>` (a list in the year file)"
    ),
]


class Kolom(Model):
    """One column of a declared table: a field of the data source and how its header reads."""

    isi: Slug = Field(description="The field printed (see `lkjip schema`: table fields)")
    judul: Text | None = Field(None, description="Header; default: the field's own header")
    grup: Text | None = Field(None, description="A header over adjacent columns with the same `grup`")
    lebar: float | None = Field(None, gt=0, description="Relative width (default by the field's kind)")


class Tabel(Model):
    """A table declared in the outline or the year file: a data source, its columns, a caption."""

    judul: Text = Field(description="Caption; may use {{ placeholders }}")
    data: DataName
    kolom: tuple[Kolom, ...] = Field(min_length=1, description="Columns in order; a bare field name is a column")
    jumlah: bool = Field(False, description="Add a total row (sums computed from the rows)")
    sumber: Text | None = Field(None, description="The 'Sumber :' line under this table")
    orientasi: Literal["portrait", "landscape"] = Field(
        "portrait", description="`landscape` sets the table on a landscape page"
    )
    tingkat: tuple[Literal["program", "kegiatan", "sub_kegiatan"], ...] = Field(
        ("program", "kegiatan", "sub_kegiatan"), description="Budget-tree levels printed (data: anggaran)"
    )
    pengantar: Text | None = Field(None, description="The sentence that announces the table")

    @field_validator("kolom", mode="before")
    @classmethod
    def _shorthand(cls, value):
        """A column may be written as its field name alone."""
        if isinstance(value, (list, tuple)):
            return [{"isi": v} if isinstance(v, str) else v for v in value]
        return value

    @field_validator("kolom")
    @classmethod
    def _distinct(cls, value):
        """A field is one column of the table: the printed table keys its columns by field."""
        fields = [kolom.isi for kolom in value]
        twice = next((isi for n, isi in enumerate(fields) if isi in fields[:n]), None)
        if twice:
            raise ValueError(f"column '{twice}' is listed twice; a field prints once in a table")
        return value


class Gambar(Model):
    berkas: Text = Field(description="Image file beside the content (PNG, JPEG or PDF)")
    judul: Text = Field(description="Caption")
    lebar: float = Field(0.8, gt=0, le=1, description="Width as a fraction of the line")


class TeksBlok(Model):
    teks: Text = Field(description="Markdown prose with {{ placeholders }} over the computed report")


class TabelBlok(Model):
    tabel: Tabel = Field(description="A table declared here: its data source, columns and caption")


class RumusBlok(Model):
    rumus: Text = Field(description="A displayed ratio, e.g. 'Capaian = Realisasi / Target × 100%'")


class GambarBlok(Model):
    gambar: Gambar = Field(description="A picture: its file, caption and width")


class GrafikBlok(Model):
    grafik: Literal["capaian", "tren", "anggaran", "triwulan"] = Field(
        description="A chart of the report's own figures, numbered as the outline's `nomor_grafik` says: `capaian`"
        " (capaian per indicator against 100 %, in its category's colour), `tren` (target and realisasi over the"
        " years), `anggaran` (pagu, realisasi and serapan per program), `triwulan` (s.d. the quarter; quarterly"
        " reports)"
    )
    indikator: tuple[Slug, ...] = Field(
        (),
        description="With `tren`: only these indicators (their `id`), e.g. [ikm]; default: every tujuan and sasaran"
        " indicator with an earlier year",
    )

    @model_validator(mode="after")
    def _indicators_for_trends(self) -> "GrafikBlok":
        if self.indikator and self.grafik != "tren":
            raise ValueError("`indikator` chooses the indicators of a `grafik: tren`; the other charts show them all")
        return self


class HalamanBaruBlok(Model):
    halaman_baru: Literal[True] = Field(description="`halaman_baru: true` starts a new page here")


class TandaTanganBlok(Model):
    tanda_tangan: Literal["camat"] = Field(description="Who signs here, with the report's place and date")


class KomponenBlok(Model):
    komponen: Slug = Field(description="A catalogue component placed inside this section")
    judul: Text | None = Field(None, description="Heading instead of the component's default title")


BLOCK_KEYS = ("teks", "tabel", "rumus", "gambar", "grafik", "halaman_baru", "tanda_tangan", "komponen")


def _block_kind(value) -> str | None:
    """The block's kind by its one key; tags start with "=" so error paths can drop them."""
    if isinstance(value, dict):
        return next(("=" + key for key in BLOCK_KEYS if key in value), None)
    return None


Blok = Annotated[
    Union[
        Annotated[TeksBlok, Tag("=teks")],
        Annotated[TabelBlok, Tag("=tabel")],
        Annotated[RumusBlok, Tag("=rumus")],
        Annotated[GambarBlok, Tag("=gambar")],
        Annotated[GrafikBlok, Tag("=grafik")],
        Annotated[HalamanBaruBlok, Tag("=halaman_baru")],
        Annotated[TandaTanganBlok, Tag("=tanda_tangan")],
        Annotated[KomponenBlok, Tag("=komponen")],
    ],
    Discriminator(
        _block_kind, custom_error_type="block", custom_error_message="a block needs one of: " + ", ".join(BLOCK_KEYS)
    ),
]

# The content of a section or a page: its blocks, or the name of a `naskah` entry that holds them.
Isi = Annotated[
    Union[Annotated[tuple[Blok, ...], Tag("=blok")], Annotated[Slug, Tag("=nama")]],
    Discriminator(lambda value: "=nama" if isinstance(value, str) else "=blok"),
]
# A `naskah` entry: a text (a built-in paragraph's wording, or prose) or a list of blocks.
Naskah = dict[Annotated[str, Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)?$")], Union[Text, tuple[Blok, ...]]]


class Halaman(Model):
    """A page of its own: `surat` (a letter or statement under the kop surat, signed by the Camat) or
    `pemisah` (a separator page that carries only its title)."""

    halaman: Literal["surat", "pemisah"] = Field(
        description="Kind of page: `surat` (a letter under the kop surat, signed) or `pemisah` (a separator page)"
    )
    judul: Text = Field(description="Title of the page, printed centred (and its Daftar Isi entry)")
    nomor: Text | None = Field(None, description="The letter's number line, e.g. '800/12/Kec.Btb/2024'")
    kop: bool = Field(True, description="Print the kop surat (surat)")
    isi: Isi = Field((), description="Blocks of the page (surat), or the name of a `naskah` entry holding them")
    tanda_tangan: bool = Field(True, description="The Camat signs the page (surat)")
    daftar_isi: bool = Field(True, description="List the page in the Daftar Isi")
