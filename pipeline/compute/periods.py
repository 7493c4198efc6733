"""Values of an indicator or a sub kegiatan for the period a report covers.

One year file holds the annual facts and the quarterly ones. A quarterly report s.d. triwulan n
reads the quarters up to n; the annual report reads the annual value, or derives it from four
quarters by the indicator's `akumulasi` (anatomy 4.7):
kumulatif → the value s.d. TW IV; per_triwulan → the sum of the four; tetap → the last measured.
"""

from dataclasses import dataclass
from decimal import Decimal

from pipeline.content.models.budget import SubKegiatan
from pipeline.content.models.indicator import Akumulasi, Indikator, Periodik
from pipeline.kinds import Period


@dataclass(frozen=True)
class PeriodValue:
    """Target and realisasi of one indicator for one period; None where not (yet) known."""

    target: Decimal | None
    realisasi: Decimal | None


def _upto(values: dict[int, Decimal | None], quarter: int, akumulasi: Akumulasi) -> Decimal | None:
    """The value s.d. `quarter` from per-quarter facts stored the way `akumulasi` says."""
    if akumulasi is Akumulasi.per_triwulan:
        known = [values.get(q) for q in range(1, quarter + 1)]
        return None if any(v is None for v in known) else sum(known, Decimal(0))
    return values.get(quarter)


def quarter_value(ind: Indikator, quarter: int) -> PeriodValue:
    """Target and realisasi s.d. the end of `quarter` (None when the quarter is not given)."""
    targets = {q: v.target for q, v in ind.triwulan.items()}
    realisasi = {q: v.realisasi for q, v in ind.triwulan.items()}
    return PeriodValue(_upto(targets, quarter, ind.akumulasi), _upto(realisasi, quarter, ind.akumulasi))


def annual_realisasi(ind: Indikator) -> Decimal | None:
    """The year's realisasi: stated, or derived from four quarters; None while unknown."""
    if ind.realisasi is not None or ind.periodik is Periodik.tahunan or ind.realisasi_dari:
        return ind.realisasi
    if ind.akumulasi is Akumulasi.tetap:
        measured = [ind.triwulan[q].realisasi for q in sorted(ind.triwulan) if ind.triwulan[q].realisasi is not None]
        return measured[-1] if 4 in ind.triwulan and measured else None
    return quarter_value(ind, 4).realisasi


def indicator_value(ind: Indikator, period: Period) -> PeriodValue:
    """What a report of `period` measures the indicator against (targets of komponen are summed elsewhere)."""
    if period.quarter is None:
        return PeriodValue(ind.target, annual_realisasi(ind))
    if ind.periodik is Periodik.tahunan:
        return PeriodValue(None, None)
    return quarter_value(ind, period.quarter)


def sub_realisasi(sub: SubKegiatan, period: Period) -> int | None:
    """Money spent s.d. the end of the period (quarterly money is always stored cumulative)."""
    if period.quarter is None:
        if sub.realisasi is not None:
            return sub.realisasi
        return sub.triwulan[4].realisasi if 4 in sub.triwulan else None
    entry = sub.triwulan.get(period.quarter)
    return None if entry is None else entry.realisasi


def sub_fisik(sub: SubKegiatan, period: Period) -> Decimal | None:
    quarter = period.quarter or 4
    entry = sub.triwulan.get(quarter)
    return None if entry is None else entry.fisik
