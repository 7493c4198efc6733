"""Turn a TeX log into the first error with its context, and count typographic warnings."""

import re
from dataclasses import dataclass

_FILE_LINE_ERROR = re.compile(r"^(?P<file>[^:\s]+\.[a-z]+):(?P<line>\d+): (?P<message>.*)$")
_OVERFULL = re.compile(r"^Overfull \\[hv]box")
_OVERFULL_AT = re.compile(
    r"^Overfull \\[hv]box \((?P<points>[\d.]+)pt too (?:wide|high)\)(?: in \w+)?(?: detected)? at lines? (?P<line>\d+)"
)
_FONT = re.compile(r"\\[A-Z0-9]+/[^ ]+ |\[\]|\|")
CONTEXT_LINES = 6
# Justified text is sometimes a hair too wide (a fraction of a point: invisible in print). More
# than this and text is cut off or runs into the margin: the build fails rather than publish it.
OVERFULL_TOLERANCE_PT = 2.0


@dataclass(frozen=True)
class TexDiagnosis:
    message: str
    file: str | None
    line: int | None
    context: tuple[str, ...]

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: " if self.file else ""
        body = "\n".join(f"    {line}" for line in self.context)
        return f"{where}{self.message}" + (f"\n{body}" if body else "")


def first_error(log: str) -> TexDiagnosis | None:
    """The first error of the run; later ones are usually consequences of it."""
    lines = log.splitlines()
    for index, line in enumerate(lines):
        match = _FILE_LINE_ERROR.match(line)
        if match or line.startswith("! "):
            context = tuple(_context(lines[index + 1 : index + 1 + CONTEXT_LINES]))
            if match:
                return TexDiagnosis(match["message"], match["file"], int(match["line"]), context)
            return TexDiagnosis(line[2:], None, None, context)
    return None


def overfull_count(log: str) -> int:
    return sum(1 for line in log.splitlines() if _OVERFULL.match(line))


@dataclass(frozen=True)
class Overfull:
    """A box the engine could not fit: how far it sticks out, where it starts, what it holds."""

    points: float
    line: int
    text: str


def overfull_boxes(log: str, beyond: float = OVERFULL_TOLERANCE_PT) -> tuple[Overfull, ...]:
    """The boxes that stick out by more than `beyond` points, with the .tex line and their text."""
    lines = log.splitlines()
    found = []
    for index, line in enumerate(lines):
        match = _OVERFULL_AT.match(line)
        if match and float(match["points"]) > beyond:
            text = _FONT.sub("", lines[index + 1] if index + 1 < len(lines) else "").strip()
            found.append(Overfull(float(match["points"]), int(match["line"]), text))
    return tuple(found)


def page_count(log: str) -> int | None:
    match = re.search(r"Output written on .*?\((\d+) pages?", log, re.S)
    return int(match.group(1)) if match else None


def _context(lines: list[str]):
    """The lines TeX prints after an error, up to its memory statistics."""
    for text in lines:
        if text.startswith(("Here is how much", "No pages of output")):
            return
        if text.strip():
            yield text
