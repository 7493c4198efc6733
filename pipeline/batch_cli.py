"""The batch front end: progress while the workers run, then one summary table."""

import sys
import time
from pathlib import Path

import click

from pipeline.batch import Outcome, discover, run_batch
from pipeline.content.models.report import Period
from pipeline.errors import ContentNotFound


def build_batch(
    content_root: Path,
    build_root: Path,
    year: int | None,
    kabupaten: str | None,
    workers: int | None,
    scheduler: str | None = None,
    period: Period | None = None,
) -> list[Outcome]:
    """Build every report found; print progress and the summary; return the failures."""
    jobs = discover(content_root, year, kabupaten, period)
    if not jobs:
        scope = f"kabupaten {kabupaten}" if kabupaten else str(content_root)
        raise ContentNotFound(f"no report {'for ' + str(year) + ' ' if year else ''}under {scope}")
    start = time.monotonic()
    with click.progressbar(
        length=len(jobs),
        label="lkjip",
        file=sys.stderr,
        show_eta=True,
        item_show_func=lambda o: o and o.files.kecamatan_slug,
    ) as bar:
        outcomes = run_batch(jobs, build_root, workers, progress=lambda o: bar.update(1, o), scheduler=scheduler)
    click.echo(_summary(outcomes, time.monotonic() - start, build_root))
    failed = [o for o in outcomes if o.status == "failed"]
    for outcome in failed:
        click.echo(
            f"\n{outcome.files.kabupaten_slug}/{outcome.files.kecamatan_slug} {outcome.files.label}: {outcome.message}",
            err=True,
        )
    return failed


def _summary(outcomes: list[Outcome], seconds: float, build_root: Path) -> str:
    rows = [("kecamatan", "tahun", "status", "halaman", "detik", "PDF")]
    for o in outcomes:
        pdf = str(o.pdf.relative_to(build_root.parent)) if o.pdf and o.pdf.is_relative_to(build_root.parent) else "-"
        rows.append((o.files.kecamatan_slug, o.files.label, o.status, str(o.pages or "-"), f"{o.seconds:.1f}", pdf))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    counts = {status: sum(o.status == status for o in outcomes) for status in ("built", "unchanged", "failed")}
    total = ", ".join(f"{n} {status}" for status, n in counts.items())
    return "\n".join([*lines, f"{len(outcomes)} reports: {total} in {seconds:.1f} s"])
