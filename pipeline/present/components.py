"""The present function of every catalogue component, gathered from the chapter modules.

Each module exposes `PRESENTERS`: komponen id -> function(ctx, judul). A front-matter function
returns a `FrontPart`, a section function a tuple of blocks, an appendix function a `Chapter`.
"""

from pipeline.present import appendices, bab1, bab2, bab3, bab4, front

PRESENTERS = {
    name: function
    for module in (front, bab1, bab2, bab3, bab4, appendices)
    for name, function in module.PRESENTERS.items()
}


def render_placed(c, kind: str, placed) -> str:
    """One component's LaTeX (for checking one component against another rendering)."""
    from pipeline.present.context import Ctx
    from pipeline.write.latex.blocks import Writer
    from pipeline.write.latex.document import LATEX_DIR, _chapter, _front
    from pipeline.write.latex.tables import load_looks

    writer = Writer(load_looks(LATEX_DIR / "columns.yaml"))
    node = PRESENTERS[placed.komponen](Ctx(c), placed.judul)
    if kind == "front":
        return _front(node, writer)
    if kind == "appendix":
        return _chapter(r"\lkjAppendix", node, writer)
    return writer.blocks(node)
