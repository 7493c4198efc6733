"""The Perjanjian Kinerja and the SK IKU as PDFs of their own, cut from the built report.

Which appendix holds them is read from the document model, not from their titles (an outline may
rename a Lampiran): the appendix whose blocks hold the parties of a PK statement (`Party`) is the
Perjanjian Kinerja, the one that holds a decree's title (`DecreeTitle`) is the SK IKU. hyperref
names the n-th appendix `appendix.A`, `appendix.B` …; the PDF's named destinations give the page it
starts on, and it ends where the next top-level bookmark (the next Lampiran) starts, or with the
document.

The pages keep their fonts and the report's colour profile, and the new file carries the report's
XMP (its PDF/A identification) with a title of its own and the same document information. Links
into the rest of the report are removed with it (they would point at pages the file does not have).
"""

import dataclasses
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from pipeline.document.pieces import DecreeTitle, Party
from pipeline.document.report import Chapter, Document

PERJANJIAN, SK_IKU = "perjanjian_kinerja", "sk_iku"
MARKERS = {PERJANJIAN: Party, SK_IKU: DecreeTitle}
TITLES = {PERJANJIAN: "Perjanjian Kinerja", SK_IKU: "Keputusan Camat tentang Indikator Kinerja Utama"}


@dataclass(frozen=True)
class Part:
    """One appendix to cut out: its kind, the hyperref anchor of its start, its printed title."""

    kind: str
    anchor: str
    title: str


def _holds(node, kind: type) -> bool:
    if isinstance(node, kind):
        return True
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return any(_holds(getattr(node, f.name), kind) for f in dataclasses.fields(node) if f.init)
    if isinstance(node, (tuple, list)):
        return any(_holds(item, kind) for item in node)
    return False


def appendix_parts(doc: Document) -> dict[str, Part]:
    """The PK and SK IKU appendices the document has, by kind (the first of each kind)."""
    found: dict[str, Part] = {}
    chapters = [part for part in doc.appendices if isinstance(part, Chapter)]
    for index, chapter in enumerate(chapters):
        anchor = f"appendix.{chr(ord('A') + index)}"
        for kind, marker in MARKERS.items():
            if kind not in found and _holds(chapter.blocks, marker):
                found[kind] = Part(kind, anchor, chapter.title)
    return found


def _page_index(pdf: pikepdf.Pdf, destination) -> int | None:
    """The page a destination (a name, an explicit array, an action) points to."""
    if isinstance(destination, pikepdf.Dictionary):
        destination = destination.get("/D")
    if isinstance(destination, (str, pikepdf.String, pikepdf.Name)):
        names = pikepdf.NameTree(pdf.Root.Names.Dests)
        key = str(destination)
        if key not in names:
            return None
        destination = names[key]
        if isinstance(destination, pikepdf.Dictionary):
            destination = destination.D
    if isinstance(destination, pikepdf.Array) and len(destination):
        return pdf.pages.index(pikepdf.Page(destination[0]))
    return None


def _starts(pdf: pikepdf.Pdf) -> list[int]:
    """The first page of every top-level bookmark: where one part of the report ends and the next begins."""
    with pdf.open_outline() as outline:
        items = list(outline.root)
        pages = [_page_index(pdf, item.destination if item.destination is not None else item.action) for item in items]
    return sorted({page for page in pages if page is not None})


def page_range(pdf: pikepdf.Pdf, anchor: str) -> range | None:
    """The pages of the part that starts at the named destination `anchor`; None if the PDF lacks it."""
    if "/Names" not in pdf.Root or "/Dests" not in pdf.Root.Names:
        return None
    start = _page_index(pdf, anchor)
    if start is None:
        return None
    after = [page for page in _starts(pdf) if page > start]
    return range(start, after[0] if after else len(pdf.pages))


def _internal_link(annotation) -> bool:
    if annotation.get("/Subtype") != "/Link":
        return False
    action = annotation.get("/A")
    return "/Dest" in annotation or (action is not None and action.get("/S") == "/GoTo")


def _without_internal_links(pdf: pikepdf.Pdf) -> None:
    for page in pdf.pages:
        if "/Annots" in page.obj:
            kept = [a for a in page.obj.Annots if not _internal_link(a)]
            if kept:
                page.obj.Annots = pikepdf.Array(kept)
            else:
                del page.obj.Annots


def _copy(out: pikepdf.Pdf, value):
    """A value of another PDF in `out`: indirect objects copied, direct ones rebuilt around them."""
    if isinstance(value, pikepdf.Object) and value.is_indirect:
        return out.copy_foreign(value)
    if isinstance(value, pikepdf.Array):
        return pikepdf.Array([_copy(out, item) for item in value])
    if isinstance(value, pikepdf.Dictionary):
        return pikepdf.Dictionary({key: _copy(out, item) for key, item in value.items()})
    return value


def extract(source: Path, part: Part, report_title: str) -> bytes | None:
    """The pages of `part` as a PDF of their own; None when the built PDF has no such destination."""
    with pikepdf.open(source) as pdf:
        pages = page_range(pdf, part.anchor)
        if pages is None:
            return None
        out = pikepdf.new()
        with warnings.catch_warnings():  # the named destinations are left behind on purpose, with the links
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            out.pages.extend(pdf.pages[pages.start : pages.stop])
        for key in ("/Metadata", "/OutputIntents", "/Lang", "/MarkInfo", "/ViewerPreferences"):
            if key in pdf.Root:
                out.Root[key] = _copy(out, pdf.Root[key])
        out.docinfo = _copy(out, pdf.docinfo)
        _without_internal_links(out)
        if "/Metadata" in out.Root:
            with out.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as meta:
                meta["dc:title"] = f"{TITLES[part.kind]} — {report_title}"
        buffer = io.BytesIO()
        out.save(buffer, deterministic_id=True, min_version=pdf.pdf_version)
        return buffer.getvalue()


def pdfa_status(data: bytes) -> str | None:
    """The PDF/A part and conformance the file's XMP declares ("2B"), None when it declares none."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return pdf.open_metadata().pdfa_status or None
