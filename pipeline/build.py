"""The orchestrator: load -> validate -> compute -> present -> write -> compile, data flowing one way.

A failed or interrupted build never touches the last good PDF: the engine works in a private
scratch directory and a successful result is moved into place atomically (`workspace.py`).
"""

import calendar
import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.compute.report import Computed, compute
from pipeline.content.checks.unfilled import NotFilledYet, settle
from pipeline.content.images import check_images
from pipeline.content.load import Content, load
from pipeline.content.locate import ReportFiles, locate
from pipeline.document.report import Document
from pipeline.errors import ContentError, OutputError, Problem, TexError
from pipeline.inputs import DIGEST_FILE, input_digest
from pipeline.kinds import ArchiveLevel, Period
from pipeline.present import present
from pipeline.tex.charts import cache_dir as chart_cache
from pipeline.tex.charts import draw_charts
from pipeline.tex.compile import CompileResult, compile_tex, off_page_message
from pipeline.tex.references import dangling_references
from pipeline.typed import typed_figures
from pipeline.workspace import keep_failure_log, publish, workspace
from pipeline.write.latex.charts import chart_sources
from pipeline.write.latex.document import LATEX_DIR, write_document, write_xmpdata


@dataclass(frozen=True)
class BuildResult:
    pdf: Path
    tex: Path
    compiled: CompileResult
    warnings: tuple[Problem, ...]


def output_dir(build_root: Path, files: ReportFiles) -> Path:
    return build_root / files.kecamatan_slug / files.label


def pdf_name(files: ReportFiles) -> str:
    return f"lkjip-{files.kecamatan_slug}-{files.label}.pdf"


def source_date_epoch(content: Content) -> int:
    """The PDF's dates come from the report's own date, not the clock (reproducible bytes)."""
    day = content.signed
    return calendar.timegm(datetime.datetime(day.year, day.month, day.day, 12, 0).timetuple())


def reconciliation_warnings(computed: Computed) -> list[Problem]:
    """The budget tree and the LRA describe the same money; say so when they do not agree and the
    report prints the two side by side (`realisasi_anggaran`)."""
    from pipeline.content.checks.printed import prints

    r = computed.reconciliation
    if r is None or r.agrees or not prints(computed.content, "realisasi_anggaran"):
        return []
    message = (
        f"program tree pagu {r.pagu_program} / realisasi {r.realisasi_program} differ from the LRA "
        f"Belanja Daerah {r.pagu_lra} / {r.realisasi_lra}; the report prints the difference"
    )
    return [computed.content.problem("report", ("realisasi_anggaran",), message)]


def report_warnings(computed: Computed) -> tuple[Problem, ...]:
    """Everything worth a reader's attention that does not stop the build."""
    return computed.content.warnings + tuple(reconciliation_warnings(computed))


def check_report(
    content_root: Path,
    kecamatan: str,
    year: int | None,
    period: Period = Period.tahunan,
    strict: bool = False,
    today: datetime.date | None = None,
) -> tuple[Problem, ...]:
    """Validate and compute without typesetting: errors raise, warnings are returned. `strict` adds
    every figure typed in a text that agrees with the report (it would be safer as a placeholder).
    Values not filled yet are warnings while `today` is before the report's signing date, errors
    from it on; without `today` they are errors, as for a build."""
    try:
        computed, _ = prepare(locate(content_root, kecamatan, year, period), strict=strict, today=today)
    except NotFilledYet as blank:
        return blank.problems
    return report_warnings(computed)


def load_filled(files: ReportFiles, shown_from: Path, today: datetime.date | None = None) -> Content:
    """`load`, with the values not filled yet said as such (`checks.unfilled.settle`)."""
    try:
        return load(files, shown_from)
    except ContentError as exc:
        settle(exc, (files.report, files.kecamatan), files.period.quarter, today, shown_from)
        raise


