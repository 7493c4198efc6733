"""`content/<kab>/laporan/<name>.yaml`: how one kind of report is laid out (its susunan).

A kabupaten's annual and quarterly reports differ in cover wording, chapter titles, which
sections appear and in what order, heading and table numbering, and where signatures go. All of
that is configuration: the outline names components from the catalogue in
`pipeline/present/outline.py`, and each component is one function of the present stage (`pipeline/present/`).
"""

import re
import string
from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import Discriminator, Field, Tag, ValidationInfo, field_validator, model_validator

from pipeline.content.models.base import Model, Slug, Text
from pipeline.content.models.blocks import Halaman, Isi, Naskah
from pipeline.content.models.kabupaten import Paper

SIGNABLE = {"kata_pengantar", "ringkasan_eksekutif", "kalimat_penutup"}
KOP_FIELDS = {"kecamatan", "kabupaten", "provinsi", "alamat", "ibukota", "telepon", "kode_pos"}
COVER_FIELDS = {"kecamatan", "kabupaten", "provinsi", "tahun", "periode", "tahun_terbit", "judul", "singkatan"}


class HeadingStyle(str, Enum):
    """`huruf`: BAB I, A., 1.; `desimal`: BAB 1, 1.1, 1.1.1."""

    huruf = "huruf"
    desimal = "desimal"


class CaptionStyle(str, Enum):
    """`per_bab`: Tabel 3.2 (numbered within the chapter); `datar`: Tabel 14 (one series)."""

    per_bab = "per_bab"
    datar = "datar"


class ChartSeries(str, Enum):
    """How charts are numbered: `gambar` (with the pictures: Gambar 3.1) or `grafik` (a series of their
    own: Grafik 3.1, listed in a Daftar Grafik)."""

    gambar = "gambar"
    grafik = "grafik"


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

    komponen: Slug = Field(
        description="Name of a catalogue component (`lkjip schema --part komponen`); a bare name is short for this"
    )
    judul: Text | None = Field(None, description="Heading instead of the component's default title")
    opsional: bool = Field(False, description="Leave the component out when the report lacks its data")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value):
        return {"komponen": value} if isinstance(value, str) else value


def _part_kind(value) -> str:
    """A part of a chapter: a catalogue component (a name or `komponen:`), a page (`halaman:`), or
    else a user section (`judul:` with `isi:` and nested `bagian:`)."""
    if isinstance(value, str) or (isinstance(value, dict) and "komponen" in value):
        return "=komponen"
    if isinstance(value, dict) and "halaman" in value:
        return "=halaman"
    return "=seksi"


class Seksi(Model):
    """A section the outline (or the year file, through `isi: <naskah name>`) writes itself."""

    judul: Text = Field(
        description="Heading of the section; with `ulang` it may use {{ placeholders }}, e.g. {{ i.source.nama }}"
    )
    isi: Isi = Field((), description="Blocks, or the name of a `naskah` entry holding them")
    bagian: tuple["Part", ...] = Field((), description="Sub-sections: components, sections or pages")
    bernomor: bool = Field(True, description="Number the heading (A., A.1 / 1.1)")
    opsional: bool = Field(
        False, description="Leave the section out when the `naskah` entry its `isi` names is missing from the year file"
    )
    ulang: Literal["indikator", "sasaran", "program", "kegiatan", "sub_kegiatan"] | None = Field(
        None,
        description="Repeat the section for every indicator (or sasaran) of the IKU, or every program, kegiatan or"
        " sub kegiatan: its `judul` and texts may use {{ i }} (the indicator) and {{ s }} (its sasaran), or {{ n }}"
        " (the budget node: n.nama, n.pagu, n.realisasi, n.serapan, n.indikator); a table with `data: indikator`"
        " shows that one indicator",
    )


Part = Annotated[
    Union[Annotated[Bagian, Tag("=komponen")], Annotated[Halaman, Tag("=halaman")], Annotated[Seksi, Tag("=seksi")]],
    Discriminator(_part_kind),
]
Seksi.model_rebuild()


class Bab(Model):
    judul: Text = Field(description="Chapter title, e.g. 'PENDAHULUAN'; chapters are numbered BAB I, II … in order")
    bagian: tuple[Part, ...] = Field(
        min_length=1, description="Its parts in order: catalogue components, sections of its own, or pages"
    )


def _chapter_kind(value) -> str:
    return "=halaman" if isinstance(value, dict) and "halaman" in value else "=bab"


def _front_kind(value) -> str:
    return "=halaman" if isinstance(value, dict) and "halaman" in value else "=komponen"


