"""Provisional contents files for a cold build, so that two engine passes suffice.

A cold build starts without `.toc`, `.lot` and `.lof`, so its first pass typesets an empty Daftar
Isi and every front-matter page after it gets a provisional roman number; a second pass fills the
lists, a third corrects those numbers. Every entry of the lists (the title, its number, its level)
is already in the generated source; only the page numbers are not. Writing the entries with a
placeholder page before the first pass gives the lists their final length at once, so the first
pass already puts every page where it stays, and the second only fills in the numbers.

This is an optimisation, never a source of truth: the engine's own files replace these after the
first pass, and the pass loop runs until the files are stable, so an entry predicted wrongly costs
a pass, not a wrong page number.
"""

import re
from dataclasses import dataclass, field

from pipeline.formats import romawi

HEADER = "\\babel@toc {indonesian}{}\\relax \n"
PAGE = "0"
COMMAND = re.compile(
    r"\\(lkjTableOfContents|lkjListOfTables|lkjListOfFigures|lkjUnnumberedChapter|lkjMainMatter|lkjAppendices"
    r"|lkjAppendix|lkjPKLabel|lkjTocChapter|chapter|section|subsection|caption|lkjFigure|begin\{lkjlongtable\})(?![a-zA-Z*])"
)
LISTS = {"lkjTableOfContents": "DAFTAR ISI", "lkjListOfTables": "DAFTAR TABEL", "lkjListOfFigures": "DAFTAR GAMBAR"}


def _argument(source: str, start: int) -> tuple[str, int]:
    """The balanced {…} group starting at or after `start` (escaped braces do not count)."""
    open_at = source.index("{", start)
    depth, index = 0, open_at
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return source[open_at + 1 : index], index + 1
        index += 1
    raise ValueError("unbalanced braces")


@dataclass
class _Numbers:
    decimal: bool
    flat: bool
    chapter: int = 0
    section: int = 0
    subsection: int = 0
    floats: dict[str, int] = field(default_factory=lambda: {"table": 0, "figure": 0})
    appendix: bool = False

    def next_chapter(self) -> str:
        self.chapter += 1
        self.section = self.subsection = 0
        if not self.flat:
            self.floats = {"table": 0, "figure": 0}
        return ("LAMPIRAN" if self.appendix else "BAB") + "\\nobreakspace " + romawi(self.chapter)

    def next_section(self) -> str:
        self.section += 1
        self.subsection = 0
        return f"{self.chapter}.{self.section}" if self.decimal else chr(ord("A") + self.section - 1)

    def next_subsection(self) -> str:
        self.subsection += 1
        parent = f"{self.chapter}.{self.section}" if self.decimal else chr(ord("A") + self.section - 1)
        return f"{parent}.{self.subsection}"

    def next_float(self, kind: str) -> str:
        self.floats[kind] += 1
        if self.flat:
            return str(self.floats[kind])
        chapter = romawi(self.chapter) if self.appendix else str(self.chapter)
        return f"{chapter}.{self.floats[kind]}"


def _entry(level: str, title: str, number: str | None = None) -> str:
    text = f"\\numberline {{{number}}}{title}" if number else title
    return f"\\contentsline {{{level}}}{{{text}}}{{{PAGE}}}{{}}%\n"


def provisional_lists(source: str) -> dict[str, str]:
    """`.toc`, `.lot` and `.lof` as the engine will write them, with placeholder pages."""
    options = re.search(r"\\documentclass\[([^\]]*)\]", source)
    names = set(options.group(1).split(",")) if options else set()
    numbers = _Numbers(decimal="desimal" in names, flat="datar" in names)
    toc, lot, lof = [HEADER], [HEADER], [HEADER]
    for match in COMMAND.finditer(source):
        name, end = match.group(1), match.end()
        if name in LISTS:
            toc.append(_entry("chapter", LISTS[name]))
        elif name == "lkjUnnumberedChapter":
            toc.append(_entry("chapter", _argument(source, end)[0]))
        elif name == "lkjAppendices":
            numbers.appendix, numbers.chapter = True, 0
            toc.append("\\lkj@tocappx \n")
        elif name in ("chapter", "lkjAppendix"):
            toc.append(_entry("chapter", _argument(source, end)[0], numbers.next_chapter()))
            lot.append("\\addvspace {10\\p@ }\n")
            lof.append("\\addvspace {10\\p@ }\n")
        elif name == "section":
            toc.append(_entry("section", _argument(source, end)[0], numbers.next_section()))
        elif name == "subsection":
            toc.append(_entry("subsection", _argument(source, end)[0], numbers.next_subsection()))
        elif name == "lkjPKLabel":
            toc.append(_entry("section", _argument(source, end)[0]))
        elif name == "lkjTocChapter":
            toc.append(_entry("chapter", _argument(source, end)[0]))
        elif name == "begin{lkjlongtable}":
            caption = source.find("\\caption{", end)
            title = _argument(source, caption + len("\\caption"))[0]
            lot.append(_entry("table", f"{{\\ignorespaces {title}\\relax }}", numbers.next_float("table")))
        elif name == "lkjFigure":
            _, after_picture = _argument(source, end)
            title = _argument(source, after_picture)[0]
            lof.append(_entry("figure", f"{{\\ignorespaces {title}\\relax }}", numbers.next_float("figure")))
    present = {".toc": "lkjTableOfContents", ".lot": "lkjListOfTables", ".lof": "lkjListOfFigures"}
    lists = {".toc": "".join(toc), ".lot": "".join(lot), ".lof": "".join(lof)}
    return {suffix: text for suffix, text in lists.items() if f"\\{present[suffix]}" in source}
