"""Command line: `lkjip build KECAMATAN|--all`, `lkjip check`, `lkjip tex`, `lkjip schema`, `lkjip synth`, and the
planning officer's year: `lkjip new`, `lkjip import`, `lkjip export`, `lkjip bundle` (in their own modules).

Option names are English; the Indonesian names earlier releases used (`--periode`, `--komponen`,
`--bagian`) stay as aliases, and option *values* are the content's own words (`tw1`, `kunci`).
The pipeline is imported inside each command, so `lkjip --help` and `--version` answer at once.
Exit codes (`EXIT` below, and the README's table) tell a script what went wrong without reading
the message.
"""

import datetime
import sys
from pathlib import Path

import click

from pipeline.cli_common import ONE_PERIOD, build_dir_option, content_option, interruptible, relative, report_options
from pipeline.cli_export import bundle, export
from pipeline.cli_import import import_command
from pipeline.cli_new import new
from pipeline.cli_watch import watch
from pipeline.errors import EXIT, OutputError
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


@main.command()
@report_options(
    ONE_PERIOD + " With --all: only kecamatan whose year file is ready for it (default: each its latest).",
    kecamatan_required=False,
)
@build_dir_option()
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

        with interruptible():
            failed = build_batch(content_root.resolve(), build_dir.resolve(), year, kabupaten, jobs, scheduler, period)
        sys.exit(EXIT["build"] if failed else 0)
    from pipeline.build import build_report

    level = ArchiveLevel(pdfa) if pdfa else None
    with interruptible():
        result = build_report(
            content_root.resolve(), build_dir.resolve(), kecamatan, year, level, period or Period.tahunan
        )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    pages = f"{result.compiled.pages} pages, " if result.compiled.pages else ""
    passes = result.compiled.passes
    runs = f"{passes} engine pass{'es' if passes != 1 else ''}" if passes else "up to date, TeX not run"
    click.echo(f"{pages}{runs}, {result.compiled.overfull} overfull boxes", err=True)
    click.echo(relative(result.pdf))


@main.command()
@report_options(ONE_PERIOD)
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

    # values not filled yet are warnings until the report's signing date: today is the one date it needs
    today = datetime.date.today()
    warnings = check_report(content_root.resolve(), kecamatan, year, period or Period.tahunan, strict, today=today)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{kecamatan.lower()}: no errors, {len(warnings)} warning{'s' if len(warnings) != 1 else ''}")


@main.command()
@report_options(ONE_PERIOD)
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
        raise OutputError(f"cannot write {relative(out)}: {exc.strerror or exc}") from None
    click.echo(relative(out / "report.tex"))


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
    click.echo(f"{len(made)} synthetic kecamatan under {relative(made[0].parent)}")


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
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Write the JSON Schemas of the content files for editors (VS Code's YAML extension) instead of printing "
    "the reference.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="With --json: where to write them (default: .schema/ in the content directory).",
)
@content_option("Content directory (with --json).")
def schema(komponen: bool, bagian: str | None, as_json: bool, out: Path | None, content_root: Path) -> None:
    """Print the content reference as Markdown: file keys, components, table fields, placeholders, texts;
    or with --json write the JSON Schemas editors check the content files against while they are typed."""
    if out is not None and not as_json:
        raise click.UsageError("--out is for --json: the reference is printed, not written")
    if as_json:
        if komponen or bagian:
            raise click.UsageError("--json writes every file's schema: leave out --components and --part")
        from pipeline.content.json_schema import SCHEMA_DIR, schema_json

        schema_json(out if out is not None else content_root / SCHEMA_DIR)
        return
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


for command in (new, import_command, watch, export, bundle):
    main.add_command(command)


if __name__ == "__main__":
    main()
