"""Run latexmk on a .tex file in its own directory, with shell escape off and writes confined.

latexmk decides how many passes are needed. The engine gets a fixed SOURCE_DATE_EPOCH from
the report, so the same content gives the same PDF bytes. The engine runs in its own process
group: an interrupted build kills latexmk *and* the pdflatex it started.
"""

import os
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import TexError
from pipeline.tex.log import first_error, overfull_count, page_count
from pipeline.tex.tools import missing_file_hint, require_tex

LATEXMK_ARGS = ("-pdf", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", "-no-shell-escape")
AUXILIARY = (".aux", ".toc", ".lot", ".lof", ".out", ".fls", ".fdb_latexmk", ".pdf")


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
    code, output, log = _latexmk(tex, env, force=not tex.with_suffix(".pdf").exists())
    if code != 0:
        _remove_auxiliaries(tex)
        code, output, log = _latexmk(tex, env, force=True)
    if code != 0:
        raise TexError(_failure_message(tex, output, log))
    return CompileResult(tex.with_suffix(".pdf"), log, output.count("Run number"), page_count(log), overfull_count(log))


def _failure_message(tex: Path, output: str, log: str) -> str:
    diagnosis = first_error(log)
    detail = str(diagnosis) if diagnosis else output[-2000:]
    hint = missing_file_hint(diagnosis.message if diagnosis else output)
    return f"LaTeX failed on {tex.name}:\n  {detail}" + (f"\n  hint: {hint}" if hint else "")


def _latexmk(tex: Path, env: dict[str, str], force: bool) -> tuple[int, str, str]:
    args = ["latexmk", *LATEXMK_ARGS, *(("-g",) if force else ()), tex.name]
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
