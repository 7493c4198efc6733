"""Comparison words, decided from the sign of the rounded difference (anatomy 4.6)."""

from decimal import Decimal

from pipeline.numbers import round_half_up

TREND_NAIK = "naik"
TREND_TURUN = "turun"
TREND_TETAP = "tetap"


def trend(current: Decimal | None, previous: Decimal | None, places: int = 2) -> str | None:
    """'naik', 'turun' or 'tetap' for current vs previous as printed (each rounded to `places`), so
    the word can never contradict the two numbers beside it; None when either is missing."""
    if current is None or previous is None:
        return None
    delta = round_half_up(current, places) - round_half_up(previous, places)
    if delta > 0:
        return TREND_NAIK
    if delta < 0:
        return TREND_TURUN
    return TREND_TETAP


def change_word(murni: int, perubahan: int) -> str | None:
    """'bertambah' / 'berkurang' for a budget line changed by the APBD Perubahan."""
    if perubahan > murni:
        return "bertambah"
    if perubahan < murni:
        return "berkurang"
    return None
