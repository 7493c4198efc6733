"""Tables declared in content: a data source, its columns by field name, a caption, a total.

The rows come from the computed report (indicators, the budget tree, sarpras, layanan) or from a
list the year file gives (`data.<name>`); the columns are fields of `fields.py`. A field the source
does not have is a problem at the line that names it. A total row prints only figures the compute
stage derived (the budget's grand total, the sarpras totals, sums of the year file's rows).
"""

import re

from pipeline.compute.results import walk
from pipeline.compute.tables import column_total
from pipeline.content.models.blocks import Tabel
from pipeline.document.inline import runs
from pipeline.document.table import Align, Column, ColumnType, Level, Orientation, Row, Span, Table
from pipeline.document.values import Money, Percent, Quantity
from pipeline.present.context import Ctx
from pipeline.present.fields import BY_SOURCE, EXPANDING, Field, IndicatorRecord, data_field
from pipeline.present.prose import Written
from pipeline.present.rows.cells import LEVEL, ordinal

ROW_NUMBER = "no"


def table(p: Ctx, spec: Tabel, where: Written, scope: dict | None = None) -> tuple:
    """The declared table as blocks (nothing when its source has no rows: no empty table prints)."""
    scope = scope or {}
    records = _records(p, spec, where, scope)
    if records is None:
        return ()
    fields = _fields(p, spec, where, records)
    if fields is None or not records:
        return ()
    columns = tuple(
        _column(p, key, kolom, field, where, n, scope) for n, (key, kolom, field) in _numbered(spec, fields)
    )
    rows = [_row(n, record, fields) for n, record in enumerate(records, start=1)]
    if spec.jumlah:
        total = _total(p, spec, where, fields, records)
        if total is not None:
            rows.append(total)
    label = "tab:" + "-".join(str(part) for part in (where.file, *where.loc, *_scope_key(p, scope)))
    caption = p.plain(Written(spec.judul, where.file, where.loc + ("judul",)), scope)
    intro = p.plain(Written(spec.pengantar, where.file, where.loc + ("pengantar",)), scope) if spec.pengantar else None
    sumber = p.plain(Written(spec.sumber, where.file, where.loc + ("sumber",)), scope) if spec.sumber else None
    shown = sumber if p.content.outline.sumber_tabel else None
    return (
        Table(
            layout="",
            label=label,
            caption=caption,
            columns=columns,
            rows=tuple(rows),
            source=shown,
            intro=runs(intro) if intro else (),
            orientation=Orientation(spec.orientasi),
        ),
    )


def _scope_key(p: Ctx, scope: dict | None) -> tuple:
    """What keeps the label of a repeated section's table unique: its indicator, sasaran or node."""
    if not scope:
        return ()
    if "i" in scope:
        return (scope["i"].source.id,)
    if "n" in scope:
        node = scope["n"]
        return (node.kode or re.sub(r"[^a-z0-9]+", "", node.nama.lower())[:24],)
    return (scope["s"].id,) if "s" in scope else ()


def _records(p: Ctx, spec: Tabel, where: Written, scope: dict):
    c, source = p.c, spec.data
    if source == "indikator":
        chosen, sasaran = scope.get("i"), scope.get("s")
        return [
            IndicatorRecord(i, s)
            for s in c.sasaran
            for i in s.indikator
            if (chosen is None or i is chosen) and (sasaran is None or s is sasaran)
        ]
    if source == "indikator_tujuan":
        return [
            IndicatorRecord(i, tujuan=t.uraian)
            for t in p.rep.tujuan
            for i in c.tujuan_indicators
            if i.source in t.indikator
        ]
    tree = (scope["n"],) if "n" in scope else c.programs  # inside a repeated program: its own subtree
    if source == "indikator_kegiatan":
        return [IndicatorRecord(i, node=n) for n in walk(tree) if n.level != "program" for i in n.indicators]
    if source == "anggaran":
        return [n for n in walk(tree) if n.level in spec.tingkat]
    if source == "sub_kegiatan":
        return [n for n in walk(tree) if n.level == "sub_kegiatan"]
    if source == "lra":
        return list(c.lra)
    if source == "sarpras":
        return list(p.rep.sumber_daya.sarpras) if p.rep.sumber_daya else []
    if source == "layanan":
        return list(p.rep.layanan)
    name = source.removeprefix("data.")
    if name not in p.rep.data:
        p.report_problem(
            Written("", where.file, where.loc + ("data",)), f"`{source}`: the year file has no `data: {{{name}: …}}`"
        )
        return None
    return [dict(row) for row in p.rep.data[name]]


