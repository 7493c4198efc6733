"""Batch builds: every kecamatan at once, failures isolated, unchanged reports skipped."""

import re
import shutil

import pytest
from click.testing import CliRunner

from pipeline.batch import discover, run_batch
from pipeline.cli import main
from pipeline.errors import EXIT
from pipeline.kinds import Period
from tests.conftest import CONTENT

pytestmark = pytest.mark.build


@pytest.fixture
def two_kabupaten(tmp_path):
    """banjar/aluh-aluh (good), banjar/rusak (bad content), tala/aluh-kembar (a second kabupaten)."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    shutil.copytree(root / "banjar/aluh-aluh", root / "banjar/rusak")
    broken = root / "banjar/rusak/2022.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("realisasi: 1752598421", "realisasi: 1984707841"), encoding="utf-8"
    )
    (root / "tala").mkdir()
    shutil.copy2(root / "banjar/kabupaten.yaml", root / "tala/kabupaten.yaml")
    shutil.copy2(root / "banjar/lambang.png", root / "tala/lambang.png")
    shutil.copytree(root / "banjar/laporan", root / "tala/laporan")
    shutil.copytree(root / "banjar/aluh-aluh", root / "tala/aluh-kembar")
    return root


def test_discover_builds_the_period_a_year_file_is_ready_for(two_kabupaten):
    """Pengaron 2024 is signed for Triwulan I only: the batch builds its TW I report, not the annual."""
    periods = {j.kecamatan_slug: j.label for j in discover(two_kabupaten, None)}
    assert periods["pengaron"] == "2024-tw1" and periods["pelaihari"] == "2023" and periods["aluh-aluh"] == "2022"
    quarter = discover(two_kabupaten, None, period=Period.tw1)
    assert [j.label for j in quarter] == ["2024-tw1"]  # only Pengaron's year file has a Triwulan I
    assert "pengaron" not in {j.kecamatan_slug for j in discover(two_kabupaten, 2024, period=Period.tahunan)}


def test_discover_by_year_and_kabupaten(two_kabupaten):
    slugs = lambda jobs: [(j.kabupaten_slug, j.kecamatan_slug, j.year) for j in jobs]  # noqa: E731
    assert slugs(discover(two_kabupaten, 2022)) == [
        ("banjar", "aluh-aluh", 2022),
        ("banjar", "rusak", 2022),
        ("tala", "aluh-kembar", 2022),
    ]
    assert slugs(discover(two_kabupaten, None, "tala")) == [("tala", "aluh-kembar", 2022)]
    assert discover(two_kabupaten, 2019) == []


def test_failures_are_isolated_and_unchanged_reports_skipped(two_kabupaten, tmp_path):
    build = tmp_path / "build"
    first = run_batch(discover(two_kabupaten, 2022), build, workers=2)
    assert [o.status for o in first] == ["built", "failed", "built"]
    assert "2022.yaml:" in first[1].message and "exceeds pagu" in first[1].message
    assert first[0].pages == first[2].pages >= 30

    again = run_batch(discover(two_kabupaten, 2022), build, workers=2)
    assert [o.status for o in again] == ["unchanged", "failed", "unchanged"]

    kabupaten = two_kabupaten / "banjar/kabupaten.yaml"
    kabupaten.write_text(kabupaten.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    after = run_batch(discover(two_kabupaten, 2022), build, workers=1)
    assert [o.status for o in after] == ["built", "failed", "unchanged"]  # exactly banjar's kecamatan


def test_cli_summary_and_exit_code(two_kabupaten, tmp_path):
    result = CliRunner().invoke(
        main,
        ["build", "--all", "--year", "2022", "--content", str(two_kabupaten), "--build-dir", str(tmp_path / "build")]
        + ["-j", "2"],
    )
    assert result.exit_code == 1
    assert "3 reports: 2 built, 0 unchanged, 1 failed" in result.output
    # no terminal here: a line per finished report instead of a bar, and each report's warnings
    assert re.search(r"^\[\d/3\] banjar/aluh-aluh 2022: built, \d+ pages, 9 warnings, [\d.]+ s$", result.output, re.M)
    assert re.search(r"^\[\d/3\] banjar/rusak 2022: failed, [\d.]+ s$", result.output, re.M)
    assert "\nbanjar/aluh-aluh 2022: 9 warnings\n  warning: " in result.output
    assert "banjar/rusak 2022:" in result.output and "exceeds pagu" in result.output
    usage = CliRunner().invoke(main, ["build", "aluh-aluh", "--all"])
    assert usage.exit_code == EXIT["usage"] and "either KECAMATAN or --all" in usage.output


def test_a_year_being_filled_in_is_not_a_failure(tmp_path):
    """In January `lkjip new` starts the year: the batch says how much is left to fill, and exits 0."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    rolled = CliRunner().invoke(main, ["new", "aluh-aluh", "--year", "2023", "--content", str(root)])
    assert rolled.exit_code == 0, rolled.output
    result = CliRunner().invoke(
        main, ["build", "--all", "--kabupaten", "banjar", "--content", str(root), "--build-dir", str(tmp_path / "b")]
    )
    assert result.exit_code == 0, result.output
    assert re.search(r"^aluh-aluh\s+2023\s+unfilled\s", result.output, re.M), result.output
    assert "3 reports: 2 built, 0 unchanged, 1 unfilled, 0 failed" in result.output
    assert "banjar/aluh-aluh 2023: 73 values not filled yet (24 realisasi indikator" in result.output


def test_a_dask_worker_says_unfilled_too(tmp_path):
    """The same year on a cluster: the worker's result is `unfilled` with the count, not a failure."""
    from pipeline.batch import _remote_outcome
    from pipeline.content.locate import locate
    from pipeline.remote import publish_result, run_task, task

    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    assert CliRunner().invoke(main, ["new", "aluh-aluh", "--year", "2023", "--content", str(root)]).exit_code == 0
    files = locate(root, "aluh-aluh", 2023, Period.tahunan)
    result = run_task(task(files))
    assert (result.status, result.pdf) == ("unfilled", None)
    assert result.message.startswith("73 values not filled yet (24 realisasi indikator")
    outcome = _remote_outcome(files, tmp_path / "build", result, publish_result)
    assert (outcome.status, outcome.message) == ("unfilled", result.message)
