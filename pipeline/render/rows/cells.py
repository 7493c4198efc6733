"""Cell helpers shared by the row builders: values, categories, the budget tree walk."""

from collections.abc import Callable, Iterator

from pipeline.compute.results import BudgetNode, IndikatorResult, SasaranResult
from pipeline.formats import angka, persen, rupiah_tabel
from pipeline.render.escape import Latex, escape
from pipeline.render.tables import Row


def kategori(measure_or_band) -> Latex | str:
    band = getattr(measure_or_band, "kategori", measure_or_band)
    if band is None:
        return "-"
    if not band.warna:
        return band.label  # a scale without colour codes (Tanah Laut) prints the word alone
    return Latex(rf"\lkjKategori{{kategori{band.warna}}}{{{escape(band.label)}}}")


def value(ind: IndikatorResult, value) -> str:
    return "-" if value is None else angka(value, ind.source.desimal)


def pj(ind: IndikatorResult) -> str:
    unit = ind.penanggung_jawab
    return unit.singkatan or unit.jabatan or unit.nama


def tree(nodes: tuple[BudgetNode, ...]):
    """Depth-first (node, style) over program -> kegiatan -> sub kegiatan."""
    for node in nodes:
        yield node, {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub"}[node.level]
        yield from tree(node.children)


def money(pagu: int, realisasi: int, serapan) -> tuple[str, str, str]:
    return rupiah_tabel(pagu), rupiah_tabel(realisasi), persen(serapan)


def money_node(node: BudgetNode) -> tuple[str, str, str]:
    return money(node.pagu, node.realisasi, node.serapan)


def signed(value) -> str:
    text = angka(value, 2)
    return text if text.startswith("-") or text == "0,00" else "+" + text


def sasaran_rows(sasaran: tuple[SasaranResult, ...], cells: Callable[[IndikatorResult], tuple]) -> Iterator:
    """(sasaran, index, row) per indicator: number and sasaran only on its first row, and a rule
    under the sasaran's last row only, so the group reads as one block."""
    for number, s in enumerate(sasaran, start=1):
        last = len(s.indikator) - 1
        for index, ind in enumerate(s.indikator):
            lead = (f"{number}.", s.uraian) if index == 0 else ("", "")
            yield s, index, Row((*lead, *cells(ind)), rule_from=1 if index == last else 2)
