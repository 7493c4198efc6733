"""Indonesian formats, in one place: numbers, Rupiah, percentages, terbilang, dates, NIP.

Every figure the report prints passes through one of these functions, so a style decision
(e.g. "Rp1.234.567" rather than "Rp. 1.234.567,-") is made once.
"""

import datetime
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal
from num2words import num2words

from pipeline.numbers import RATIO_PLACES, round_half_up, to_decimal

LOCALE = "id_ID"
EN_DASH = "\u2013"
ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
PERSEN_SATUAN = {"persen", "%"}


def angka(value: Decimal | int, places: int = 0) -> str:
    """1234567.891 -> '1.234.567,89' with exactly `places` decimals, rounded half-up."""
    rounded = round_half_up(to_decimal(value), places)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(rounded, format=pattern, locale=LOCALE)


def rupiah(value: Decimal | int) -> str:
    """Rupiah in prose, PUEBI style: 'Rp1.234.567'; sen shown only when not zero."""
    value = to_decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    sign = "-" if value < 0 else ""
    return f"{sign}Rp{angka(abs(value), places)}"


def rupiah_tabel(value: Decimal | int) -> str:
    """Rupiah in a table cell under a '(Rp)' header: '1.234.567', negatives '(1.234.567)'."""
    value = to_decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    text = angka(abs(value), places)
    return f"({text})" if value < 0 else text


def persen(value: Decimal | None) -> str:
    """A ratio in percent, two decimals and no space: '88,24%'; '-' when there is no ratio."""
    if value is None:
        return "-"
    return angka(value, RATIO_PLACES) + "%"


def desimal(value: Decimal, places: int = RATIO_PLACES) -> str:
    """A bare decimal with fixed places, e.g. percentage points: '1,29'."""
    return angka(value, places)


def nilai(value: Decimal | None, places: int, satuan: str) -> str:
    """An indicator value with its own decimals and unit: '84,24', '13 Dokumen', '100%'."""
    if value is None:
        return "-"
    number = angka(value, places)
    if satuan.strip().lower() in PERSEN_SATUAN:
        return number + "%"
    if satuan.strip().lower() in {"nilai", "indeks"}:
        return number
    return f"{number} {satuan}"


def terbilang(number: int) -> str:
    """A whole number in Indonesian words, lower case: 12 -> 'dua belas', 1e9 -> 'satu miliar'."""
    if number < 0:
        return "minus " + terbilang(-number)
    return num2words(number, lang="id")


def bilangan(number: int) -> str:
    """A count with its words, as reports write it: '8 (delapan)'."""
    return f"{number} ({terbilang(number)})"


def terbilang_rupiah(value: int) -> str:
    """Whole Rupiah in words: 'sebelas miliar ... delapan ratus tiga rupiah'."""
    return f"{terbilang(int(value))} rupiah"


def tanggal(day: datetime.date) -> str:
    """'31 Desember 2022': day not zero-padded, month in Indonesian."""
    return format_date(day, format="d MMMM y", locale="id")


def bulan_tahun(day: datetime.date) -> str:
    """'Desember 2022', for month-precision dates."""
    return format_date(day, format="MMMM y", locale="id")


def nip(digits: str) -> str:
    """An 18-digit NIP grouped 8-6-1-3: '19860313 200412 1 004'."""
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def rentang_tahun(start: int, end: int) -> str:
    """A year range with an en dash: '2022–2026'."""
    return f"{start}{EN_DASH}{end}"


def romawi(number: int) -> str:
    """Roman numerals for BAB, Triwulan and Lampiran numbers: 4 -> 'IV'."""
    out = []
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def huruf(index: int) -> str:
    """Lower-case list letter for the i-th item (0-based): 0 -> 'a', 26 -> 'aa'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def cacah(value: Decimal | None, places: int, satuan: str) -> str:
    """A counted value in prose: '8 (delapan) laporan' for whole counts, else as `nilai`."""
    if value is None:
        return "-"
    if places == 0 and value == value.to_integral_value() and satuan.strip().lower() not in PERSEN_SATUAN:
        return f"{bilangan(int(value))} {satuan.lower()}"
    return nilai(value, places, satuan)
