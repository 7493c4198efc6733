"""Files the pipeline ships beside its code, found through importlib.resources.

The LaTeX class, its style files and the column looks live in the repository's top-level `latex/`;
the wheel carries that directory as the package `lkjip_latex` (see pyproject.toml), so an installed
lkjip finds its looks with no checkout. The templates and the table catalogue are package data of
`pipeline.present`. TeX and Jinja read directories, so these are real paths: lkjip is never run
from a zip.
"""

import functools
from importlib.resources import files
from pathlib import Path


def package_dir(package: str) -> Path:
    """The directory of an installed package, as a filesystem path."""
    return Path(str(files(package)))


@functools.cache
def latex_dir() -> Path:
    """The class (`lkjip.cls`), its style files and `columns.yaml`: TEXINPUTS for every engine run."""
    return package_dir("lkjip_latex")


def present_file(*parts: str) -> Path:
    """A data file of the present stage: `tables.yaml`, `templates/narrative/…`."""
    return package_dir("pipeline.present").joinpath(*parts)
