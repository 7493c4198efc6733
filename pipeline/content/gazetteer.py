"""Names of other kecamatan in a report's text: the copy-paste error of last year's file.

Seed 001 says "Belum optimalnya pelayanan PATEN di Kecamatan Astambul" in the Aluh-Aluh report;
seed 002 names Paramasan five times. Every text field of the kecamatan's files is scanned for
the names of the kabupaten's other kecamatan (from `kabupaten.yaml`), except the office address.
"""

import re

from pipeline.content.characters import strings
from pipeline.content.models import Kabupaten, Kecamatan
from pipeline.content.schema import field_path
from pipeline.content.yaml_source import Source
from pipeline.errors import Problem


def _pattern(name: str) -> re.Pattern:
    """'Aluh-Aluh' also matches 'Aluh - Aluh' and 'ALUH ALUH', the seeds' variants."""
    words = [re.escape(w) for w in re.split(r"[\s\-\u2013]+", name) if w]
    return re.compile(r"(?<!\w)" + r"[\s\-\u2013]*".join(words) + r"(?!\w)", re.IGNORECASE)


def other_kecamatan(sources: dict[str, Source], kab: Kabupaten, kec: Kecamatan) -> list[Problem]:
    """One warning per text value that names another kecamatan of the same kabupaten.

    The report's own name is masked first and longer names are tried before shorter ones, so
    "Martapura Barat" is not read as "Martapura".
    """
    own = _pattern(kec.nama)
    others = sorted((n for n in kab.kecamatan if not own.fullmatch(n)), key=len, reverse=True)
    patterns = [(name, _pattern(name)) for name in others]
    problems = []
    for key in ("kecamatan", "report"):
        source = sources[key]
        for loc, text in strings(source.root):
            if loc[:1] == ("alamat",):
                continue  # a street may be named after a neighbouring place ("Jalan Martapura Lama")
            rest = own.sub(" ", text)
            for name, pattern in patterns:
                if pattern.search(rest):
                    rest = pattern.sub(" ", rest)
                    line, col = source.position(loc)
                    message = f"names Kecamatan {name}, not {kec.nama}: copied from another report?"
                    problems.append(Problem(source.path, line, col, field_path(loc), message))
    return problems
