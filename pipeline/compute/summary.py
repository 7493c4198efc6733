"""Report-wide figures that the prose states: counts, verdict tallies, efficiency extremes.

They are derived here, once, so that no template counts or selects: a sentence such as "14 dari
14 indikator mencapai targetnya" prints figures computed beside every other figure.
"""

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.capaian import mean
from pipeline.compute.results import BudgetNode, IndikatorResult, LraRow, walk


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
    rated: tuple[BudgetNode, ...]  # kegiatan / sub kegiatan with exactly one indicator: the efficiency rows
    efficient: tuple[BudgetNode, ...]  # target met with money left (efisiensi > 0)
    most_efficient: BudgetNode | None
    fully_spent: tuple[BudgetNode, ...]  # target met with the whole pagu spent (efisiensi = 0)
    missed: tuple[BudgetNode, ...]  # rated nodes whose indicator missed its target
    rated_unmeasured: tuple[BudgetNode, ...]  # rated nodes whose indicator has no capaian yet
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
        """Rated nodes with a capaian: the efficiency verdict's denominator."""
        return len(self.rated) - len(self.rated_unmeasured)

    @property
    def all_outputs_rated(self) -> bool:
        """Every output indicator is one efficiency row (no node carries two)."""
        return len(self.rated) == len(self.output_indicators)


def output_indicators(programs: tuple[BudgetNode, ...]) -> tuple[IndikatorResult, ...]:
    """Indicators of kegiatan and sub kegiatan (program outcomes are not outputs)."""
    return tuple(i for n in walk(programs) if n.level != "program" for i in n.indicators)


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
    rated = tuple(n for n in kegiatan + subs if len(n.indicators) == 1)
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
        efficient=tuple(n for n in rated if n.efisiensi is not None and n.efisiensi > 0),
        most_efficient=max((n for n in rated if n.efisiensi), key=lambda n: n.efisiensi, default=None),
        fully_spent=tuple(n for n in rated if n.efisiensi is not None and n.efisiensi == 0),
        missed=tuple(n for n in rated if n.indicators[0].measure.tercapai is False),
        rated_unmeasured=tuple(n for n in rated if n.indicators[0].measure.tercapai is None),
        lra_total=lra[0] if lra else None,
        lra_kinds=tuple(r for r in lra if r.depth == 1),
        masalah=masalah,
        lhe_bobot=sum((k.bobot for k in evaluasi.komponen), Decimal(0)) if evaluasi and evaluasi.komponen else None,
        lhe_nilai=sum((k.nilai for k in evaluasi.komponen), Decimal(0)) if evaluasi and evaluasi.komponen else None,
    )
