"""`lkjip watch`: a live preview, the report rebuilt on every save of one of its inputs.

The inputs are the ones the build digests (`inputs.input_files`: the report's three content files,
the kabupaten's outlines, the images they name), read again after every round, since a saved outline
may name another. Each round checks the content first and prints what it finds at once, every
problem at its file:line:column, before TeX starts; then it builds. The build directory keeps the
last pass's auxiliary files, so a save that moves no heading, table or page number costs one engine
pass. A round that fails leaves the last good PDF in place, where a viewer that reloads a changed
file (Evince, Okular, Zathura, SumatraPDF) goes on showing it; `--viewer` starts one on it.

Saves arrive in bursts (an editor writes a file, then renames it; a spreadsheet import writes
several values): events within `DEBOUNCE_MS` are one round.
"""

import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import LkjipError, Problem
from pipeline.kinds import Period

DEBOUNCE_MS = 300


@dataclass(frozen=True)
class Report:
    """Which report is watched, and where it is built."""

    content_root: Path
    build_root: Path
    kecamatan: str
    year: int | None
    period: Period = Period.tahunan


def inputs(report: Report) -> frozenset[Path]:
    """The files whose save starts a round (resolved, as the watcher names them)."""
    from pipeline.content.locate import locate
    from pipeline.inputs import input_files

    files = locate(report.content_root, report.kecamatan, report.year, report.period)
    return frozenset(path.resolve() for path in input_files(files))


def one_round(report: Report, say: Callable[[str], None], known: set[str]) -> Path | None:
    """Check, then build; the PDF when the round built one, None when it stopped at a problem.

    The warnings a round shares with the rounds before it are counted, not printed again: a save
    shows what it changed. `known` holds them, across rounds."""
    from pipeline.build import build_report

    started = time.monotonic()

    def checked(warnings: tuple[Problem, ...]) -> None:
        lines = [str(w) for w in warnings]
        new = [line for line in lines if line not in known]
        for line in new:
            say(f"warning: {line}")
        count = f"{len(lines)} warning{'s' if len(lines) != 1 else ''}"
        again = len(lines) - len(new)
        say(f"checked: no errors, {count}{f' ({again} as before)' if known and again else ''}; typesetting")
        known.clear()
        known.update(lines)

    try:
        result = build_report(
            report.content_root,
            report.build_root,
            report.kecamatan,
            report.year,
            period=report.period,
            on_checked=checked,
        )
    except LkjipError as exc:
        say(f"error: {exc.format_message()}")
        say("the last good PDF is unchanged; waiting for the next save")
        return None
    passes = result.compiled.passes
    runs = f"{passes} engine pass{'es' if passes != 1 else ''}" if passes else "up to date, TeX not run"
    took = time.monotonic() - started
    say(f"built in {took:.1f} s: {result.compiled.pages} pages, {runs} -> {shown(result.pdf)}")
    return result.pdf


def watch(
    report: Report,
    say: Callable[[str], None],
    stop: threading.Event | None = None,
    viewer: Sequence[str] = (),
) -> None:
    """Build once, then once per burst of saves of the report's inputs, until `stop` is set (or Ctrl-C)."""
    import watchfiles

    watched, known = inputs(report), set()
    pdf = one_round(report, say, known)
    opened = _open(viewer, pdf, say) if pdf else False
    root = report.content_root.resolve()
    say(f"watching {len(watched)} files under {shown(root)}; Ctrl-C stops")
    changes = watchfiles.watch(
        root,
        watch_filter=lambda change, path: Path(path) in watched,
        debounce=DEBOUNCE_MS,
        stop_event=stop,
        raise_interrupt=False,
    )
    for batch in changes:
        saved = sorted({Path(path) for _, path in batch})
        say(f"saved: {', '.join(shown(path) for path in saved)}")
        pdf = one_round(report, say, known)
        if pdf and not opened:
            opened = _open(viewer, pdf, say)
        watched = _inputs_or(report, watched)


def _inputs_or(report: Report, last: frozenset[Path]) -> frozenset[Path]:
    """The inputs after a round; the last known ones while the content cannot say (a broken outline)."""
    try:
        return inputs(report)
    except LkjipError:
        return last


def _open(viewer: Sequence[str], pdf: Path, say: Callable[[str], None]) -> bool:
    """Start the viewer on the PDF, detached (it reloads the file itself when a round replaces it);
    True once started, or when there is none to start."""
    if not viewer:
        return True
    try:
        subprocess.Popen(
            [*viewer, str(pdf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
    except OSError as exc:
        say(f"warning: cannot start the viewer {viewer[0]}: {exc.strerror or exc}; open {shown(pdf)} yourself")
    return True


def shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
