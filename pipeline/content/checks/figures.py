"""Figures that cannot be right as typed: more decimals than the report prints, money spent beyond
its LRA budget, plan periods that do not hold the report year.

A value with more decimals than its indicator prints (`realisasi: 82.5` with `desimal: 0`) would
print rounded ("83") beside a capaian computed from the unrounded value: 103,13 % where a reader
recomputing from the page gets 103,75 %. The report must show the figures its conclusions come
from, so such a value is refused: write it as printed, or raise `desimal` so that it prints whole.
Computing from the rounded value instead would quietly change what was measured.
"""

from decimal import Decimal

from pipeline.content.checks.findings import Findings, indicator_locations
from pipeline.content.models import Indikator, LraLine


def check_figures(found: Findings) -> None:
    for loc, ind in indicator_locations(found.report):
        for at, value in _values(loc, ind):
            places = _places(value)
            if places > ind.desimal:
                found.error(
                    "report",
                    at,
                    f"{value} has {places} decimal{'s' if places != 1 else ''}, but the indicator prints "
                    f"{ind.desimal} (`desimal: {ind.desimal}`): the page would show it rounded beside a capaian "
                    f"computed from {value}; write the value as it is printed, or set `desimal: {places}`",
                )
    for index, line in enumerate(found.report.realisasi_anggaran):
        _lra_within_budget(found, ("realisasi_anggaran", index), line)
    _plans_hold_the_year(found)


def _values(loc: tuple, ind: Indikator):
    """Every value of an indicator that prints with its `desimal`, with its location."""
    for key in ("target", "realisasi", "target_akhir_renstra", "target_nasional", "target_provinsi"):
        if getattr(ind, key) is not None:
            yield loc + (key,), getattr(ind, key)
    for field in ("riwayat", "triwulan"):
        for when, year_value in (getattr(ind, field, None) or {}).items():
            for key in ("target", "realisasi"):
                if getattr(year_value, key) is not None:
                    yield loc + (field, when, key), getattr(year_value, key)
    for year, value in ind.target_renstra.items():
        yield loc + ("target_renstra", year), value
    for name, value in ind.pembanding.items():
        yield loc + ("pembanding", name), value


def _places(value: Decimal | int) -> int:
    exponent = Decimal(value).normalize().as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def _lra_within_budget(found: Findings, loc: tuple, line: LraLine) -> None:
    """Spending beyond a line's anggaran cannot be right: the LRA is a report of belanja."""
    if line.realisasi is not None and line.anggaran is not None and line.realisasi > line.anggaran:
        found.error(
            "report", loc + ("realisasi",), f"realisasi {line.realisasi} exceeds the line's anggaran {line.anggaran}"
        )
    for index, detail in enumerate(line.rincian):
        _lra_within_budget(found, loc + ("rincian", index), detail)


def _plans_hold_the_year(found: Findings) -> None:
    """The RPJMD the report cites must cover its year (the Renstra's is checked with the frame)."""
    start, end = found.kab.rpjmd.periode
    year = found.report.tahun
    if not start <= year <= end:
        found.error(
            "kabupaten",
            ("rpjmd", "periode"),
            f"the RPJMD {start}–{end} does not cover the report year {year}: give the RPJMD in force in {year}",
        )
