"""Run pdflatex on a .tex file in its own directory, as many passes as the document needs.

The document is final when a pass leaves the files that feed the next pass (.aux, .toc, .lot,
.lof, .out) exactly as it found them. That is the whole rerun rule: a rebuild seeded with the
last good auxiliaries takes one pass when nothing moved, a cold build of a report with a Daftar
Isi two or three. (latexmk, measured here, ran an extra pass on every rebuild because pdfx
rewrites its XMP file on each run.) Shell escape is off, writes are confined to the build
directory, SOURCE_DATE_EPOCH comes from the report (same content, same bytes), and each pass
runs in its own process group so an interrupted build kills the engine too.
"""

import os
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import TexError
from pipeline.tex.log import first_error, overfull_count, page_count
from pipeline.tex.provisional import provisional_lists
from pipeline.tex.tools import missing_file_hint, require_tex

ENGINE_ARGS = ("-interaction=nonstopmode", "-halt-on-error", "-file-line-error", "-no-shell-escape")
FEEDBACK = (".aux", ".toc", ".lot", ".lof", ".out")  # what one pass writes for the next to read
AUXILIARY = (*FEEDBACK, ".pdf")
MAX_PASSES = 5


@dataclass(frozen=True)
class CompileResult:
    pdf: Path
    log: str
    passes: int
    pages: int | None
    overfull: int


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
    .lot); the run is then repeated once from clean auxiliaries before giving up.
    """
    require_tex()
    env = engine_env(texinputs, source_date_epoch)
    _seed_lists(tex)
    code, output, log, passes = _until_stable(tex, env)
    if code != 0:
        _remove_auxiliaries(tex)
        code, output, log, passes = _until_stable(tex, env)
    if code != 0:
        raise TexError(_failure_message(tex, output, log))
    return CompileResult(tex.with_suffix(".pdf"), log, passes, page_count(log), overfull_count(log))


def _seed_lists(tex: Path) -> None:
    """A cold build gets provisional contents files (see provisional.py): two passes, not three."""
    if tex.with_suffix(".aux").exists():
        return  # seeded from the last good build: its own files are the better prediction
    for suffix, text in provisional_lists(tex.read_text(encoding="utf-8")).items():
        tex.with_suffix(suffix).write_text(text, encoding="utf-8")


def _feedback(tex: Path) -> dict[str, bytes]:
    return {s: path.read_bytes() for s in FEEDBACK if (path := tex.with_suffix(s)).exists()}


def _until_stable(tex: Path, env: dict[str, str]) -> tuple[int, str, str, int]:
    """Engine passes until one changes none of the files the next would read."""
    for number in range(1, MAX_PASSES + 1):
        before = _feedback(tex)
        code, output, log = _pass(tex, env)
        if code != 0 or _feedback(tex) == before:
            return code, output, log, number
    return code, output, log, MAX_PASSES  # a document whose references oscillate: keep the last pass


def _failure_message(tex: Path, output: str, log: str) -> str:
    diagnosis = first_error(log)
    detail = str(diagnosis) if diagnosis else output[-2000:]
    hint = missing_file_hint(diagnosis.message if diagnosis else output)
    return f"LaTeX failed on {tex.name}:\n  {detail}" + (f"\n  hint: {hint}" if hint else "")


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
        start_new_session=True,
    )
    try:
        output, _ = process.communicate()
    except BaseException:  # Ctrl-C, SIGTERM, anything: never leave an engine running
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
    log_file = tex.with_suffix(".log")
    return process.returncode, output, log_file.read_text(encoding="latin-1") if log_file.exists() else ""


def _remove_auxiliaries(tex: Path) -> None:
    for suffix in AUXILIARY:
        tex.with_suffix(suffix).unlink(missing_ok=True)
