"""What one pass leaves for the next to read, reduced to what can change the next pass's output.

The document is final when a pass leaves these unchanged. Compared whole, the files would call for
passes that change nothing: a cold build's predicted files (`provisional.py`) cannot hold the pages
or the bookkeeping the engine writes, and a page moving by one changes every page after it in the
lists. So each file is compared by what the next pass would typeset from it:

* the lists (`.toc`, `.lot`, `.lof`): every line, but not the page of a contents line when the front
  matter holding the lists is set again at the end of the pass from the lists that pass writes
  (`front.py`): no pass prints a page it read from them;
* the `.aux`: the labels (number, caption, anchor; their page only if the source prints one with
  `\\pageref`), the chapter and appendix counts the class sizes the Daftar Isi by, and longtable's
  column widths unless every table's columns have a fixed width (the writer's `C`, `L`, `R`), whose
  widths no `.aux` changes. The rest is bookkeeping a pass consumes itself: the contents lines it
  copies into the lists at its end (compared there), its bookmarks (made at its end from the
  `.aux` it has just written), the number of pages, packages' definitions for the next pass to
  tolerate a package removed;
* anything else (hyperref's `.out`, were a document to write one): whole.
"""

import re
from dataclasses import dataclass
from pathlib import Path

FEEDBACK = (".aux", ".toc", ".lot", ".lof", ".lgf", ".out")  # what one pass writes for the next to read
LISTS = (".toc", ".lot", ".lof", ".lgf")  # .lgf: the Daftar Grafik
CONTENTS_PAGE = re.compile(r"^(\\contentsline .*\}\{)[^{}]*(\}\{[^{}]*\}(?:%|\\protected@file@percent ?)\s*)$")
LABEL_PAGE = re.compile(r"^(\\newlabel\{[^{}]*\}\{\{(?:[^{}]|\{[^{}]*\})*\}\{)[^{}]*\}")
LONGTABLE = re.compile(r"\\begin\{(?:lkj)?longtable\}")
FIXED_COLUMN = re.compile(r"\||[CLRpmb]\{")


@dataclass(frozen=True)
class Reading:
    """What of the feedback a document's next pass reads, decided from its source."""

    list_pages: bool = True
    label_pages: bool = True
    table_widths: bool = True

    @classmethod
    def of(cls, source: str, front_set_again: bool) -> "Reading":
        return cls(
            list_pages=not front_set_again,
            label_pages=re.search(r"\\[a-z]*pageref\b", source) is not None,
            table_widths=not _fixed_width_tables(source),
        )


def _group(source: str, start: int) -> int:
    """The index just after the balanced {…} group opening at `start`."""
    depth = 0
    for index in range(start, len(source)):
        char = source[index]
        if char == "{" and source[index - 1] != "\\":
            depth += 1
        elif char == "}" and source[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index + 1
    raise ValueError("unbalanced braces")


def _fixed_width_tables(source: str) -> bool:
    """Whether every longtable's column specification is rules and fixed-width columns only."""
    for match in LONGTABLE.finditer(source):
        spec_end = _group(source, match.end())
        spec, index = source[match.end() + 1 : spec_end - 1], 0
        while index < len(spec):
            column = FIXED_COLUMN.match(spec, index)
            if column is None:
                return False
            index = column.end() if column.group() == "|" else _group(spec, column.end() - 1)
    return True


def statements(aux: str) -> list[str]:
    """The `.aux` as TeX reads it: one statement per line, or more while braces are open."""
    found, current, depth = [], "", 0
    for line in aux.splitlines(keepends=True):
        current += line
        depth += line.count("{") - line.count("\\{") - line.count("}") + line.count("\\}")
        if depth <= 0:
            found.append(current)
            current, depth = "", 0
    return found + ([current] if current else [])


def _aux_view(aux: str, reading: Reading) -> tuple[str, ...]:
    kept = []
    for statement in statements(aux):
        if statement.startswith("\\newlabel"):
            kept.append(statement if reading.label_pages else LABEL_PAGE.sub(r"\1}", statement))
        elif statement.startswith("\\gdef \\lkj@") or (reading.table_widths and statement.startswith("\\gdef \\LT@")):
            kept.append(statement)
    return tuple(sorted(kept))  # definitions: their order does not matter, only what they define


def _list_view(text: str, reading: Reading) -> tuple[str, ...]:
    lines = text.splitlines()
    if reading.list_pages:
        return tuple(lines)
    return tuple(CONTENTS_PAGE.sub(r"\1\2", line).replace("\\protected@file@percent ", "%") for line in lines)


def feedback_view(tex: Path, reading: Reading) -> dict[str, object]:
    """The feedback files next to `tex`, each reduced to what the next pass would typeset from it."""
    view: dict[str, object] = {}
    for suffix in FEEDBACK:
        path = tex.with_suffix(suffix)
        if not path.exists():
            continue
        text = path.read_bytes().decode("utf-8", errors="surrogateescape")
        if suffix == ".aux":
            view[suffix] = _aux_view(text, reading)
        elif suffix in LISTS:
            view[suffix] = _list_view(text, reading)
        else:
            view[suffix] = text
    return view
