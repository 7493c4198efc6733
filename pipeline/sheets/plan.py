"""From matched rows to the values to write: one `Change` per value that differs.

Only what content can hold is written: a sub kegiatan's pagu, pagu murni and realisasi (s.d. the
triwulan in a quarterly import), an indicator's target and realisasi (or the triwulan's), an LRA
detail line's anggaran, realisasi and realisasi tahun lalu. A program, kegiatan or LRA parent is
the sum of its children: its figures in the sheet are compared with the sum the import leaves,
and a difference is listed, not written. An indicator whose figures come from elsewhere
(`komponen`, `realisasi_dari`, `belum_diukur`, measured once a year) is listed the same way.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from pipeline.errors import Problem
from pipeline.sheets import numbers
from pipeline.sheets.columns import Field, Kind, Layout, find_layout
from pipeline.sheets.match import Found, find, is_total, row_key
from pipeline.sheets.problems import SheetError, at_cell
from pipeline.sheets.read import Row, Sheet
from pipeline.sheets.tree import Node, budget, indicators, lra, value


@dataclass(frozen=True)
class Change:
    keys: tuple  # from the file's root: ('program', 0, ..., 'pagu')
    old: Decimal | None
    new: Decimal
    where: str  # 'Anggaran!7'
    places: int  # decimals it prints with


@dataclass
class Plan:
    """What an import would do: the changes, how many values were already right, and the problems.

    `notes` (unmatched rows, figures not written) do not stop the write unless --strict;
    `errors` (ambiguous rows, unreadable cells or sheets) always do."""

    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    notes: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Claim:
    sheet: Sheet
    row: Row
    node: Node
    cells: dict[Field, tuple[Decimal, int]]  # field -> (value, 1-based column)


def make_plan(sheets: list[Sheet], data: dict, year: int, quarter: int | None) -> Plan:
    plan = Plan()
    nodes = {Kind.anggaran: budget(data), Kind.indikator: indicators(data), Kind.lra: lra(data)}
    claims: list[Claim] = []
    for sheet in sheets:
        if not sheet.rows:
            continue
        try:
            layout = find_layout(sheet, year, quarter)
        except SheetError as exc:
            plan.errors += exc.problems
            continue
        claims += _claims(sheet, layout, nodes[layout.kind], plan)
    _ambiguous_nodes(claims, plan)
    if plan.errors:
        return plan
    for claim in claims:
        _leaf_changes(claim, quarter, plan)
    for claim in claims:
        if claim.node.children:
            _parent_sums(claim, quarter, plan)
    return plan


def _claims(sheet: Sheet, layout: Layout, nodes: list[Node], plan: Plan) -> list[Claim]:
    claims = []
    for row in sheet.rows:
        if row.number <= layout.row:
            continue
        cells = _cells(sheet, layout, row, plan)
        if not cells:
            continue  # nothing to write, or a figure that cannot be read (an error already)
        key = row_key(sheet, layout, row)
        if isinstance(key, Found):
            found = key
        elif is_total(key):
            continue
        else:
            found = find(sheet, layout, row, key, nodes)
        if found.node is None:
            (plan.errors if found.blocking else plan.notes).append(found.problem)
            continue
        claims.append(Claim(sheet, row, found.node, cells))
    return claims


def _cells(sheet: Sheet, layout: Layout, row: Row, plan: Plan) -> dict[Field, tuple[Decimal, int]] | None:
    """The row's figures by field; None when one cannot be read (an error is recorded)."""
    cells, bad = {}, False
    for fld, header in layout.values.items():
        cell = row.cell(header.column)
        try:
            number = numbers.amount(cell, sheet.style) if layout.kind is Kind.indikator else numbers.money(cell)
        except ValueError as exc:
            plan.errors.append(at_cell(sheet.file, sheet.name, row.number, header.column + 1, f"{header.text}: {exc}"))
            bad = True
            continue
        if number is not None:
            cells[fld] = (Decimal(number), header.column + 1)
    return None if bad else cells


