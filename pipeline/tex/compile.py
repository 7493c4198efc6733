"""Run pdflatex on a .tex file in its own directory, as many passes as the document needs.

The document is final when a pass leaves the files that feed the next pass (.aux, .toc, .lot,
.lof, .out) unchanged in everything the next pass would typeset from them (`feedback.py`). That is
the whole rerun rule. A cold build starts from files predicted from the source (`provisional.py`),
and every pass sets the front matter again at its end from the lists it has just written, spliced
in place of the first set (`front.py`): a cold build whose predictions hold takes one pass, as does
a rebuild seeded with the last good auxiliaries. (latexmk, measured here, ran an extra pass
on every rebuild because pdfx rewrites its XMP file on each run.) Shell escape is off, writes are
confined to the build directory, SOURCE_DATE_EPOCH comes from the report (same content, same
bytes), and each pass runs in its own process group so an interrupted build kills the engine too.
"""

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import TexError
from pipeline.system import kill, own_group
from pipeline.tex.feedback import FEEDBACK, Reading, feedback_view
from pipeline.tex.front import log_before_again, matching, remove_front, splice, write_front
from pipeline.tex.log import Overfull, first_error, overfull_boxes, overfull_count, page_count
from pipeline.tex.provisional import provisional_files
from pipeline.tex.tools import missing_file_hint, require_tex
from pipeline.tex.where import place

ENGINE_ARGS = ("-interaction=nonstopmode", "-halt-on-error", "-file-line-error", "-no-shell-escape")
AUXILIARY = (*FEEDBACK, ".pdf")
MAX_PASSES = 5


@dataclass(frozen=True)
class CompileResult:
    pdf: Path
    log: str
    passes: int
    pages: int | None
    overfull: int
    front_set_again: bool = False  # the last pass's front matter was set again and spliced in
    engine_s: float = 0.0  # wall time inside the engine, all passes: the rest of a build is Python
    off_page: tuple[Overfull, ...] = ()  # boxes beyond the tolerance: text cut off or in the margin


@dataclass
class _Passes:
    """The passes of one compilation so far."""

    code: int = 0
    output: str = ""
    log: str = ""
    count: int = 0
    seconds: float = 0.0


def engine_env(texinputs: Path, source_date_epoch: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "TEXINPUTS": f"{texinputs}{os.pathsep}",
            "SOURCE_DATE_EPOCH": str(source_date_epoch),
            "FORCE_SOURCE_DATE": "1",
            "openout_any": "p",  # TeX may write only below its working directory
            "openin_any": "a",
            "shell_escape": "f",
            "max_print_line": "1000",
        }
    )
    return env


def compile_tex(tex: Path, texinputs: Path, source_date_epoch: int) -> CompileResult:
    """Compile `tex` in its directory; raise TexError with the first error on failure.

    A failure may come from auxiliary files written by an older class (a stale .toc or
    .lot); the run is then repeated once from predicted auxiliaries before giving up.
    """
    require_tex()
    env = engine_env(texinputs, source_date_epoch)
    source = tex.read_text(encoding="utf-8")
    try:
        reading = Reading.of(source, front_set_again=write_front(tex, source))
        _seed(tex, source)
        passes = _until_stable(tex, env, reading)
        if passes.code != 0:
            _remove_auxiliaries(tex)
            _seed(tex, source)
            failed, passes = passes, _until_stable(tex, env, reading)
            passes.count, passes.seconds = passes.count + failed.count, passes.seconds + failed.seconds
    finally:
        remove_front(tex)  # the published tex/ stays a plain document: one pdflatex run prints the same pages
    if passes.code != 0:
        raise TexError(_failure_message(tex, passes.output, passes.log))
    pdf, log = tex.with_suffix(".pdf"), passes.log
    if matching(log):
        pages = splice(pdf, log)
        log = log_before_again(log)
        return CompileResult(
            pdf, passes.log, passes.count, pages, overfull_count(log), True, passes.seconds, overfull_boxes(log)
        )
    return CompileResult(
        pdf, log, passes.count, page_count(log), overfull_count(log), False, passes.seconds, overfull_boxes(log)
    )


