"""Images the content names (the kabupaten's lambang; photographs later), checked when it is loaded.

An image is a file named relative to the YAML file that names it. It must stay inside the content
root (a name that leads out is refused before anything is read), be a PNG, JPEG or PDF by its
bytes (the engine trusts the extension, so the build names its copy after what the file is), be at
most 5 MB, have at least 150 × 150 px when it has pixels, be in RGB or grey (the PDF/A output
intent is sRGB), and have no transparency when the report is archived as PDF/A-1.
"""

import os
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from pipeline.content.locate import ReportFiles
from pipeline.content.models import Kabupaten
from pipeline.content.schema import field_path
from pipeline.content.yaml_source import Source, read_yaml
from pipeline.errors import ContentError, Problem
from pipeline.kinds import ArchiveLevel

MAX_BYTES = 5 * 1024 * 1024
MIN_PIXELS = 150
MAGIC = {b"%PDF-": "pdf", b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg"}  # what the engine reads
PIXEL_FORMATS = ("PNG", "JPEG")  # Pillow opens nothing else: no exotic decoder sees content files
ALPHA_MODES = ("RGBA", "LA", "PA", "RGBa", "La")
LAMBANG = ("lambang",)


def resolve(base: Path, name: str) -> Path:
    """Where a name written in a YAML file in `base` points, links followed."""
    return (base / name).resolve()


def extension(path: Path) -> str:
    """What a checked image is, as the extension the engine reads it by: png, jpg or pdf."""
    with path.open("rb") as handle:
        head = handle.read(8)
    return next(kind for magic, kind in MAGIC.items() if head.startswith(magic))


def lambang(files: ReportFiles, kab: Kabupaten) -> Path | None:
    """The kabupaten's emblem file, or None when `kabupaten.yaml` names none."""
    return resolve(files.kabupaten.parent, kab.lambang) if kab.lambang else None


def check_images(sources: dict[str, Source], kab: Kabupaten, files: ReportFiles, arsip: ArchiveLevel) -> list[Problem]:
    """Every image the content names, checked for the archive level the report is built at."""
    if not kab.lambang:
        return []
    return check_image(sources["kabupaten"], LAMBANG, kab.lambang, files.kabupaten.parent, files.root, arsip)


def check_image(source: Source, loc: tuple, name: str, base: Path, root: Path, arsip: ArchiveLevel) -> list[Problem]:
    """The one check of an image field: `loc` is its path in `source`, `base` the directory it is named from."""
    shown = Path(os.path.normpath(source.path.parent / name))
    message = _refusal(name, base, root.resolve(), arsip, shown)
    if message is None:
        return []
    line, col = source.position(loc)
    return [Problem(source.path, line, col, field_path(loc), message)]


def image_files(files: ReportFiles) -> tuple[Path, ...]:
    """The image files a report's content names, under `files.root`, for its inputs: the lambang of
    `kabupaten.yaml` and every `gambar: {berkas: …}` of the outlines and the year file (unreadable
    YAML names none)."""
    outlines = sorted(files.outline("x").parent.glob("*.yaml"))
    named = [(files.kabupaten, files.kabupaten.parent, ("lambang",))]
    named += [(path, files.kabupaten.parent, ()) for path in outlines] + [(files.report, files.report.parent, ())]
    found: dict[Path, None] = {}
    root = files.root.resolve()
    for yaml_file, base, key in named:
        if not files.holds(yaml_file):
            continue  # refused by the build; never read
        try:
            data = read_yaml(yaml_file, yaml_file).data
        except (ContentError, OSError):
            continue
        names = [data.get(key[0])] if key and isinstance(data, dict) else list(_pictures(data))
        for name in names:
            if isinstance(name, str) and name.strip():
                path = resolve(base, name.strip())
                if _within(path, root) and path.is_file():
                    found[files.root / path.relative_to(root)] = None
    return tuple(found)


def _pictures(node):
    """Every `berkas` of a `gambar:` block anywhere in a YAML tree."""
    if isinstance(node, dict):
        picture = node.get("gambar")
        if isinstance(picture, dict):
            yield picture.get("berkas")
        for value in node.values():
            yield from _pictures(value)
    elif isinstance(node, list):
        for value in node:
            yield from _pictures(value)


def _within(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _refusal(name: str, base: Path, root: Path, arsip: ArchiveLevel, shown: Path) -> str | None:
    """Why the image cannot be printed, with the fix; None when it can."""
    if not _within(Path(os.path.normpath(base.resolve() / name)), root):
        return (
            f"'{name}' leads out of the content directory; an image is read only from inside it: "
            "put the file beside this YAML file and write its name relative to it"
        )
    path = resolve(base, name)
    if not _within(path, root):
        return f"'{name}' is a link to a file outside the content directory: copy the image itself there"
    if not path.exists():
        return f"no file {shown}: put the image there, or correct the name (it is relative to {shown.parent}/)"
    if not path.is_file():
        return f"{shown} is not a file: name the image file itself"
    size = path.stat().st_size
    if size > MAX_BYTES:
        return (
            f"{shown} is {size / 2**20:.1f} MB, more than the 5 MB an image may have: "
            "save it smaller (about 1000 px wide is plenty for print)"
        )
    with path.open("rb") as handle:
        if handle.read(len(b"%PDF-")) == b"%PDF-":
            return None
    return _pixels(path, arsip, shown)


def _pixels(path: Path, arsip: ArchiveLevel, shown: Path) -> str | None:
    """The checks of a PNG or JPEG: readable, large enough, sRGB-compatible, opaque for PDF/A-1."""
    try:
        with Image.open(path, formats=PIXEL_FORMATS) as image:
            width, height = image.size
            mode, info, kind = image.mode, dict(image.info), image.format
            image.verify()
    except UnidentifiedImageError:
        return f"{shown} is not a PNG, JPEG or PDF file (by its content, whatever its name): save it as PNG"
    except Image.DecompressionBombError:
        return f"{shown} has too many pixels to be read safely: save it smaller (about 1000 px wide)"
    except (OSError, SyntaxError, ValueError) as exc:
        return f"{shown} is a damaged image file ({exc}): save it again from the original"
    if min(width, height) < MIN_PIXELS:
        return (
            f"{shown} is {width}×{height} px; an image needs at least {MIN_PIXELS}×{MIN_PIXELS} px to print "
            "sharply: use a larger original"
        )
    if mode == "CMYK":
        return f"{shown} is a CMYK {kind}; the archive's colours are sRGB: save it in RGB"
    if arsip is ArchiveLevel.pdfa_1b and (mode in ALPHA_MODES or "transparency" in info):
        what = "an alpha channel" if mode in ALPHA_MODES else "a transparent colour (tRNS)"
        return (
            f"{shown} has transparency ({what}), which PDF/A-1 forbids (arsip: {arsip.value}): "
            "save it without transparency"
        )
    return None
