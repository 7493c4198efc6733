"""What a build can be asked for: the period a report covers and the PDF/A level it is archived at.

They live apart from the content models so that the command line can offer them as choices without
importing pydantic and the whole schema: `lkjip --help` answers at once.
"""

from enum import Enum


class Period(str, Enum):
    """What one build reports on: the whole year, or the year up to the end of a quarter."""

    tahunan = "tahunan"
    tw1 = "tw1"
    tw2 = "tw2"
    tw3 = "tw3"
    tw4 = "tw4"

    @property
    def quarter(self) -> int | None:
        return None if self is Period.tahunan else int(self.value[2])


class ArchiveLevel(str, Enum):
    """The PDF/A level of the archived report (see README: what is validated and how)."""

    pdfa_1b = "pdfa-1b"
    pdfa_2b = "pdfa-2b"
    pdfa_3b = "pdfa-3b"
