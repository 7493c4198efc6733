"""Run latexmk on a .tex file in its own directory, with shell escape off and writes confined.

latexmk decides how many passes are needed. The engine gets a fixed SOURCE_DATE_EPOCH from
the report, so the same content gives the same PDF bytes.
"""

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import TexError, ToolMissing
from pipeline.tex.log import first_error, overfull_count, page_count

LATEXMK_ARGS = ("-pdf", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", "-no-shell-escape")
TOOLS = {"latexmk": "latexmk", "pdflatex": "texlive-latex-base"}
AUXILIARY = (".aux", ".toc", ".lot", ".lof", ".out", ".fls", ".fdb_latexmk", ".pdf")


@dataclass(frozen=True)
class CompileResult:
    pdf: Path
    log: str
    passes: int
    pages: int | None
    overfull: int


def require_tools() -> None:
    for tool, package in TOOLS.items():
        if shutil.which(tool) is None:
            raise ToolMissing(f"{tool} is not installed: run `make setup` (or `apt-get install {package}`)")


def engine_env(texinputs: Path, source_date_epoch: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "TEXINPUTS": f"{texinputs}{os.pathsep}",
            "SOURCE_DATE_EPOCH": str(source_date_epoch),
            "FORCE_SOURCE_DATE": "1",
            "openout_any": "p",
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
    require_tools()
    env = engine_env(texinputs, source_date_epoch)
    proc, log = _latexmk(tex, env, force=not tex.with_suffix(".pdf").exists())
    if proc.returncode != 0:
        _remove_auxiliaries(tex)
        proc, log = _latexmk(tex, env, force=True)
    if proc.returncode != 0:
        diagnosis = first_error(log)
        detail = str(diagnosis) if diagnosis else (proc.stdout + proc.stderr)[-2000:]
        raise TexError(f"LaTeX failed on {tex}:\n  {detail}\n  (full log: {tex.with_suffix('.log')})")
    passes = (proc.stdout + proc.stderr).count("Run number")
    return CompileResult(tex.with_suffix(".pdf"), log, passes, page_count(log), overfull_count(log))


def _latexmk(tex: Path, env: dict[str, str], force: bool) -> tuple[subprocess.CompletedProcess, str]:
    args = ["latexmk", *LATEXMK_ARGS, *(("-g",) if force else ()), tex.name]
    proc = subprocess.run(args, cwd=tex.parent, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    log_file = tex.with_suffix(".log")
    return proc, log_file.read_text(encoding="latin-1") if log_file.exists() else ""


def _remove_auxiliaries(tex: Path) -> None:
    for suffix in AUXILIARY:
        tex.with_suffix(suffix).unlink(missing_ok=True)
