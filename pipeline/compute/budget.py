"""Budget figures: sums up program -> kegiatan -> sub kegiatan, serapan, LRA, efficiency."""

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from pipeline.compute.periods import sub_fisik, sub_realisasi
from pipeline.compute.results import BudgetNode, IndikatorResult, LraRow, Reconciliation
from pipeline.content.models import (
    EfficiencyRule,
    Indikator,
    Kegiatan,
    LraLine,
    Program,
    SubKegiatan,
)
from pipeline.kinds import Period
from pipeline.numbers import HUNDRED, ratio_percent, round_half_up

BELANJA_DAERAH = "Belanja Daerah"
SURPLUS_DEFISIT = "Surplus/(Defisit)"


def efisiensi(rule: EfficiencyRule, capaian: Decimal | None, serapan: Decimal | None) -> Decimal | None:
    """Efficiency of resource use (analysis #6) by the kabupaten's named rule.

    banjar_sisa: 100 - serapan, defined only where the target was met (capaian >= 100%):
    money left unspent while the output was delivered in full (seed 002, Tabel 3.9).
    """
    if rule is EfficiencyRule.none or capaian is None or serapan is None:
        return None
    if round_half_up(capaian) < HUNDRED:
        return None
    return HUNDRED - serapan


def _quarters(children: tuple[BudgetNode, ...]) -> tuple[int | None, ...]:
    """Money s.d. each quarter, summed; unknown for a quarter when any child does not give it."""
    return tuple(_sum_optional([c.triwulan[q] for c in children]) for q in range(4))


def _node(level: str, kode, nama, children: tuple[BudgetNode, ...], **extra) -> BudgetNode:
    extra.setdefault("triwulan", _quarters(children))
    pagu = sum(c.pagu for c in children)
    realisasi = sum(c.realisasi for c in children)
    return BudgetNode(
        level,
        kode,
        nama,
        _sum_optional([c.pagu_murni for c in children]),
        pagu,
        realisasi,
        ratio_percent(realisasi, pagu),
        children,
        **extra,
    )


def sub_node(
    sub: SubKegiatan,
    indikator: IndikatorResult | None,
    rule: EfficiencyRule,
    period: Period = Period.tahunan,
    pelaksana: str | None = None,
) -> BudgetNode:
    """A leaf with the money spent s.d. the end of the period (presence is checked at load)."""
    spent = sub_realisasi(sub, period)
    serapan = ratio_percent(spent, sub.pagu)
    return BudgetNode(
        "sub_kegiatan",
        sub.kode,
        sub.nama,
        sub.pagu_murni,
        sub.pagu,
        spent,
        serapan,
        (),
        indikator,
        efisiensi(rule, indikator.measure.capaian, serapan) if indikator and period.quarter is None else None,
        hasil=sub.hasil,
        pelaksana=sub.pelaksana or pelaksana,
        fisik=sub_fisik(sub, period),
        triwulan=tuple(sub.triwulan[q].realisasi if q in sub.triwulan else None for q in range(1, 5)),
    )


Leaf = Callable[[SubKegiatan, str | None], BudgetNode]
Outcome = Callable[[Indikator], IndikatorResult]


def program_tree(
    program: Program, leaf: Leaf, outcome: Outcome, rule: EfficiencyRule = EfficiencyRule.none
) -> BudgetNode:
    """A program with every amount summed from its sub kegiatan (only leaves carry money)."""
    return _node(
        "program",
        program.kode,
        program.nama,
        tuple(_kegiatan(k, leaf, outcome, rule, program.sasaran) for k in program.kegiatan),
        outcome=tuple(outcome(i) for i in program.indikator),
        hasil=program.hasil,
        sasaran=program.sasaran,
    )


