"""`lkjip import KECAMATAN FILE`: pagu, realisasi and indicator values from a spreadsheet into the
year file; and `write_template`, the body of `lkjip export KECAMATAN --template`.

Registered in `pipeline/cli.py` with `main.add_command(import_command)`. Like every command, it
imports the pipeline only when it runs, so `lkjip --help` stays instant.
"""

import sys
from pathlib import Path

import click

from pipeline.cli_common import ONE_PERIOD, relative, report_options
from pipeline.kinds import Period


@click.command("import")
@report_options(ONE_PERIOD + " Values of a triwulan go under its `triwulan` entries.")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Print what would change and write nothing.")
@click.option(
    "--strict",
    is_flag=True,
    help="Write nothing when a row matches nothing or a figure cannot be written (listed either way).",
)
def import_command(
    kecamatan: str, year: int | None, period: Period | None, content_root: Path, file: Path, dry_run: bool, strict: bool
) -> None:
    """Write the pagu, realisasi and indicator values of FILE (.xlsx or .csv) into the year file of
    KECAMATAN, keeping its comments; print one line per value that changes."""
    from pipeline.sheets.problems import SheetError
    from pipeline.sheets.run import import_sheet, refusal

    outcome = import_sheet(content_root.resolve(), kecamatan, file, year, period or Period.tahunan, dry_run, strict)
    for line in outcome.lines:
        click.echo(line)
    for note in outcome.notes:
        click.echo(f"warning: {note}", err=True)
    if outcome.refused:
        raise SheetError(list(outcome.refused), refusal(outcome))
    click.echo(_summary(outcome, dry_run), err=True)
    sys.exit(0)


def _summary(outcome, dry_run: bool) -> str:
    report = relative(outcome.files.report)
    changed, same = len(outcome.lines), outcome.unchanged
    counts = (
        f"{changed} value{'s' if changed != 1 else ''} {'would change' if dry_run else 'changed'}, {same} unchanged"
    )
    if not changed:
        return f"nothing to change: {same} value{'s' if same != 1 else ''} unchanged; {report} not written"
    layout = "" if outcome.faithful else " (ruamel.yaml also re-indented lines it could not keep as they were)"
    return f"{counts}; {'dry run, nothing written' if dry_run else f'{report} written{layout}'}"


def write_template(
    content_root: Path, kecamatan: str, year: int | None, period: Period | None, out: Path | None
) -> Path:
    """Body of `lkjip export KECAMATAN --template [--out FILE.xlsx]`: write the template, print its path."""
    from pipeline.sheets.run import write_template as write

    path = write(content_root.resolve(), kecamatan, year, period, out)
    click.echo(relative(path.resolve()))
    return path
