"""Totals of staff, sarpras and services, and each unit's share of the budget (003 Tabel 1-4, 35; N13)."""

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.results import BudgetNode, IndikatorResult, walk
from pipeline.content.models import Report, Unit
from pipeline.numbers import ratio_percent


@dataclass(frozen=True)
class StaffTotals:
    pns: int
    non_pns: int

    @property
    def total(self) -> int:
        return self.pns + self.non_pns


@dataclass(frozen=True)
class SarprasTotals:
    baik: int
    kurang_baik: int
    rusak_berat: int

    @property
    def jumlah(self) -> int:
        return self.baik + self.kurang_baik + self.rusak_berat


@dataclass(frozen=True)
class UnitResult:
    """What one Eselon III/IV unit carried out: its budget nodes, their indicators and money."""

    unit: Unit
    nodes: tuple[BudgetNode, ...]
    pagu: int
    realisasi: int
    serapan: Decimal | None

    @property
    def indicators(self) -> tuple[IndikatorResult, ...]:
        return tuple(i for n in self.nodes for i in n.indicators)


@dataclass(frozen=True)
class Resources:
    staff: StaffTotals | None
    sarpras: SarprasTotals | None
    layanan: dict[str, int]
    units: tuple[UnitResult, ...]


def unit_results(programs: tuple[BudgetNode, ...], units: list[Unit]) -> tuple[UnitResult, ...]:
    """Nodes by `pelaksana`; a kegiatan and its sub kegiatan count once (money from the leaves)."""
    out = []
    for unit in units:
        nodes = tuple(n for n in walk(programs) if n.pelaksana == unit.id and n.level != "program")
        leaves = [n for n in nodes if n.level == "sub_kegiatan"]
        if not nodes:
            continue
        pagu, realisasi = sum(n.pagu for n in leaves), sum(n.realisasi for n in leaves)
        out.append(UnitResult(unit, nodes, pagu, realisasi, ratio_percent(realisasi, pagu)))
    return tuple(out)


def resources(report: Report, programs: tuple[BudgetNode, ...], units: list[Unit]) -> Resources:
    sd = report.sumber_daya
    staff = sd.kepegawaian if sd else None
    sarpras = sd.sarpras if sd else ()
    return Resources(
        StaffTotals(sum(j.pns for j in staff.jabatan), sum(j.non_pns for j in staff.jabatan)) if staff else None,
        SarprasTotals(
            sum(s.baik for s in sarpras), sum(s.kurang_baik for s in sarpras), sum(s.rusak_berat for s in sarpras)
        )
        if sarpras
        else None,
        {
            jenis: sum(x.jumlah for x in report.layanan if x.jenis.value == jenis)
            for jenis in ("perizinan", "non_perizinan")
        },
        unit_results(programs, units),
    )
