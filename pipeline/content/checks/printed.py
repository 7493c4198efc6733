"""What the outline prints: a warning about data is worth giving only where the report shows it.

The outline names its components in `depan`, in the `bagian` of each `bab` (sections nest their
own `bagian` and may place a component among their blocks) and in `lampiran`. The walk below reads
them in print order and is the one place that knows the outline's shape; the checks and the present
stage (`pipeline.present.placement`) ask it.
"""

from collections.abc import Iterator

CAMAT_SIGNS = ("kata_pengantar", "ringkasan_eksekutif", "kalimat_penutup")  # when `ditandatangani` says so


def _walk(part) -> Iterator:
    """A part of the outline and everything inside it, in print order."""
    yield part
    if isinstance(part, str):
        return
    isi = getattr(part, "isi", ())
    for child in (*(isi if isinstance(isi, tuple) else ()), *getattr(part, "bagian", ())):
        yield from _walk(child)


def parts(outline) -> Iterator:
    """Every part of the outline, front matter to appendices, nested parts after their parent."""
    for group in (outline.depan, outline.bab, outline.lampiran):
        for part in group:
            yield from _walk(part)


def komponen_order(outline) -> tuple[str, ...]:
    """The catalogue components the outline names, in the order they print."""
    names = (part if isinstance(part, str) else getattr(part, "komponen", None) for part in parts(outline))
    return tuple(name for name in names if isinstance(name, str))


def prints(content, *komponen: str) -> bool:
    """Whether the outline of `content` (anything with an `outline`) prints one of `komponen`;
    without a known outline, assume it does (warn rather than stay silent)."""
    outline = getattr(content, "outline", None)
    return outline is None or not set(komponen).isdisjoint(komponen_order(outline))


def _signature_page(part) -> bool:
    """A page or block of the outline's own that the Camat signs with the report's date."""
    if getattr(part, "tanda_tangan", None) == "camat":  # a signature block in a section
        return True
    return getattr(part, "halaman", None) == "surat" and getattr(part, "tanda_tangan", False) is True


def signs_report(content) -> bool:
    """Whether the Camat's signature under the report's own place and date is printed."""
    outline = getattr(content, "outline", None)
    if outline is None:
        return True
    signed = [k for k in CAMAT_SIGNS if k in outline.ditandatangani]
    return (bool(signed) and prints(content, *signed)) or any(_signature_page(p) for p in parts(outline))
