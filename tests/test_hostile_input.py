"""Careless and hostile content that used to get through: links out of the content directory,
slugs that are paths, texts and lists no report needs, and messages that showed a regex.

Each case is refused by `lkjip check` (exit 2 or 4) with its position, before TeX could run, and no
message quotes what it refused. The YAML-level cases (aliases, sizes, encodings, duplicates) are
in test_yaml_source.py; the slugs in test_cli.py.
"""

import os

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import EXIT

REPORT = "banjar/aluh-aluh/2022.yaml"
PROFILE = "banjar/aluh-aluh/kecamatan.yaml"


def _check(root, *args):
    return CliRunner().invoke(main, ["check", "aluh-aluh", "--content", str(root), *args])


@pytest.mark.parametrize("relative", [PROFILE, REPORT, "banjar/kabupaten.yaml", "banjar/laporan/tahunan.yaml"])
def test_a_link_out_of_the_content_directory_is_refused_by_name(content_copy, relative):
    path = content_copy.root / relative
    path.unlink()
    path.symlink_to("/etc/passwd")
    result = _check(content_copy.root)
    assert result.exit_code == EXIT["content"], result.output
    assert f"{relative}:1:1: a link to a file outside the content directory" in result.output
    assert "root:" not in result.output and "/bin/" not in result.output  # nothing of the file is shown


def test_a_link_inside_the_content_directory_is_followed(content_copy):
    profile = content_copy.root / PROFILE
    os.replace(profile, profile.with_name("profil.yaml"))
    profile.symlink_to("profil.yaml")
    assert _check(content_copy.root).exit_code == 0


def test_a_link_to_a_whole_kecamatan_elsewhere_is_refused(content_copy, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    os.replace(content_copy.root / "banjar/aluh-aluh", elsewhere)
    (content_copy.root / "banjar/aluh-aluh").symlink_to(elsewhere, target_is_directory=True)
    result = _check(content_copy.root)
    assert result.exit_code == EXIT["content"] and "a link to a file outside the content directory" in result.output


def test_a_pasted_megabyte_is_refused_at_its_field(content_copy):
    content_copy.edit(REPORT, "tahun: 2022\n", "tahun: 2022\nringkasan: " + "kata " * 200_000 + "\n")
    result = _check(content_copy.root)
    lines = (content_copy.root / REPORT).read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if text.startswith("ringkasan:"))
    assert result.exit_code == EXIT["content"], result.output[:500]
    # 200,000 words less the last space, which YAML does not keep
    assert f"{REPORT}:{line}:12: a text of 999,999 characters, more than the 20,000 one field may hold" in result.output
    assert len(result.output) < 1000


def test_an_absurd_list_is_refused_at_its_first_extra_item(content_copy):
    items = "".join(f"  - Isu {n}\n" for n in range(1001))
    content_copy.append(REPORT, "isu_tambahan:\n" + items)
    result = _check(content_copy.root)
    assert result.exit_code == EXIT["content"] and "a list of more than 1,000 items" in result.output, result.output


def test_a_nip_with_spaces_is_explained_in_words(content_copy):
    content_copy.edit(PROFILE, 'nip: "198603132004121004"', 'nip: "19860313 200412 1 004"')
    result = _check(content_copy.root)
    assert result.exit_code == EXIT["content"]
    assert "pegawai.aditya.nip: a NIP is 18 digits without spaces or dots" in result.output, result.output
    assert "^\\d{18}$" not in result.output
