"""Provisional auxiliary files for a cold build, so that one engine pass suffices.

A cold build starts without `.toc`, `.lot`, `.lof` and `.aux`. Without the lists, its pass typesets
an empty Daftar Isi and puts every page after it too early; without the labels, a forward reference
("sebagaimana Tabel 3.1") prints "??". Every entry of the lists (title, number, level, hyperref
anchor) and every label (number, caption, anchor) is already in the generated source; only the
pages are not. Written before the pass with a placeholder page, they give the lists their final
length and the references their final text, so the pass puts every page where it stays; the pages
in the lists are printed by the front matter the class sets again at the end of the pass (see
`front.py`), and the page of a label only by a `\\pageref`, which the writer never emits (were one
emitted, the labels' pages would count, see `feedback.py`).

This is an optimisation, never a source of truth: the engine's own files replace these after the
pass, and the pass loop runs until what they feed the next pass is stable, so an entry or a label
predicted wrongly costs a pass, not a wrong number.
"""

import re
from dataclasses import dataclass, field

from pipeline.formats import romawi

HEADER = "\\babel@toc {indonesian}{}\\relax \n"
PAGE = "0"
COMMAND = re.compile(
    r"\\(lkjTableOfContents|lkjListOfTables|lkjListOfFigures|lkjListOfGraphs|lkjUnnumberedChapter|lkjMainMatter"
    r"|lkjAppendices|lkjAppendix|lkjPKLabel|lkjTocChapter|chapter|section|subsection|caption|lkjFigure|lkjGraph"
    r"|lkjTreePage"
    r"|begin\{lkjlongtable\})(?![a-zA-Z*])"
)
LISTS = {
    "lkjTableOfContents": "DAFTAR ISI",
    "lkjListOfTables": "DAFTAR TABEL",
    "lkjListOfFigures": "DAFTAR GAMBAR",
    "lkjListOfGraphs": "DAFTAR GRAFIK",
}
PRESENT = {
    ".toc": "lkjTableOfContents",
    ".lot": "lkjListOfTables",
    ".lof": "lkjListOfFigures",
    ".lgf": "lkjListOfGraphs",
}
FLOATS = ("table", "figure", "grafik")  # the float types; a grafik is a chart numbered apart (its list: .lgf)
LABEL = "\\label{"
NUMBER = re.compile(r"\\numberline \{([^}]*)\}")


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


def _label_after(source: str, end: int) -> str | None:
    """The key of a `\\label{…}` written right after position `end`, as the writer puts it."""
    return _argument(source, end)[0] if source.startswith(LABEL, end) else None


@dataclass
class _Numbers:
    """LaTeX's counters as the class numbers them, and hyperref's anchor names for them."""

    decimal: bool
    flat: bool
    chapter: int = 0
    section: int = 0
    subsection: int = 0
    floats: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FLOATS, 0))
    appendix: bool = False
    main_chapters: int = 0
    links: int = 0  # hyperref's one counter of unnumbered anchors (\phantomsection, figure captions)

    @property
    def href_chapter(self) -> str:
        """The chapter as hyperref names it in anchors: arabic, a capital letter in the appendix."""
        return chr(ord("A") + self.chapter - 1) if self.appendix else str(self.chapter)

    def next_chapter(self) -> tuple[str, str]:
        self.chapter += 1
        self.section = self.subsection = 0
        if not self.flat:
            self.floats = dict.fromkeys(FLOATS, 0)
        number = ("LAMPIRAN" if self.appendix else "BAB") + "\\nobreakspace " + romawi(self.chapter)
        return number, ("appendix." if self.appendix else "chapter.") + self.href_chapter

    def next_section(self) -> tuple[str, str]:
        self.section += 1
        self.subsection = 0
        return self._section_number(), f"section.{self.href_chapter}.{self.section}"

    def next_subsection(self) -> tuple[str, str]:
        self.subsection += 1
        number = f"{self._section_number()}.{self.subsection}"
        return number, f"subsection.{self.href_chapter}.{self.section}.{self.subsection}"

    def next_float(self, kind: str) -> tuple[str, str]:
        self.floats[kind] += 1
        if self.flat:
            number = str(self.floats[kind])
        else:
            number = f"{romawi(self.chapter) if self.appendix else self.chapter}.{self.floats[kind]}"
        if kind != "table":  # the caption package names a figure's anchor by the caption, in one series
            return number, f"{kind}.caption.{self.next_link_number()}"
        return number, f"table.{self.href_chapter}.{self.floats[kind]}"

    def next_unnumbered(self) -> str:
        return f"section*.{self.next_link_number()}"

    def next_link_number(self) -> int:
        self.links += 1
        return self.links

    def start_appendices(self) -> None:
        self.main_chapters, self.appendix, self.chapter = self.chapter, True, 0

    def _section_number(self) -> str:
        return f"{self.chapter}.{self.section}" if self.decimal else chr(ord("A") + self.section - 1)


def _entry(level: str, title: str, anchor: str, number: str | None = None) -> str:
    text = f"\\numberline {{{number}}}{title}" if number else title
    return f"\\contentsline {{{level}}}{{{text}}}{{{PAGE}}}{{{anchor}}}%\n"


