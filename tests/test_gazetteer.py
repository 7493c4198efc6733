"""Kecamatan names in a report's text: another kabupaten's kecamatan, and the own name misspelt.

Each case edits one text value of a copy of the real content and asserts the warning at that
value's file:line:column; each negative case also holds one fault that must be caught, so it
fails both when its guard is removed and when the check is.
"""

import fnmatch
import tomllib

import pytest
import yaml

from pipeline.content.gazetteer import GAZETTEER, gazetteer, other_kecamatan
from pipeline.content.load import load
from pipeline.content.locate import locate
from tests.conftest import CONTENT, ROOT

ALUH = (
    "aluh-aluh-2022",
    "banjar/aluh-aluh/2022.yaml",
    "  - ",
    "Pelaksanaan pelayanan PATEN (Pelayanan Administrasi Terpadu Kecamatan) belum maksimal",
)
MARTAPURA = (
    "martapura-barat-2023",
    "banjar/martapura-barat/2023.yaml",
    "  - uraian: ",
    "Terselenggaranya Reformasi Pelayanan Publik",
)
PELAIHARI = (
    "pelaihari-2023",
    "tanah-laut/pelaihari/2023.yaml",
    "  - uraian: ",
    "Terwujudnya kualitas pelayanan publik di kecamatan",
)
TELUK = (
    "teluk-kemuning",
    "tanjung-selasih/teluk-kemuning/2024.yaml",
    "  - uraian: ",
    "Meningkatnya kualitas pelayanan publik",
)
KALSEL = "Kalimantan Selatan"
ANOTHER = "a kecamatan of"
MISSPELT = "looks like a misspelling of"


def _write(copy, case, text: str) -> str:
    """Replace the case's text value by `text`; the `file:line:col: ` of that value."""
    _, relative, prefix, value = case
    original = (copy.root / relative).read_text(encoding="utf-8")
    line = original[: original.index("\n" + prefix + value)].count("\n") + 2
    copy.edit(relative, "\n" + prefix + value, "\n" + prefix + text)
    return f"{relative}:{line}:{len(prefix) + 1}: "


def _load(copy, case):
    report_id = case[0]
    if report_id == "teluk-kemuning":
        return load(locate(copy.root, "teluk-kemuning", None), copy.root)
    return copy.load(report_id)


def _warnings(copy, case, text: str, kind: str) -> tuple[str, list[str]]:
    where = _write(copy, case, text)
    return where, [str(w) for w in _load(copy, case).warnings if kind in str(w)]


@pytest.mark.parametrize(
    "case, text, name, owner, here",
    [
        (
            ALUH,
            "Belum optimalnya pelayanan PATEN di Kecamatan Pelaihari",
            "Pelaihari",
            "Kabupaten Tanah Laut",
            "Kabupaten Banjar",
        ),
        (ALUH, "Koordinasi dengan kec. pelaihari", "Pelaihari", "Kabupaten Tanah Laut", "Kabupaten Banjar"),
        (ALUH, "KANTOR KECAMATAN BATI - BATI", "Bati-Bati", "Kabupaten Tanah Laut", "Kabupaten Banjar"),
        (
            PELAIHARI,
            "Belum optimalnya pelayanan PATEN di Kecamatan Aluh Aluh",
            "Aluh-Aluh",
            "Kabupaten Banjar",
            "Kabupaten Tanah Laut",
        ),
        (PELAIHARI, "Kunjungan ke Kec. Klua", "Klua", "Kabupaten Tabalong", "Kabupaten Tanah Laut"),
        (
            PELAIHARI,
            "Rapat di Kecamatan Kelumpang Hulu",
            "Kelumpang Hulu",
            "Kabupaten Kotabaru",
            "Kabupaten Tanah Laut",
        ),
        (
            PELAIHARI,
            "Rapat di Kecamatan Simpang Empat",
            "Simpang Empat",
            "Kabupaten Banjar and Kabupaten Tanah Bumbu",
            "Kabupaten Tanah Laut",
        ),
        (
            TELUK,
            "Studi banding ke Kecamatan Banjarmasin Utara",
            "Banjarmasin Utara",
            "Kota Banjarmasin",
            "Kabupaten Tanjung Selasih",
        ),
    ],
    ids=[
        "kecamatan",
        "kec. lower case",
        "capitals and spaced hyphen",
        "tanah laut names banjar",
        "variant spelling",
        "longest name",
        "two kabupaten",
        "invented kabupaten",
    ],
)
def test_another_kabupatens_kecamatan_is_flagged_at_its_value(content_copy, case, text, name, owner, here):
    where, flagged = _warnings(content_copy, case, text, ANOTHER)
    message = f"names Kecamatan {name}, {ANOTHER} {owner}, not of {here}: copied from another report?"
    assert len(flagged) == 1 and flagged[0].endswith(message) and where in flagged[0], flagged


def test_the_field_path_is_given(content_copy):
    where, flagged = _warnings(content_copy, ALUH, "Belum optimalnya PATEN di Kecamatan Pelaihari", ANOTHER)
    assert len(flagged) == 1 and flagged[0].startswith(f"{where}isu_strategis[0]: names Kecamatan Pelaihari"), flagged


def test_a_name_without_the_word_kecamatan_is_not_flagged(content_copy):
    """Gambut, Tanjung, Cempaka, Pelaihari: places and words, said without 'Kecamatan'."""
    text = "Hasil panen dari Gambut dan Tanjung dibawa ke Pelaihari dan Cempaka, lalu ke Kecamatan Kintap"
    _, flagged = _warnings(content_copy, ALUH, text, ANOTHER)
    assert len(flagged) == 1 and "names Kecamatan Kintap" in flagged[0], flagged


