"""What a report is built from, as one digest: equal digests give byte-identical PDFs.

The digest covers the report's three content files, its outlines, the image files they name
(the lambang), the pipeline's own code and looks (the packages `pipeline` and `lkjip_latex`) and
the versions of the tools that turn them into bytes: the TeX engine and the Python packages lkjip
runs on. It is written beside each good PDF, so a batch can skip reports whose inputs did not
change, and a single build keeps it true; an upgraded TeX Live or library rebuilds every report.
"""

import functools
import hashlib
import subprocess
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from pipeline.content.images import image_files
from pipeline.content.locate import ReportFiles
from pipeline.resources import package_dir
from pipeline.tex.tools import FILES, PROGRAMS

CODE_PACKAGES = ("pipeline", "lkjip_latex")
DIGEST_FILE = "inputs.sha256"


def _code_files() -> Iterator[tuple[str, Path]]:
    for package in CODE_PACKAGES:
        directory = package_dir(package)
        for path in sorted(p for p in directory.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            yield f"{package}/{path.relative_to(directory).as_posix()}", path


def tool_versions() -> list[str]:
    """The engine's banner, the Debian TeX packages' versions and every Python distribution lkjip requires.

    Debian updates LaTeX packages without changing the engine's banner, so the package versions
    count too where dpkg can tell them.
    """
    names = ["lkjip", *(_requirement_name(r) for r in metadata.requires("lkjip") or () if "extra ==" not in r)]
    versions = [f"{name}=={metadata.version(name)}" for name in sorted(set(names))]
    return [*_run("pdflatex", "--version")[:1], *_tex_packages(), *versions]


def _tex_packages() -> list[str]:
    packages = sorted({*PROGRAMS.values(), *FILES.values()})
    return _run("dpkg-query", "--show", "--showformat=${Package}=${Version}\\n", *packages)


def _requirement_name(requirement: str) -> str:
    for stop in "<>=!~[; ":
        requirement = requirement.split(stop, 1)[0]
    return requirement


def _run(*command: str) -> list[str]:
    """A version query's output lines; none where the tool is missing (the build then says so itself)."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return [f"{command[0]}: not available"]
    return done.stdout.splitlines()


@functools.cache
def code_digest() -> str:
    """The pipeline's code, its looks and the tool versions; read once per process (a batch digests many reports)."""
    digest = hashlib.sha256()
    for name, path in _code_files():
        digest.update(name.encode() + b"\0" + path.read_bytes())
    for version in tool_versions():
        digest.update(version.encode() + b"\0")
    return digest.hexdigest()


def input_files(files: ReportFiles) -> tuple[Path, ...]:
    """Every content file a report is built from, under `files.root`: a changed emblem rebuilds it too.

    A link that leads out of the content directory is left out (never read, never sent to a
    worker); the build refuses it by name.
    """
    outlines = sorted(files.outline("x").parent.glob("*.yaml"))
    return tuple(p for p in (*files.all(), *outlines, *image_files(files)) if files.holds(p))


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
