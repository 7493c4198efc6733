"""The fields a declared table may print, by data source: each a header, a kind and a getter.

These are the documented names of `kolom:` in a table the outline or the year file declares
(`lkjip schema` lists them). Every value is a figure the compute stage derived, or a fact of the
content; nothing is computed here. A header may use {tahun}, {tahun_lalu} and {renstra_akhir}.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.results import BudgetNode, IndikatorResult, SasaranResult
from pipeline.document.table import ColumnType as T
from pipeline.document.values import Indented, Quantity, Signed
from pipeline.present.rows.cells import pj, quantity


@dataclass(frozen=True)
class Field:
    head: str
    type: T
    get: Callable  # record -> value
    description: str
    summable: bool = False  # a total row adds it up


@dataclass(frozen=True)
class IndicatorRecord:
    """One indicator as a table row sees it, with the sasaran or budget node it belongs to."""

    ind: IndikatorResult
    sasaran: SasaranResult | None = None
    node: BudgetNode | None = None
    tujuan: str | None = None


def _m(get):
    return lambda r: get(r.ind)


def _q(get):
    return lambda r: quantity(r.ind, get(r.ind))


def _budget(get):
    """The money behind an indicator: its sasaran's budget, or its budget node's."""

    def read(r):
        owner = r.node if r.node is not None else r.sasaran
        return None if owner is None else get(owner)

    return read


INDICATOR = {
    "sasaran": Field(
        "Sasaran Strategis", T.text, lambda r: r.sasaran.uraian if r.sasaran else None, "the sasaran strategis"
    ),
    "tujuan": Field("Tujuan", T.text, lambda r: r.tujuan, "the tujuan (for `indikator_tujuan`)"),
    "uraian": Field(
        "Program / Kegiatan / Sub Kegiatan",
        T.text,
        lambda r: r.node.nama if r.node else None,
        "the program, kegiatan or sub kegiatan (for `indikator_kegiatan`)",
    ),
    "indikator": Field("Indikator Kinerja", T.text, _m(lambda i: i.source.nama), "the indicator's name"),
    "satuan": Field("Satuan", T.text, _m(lambda i: i.source.satuan), "its unit"),
    "target": Field("Target", T.quantity, _q(lambda i: i.measure.target), "this year's target"),
    "realisasi": Field("Realisasi", T.quantity, _q(lambda i: i.measure.realisasi), "this year's realisasi"),
    "capaian": Field("Capaian (%)", T.percent, _m(lambda i: i.measure.capaian), "capaian: realisasi against target"),
    "kategori": Field("Kategori", T.band, _m(lambda i: i.measure.kategori), "the category of the capaian on the scale"),
    "target_lalu": Field(
        "Target {tahun_lalu}",
        T.quantity,
        _q(lambda i: i.last_year.previous and i.last_year.previous.target),
        "last year's target",
    ),
    "realisasi_lalu": Field(
        "Realisasi {tahun_lalu}",
        T.quantity,
        _q(lambda i: i.last_year.previous and i.last_year.previous.realisasi),
        "last year's realisasi",
    ),
    "capaian_lalu": Field(
        "Capaian {tahun_lalu} (%)",
        T.percent,
        _m(lambda i: i.last_year.previous and i.last_year.previous.capaian),
        "last year's capaian",
    ),
    "perubahan_capaian": Field(
        "Perubahan Capaian (poin)",
        T.signed,
        _m(lambda i: Signed(i.last_year.delta_capaian)),
        "capaian this year less last year's",
    ),
    "target_akhir_renstra": Field(
        "Target Akhir Renstra ({renstra_akhir})",
        T.quantity,
        _q(lambda i: i.renstra and i.renstra.target),
        "the Renstra's end target",
    ),
    "capaian_renstra": Field(
        "Capaian thd. Target Akhir Renstra (%)",
        T.percent,
        _m(lambda i: i.renstra and i.renstra.capaian),
        "realisasi against the Renstra end target",
    ),
    "target_provinsi": Field(
        "Target Provinsi",
        T.quantity,
        _q(lambda i: i.provinsi and i.provinsi.target),
        "the provincial (RPJMD provinsi) target",
    ),
    "capaian_provinsi": Field(
        "Capaian thd. Target Provinsi (%)",
        T.percent,
        _m(lambda i: i.provinsi and i.provinsi.capaian),
        "realisasi against the provincial target",
    ),
    "target_nasional": Field(
        "Target Nasional", T.quantity, _q(lambda i: i.nasional and i.nasional.target), "the national (RPJMN) target"
    ),
    "capaian_nasional": Field(
        "Capaian thd. Target Nasional (%)",
        T.percent,
        _m(lambda i: i.nasional and i.nasional.capaian),
        "realisasi against the national target",
    ),
    "pagu": Field(
        "Pagu (Rp)", T.money, _budget(lambda o: o.pagu), "the budget behind it (its sasaran's or its node's)"
    ),
    "realisasi_anggaran": Field(
        "Realisasi Anggaran (Rp)", T.money, _budget(lambda o: o.realisasi), "the money spent on it"
    ),
    "serapan": Field("Serapan (%)", T.percent, _budget(lambda o: o.serapan), "realisasi anggaran against pagu"),
    "pj": Field("Penanggung Jawab", T.text, _m(pj), "the unit answerable for it"),
    "definisi": Field("Definisi Operasional", T.text, _m(lambda i: i.source.definisi), "its definition"),
    "formula": Field("Formulasi Perhitungan", T.text, _m(lambda i: i.source.formula), "how it is computed"),
    "sumber_data": Field("Sumber Data", T.text, _m(lambda i: i.source.sumber_data), "where its data come from"),
}

# Fields that stand for one column per year of the Renstra, or per compared place.
EXPANDING = {
    "target_renstra": "the Renstra target of every year of its period, one column a year",
    "pembanding": "the realisasi of each place the indicator is compared with, one column each",
}

NODE = {
    "kode": Field("Kode", T.code, lambda n: n.kode, "the kode of the program, kegiatan or sub kegiatan"),
    "uraian": Field("Program / Kegiatan / Sub Kegiatan", T.text, lambda n: n.nama, "its name"),
    "indikator": Field(
        "Indikator Kinerja",
        T.text,
        lambda n: n.indikator.source.nama if n.indikator else None,
        "the sub kegiatan's indicator",
    ),
    "satuan": Field("Satuan", T.text, lambda n: n.indikator.source.satuan if n.indikator else None, "its unit"),
    "target": Field(
        "Target",
        T.quantity,
        lambda n: quantity(n.indikator, n.indikator.measure.target) if n.indikator else None,
        "its target",
    ),
    "realisasi": Field(
        "Realisasi",
        T.quantity,
        lambda n: quantity(n.indikator, n.indikator.measure.realisasi) if n.indikator else None,
        "its realisasi",
    ),
    "capaian": Field(
        "Capaian (%)", T.percent, lambda n: n.indikator.measure.capaian if n.indikator else None, "its capaian"
    ),
    "kategori": Field(
        "Kategori",
        T.band,
        lambda n: n.indikator.measure.kategori if n.indikator else None,
        "the category of its capaian",
    ),
    "pagu_murni": Field("Pagu Murni (Rp)", T.money, lambda n: n.pagu_murni, "the pagu before the APBD Perubahan", True),
    "pagu": Field("Pagu (Rp)", T.money, lambda n: n.pagu, "the pagu", True),
    "perubahan": Field("Perubahan (Rp)", T.money, lambda n: n.perubahan, "pagu less pagu murni", True),
    "realisasi_anggaran": Field("Realisasi (Rp)", T.money, lambda n: n.realisasi, "the money spent", True),
    "serapan": Field("Serapan (%)", T.percent, lambda n: n.serapan, "realisasi against pagu", True),
    "efisiensi": Field("Efisiensi (%)", T.percent, lambda n: n.efisiensi, "efficiency by the kabupaten's rule"),
}

LRA = {
    "uraian": Field(
        "Uraian", T.text, lambda r: Indented(r.uraian, max(r.depth - 1, 0)), "the LRA line, indented by depth"
    ),
    "anggaran": Field("Anggaran (Rp)", T.money, lambda r: r.anggaran, "the line's budget"),
    "realisasi": Field("Realisasi (Rp)", T.money, lambda r: r.realisasi, "its realisasi"),
    "persen": Field("(%)", T.percent, lambda r: r.persen, "realisasi against anggaran"),
    "sisa": Field("Sisa (Rp)", T.money, lambda r: r.sisa, "anggaran less realisasi"),
    "realisasi_lalu": Field(
        "Realisasi {tahun_lalu} (Rp)", T.money, lambda r: r.realisasi_lalu, "last year's realisasi"
    ),
}

SARPRAS = {
    "jenis": Field("Jenis", T.text, lambda x: x.jenis, "the kind of goods"),
    "nama": Field("Nama Barang", T.text, lambda x: x.nama, "the item"),
    "baik": Field("Baik", T.count, lambda x: x.baik, "in good condition", True),
    "kurang_baik": Field("Kurang Baik", T.count, lambda x: x.kurang_baik, "in fair condition", True),
    "rusak_berat": Field("Rusak Berat", T.count, lambda x: x.rusak_berat, "badly damaged", True),
}

LAYANAN = {
    "jenis": Field(
        "Jenis",
        T.text,
        lambda x: "Perizinan" if x.jenis.value == "perizinan" else "Non Perizinan",
        "perizinan or non perizinan",
    ),
    "nama": Field("Jenis Layanan", T.text, lambda x: x.nama, "the service"),
    "jumlah": Field("Jumlah", T.count, lambda x: x.jumlah, "times delivered in the year", True),
}

BY_SOURCE = {
    "indikator": INDICATOR,
    "indikator_tujuan": INDICATOR,
    "indikator_kegiatan": INDICATOR,
    "anggaran": NODE,
    "sub_kegiatan": NODE,
    "lra": LRA,
    "sarpras": SARPRAS,
    "layanan": LAYANAN,
}


def data_field(key: str, values: list) -> Field:
    """A field of rows the year file gives (`data.<name>`): numbers print as numbers, the rest as text."""
    numbers = [v for v in values if isinstance(v, Decimal | int) and not isinstance(v, bool)]
    if numbers and len(numbers) == len([v for v in values if v is not None]):
        places = max((-v.as_tuple().exponent for v in numbers if isinstance(v, Decimal)), default=0)
        kind = T.count if places == 0 else T.decimal
        return Field(key.replace("_", " ").title(), kind, lambda row: _number(row.get(key), places), key, True)
    return Field(key.replace("_", " ").title(), T.text, lambda row: row.get(key), key)


def _number(value, places):
    if value is None:
        return None
    return Quantity(Decimal(value), places) if places else int(value)
