"""Blocks and inline runs to LaTeX: one function per node type, joined by the paragraph rules.

Text is escaped here and nowhere else; upper-casing of set pieces (the org chart's boxes, decree
and statement titles) is a typographic rule of this writer, so the model keeps names as written.
"""

import re
from functools import singledispatch

from pipeline.document import blocks as b
from pipeline.document import inline as i
from pipeline.document.table import InternalError, Table
from pipeline.write.latex.charts import chart_figure
from pipeline.write.latex.escape import escape
from pipeline.write.latex.tables import write_table
from pipeline.write.latex.tree import write_tree

LIST_OPEN = {
    b.ListStyle.numbered: r"\begin{enumerate}",
    b.ListStyle.lettered: r"\begin{enumerate}[label=\alph*.]",
    b.ListStyle.bulleted: r"\begin{itemize}",
}
LIST_CLOSE = {
    b.ListStyle.numbered: r"\end{enumerate}",
    b.ListStyle.lettered: r"\end{enumerate}",
    b.ListStyle.bulleted: r"\end{itemize}",
}
MATH_OPS = {"×": r"\times", "−": "-", "-": "-", "+": "+"}
# A paragraph that leads into one of these is the same paragraph: "… sebagai berikut:" + the list.
LED_IN = (b.List, b.Formula, Table, b.Figure, b.Centered)
SECTION = {1: "section", 2: "subsection", 3: "subsubsection"}


class Writer:
    """Writes blocks with one table layout file (the column widths of every table)."""

    def __init__(self, looks):
        self.looks = looks

    def blocks(self, nodes: tuple, indent: str = "") -> str:
        out = []
        for index, node in enumerate(nodes):
            if index:
                out.append("\n" if _joined(nodes[index - 1], node) else "\n\n")
            out.append(self.block(node, indent))
        return "".join(out)

    def block(self, node, indent: str = "") -> str:
        return _write(node, self, indent)


def _joined(before, after) -> bool:
    if isinstance(after, b.Paragraph) and after.continued:
        return True
    if isinstance(before, b.Formula) and isinstance(after, b.Formula):
        return True  # formulas shown one under the other
    return isinstance(before, b.Paragraph) and isinstance(after, LED_IN)


def inline(runs: tuple) -> str:
    return "".join(_inline(run) for run in runs)


@singledispatch
def _inline(run) -> str:
    raise TypeError(f"no LaTeX for inline {type(run).__name__}")


@_inline.register
def _(run: i.Text) -> str:
    return escape(run.text)


@_inline.register
def _(run: i.Emph) -> str:
    return r"\emph{" + escape(run.text) + "}"


@_inline.register
def _(run: i.Strong) -> str:
    return r"\textbf{" + escape(run.text) + "}"


@_inline.register
def _(run: i.Quoted) -> str:
    return "``" + escape(run.text) + "''"


@_inline.register
def _(run: i.Ref) -> str:
    return escape(run.word) + r"~\ref{" + run.label + "}"


@_inline.register
def _(run: i.Dash) -> str:
    return "---"


@_inline.register
def _(run: i.Break) -> str:
    return r"\\ "


@singledispatch
def _write(node, writer: Writer, indent: str) -> str:
    raise TypeError(f"no LaTeX for block {type(node).__name__}")


@_write.register
def _(node: b.Paragraph, writer: Writer, indent: str) -> str:
    return indent + inline(node.runs)


@_write.register
def _(node: b.Centered, writer: Writer, indent: str) -> str:
    return r"\begin{center}" + inline(node.runs) + r"\end{center}"


@_write.register
def _(node: b.List, writer: Writer, indent: str) -> str:
    lines = [indent + LIST_OPEN[node.style]]
    for item in node.items:
        lines.append(f"{indent}  \\item " + inline(item.runs))
        if item.blocks:
            lines.append(writer.blocks(item.blocks, indent + "  "))
    lines.append(indent + LIST_CLOSE[node.style])
    return "\n".join(lines)


def _math(terms: tuple) -> str:
    out = []
    for term in terms:
        if isinstance(term, b.MathText):
            out.append(r"\text{" + escape(term.text) + "}")
        else:
            out.append(MATH_OPS.get(term.symbol, escape(term.symbol)))
    return " ".join(out)


