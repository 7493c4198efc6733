"""lkjip as a kabupaten's IT staff install it: the wheel in a fresh virtual environment, outside
the checkout, building from a content directory of its own, and serving as a Dask worker.

What the checkout has and the wheel lacks (a template, the class, a style file) fails here first.
"""

import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import distributed
import pytest
from click.testing import CliRunner

from pipeline.batch import discover, run_batch
from pipeline.cli import main
from tests.conftest import CONTENT, ROOT

pytestmark = pytest.mark.build


def _run(*command, **options) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=600, **options)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ directory of a fresh venv with the wheel built from this tree (and its Dask extra,
    at the versions the tests' own client runs)."""
    scratch = tmp_path_factory.mktemp("install")
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", scratch / "wheel", ROOT)
    assert built.returncode == 0, built.stderr
    wheel = next((scratch / "wheel").glob("lkjip-*.whl"))
    venv = scratch / "venv"
    assert _run(sys.executable, "-m", "venv", venv).returncode == 0
    pins = [f"{name}=={version(name)}" for name in ("dask", "distributed")]
    done = _run(venv / "bin" / "pip", "install", "--quiet", "--disable-pip-version-check", f"{wheel}[dask]", *pins)
    assert done.returncode == 0, done.stderr
    return venv / "bin"


@pytest.fixture
def outside(tmp_path) -> Path:
    """A working directory far from the checkout, holding a copy of the content as ./content."""
    work = tmp_path / "kantor"
    shutil.copytree(CONTENT, work / "content")
    return work


def test_the_wheel_carries_its_looks_and_builds_every_report(installed, outside):
    where = _run(installed / "python", "-c", "import pipeline, lkjip_latex; print(pipeline.__file__)", cwd=outside)
    assert "site-packages" in where.stdout and str(ROOT) not in where.stdout, where.stdout + where.stderr
    batch = _run(
        installed / "lkjip", "build", "--all", "--content", outside / "content", "--build-dir", "keluaran", cwd=outside
    )
    assert batch.returncode == 0, batch.stdout + batch.stderr
    pdfs = sorted(p.name for p in (outside / "keluaran").rglob("*.pdf"))
    assert pdfs == [
        "lkjip-aluh-aluh-2022.pdf",
        "lkjip-martapura-barat-2023.pdf",
        "lkjip-pelaihari-2023.pdf",
        "lkjip-pengaron-2024-tw1.pdf",
        "lkjip-teluk-kemuning-2024.pdf",
    ]
    single = _run(installed / "lkjip", "build", "aluh-aluh", cwd=outside)  # ./content and ./build by default
    assert single.returncode == 0 and single.stdout.strip() == "build/aluh-aluh/2022/lkjip-aluh-aluh-2022.pdf"
    assert single.stderr.startswith("warning:") and "content/banjar/aluh-aluh/2022.yaml:" in single.stderr


def _worker(installed: Path, address: str) -> subprocess.Popen:
    worker = subprocess.Popen(
        [installed / "dask", "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return worker


@pytest.mark.filterwarnings("ignore::distributed.versions.VersionMismatchWarning")  # numpy: only the tests have it
def test_a_dask_worker_from_the_wheel_builds_what_the_caller_publishes(installed, outside, tmp_path):
    """Each report is one Dask task run by the installed lkjip; PDF bytes come back and are published
    like a local build's, with the digest that lets the next batch skip them."""
    root = outside / "content"
    shutil.copytree(root / "banjar/aluh-aluh", root / "banjar/rusak")
    broken = root / "banjar/rusak/2022.yaml"
    broken.write_text(broken.read_text().replace("realisasi: 1752598421", "realisasi: 1984707841"), encoding="utf-8")
    jobs = [j for j in discover(root, 2022) if j.kabupaten_slug == "banjar"]
    with distributed.LocalCluster(n_workers=0, dashboard_address=None) as cluster:
        worker = _worker(installed, cluster.scheduler_address)
        try:
            with distributed.Client(cluster) as client:
                client.wait_for_workers(1, timeout=120)
                remote = run_batch(jobs, tmp_path / "dask", scheduler=client)
            again = run_batch(jobs, tmp_path / "dask", scheduler=cluster.scheduler_address)
            cli = CliRunner().invoke(
                main,
                ["build", "--all", "--year", "2022", "--kabupaten", "banjar", "--content", str(root)]
                + ["--build-dir", str(tmp_path / "cli"), "--scheduler", cluster.scheduler_address],
            )
        finally:
            worker.terminate()
            worker.wait(timeout=60)
    assert [o.status for o in remote] == ["built", "failed"]
    assert "exceeds pagu" in remote[1].message and remote[0].pages >= 30
    assert remote[0].warnings and all(w.startswith("content/banjar/aluh-aluh/") for w in remote[0].warnings)
    assert [o.status for o in again] == ["unchanged", "failed"]  # the input digest travels with the PDF
    assert cli.exit_code == 1 and "2 reports: 1 built, 0 unchanged, 1 failed" in cli.output, cli.output
    local = run_batch(jobs[:1], tmp_path / "local", workers=1)
    assert remote[0].pdf.read_bytes() == local[0].pdf.read_bytes()
