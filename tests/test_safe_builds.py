"""Fault injection: interrupted, killed, starved or refused builds leave nothing broken.

Each test starts from a good build, breaks the next one in a real way (signals to the real
process, a full filesystem, an immutable directory, missing tools) and asserts that the last
good PDF is byte-for-byte intact, no scratch directory or half-written PDF remains, and the
user gets one clear message.
"""

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.build import build_report
from pipeline.errors import ToolMissing
from pipeline.tex import tools
from tests.conftest import CONTENT, ROOT

pytestmark = pytest.mark.build
LKJIP = [sys.executable, "-m", "pipeline.cli"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def built_once(tmp_path_factory) -> Path:
    """One good build for the whole module: building costs seconds, copying it milliseconds."""
    build = tmp_path_factory.mktemp("good") / "build"
    build_report(CONTENT, build, "aluh-aluh", 2022)
    return build


@pytest.fixture
def good_build(built_once, tmp_path):
    """A build directory of the test's own holding one good PDF, and that PDF's hash."""
    build = shutil.copytree(built_once, tmp_path / "build")
    pdf = next(build.rglob("*.pdf"))
    return build, pdf, _sha(pdf)


def _changed_content(tmp_path: Path) -> Path:
    """Content whose report differs, so the next build really has to run TeX."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    path = copy / "banjar/aluh-aluh/2022.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("realisasi: 84.24", "realisasi: 84.25"), encoding="utf-8")
    return copy


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*") if p.name.startswith((".work-", ".lkjip")) or p.suffix == ".partial")


def _engine_processes_in(directory: Path) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and str(directory) in os.readlink(proc / "cwd"):
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def _start(args, cwd=ROOT, **kwargs):
    return subprocess.Popen(
        [*LKJIP, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_interrupt_during_tex_leaves_state_unchanged(good_build, tmp_path, sig):
    build, pdf, digest = good_build
    out = pdf.parent
    tex_before = (out / "tex" / "report.tex").read_bytes()
    process = _start(["build", "aluh-aluh", "--content", str(_changed_content(tmp_path)), "--build-dir", str(build)])
    deadline = time.monotonic() + 60
    while not any(out.glob(".work-*/report.log")):  # the engine has started writing
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert _sha(pdf) == digest
    assert (out / "tex" / "report.tex").read_bytes() == tex_before
    assert _leftovers(out) == []
    assert _engine_processes_in(out) == []


def test_scratch_of_a_killed_build_is_removed_next_time(good_build):
    build, pdf, _ = good_build
    abandoned = pdf.parent / ".work-999999999-abcd"
    abandoned.mkdir()
    (abandoned / "report.pdf").write_bytes(b"%PDF-1.5 half written")
    build_report(CONTENT, build, "aluh-aluh", 2022)
    assert not abandoned.exists()


def _full_filesystem(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
        ).returncode
        == 0
    )


def test_full_disk_keeps_last_good_pdf(good_build, tmp_path):
    build, pdf, digest = good_build
    small = tmp_path / "small"
    if not _full_filesystem(small, "600k"):
        pytest.skip("cannot mount a small tmpfs here (not root, or no mount permission)")
    try:
        out = small / "aluh-aluh" / "2022"
        out.mkdir(parents=True)
        shutil.copy2(pdf, out / pdf.name)  # the last good PDF, on a disk with no room for another
        shutil.copytree(pdf.parent / "tex", out / "tex")
        process = _start(
            ["build", "aluh-aluh", "--content", str(_changed_content(tmp_path)), "--build-dir", str(small)]
        )
        _, stderr = process.communicate(timeout=120)
        assert process.returncode != 0 and "Traceback" not in stderr, stderr
        assert "last good PDF is unchanged" in stderr
        assert _sha(out / pdf.name) == digest
        assert _leftovers(out) == []
    finally:
        subprocess.run(["umount", str(small)], check=False)


def test_read_only_output_directory(good_build, tmp_path):
    build, pdf, digest = good_build
    out = pdf.parent
    locked = subprocess.run(["chattr", "+i", str(out)], capture_output=True).returncode == 0
    if not locked:
        if os.geteuid() == 0:
            pytest.skip("root without chattr: a read-only directory cannot be made here")
        out.chmod(0o555)
    try:
        process = _start(
            ["build", "aluh-aluh", "--content", str(_changed_content(tmp_path)), "--build-dir", str(build)]
        )
        _, stderr = process.communicate(timeout=120)
    finally:
        subprocess.run(["chattr", "-i", str(out)], capture_output=True) if locked else out.chmod(0o755)
    assert process.returncode == 1, stderr
    assert "cannot write" in stderr and "last good PDF is unchanged" in stderr and "Traceback" not in stderr
    assert _sha(pdf) == digest


def test_missing_tex_is_one_line_naming_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH: no pdflatex, no kpsewhich
    tools.require_tex.cache_clear()
    with pytest.raises(ToolMissing) as info:
        tools.require_tex()
    tools.require_tex.cache_clear()
    message = info.value.message
    assert "\n" not in message and "pdflatex" in message
    assert "apt-get install texlive-binaries texlive-latex-base" in message


def test_missing_latex_file_names_its_package():
    missing = tools.missing_files({"tgtermes.sty": "tex-gyre", "no-such-package.sty": "texlive-latex-extra"})
    assert missing == {"no-such-package.sty": "texlive-latex-extra"}
    hint = tools.missing_file_hint("LaTeX Error: File `indonesian.ldf' not found.")
    assert hint == "install the Debian package texlive-lang-other"


def test_makefile_installs_every_package_the_build_needs():
    makefile = (ROOT / "Makefile").read_text()
    packages = set(tools.FILES.values()) | set(tools.PROGRAMS.values()) - {"texlive-binaries"}
    assert all(package in makefile for package in packages)


def test_engine_killed_mid_build(good_build, tmp_path):
    """SIGKILL to pdflatex itself, every time it starts (the build retries once from clean
    auxiliaries): a TeX failure is reported and the last good PDF stays intact."""
    build, pdf, digest = good_build
    out = pdf.parent
    process = _start(["build", "aluh-aluh", "--content", str(_changed_content(tmp_path)), "--build-dir", str(build)])
    deadline, killed = time.monotonic() + 120, 0
    while process.poll() is None:
        assert time.monotonic() < deadline
        for pid in (p for p in _engine_processes_in(out) if "pdflatex" in _cmdline(p)):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
                killed += 1
        time.sleep(0.01)
    _, stderr = process.communicate()
    assert killed >= 1
    assert process.returncode == 1 and "last good PDF is unchanged" in stderr and "Traceback" not in stderr, stderr
    assert _sha(pdf) == digest
    assert _leftovers(out) == []


def _cmdline(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_concurrent_builds_of_one_report_take_turns(tmp_path):
    build = tmp_path / "build"
    runs = [_start(["build", "aluh-aluh", "--build-dir", str(build)]) for _ in range(2)]
    for run in runs:
        _, stderr = run.communicate(timeout=180)
        assert run.returncode == 0, stderr
    pdf = build / "aluh-aluh" / "2022" / "lkjip-aluh-aluh-2022.pdf"
    reference = build_report(CONTENT, tmp_path / "reference", "aluh-aluh", 2022).pdf
    assert _sha(pdf) == _sha(reference)
    assert _leftovers(pdf.parent) == []


def test_text_off_the_page_fails_the_build_and_keeps_the_last_good_pdf(good_build, tmp_path, monkeypatch):
    """An overfull box beyond the tolerance (here made to appear by the engine's log reader) is a
    failed build: nothing is published, the message names the place, the last good PDF stays."""
    import pipeline.tex.compile
    from pipeline.errors import TexError
    from pipeline.tex.log import Overfull

    build, pdf, digest = good_build
    monkeypatch.setattr(pipeline.tex.compile, "overfull_boxes", lambda log: (Overfull(12.5, 50, "Aluh-Aluh"),))
    with pytest.raises(TexError) as failed:
        build_report(_changed_content(tmp_path), build, "aluh-aluh", 2022)
    assert "text runs off the page or out of its cell in 1 place" in failed.value.message
    assert "BAB I PENDAHULUAN" in failed.value.message and "12.5 pt too wide" in failed.value.message
    assert "the last good PDF is unchanged" in failed.value.message
    assert _sha(pdf) == digest and _leftovers(pdf.parent) == []