@_write.register
def _(node: b.Formula, writer: Writer, indent: str) -> str:
    tail = r" \times 100\%" if node.percent else ""
    fraction = rf"\frac{{{_math(node.numerator)}}}{{{_math(node.denominator)}}}"
    return rf"{indent}\[ \text{{{escape(node.lhs)}}} = {fraction}{tail} \]"


@_write.register
def _(node: Table, writer: Writer, indent: str) -> str:
    return write_table(node, writer.looks, inline(node.intro) if node.intro else None)


def _upper(text: str) -> str:
    return escape(text.upper())


@_write.register
def _(node: b.Figure, writer: Writer, indent: str) -> str:
    if isinstance(node.drawing, b.Image):
        return _image_figure(node)
    if isinstance(node.drawing, b.Tree):
        return write_tree(node)
    if isinstance(node.drawing, b.Chart):
        return chart_figure(node)
    chart = node.drawing
    lines = [r"\lkjFigure{%", rf"\begin{{lkjorgchart}}{{{len(chart.lines)}}}{{{len(chart.staff_parts)}}}"]
    lines.append(rf"\lkjOrgHead{{{_upper(chart.head)}}}")
    if chart.side:
        lines.append(rf"\lkjOrgSide{{{_upper(chart.side)}}}")
    if chart.staff:
        lines.append(rf"\lkjOrgStaff{{{_upper(chart.staff)}}}")
        lines += [rf"\lkjOrgStaffPart{{{n}}}{{{_upper(p)}}}" for n, p in enumerate(chart.staff_parts, start=1)]
    lines.append(r"\lkjOrgTrunk")
    lines += [rf"\lkjOrgLine{{{n}}}{{{_upper(u)}}}" for n, u in enumerate(chart.lines, start=1)]
    lines.append(rf"\end{{lkjorgchart}}}}{{{escape(node.caption)}}}{{{node.label}}}")
    return "\n".join(lines)


@_write.register
def _(node: b.KeepTogether, writer: Writer, indent: str) -> str:
    return "\\lkjKeepTogether{%\n" + writer.blocks(node.blocks) + "\n}"


@_write.register
def _(node: b.PageBreak, writer: Writer, indent: str) -> str:
    return r"\clearpage"


LISTING = {
    b.Listing.contents: r"\lkjTableOfContents",
    b.Listing.tables: r"\lkjListOfTables",
    b.Listing.figures: r"\lkjListOfFigures",
    b.Listing.graphs: r"\lkjListOfGraphs",
}


@_write.register
def _(node: b.ListOf, writer: Writer, indent: str) -> str:
    return LISTING[node.kind]


@_write.register
def _(node: b.Section, writer: Writer, indent: str) -> str:
    star = "" if node.numbered else "*"
    head = rf"\{SECTION[node.level]}{star}{{{escape(node.title)}}}"
    return head + ("\n" + writer.blocks(node.blocks) if node.blocks else "")


ASSET_NAME = re.compile(r"[a-z]+-[0-9a-f]{12}\.(png|jpg|pdf)")


def asset_name(asset: b.Asset) -> str:
    """The name the engine finds the copied file by; anything else never reaches \\includegraphics."""
    if not ASSET_NAME.fullmatch(asset.name):
        raise InternalError(f"asset {asset.name!r}: not a name the present stage gives (role-<12 hex>.<png|jpg|pdf>)")
    return asset.name


def _image_figure(node: b.Figure) -> str:
    image = node.drawing
    if not 0 < image.width <= 1:
        raise InternalError(f"figure {node.label}: image width {image.width} is not a fraction of the line (0, 1]")
    drawing = rf"\lkjFigureImage{{{asset_name(image.asset)}}}{{{image.width:.4g}}}"
    return rf"\lkjFigure{{{drawing}}}{{{escape(node.caption)}}}{{{node.label}}}"


# The set pieces (signatures, decree, statement, kop surat) register their writers there.
from pipeline.write.latex import pieces  # noqa: E402,F401
