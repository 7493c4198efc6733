"""The header row of a sheet and what each column holds, by its name and common synonyms.

The header is the first of the first ten rows that names a key column (kode, uraian, id or
indikator) and a value column (pagu, realisasi, target ...). What the sheet is about follows from
it: an `id` or `indikator` column makes an indicator sheet; a sheet named "LRA" or a `kode
rekening` column an LRA sheet; anything else the budget tree.

A value column must say which period it holds when that is not plain: in a quarterly import every
realisasi and quarterly target names its triwulan ("Realisasi s.d. TW I", "Target Triwulan 1") and
the annual target says so ("Target Tahunan"); in an annual import a column of a triwulan is
refused. A column that holds a share, a rest or a physical progress (%, sisa, fisik) is not read.
"""

import re
from dataclasses import dataclass
from enum import Enum

from pipeline.sheets.problems import SheetError, at_cell, at_file
from pipeline.sheets.read import Sheet

HEADER_ROWS = 10


class Field(str, Enum):
    kode = "kode"
    uraian = "uraian"
    level = "level"
    id = "id"
    indikator = "indikator"
    satuan = "satuan"
    pagu = "pagu"
    pagu_murni = "pagu_murni"
    realisasi = "realisasi"
    realisasi_lalu = "realisasi_lalu"
    target = "target"
    target_tahunan = "target_tahunan"


class Kind(str, Enum):
    anggaran = "anggaran"
    indikator = "indikator"
    lra = "lra"


