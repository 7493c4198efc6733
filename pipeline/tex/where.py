"""Where in the document a line of the generated .tex lies, in the reader's words.

The engine reports problems by .tex line; the user knows the report by its chapters and sections.
The writer starts every chapter, section and page of the front matter and the appendices with one
heading command on a line of its own, so the headings above a line name the place: "BAB III
AKUNTABILITAS KINERJA › CAPAIAN KINERJA ORGANISASI › Target dan Realisasi Kinerja Tahun 2022".
"""

import re

from pipeline.formats import romawi

# heading command -> its depth (0 = a chapter, a front-matter part, an appendix)
HEADINGS = {
    "lkjUnnumberedChapter": 0,
    "lkjTocChapter": 0,
    "chapter": 0,
    "lkjAppendix": 0,
    "section": 1,
    "subsection": 2,
    "subsubsection": 3,
}
_HEADING = re.compile(r"^\\(" + "|".join(HEADINGS) + r")\*?(?:\[[^\]]*\])?\{(.*)\}\s*$")
_ESCAPED = re.compile(r"\\([&%$#_{}])")
_MARKUP = re.compile(r"\\[a-zA-Z]+\*?(\{\})?|(?<!\\)[{}]|\\-")


def place(source: str, line: int) -> str | None:
    """The headings that contain `line` (1-based) of `source`, outermost first; None before any."""
    trail: list[str] = []
    chapters = 0
    for number, text in enumerate(source.splitlines()[:line], start=1):
        match = _HEADING.match(text)
        if match:
            command, title = match.group(1), _plain(match.group(2))
            if command == "chapter":
                chapters += 1
                title = f"BAB {romawi(chapters)} {title}"
            trail = trail[: HEADINGS[command]] + [title]
        if number == line:
            break
    return " › ".join(trail) if trail else None


def _plain(title: str) -> str:
    """A heading's text without the escaping markup (enough to recognise it, not to print it)."""
    text = _MARKUP.sub("", title.replace(r"\\", " "))
    return re.sub(r"\s+", " ", _ESCAPED.sub(r"\1", text)).strip()
