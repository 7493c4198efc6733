"""The command line as a user meets it: names, help, exit codes, slugs, and what it imports."""

import subprocess
import sys

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import EXIT
from tests.conftest import CONTENT, ROOT


def _run(*args: str):
    return CliRunner().invoke(main, [*args])


def test_version_is_the_installed_distribution():
    from importlib.metadata import version

    result = _run("--version")
    assert result.exit_code == 0 and result.output == f"lkjip {version('lkjip')}\n"


def test_each_command_describes_only_its_own_options():
    build, check, tex = (_run(command, "--help").output for command in ("build", "check", "tex"))
    assert "--all" in build and "With --all" in build
    for text in (check, tex):
        assert "--all" not in text and "--period, --periode [tahunan|tw1|tw2|tw3|tw4]" in text


def test_english_option_names_with_the_indonesian_ones_as_aliases():
    english = _run("check", "pengaron", "--period", "tw1", "--content", str(CONTENT))
    indonesian = _run("check", "pengaron", "--periode", "TW1", "--content", str(CONTENT))
    assert english.exit_code == indonesian.exit_code == 0, english.output + indonesian.output
    assert english.output == indonesian.output
    assert _run("schema", "--part", "komponen").output == _run("schema", "--bagian", "komponen").output
    assert _run("schema", "--components").output == _run("schema", "--komponen").output


@pytest.mark.parametrize(
    "args, code, words",
    [
        (["check", "aluh-aluhh"], "not_found", "did you mean aluh-aluh?"),
        (["check", "Pengaron", "--period", "tw2"], "not_found", "not ready for triwulan 2"),
        (["check", "aluh*"], "not_found", "'aluh*' is not a kecamatan name"),
        (["check", "aluh-aluh/../../../evil"], "not_found", "is not a kecamatan name"),
        (["build", "--bogus"], "usage", "No such option"),
        (["build", "aluh-aluh", "--all"], "usage", "either KECAMATAN or --all"),
        (["build", "--all", "--kabupaten", "../banjar"], "not_found", "'../banjar' is not a kabupaten name"),
    ],
)
def test_exit_codes_tell_what_went_wrong(args, code, words):
    result = _run(*args, "--content", str(CONTENT))
    assert result.exit_code == EXIT[code], result.output
    assert words in result.output and "Traceback" not in result.output


def test_slugs_are_read_case_insensitively():
    result = _run("check", "Aluh-Aluh", "--content", str(CONTENT))
    assert result.exit_code == 0 and "aluh-aluh: no errors" in result.output, result.output


def test_a_content_error_exits_2(content_copy):
    content_copy.edit("banjar/aluh-aluh/2022.yaml", "realisasi: 1752598421", "realisasi: 1984707841")
    result = _run("check", "aluh-aluh", "--content", str(content_copy.root))
    assert result.exit_code == EXIT["content"] == 2 and "exceeds pagu" in result.output


def test_no_quarter_ready_in_a_batch_says_so():
    result = _run("build", "--all", "--period", "tw3", "--content", str(CONTENT), "--build-dir", "/nonexistent")
    assert result.exit_code == EXIT["not_found"]
    assert f"no year file under {CONTENT} is ready for tw3" in result.output, result.output


def test_an_unreachable_scheduler_is_one_line(monkeypatch, tmp_path):
    import pipeline.batch

    monkeypatch.setattr(pipeline.batch, "SCHEDULER_TIMEOUT", 1)
    result = _run(
        "build", "--all", "--kabupaten", "banjar", "--scheduler", "tcp://127.0.0.1:9", "--content", str(CONTENT)
    )
    assert result.exit_code == EXIT["scheduler"], result.output
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_help_imports_none_of_the_pipeline():
    """`lkjip --help` stays quick because the commands import the pipeline only when they run."""
    done = _python(
        "import sys; from pipeline.cli import main\n"
        "heavy = [m for m in ('pydantic', 'jinja2', 'ruamel.yaml', 'yaml', 'pipeline.build') if m in sys.modules]\n"
        "print(heavy)"
    )
    assert done.stdout.strip() == "[]", done.stderr


def test_every_module_imports_without_unix_only_modules():
    """Windows has no fcntl and no os.killpg: nothing may need them at import time."""
    done = _python(
        "import os, sys, pkgutil, importlib\n"
        "sys.modules['fcntl'] = None\n"
        "del os.killpg\n"
        "import pipeline\n"
        "names = [m.name for m in pkgutil.walk_packages(pipeline.__path__, 'pipeline.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names))"
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 60


def test_the_wheel_lists_every_package_of_the_tree():
    """pyproject names its packages one by one: a new package left out would be missing from the
    wheel, and an installed lkjip (or a Dask worker) would fail to import it."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    tree = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "pipeline").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert tree <= listed, sorted(tree - listed)


def test_the_officers_commands_are_on_the_command_line():
    listed = _run("--help").output
    for command in ("new", "import", "watch", "export", "bundle"):
        assert f"\n  {command} " in listed, command
    assert "--template" in _run("export", "--help").output
    assert "--dry-run" in _run("import", "--help").output


def test_schema_json_writes_the_committed_schemas(tmp_path):
    result = _run("schema", "--json", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["kabupaten.schema.json", "kecamatan.schema.json", "laporan.schema.json", "susunan.schema.json"]
    for name in written:
        assert (tmp_path / name).read_bytes() == (CONTENT / ".schema" / name).read_bytes(), name
    assert _run("schema", "--out", str(tmp_path)).exit_code == EXIT["usage"]  # --out writes only with --json