def _ambiguous_nodes(claims: list[Claim], plan: Plan) -> None:
    by_node: dict[int, list[Claim]] = {}
    for claim in claims:
        by_node.setdefault(id(claim.node), []).append(claim)
    for group in by_node.values():
        if len(group) > 1:
            rows = " and ".join(c.row.where for c in group)
            first = group[0]
            why = f"{rows} both name {first.node.label()}: keep one row"
            plan.errors.append(at_cell(first.sheet.file, first.sheet.name, group[1].row.number, 1, why))


def slot(node: Node, fld: Field, quarter: int | None) -> tuple | str:
    """Where a field of a row goes below the node's map, or why it cannot be written there."""
    if node.kind == "lra":
        return {Field.pagu: ("anggaran",), Field.realisasi: ("realisasi",)}.get(fld, ("realisasi_lalu",))
    if node.kind != "indikator":
        if fld is Field.realisasi and quarter:
            return ("triwulan", quarter, "realisasi")
        return {Field.pagu: ("pagu",), Field.pagu_murni: ("pagu_murni",)}.get(fld, ("realisasi",))
    return _indicator_slot(node.node, fld, quarter)


def _indicator_slot(indicator: dict, fld: Field, quarter: int | None) -> tuple | str:
    if fld is Field.target_tahunan or fld is Field.target and not quarter:
        return "its target is the sum of its `komponen`" if indicator.get("komponen") else ("target",)
    if quarter:
        if indicator.get("periodik") == "tahunan":
            return "it is measured once a year (`periodik: tahunan`): no triwulan value"
        return ("triwulan", quarter, fld.value)
    if indicator.get("komponen"):
        return "its realisasi is the sum of its `komponen`"
    if indicator.get("realisasi_dari"):
        return f"its realisasi is computed (`realisasi_dari: {indicator['realisasi_dari']}`)"
    if indicator.get("belum_diukur"):
        return "it has `belum_diukur: true`: remove that line in the year file first"
    return ("realisasi",)


def _leaf_changes(claim: Claim, quarter: int | None, plan: Plan) -> None:
    if claim.node.children:
        return
    for fld, (new, column) in claim.cells.items():
        keys = slot(claim.node, fld, quarter)
        if isinstance(keys, str):
            why = f"{claim.node.label()}: {keys}; not written"
            plan.notes.append(at_cell(claim.sheet.file, claim.sheet.name, claim.row.number, column, why))
            continue
        old = value(claim.node.node, keys)
        if old == new:
            plan.unchanged += 1
            continue
        places = _places(claim.node, old, new)
        plan.changes.append(Change(claim.node.path + keys, old, new, claim.row.where, places))


def _places(node: Node, old: Decimal | None, new: Decimal) -> int:
    if node.kind != "indikator":
        return 0
    desimal = node.node.get("desimal")
    shown = [desimal if isinstance(desimal, int) else 0] + [max(0, -v.as_tuple().exponent) for v in (old, new) if v]
    return max(shown)


def _parent_sums(claim: Claim, quarter: int | None, plan: Plan) -> None:
    """A parent's figure in the sheet against the sum of its leaves after the import."""
    written = {change.keys: change.new for change in plan.changes}
    for fld, (given, column) in claim.cells.items():
        keys = slot(claim.node.leaves[0], fld, quarter)
        amounts = [written.get(leaf.path + keys, value(leaf.node, keys)) for leaf in claim.node.leaves]
        if any(a is None for a in amounts):
            continue
        total = sum(amounts, Decimal(0))
        if total == given:
            plan.unchanged += 1
            continue
        what = "sub kegiatan" if claim.node.kind != "lra" else "rincian"
        why = (
            f"{claim.node.label()}: {_rupiah(given)} in the sheet, but its {what} sum to {_rupiah(total)}"
            f" after the import; a parent's {keys[-1]} is the sum of its {what}, so it is not written"
        )
        plan.notes.append(at_cell(claim.sheet.file, claim.sheet.name, claim.row.number, column, why))


def _rupiah(amount: Decimal) -> str:
    from pipeline.formats import angka

    return angka(amount)
