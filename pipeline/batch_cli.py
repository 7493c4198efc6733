"""The batch front end: progress while the workers run, then one summary table."""

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from pipeline.batch import Outcome, discover, run_batch
from pipeline.content.locate import slug
from pipeline.errors import ContentNotFound
from pipeline.kinds import Period


def build_batch(
    content_root: Path,
    build_root: Path,
    year: int | None,
    kabupaten: str | None,
    workers: int | None,
    scheduler: str | None = None,
    period: Period | None = None,
) -> list[Outcome]:
    """Build every report found; print progress, the summary and each report's warnings; return the failures."""
    jobs = discover(content_root, year, slug(kabupaten, "kabupaten") if kabupaten else None, period)
    if not jobs:
        raise ContentNotFound(_nothing_found(content_root, year, kabupaten, period))
    start = time.monotonic()
    with _progress(len(jobs)) as report:
        outcomes = run_batch(jobs, build_root, workers, progress=report, scheduler=scheduler)
    click.echo(_summary(outcomes, time.monotonic() - start, build_root))
    for outcome in outcomes:
        if outcome.warnings:
            count = len(outcome.warnings)
            click.echo(f"\n{_name(outcome)}: {count} warning{'s' if count != 1 else ''}", err=True)
            for warning in outcome.warnings:
                click.echo(f"  warning: {warning}", err=True)
    for outcome in outcomes:  # a year being filled in: its count, its list is `lkjip check`'s
        if outcome.status == "unfilled":
            click.echo(f"\n{_name(outcome)}: {outcome.message}; `lkjip check` lists them", err=True)
    failed = [o for o in outcomes if o.status == "failed"]
    for outcome in failed:
        click.echo(f"\n{_name(outcome)}: {outcome.message}", err=True)
    return failed


def _nothing_found(root: Path, year: int | None, kabupaten: str | None, period: Period | None) -> str:
    scope = f"kabupaten {kabupaten}" if kabupaten else str(root)
    asked = " ".join(filter(None, [str(year) if year else "", period.value if period else ""]))
    if period is not None and discover(root, year, slug(kabupaten, "kabupaten") if kabupaten else None):
        return f"no year file under {scope} is ready for {period.value}{' ' + str(year) if year else ''}"
    return f"no report {'for ' + asked + ' ' if asked else ''}under {scope}"


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[Outcome], None]]:
    """A progress bar on a terminal; one line per finished report anywhere else (logs, CI)."""
    if sys.stderr.isatty():
        with click.progressbar(
            length=total,
            label="lkjip",
            file=sys.stderr,
            show_eta=True,
            item_show_func=lambda o: o and o.files.kecamatan_slug,
        ) as bar:
            yield lambda outcome: bar.update(1, outcome)
        return
    done = 0

    def line(outcome: Outcome) -> None:
        nonlocal done
        done += 1
        pages = f", {outcome.pages} pages" if outcome.pages else ""
        warned = f", {len(outcome.warnings)} warnings" if outcome.warnings else ""
        click.echo(
            f"[{done}/{total}] {_name(outcome)}: {outcome.status}{pages}{warned}, {outcome.seconds:.1f} s", err=True
        )

    yield line


def _name(outcome: Outcome) -> str:
    return f"{outcome.files.kabupaten_slug}/{outcome.files.kecamatan_slug} {outcome.files.label}"


def _summary(outcomes: list[Outcome], seconds: float, build_root: Path) -> str:
    rows = [("kecamatan", "tahun", "status", "halaman", "peringatan", "detik", "PDF")]
    for o in outcomes:
        pdf = str(o.pdf.relative_to(build_root.parent)) if o.pdf and o.pdf.is_relative_to(build_root.parent) else "-"
        warned = str(len(o.warnings)) if o.status == "built" else "-"
        rows.append(
            (o.files.kecamatan_slug, o.files.label, o.status, str(o.pages or "-"), warned, f"{o.seconds:.1f}", pdf)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    counts = {
        status: sum(o.status == status for o in outcomes) for status in ("built", "unchanged", "unfilled", "failed")
    }
    total = ", ".join(f"{n} {status}" for status, n in counts.items() if n or status != "unfilled")
    return "\n".join([*lines, f"{len(outcomes)} reports: {total} in {seconds:.1f} s"])
