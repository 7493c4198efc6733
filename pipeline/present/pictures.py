"""Pictures a section of the content shows: a photograph or a chart image beside the content.

A picture is named relative to the file that names it: the kabupaten's directory for an outline
(outlines are the kabupaten's), the kecamatan's for a year file. It is checked like the emblem (it
exists inside the content root, is a PNG, JPEG or PDF, is not too large or too small, and has no
transparency for PDF/A-1) and embedded by a name made from its bytes.
"""

from pipeline.content.images import check_image, resolve
from pipeline.content.models.blocks import Gambar
from pipeline.document.blocks import Figure, Image
from pipeline.present.assets import asset
from pipeline.present.context import Ctx
from pipeline.present.prose import Written


def picture(p: Ctx, spec: Gambar, where: Written) -> tuple:
    files = p.content.files
    base = files.kabupaten.parent if where.file == "outline" else files.report.parent
    source = p.content.sources[where.file]
    problems = check_image(source, where.loc + ("berkas",), spec.berkas, base, files.root, p.archive)
    if problems:
        p.problems.extend(problems)
        return ()
    label = "fig:" + "-".join(str(part) for part in (where.file, *where.loc))
    caption = p.plain(Written(spec.judul, where.file, where.loc + ("judul",)))
    return (Figure(caption, label, Image(asset(resolve(base, spec.berkas), role="gambar"), spec.lebar)),)
