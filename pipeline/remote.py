"""The Dask backend of batch builds: one task per report, for builds larger than one machine.

Workers need not share a filesystem with the caller. A task carries the report's input files
(its year file, kecamatan and kabupaten files, outlines) as bytes; the worker builds them with its
own installed lkjip in a private directory and returns the PDF bytes with a log summary. The
caller checks that the worker runs the same pipeline (the code digest), then publishes the PDF
exactly as a local build would: atomically, with the input digest that makes the next batch skip
it. `lkjip build --all --scheduler tcp://HOST:8786`.
"""

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.build import build_report, output_dir, pdf_name
from pipeline.content.checks.unfilled import BlankValues
from pipeline.content.locate import ReportFiles
from pipeline.errors import LkjipError, OutputError
from pipeline.inputs import DIGEST_FILE, code_digest, input_digest, input_files
from pipeline.kinds import Period
from pipeline.workspace import publish, workspace


@dataclass(frozen=True)
class Task:
    """Everything a worker needs to build one report, with no path of the caller's machine."""

    kabupaten: str
    kecamatan: str
    year: int
    period: str
    files: dict[str, bytes]  # path relative to the content root → bytes


@dataclass(frozen=True)
class TaskResult:
    status: str  # "built", "unfilled" (values not filled yet) or "failed"
    seconds: float
    code: str  # the worker's pipeline digest
    pdf: bytes | None = None
    pages: int | None = None
    passes: int | None = None
    log_tail: str = ""
    message: str = ""
    warnings: tuple[str, ...] = ()


def task(files: ReportFiles) -> Task:
    """A report as bytes a worker can rebuild: its YAML files, its outlines and the images they name."""
    paths = input_files(files)
    return Task(
        files.kabupaten_slug,
        files.kecamatan_slug,
        files.year,
        files.period.value,
        {str(p.relative_to(files.root)): p.read_bytes() for p in paths},
    )


def run_task(job: Task) -> TaskResult:
    """Runs on a Dask worker: rebuild the content tree in a private directory and build it."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lkjip-task-") as scratch:
        root = Path(scratch) / "content"
        for relative, data in job.files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        try:
            result = build_report(
                root,
                Path(scratch) / "build",
                job.kecamatan,
                job.year,
                period=Period(job.period),
                shown_from=root.parent,
            )
        except BlankValues as exc:  # a year being filled in, as a local batch says it
            return TaskResult("unfilled", time.monotonic() - start, code_digest(), message=exc.headline)
        except LkjipError as exc:
            return TaskResult("failed", time.monotonic() - start, code_digest(), message=exc.format_message())
        log = result.compiled.log
        return TaskResult(
            "built",
            time.monotonic() - start,
            code_digest(),
            result.pdf.read_bytes(),
            result.compiled.pages,
            result.compiled.passes,
            log[-2000:],
            warnings=tuple(str(w) for w in result.warnings),
        )


def publish_result(files: ReportFiles, build_root: Path, result: TaskResult) -> Path:
    """Put a worker's PDF where a local build would, with the digest of the caller's inputs."""
    if result.code != code_digest():
        raise OutputError("the Dask worker runs another version of lkjip; install the same version on every worker")
    out = output_dir(build_root, files)
    try:
        with workspace(out) as work:
            (work / "report.pdf").write_bytes(result.pdf)
            (work / "report.log").write_text(result.log_tail, encoding="utf-8")
            (work / DIGEST_FILE).write_text(input_digest(files) + "\n")
            return publish(work, out, pdf_name(files))
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}; the last good PDF is unchanged") from None
