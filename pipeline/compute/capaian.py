"""Capaian (achievement) of an indicator and its category on the kabupaten's scale."""

from decimal import Decimal

from pipeline.content.models import Band, Polarity, Scale
from pipeline.formats import angka
from pipeline.numbers import HUNDRED, round_half_up


def capaian(target: Decimal | None, realisasi: Decimal | None, polaritas: Polarity) -> Decimal | None:
    """Achievement in percent, exact.

    positif: realisasi / target x 100. negatif (lower is better): (2 x target - realisasi) /
    target x 100, floored at 0 because a negative achievement has no meaning. No realisasi
    means "not measured", which is None, never 0.
    """
    if realisasi is None or target is None or target == 0:
        return None
    if polaritas is Polarity.positif:
        return realisasi * HUNDRED / target
    return max(Decimal(0), (2 * target - realisasi) * HUNDRED / target)


def classify(scale: Scale, value: Decimal | None) -> Band | None:
    """The band of `value` after display rounding, so the printed figure and its word agree."""
    if value is None:
        return None
    shown = round_half_up(value)
    for band in scale.kategori:
        if shown > band.dari or (band.inklusif and shown == band.dari):
            return band
    raise AssertionError(f"scale {scale.nama!r} does not cover {shown}")  # prevented by Scale's validator


def mean(values: list[Decimal]) -> Decimal | None:
    """Arithmetic mean of exact values; None for an empty list (nothing was measured)."""
    return sum(values, Decimal(0)) / len(values) if values else None


def band_interval(scale: Scale, index: int) -> str:
    """Interval text of a band as printed in the scale table: '70% ≤ x < 100%'."""
    band = scale.kategori[index]
    low = f"{_pct(band.dari)} {'≤' if band.inklusif else '<'} x"
    if index == 0:
        return f"x {'≥' if band.inklusif else '>'} {_pct(band.dari)}"
    upper = scale.kategori[index - 1]
    high = f"{'<' if upper.inklusif else '≤'} {_pct(upper.dari)}"
    if band.dari == 0 and band.inklusif:
        return f"x {high}"
    return f"{low} {high}"


def _pct(value: Decimal) -> str:
    places = 0 if value == value.to_integral_value() else 2
    return angka(value, places) + "%"
