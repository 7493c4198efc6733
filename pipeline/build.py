"""The orchestrator: load -> validate -> compute -> render -> compile, data flowing one way.

A failed build never touches the last good PDF: the engine works in its own directory and
the PDF is moved into place atomically only after a successful run.
"""

import calendar
import datetime
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipeline.compute.report import Computed, compute
from pipeline.content.load import Content, load
from pipeline.content.locate import ReportFiles, locate
from pipeline.errors import Problem
from pipeline.render.document import LATEX_DIR, render_document
from pipeline.tex.compile import CompileResult, compile_tex

PROJECT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class BuildResult:
    pdf: Path
    tex: Path
    compiled: CompileResult
    warnings: tuple[Problem, ...]


def output_dir(build_root: Path, files: ReportFiles) -> Path:
    return build_root / files.kecamatan_slug / str(files.year)


def pdf_name(files: ReportFiles) -> str:
    return f"lkjip-{files.kecamatan_slug}-{files.year}.pdf"


def source_date_epoch(content: Content) -> int:
    """The PDF's dates come from the report's own date, not the clock (reproducible bytes)."""
    day = content.report.tanggal
    return calendar.timegm(datetime.datetime(day.year, day.month, day.day, 12, 0).timetuple())


def write_if_changed(path: Path, text: str) -> bool:
    """Rewrite only when the bytes differ, so latexmk and make stay incremental."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def reconciliation_warnings(computed: Computed) -> list[Problem]:
    """The budget tree and the LRA describe the same money; say so when they do not agree."""
    r = computed.reconciliation
    if r.agrees:
        return []
    message = (
        f"program tree pagu {r.pagu_program} / realisasi {r.realisasi_program} differ from the LRA "
        f"Belanja Daerah {r.pagu_lra} / {r.realisasi_lra}; the report prints the difference"
    )
    return [computed.content.problem("report", ("realisasi_anggaran",), message)]


def prepare(files: ReportFiles) -> tuple[Computed, str]:
    """Everything before the TeX engine: validated content, figures and the .tex source."""
    content = load(files, PROJECT)
    computed = compute(content)
    return computed, render_document(computed)


def build_report(content_root: Path, build_root: Path, kecamatan: str, year: int | None) -> BuildResult:
    files = locate(content_root, kecamatan, year)
    computed, tex_source = prepare(files)
    out = output_dir(build_root, files)
    tex = out / "tex" / "report.tex"
    write_if_changed(tex, tex_source)
    compiled = compile_tex(tex, LATEX_DIR, source_date_epoch(computed.content))
    final = out / pdf_name(files)
    staged = final.with_suffix(".pdf.partial")
    shutil.copyfile(compiled.pdf, staged)
    os.replace(staged, final)
    warnings = computed.content.warnings + tuple(reconciliation_warnings(computed))
    return BuildResult(final, tex, compiled, warnings)