def _fields(p: Ctx, spec: Tabel, where: Written, records):
    """(key, kolom, Field) per printed column, expanding the per-year and per-place fields."""
    catalogue = BY_SOURCE.get(spec.data)
    out, ok = [], True
    for index, kolom in enumerate(spec.kolom):
        key = kolom.isi
        if key == ROW_NUMBER:
            out.append((key, kolom, Field("No.", ColumnType.code, None, "row number")))
        elif catalogue is not None and key in EXPANDING and spec.data.startswith("indikator"):
            out += _expand(p, key, kolom, records)
        elif catalogue is not None and key in catalogue:
            out.append((key, kolom, catalogue[key]))
        elif catalogue is None and records and any(key in r for r in records):
            out.append((key, kolom, data_field(key, [r.get(key) for r in records])))
        else:
            known = sorted(catalogue) if catalogue is not None else sorted({k for r in records for k in r})
            p.report_problem(
                Written("", where.file, where.loc + ("kolom", index)),
                f"`{spec.data}` has no field `{key}`; fields: {ROW_NUMBER}, {', '.join(known)}",
            )
            ok = False
    return out if ok else None


def _expand(p: Ctx, key: str, kolom, records) -> list:
    if key == "target_renstra":
        first, last = p.rep.renstra
        return [
            (
                f"{key}_{year}",
                kolom,
                Field(str(year), ColumnType.quantity, lambda r, y=year: _renstra(r, y), f"Renstra target {year}"),
            )
            for year in range(first, last + 1)
        ]
    names = sorted({name for r in records for name in r.ind.source.pembanding})
    return [
        (f"{key}_{n}", kolom, Field(name, ColumnType.quantity, lambda r, nm=name: _pembanding(r, nm), name))
        for n, name in enumerate(names)
    ]


def _renstra(record: IndicatorRecord, year: int):
    value = record.ind.source.target_renstra.get(year)
    return None if value is None else Quantity(value, record.ind.source.desimal)


def _pembanding(record: IndicatorRecord, name: str):
    value = record.ind.source.pembanding.get(name)
    return None if value is None else Quantity(value, record.ind.source.desimal)


def _numbered(spec: Tabel, fields) -> list:
    """(index of the `kolom` entry, field) for each printed column (an expanded field prints several)."""
    index = {id(kolom): n for n, kolom in enumerate(spec.kolom)}
    return [(index[id(kolom)], (key, kolom, field)) for key, kolom, field in fields]


def _column(p: Ctx, key: str, kolom, field: Field, where: Written, index: int, scope: dict) -> Column:
    """A column's header: the content's words ({{ placeholders }} allowed) or the field's own."""
    expanded = key != kolom.isi
    at = where.loc + ("kolom", index)
    if expanded or not kolom.judul:
        head = field.head.format(**p.words)
    else:
        head = p.plain(Written(kolom.judul, where.file, at + ("judul",)), scope)
    group_text = kolom.grup or (kolom.judul if expanded else None)
    group_at = at + ("grup" if kolom.grup else "judul",)
    group = p.plain(Written(group_text, where.file, group_at), scope) if group_text else None
    return Column(key, head, field.type, group, width=kolom.lebar)


def _row(number: int, record, fields) -> Row:
    level = LEVEL.get(getattr(record, "level", None), Level.body)
    if hasattr(record, "depth"):  # an LRA line: Belanja Daerah as a total, its kinds as heading rows
        level = Level.total if record.depth == 0 else Level.kegiatan if record.depth == 1 else Level.body
    cells = {}
    for key, _, field in fields:
        cells[key] = ordinal(number) if key == ROW_NUMBER else field.get(record)
    return Row(cells, level)


def _total(p: Ctx, spec: Tabel, where: Written, fields, records) -> Row | None:
    """The total row, from figures the compute stage derived; a source with nothing to add is a problem."""
    known = _known_totals(p, spec)
    cells = {}
    for key, _, field in fields:
        if not field.summable:
            continue
        if known is not None:
            if key in known:
                cells[key] = known[key]
        else:
            cells[key] = _wrap(column_total([r.get(key) for r in records]), field)
    first_summed = next((i for i, (key, _, f) in enumerate(fields) if key in cells), None)
    if not cells or first_summed == 0:
        p.report_problem(
            Written("", where.file, where.loc + ("jumlah",)),
            f"`jumlah: true`, but `{spec.data}` has no column to add up before a label column",
        )
        return None
    span = Span(fields[0][0], fields[first_summed - 1][0], "Jumlah", Align.center)
    return Row(cells, Level.total, spans=(span,))


def _known_totals(p: Ctx, spec: Tabel) -> dict | None:
    c = p.c
    if spec.data in ("anggaran", "sub_kegiatan"):
        t = c.grand_total
        return {
            "pagu": Money(t.pagu),
            "pagu_murni": Money(t.pagu_murni),
            "perubahan": Money(t.perubahan),
            "realisasi_anggaran": Money(t.realisasi),
            "serapan": Percent(t.serapan),
        }
    if spec.data == "sarpras" and c.resources.sarpras:
        s = c.resources.sarpras
        return {"baik": s.baik, "kurang_baik": s.kurang_baik, "rusak_berat": s.rusak_berat}
    if spec.data == "layanan":
        return {"jumlah": sum(c.resources.layanan.values())}
    if spec.data.startswith("data."):
        return None
    return {}


def _wrap(value, field: Field):
    if value is None or field.type is ColumnType.count:
        return value
    places = max((-value.as_tuple().exponent, 0)) if hasattr(value, "as_tuple") else 0
    return Quantity(value, places)
