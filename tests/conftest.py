"""Shared fixtures: the real content, and editable copies of it for error cases."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from pipeline.compute.report import compute
from pipeline.content.load import load
from pipeline.content.locate import locate
from pipeline.kinds import Period

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"


# Every seed report, one per variant: Banjar annual (two), Banjar quarterly, Tanah Laut annual.
REPORTS = {
    "aluh-aluh-2022": ("aluh-aluh", 2022, Period.tahunan),
    "martapura-barat-2023": ("martapura-barat", 2023, Period.tahunan),
    "pengaron-2024-tw1": ("pengaron", 2024, Period.tw1),
    "pelaihari-2023": ("pelaihari", 2023, Period.tahunan),
}


def computed(report_id: str):
    kecamatan, year, period = REPORTS[report_id]
    return compute(load(locate(CONTENT, kecamatan, year, period), ROOT))


@pytest.fixture(scope="session")
def aluh_aluh():
    """Computed figures of the real Aluh-Aluh 2022 content."""
    return computed("aluh-aluh-2022")


@pytest.fixture(scope="session", params=sorted(REPORTS))
def seed_report(request):
    """Each seed report in turn, computed from its content."""
    return request.param, computed(request.param)


class ContentCopy:
    """A throw-away copy of content/ that a test may edit line by line."""

    def __init__(self, root: Path):
        self.root = root

    def edit(self, relative: str, old: str, new: str) -> None:
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def append(self, relative: str, text: str) -> None:
        path = self.root / relative
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

    def load(self, report_id: str = "aluh-aluh-2022"):
        kecamatan, year, period = REPORTS[report_id]
        return load(locate(self.root, kecamatan, year, period), self.root)


@pytest.fixture
def content_copy(tmp_path) -> ContentCopy:
    shutil.copytree(CONTENT, tmp_path / "content")
    return ContentCopy(tmp_path / "content")


# Every real build of the suite draws the same few charts: one chart cache for the whole run (shared
# by the xdist workers; drawings are named by their digest and moved into place atomically), so a
# chart is drawn once per run, not once per build directory. Tests of the cache itself pass their
# own directory.
os.environ.setdefault("LKJIP_CHART_CACHE", str(Path(tempfile.gettempdir()) / f"lkjip-test-charts-{os.getpid()}"))

# Property tests explore new random text on every local run; in CI (CI=true) they replay a
# fixed derivation so a red build always means a change, not a new random draw.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def builds(tmp_path_factory):
    """Each seed report built once per session (per xdist worker), on demand: its build result and
    the text of its pages (`pdftotext -layout`)."""
    from pipeline.build import build_report

    cache = {}

    def get(report_id: str):
        if report_id not in cache:
            kecamatan, year, period = REPORTS[report_id]
            result = build_report(CONTENT, tmp_path_factory.mktemp(report_id), kecamatan, year, period=period)
            text = subprocess.run(
                ["pdftotext", "-layout", str(result.pdf), "-"], check=True, capture_output=True, text=True
            ).stdout
            cache[report_id] = result, text.split("\f")[:-1]
        return cache[report_id]

    return get
