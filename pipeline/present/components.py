"""The present function of every catalogue component, gathered from the chapter modules.

Each module exposes `PRESENTERS`: komponen id -> function(ctx, judul). A front-matter function
returns a `FrontPart`, a section function a tuple of blocks, an appendix function a `Chapter`.
"""

from pipeline.present import appendices, bab1, bab2, bab3, bab4, charts, front

PRESENTERS = {
    name: function
    for module in (front, bab1, bab2, bab3, bab4, charts, appendices)
    for name, function in module.PRESENTERS.items()
}
