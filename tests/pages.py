"""Page images for the look tests: how a page is rendered, and how much two renders may differ.

Renders are small and grey (40 dpi), as pdftoppm draws them; the same PDF gives the same pixels on
the same poppler. The tolerance is the share of the page's grey levels that may differ, as
pytest-regressions' image check counts it (Manhattan distance, in percent). One changed letter in
a centred name moves the whole line and scores about 0.1 %; identical pages score 0. The tolerance
sits well below the first and leaves room only for rounding between poppler builds.
"""

import subprocess
from pathlib import Path

import numpy
from PIL import Image, ImageChops

DPI = 40
PAGE_TOLERANCE = 0.01  # percent of the page's grey levels


def page_png(pdf: Path, number: int, directory: Path) -> bytes:
    """Page `number` (1-based) rendered small and grey."""
    stem = directory / f"page{number}"
    command = ["pdftoppm", "-png", "-gray", "-r", str(DPI), "-f", str(number), "-l", str(number), "-singlefile"]
    subprocess.run([*command, str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png").read_bytes()


def difference(first: Path, second: Path) -> float:
    """The image check's own measure of two renders' difference, in percent."""
    a, b = (Image.open(path).convert("RGB") for path in (first, second))
    if a.size != b.size:
        return 100.0
    diff = numpy.asarray(ImageChops.difference(a, b), dtype=numpy.float64)
    return float(100.0 * diff.sum() / (3 * a.size[0] * a.size[1]) / 255.0)
