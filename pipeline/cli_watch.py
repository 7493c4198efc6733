"""`lkjip watch KECAMATAN`: rebuild the report on every save (`pipeline.watch`)."""

import shlex

import click

from pipeline.cli_common import ONE_PERIOD, build_dir_option, report_options
from pipeline.kinds import Period


@click.command()
@report_options(ONE_PERIOD)
@build_dir_option()
@click.option(
    "--viewer",
    default=None,
    metavar="COMMAND",
    help="Open the PDF with this program once built, e.g. evince or 'okular --unique' (it reloads the PDF on "
    "every rebuild).",
)
def watch(kecamatan, year, period, content_root, build_dir, viewer) -> None:
    """Build KECAMATAN's report, then again on every save of its content files, outline or images:
    the check's findings print before TeX starts, and a failed round keeps the last good PDF."""
    from pipeline.watch import Report
    from pipeline.watch import watch as watch_report

    report = Report(content_root.resolve(), build_dir.resolve(), kecamatan, year, period or Period.tahunan)
    watch_report(report, click.echo, viewer=_command(viewer))
    click.echo("stopped", err=True)


def _command(viewer: str | None) -> tuple[str, ...]:
    return tuple(shlex.split(viewer)) if viewer else ()
