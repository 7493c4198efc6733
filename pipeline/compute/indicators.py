"""Indicator results: capaian, category, components, last year and the Renstra end target."""

from decimal import Decimal

from pipeline.compute.capaian import capaian, classify
from pipeline.compute.compare import trend
from pipeline.compute.periods import indicator_value
from pipeline.compute.results import (
    Benchmark,
    IndikatorResult,
    KomponenResult,
    Measure,
    YearOverYear,
)
from pipeline.content.models import Indikator, Polarity, Scale, Unit
from pipeline.kinds import Period
from pipeline.numbers import round_half_up


def measure(scale: Scale, target: Decimal | None, realisasi: Decimal | None, polaritas: Polarity) -> Measure:
    value = capaian(target, realisasi, polaritas)
    return Measure(target, realisasi, value, classify(scale, value))


def indicator_result(
    ind: Indikator, year: int, scale: Scale, pj: Unit, renstra_end: int, period: Period = Period.tahunan
) -> IndikatorResult:
    """Everything printed about one indicator for the period; components are summed into the indicator.

    In a quarterly report the measure is s.d. the quarter against the target s.d. the quarter,
    and `tahunan` compares the same realisasi with the annual target.
    """
    komponen = tuple(
        KomponenResult(k.nama, measure(scale, k.target, k.realisasi, ind.polaritas), k.rincian) for k in ind.komponen
    )
    if komponen:
        target = sum((k.measure.target for k in komponen), Decimal(0))
        realisasi = sum((k.measure.realisasi for k in komponen), Decimal(0))
    else:
        value = indicator_value(ind, period)
        target, realisasi = value.target, value.realisasi
    now = measure(scale, target, realisasi, ind.polaritas)
    annual_target = target if period.quarter is None else ind.target
    return IndikatorResult(
        ind,
        now,
        komponen,
        pj,
        _last_year(ind, year, scale, now),
        _benchmark(ind, ind.target_akhir_renstra, renstra_end, now),
        _benchmark(ind, ind.target_provinsi, year, now),
        _benchmark(ind, ind.target_nasional, year, now),
        None if period.quarter is None else _benchmark(ind, annual_target, year, now),
    )


def _last_year(ind: Indikator, year: int, scale: Scale, now: Measure) -> YearOverYear:
    past = ind.riwayat.get(year - 1)
    if past is None or past.target is None:
        previous = None
    else:
        previous = measure(scale, past.target, past.realisasi, ind.polaritas)
    if previous is None:
        return YearOverYear(year - 1, None, None, None, None, None)
    delta_r = _printed_delta(now.realisasi, previous.realisasi, ind.desimal)
    delta_c = _printed_delta(now.capaian, previous.capaian, 2)
    return YearOverYear(
        year - 1,
        previous,
        delta_r,
        trend(now.realisasi, previous.realisasi, ind.desimal),
        delta_c,
        trend(now.capaian, previous.capaian),
    )


def _printed_delta(current: Decimal | None, previous: Decimal | None, places: int) -> Decimal | None:
    """The difference of two values as they print, so "naik 1,97 poin" is what the reader can subtract."""
    if current is None or previous is None:
        return None
    return round_half_up(current, places) - round_half_up(previous, places)


def _benchmark(ind: Indikator, target: Decimal | None, year: int, now: Measure) -> Benchmark | None:
    if target is None:
        return None
    return Benchmark(year, target, capaian(target, now.realisasi, ind.polaritas))
