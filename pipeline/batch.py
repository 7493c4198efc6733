"""Build many reports at once: every kecamatan of a kabupaten (or all kabupaten) for a year.

Each report is one job in a worker process with its own build directory; one report's bad
content or TeX error is recorded and never stops the others. A report whose inputs (its
content, the kabupaten's shared file, templates, `latex/`, the pipeline's code) are unchanged
since its last good build is not rebuilt: its input digest is stored beside the PDF.
"""

import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.build import build_report, output_dir, pdf_name
from pipeline.content.checks.unfilled import BlankValues
from pipeline.content.locate import KECAMATAN_FILE, ReportFiles, ready_periods, report_years
from pipeline.errors import LkjipError, SchedulerUnreachable
from pipeline.inputs import input_digest, stored_digest
from pipeline.kinds import Period

SCHEDULER_TIMEOUT = 10  # seconds to wait for a Dask scheduler to answer


@dataclass(frozen=True)
class Outcome:
    """What happened to one report of a batch."""

    files: ReportFiles
    status: str  # "built", "unchanged", "unfilled" (values not filled yet) or "failed"
    seconds: float
    pdf: Path | None = None
    pages: int | None = None
    message: str = ""
    warnings: tuple[str, ...] = ()  # what `lkjip check` would warn about, for a report just built


def discover(
    root: Path, year: int | None, kabupaten: str | None = None, period: Period | None = None
) -> list[ReportFiles]:
    """Every kecamatan with a report for `year` (or its latest report), in name order.

    Each is built for `period` when its year file is ready for it (kecamatan that are not are left
    out), or by default for the latest period it is ready for: the annual report once it is dated.
    """
    found = []
    for profile in sorted(root.glob(f"{kabupaten or '*'}/*/{KECAMATAN_FILE}")):
        years = report_years(profile.parent)
        chosen = year if year in years else (years[-1] if years and year is None else None)
        if chosen is None:
            continue
        files = ReportFiles(root, profile.parent.parent.name, profile.parent.name, chosen)
        ready = ready_periods(files.report) or [Period.tahunan]  # a broken file: its build says where
        if period is None:
            found.append(replace(files, period=ready[-1]))
        elif period in ready:
            found.append(replace(files, period=period))
    return found


def _unchanged(files: ReportFiles, build_root: Path) -> Path | None:
    out = output_dir(build_root, files)
    pdf = out / pdf_name(files)
    return pdf if pdf.exists() and stored_digest(out) == input_digest(files) else None


def build_one(files: ReportFiles, build_root: Path) -> Outcome:
    """A batch job: build one report, or find it unchanged; never raise for a user error."""
    start = time.monotonic()
    try:
        if pdf := _unchanged(files, build_root):
            return Outcome(files, "unchanged", time.monotonic() - start, pdf)
        result = build_report(files.root, build_root, files.kecamatan_slug, files.year, period=files.period)
        warnings = tuple(str(w) for w in result.warnings)
        return Outcome(files, "built", time.monotonic() - start, result.pdf, result.compiled.pages, warnings=warnings)
    except BlankValues as exc:  # a year `lkjip new` started: not a failure, work in progress
        return Outcome(files, "unfilled", time.monotonic() - start, message=exc.headline)
    except LkjipError as exc:
        return Outcome(files, "failed", time.monotonic() - start, message=exc.format_message())


def run_batch(
    jobs: list[ReportFiles],
    build_root: Path,
    workers: int | None = None,
    progress: Callable[[Outcome], None] = lambda outcome: None,
    scheduler: str | None = None,
) -> list[Outcome]:
    """Run the jobs on a local process pool, or on a Dask cluster; outcomes come back in job order."""
    if scheduler is not None:
        return run_dask(jobs, build_root, scheduler, progress)
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        outcomes = []
        for job in jobs:
            outcomes.append(build_one(job, build_root))
            progress(outcomes[-1])
        return outcomes
    results: dict[ReportFiles, Outcome] = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(build_one, job, build_root) for job in jobs]
        for future in as_completed(futures):
            outcome = future.result()
            results[outcome.files] = outcome
            progress(outcome)
    return [results[job] for job in jobs]


def run_dask(
    jobs: list[ReportFiles], build_root: Path, scheduler, progress: Callable[[Outcome], None]
) -> list[Outcome]:
    """One Dask task per report that needs building; PDFs come back as bytes and are published here.

    `scheduler` is an address (tcp://HOST:8786) or a running `distributed.Client`.
    """
    from distributed import Client
    from distributed import as_completed as dask_completed

    from pipeline.remote import publish_result, run_task, task

    outcomes: dict[ReportFiles, Outcome] = {}
    pending = []
    for files in jobs:
        if pdf := _unchanged(files, build_root):
            outcomes[files] = Outcome(files, "unchanged", 0.0, pdf)
            progress(outcomes[files])
        else:
            pending.append(files)
    client = scheduler if isinstance(scheduler, Client) else _connect(scheduler)
    try:
        futures = {client.submit(run_task, task(files), pure=False): files for files in pending}
        for future in dask_completed(futures):
            files = futures[future]
            outcomes[files] = _remote_outcome(files, build_root, future.result(), publish_result)
            progress(outcomes[files])
    finally:
        if client is not scheduler:
            client.close()
    return [outcomes[job] for job in jobs]


def _connect(address: str):
    """A client of the scheduler at `address`; one line, not a traceback, when it does not answer."""
    from distributed import Client

    try:
        return Client(address, timeout=SCHEDULER_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerUnreachable(
            f"cannot reach the Dask scheduler at {address} within {SCHEDULER_TIMEOUT} s ({type(exc).__name__}); "
            "is `dask scheduler` running there, and the port open?"
        ) from None


def _remote_outcome(files: ReportFiles, build_root: Path, result, publish_result) -> Outcome:
    if result.status != "built":
        return Outcome(files, result.status, result.seconds, message=result.message)
    try:
        pdf = publish_result(files, build_root, result)
    except LkjipError as exc:
        return Outcome(files, "failed", result.seconds, message=exc.format_message())
    return Outcome(files, "built", result.seconds, pdf, result.pages, warnings=result.warnings)