def test_a_name_of_the_own_kabupaten_too_is_not_flagged(content_copy):
    """Simpang Empat is a kecamatan of Banjar and of Tanah Bumbu: in a Banjar report it is Banjar's."""
    _, flagged = _warnings(content_copy, ALUH, "Kecamatan Simpang Empat dan Kecamatan Satui", ANOTHER)
    assert len(flagged) == 1 and "names Kecamatan Satui, a kecamatan of Kabupaten Tanah Bumbu" in flagged[0], flagged


def test_an_own_name_starting_with_another_is_not_flagged(content_copy):
    """Tanjung Rawa is the invented kabupaten's own; Tanjung alone is a kecamatan of Tabalong."""
    _, flagged = _warnings(content_copy, TELUK, "Kecamatan Tanjung Rawa dan Kecamatan Tanjung", ANOTHER)
    assert len(flagged) == 1 and "names Kecamatan Tanjung, a kecamatan of Kabupaten Tabalong" in flagged[0], flagged


@pytest.mark.parametrize(
    "case, written, name",
    [
        (ALUH, "Alu-Aluh", "Aluh-Aluh"),
        (ALUH, "Aluh Alu", "Aluh-Aluh"),
        (MARTAPURA, "Maratapura Barat", "Martapura Barat"),
        (PELAIHARI, "Pelaihri", "Pelaihari"),
        (TELUK, "Teluk Kemunign", "Teluk Kemuning"),
    ],
    ids=["first word short", "second word short", "letter added", "letter dropped", "letters swapped"],
)
def test_the_own_name_misspelt_is_flagged_at_its_value(content_copy, case, written, name):
    where, flagged = _warnings(content_copy, case, f"Pelayanan di kantor camat {written} belum optimal", MISSPELT)
    assert len(flagged) == 1 and flagged[0].endswith(f"'{written}' {MISSPELT} {name}"), flagged
    assert where in flagged[0], flagged


@pytest.mark.parametrize(
    "case, unflagged",
    [
        (ALUH, "ALUH-ALUH, Aluh - Aluh, Aluh \u2013 Aluh, ALUH ALUH, aluh aluh, Aluh-Aluh Besar"),
        (MARTAPURA, "MARTAPURA BARAT, Martapura-Barat, Martapura Timur, Martapura Lama"),
        (PELAIHARI, "PELAIHARI, Pelaihari, pelaporan, Pelatihan, pelaihri"),
    ],
    ids=["aluh-aluh", "martapura-barat", "pelaihari"],
)
def test_the_own_name_and_its_variants_are_not_flagged(content_copy, case, unflagged):
    name = {ALUH: "Aluh-Aluh", MARTAPURA: "Martapura Barat", PELAIHARI: "Pelaihari"}[case]
    typo = name[:2] + name[3:]  # one letter dropped: the one fault of the text
    _, flagged = _warnings(content_copy, case, f"{unflagged} dan {typo}", MISSPELT)
    assert len(flagged) == 1 and f"'{typo}' {MISSPELT} {name}" in flagged[0], flagged


def test_another_kecamatan_and_a_common_word_are_not_misspellings(content_copy):
    """For a report of Kecamatan Kalumpang, 'Kelumpang' is its second spelling and 'Tambah' a word."""
    where = _write(content_copy, ALUH, "Tambah anggaran ke Kelumpang, Kalumpng")
    content = content_copy.load()
    kab = content.kabupaten.model_copy(
        update={"nama": "Hulu Sungai Selatan", "kecamatan": ("Kalumpang", "Kandangan", "Loksado")}
    )
    kec = content.kecamatan.model_copy(update={"nama": "Kalumpang"})
    flagged = [str(w) for w in other_kecamatan(content.sources, kab, kec) if MISSPELT in w.message]
    assert flagged == [f"{where}isu_strategis[0]: 'Kalumpng' {MISSPELT} Kalumpang"], flagged
    tamban = content.kecamatan.model_copy(update={"nama": "Tamban"})
    assert not [w for w in other_kecamatan(content.sources, kab, tamban) if MISSPELT in w.message]


def test_the_gazetteer_holds_the_thirteen_kabupaten_and_kota():
    regions = gazetteer()[KALSEL]
    assert len(regions) == 13 and sum(r.name.startswith("Kota ") for r in regions) == 2
    by_name = {r.name: r for r in regions}
    banjar = [names[0] for names in by_name["Kabupaten Banjar"].kecamatan]
    assert len(banjar) == 20 and {"Paramasan", "Martapura", "Sungai Pinang", "Cintapuri Darussalam"} <= set(banjar)
    assert ("Kalumpang", "Kelumpang") in by_name["Kabupaten Hulu Sungai Selatan"].kecamatan
    assert ("Kelua", "Klua") in by_name["Kabupaten Tabalong"].kecamatan


@pytest.mark.parametrize("kabupaten, region", [("banjar", "Kabupaten Banjar"), ("tanah-laut", "Kabupaten Tanah Laut")])
def test_the_gazetteer_agrees_with_the_kabupaten_content(kabupaten, region):
    listed = yaml.safe_load((CONTENT / kabupaten / "kabupaten.yaml").read_text(encoding="utf-8"))["kecamatan"]
    (found,) = [r for r in gazetteer()[KALSEL] if r.name == region]
    assert [names[0] for names in found.kecamatan] == listed


def test_the_gazetteer_is_shipped_in_the_wheel():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    shipped = GAZETTEER.relative_to(ROOT / "pipeline").as_posix()
    assert any(fnmatch.fnmatch(shipped, pattern) for pattern in data["pipeline"]), data
