"""Report-wide figures that the prose states: counts, verdict tallies, efficiency extremes.

They are derived here, once, so that no template counts or selects: a sentence such as "14 dari
14 indikator mencapai targetnya" prints figures computed beside every other figure.
"""

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from pipeline.compute.capaian import mean
from pipeline.compute.results import BudgetNode, IndikatorResult, LraRow, walk
from pipeline.numbers import round_half_up


class Efficiency(str, Enum):
    """Where one kegiatan or sub kegiatan indicator stands in the efficiency analysis (analysis 6).

    Every indicator gets exactly one (`Rated.verdict`), so that the parts the sentence names always
    add up to the rows of the table beside it; they are listed in the order the sentence names them."""

    efisien = "efisien"  # target met with money left
    penuh = "penuh"  # target met with the whole pagu spent
    anggaran_bersama = "anggaran_bersama"  # target met, but its kegiatan's one pagu serves several indicators
    tanpa_pagu = "tanpa_pagu"  # target met, but its kegiatan or sub kegiatan has no pagu
    tanpa_rumus = "tanpa_rumus"  # target met with a pagu of its own, and no efficiency rule to rate it by
    tidak_tercapai = "tidak_tercapai"  # target missed: efficiency is rated on met targets only
    belum_diukur = "belum_diukur"  # no capaian yet: neither met nor missed


@dataclass(frozen=True)
class Rated:
    """One kegiatan or sub kegiatan indicator in the efficiency analysis: one row of its table.

    The node's serapan and efisiensi are the indicator's only when the node is measured by it
    alone and has a pagu: a kegiatan measured by two indicators spends one pagu for both, so
    neither indicator has a budget of its own, yet both are counted and shown."""

    node: BudgetNode
    indikator: IndikatorResult
    position: int = 0  # among the node's indicators: the first row names the node

    @property
    def nama(self) -> str:
        """The kegiatan or sub kegiatan the indicator measures (what a sentence names)."""
        return self.node.nama

    @property
    def no_own_budget(self) -> Efficiency | None:
        """Why the node's money is not this indicator's alone (one pagu for several indicators, or
        no pagu at all), or None when its serapan measures this indicator's money."""
        if len(self.node.indicators) > 1:
            return Efficiency.anggaran_bersama
        return Efficiency.tanpa_pagu if self.node.serapan is None else None

    @property
    def own_budget(self) -> bool:
        return self.no_own_budget is None

    @property
    def capaian(self) -> Decimal | None:
        return self.indikator.measure.capaian

    @property
    def serapan(self) -> Decimal | None:
        return self.node.serapan if self.own_budget else None

    @property
    def efisiensi(self) -> Decimal | None:
        return self.node.efisiensi if self.own_budget else None

    @property
    def verdict(self) -> Efficiency:
        """Decided on the figures as they print, so that a row reading 100,00% serapan is never
        counted as money left."""
        met = self.indikator.measure.tercapai
        if met is None:
            return Efficiency.belum_diukur
        if not met:
            return Efficiency.tidak_tercapai
        if not self.own_budget:
            return self.no_own_budget
        if self.efisiensi is None:
            return Efficiency.tanpa_rumus
        return Efficiency.efisien if round_half_up(self.efisiensi) > 0 else Efficiency.penuh