def prepare(
    files: ReportFiles,
    pdfa: ArchiveLevel | None = None,
    shown_from: Path | None = None,
    strict: bool = False,
    today: datetime.date | None = None,
) -> tuple[Computed, dict[str, str | bytes]]:
    """Everything before the engine: content, figures, the document, and the engine's inputs by file name.

    Messages name files relative to `shown_from` (default: the current directory, so they read
    as the user would type them). The figures typed in texts are compared with the computed ones
    here, once both exist; their warnings join the content's. Values not filled yet stop it
    (`load_filled`; `today` is for `check_report` only).
    """
    computed, document, tex = prepare_document(files, pdfa, shown_from, strict, today)
    sources: dict[str, str | bytes] = {"report.tex": tex, "report.xmpdata": write_xmpdata(document.metadata)}
    sources.update({asset.name: asset.path.read_bytes() for asset in document.assets})
    sources.update(chart_sources(document))  # drawn to chart-<hex>.chart by build_report
    return computed, sources


def prepare_document(
    files: ReportFiles,
    pdfa: ArchiveLevel | None = None,
    shown_from: Path | None = None,
    strict: bool = False,
    today: datetime.date | None = None,
) -> tuple[Computed, Document, str]:
    """The computed report, its document and its LaTeX source, with every check a build makes: what
    the build refuses (a "Tabel 3.12" the report does not have) every writer of the document refuses."""
    content = load_filled(files, shown_from or Path.cwd(), today)
    if pdfa is not None and pdfa is not content.kabupaten.arsip:  # images fit for the kabupaten's level may not be
        problems = check_images(content.sources, content.kabupaten, files, pdfa)
        if problems:
            raise ContentError(problems)
    computed = with_typed_figures(compute(content), strict)
    document = present(computed, pdfa)
    tex = write_document(document)
    dangling = dangling_references(tex, content.sources)
    if dangling:
        raise ContentError(dangling)
    return computed, document, tex


def with_typed_figures(computed: Computed, strict: bool) -> Computed:
    """The computed report whose warnings include the figures its texts type wrong (and, when
    `strict`, the ones they type right)."""
    found = typed_figures(computed)
    content = computed.content
    extra = found.warnings + (found.typed if strict else ())
    return replace(computed, content=replace(content, warnings=content.warnings + extra)) if extra else computed


def write_sources(sources: dict[str, str | bytes], directory: Path) -> None:
    """The engine's inputs in one directory: the .tex refers to every embedded file by its bare name."""
    for name, data in sources.items():
        if isinstance(data, bytes):
            (directory / name).write_bytes(data)
        else:
            (directory / name).write_text(data, encoding="utf-8")


def build_report(
    content_root: Path,
    build_root: Path,
    kecamatan: str,
    year: int | None,
    pdfa: ArchiveLevel | None = None,
    period: Period = Period.tahunan,
    shown_from: Path | None = None,
    on_checked: Callable[[tuple[Problem, ...]], None] | None = None,
) -> BuildResult:
    """Build one report; `pdfa` overrides the kabupaten's archival level (e.g. for validation).
    `on_checked` hears the warnings once the content is checked, before TeX starts (`lkjip watch`)."""
    files = locate(content_root, kecamatan, year, period)
    computed, sources = prepare(files, pdfa, shown_from)
    if on_checked is not None:
        on_checked(report_warnings(computed))
    out = output_dir(build_root, files)
    try:
        try:  # the charts before the report's engine, which includes them
            sources.update(draw_charts(sources, chart_cache(build_root)))
        except TexError as exc:
            raise TexError(f"{exc.message}\n  (the last good PDF is unchanged)") from None
        with workspace(out) as work:
            write_sources(sources, work)
            tex = work / "report.tex"
            try:
                compiled = compile_tex(tex, LATEX_DIR, source_date_epoch(computed.content))
                if compiled.off_page:
                    raise TexError(off_page_message(tex, compiled.off_page))
            except TexError as exc:
                log = keep_failure_log(work, out)
                raise TexError(f"{exc.message}\n  (full log: {_shown(log)}; the last good PDF is unchanged)") from None
            (work / DIGEST_FILE).write_text(input_digest(files) + "\n" if pdfa is None else "override\n")
            final = publish(work, out, pdf_name(files))
    except OSError as exc:
        raise OutputError(
            f"cannot write {_shown(out)}: {exc.strerror or exc}; the last good PDF is unchanged"
        ) from None
    warnings = report_warnings(computed)
    tex_dir = out / "tex"
    return BuildResult(final, tex_dir / "report.tex", replace(compiled, pdf=final), warnings)


def _shown(path: Path | None) -> str:
    if path is None:
        return "none"
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
