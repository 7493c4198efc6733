"""What the commands share: the options that name a report, paths as the user typed them, and
Ctrl-C or SIGTERM turned into a clean `Interrupted` after a build has tidied up.

Its own module, so that the commands written apart from `cli.py` (`cli_new`, `cli_import`,
`cli_export`) share them without importing the command group they are registered on.
"""

import signal
from pathlib import Path

import click

from pipeline.errors import Interrupted
from pipeline.kinds import Period


def content_option(help: str = "Content directory."):
    return click.option(
        "--content",
        "content_root",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("content"),
        show_default=True,
        help=help,
    )


def build_dir_option(help: str = "Output directory."):
    return click.option(
        "--build-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("build"),
        show_default=True,
        help=help,
    )


def report_options(period_help: str, kecamatan_required: bool = True):
    """The options every report command shares: which report, and where its content is."""

    def decorate(function):
        function = click.option("--year", type=int, default=None, help="Report year (default: the latest present).")(
            function
        )
        function = click.option(
            "--period",
            "--periode",
            "period",
            type=click.Choice([p.value for p in Period], case_sensitive=False),
            default=None,
            callback=lambda ctx, param, value: Period(value.lower()) if value else None,
            help=period_help,
        )(function)
        function = content_option()(function)
        return click.argument("kecamatan", required=kecamatan_required)(function)

    return decorate


ONE_PERIOD = "The annual report (default), or the quarterly report s.d. triwulan 1-4."


def relative(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


class interruptible:
    """Turn Ctrl-C and SIGTERM into Interrupted, after the build has cleaned up after itself."""

    def __enter__(self):
        self._previous = signal.signal(signal.SIGTERM, self._on_sigterm)

    def __exit__(self, kind, value, traceback):
        signal.signal(signal.SIGTERM, self._previous)
        if kind is not None and issubclass(kind, KeyboardInterrupt):
            raise Interrupted() from None
        return False

    @staticmethod
    def _on_sigterm(signum, frame):
        raise KeyboardInterrupt
