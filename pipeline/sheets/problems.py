"""Problems found in a spreadsheet: positioned at its file, row and column like content problems."""

from pathlib import Path

from pipeline.errors import ContentError, LkjipError, Problem


class SheetError(ContentError):
    """Problems in a spreadsheet or in what it would write; nothing was written.

    A ContentError (exit 2, one positioned line per problem) with a header that says where the
    problems are, so that the officer does not look for them in the YAML.
    """

    def __init__(self, problems: list[Problem], header: str | None = None):
        self.problems = tuple(problems)
        count = len(problems)
        header = header or f"{count} problem{'s' if count != 1 else ''} in the spreadsheet; nothing was written:"
        LkjipError.__init__(self, "\n".join([header, *(f"  {p}" for p in problems)]))


def at_cell(file: Path, sheet: str, row: int, column: int, message: str) -> Problem:
    """A problem at one cell, named `sheet!row` as the officer finds it in the spreadsheet."""
    return Problem(file, row, column, f"{sheet}!{row}", message)


def at_file(file: Path, message: str) -> Problem:
    return Problem(file, 1, 1, "", message)
