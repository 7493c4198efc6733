"""One way to replace a file the officer keeps: whole or not at all, its permissions kept."""

import pytest

from pipeline.atomic import write_atomically
from pipeline.errors import OutputError


def test_the_new_bytes_replace_the_old_with_the_mode_kept(tmp_path):
    path = tmp_path / "2023.yaml"
    path.write_bytes(b"old\n")
    path.chmod(0o640)
    write_atomically(path, b"new\n", path.stat().st_mode & 0o7777)
    assert path.read_bytes() == b"new\n" and path.stat().st_mode & 0o7777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["2023.yaml"]  # no temporary file left


def test_a_failed_write_is_an_output_error_and_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "2023.yaml"
    path.write_bytes(b"old\n")

    def broken(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.atomic.os.replace", broken)
    with pytest.raises(OutputError, match="cannot write .*2023.yaml: No space left on device"):
        write_atomically(path, b"new\n")
    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["2023.yaml"]