def _kegiatan(
    kegiatan: Kegiatan, leaf: Leaf, outcome: Outcome, rule: EfficiencyRule, program_sasaran: str
) -> BudgetNode:
    """A kegiatan; measured by one output indicator of its own, it also gets an efficiency (002 Tabel 3.9)."""
    supports = kegiatan.sasaran or program_sasaran
    children = tuple(replace(leaf(s, kegiatan.pelaksana), sasaran=s.sasaran or supports) for s in kegiatan.sub_kegiatan)
    indicators = tuple(outcome(i) for i in kegiatan.indikator)
    serapan = ratio_percent(sum(c.realisasi for c in children), sum(c.pagu for c in children))
    own = indicators[0].measure.capaian if len(indicators) == 1 and indicators[0].tahunan is None else None
    return _node(
        "kegiatan",
        kegiatan.kode,
        kegiatan.nama,
        children,
        outcome=indicators,
        hasil=kegiatan.hasil,
        pelaksana=kegiatan.pelaksana,
        efisiensi=efisiensi(rule, own, serapan),
        sasaran=supports,
    )


def supporting(node: BudgetNode, sasaran: str) -> BudgetNode | None:
    """The part of a budget tree that supports one sasaran, with its sums recomputed.

    Kegiatan and sub kegiatan may support another sasaran than their program (003: program
    7.01.01 serves three); each leaf counts for exactly one sasaran, so no money is counted twice.
    """
    if not node.children:
        return node if node.sasaran == sasaran else None
    kept = tuple(k for child in node.children if (k := supporting(child, sasaran)) is not None)
    if not kept:
        return None
    if kept == node.children:
        return node
    own = node.sasaran == sasaran
    return _node(
        node.level,
        node.kode,
        node.nama,
        kept,
        outcome=node.outcome if own else (),
        hasil=node.hasil,
        pelaksana=node.pelaksana,
        sasaran=node.sasaran,
    )


def total(nodes: tuple[BudgetNode, ...], nama: str = "Jumlah") -> BudgetNode:
    return _node("total", None, nama, nodes)


def lra_rows(lines: tuple[LraLine, ...]) -> tuple[LraRow, ...]:
    """The LRA flattened in print order: Belanja Daerah, its tree, then Surplus/(Defisit)."""
    body = [row for line in lines for row in _lra_line(line, 1)]
    top = [r for r in body if r.depth == 1]
    anggaran, realisasi = sum(r.anggaran for r in top), sum(r.realisasi for r in top)
    lalu = _sum_optional([r.realisasi_lalu for r in top])
    head = LraRow(BELANJA_DAERAH, 0, anggaran, realisasi, ratio_percent(realisasi, anggaran), lalu)
    deficit = LraRow(
        SURPLUS_DEFISIT, 0, -anggaran, -realisasi, ratio_percent(realisasi, anggaran), None if lalu is None else -lalu
    )
    return (head, *body, deficit)


def _lra_line(line: LraLine, depth: int) -> list[LraRow]:
    if not line.rincian:
        return [
            LraRow(
                line.uraian,
                depth,
                line.anggaran,
                line.realisasi,
                ratio_percent(line.realisasi, line.anggaran),
                line.realisasi_lalu,
            )
        ]
    children = [row for child in line.rincian for row in _lra_line(child, depth + 1)]
    direct = [r for r in children if r.depth == depth + 1]
    anggaran, realisasi = sum(r.anggaran for r in direct), sum(r.realisasi for r in direct)
    lalu = _sum_optional([r.realisasi_lalu for r in direct])
    return [LraRow(line.uraian, depth, anggaran, realisasi, ratio_percent(realisasi, anggaran), lalu), *children]


def _sum_optional(values: list[int | None]) -> int | None:
    """Sum when every value is known; a partly unknown column has no total."""
    return None if any(v is None for v in values) else sum(values)


def reconcile(grand_total: BudgetNode, lra: tuple[LraRow, ...]) -> Reconciliation:
    belanja = lra[0]
    return Reconciliation(grand_total.pagu, belanja.anggaran, grand_total.realisasi, belanja.realisasi)
