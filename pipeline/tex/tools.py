"""The external programs and LaTeX files a build needs, checked before the engine runs.

A missing tool becomes one line naming the Debian package to install, instead of a TeX error
three screens into a log. The Makefile's APT_PACKAGES must cover every package named here
(a test checks it).
"""

import functools
import shutil
import subprocess

from pipeline.errors import ToolMissing

PROGRAMS = {"pdflatex": "texlive-latex-base", "kpsewhich": "texlive-binaries"}
FILES = {
    "indonesian.ldf": "texlive-lang-other",
    "tgtermes.sty": "tex-gyre",
    "qtmr.pfb": "tex-gyre",
    "microtype.sty": "texlive-latex-recommended",
    "pdflscape.sty": "texlive-latex-recommended",
    "setspace.sty": "texlive-latex-recommended",
    "multirow.sty": "texlive-latex-extra",
    "tocloft.sty": "texlive-latex-extra",
    "titlesec.sty": "texlive-latex-extra",
    "enumitem.sty": "texlive-latex-extra",
    "needspace.sty": "texlive-latex-extra",
    "tikz.sty": "texlive-pictures",
    "pgfplots.sty": "texlive-pictures",  # the charts (lkjchart.sty)
    "standalone.cls": "texlive-latex-extra",  # each chart is drawn as a document of its own
    "pdfx.sty": "texlive-latex-extra",
}
FIX = "run `make setup`, or `apt-get install {packages}`"


def missing_programs() -> dict[str, str]:
    return {tool: package for tool, package in PROGRAMS.items() if shutil.which(tool) is None}


def missing_files(files: dict[str, str] = FILES) -> dict[str, str]:
    """Files kpsewhich cannot find, with the Debian package that provides each."""
    found = subprocess.run(["kpsewhich", *files], capture_output=True, text=True).stdout.split()
    names = {path.rsplit("/", 1)[-1] for path in found}
    return {name: package for name, package in files.items() if name not in names}


@functools.cache
def require_tex() -> None:
    """Raise ToolMissing naming what to install; cached, so a batch checks once."""
    programs = missing_programs()
    if programs:
        packages = " ".join(sorted(set(programs.values())))
        raise ToolMissing(f"not installed: {', '.join(programs)}; " + FIX.format(packages=packages))
    files = missing_files()
    if files:
        names = ", ".join(f"{name} ({package})" for name, package in files.items())
        packages = " ".join(sorted(set(files.values())))
        raise ToolMissing(f"LaTeX files missing: {names}; " + FIX.format(packages=packages))


def missing_file_hint(log_message: str) -> str | None:
    """For a TeX 'File `x.sty' not found' error, the package to install."""
    for name, package in FILES.items():
        if f"`{name}'" in log_message:
            return f"install the Debian package {package}"
    if "not found" in log_message and "File `" in log_message:
        return "a LaTeX package is missing: `make setup` installs the ones lkjip uses"
    return None
