"""One escaping table from plain text to LaTeX, applied with str.translate.

Every string of the document model (from content or from a narrative template) passes through
`escape` as the LaTeX writer emits it, so `\\input{/etc/passwd}` prints literally. The writer's
own macros are the only LaTeX in the output.
"""

import re

from pipeline.content.characters import INVISIBLE

# A run of characters with no place to break (no space, hyphen, dash or slash) longer than any
# Indonesian word ("mempertanggungjawabkannya" is 25 letters, and TeX's Indonesian patterns
# hyphenate such words well): a code, a pasted address, a name typed without spaces. TeX might not
# break it, and it would run off the page or out of its table cell, so it gets a discretionary
# hyphen every BREAK_EVERY characters.
LONGEST_WORD = 30
BREAK_EVERY = 10
_BREAK = "\x00"  # marks a break point until the table below turns it into \-
_UNBREAKABLE = re.compile(rf"[^\s\-/\u2013\u2014]{{{LONGEST_WORD + 1},}}")


_TABLE = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "$": r"\$",
        "&": r"\&",
        "#": r"\#",
        "%": r"\%",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
        "<": r"\textless{}",
        ">": r"\textgreater{}",
        "|": r"\textbar{}",
        '"': r"\textquotedbl{}",
        "'": r"\textquotesingle{}",
        "`": r"\textasciigrave{}",
        "[": "{[}",  # never read as the optional argument of \item or \\
        "]": "{]}",
        "*": "{*}",  # never read as the star of \\*
        "\u0132": r"\IJ{}",  # inputenc's \IJ and \ij would swallow the space after them
        "\u0133": r"\ij{}",
        "≤": r"\ensuremath{\leq}",
        "≥": r"\ensuremath{\geq}",
        "×": r"\texttimes{}",
        "∞": r"\ensuremath{\infty}",
        "\u2212": r"\textminus{}",
        "\n": " ",
        "\t": " ",
        _BREAK: r"\-",
        **{char: "" for char in INVISIBLE},
    }
)


# Pairs the T1 fonts would fuse: dashes (-- --- and en dash + hyphen), ,, ?` !` and doubled
# curly quotes. An empty group between the two keeps each character as written.
_LIGATURE = re.compile("([-\u2013\u2014])(?=[-\u2013\u2014])|([?!\u2018\u2019])(?=[\u2018\u2019])|(,)(?=,)")


def escape(text: str, room_mm: float | None = None) -> str:
    """Plain text -> LaTeX that typesets exactly that text.

    Characters that the fonts would fuse into another glyph are kept apart: '--' would print as
    an en dash, ',,' as „, '?‘' as ¿, '‘‘' as “. A run too long to break gets break points; in a
    table cell `room_mm` wide, so does a shorter run that is not a word and is wider than the cell
    (a code, a file name, `passwd}`), which TeX's hyphenation patterns cannot break. A word of
    letters is left to those patterns, which break it better.
    """
    text = _UNBREAKABLE.sub(_breakable, text.replace(_BREAK, ""))
    if room_mm is not None:
        text = _RUN.sub(lambda m: _fitted(m.group(0), room_mm), text)
    return _LIGATURE.sub(lambda m: m.group(0) + "{}", text.translate(_TABLE))


_RUN = re.compile(r"[^\s\-/\u2013\u2014\x00]+")
# Widths of table text (Termes at \small of 12 pt, 10.95 pt, bold rows included) in millimetres,
# by kind of character: an estimate that errs wide, to tell whether a run fits its cell.
_EM_MM = 3.85
_NARROW, _DIGIT, _LOWER, _UPPER, _OTHER = 0.3 * _EM_MM, 0.5 * _EM_MM, 0.5 * _EM_MM, 0.75 * _EM_MM, 0.6 * _EM_MM


def _width_mm(char: str) -> float:
    if char in ".,:;'`!|":
        return _NARROW
    if char.isdigit():
        return _DIGIT
    if char.islower():
        return _LOWER
    return _UPPER if char.isupper() else _OTHER


_WORD_PUNCTUATION = ".,;:!?()\"'“”‘’"  # around a word, not part of it: "Penganggaran," is a word


def _breakable(match: re.Match) -> str:
    run = match.group(0)
    return _BREAK.join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))


def _fitted(run: str, room_mm: float) -> str:
    """A run that is not a word, with a break point wherever the next character would not fit."""
    if run.strip(_WORD_PUNCTUATION).isalpha() or sum(map(_width_mm, run)) <= room_mm:
        return run
    out, used = [], 0.0
    for char in run:
        width = _width_mm(char)
        if out and used + width > room_mm:
            out.append(_BREAK)
            used = 0.0
        out.append(char)
        used += width
    return "".join(out)


def xmp_text(text: str) -> str:
    """Plain text -> the markup pdfx reads in `.xmpdata` (its own rules, not LaTeX's).

    pdfx writes these strings into the XMP packet and the document information, where LaTeX markup
    such as `\\textquotesingle{}` would arrive as garbage. Its rules: printable characters stand for
    themselves, except `%`, `{`, `}` (escaped with a backslash) and `\\` (`\\backslash`, followed
    by a space TeX eats, or by a literal `\\ ` when a space follows); whitespace is one space, and
    a line break would end the field.
    """
    out = []
    text = "".join(c for c in text if c not in INVISIBLE)
    for index, char in enumerate(text):
        if char == "\\":
            spaced = index + 1 < len(text) and text[index + 1].isspace()
            out.append(r"\backslash" + ("\\ " if spaced else " "))
        elif char in "%{}":
            out.append("\\" + char)
        elif char.isspace():
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)
