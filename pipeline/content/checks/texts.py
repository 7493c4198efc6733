"""What a text typed in content says that cannot be right, whatever the report computes.

- A count written twice, in figures and in words ("4 (dua) orang"): Indonesian official writing
  gives a count both ways, and a report copied from last year's keeps one and changes the other.
  A text that gives the count from a placeholder (`{{ … | bilangan }}`) cannot disagree.
- A regulation cited with a year after the report is signed ("Peraturan Bupati Nomor 8 Tahun 2026"
  in a report signed in 2023): it cannot be cited before it exists; a year typed wrong.
- A kind of regulation only one province's special autonomy has (Aceh's Qanun, Papua's Perdasus
  and Perdasi) in the report of a kabupaten elsewhere: a text copied from another province's report
  (a warning: a report may cite one for a reason).
"""

import re

from pipeline.content.characters import strings
from pipeline.content.checks.findings import Findings
from pipeline.formats import terbilang

NUMBER_WORDS = frozenset(
    "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh seratus ratus "
    "seribu ribu juta miliar triliun".split()
)
SPELLED = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*\(\s*([A-Za-z][A-Za-z ]*?)\s*\)")
CITATION = re.compile(r"\bNomor\s+[\w./-]+\s+Tahun\s+(\d{4})\b", re.IGNORECASE)
# A regulation's name -> the provinces that make it (their names as kabupaten.yaml's `provinsi`).
SPECIAL_REGULATIONS = {
    "Qanun": ("Aceh",),
    "Perdasus": ("Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"),
    "Perdasi": ("Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"),
}


def check_texts(found: Findings) -> None:
    signed = found.report.tanggal or max((q.tanggal for q in found.report.triwulan.values()), default=None)
    for file, source in found.sources.items():
        for loc, text in strings(source.root):
            _spelled_numbers(found, file, loc, text)
            _other_provinces(found, file, loc, text)
            if signed is not None:
                _citations(found, file, loc, text, signed.year)


def _citations(found: Findings, file: str, loc: tuple, text: str, signed: int) -> None:
    """An error in the year file; a warning in the files shared by every year, whose list of
    regulations may have grown since an older report was signed."""
    for match in CITATION.finditer(text):
        if int(match.group(1)) > signed:
            report = found.error if file == "report" else found.warn
            report(
                file,
                loc,
                f"'{match.group(0)}' is cited in a report signed in {signed}, before that year: check the year",
            )


def _other_provinces(found: Findings, file: str, loc: tuple, text: str) -> None:
    for name, provinces in SPECIAL_REGULATIONS.items():
        if found.kab.provinsi not in provinces and re.search(rf"\b{name}\b", text, re.IGNORECASE):
            found.warn(
                file,
                loc,
                f"'{name}' is a regulation of {' and '.join(provinces[:2])} only, not of {found.kab.provinsi}: "
                "a text copied from another province's report?",
            )


def _spelled_numbers(found: Findings, file: str, loc: tuple, text: str) -> None:
    for match in SPELLED.finditer(text):
        words = " ".join(match.group(2).lower().split())
        if not set(words.split()) <= NUMBER_WORDS:
            continue  # "(IKM)", "(Camat)": not a number in words
        number = int(match.group(1).replace(".", ""))
        if words != terbilang(number):
            found.error(
                file,
                loc,
                f"'{match.group(0)}': {number} is '{terbilang(number)}', not '{words}'; write the count "
                "once, from a placeholder (`{{ … | bilangan }}`) where the report computes it",
            )
