"""Characters the typesetter can print, and the content strings that contain others.

pdfLaTeX with T1/TS1 fonts prints Latin script; an emoji or an Arabic-script name would stop
the TeX run with an obscure error, so such strings are rejected up front, positioned, with the
character named. Invisible format characters (zero-width space, BOM, soft hyphen) are allowed
and dropped on output.
"""

import re
import unicodedata
from collections.abc import Iterator

from pipeline.content.schema import field_path
from pipeline.content.yaml_source import Source
from pipeline.errors import Problem

INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_PUNCTUATION = "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MATH = "\u2264\u2265\u00d7\u221e\u2212"  # mapped to math or TS1 commands by the escaper
# Latin-1 and Latin Extended-A as far as the T1/TS1 font encodings cover them (t1enc.dfu,
# ts1enc.dfu): U+00B8, U+0126-0127, U+0138, U+013F-0140, U+0149, U+0166-0167, U+017F have no glyph.
_LATIN = ((0xA0, 0xB7), (0xB9, 0x125), (0x128, 0x137), (0x139, 0x13E), (0x141, 0x148), (0x14A, 0x165), (0x168, 0x17E))
PRINTABLE = (
    frozenset(chr(c) for c in range(0x20, 0x7F))
    | frozenset(chr(c) for low, high in _LATIN for c in range(low, high + 1))
    | frozenset(_PUNCTUATION + _MATH + "\t\n")
    | INVISIBLE
)


def strings(node, loc: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, loc + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, loc + (index,))
    elif isinstance(node, str):
        yield loc, node


def describe(char: str) -> str:
    name = unicodedata.name(char, "unnamed character")
    return f"U+{ord(char):04X} {name}"


def unprintable(source: Source) -> list[Problem]:
    """One problem per string that holds a character the PDF cannot show."""
    problems = []
    for loc, text in strings(source.root):
        bad = sorted({c for c in text if c not in PRINTABLE}, key=text.index)
        if bad:
            line, col = source.position(loc)
            names = ", ".join(describe(c) for c in bad)
            problems.append(
                Problem(
                    source.path,
                    line,
                    col,
                    field_path(loc),
                    f"cannot be typeset: {names}; remove it or write it in Latin script",
                )
            )
    return problems


# Letters and digits with nothing between them (no space, hyphen, slash, dot, underscore) beyond
# any Indonesian word ("mempertanggungjawabkannya" has 25): on the cover, in a heading or in a
# signature block such a run cannot break and would run off the page.
LONGEST_RUN = 30
_RUN = re.compile(rf"[^\W_]{{{LONGEST_RUN + 1},}}")


def unbreakable(source: Source) -> list[Problem]:
    """One problem per string holding a run of letters and digits too long to be a word."""
    problems = []
    for loc, text in strings(source.root):
        run = _RUN.search(text)
        if run:
            line, col = source.position(loc)
            word = run.group(0)
            message = (
                f"a word of {len(word)} characters ('{word[:12]}…'): no word is that long, and on the page it "
                "cannot break; add the spaces it lacks, or a hyphen where it may break"
            )
            problems.append(Problem(source.path, line, col, field_path(loc), message))
    return problems
