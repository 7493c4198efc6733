"""One escaping table from plain text to LaTeX, applied with str.translate.

Every string that comes from content or from a narrative template passes through `escape`
on its way into the .tex file, so `\\input{/etc/passwd}` prints literally. Only values of
type `Latex` (already LaTeX, produced by our own renderers) pass through unchanged.
"""

from markupsafe import Markup

from pipeline.content.characters import INVISIBLE

Latex = Markup  # the one type that means "already LaTeX"

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
        **{char: "" for char in INVISIBLE},
    }
)


def escape(text: str) -> str:
    """Plain text -> LaTeX that typesets exactly that text.

    Hyphens are separated (`-{}-`) so that '--' and '---' do not become dashes; ',,' is split
    for the same reason (it is a low quotation mark in T1 fonts).
    """
    escaped = text.translate(_TABLE)
    while "--" in escaped:
        escaped = escaped.replace("--", "-{}-")
    return escaped.replace(",,", ",{},")


def latex(value: object) -> Latex:
    """Escape anything that is not already LaTeX; used as the Jinja `finalize` hook."""
    if isinstance(value, Markup):
        return value
    return Markup(escape(str(value)))
