"""`lkjip new`: start the next report from the last one, or a new kecamatan from a skeleton.

Registered on the main group with `main.add_command(new)`; like every command it imports the
pipeline only when it runs, so `lkjip --help` stays instant.
"""

from pathlib import Path

import click

from pipeline.cli_common import content_option, relative

QUARTERS = ("tw1", "tw2", "tw3", "tw4")


@click.command()
@click.argument("kecamatan")
@click.option("--year", type=int, required=True, help="Year of the new report file.")
@click.option(
    "--period",
    "--periode",
    "period",
    type=click.Choice(QUARTERS, case_sensitive=False),
    default=None,
    help="Add this quarter to the year file (tw1 starts the year file from the previous year's when it is new).",
)
@click.option(
    "--kabupaten",
    default=None,
    help="A new kecamatan of this kabupaten (its directory name): write commented skeleton files.",
)
@content_option()
def new(kecamatan: str, year: int, period: str | None, kabupaten: str | None, content_root: Path) -> None:
    """Write KECAMATAN's year file for --year from its latest earlier one (or add a quarter with
    --period), never retyping what that report holds; with --kabupaten, a new kecamatan's skeleton.
    Lists what to review and ends with the count of values to fill (`lkjip check` lists them)."""
    from pipeline.rollover import new_report
    from pipeline.rollover.notes import summary
    from pipeline.rollover.skeleton import new_kecamatan

    root, here = content_root.resolve(), Path.cwd()
    if kabupaten is not None:
        if period is not None:
            raise click.UsageError("a new kecamatan starts with its year file: give --period later, on that file")
        files = new_kecamatan(root, kabupaten, kecamatan, year, here)
    else:
        quarter = int(period[-1]) if period else None
        files = [new_report(root, kecamatan, year, quarter, here)]
    for file in files:
        for line in file.lines:
            click.echo(line)
    for file in files:
        click.echo(f"wrote {relative(file.path)}")
    click.echo(summary(files))
