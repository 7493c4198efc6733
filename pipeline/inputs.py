"""What a report is built from, as one digest: equal digests give byte-identical PDFs.

The digest covers the report's three content files, its outlines, the image files they name
(the lambang) and the pipeline's own code and looks (`pipeline/`, `latex/`). It is written beside
each good PDF, so a batch can skip reports whose inputs did not change, and a single build keeps
it true.
"""

import functools
import hashlib
from collections.abc import Iterator
from pathlib import Path

from pipeline.content.images import image_files
from pipeline.content.locate import ReportFiles

PROJECT = Path(__file__).resolve().parents[1]
CODE_DIRS = (PROJECT / "pipeline", PROJECT / "latex")
DIGEST_FILE = "inputs.sha256"


def _code_files() -> Iterator[Path]:
    for directory in CODE_DIRS:
        yield from sorted(p for p in directory.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


@functools.cache
def code_digest() -> str:
    """The pipeline's own code and looks; read once per process (a batch digests many reports)."""
    digest = hashlib.sha256()
    for path in _code_files():
        digest.update(str(path.relative_to(PROJECT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def input_files(files: ReportFiles) -> tuple[Path, ...]:
    """Every content file a report is built from, under `files.root`: a changed emblem rebuilds it too."""
    outlines = sorted(files.outline("x").parent.glob("*.yaml"))
    return (*files.all(), *outlines, *image_files(files))


def input_digest(files: ReportFiles) -> str:
    digest = hashlib.sha256()
    digest.update(files.period.value.encode() + b"\0")
    for path in input_files(files):
        digest.update(str(path.relative_to(files.root)).encode() + b"\0" + path.read_bytes())
    digest.update(code_digest().encode())
    return digest.hexdigest()


def stored_digest(out: Path) -> str | None:
    path = out / DIGEST_FILE
    return path.read_text().strip() if path.exists() else None
