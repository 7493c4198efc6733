"""One escaping table from plain text to LaTeX, applied with str.translate.

Every string that comes from content or from a narrative template passes through `escape`
on its way into the .tex file, so `\\input{/etc/passwd}` prints literally. Only values of
type `Latex` (already LaTeX, produced by our own renderers) pass through unchanged.
"""

from markupsafe import Markup

Latex = Markup  # the one type that means "already LaTeX"; `NoEscape` of PyLaTeX is converted to it

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
        "≤": r"\ensuremath{\leq}",
        "≥": r"\ensuremath{\geq}",
        "×": r"\texttimes{}",
        "∞": r"\ensuremath{\infty}",
        "\u2212": r"\textminus{}",
        "\n": " ",
        "\t": " ",
    }
)


def escape(text: str) -> str:
    """Plain text -> LaTeX that typesets exactly that text."""
    return text.translate(_TABLE)


def latex(value: object) -> Latex:
    """Escape anything that is not already LaTeX; used as the Jinja `finalize` hook."""
    if isinstance(value, Markup):
        return value
    return Markup(escape(str(value)))
