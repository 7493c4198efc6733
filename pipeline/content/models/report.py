"""`content/<kab>/<kec>/<year>.yaml`: the facts of one report year."""

import datetime
from enum import Enum

from pydantic import Field

from pipeline.content.models.base import Amount, FileStem, Kode, Model, SigningDate, Slug, Text
from pipeline.content.models.blocks import Naskah
from pipeline.content.models.budget import LraLine, Program
from pipeline.content.models.evaluation import Evaluasi
from pipeline.content.models.indicator import Indikator, Quarter
from pipeline.content.models.resources import Layanan, Skm, SumberDaya


class Analisis(Model):
    """Analysis #5 and #7 of Permenpan RB 53/2014: what no template can write."""

    faktor_pendukung: tuple[Text, ...] = Field((), description="Supporting factors (faktor pendukung), one per item")
    faktor_penghambat: tuple[Text, ...] = Field((), description="Obstacles (faktor penghambat), one per item")
    upaya: tuple[Text, ...] = Field((), description="Efforts made to improve (upaya perbaikan), one per item")
    rencana_aksi: tuple[Text, ...] = Field((), description="Planned actions (rencana aksi), one per item")
    catatan: tuple[Text, ...] = Field((), description="Further notes (catatan), one per item")


class Strategi(Model):
    uraian: Text = Field(description="A strategy (strategi) of the Renstra for the sasaran, as worded")
    arah_kebijakan: tuple[Text, ...] = Field((), description="Its policy directions (arah kebijakan), one per item")


class Sasaran(Model):
    id: Slug = Field(description="Sasaran id (lower case, digits, `_`), named by `program.sasaran` and PK `kinerja`")
    uraian: Text = Field(description="The sasaran strategis as the Renstra words it")
    indikator: tuple[Indikator, ...] = Field(min_length=1, description="Its indicators (the IKU), at least one")
    analisis: Analisis | None = Field(
        None, description="The analysis of its capaian that no figure gives: factors, efforts, actions, notes"
    )
    strategi: tuple[Strategi, ...] = Field((), description="Strategies for it, each with its arah kebijakan")


class Tujuan(Model):
    uraian: Text = Field(description="The tujuan (goal) as the Renstra words it")
    indikator: tuple[Indikator, ...] = Field((), description="Indikator tujuan, when the Renstra gives one")
    sasaran: tuple[Sasaran, ...] = Field(min_length=1, description="Its sasaran strategis, at least one")


class PkVersion(str, Enum):
    murni = "murni"
    perubahan = "perubahan"


class KinerjaSendiri(Model):
    """A PK row that is the signing unit's own: a unit with no sasaran and no budget of its own
    (a Seksi without kegiatan) still promises kinerja, which no sasaran id or kode can name.

    Its indicators are the unit's, not the kecamatan's: they print on the PK sheet and the
    matriks only, and count in no IKU, sasaran capaian or summary.
    """

    kinerja: Text = Field(description="The kinerja (sasaran of the unit) it promises, as the signed PK words it")
    indikator: tuple[Indikator, ...] = Field(
        min_length=1,
        description="Its indicators, at least one, with target and realisasi; their ids are unique in the year file",
    )


class PerjanjianKinerja(Model):
    """One signed PK pair. Its rows, targets and budget are those of the items it names, never retyped.

    A party is a unit id of `organisasi` (its head signs, with the unit's jabatan and acting
    status), a key of `pegawai` (that person signs with their own `jabatan`), or `bupati`.
    A unit whose kinerja are in no sasaran and no budget node writes them as `kinerja_sendiri`.
    """

    pihak_pertama: Slug = Field("camat", description="Who promises: unit id or pegawai key")
    pihak_kedua: Slug = Field("bupati", description="The superior: `bupati`, a unit id or a pegawai key")
    versi: PkVersion = Field(
        description="`murni`: the PK of the original APBD; `perubahan`: the PK revised after the APBD Perubahan"
    )
    tanggal: datetime.date | None = Field(
        None, description="Signing date, YYYY-MM-DD; a blank date line is printed when unknown"
    )
    kinerja: tuple[Slug | Kode, ...] = Field(
        (),
        description="Rows of the PK table: sasaran ids, or kode of programs/kegiatan/sub kegiatan"
        " (their `hasil` and indikator). Default, when `kinerja_sendiri` is empty too: every sasaran strategis",
    )
    kinerja_sendiri: tuple[KinerjaSendiri, ...] = Field(
        (),
        description="Rows of the unit's own, printed after the `kinerja` rows: each its kinerja and indikator"
        " (never IKU of the kecamatan, and carrying no budget)",
    )
    anggaran: bool = Field(True, description="Print the budget table of the items (program pagu for a sasaran)")


class SkIku(Model):
    """The Camat's decree setting the IKU (002 Lampiran); its tables are built from the indicators."""

    nomor: Text = Field(description="Number of the decree (nomor keputusan), as printed")
    tanggal: datetime.date = Field(description="Date the decree was signed, YYYY-MM-DD")
    menimbang: tuple[Text, ...] = Field(min_length=1, description="Its considerations (Menimbang), one per item")
    mengingat: tuple[Text, ...] = Field(
        min_length=1, description="Its legal bases (Mengingat), one regulation per item"
    )


