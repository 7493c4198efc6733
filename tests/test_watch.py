"""`lkjip watch` driven by real saves: a round per save of the report's own files, the check's
findings at their positions before TeX, one engine pass for a save that moves nothing, and the last
good PDF kept through a bad save."""

import queue
import threading
import time

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.kinds import Period
from pipeline.watch import Report, watch

pytestmark = pytest.mark.build
YEAR = "banjar/aluh-aluh/2022.yaml"
WAIT = 90  # seconds for one round on a loaded machine


class Watching:
    """The watcher on its own thread; its lines arrive in a queue, in order."""

    def __init__(self, report: Report):
        self.lines: queue.Queue[str] = queue.Queue()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=watch, args=(report, self.lines.put, self.stop), daemon=True)
        self.thread.start()

    def until(self, ending: str) -> list[str]:
        """The lines up to and including the next that starts with `ending`."""
        seen, deadline = [], time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
            seen.append(line)
            if line.startswith(ending):
                return seen
        raise AssertionError(f"no line starting {ending!r} within {WAIT} s; got {seen}")

    def quiet_for(self, seconds: float) -> list[str]:
        time.sleep(seconds)
        found = []
        while not self.lines.empty():
            found.append(self.lines.get())
        return found

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "the watcher did not stop"


def test_each_save_rebuilds_and_a_bad_save_keeps_the_last_good_pdf(content_copy, tmp_path):
    report = Report(content_copy.root, tmp_path / "build", "aluh-aluh", 2022, Period.tahunan)
    watching = Watching(report)
    try:
        first = watching.until("watching")
        assert any(line.startswith("built in") for line in first), first
        assert sum(line.startswith("warning:") for line in first) == 9  # the seed's known warnings
        pdf = tmp_path / "build/aluh-aluh/2022/lkjip-aluh-aluh-2022.pdf"
        before = pdf.read_bytes()

        content_copy.append(YEAR, "naskah:\n  bab4.penutup: 'Laporan {{ nama }} ini ditutup dengan syukur.'\n")
        saved = watching.until("built in")
        assert saved[0] == f"saved: {content_copy.root / YEAR}" or saved[0].endswith(YEAR), saved
        assert not any(line.startswith("warning:") for line in saved)  # the 9 are counted, not repeated
        assert any("9 warnings (9 as before)" in line for line in saved)
        assert "1 engine pass" in saved[-1]  # nothing moved: the warm build needs one pass
        good = pdf.read_bytes()
        assert good != before

        content_copy.edit(YEAR, "tahun: 2022\n", "tahun: dua ribu\n")
        failed = watching.until("the last good PDF is unchanged")
        assert any(":14:8: tahun: expected a whole number" in line for line in failed), failed
        assert not any(line.startswith("checked") for line in failed)  # stopped before TeX
        assert pdf.read_bytes() == good

        (content_copy.root / "banjar/martapura-barat/2023.yaml").write_text("another kecamatan's save\n")
        assert watching.quiet_for(1.5) == []  # not an input of this report: no round
    finally:
        watching.close()


def test_the_command_names_a_missing_kecamatan_and_exits(tmp_path, content_copy):
    result = CliRunner().invoke(main, ["watch", "aluh-aluhh", "--content", str(content_copy.root)])
    assert result.exit_code == 4, result.output
    assert "aluh-aluh" in result.output  # the near name
