"""Compiled templates kept between runs: Jinja's bytecode cache in the user's cache directory.

Compiling the templates costs more than rendering them; a batch or a rebuild reuses the
bytecode. Jinja keys each entry on the template's name and source checksum, so an edited
template is recompiled, and the cache never changes what is rendered.
"""

import functools
import os
from pathlib import Path

import jinja2


@functools.cache
def bytecode_cache() -> jinja2.BytecodeCache | None:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lkjip" / "jinja"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only home: compile every time
    return jinja2.FileSystemBytecodeCache(str(root)) if os.access(root, os.W_OK) else None
