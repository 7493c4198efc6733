"""`lkjip export` (the tables as .xlsx, or the figures as CSV) and `lkjip bundle` (the submission zip).

They take the options of every report command (`_report_options`: KECAMATAN, --year, --period,
--content) and `--build-dir` as `lkjip build` does; like the other commands, they import the
pipeline only when they run, so `lkjip --help` stays instant.
"""

from pathlib import Path

import click

from pipeline.cli_common import ONE_PERIOD, build_dir_option, interruptible, relative, report_options
from pipeline.kinds import Period

BUILD_DIR = build_dir_option("Build directory: where the report's PDF is (and where the files go without --out).")


def _warn(warnings) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)


@click.command()
@report_options(ONE_PERIOD)
@BUILD_DIR
@click.option("--csv", "as_csv", is_flag=True, help="Write the computed figures as CSV files instead of the workbook.")
@click.option(
    "--template",
    is_flag=True,
    help="Write the spreadsheet to fill in for `lkjip import` (Anggaran, Indikator, LRA) instead of the tables.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="The .xlsx file to write (default: beside the PDF, e.g. build/aluh-aluh/2022/lkjip-aluh-aluh-2022.xlsx); "
    "with --csv, the directory for indikator.csv, anggaran.csv and lra.csv (default: the report's build directory).",
)
def export(kecamatan, year, period, content_root, build_dir, as_csv, template, out) -> None:
    """Export the report's numbered tables to one .xlsx (a sheet per table, named as the PDF numbers it),
    or with --csv its computed figures, or with --template the spreadsheet `lkjip import` reads back;
    no TeX run, the numbers are the PDF's."""
    from pipeline.export import export_figures, export_workbook

    if template and as_csv:
        raise click.UsageError("--template writes a workbook; leave out --csv")
    if template:
        from pipeline.cli_import import write_template

        write_template(content_root, kecamatan, year, period, out)
        return

    write = export_figures if as_csv else export_workbook
    if out is not None and not as_csv and out.suffix.lower() != ".xlsx":
        raise click.UsageError(f"--out {out}: the workbook's file name ends in .xlsx")
    with interruptible():
        done = write(
            content_root.resolve(),
            build_dir.resolve(),
            kecamatan,
            year,
            period or Period.tahunan,
            out.resolve() if out else None,
        )
    _warn(done.warnings)
    for path in done.paths:
        click.echo(relative(path))


@click.command()
@report_options(ONE_PERIOD)
@BUILD_DIR
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory for the zip (default: the report's build directory).",
)
def bundle(kecamatan, year, period, content_root, build_dir, out) -> None:
    """Write the submission zip of a report: its PDF, the Perjanjian Kinerja and SK IKU as PDFs of their
    own, the tables (.xlsx), the figures (CSV) and a manifest of checksums; builds the PDF first when it
    is missing or its inputs changed."""
    from pipeline.bundle import bundle as write_bundle

    with interruptible():
        done = write_bundle(
            content_root.resolve(),
            build_dir.resolve(),
            kecamatan,
            year,
            period or Period.tahunan,
            out.resolve() if out else None,
        )
    _warn(done.warnings)
    state = "built the PDF first" if done.built else "the PDF was up to date"
    click.echo(f"{len(done.files)} files ({state})", err=True)
    click.echo(relative(done.path))
