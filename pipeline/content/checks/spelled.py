"""A count written twice, in figures and in words ("4 (dua) orang"): the two must agree.

Indonesian official writing gives a count both ways, and a report copied from last year's keeps
one and changes the other. Where they disagree the text cannot be right, whatever the count should
be: an error at the text, naming what the figure reads as. A text that gives the count from a
placeholder (`{{ … | bilangan }}`) cannot disagree, and is the fix.
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


def check_spelled_numbers(found: Findings) -> None:
    for file, source in found.sources.items():
        for loc, text in strings(source.root):
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
