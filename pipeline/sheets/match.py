"""Which node of the year file a spreadsheet row names; every doubt is a listed problem, never a guess.

- Budget rows (program, kegiatan, sub kegiatan) by kode: a sheet kode names the node whose full
  kode it equals, part by part as numbers (`tree.parts`). When no node has it in full, it names
  the node whose full kode *ends* with it at a dot (`2.01.0001` for `7.01.01.2.01.0001`), and
  only if one node does: a short kode that ends several is ambiguous. A `level` column narrows
  the candidates to that level. A row without a kode names the node of that exact name.
- Indicator rows by `id`, else by exact name; LRA rows by kode rekening where the year file's
  lines carry one, else by uraian. Names are compared ignoring case and runs of white space.

A row that names no node is *unmatched* (listed, not written); a row that fits several nodes, or
a node that several rows name, is *ambiguous*, and then nothing is written at all.
"""

from dataclasses import dataclass

from pipeline.errors import Problem
from pipeline.sheets.columns import Field, Kind, Layout
from pipeline.sheets.problems import at_cell
from pipeline.sheets.read import Row, Sheet
from pipeline.sheets.tree import Node, parts

TOTALS = {"jumlah", "total", "jumlah total", "total keseluruhan", "grand total", "jumlah seluruhnya"}
LEVEL_WORDS = {"program": "program", "kegiatan": "kegiatan", "sub kegiatan": "sub kegiatan"}
LEVEL_WORDS |= {"subkegiatan": "sub kegiatan", "sub_kegiatan": "sub kegiatan"}


@dataclass(frozen=True)
class Key:
    """What a row says about the node it is for."""

    kode: str | None
    name: str | None
    level: str | None
    column: int  # 1-based column of the cell that named it, for messages


@dataclass(frozen=True)
class Found:
    """The outcome for one row: its node, or the problem and whether it stops the write."""

    node: Node | None
    problem: Problem | None = None
    blocking: bool = False


def row_key(sheet: Sheet, layout: Layout, row: Row) -> Key | Found:
    """The kode, name and level a row gives, or a Found with the problem that stops its reading."""
    kode_column, kode = _last(row, layout.keys.get(Field.id if layout.kind is Kind.indikator else Field.kode, ()))
    names = layout.keys.get(Field.indikator) or layout.keys.get(Field.uraian, ())
    name_column, name = _last(row, names)
    level_column, level = _last(row, layout.keys.get(Field.level, ()))
    if isinstance(kode, float):
        why = f"kode {kode} is stored as a number, which drops its zeros: format the kode column as text"
        return Found(None, at_cell(sheet.file, sheet.name, row.number, kode_column, why), True)
    if level is not None and _normal(level) not in LEVEL_WORDS:
        why = f"level '{level}' is none of program, kegiatan, sub kegiatan: not written"
        return Found(None, at_cell(sheet.file, sheet.name, row.number, level_column, why))
    kode_text = None if kode is None else str(kode).strip()
    name_text = None if name is None else str(name)
    column = kode_column if kode_text else name_column
    return Key(kode_text, name_text, LEVEL_WORDS.get(_normal(level)) if level else None, column)


def is_total(key: Key) -> bool:
    """A JUMLAH row: totals are computed from the nodes, never imported."""
    return not key.kode and key.name is not None and _normal(key.name) in TOTALS


def find(sheet: Sheet, layout: Layout, row: Row, key: Key, nodes: list[Node]) -> Found:
    """The one node a row names, or why there is none or more than one."""
    if layout.kind is Kind.indikator:
        candidates, how = _indicator(key, nodes)
    elif key.kode and (layout.kind is Kind.anggaran or any(n.kode for n in nodes)):
        try:
            candidates, how = _by_kode(key.kode, nodes), f"kode {key.kode}"
        except ValueError:
            why = f"kode '{key.kode}' is not dotted digits such as 7.01.01.2.01.0001: not written"
            return Found(None, at_cell(sheet.file, sheet.name, row.number, key.column, why))
    else:
        candidates, how = _by_name(key.name, nodes), f"uraian '{key.name}'"
    if key.level:
        candidates = [n for n in candidates if n.kind == key.level]
    return _one(sheet, layout, row, key, candidates, how)


def _one(sheet: Sheet, layout: Layout, row: Row, key: Key, candidates: list[Node], how: str) -> Found:
    if len(candidates) == 1:
        return Found(candidates[0])
    at = (sheet.file, sheet.name, row.number, key.column)
    if not candidates:
        what = {Kind.anggaran: key.level or "program, kegiatan or sub kegiatan", Kind.lra: "LRA line"}
        why = f"no {what.get(layout.kind, 'indikator')} with {how} in the year file: not written"
        return Found(None, at_cell(*at, why))
    labels = [n.label() for n in candidates]
    listed = ", ".join(labels[:-1]) + " and " + labels[-1]
    fix = "give its id" if layout.kind is Kind.indikator else "write the full kode"
    why = f"{how} fits {len(candidates)} nodes: {listed}; {fix} so that it names one"
    return Found(None, at_cell(*at, why), True)


def _indicator(key: Key, nodes: list[Node]) -> tuple[list[Node], str]:
    if key.kode:
        wanted = key.kode.lower()
        return [n for n in nodes if n.kode == wanted], f"id {key.kode}"
    return _by_name(key.name, nodes), f"name '{key.name}'"


def _by_kode(kode: str, nodes: list[Node]) -> list[Node]:
    wanted = parts(kode)
    coded = [(n, parts(n.kode)) for n in nodes if n.kode]
    exact = [n for n, p in coded if p == wanted]
    return exact or [n for n, p in coded if len(p) > len(wanted) and p[-len(wanted) :] == wanted]


def _by_name(name: str | None, nodes: list[Node]) -> list[Node]:
    if not name:
        return []
    wanted = _normal(name)
    return [n for n in nodes if _normal(n.name) == wanted]


def _last(row: Row, columns: tuple[int, ...]) -> tuple[int, object]:
    """The last non-empty cell among `columns` (1-based column, value): the most specific name."""
    found = (columns[0] + 1 if columns else 1, None)
    for column in columns:
        cell = row.cell(column)
        if cell is not None and str(cell).strip():
            found = (column + 1, cell)
    return found


def _normal(text: object) -> str:
    return " ".join(str(text).casefold().split())
