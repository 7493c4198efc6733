"""`make bench`: build times as ratios to the TeX engine's floor, batch scaling, memory.

The floor of a report is one plain pdflatex pass over its final .tex with its final auxiliary
files present (no precompiled format), timed in the same run as the build it is compared with:
machines are noisy, so the ratio is the figure that matters, not the seconds. The Python share of a
cold build is everything but the engine: load, validate, compute, present, write, the predicted
auxiliary files, comparing the feedback, splicing the front matter, publishing (in-process, so
without the interpreter's start and imports); the charts a cold build draws are their own column.
A chart costs once, when drawn (cached by its source); `charts` measures one drawn cold and a
rebuild of a report with six cached charts against the same report without them.
"""

import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.batch import discover, run_batch
from pipeline.build import build_report, source_date_epoch
from pipeline.content.load import load
from pipeline.content.locate import locate
from pipeline.kinds import Period
from pipeline.synth import synthesize
from pipeline.tex import charts as engine
from pipeline.tex.compile import engine_env
from pipeline.write.latex.document import LATEX_DIR

SEEDS = (
    ("aluh-aluh", 2022, Period.tahunan),
    ("martapura-barat", 2023, Period.tahunan),
    ("pengaron", 2024, Period.tw1),
    ("pelaihari", 2023, Period.tahunan),
)
REPEATS = 3


def _timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def floor(tex_dir: Path, epoch: int) -> float:
    """One plain engine pass over the final .tex, its aux files present.

    The fastest of REPEATS runs: the least disturbed by a noisy machine, as the cold build is.
    """
    with tempfile.TemporaryDirectory(prefix="lkjip-floor-") as scratch:
        work = Path(scratch) / "tex"
        shutil.copytree(tex_dir, work)
        env = engine_env(LATEX_DIR, epoch)
        command = ["pdflatex", "-interaction=nonstopmode", "-no-shell-escape", "report.tex"]
        runs = []
        for _ in range(REPEATS):
            seconds, _ = _timed(lambda: subprocess.run(command, cwd=work, env=env, capture_output=True, check=True))
            runs.append(seconds)
    return min(runs)


def seed_report(content: Path, kecamatan: str, year: int, period: Period) -> dict:
    """Cold builds (fresh directory, no aux) and seeded rebuilds against the floor of the same
    report's final .tex; each the fastest of REPEATS."""
    colds, pythons, passes, rebuilds, rebuild_passes, floors, charts_s = [], [], [], [], [], [], []
    for _ in range(REPEATS):
        with tempfile.TemporaryDirectory(prefix="lkjip-cold-") as scratch:
            drawing = engine.drawing_s
            seconds, result = _timed(lambda: build_report(content, Path(scratch), kecamatan, year, period=period))
            colds.append(seconds)
            charts_s.append(engine.drawing_s - drawing)  # the report's charts, drawn cold (not Python)
            pythons.append(seconds - result.compiled.engine_s - charts_s[-1])
            passes.append(result.compiled.passes)
            epoch = source_date_epoch(load(locate(content, kecamatan, year, period)))
            floors.append(floor(result.tex.parent, epoch))
            # a rebuild as while figures are corrected: the last good auxiliaries seed the engine
            seconds, again = _timed(lambda: build_report(content, Path(scratch), kecamatan, year, period=period))
            rebuilds.append(seconds)
            rebuild_passes.append(again.compiled.passes)
    cold, engine_floor = min(colds), min(floors)
    return {
        "report": f"{kecamatan} {year}" + ("" if period is Period.tahunan else f" {period.value}"),
        "pages": result.compiled.pages,
        "floor_s": round(engine_floor, 3),
        "cold_s": round(cold, 3),
        "ratio": round(cold / engine_floor, 2),
        "python_s": round(min(pythons), 3),
        "charts_s": round(min(charts_s), 3),
        "passes": max(passes),
        "rebuild_s": round(min(rebuilds), 3),
        "rebuild_ratio": round(min(rebuilds) / engine_floor, 2),
        "rebuild_passes": max(rebuild_passes),
    }


