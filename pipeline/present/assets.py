"""Content files the document embeds, named by what they hold so the name is stable and safe in LaTeX."""

import hashlib
from pathlib import Path

from pipeline.content.images import extension
from pipeline.document.blocks import Asset

DIGITS = 12  # of the sha256: a name changes exactly when the bytes do


def asset(path: Path, role: str = "lambang") -> Asset:
    """`lambang-<12 hex of the bytes' sha256>.<png|jpg|pdf>`: no path, no user text, the same on every machine."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:DIGITS]
    return Asset(f"{role}-{digest}.{extension(path)}", path)
