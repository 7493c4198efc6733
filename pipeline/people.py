"""Civil-servant facts derived from a person record: pangkat from golongan, NIP structure.

Pangkat is never typed in content: it follows from the golongan (PP 99/2000), so "Penata /
III.d" (a seed error) cannot be written.
"""

import datetime
import re

PANGKAT = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
NIP_PATTERN = re.compile(r"^\d{18}$")
MIN_AGE_AT_APPOINTMENT = 18


def pangkat(golongan: str) -> str:
    """'IV/b' -> 'Pembina Tingkat I'."""
    return PANGKAT[golongan]


def pangkat_golongan(golongan: str) -> str:
    """The pangkat line of a signature block: 'Pembina Tingkat I (IV/b)'."""
    return f"{pangkat(golongan)} ({golongan})"


def nip_problem(nip: str) -> str | None:
    """Explain why a NIP is structurally impossible, or return None when it is plausible.

    Structure: YYYYMMDD birth date, YYYYMM TMT CPNS, gender digit 1/2, 3-digit sequence.
    """
    if not NIP_PATTERN.match(nip):
        return "a NIP is 18 digits without spaces"
    try:
        born = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
        tmt = datetime.date(int(nip[8:12]), int(nip[12:14]), 1)
    except ValueError:
        return "digits 1-8 (birth date) or 9-14 (TMT CPNS) are not a valid date"
    if nip[14] not in "12":
        return "digit 15 (gender) must be 1 or 2"
    adult = datetime.date(born.year + MIN_AGE_AT_APPOINTMENT, born.month, 1)
    if tmt < adult:
        return f"TMT {tmt:%Y-%m} is before the age of {MIN_AGE_AT_APPOINTMENT} (born {born:%Y-%m-%d})"
    return None


def display_name(nama: str, gelar_depan: str | None, gelar_belakang: str | None, upper: bool = False) -> str:
    """'H. SAIDI MANSYUR, S.I.Kom.': the name may be upper-cased, the gelar never are."""
    name = nama.upper() if upper else nama
    front = f"{gelar_depan} " if gelar_depan else ""
    back = f", {gelar_belakang}" if gelar_belakang else ""
    return f"{front}{name}{back}"


def jabatan_line(title: str, acting_prefix: str | None = None) -> str:
    """'Plt. CAMAT ALUH-ALUH': the acting prefix belongs to the jabatan and keeps its case."""
    prefix = f"{acting_prefix} " if acting_prefix else ""
    return prefix + title.upper()
