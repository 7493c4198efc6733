"""Command line: `lkjip build KECAMATAN|--all`, `lkjip check`, `lkjip tex`, `lkjip schema`, `lkjip synth`.

Option names are English; the Indonesian names earlier releases used (`--periode`, `--komponen`,
`--bagian`) stay as aliases, and option *values* are the content's own words (`tw1`, `kunci`).
The pipeline is imported inside each command, so `lkjip --help` and `--version` answer at once.
Exit codes (`EXIT` below, and the README's table) tell a script what went wrong without reading
the message.
"""

import signal
import sys
from pathlib import Path

import click

from pipeline.errors import EXIT, Interrupted, OutputError
from pipeline.kinds import ArchiveLevel, Period


class Cli(click.Group):
    """A click group whose usage errors exit with EXIT["usage"], apart from content errors (2)."""

    def main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.UsageError as exc:
            exc.show()
            sys.exit(EXIT["usage"])
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("interrupted", err=True)
            sys.exit(EXIT["interrupted"])
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=Cli)
@click.version_option(package_name="lkjip", message="lkjip %(version)s")
def main() -> None:
    """Build the LKjIP of a kecamatan from ./content to a PDF under ./build."""


def _report_options(period_help: str, kecamatan_required: bool = True):
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
        function = click.option(
            "--content",
            "content_root",
            type=click.Path(file_okay=False, path_type=Path),
            default=Path("content"),
            show_default=True,
            help="Content directory.",
        )(function)
        return click.argument("kecamatan", required=kecamatan_required)(function)

    return decorate


ONE_PERIOD = "The annual report (default), or the quarterly report s.d. triwulan 1-4."


@main.command()
@_report_options(
    ONE_PERIOD + " With --all: only kecamatan whose year file is ready for it (default: each its latest).",
    kecamatan_required=False,
)
@click.option(
    "--build-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("build"),
    show_default=True,
    help="Output directory.",
)
@click.option(
    "--pdfa",
    type=click.Choice([level.value for level in ArchiveLevel]),
    default=None,
    help="PDF/A level (default: the kabupaten's `arsip`).",
)
@click.option("--all", "build_all", is_flag=True, help="Build every kecamatan with content (for --year).")
@click.option("--kabupaten", default=None, help="With --all: only this kabupaten (its directory name).")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="With --all: parallel workers (default: cores)."
)
@click.option(
    "--scheduler",
    default=None,
    metavar="tcp://HOST:8786",
    help="With --all: run the reports on this Dask cluster instead of local worker processes.",
)
def build(kecamatan, year, period, content_root, build_dir, pdfa, build_all, kabupaten, jobs, scheduler) -> None:
    """Build the PDF report of KECAMATAN (its slug, e.g. aluh-aluh), or of all with --all."""
    if build_all == bool(kecamatan):
        raise click.UsageError("give either KECAMATAN or --all")
    if build_all:
        from pipeline.batch_cli import build_batch

        with _interruptible():
            failed = build_batch(content_root.resolve(), build_dir.resolve(), year, kabupaten, jobs, scheduler, period)
        sys.exit(EXIT["build"] if failed else 0)
    from pipeline.build import build_report

    level = ArchiveLevel(pdfa) if pdfa else None
    with _interruptible():
        result = build_report(
            content_root.resolve(), build_dir.resolve(), kecamatan, year, level, period or Period.tahunan
        )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    pages = f"{result.compiled.pages} pages, " if result.compiled.pages else ""
    passes = result.compiled.passes
    runs = f"{passes} engine pass{'es' if passes != 1 else ''}" if passes else "up to date, TeX not run"
    click.echo(f"{pages}{runs}, {result.compiled.overfull} overfull boxes", err=True)
    click.echo(_relative(result.pdf))


@main.command()
@_report_options(ONE_PERIOD)
@click.option(
    "--strict",
    is_flag=True,
    help="Also list every figure typed in a text that agrees with the report: right today, wrong when the "
    "data change; a placeholder prints it from the data.",
)
def check(kecamatan: str, year: int | None, period: Period, content_root: Path, strict: bool) -> None:
    """Check the content of a report (schema, references, figures, the figures typed in its texts)
    without typesetting it."""
    from pipeline.build import check_report

    warnings = check_report(content_root.resolve(), kecamatan, year, period or Period.tahunan, strict)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{kecamatan.lower()}: no errors, {len(warnings)} warning{'s' if len(warnings) != 1 else ''}")


@main.command()
@_report_options(ONE_PERIOD)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write the engine's inputs here (report.tex, report.xmpdata, the images it embeds) instead of "
    "printing the .tex.",
)
def tex(kecamatan: str, year: int | None, period: Period, content_root: Path, out: Path | None) -> None:
    """Print the generated LaTeX source of a report (no TeX run), or write it with its images to --out."""
    from pipeline.build import prepare, write_sources
    from pipeline.content.locate import locate

    _, sources = prepare(locate(content_root.resolve(), kecamatan, year, period or Period.tahunan))
    if out is None:
        click.echo(sources["report.tex"], nl=False)
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_sources(sources, out)
    except OSError as exc:
        raise OutputError(f"cannot write {_relative(out)}: {exc.strerror or exc}") from None
    click.echo(_relative(out / "report.tex"))


@main.command()
@click.option("--count", type=click.IntRange(1, 121), default=20, show_default=True, help="How many kecamatan.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="Output directory.")
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same files.")
@click.option("--from", "base", default="aluh-aluh", show_default=True, help="The real report the figures vary from.")
@click.option("--year", type=int, default=None, help="Year of the base report (default: its latest).")
@click.option(
    "--content",
    "content_root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("content"),
    show_default=True,
)
def synth(count: int, out: Path, seed: int, base: str, year: int | None, content_root: Path) -> None:
    """Write COUNT synthetic kecamatan (kabupaten "Sintetis") under OUT, for tests and benchmarks."""
    from pipeline.synth import synthesize

    out, content_root = out.resolve(), content_root.resolve()
    if out == content_root or out.is_relative_to(content_root):
        raise click.UsageError("synthetic content is never written into the content directory; choose another --out")
    made = synthesize(content_root, out, count, seed, base, year)
    click.echo(f"{len(made)} synthetic kecamatan under {_relative(made[0].parent)}")


SCHEMA_PARTS = ("kunci", "komponen", "kolom", "placeholder", "naskah")


@main.command()
@click.option(
    "--components", "--komponen", "komponen", is_flag=True, help="Only the outline components (`--part komponen`)."
)
@click.option(
    "--part",
    "--bagian",
    "bagian",
    type=click.Choice(SCHEMA_PARTS),
    default=None,
    help="One part: kunci (file keys), komponen (outline components), kolom (table fields), "
    "placeholder (names a text may use), naskah (built-in texts a report may reword). Default: all.",
)
def schema(komponen: bool, bagian: str | None) -> None:
    """Print the content reference as Markdown: file keys, components, table fields, placeholders, texts."""
    from pipeline.content import reference as r

    parts = {
        "kunci": ("Content files", r.reference),
        "komponen": ("Outline components", r.components),
        "kolom": ("Table fields (`tabel: kolom:`)", r.table_fields),
        "placeholder": ("Placeholders in texts (`{{ … }}`)", r.placeholders),
        "naskah": ("Built-in texts (`naskah:`)", r.texts),
    }
    chosen = ["komponen"] if komponen else [bagian] if bagian else list(SCHEMA_PARTS)
    click.echo("\n".join(f"## {parts[key][0]}\n\n{parts[key][1]()}" for key in chosen))


def _relative(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


class _interruptible:
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


if __name__ == "__main__":
    main()
