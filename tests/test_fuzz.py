"""Mutation fuzzing of the real content: every mutant ends in a good report or a positioned error.

Each case deletes, duplicates, reorders, truncates, retypes or swaps one node of one content file
of a seed report (`tests/mutations.py`) and runs `prepare`, all that `lkjip check` and
`lkjip build` do before TeX. The case passes when the report is made, or refused with a
`ContentError` whose every problem points into a content file, or with `ContentNotFound` (a
year file that no longer holds the period asked for, exit 4). Anything else — an exception that
is no `LkjipError`, an error without a position, more than 10 s — fails the test, which names
every failing (file, seed) and mutation. The seeds are fixed, so CI replays the same cases; a
case is rebuilt with `python -m tests.mutations content FILE SEED`.

A build test then takes a few mutants to TeX: what the checks accept must compile, and what
they refuse must leave the last good PDF as it was.
"""

import shutil
import signal
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from pipeline.build import build_report, prepare, report_warnings
from pipeline.content.load import load
from pipeline.content.locate import ReportFiles, locate
from pipeline.errors import ContentError, ContentNotFound, LkjipError, Problem
from pipeline.kinds import Period
from tests.conftest import CONTENT, REPORTS, ROOT
from tests.mutations import Mutant, Mutator, mutator

FUZZED = {**REPORTS, "teluk-kemuning-2024": ("teluk-kemuning", 2024, Period.tahunan)}
ROLES = ("year", "kecamatan", "kabupaten", "outline")
# Mutants per file of each report, more where a case is cheap (about 25 ms for Aluh-Aluh, 100 ms
# for Pelaihari and Teluk Kemuning): 4 files x 250 = 1,000 cases, 1,010 with FOUND_SEEDS. Each
# report has its own seeds, so a file two reports share (banjar/kabupaten.yaml) is mutated
# differently under each.
CASES = {
    "aluh-aluh-2022": 140,
    "martapura-barat-2023": 40,
    "pengaron-2024-tw1": 40,
    "pelaihari-2023": 15,
    "teluk-kemuning-2024": 15,
}
SEED_BASE = {report: 1000 * n for n, report in enumerate(sorted(FUZZED))}
# Seeds of longer exploring runs that found a bug (each also a hand-written mutant below), kept.
FOUND_SEEDS = {
    ("pelaihari-2023", "year"): (100144, 200085),
    ("pengaron-2024-tw1", "year"): (100108, 100129, 100168),
    ("teluk-kemuning-2024", "kecamatan"): (200073,),
    ("teluk-kemuning-2024", "outline"): (4018, 4021, 4047, 200259),
}
DEADLINE = 10


class Hang(BaseException):
    """Raised by the alarm; a BaseException, so no `except Exception` of the pipeline hides it."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Stop the code inside after `seconds` of wall time with `Hang`."""

    def stop(signum, frame):
        raise Hang

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def report_files(root: Path, report: str) -> ReportFiles:
    kecamatan, year, period = FUZZED[report]
    return locate(root, kecamatan, year, period)


def fuzzed_file(report: str, role: str) -> str:
    """The content file of `report` in `role`, relative to the content directory."""
    files = report_files(CONTENT, report)
    if role == "outline":
        return str(load(files, CONTENT).sources["outline"].path)
    path = {"year": files.report, "kecamatan": files.kecamatan, "kabupaten": files.kabupaten}[role]
    return str(path.relative_to(CONTENT))


def seeds(report: str, role: str | None = None) -> list[int]:
    """The fixed seeds of a report's files, and those that found a bug in the file in `role`."""
    first = SEED_BASE[report]
    return [*range(first, first + CASES[report]), *FOUND_SEEDS.get((report, role), ())]


@contextmanager
def written(root: Path, mutant: Mutant) -> Iterator[None]:
    """The mutant in place of its file for the time of the block."""
    path = root / mutant.file
    original = path.read_bytes()
    path.write_text(mutant.text, encoding="utf-8")
    try:
        yield
    finally:
        path.write_bytes(original)


def misplaced(problem: Problem, root: Path) -> str | None:
    """Why a problem's position does not lead into the content, or None when it does."""
    path = problem.file if problem.file.is_absolute() else Path.cwd() / problem.file
    if not path.resolve().is_relative_to(root.resolve()) or not path.is_file():
        return f"names {problem.file}, not a file of the content directory"
    lines = path.read_text(encoding="utf-8").count("\n") + 1
    if not (1 <= problem.line <= lines and problem.column >= 1):
        return f"has position {problem.line}:{problem.column} outside {path.name} ({lines} lines)"
    return None