@dataclass(frozen=True)
class Summary:
    measured: tuple[IndikatorResult, ...]  # tujuan and sasaran indicators with a capaian
    measured_mean: Decimal | None  # their mean capaian (the quarterly verdict)
    kegiatan: tuple[BudgetNode, ...]
    n_program: int
    n_kegiatan: int
    n_sub_kegiatan: int
    output_indicators: tuple[IndikatorResult, ...]  # of kegiatan and sub kegiatan
    n_kegiatan_indicators: int  # output indicators of kegiatan
    n_sub_kegiatan_indicators: int  # and of sub kegiatan
    output_met: int  # output indicators whose target was met
    output_not_met: int  # measured, and the target not met
    output_unmeasured: int  # no capaian yet: neither met nor missed
    changed: tuple[BudgetNode, ...]  # kegiatan whose pagu the APBD Perubahan changed
    rated: tuple[Rated, ...]  # every kegiatan and sub kegiatan indicator: the efficiency rows, in tree order
    efficient: tuple[Rated, ...]  # target met with money left (efisiensi > 0 as printed)
    most_efficient: Rated | None
    fully_spent: tuple[Rated, ...]  # target met with the whole pagu spent (efisiensi = 0 as printed)
    unbudgeted: tuple[Rated, ...]  # target met, no pagu of its own (its kegiatan has other indicators, or no pagu)
    missed: tuple[Rated, ...]  # indicators that missed their target
    rated_unmeasured: tuple[Rated, ...]  # indicators with no capaian yet
    lra_total: LraRow | None  # Belanja Daerah
    lra_kinds: tuple[LraRow, ...]  # its first-level lines (Belanja Operasi, Belanja Modal…)
    masalah: int  # problems over every pokok masalah
    lhe_bobot: Decimal | None  # the LHE's component weights, summed
    lhe_nilai: Decimal | None  # and its component scores

    @property
    def all_outputs_met(self) -> bool:
        """Every output indicator met its target (and there is at least one)."""
        return bool(self.output_indicators) and self.output_met == len(self.output_indicators)

    @property
    def output_measured(self) -> int:
        """Output indicators with a capaian: the ones a verdict can count."""
        return self.output_met + self.output_not_met

    @property
    def rated_measured(self) -> int:
        """Efficiency rows with a capaian."""
        return len(self.rated) - len(self.rated_unmeasured)

    @property
    def efficiency_parts(self) -> tuple[tuple[Efficiency, tuple[Rated, ...]], ...]:
        """The efficiency rows by verdict, in the order the sentence names them, leaving out the
        verdicts no row has: the parts are disjoint and together are every row of the table."""
        grouped = ((v, tuple(r for r in self.rated if r.verdict is v)) for v in Efficiency)
        return tuple((verdict, rows) for verdict, rows in grouped if rows)


def output_indicators(programs: tuple[BudgetNode, ...]) -> tuple[IndikatorResult, ...]:
    """Indicators of kegiatan and sub kegiatan (program outcomes are not outputs)."""
    return tuple(i for n in walk(programs) if n.level != "program" for i in n.indicators)


def efficiency_rows(programs: tuple[BudgetNode, ...]) -> tuple[Rated, ...]:
    """One row per kegiatan and sub kegiatan indicator, in the order of `output_indicators`: the
    efficiency table and its sentence count the same indicators as every other output count."""
    return tuple(
        Rated(n, i, position) for n in walk(programs) if n.level != "program" for position, i in enumerate(n.indicators)
    )


def _having(rated: tuple[Rated, ...], *verdicts: Efficiency) -> tuple[Rated, ...]:
    return tuple(r for r in rated if r.verdict in verdicts)


def summarise(
    indicators: tuple[IndikatorResult, ...],
    programs: tuple[BudgetNode, ...],
    lra: tuple[LraRow, ...],
    masalah: int,
    evaluasi=None,
) -> Summary:
    measured = tuple(i for i in indicators if i.measure.capaian is not None)
    kegiatan = tuple(k for p in programs for k in p.children)
    subs = tuple(s for k in kegiatan for s in k.children)
    rated = efficiency_rows(programs)
    outputs = output_indicators(programs)
    return Summary(
        measured=measured,
        measured_mean=mean([i.measure.capaian for i in measured]),
        kegiatan=kegiatan,
        n_program=len(programs),
        n_kegiatan=len(kegiatan),
        n_sub_kegiatan=len(subs),
        output_indicators=outputs,
        n_kegiatan_indicators=sum(len(k.indicators) for k in kegiatan),
        n_sub_kegiatan_indicators=sum(len(s.indicators) for s in subs),
        output_met=sum(1 for i in outputs if i.measure.tercapai),
        output_not_met=sum(1 for i in outputs if i.measure.tercapai is False),
        output_unmeasured=sum(1 for i in outputs if i.measure.tercapai is None),
        changed=tuple(k for k in kegiatan if k.perubahan),
        rated=rated,
        efficient=_having(rated, Efficiency.efisien),
        most_efficient=max(_having(rated, Efficiency.efisien), key=lambda r: r.efisiensi, default=None),
        fully_spent=_having(rated, Efficiency.penuh),
        unbudgeted=_having(rated, Efficiency.anggaran_bersama, Efficiency.tanpa_pagu),
        missed=_having(rated, Efficiency.tidak_tercapai),
        rated_unmeasured=_having(rated, Efficiency.belum_diukur),
        lra_total=lra[0] if lra else None,
        lra_kinds=tuple(r for r in lra if r.depth == 1),
        masalah=masalah,
        lhe_bobot=sum((k.bobot for k in evaluasi.komponen), Decimal(0)) if evaluasi and evaluasi.komponen else None,
        lhe_nilai=sum((k.nilai for k in evaluasi.komponen), Decimal(0)) if evaluasi and evaluasi.komponen else None,
    )