class ListStyleName(str, Enum):
    angka = "angka"  # 1. 2. 3.
    huruf = "huruf"  # a. b. c.
    titik = "titik"  # bullets


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
    judul_bagian: HeadingStyle = Field(
        HeadingStyle.huruf,
        description="Numbering of headings below a chapter: `huruf` (A., A.1) or `desimal` (1.1, 1.1.1)",
    )
    nomor_tabel: CaptionStyle = Field(
        CaptionStyle.per_bab,
        description="Numbering of tables and figures: `per_bab` (Tabel 3.2, within the chapter) or `datar` (Tabel 14)",
    )
    nomor_grafik: ChartSeries = Field(
        ChartSeries.gambar,
        description="Numbering of charts: `gambar` (with the pictures, 'Gambar 3.1', in the Daftar Gambar) or"
        " `grafik` (a series of their own, 'Grafik 3.1', listed by the `daftar_grafik` component)",
    )
    sumber_tabel: bool = Field(True, description="Print the 'Sumber :' line under tables")
    kertas: Paper | None = Field(None, description="Paper size, overriding the kabupaten's `kertas`")
    tempat_ttd: SignPlace = Field(
        SignPlace.ibukota,
        description="Place on the signatures' place–date line: `ibukota` (the kabupaten's) or `kecamatan` (its name)",
    )
    tanggal_ttd: SignDate = Field(
        SignDate.lengkap,
        description="Date on the report's own signature lines: `lengkap` (31 Januari 2024) or `bulan` (Januari 2024)",
    )
    depan: tuple[
        Annotated[
            Union[Annotated[Slug, Tag("=komponen")], Annotated[Halaman, Tag("=halaman")]], Discriminator(_front_kind)
        ],
        ...,
    ] = Field(min_length=1, description="Front matter in order: component names and pages")
    bab: tuple[
        Annotated[
            Union[Annotated[Bab, Tag("=bab")], Annotated[Halaman, Tag("=halaman")]], Discriminator(_chapter_kind)
        ],
        ...,
    ] = Field(min_length=1, description="Chapters in order, and pages between them")
    lampiran: tuple[Part, ...] = Field((), description="Appendices: components, sections (one Lampiran each) or pages")
    naskah: Naskah = Field(
        default_factory=dict,
        description="Texts of this outline: the wording of a built-in paragraph by its name (e.g. `bab3.metode`),"
        " or prose and blocks that a section names in `isi:`; a year file's `naskah` overrides these",
    )
    gaya_daftar: tuple[ListStyleName, ...] = Field(
        (ListStyleName.angka, ListStyleName.huruf, ListStyleName.angka),
        description="Markers of the lists written in prose, by nesting level: angka (1.), huruf (a.), titik",
    )
    sumber: dict[Slug, Text | None] = Field(
        default_factory=dict,
        description="The 'Sumber :' line of a built-in table, by the table's name (e.g. `capaian_iku`), instead of"
        " the default; `null` prints none (for a document the kabupaten does not have)",
    )
    kop_surat: tuple[Text, ...] = Field(
        ("Pemerintah Kabupaten {kabupaten}", "Kecamatan {kecamatan}", "{alamat}"),
        description="Lines of the kop surat on letter pages; fields: " + ", ".join(sorted(KOP_FIELDS)),
    )
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

    @field_validator("depan")
    @classmethod
    def _graphs_listed_apart(cls, parts: tuple, info: ValidationInfo) -> tuple:
        if "daftar_grafik" in parts and info.data.get("nomor_grafik") is ChartSeries.gambar:
            raise ValueError(
                "`daftar_grafik` lists charts numbered as Grafik: add `nomor_grafik: grafik` to the outline, or"
                " list the charts with the pictures in `daftar_gambar`"
            )
        return parts

    @field_validator("sampul")
    @classmethod
    def _known_fields(cls, lines: tuple[str, ...]) -> tuple[str, ...]:
        return _fields_known(lines, COVER_FIELDS)

    @field_validator("kop_surat")
    @classmethod
    def _known_kop_fields(cls, lines: tuple[str, ...]) -> tuple[str, ...]:
        return _fields_known(lines, KOP_FIELDS)


def _fields_known(lines: tuple[str, ...], known: set[str]) -> tuple[str, ...]:
    for line in lines:
        for _, name, _, _ in string.Formatter().parse(line):
            if name is not None and name not in known:
                raise ValueError(f"unknown field {{{name}}} in {line!r}; use one of: {', '.join(sorted(known))}")
    return lines


def cover_line(line: str, fields: dict[str, str]) -> str:
    """Fill one cover line; fields are validated against COVER_FIELDS at load time."""
    return re.sub(r"\s+", " ", line.format_map(fields)).strip()