def batch(content: Path, synthetic: Path, build_root: Path) -> dict:
    """20 synthetic kecamatan with 1 and 2 workers; then a no-change rebuild of everything."""
    synthesize(content, synthetic, 20, seed=2026, base="aluh-aluh", year=2022)
    jobs = discover(synthetic, None)
    times = {}
    for workers in (1, 2):
        shutil.rmtree(build_root, ignore_errors=True)
        times[workers], outcomes = _timed(lambda workers=workers: run_batch(jobs, build_root, workers))
        failed = [o for o in outcomes if o.status != "built"]
        if failed:
            raise RuntimeError(f"synthetic batch failed: {failed[0].message}")
    unchanged, _ = _timed(lambda: run_batch(jobs, build_root, 2))
    return {
        "reports": len(jobs),
        "one_worker_s": round(times[1], 2),
        "two_workers_s": round(times[2], 2),
        "parallel_efficiency": round(times[1] / (2 * times[2]), 2),
        "no_change_s": round(unchanged, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def startup() -> dict:
    """The command line's own start: `lkjip --version` (imports nothing of the pipeline) and the
    import of everything a build needs, each in a fresh interpreter, the fastest of REPEATS."""
    lkjip = str(Path(sys.executable).with_name("lkjip"))
    version = min(
        _timed(lambda: subprocess.run([lkjip, "--version"], capture_output=True, check=True))[0] for _ in range(REPEATS)
    )
    imports = [sys.executable, "-c", "import pipeline.build"]
    loaded = min(_timed(lambda: subprocess.run(imports, capture_output=True, check=True))[0] for _ in range(REPEATS))
    return {"version_s": round(version, 3), "import_build_s": round(loaded, 3)}


def run(content: Path, out: Path) -> dict:
    from pipeline import bench_charts  # it times with this module's helpers

    with tempfile.TemporaryDirectory(prefix="lkjip-bench-") as scratch:
        root = Path(scratch)
        figures = {
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
            "seed_reports": [seed_report(content, *seed) for seed in SEEDS],
            "batch": batch(content, root / "synthetic", root / "build"),
            "startup": startup(),
            "charts": bench_charts.charts(content, root / "charts"),
        }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return figures


def table(figures: dict) -> str:
    rows = [
        (
            "report",
            "pages",
            "floor (s)",
            "cold (s)",
            "cold/floor",
            "passes",
            "python (s)",
            "charts (s)",
            "rebuild/floor",
            "passes",
        )
    ]
    rows += [
        (
            r["report"],
            str(r["pages"]),
            f"{r['floor_s']:.2f}",
            f"{r['cold_s']:.2f}",
            f"{r['ratio']:.2f}",
            str(r["passes"]),
            f"{r['python_s']:.2f}",
            f"{r['charts_s']:.2f}",
            f"{r['rebuild_ratio']:.2f}",
            str(r["rebuild_passes"]),
        )
        for r in figures["seed_reports"]
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    b = figures["batch"]
    lines += [
        "",
        f"batch of {b['reports']} synthetic kecamatan: 1 worker {b['one_worker_s']:.1f} s, "
        f"2 workers {b['two_workers_s']:.1f} s, parallel efficiency {b['parallel_efficiency']:.2f}",
        f"no-change rebuild of the {b['reports']}: {b['no_change_s']:.2f} s; "
        f"peak memory of a worker or engine process: {b['peak_rss_mb']:.0f} MB",
        f"lkjip --version: {figures['startup']['version_s']:.2f} s; importing the pipeline (once per "
        f"command, not in the python column): {figures['startup']['import_build_s']:.2f} s",
    ]
    c = figures.get("charts")
    if c:
        lines.append(
            f"one chart drawn cold: {c['chart_cold_s']:.2f} s; rebuild with six cached charts "
            f"{c['rebuild_with_six_s']:.2f} s against {c['rebuild_without_s']:.2f} s without "
            f"(x{c['rebuild_ratio']:.2f}; charts counted: {c['charts_in_report']})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(run(Path("content").resolve(), Path("build").resolve() / "bench.json")))