class Masalah(Model):
    masalah: Text = Field(description="One problem (masalah) under its pokok masalah")
    akar_masalah: tuple[Text, ...] = Field(min_length=1, description="Its root causes (akar masalah), one per item")


class PokokMasalah(Model):
    pokok: Text = Field(description="The main problem (pokok masalah), as worded")
    masalah: tuple[Masalah, ...] = Field(min_length=1, description="The problems under it, at least one")


class LaporanTriwulan(Model):
    tanggal: SigningDate = Field(
        description="Date the quarterly report is signed, YYYY-MM-DD, or YYYY-MM when only the month is known"
    )


class Report(Model):
    """The facts of one kecamatan's year (`content/<kab>/<kec>/<year>.yaml`).

    One file serves the annual report and every quarterly report of that year: the period is
    chosen at build time, and each period's figures are read from the same indicators.

    A key written with no value (`realisasi:`, `pagu: ~`, `tanggal:`) is a value not filled yet,
    never a fact: `lkjip new` writes them for what a new year or quarter must get. `lkjip check`
    lists them (warnings until the report is signed, errors from its date on); a build refuses them.
    """

    tahun: int = Field(
        ge=2000, le=2100, description="The report year; equals the file's name, e.g. 2023 in `2023.yaml`"
    )
    tanggal: SigningDate | None = Field(
        None,
        description="Date the annual report is signed, YYYY-MM-DD, or YYYY-MM when only the month is known"
        " (printed as 'Januari 2024'); the annual report needs it",
    )
    triwulan: dict[Quarter, LaporanTriwulan] = Field(
        default_factory=dict, description="Quarterly reports, by quarter (1-4); a quarter's report needs its entry"
    )
    renstra: tuple[int, int] = Field(
        description="First and last year of the kecamatan's Renstra (strategic plan), e.g. [2022, 2026]"
    )
    misi: int = Field(
        ge=1, description="Number of the RPJMD misi the kecamatan supports (1: the first of `rpjmd.misi`)"
    )
    sumber_dana: Text = Field(
        description="Source of the year's funds as the report words it, e.g. 'APBD Kabupaten Banjar'"
    )
    tujuan: tuple[Tujuan, ...] = Field(
        min_length=1, description="The tujuan of the Renstra, each with its sasaran strategis and their indicators"
    )
    perjanjian_kinerja: tuple[PerjanjianKinerja, ...] = Field(
        min_length=1, description="The Perjanjian Kinerja (PK) pairs signed for the year, at least the Camat's"
    )
    sk_iku: SkIku | None = Field(
        None, description="The Camat's decree setting the IKU; required by the `lampiran_sk_iku` komponen"
    )
    program: tuple[Program, ...] = Field(
        min_length=1,
        description="The budget tree of the year: program → kegiatan → sub kegiatan (only sub kegiatan carry money)",
    )
    realisasi_anggaran: tuple[LraLine, ...] = Field(
        (),
        description="Top lines of the Laporan Realisasi Anggaran (LRA); required by the `realisasi_anggaran` komponen",
    )
    permasalahan: tuple[PokokMasalah, ...] = Field(
        (), description="Problems by pokok masalah, with their root causes; required by the `permasalahan` komponen"
    )
    isu_strategis: tuple[Text, ...] = Field(
        (), min_length=1, description="Required by the `isu_strategis` komponen only; a list, when given, is not empty"
    )
    evaluasi: Evaluasi | None = Field(
        None, description="The Inspektorat's evaluation (LHE) of the previous year's report, and its follow-up"
    )
    skm: Skm | None = Field(
        None, description="The Survei Kepuasan Masyarakat of the year, from which the IKM is computed"
    )
    sumber_daya: SumberDaya | None = Field(
        None,
        description="Staff and office goods as counted in the year; required by the `sumber_daya`, `dukungan` komponen",
    )
    layanan: tuple[Layanan, ...] = Field(
        (), description="Services delivered in the year and how often; required by the `produk_layanan` komponen"
    )
    saran: tuple[Text, ...] = Field(
        (), min_length=1, description="Required by the `saran` komponen only; a list, when given, is not empty"
    )
    strategi_peningkatan: tuple[Text, ...] = Field(
        (),
        description="Strategies to improve performance, one per item; required by the `strategi_peningkatan` komponen",
    )
    susunan: FileStem | None = Field(
        None, description="Outline (`laporan/<name>.yaml`) to use instead of the kabupaten's default"
    )
    naskah: Naskah = Field(
        default_factory=dict,
        description="This report's own texts: a built-in paragraph's wording by its name (e.g. `depan.kata_pengantar`),"
        " or prose and blocks that a section of the outline names in `isi:`; they override the outline's `naskah`",
    )
    data: dict[Slug, tuple[dict[Slug, Text | Amount], ...]] = Field(
        default_factory=dict,
        description="Rows of tables the outline declares with `data: data.<name>`: each row a map of field to value",
    )
