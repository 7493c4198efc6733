"""Writing a file the officer keeps in one rename: a reader, an editor or a crash sees the old file
or the new one, never half of either. Used by every command that writes into the content or beside a
build (`import`, `new --period`, `export`, `bundle`, the template)."""

import os
import tempfile
from pathlib import Path

from pipeline.errors import OutputError


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same directory, flushed to disk, then
    renamed over it; `mode` keeps the permissions of the file replaced. Any failure is an OutputError
    naming the path, and leaves no temporary file behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if mode is not None:
                os.chmod(temporary, mode)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