def outcome(root: Path, report: str) -> str | None:
    """Run the report as `lkjip check` does; None when it ends as allowed, else what went wrong."""
    try:
        with deadline(DEADLINE):
            computed, _ = prepare(report_files(root, report))
            problems = report_warnings(computed)
    except Hang:
        return f"no answer within {DEADLINE} s"
    except ContentError as exc:
        problems = exc.problems
        if "Traceback" in exc.message:
            return "a traceback in the message"
    except ContentNotFound:
        return None
    except LkjipError as exc:
        return f"{type(exc).__name__} (exit {exc.exit_code}) without a position: {exc.message[:300]}"
    except Exception as exc:  # any other exception is the bug this test looks for
        return f"{type(exc).__name__}: {str(exc)[:300]} at {last_frame(exc)}"
    for problem in problems:
        if why := misplaced(problem, root):
            return f"problem {problem} {why}"
    return None


def last_frame(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    where = Path(frame.filename)
    shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
    return f"{shown}:{frame.lineno} in {frame.name}"


def try_mutant(root: Path, report: str, mutant: Mutant) -> str | None:
    """Write the mutant into the copy, run the report, put the file back; None when allowed."""
    with written(root, mutant):
        return outcome(root, report)


@pytest.fixture(scope="module")
def content_root(tmp_path_factory) -> Path:
    """One copy of content/ for the whole module: each case restores the one file it changed."""
    root = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(CONTENT, root)
    return root


def case_id(report: str, role: str) -> str:
    """`aluh-aluh-2022-year-seeds0-139`, the seeds a failure names; `-and-found` adds FOUND_SEEDS."""
    fixed = seeds(report)
    return f"{report}-{role}-seeds{fixed[0]}-{fixed[-1]}" + ("-and-found" if (report, role) in FOUND_SEEDS else "")


FUZZ_CASES = [pytest.param(report, role, id=case_id(report, role)) for report in sorted(FUZZED) for role in ROLES]
# Half the (report, file) loops run in test_fuzz_second.py: a test file stays on one xdist worker,
# so two files let `make test` run the halves side by side.
FIRST_HALF, SECOND_HALF = FUZZ_CASES[::2], FUZZ_CASES[1::2]


@pytest.mark.parametrize(("report", "role"), FIRST_HALF)
def test_every_mutant_is_built_or_refused_with_positions(content_root, report, role):
    fuzz(content_root, report, role)


def fuzz(content_root: Path, report: str, role: str) -> None:
    """Every seed of one (report, file) loop: each mutant built to the engine's inputs or refused
    with positions; all failures of the loop reported together."""
    name = fuzzed_file(report, role)
    engine = mutator(CONTENT / name, name)
    failures = []
    for seed in seeds(report, role):
        mutant = engine.mutant(seed)
        if why := try_mutant(content_root, report, mutant):
            failures.append(f"{mutant}\n    -> {why}")
    summary = f"{len(failures)} of {len(seeds(report, role))} mutants of {name} under {report} (rebuild one with"
    summary += f" `python -m tests.mutations content {name} SEED`):"
    assert not failures, "\n".join([summary, *failures])


@pytest.mark.parametrize("name", ["banjar/aluh-aluh/kecamatan.yaml", "banjar/laporan/tahunan.yaml"])
def test_a_mutant_reads_back_as_its_whole_tree_rewritten(name):
    """The splice of one unit is the mutation the test names: libyaml, as the pipeline reads
    files, sees the same data as in the whole mutated tree dumped by ruamel; and it is the same
    text every time."""
    spliced, whole = Mutator(CONTENT / name, name), Mutator(CONTENT / name, name, whole_file=True)
    for seed in range(30):
        mutant = spliced.mutant(seed)
        assert mutant == Mutator(CONTENT / name, name).mutant(seed)
        assert mutant.text != spliced.text or mutant.mutation.startswith(("swap", "reorder")), mutant
        assert _plain(mutant.text) == _plain(whole.mutant(seed).text), mutant


def _plain(text: str):
    return yaml.load(text, Loader=yaml.CSafeLoader)


# Bugs the fuzzer found, each as the smallest hand-written mutant: (report, file, text, what every
# occurrence of it becomes, words of the message that now refuses it at its position).
FOUND = [
    pytest.param(
        "martapura-barat-2023",
        "banjar/martapura-barat/2023.yaml",
        "pagu: 1633431429 ",
        "pagu: 1" + "0" * 400 + " ",
        "too large: a figure has at most 15 digits",
        id="a-huge-pagu-overflowed-the-rounding",
    ),
    pytest.param(
        "aluh-aluh-2022",
        "banjar/aluh-aluh/2022.yaml",
        "target: 73 ",
        "target: 1000000000000000000000000000000 ",
        "too large: a figure has at most 15 digits",
        id="a-huge-target-overflowed-the-rounding",
    ),
    pytest.param(
        "pelaihari-2023",
        "tanah-laut/pelaihari/2023.yaml",
        "jenis: non_perizinan, jumlah: 143}",
        "jenis: non_perizinan, jumlah: 1000000000000000000000000000000}",
        "too large: a figure has at most 15 digits",
        id="a-huge-count-overflowed-the-rounding",
    ),
    pytest.param(
        "pengaron-2024-tw1",
        "banjar/pengaron/2024.yaml",
        "1: {target: 35, realisasi: 35}",
        "1: {target: 35, realisasi: -35}",
        "greater than or equal to 0",
        id="a-negative-quarter-made-a-negative-capaian",
    ),
    pytest.param(
        "pelaihari-2023",
        "tanah-laut/pelaihari/2023.yaml",
        "2022: {target: 60, realisasi: 62.67}",
        "2022: {target: 60, realisasi: -62.67}",
        "greater than or equal to 0",
        id="a-negative-history-realisasi-made-a-negative-capaian",
    ),
    pytest.param(
        "teluk-kemuning-2024",
        "tanjung-selasih/laporan/tahunan.yaml",
        "\n            - {isi: indikator, lebar: 6}",
        "\n            - {isi: indikator, lebar: 6}" * 2,
        "column 'indikator' is listed twice",
        id="a-column-listed-twice-broke-the-table",
    ),
    pytest.param(
        "teluk-kemuning-2024",
        "tanjung-selasih/laporan/tahunan.yaml",
        "\n    - Bab ",
        "\n    Bab ",
        "`bab1.sistematika` is a list",
        id="a-list-text-reworded-as-prose-made-an-empty-list",
    ),
    pytest.param(
        "teluk-kemuning-2024",
        "tanjung-selasih/teluk-kemuning/kecamatan.yaml",
        "    golongan: IV/a\n",
        "",
        "a placeholder cannot be printed",
        id="the-pangkat-of-a-camat-without-golongan-raised-a-key-error",
    ),
]


@pytest.mark.parametrize(("report", "name", "old", "new", "words"), FOUND)
def test_a_mutant_the_fuzzer_found_is_refused_at_its_position(content_root, report, name, old, new, words):
    text = (CONTENT / name).read_text(encoding="utf-8")
    assert old in text, f"{old!r} is no longer in {name}"
    with written(content_root, Mutant(name, 0, f"{old!r} -> {new!r}", text.replace(old, new))):
        with pytest.raises(ContentError) as refused, deadline(DEADLINE):
            prepare(report_files(content_root, report))
        assert any(words in problem.message for problem in refused.value.problems), refused.value.message
        assert all(misplaced(problem, content_root) is None for problem in refused.value.problems)


# The build test: a few mutants of these reports go through TeX. Aluh-Aluh is the quickest to
# typeset; Teluk Kemuning's outline declares its own sections and tables.
BUILT = ("aluh-aluh-2022", "teluk-kemuning-2024")
ACCEPTED_BUILT, REFUSED_BUILT = 3, 2


def picked(root: Path, report: str) -> tuple[list[Mutant], list[Mutant]]:
    """The first mutants, in seed order and taking each file in turn, that the checks accept and
    that they refuse; the same every run."""
    accepted, refused = [], []
    engines = [mutator(CONTENT / name, name) for name in (fuzzed_file(report, role) for role in ROLES)]
    for seed in seeds(report):
        for engine in engines:
            mutant = engine.mutant(seed)
            with written(root, mutant):
                try:
                    prepare(report_files(root, report))
                except ContentError:
                    refused.append(mutant)
                else:
                    accepted.append(mutant)
        if len(accepted) >= ACCEPTED_BUILT and len(refused) >= REFUSED_BUILT:
            return accepted[:ACCEPTED_BUILT], refused[:REFUSED_BUILT]
    raise AssertionError(f"the seeds of {report} give too few mutants to build")


@pytest.mark.build
@pytest.mark.parametrize("report", BUILT)
def test_accepted_mutants_build_and_refused_ones_keep_the_last_good_pdf(tmp_path, report):
    root, build = tmp_path / "content", tmp_path / "build"
    shutil.copytree(CONTENT, root)
    kecamatan, year, period = FUZZED[report]
    accepted, refused = picked(root, report)
    pdf = build_report(root, build, kecamatan, year, period=period).pdf
    for mutant in accepted:
        with written(root, mutant):
            try:
                built = build_report(root, build, kecamatan, year, period=period)
            except LkjipError as exc:
                pytest.fail(f"{mutant}: passed the checks but did not build: {exc.message}")
        assert built.pdf == pdf and pdf.read_bytes().startswith(b"%PDF"), mutant
    last_good = pdf.read_bytes()
    for mutant in refused:
        with written(root, mutant), pytest.raises(ContentError):
            build_report(root, build, kecamatan, year, period=period)
        assert pdf.read_bytes() == last_good, f"{mutant}: a refused build changed the last good PDF"
