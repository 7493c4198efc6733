"""Draw the report's charts to PDF, each once: a chart's PDF is cached by what makes its bytes.

A chart is a standalone document (`pipeline.write.latex.charts.chart_source`) run through the same
engine, with the same safety, as the report (`-no-shell-escape`, `-halt-on-error`, writes confined
to its directory, its own process group): one pass, in a scratch directory under the cache. The
cache key is the SHA-256 of its source, of `lkjchart.sty` and of the TeX versions
(`inputs.tool_versions`), so an edited style or an upgraded TeX Live draws again; the PDF is moved
into the cache by an atomic rename, so a killed build never leaves half a file there, and two
builds drawing the same chart at once write the same bytes. The chart's PDF carries no date, ID or
file name of its own (its preamble), so the same chart gives the same bytes anywhere.
"""

import functools
import hashlib
import os
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pipeline.errors import TexError
from pipeline.inputs import tool_versions
from pipeline.resources import latex_dir
from pipeline.system import alive
from pipeline.tex.compile import _pass, engine_env
from pipeline.tex.log import first_error
from pipeline.tex.tools import require_tex

CACHE = Path(".cache") / "charts"  # under the build root
# A drawn chart is a PDF, but not named `.pdf`, in the cache or beside the report's source: the
# PDFs under a build directory are its reports (lkjip.cls includes it as a PDF all the same).
SUFFIX = ".chart"
SCRATCH = ".draw-"
EPOCH = 0  # the chart's PDF has no date; the engine still gets a fixed one
runs = 0  # engine runs of this process (tests and `make bench` read them)
drawing_s = 0.0  # wall time spent drawing charts not in the cache


_lock = threading.Lock()


def _count() -> None:
    global runs
    with _lock:
        runs += 1


CACHE_VARIABLE = "LKJIP_CHART_CACHE"


def cache_dir(build_root: Path) -> Path:
    """Where drawn charts are kept: under the build root, or in the directory `LKJIP_CHART_CACHE`
    names, which several build roots may share (a chart's name is its source's digest with the
    engine's and the style's versions, so a shared cache never serves a stale drawing)."""
    shared = os.environ.get(CACHE_VARIABLE)
    return Path(shared) if shared else build_root / CACHE


@functools.cache
def _versions() -> bytes:
    style = (latex_dir() / "lkjchart.sty").read_bytes()
    return "\0".join(tool_versions()).encode() + b"\0" + style


def cache_key(source: str) -> str:
    return hashlib.sha256(source.encode() + b"\0" + _versions()).hexdigest()


def draw(source: str, cache: Path) -> Path:
    """The PDF of one chart's source, from the cache or drawn into it."""
    cached = cache / f"{cache_key(source)}{SUFFIX}"
    if cached.exists():
        return cached
    require_tex()
    cache.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(cache)
    scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH}{os.getpid()}-", dir=cache))
    try:
        tex = scratch / "chart.tex"
        tex.write_text(source, encoding="utf-8")
        _count()
        code, output, log = _pass(tex, engine_env(latex_dir(), EPOCH))
        if code != 0 or not tex.with_suffix(".pdf").exists():
            diagnosis = first_error(log)
            raise TexError(f"LaTeX failed on a chart:\n  {diagnosis or output[-2000:]}")
        os.replace(tex.with_suffix(".pdf"), cached)  # same filesystem: atomic
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return cached


def draw_charts(sources: dict[str, str | bytes], cache: Path) -> dict[str, bytes]:
    """For every chart source among the engine's inputs (`chart-<hex>.tex`), its PDF (`chart-<hex>.chart`).

    Charts not in the cache are drawn side by side, one engine each (a chart is one short pass).
    """
    charts = {
        name[: -len(".tex")] + SUFFIX: source
        for name, source in sorted(sources.items())
        if name.startswith("chart-") and name.endswith(".tex") and isinstance(source, str)
    }
    missing = [source for source in charts.values() if not (cache / f"{cache_key(source)}{SUFFIX}").exists()]
    start = time.perf_counter()
    if len(missing) > 1:
        pool = ThreadPoolExecutor(max_workers=min(len(missing), os.cpu_count() or 1))
        try:
            for future in [pool.submit(draw, source, cache) for source in missing]:
                future.result()  # the first failure raises here
        finally:  # interrupted or failed: no chart starts any more; those running end within a pass
            pool.shutdown(wait=True, cancel_futures=True)
    drawn = {name: draw(source, cache).read_bytes() for name, source in charts.items()}
    if missing:
        global drawing_s
        drawing_s += time.perf_counter() - start
    return drawn


def _remove_abandoned(cache: Path) -> None:
    """Scratch directories of draws whose build was killed (SIGKILL leaves no chance to clean)."""
    for stale in cache.glob(f"{SCRATCH}*"):
        pid = stale.name[len(SCRATCH) :].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