def _newlabel(key: str, number: str, title: str, anchor: str) -> str:
    return f"\\newlabel{{{key}}}{{{{{number}}}{{{PAGE}}}{{{title}\\relax }}{{{anchor}}}{{}}}}\n"


@dataclass
class _Prediction:
    toc: list[str] = field(default_factory=lambda: [HEADER])
    lot: list[str] = field(default_factory=lambda: [HEADER])
    lof: list[str] = field(default_factory=lambda: [HEADER])
    lgf: list[str] = field(default_factory=list)  # babel writes no language line into a list of a new float type
    labels: list[str] = field(default_factory=list)

    def float_entry(self, kind: str, numbers: _Numbers, title: str, key: str | None) -> None:
        number, anchor = numbers.next_float(kind)
        target = {"table": self.lot, "figure": self.lof, "grafik": self.lgf}[kind]
        target.append(_entry(kind, f"{{\\ignorespaces {title}\\relax }}", anchor, number))
        if key is not None:
            self.labels.append(_newlabel(key, number, title, anchor))


def _predict(source: str) -> tuple[_Prediction, _Numbers]:
    options = re.search(r"\\documentclass\[([^\]]*)\]", source)
    names = set(options.group(1).split(",")) if options else set()
    numbers = _Numbers(decimal="desimal" in names, flat="datar" in names)
    found = _Prediction()
    for match in COMMAND.finditer(source):
        name, end = match.group(1), match.end()
        if name in LISTS:
            found.toc.append(_entry("chapter", LISTS[name], numbers.next_unnumbered()))
        elif name in ("lkjUnnumberedChapter", "lkjTocChapter"):
            found.toc.append(_entry("chapter", _argument(source, end)[0], numbers.next_unnumbered()))
        elif name == "lkjAppendices":
            numbers.start_appendices()
            found.toc.append("\\lkj@tocappx \n")
        elif name in ("chapter", "lkjAppendix"):
            number, anchor = numbers.next_chapter()
            found.toc.append(_entry("chapter", _argument(source, end)[0], anchor, number))
            for chapter_gap in (found.lot, found.lof, found.lgf):
                chapter_gap.append("\\addvspace {10\\p@ }\n")
        elif name == "section":
            number, anchor = numbers.next_section()
            found.toc.append(_entry("section", _argument(source, end)[0], anchor, number))
        elif name == "subsection":
            number, anchor = numbers.next_subsection()
            found.toc.append(_entry("subsection", _argument(source, end)[0], anchor, number))
        elif name == "lkjPKLabel":
            found.toc.append(_entry("section", _argument(source, end)[0], numbers.next_unnumbered()))
        elif name == "begin{lkjlongtable}":
            caption = source.find("\\caption{", end)
            title, after = _argument(source, caption + len("\\caption"))
            found.float_entry("table", numbers, title, _label_after(source, after))
        elif name in ("lkjFigure", "lkjGraph"):
            _, after_picture = _argument(source, end)
            title, after_title = _argument(source, after_picture)
            kind = "figure" if name == "lkjFigure" else "grafik"
            found.float_entry(kind, numbers, title, _argument(source, after_title)[0])
        elif name == "lkjTreePage":  # {columns}{caption}{label}{tree}; its continued pages list nothing
            _, after_columns = _argument(source, end)
            title, after_title = _argument(source, after_columns)
            found.float_entry("figure", numbers, title, _argument(source, after_title)[0])
    return found, numbers


def provisional_lists(source: str) -> dict[str, str]:
    """`.toc`, `.lot`, `.lof` and `.lgf` as the engine will write them, with placeholder pages."""
    found, _ = _predict(source)
    lists = {suffix: "".join(getattr(found, suffix[1:])) for suffix in PRESENT}
    return {suffix: text for suffix, text in lists.items() if f"\\{PRESENT[suffix]}" in source}


def float_numbers(source: str) -> dict[str, list[str]]:
    """The numbers the engine will give the tables, figures and grafik of the source, by float type,
    whether or not the report lists them."""
    found, _ = _predict(source)
    listed = {"table": found.lot, "figure": found.lof, "grafik": found.lgf}
    return {kind: [m.group(1) for line in lines if (m := NUMBER.search(line))] for kind, lines in listed.items()}


def provisional_aux(source: str) -> str:
    """What a pass reads from the `.aux`: the labels, and the chapter and appendix counts the class
    sizes the Daftar Isi's number boxes by."""
    found, numbers = _predict(source)
    main, appendices = (numbers.main_chapters, numbers.chapter) if numbers.appendix else (numbers.chapter, 0)
    counts = f"\\gdef \\lkj@nmain{{{main}}}\\gdef \\lkj@nappx{{{appendices}}}\n"
    return "\\relax \n" + "".join(found.labels) + counts


def provisional_files(source: str) -> dict[str, str]:
    """Every auxiliary file a cold build's pass reads, by suffix."""
    return {**provisional_lists(source), ".aux": provisional_aux(source)}