def _seed(tex: Path, source: str) -> None:
    """A cold build gets predicted auxiliary files (see provisional.py): one pass, not three."""
    if tex.with_suffix(".aux").exists():
        return  # seeded from the last good build: its own files are the better prediction
    for suffix, text in provisional_files(source).items():
        tex.with_suffix(suffix).write_text(text, encoding="utf-8")


def _until_stable(tex: Path, env: dict[str, str], reading: Reading) -> _Passes:
    """Engine passes until one changes nothing the next would typeset from its files, and has set
    the front matter again on as many pages as the first time (when it sets it again at all)."""
    passes = _Passes()
    while passes.count < MAX_PASSES:  # at the limit, a document whose references oscillate: keep the last
        before = feedback_view(tex, reading)
        _timed_pass(tex, env, passes)
        if passes.code != 0:
            break
        front_holds = reading.list_pages or matching(passes.log)
        if front_holds and feedback_view(tex, reading) == before:
            break
    if passes.code == 0 and not reading.list_pages and not matching(passes.log):
        remove_front(tex)  # never settled on its pages: the last lists, set in place by a plain pass
        _timed_pass(tex, env, passes)
    return passes


def _timed_pass(tex: Path, env: dict[str, str], passes: _Passes) -> None:
    start = time.perf_counter()
    passes.code, passes.output, passes.log = _pass(tex, env)
    passes.seconds += time.perf_counter() - start
    passes.count += 1


def _failure_message(tex: Path, output: str, log: str) -> str:
    """The first error, with the place in the report it happened (chapter › section) when known."""
    diagnosis = first_error(log)
    detail = str(diagnosis) if diagnosis else output[-2000:]
    hint = missing_file_hint(diagnosis.message if diagnosis else output)
    known = diagnosis and diagnosis.line and diagnosis.file and diagnosis.file.endswith(tex.name)
    where = place(tex.read_text(encoding="utf-8"), diagnosis.line) if known else None
    heading = f"LaTeX failed on {tex.name}" + (f", in {where}" if where else "")
    return f"{heading}:\n  {detail}" + (f"\n  hint: {hint}" if hint else "")


def off_page_message(tex: Path, boxes: tuple[Overfull, ...]) -> str:
    """Text that ran off the page, each box named by its place in the report and its text."""
    source = tex.read_text(encoding="utf-8")
    shown = [
        f"  {place(source, box.line) or 'the front matter'} ({tex.name}:{box.line}, {box.points:.1f} pt too wide): "
        f"{box.text[:70] or '(a box)'}"
        for box in boxes[:5]
    ]
    more = [f"  ... and {len(boxes) - 5} more"] if len(boxes) > 5 else []
    return "\n".join(
        [
            f"text runs off the page or out of its cell in {len(boxes)} place{'s' if len(boxes) != 1 else ''}; "
            "shorten the text there or give it spaces to break at:",
            *shown,
            *more,
        ]
    )


def _pass(tex: Path, env: dict[str, str]) -> tuple[int, str, str]:
    args = ["pdflatex", *ENGINE_ARGS, tex.name]
    process = subprocess.Popen(
        args,
        cwd=tex.parent,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        encoding="utf-8",
        errors="replace",  # TeX writes 8-bit bytes of the text it reports on
        **own_group(),
    )
    try:
        output, _ = process.communicate()
    except BaseException:  # Ctrl-C, SIGTERM, anything: never leave an engine running
        kill(process)
        raise
    log_file = tex.with_suffix(".log")
    return process.returncode, output, log_file.read_text(encoding="latin-1") if log_file.exists() else ""


def _remove_auxiliaries(tex: Path) -> None:
    for suffix in AUXILIARY:
        tex.with_suffix(suffix).unlink(missing_ok=True)
