"""References to tables and figures typed in content texts, against the ones the report has.

The engine numbers tables and figures ("Tabel 3.1", or "Tabel 1" through the report, as the outline
says); a text that names "Tabel 3.12" where the report has no such table was copied from another
report or written before the tables changed. The numbers come from the same prediction that seeds
the engine's lists (`provisional.py`), so the check runs before TeX, with `lkjip check`.
"""

import re

from pipeline.content.characters import strings
from pipeline.content.schema import field_path
from pipeline.errors import Problem
from pipeline.tex.provisional import float_numbers

REFERENCE = re.compile(r"\b(Tabel|Gambar|Grafik)\s+(\d+(?:\.\d+)*)(?![\d.]*\d)")


def dangling_references(tex: str, sources: dict) -> list[Problem]:
    """A problem for every "Tabel N" or "Gambar N" in a content text that the report does not have.

    Texts rarely name a table by number, so the report's numbers are worked out only when one does.
    """
    found = [
        (source, loc, match)
        for source in sources.values()
        for loc, text in strings(source.root)
        for match in REFERENCE.finditer(text)
    ]
    if not found:
        return []
    numbers = float_numbers(tex)
    # "Grafik N" names a chart: in its own series when the outline numbers charts apart, else a Gambar
    graphs = numbers["grafik"] if numbers["grafik"] else numbers["figure"]
    known = {"Tabel": numbers["table"], "Gambar": numbers["figure"], "Grafik": graphs}
    problems = []
    for source, loc, match in found:
        kind, number = match.group(1), match.group(2)
        if number not in known[kind]:
            line, column = source.position(loc)
            message = f"there is no {kind} {number} in this report ({_numbers(kind, known[kind])})"
            problems.append(Problem(source.path, line, column, field_path(loc), message))
    return problems


PLURAL = {"Tabel": "tables", "Gambar": "figures", "Grafik": "figures"}


def _numbers(kind: str, numbers: list[str]) -> str:
    if not numbers:
        return f"it has no {PLURAL[kind]}"
    shown = ", ".join(numbers) if len(numbers) <= 6 else f"{', '.join(numbers[:3])} … {', '.join(numbers[-2:])}"
    return f"its {PLURAL[kind]} are {shown}"
