"""A tree diagram (the Pohon Kinerja) to LaTeX: forest trees drawn by `lkjtree.sty`.

A node's children without children of their own (an official's kinerja, a kegiatan's sub
kegiatan) are listed inside its box; the others hang below it. A tree wider than a landscape page
is split by its top-level branches, a page each group that fits, the root box repeated on every
page; the caption is listed once and continued on the next pages.
"""

from dataclasses import replace

from pipeline.document import blocks as b
from pipeline.document.table import InternalError
from pipeline.write.latex.escape import escape

MAX_COLUMNS = 4  # boxes side by side on a landscape page, at the type sizes of lkjtree.sty


def _leaf(node: b.TreeNode) -> bool:
    return not node.children


def branches(node: b.TreeNode) -> tuple[b.TreeNode, ...]:
    return tuple(child for child in node.children if not _leaf(child))


def columns(node: b.TreeNode) -> int:
    """How many boxes wide a node's subtree is drawn: one for a node with no branch below it."""
    below = branches(node)
    return sum(columns(child) for child in below) if below else 1


def _packed(nodes: tuple[b.TreeNode, ...], width: int) -> list[tuple[b.TreeNode, ...]]:
    """Consecutive groups of nodes, each at most `width` columns (a wider node stands alone)."""
    groups: list[list[b.TreeNode]] = []
    used = 0
    for node in nodes:
        need = columns(node)
        if not groups or used + need > width:
            groups.append([])
            used = 0
        groups[-1].append(node)
        used += need
    return [tuple(group) for group in groups]


def pages(tree: b.Tree, width: int = MAX_COLUMNS) -> tuple[b.Tree, ...]:
    """The tree split so that each page is at most `width` columns: several roots are grouped;
    a single root keeps its box (and its own list) on every page, over a group of its branches,
    and a branch too wide by itself is split the same way under it."""
    if not tree.roots:
        raise InternalError("a tree diagram with no root")
    if sum(columns(root) for root in tree.roots) <= width:
        return (tree,)
    if len(tree.roots) > 1:
        return tuple(page for group in _packed(tree.roots, width) for page in pages(b.Tree(group), width))
    root = tree.roots[0]
    own = tuple(child for child in root.children if _leaf(child))
    out = []
    for group in _packed(branches(root), width):
        parts = pages(b.Tree(group), width) if len(group) == 1 else (b.Tree(group),)
        out += [b.Tree((replace(root, children=own + part.roots),)) for part in parts]
    return tuple(out)


def _texts(items: tuple[str, ...]) -> str:
    return "".join(rf"\lkjTreeIndicator{{{escape(item)}}}" for item in items)


def _box(node: b.TreeNode) -> str:
    entries = "".join(
        rf"\lkjTreeEntry{{{n}}}{{{escape(leaf.level)}}}{{{escape(leaf.text)}}}{{{_texts(leaf.indicators)}}}"
        for n, leaf in enumerate((child for child in node.children if _leaf(child)), start=1)
    )
    return rf"\lkjTreeBox{{{escape(node.level)}}}{{{escape(node.text)}}}{{{_texts(node.indicators)}}}{{{entries}}}"


def _forest(node: b.TreeNode, indent: str = "") -> str:
    inner = "".join("\n" + _forest(child, indent + "  ") for child in branches(node))
    return f"{indent}[{{{_box(node)}}}{inner}]"


def write_tree(figure: b.Figure) -> str:
    """The figure's pages in one landscape stretch; the first page carries the label."""
    out = [r"\begin{lkjtreepages}"]
    for index, page in enumerate(pages(figure.drawing)):
        width = sum(columns(root) for root in page.roots)
        command = r"\lkjTreePage" if index == 0 else r"\lkjTreePageContinued"
        label = f"{{{figure.label}}}" if index == 0 else ""
        if len(page.roots) == 1:
            spec = _forest(page.roots[0])
        else:  # several trees side by side: hung from a root that is not drawn
            spec = "[{}, lkj tree hidden\n" + "\n".join(_forest(root, "  ") for root in page.roots) + "]"
        out.append(f"{command}{{{width}}}{{{escape(figure.caption)}}}{label}{{%\n{spec}}}")
    out.append(r"\end{lkjtreepages}")
    return "\n".join(out)