_NAMES = {
    Field.kode: "kode|kode rekening|kode rek|rekening|no rekening|nomor rekening|kode program|kode kegiatan"
    "|kode sub kegiatan|kode subkegiatan|kode program kegiatan sub kegiatan|kode program kegiatan",
    Field.uraian: "uraian|nama|program|kegiatan|sub kegiatan|subkegiatan|nama program|nama kegiatan"
    "|nama sub kegiatan|program kegiatan|program kegiatan sub kegiatan|program kegiatan subkegiatan"
    "|nama program kegiatan sub kegiatan|uraian program kegiatan|uraian program kegiatan sub kegiatan"
    "|uraian rekening|nama rekening",
    Field.level: "level|tingkat|jenis",
    Field.id: "id|id indikator|kode indikator",
    Field.indikator: "indikator|nama indikator|indikator kinerja|uraian indikator",
    Field.satuan: "satuan",
}
KEY_NAMES = {name: field for field, names in _NAMES.items() for name in names.split("|")}
NOT_READ = {"persen", "persentase", "capaian", "sisa", "selisih", "fisik", "deviasi", "kas", "%"}
VALUES = {
    Kind.anggaran: {Field.pagu, Field.pagu_murni, Field.realisasi},
    Kind.indikator: {Field.target, Field.target_tahunan, Field.realisasi},
    Kind.lra: {Field.pagu, Field.realisasi, Field.realisasi_lalu},
}
_QUARTER = re.compile(r"\b(?:tw|trw|triwulan)\s?(iv|iii|ii|i|[1-4])\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class Header:
    column: int  # 0-based
    text: str
    field: Field
    quarter: int | None


@dataclass(frozen=True)
class Layout:
    """Where a sheet's header is and which column holds what; key fields may span several columns
    (a sheet with separate Program, Kegiatan and Sub Kegiatan name columns), values one each."""

    kind: Kind
    row: int
    keys: dict[Field, tuple[int, ...]]
    values: dict[Field, Header]


def normal(text: object) -> str:
    """A header as compared: lower case, `(Rp)` and `s.d.` dropped, punctuation as spaces."""
    t = str(text).lower()
    t = re.sub(r"\(\s*rp\s*\.?\s*\)|\brp\b\.?", " ", t)
    t = re.sub(r"\bs\s*[./]\s*d\b\.?|\bsampai dengan\b", " sd ", t)
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", t).split())


def classify(text: object, year: int) -> Header | None:
    """What a header names, or None for a column that is not read (No, Keterangan, %, ...)."""
    t = normal(text)
    if not t:
        return None
    if t in KEY_NAMES:
        return Header(-1, str(text), KEY_NAMES[t], None)
    field = _value_field(t, year)
    quarter = _QUARTER.search(t)
    number = None if quarter is None else _ROMAN.get(quarter.group(1)) or int(quarter.group(1))
    return Header(-1, str(text), field, number) if field else None


def _value_field(t: str, year: int) -> Field | None:
    words = t.split()
    if "%" in t or NOT_READ & set(words):
        return None
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", t)]
    if words[0] == "realisasi":
        if "lalu" in words or years[:1] == [year - 1]:
            return Field.realisasi_lalu
        return None if years and years[0] != year else Field.realisasi
    if years and years[0] != year:
        return None
    if words[0] in ("pagu", "anggaran"):
        return Field.pagu_murni if {"murni", "sebelum"} & set(words) else Field.pagu
    if words[0] == "target":
        return Field.target_tahunan if years or {"tahunan", "tahun"} & set(words) else Field.target
    return None


def find_layout(sheet: Sheet, year: int, quarter: int | None) -> Layout:
    """The layout of a sheet; a SheetError naming the sheet when its columns cannot be recognised."""
    widest: tuple[str, ...] = ()
    for row in sheet.rows:
        if row.number > HEADER_ROWS:
            break
        headers = [_at(column, cell, year) for column, cell in enumerate(row.cells)]
        headers = [h for h in headers if h is not None]
        layout = _layout(sheet, row.number, headers)
        if layout is not None:
            _check_periods(sheet, layout, quarter)
            return layout
        texts = tuple(str(c) for c in row.cells if isinstance(c, str))
        widest = texts if len(texts) > len(widest) else widest
    found = ", ".join(f"'{t}'" for t in widest) or "no text at all"
    why = (
        f"sheet '{sheet.name}': no header row in rows 1-{HEADER_ROWS} names a key column (kode, uraian, id or "
        f"indikator) and a value column (pagu, anggaran, realisasi or target); found {found}"
    )
    raise SheetError([at_file(sheet.file, why)])


def _at(column: int, cell: object, year: int) -> Header | None:
    if not isinstance(cell, str):
        return None
    header = classify(cell, year)
    return None if header is None else Header(column, header.text, header.field, header.quarter)


def _layout(sheet: Sheet, row: int, headers: list[Header]) -> Layout | None:
    fields = {h.field for h in headers}
    if not fields & {Field.kode, Field.uraian, Field.id, Field.indikator}:
        return None
    kind = _kind(sheet, row, headers, fields)
    values = [h for h in headers if h.field in VALUES[kind]]
    if not values:
        return None
    keys = {f: tuple(h.column for h in headers if h.field is f) for f in fields if f in KEY_NAMES.values()}
    return Layout(kind, row, keys, _one_each(sheet, row, values))


def _kind(sheet: Sheet, row: int, headers: list[Header], fields: set[Field]) -> Kind:
    if fields & {Field.id, Field.indikator}:
        money = [h for h in headers if h.field in (Field.pagu, Field.pagu_murni)]
        if money:
            named = next(h for h in headers if h.field in (Field.id, Field.indikator))
            why = (
                f"sheet '{sheet.name}' has budget columns ('{money[0].text}') and indicator columns "
                f"('{named.text}'): its realisasi could be money or an indicator's; move the indicator "
                "columns to a sheet of their own"
            )
            raise SheetError([at_cell(sheet.file, sheet.name, row, money[0].column + 1, why)])
        return Kind.indikator
    rekening = any(h.field is Field.kode and "rekening" in normal(h.text) for h in headers)
    return Kind.lra if rekening or "lra" in normal(sheet.name).split() else Kind.anggaran


def _one_each(sheet: Sheet, row: int, values: list[Header]) -> dict[Field, Header]:
    chosen: dict[Field, Header] = {}
    for header in values:
        if header.field in chosen:
            first = chosen[header.field]
            why = f"columns '{first.text}' and '{header.text}' both hold {header.field.value}: keep one"
            raise SheetError([at_cell(sheet.file, sheet.name, row, header.column + 1, why)])
        chosen[header.field] = header
    return chosen


def _check_periods(sheet: Sheet, layout: Layout, quarter: int | None) -> None:
    problems = []
    for header in layout.values.values():
        why = _period_problem(header, quarter, layout.kind)
        if why:
            problems.append(at_cell(sheet.file, sheet.name, layout.row, header.column + 1, f"'{header.text}': {why}"))
    if problems:
        raise SheetError(problems)


def _period_problem(header: Header, quarter: int | None, kind: Kind) -> str | None:
    """Why a value column cannot be read for the period imported, or None."""
    if kind is Kind.lra and quarter is not None:
        return "the LRA holds the figures of the year: import this sheet without --period"
    if header.field in (Field.pagu, Field.pagu_murni, Field.target_tahunan, Field.realisasi_lalu):
        return f"a {header.field.value.replace('_', ' ')} is for the year, not a triwulan" if header.quarter else None
    if header.quarter is None and quarter is None:
        return None
    if header.quarter is None:
        name = "Realisasi s.d." if header.field is Field.realisasi else "Target"
        also = "" if header.field is Field.realisasi else ", or 'Target Tahunan' for the year's"
        return f"this import is for triwulan {quarter}: name the column '{name} TW {_roman(quarter)}'{also}"
    if quarter is None:
        return f"the column is of triwulan {header.quarter}: import it with --period tw{header.quarter}"
    if header.quarter != quarter:
        return f"the column is of triwulan {header.quarter}, this import is for triwulan {quarter}"
    return None


def _roman(quarter: int) -> str:
    return {v: k for k, v in _ROMAN.items()}[quarter].upper()
