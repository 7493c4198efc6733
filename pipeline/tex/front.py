"""The front matter set again at the end of the pass, and spliced in place of its first set.

The Daftar Isi, Daftar Tabel and Daftar Gambar print pages known only once the body is set, and the
body does not depend on the front matter: its pages restart at arabic 1. So the pipeline hands the
class the front matter's source (`report.front`, everything from `\\lkjFrontMatter` to
`\\lkjMainMatter`), the class sets it once more after the last page from the lists the pass has
just written (`lkjip.cls`, "The front matter, set again"), and `splice` gives the first set's
pages the content and links of those (the destinations, bookmarks and page labels of the first
stay) and drops them. One pass then yields what a second would have printed, page for page: the
same content streams, so the same text and pixels.

Set again in an engine run of its own, the front matter would cost a second preamble (measured:
0.47-0.75 s, 40-75 % of a pass); set again in the same run, its few pages cost too little to see.
"""

import re
from pathlib import Path

START, END = "\\lkjFrontMatter", "\\lkjMainMatter"
LISTS = ("\\lkjTableOfContents", "\\lkjListOfTables", "\\lkjListOfFigures", "\\lkjListOfGraphs")
SET_AGAIN = re.compile(r"^lkjip: front matter pages (\d+)-(\d+) set again as pages (\d+)-(\d+)\s*$", re.M)
SUFFIX = ".front"


def front_source(source: str) -> str | None:
    """The front matter's source, if it holds every list of the document (else its pages matter)."""
    start, end = source.find(START), source.find(END)
    if start < 0 or end < start:
        return None
    front = source[start:end]
    if not any(name in front for name in LISTS):
        return None  # nothing in it waits for the body's pages
    outside = source[:start] + source[end:]
    return None if any(name in outside for name in LISTS) else front


def write_front(tex: Path, source: str) -> bool:
    """Write `report.front` next to `tex` when the document has a front matter to set again."""
    front = front_source(source)
    if front is None:
        remove_front(tex)
        return False
    tex.with_suffix(SUFFIX).write_text(front, encoding="utf-8")
    return True


def remove_front(tex: Path) -> None:
    tex.with_suffix(SUFFIX).unlink(missing_ok=True)


def pages_set_again(log: str) -> tuple[range, range] | None:
    """The first set of front-matter pages and the set made again, as 0-based page indexes."""
    match = SET_AGAIN.search(log)
    if match is None:
        return None
    first, last, again, again_last = (int(group) for group in match.groups())
    return range(first - 1, last), range(again - 1, again_last)


def matching(log: str) -> bool:
    """Whether the pass set the front matter again on as many pages as the first time."""
    sets = pages_set_again(log)
    return sets is not None and len(sets[0]) == len(sets[1]) > 0


def log_before_again(log: str) -> str:
    """The log up to where the front matter is set again: its warnings are the first set's twice."""
    match = re.search(r"^\(\./[^\s()]*" + re.escape(SUFFIX), log, re.M) or SET_AGAIN.search(log)
    return log[: match.start()] if match else log


def splice(pdf_path: Path, log: str) -> int:
    """Give the first front-matter pages the content of the set made again, drop that set; the
    page count. The file is rewritten byte for byte the same from the same input (the trailer's
    /ID is a digest of the content), streams as the engine compressed them."""
    import pikepdf  # here, not at the top: `lkjip check` and `lkjip tex` never load it

    first, again = pages_set_again(log)
    with pikepdf.open(pdf_path, allow_overwriting_input=True) as pdf:
        for kept, new in zip(first, again, strict=True):
            _take_over(pdf.pages[kept].obj, pdf.pages[new].obj)
        for index in reversed(again):
            del pdf.pages[index]
        pdf.save(
            pdf_path,
            deterministic_id=True,
            fix_metadata_version=False,  # pdfx's XMP as it wrote it
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
            object_stream_mode=pikepdf.ObjectStreamMode.preserve,
        )
        return len(pdf.pages)


def _take_over(page, again) -> None:
    """What the page shows and its links (set on the number-less first set, a link's box can be off
    by a number's protrusion) come from the set made again; its destinations stay."""
    page.Contents, page.Resources = again.Contents, again.Resources
    if "/Annots" in again:
        page.Annots = again.Annots
    elif "/Annots" in page:
        del page.Annots
