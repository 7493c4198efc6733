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
    output_indicators: tuple[IndikatorResult, ...]  # of kegiatan and sub kegiatan
    output_met: int  # output indicators whose target was met
    changed: tuple[BudgetNode, ...]  # kegiatan whose pagu the APBD Perubahan changed
    efficient: tuple[BudgetNode, ...]  # target met with money left (efisiensi > 0)
    most_efficient: BudgetNode | None
    fully_spent: tuple[BudgetNode, ...]  # target met with the whole pagu spent (efisiensi = 0)
    missed: tuple[BudgetNode, ...]  # kegiatan / sub kegiatan with an indicator that missed its target
    lra_total: LraRow | None  # Belanja Daerah
    lra_kinds: tuple[LraRow, ...]  # its first-level lines (Belanja Operasi, Belanja Modal…)
    masalah: int  # problems over every pokok masalah
    lhe_bobot: Decimal | None  # the LHE's component weights, summed
    lhe_nilai: Decimal | None  # and its component scores

    @property
    def all_outputs_met(self) -> bool:
        return self.output_met == len(self.output_indicators)


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
    rated = kegiatan + subs
    outputs = output_indicators(programs)
    return Summary(
        measured=measured,
        measured_mean=mean([i.measure.capaian for i in measured]),
        kegiatan=kegiatan,
        output_indicators=outputs,
        output_met=sum(1 for i in outputs if i.measure.tercapai),
        changed=tuple(k for k in kegiatan if k.perubahan),
        efficient=tuple(n for n in rated if n.efisiensi is not None and n.efisiensi > 0),
        most_efficient=max((n for n in rated if n.efisiensi), key=lambda n: n.efisiensi, default=None),
        fully_spent=tuple(n for n in rated if n.efisiensi is not None and n.efisiensi == 0),
        missed=tuple(n for n in rated if any(i.measure.tercapai is False for i in n.indicators)),
        lra_total=lra[0] if lra else None,
        lra_kinds=tuple(r for r in lra if r.depth == 1),
        masalah=masalah,
        lhe_bobot=sum((k.bobot for k in evaluasi.komponen), Decimal(0)) if evaluasi and evaluasi.komponen else None,
        lhe_nilai=sum((k.nilai for k in evaluasi.komponen), Decimal(0)) if evaluasi and evaluasi.komponen else None,
    )
