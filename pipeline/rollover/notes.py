"""What `lkjip new` tells the officer about a file it wrote: what to review, and what is left to fill.

Notes are collected by path while the tree is edited and positioned afterwards in the file as
written, so every line number printed is one the officer's editor shows.
"""

from dataclasses import dataclass
from pathlib import Path

from pipeline.content.checks.unfilled import Unfilled, blanks, counts
from pipeline.content.schema import field_path
from pipeline.content.yaml_source import read_yaml

TARGET = "target"
REVIEW = "review"


@dataclass(frozen=True)
class Note:
    """Something carried over that may not hold for the new period; `loc` is its path in the file."""

    loc: tuple
    message: str
    kind: str = REVIEW


@dataclass(frozen=True)
class Written:
    """One file `lkjip new` wrote, its notes as printed lines and its values still to fill."""

    path: Path
    lines: tuple[str, ...]
    blanks: tuple[Unfilled, ...]


def written(path: Path, shown: Path, notes: list[Note]) -> Written:
    """Read the written file back (as `lkjip check` will) and position its notes and blanks."""
    source = read_yaml(path, shown)
    lines = []
    for note in sorted(notes, key=lambda n: (source.position(n.loc), n.message)):
        line, col = source.position(note.loc)
        where = f"{shown}:{line}:{col}: {field_path(note.loc)}"
        lines.append(f"{note.message}: {where}" if note.kind == TARGET else f"review: {where}: {note.message}")
    return Written(path, tuple(lines), tuple(blanks(source)))


def summary(files: list[Written]) -> str:
    """The closing line: 'N values to fill: 12 realisasi indikator, 6 pagu, …'."""
    found = [blank for f in files for blank in f.blanks]
    return f"{len(found)} value{'s' if len(found) != 1 else ''} to fill" + (f": {counts(found)}" if found else "")
