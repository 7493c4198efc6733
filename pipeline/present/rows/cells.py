"""Helpers shared by the row builders: indicator values, row levels of the budget tree, grouping."""

from collections.abc import Callable, Iterator

from pipeline.compute.results import BudgetNode, IndikatorResult, Measure, SasaranResult, walk
from pipeline.document.table import Level, Row
from pipeline.document.values import Quantity

LEVEL = {"program": Level.program, "kegiatan": Level.kegiatan, "sub_kegiatan": Level.sub}


def quantity(ind: IndikatorResult, value) -> Quantity | None:
    """An indicator value with the indicator's own decimals; None (not measured) prints a dash."""
    return None if value is None else Quantity(value, ind.source.desimal)


# The columns of last year's target, realisasi and capaian, wherever a table sets them beside this year's.
LAST_YEAR = ("lalu_target", "lalu_realisasi", "lalu_capaian")


def last_year(ind: IndikatorResult) -> dict:
    """Last year's target, realisasi and capaian (computed with this year's formula and polarity);
    an indicator without them prints dashes."""
    before = ind.last_year.previous or Measure(None, None, None, None)
    return {
        "lalu_target": quantity(ind, before.target),
        "lalu_realisasi": quantity(ind, before.realisasi),
        "lalu_capaian": before.capaian,
    }


def has_last_year(indicators) -> bool:
    """Whether the content gives last year's figures for any of these indicators: a table sets
    last year's columns only then, rather than columns of dashes."""
    return any(ind.last_year.previous is not None for ind in indicators)


def pj(ind: IndikatorResult) -> str:
    """The unit answerable for an indicator, by its shortest printed name."""
    unit = ind.penanggung_jawab
    return unit.singkatan or unit.jabatan or unit.nama


def tree(nodes: tuple[BudgetNode, ...]) -> Iterator[tuple[BudgetNode, Level]]:
    """Depth-first (node, row level) over program -> kegiatan -> sub kegiatan."""
    for node in walk(nodes):
        yield node, LEVEL[node.level]


def ordinal(number: int) -> str:
    return f"{number}."


def sasaran_rows(sasaran: tuple[SasaranResult, ...], cells: Callable[[IndikatorResult], dict]) -> Iterator:
    """(sasaran, index, row) per indicator: number and sasaran only on its first row, and the
    number column joined down to the sasaran's last row, so the group reads as one block."""
    for number, s in enumerate(sasaran, start=1):
        last = len(s.indikator) - 1
        for index, ind in enumerate(s.indikator):
            lead = {"no": ordinal(number), "sasaran": s.uraian} if index == 0 else {}
            yield s, index, Row({**lead, **cells(ind)}, joined=None if index == last else "no")


def iku_cells(number: int, ind: IndikatorResult) -> dict:
    """The IKU columns of one indicator: what it measures, how, from what data, and who answers for it."""
    src = ind.source
    return {
        "no": ordinal(number),
        "indikator": src.nama,
        "definisi": src.definisi or "-",
        "formula": src.formula or "-",
        "sumber_data": src.sumber_data or "-",
        "pj": pj(ind),
    }
