"""Where a build writes: a private scratch directory, published atomically on success.

`build/<kec>/<year>/` holds the last good PDF and, in `tex/`, the LaTeX source and log that
made it. A build works in `build/<kec>/<year>/.work-<pid>-*`, seeded with the last good
auxiliary files (so TeX needs fewer passes), and only a successful run replaces anything.
A failed or interrupted build leaves the directory as it was, plus `failed.log` on failure.
"""

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.inputs import DIGEST_FILE
from pipeline.system import alive, locked

WORK_PREFIX = ".work-"
SEED_SUFFIXES = (".aux", ".toc", ".lot", ".lof", ".lgf", ".out")
FAILED_LOG = "failed.log"


@contextlib.contextmanager
def workspace(out: Path) -> Iterator[Path]:
    """A fresh scratch directory inside `out`, removed however the block ends."""
    out.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(out)
    work = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=out))
    try:
        for suffix in SEED_SUFFIXES:
            previous = out / "tex" / f"report{suffix}"
            if previous.exists():
                shutil.copy2(previous, work / previous.name)
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def publish(work: Path, out: Path, pdf_name: str) -> Path:
    """Move a successful build into place: the PDF by atomic rename, then the tex/ directory."""
    with locked(out / ".lock"):  # two builds of the same report may race; one publishes at a time
        final = out / pdf_name
        staged = out / f".{pdf_name}.partial"
        shutil.copyfile(work / "report.pdf", staged)
        os.replace(staged, final)
        if (work / DIGEST_FILE).exists():  # the digest describes the PDF just published
            os.replace(work / DIGEST_FILE, out / DIGEST_FILE)
        tex = out / "tex"
        retired = out / f"{WORK_PREFIX}{os.getpid()}-retired"
        if tex.exists():
            os.replace(tex, retired)
        shutil.copytree(work, tex, ignore=shutil.ignore_patterns("*.pdf"))
        tex.chmod(0o755)  # the scratch directory was private (0700); the published one is not
        shutil.rmtree(retired, ignore_errors=True)
        (out / FAILED_LOG).unlink(missing_ok=True)
    return final


def keep_failure_log(work: Path, out: Path) -> Path | None:
    """Keep the log of a failed run where the user can read it; the last good PDF stays."""
    log = work / "report.log"
    if not log.exists():
        return None
    target = out / FAILED_LOG
    shutil.copyfile(log, target)
    return target


def _remove_abandoned(out: Path) -> None:
    """Scratch directories of builds that were killed (SIGKILL leaves no chance to clean)."""
    for stale in out.glob(f"{WORK_PREFIX}*"):
        pid = stale.name[len(WORK_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
