"""One exception tree: user errors print a clear message and exit non-zero; bugs stay loud.

`LkjipError` is a `click.ClickException`, so the CLI shows its message without a traceback.
Anything that is not an `LkjipError` is an internal error and is deliberately not caught.
"""

from dataclasses import dataclass
from pathlib import Path

import click

# What the exit status of `lkjip` means; the README has the same table.
EXIT = {
    "done": 0,
    "build": 1,  # the engine stopped, the output could not be written, or a batch had a failed report
    "content": 2,  # the content has errors (each at file:line:column)
    "tool": 3,  # a required program or LaTeX package is not installed
    "not_found": 4,  # no such kecamatan, year or period in the content directory
    "scheduler": 5,  # the Dask scheduler of --scheduler cannot be reached
    "usage": 64,  # the command line itself is wrong (as sysexits.h's EX_USAGE)
    "interrupted": 130,
}


class LkjipError(click.ClickException):
    """Base of every error a user can fix."""

    exit_code = EXIT["content"]


@dataclass(frozen=True)
class Problem:
    """One content problem, positioned so an editor can jump to it."""

    file: Path
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentError(LkjipError):
    """Content that cannot be read or does not satisfy the schema; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems)
        count = len(problems)
        header = f"{count} problem{'s' if count != 1 else ''} in the content:"
        super().__init__("\n".join([header, *(f"  {p}" for p in problems)]))


class ContentNotFound(LkjipError):
    """No content exists for the kecamatan, year or period asked for."""

    exit_code = EXIT["not_found"]


class SchedulerUnreachable(LkjipError):
    """The Dask scheduler named by --scheduler does not answer."""

    exit_code = EXIT["scheduler"]


class TemplateError(LkjipError):
    """A template refers to data that does not exist (StrictUndefined)."""


class TexError(LkjipError):
    """The TeX engine stopped; the message is the first error with its context."""

    exit_code = EXIT["build"]


class ToolMissing(LkjipError):
    """A required external program is not installed."""

    exit_code = EXIT["tool"]


class OutputError(LkjipError):
    """The build directory cannot be written (read-only, disk full); nothing was replaced."""

    exit_code = EXIT["build"]


class Interrupted(LkjipError):
    """Ctrl-C or SIGTERM: the engine is stopped and the build directory is left as it was."""

    exit_code = EXIT["interrupted"]

    def __init__(self) -> None:
        super().__init__("interrupted: the build was stopped and nothing was replaced")
