"""`lkjip new`: a year rolled into the next, a quarter added, a new kecamatan's skeleton, and the
"not filled yet" state `lkjip check` reports for what they leave blank."""

import datetime
import difflib
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pipeline.build import build_report, check_report, prepare
from pipeline.cli_new import new
from pipeline.content.checks.unfilled import Unfilled
from pipeline.content.locate import locate
from pipeline.content.schema import field_path
from pipeline.errors import ContentError, ContentNotFound, OutputError
from pipeline.kinds import Period
from pipeline.rollover import new_report
from pipeline.rollover import roundtrip as rt
from pipeline.rollover.skeleton import new_kecamatan
from tests.conftest import CONTENT

ALUH = "banjar/aluh-aluh"
BEFORE_SIGNING = datetime.date(2023, 6, 1)  # the rolled file is to be signed 2023-12-31
AFTER_SIGNING = datetime.date(2024, 1, 15)


def indicators(data, found=None) -> dict:
    """Every indicator map of a plain year file, by id."""
    found = {} if found is None else found
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "indikator":
                for item in value if isinstance(value, list) else [value]:
                    found[item["id"]] = item
            indicators(value, found)
    elif isinstance(data, list):
        for item in data:
            indicators(item, found)
    return found


def plain(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def add_renstra_targets(root: Path) -> None:
    """The Renstra targets the seed does not type, on two indicators of the copy (ruamel, comments kept)."""
    path = root / ALUH / "2022.yaml"
    doc = rt.load(path)
    ikm = doc["tujuan"][0]["sasaran"][0]["indikator"][0]
    ikm.insert(len(ikm), "target_renstra", {2022: 73, 2023: 75, 2024: 77})
    office = doc["program"][0]["indikator"][0]
    office["riwayat"] = {2023: {"target": 98}}
    rt.replace_file(path, rt.dumps(doc, None))


@pytest.fixture
def rolled(content_copy):
    """Aluh-Aluh 2022 rolled into 2023, with two Renstra targets given first."""
    add_renstra_targets(content_copy.root)
    result = new_report(content_copy.root, "aluh-aluh", 2023, None, content_copy.root)
    return content_copy.root, result


def test_comments_order_and_modeline_survive(rolled):
    root, _ = rolled
    text = (root / ALUH / "2023.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../.schema/laporan.schema.json"
    for comment in (
        "- uraian: Meningkatnya Kualitas Tata Kelola Pemerintahan      # 001:534",
        "realisasi_anggaran:                 # LRA 001:84-92 (Belanja Daerah, Surplus/Defisit and SILPA are computed)",
        "    # tanggal: not printed in the seed; the statement page leaves the date line to be filled in by hand",
    ):
        assert comment in text
    source = plain(root / ALUH / "2022.yaml")
    assert list(plain(root / ALUH / "2023.yaml")) == [k if k != "tahun" else "tahun" for k in source]


def test_targets_are_the_renstra_targets_of_the_new_year(rolled):
    root, result = rolled
    new = indicators(plain(root / ALUH / "2023.yaml"))
    assert new["ikm"]["target"] == 75  # target_renstra[2023] of the source
    assert new["layanan_administrasi_perkantoran"]["target"] == 98  # riwayat[2023].target of the source
    assert 2023 not in new["layanan_administrasi_perkantoran"]["riwayat"]
    carried = [line for line in result.lines if line.startswith("target carried from 2022: check")]
    source = indicators(plain(root / ALUH / "2022.yaml"))
    assert len(carried) == len(source) - 2
    assert any("program[1].indikator[0].target" in line for line in carried)


def test_last_year_moves_into_riwayat(rolled):
    root, _ = rolled
    source, new = indicators(plain(root / ALUH / "2022.yaml")), indicators(plain(root / ALUH / "2023.yaml"))
    for ident, old in source.items():
        if "komponen" in old:
            expected = {
                "target": sum(k["target"] for k in old["komponen"]),
                "realisasi": sum(k["realisasi"] for k in old["komponen"]),
            }
        else:
            expected = {"target": old["target"], "realisasi": old["realisasi"]}
        assert new[ident]["riwayat"][2022] == expected, ident
        assert new[ident].get("realisasi", "blank") is None or "komponen" in old
    assert new["ikm"]["riwayat"][2021] == {"target": 73, "realisasi": 70}  # earlier years stay


def test_budget_and_lra_are_blank_and_last_year_is_realisasi_lalu(rolled):
    root, _ = rolled
    source, new = plain(root / ALUH / "2022.yaml"), plain(root / ALUH / "2023.yaml")
    sub = new["program"][0]["kegiatan"][0]["sub_kegiatan"][0]
    assert (sub["pagu"], sub["pagu_murni"], sub["realisasi"]) == (None, None, None)
    old_line, new_line = (d["realisasi_anggaran"][0]["rincian"][0] for d in (source, new))
    assert new_line == {"uraian": "Belanja Pegawai", "anggaran": None, "realisasi": None,
                        "realisasi_lalu": old_line["realisasi"]}  # fmt: skip
    assert new["evaluasi"]["tahun_dievaluasi"] == 2022 and new["evaluasi"]["nilai"] is None


def test_check_warns_before_the_signing_date_and_errs_after(rolled):
    root, result = rolled
    warnings = check_report(root, "aluh-aluh", 2023, today=BEFORE_SIGNING)
    blanks = [w for w in warnings if isinstance(w, Unfilled)]
    assert len(blanks) == len(result.blanks) == 73
    assert all(w.message == "not filled yet" for w in blanks)
    assert warnings[0].message.startswith("73 values not filled yet (24 realisasi indikator, 28 pagu, 14 realisasi")
    assert "fill them before 2023-12-31" in warnings[0].message
    with pytest.raises(ContentError) as after:
        check_report(root, "aluh-aluh", 2023, today=AFTER_SIGNING)
    assert len([p for p in after.value.problems if isinstance(p, Unfilled)]) == 73
    assert "the report is signed on 2023-12-31; fill them now" in after.value.problems[0].message
    with pytest.raises(ContentError, match="a report is not built with blank values"):
        prepare(locate(root, "aluh-aluh", 2023))


def test_a_wrong_value_is_still_an_error_beside_the_blanks(rolled):
    root, _ = rolled
    path = root / ALUH / "2023.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("tahun: 2023", "tahun: 2023\nsumberdana: X"), "utf-8")
    with pytest.raises(ContentError) as raised:
        check_report(root, "aluh-aluh", 2023, today=BEFORE_SIGNING)
    wrong = [p for p in raised.value.problems if not isinstance(p, Unfilled)]
    assert "unknown key 'sumberdana'" in wrong[0].message


def test_an_absent_realisasi_keeps_its_error(content_copy):
    content_copy.edit(f"{ALUH}/2022.yaml", "            realisasi: 84.24", "            # realisasi removed")
    with pytest.raises(ContentError, match="`realisasi` is missing: give it, write `belum_diukur: true`"):
        check_report(content_copy.root, "aluh-aluh", 2022, today=BEFORE_SIGNING)


def fill(root: Path) -> None:
    """Fill every blank of the rolled file the way the officer would, from the figures of 2022."""
    path = root / ALUH / "2023.yaml"
    doc, source = rt.load(path), plain(root / ALUH / "2022.yaml")
    for program in doc["program"][1:4]:  # "target carried from 2022": the IKM's new target, as `check` demands
        program["indikator"][0]["target"] = 75
    for loc, node in list(rt.walk(doc)):
        for key in [k for k, v in node.items() if v is None]:
            node[key] = _value(loc, key, node, source)
    rt.replace_file(path, rt.dumps(doc, None))


def _value(loc, key, node, source):
    if key == "realisasi" and "target" in node:  # an indicator or komponen: its target met
        return node["target"]
    if loc and loc[0] == "evaluasi":
        return 72.1
    old = source
    for part in loc:
        old = old[part]
    return old[key]  # money: the same as 2022


def test_filled_file_checks_clean_and_compares_with_last_year(rolled):
    root, _ = rolled
    fill(root)
    warnings = check_report(root, "aluh-aluh", 2023, today=BEFORE_SIGNING)
    assert not [w for w in warnings if "not filled yet" in w.message]
    computed, _ = prepare(locate(root, "aluh-aluh", 2023))
    ikm = next(i for i in computed.indicators if i.source.id == "ikm")
    assert ikm.last_year.year == 2022
    assert ikm.last_year.previous.realisasi == Decimal("84.24")  # the 2022 realisasi, never retyped
    assert ikm.measure.realisasi == Decimal("75")
    assert ikm.last_year.trend_realisasi == "turun"


def test_never_overwrites(rolled):
    root, _ = rolled
    path = root / ALUH / "2023.yaml"
    before = path.read_bytes()
    with pytest.raises(OutputError, match="exists: lkjip new never overwrites"):
        new_report(root, "aluh-aluh", 2023, None, root)
    assert path.read_bytes() == before


def test_no_earlier_year_to_roll_from(content_copy):
    with pytest.raises(ContentNotFound, match="no year file before 2021 to start from; a kecamatan without"):
        new_report(content_copy.root, "aluh-aluh", 2021, None, content_copy.root)


def test_a_broken_source_is_a_positioned_error(content_copy):
    content_copy.edit(f"{ALUH}/2022.yaml", "tahun: 2022\n", "tahun: 2022\ntahun: 2022\n")
    with pytest.raises(ContentError, match="2022.yaml:15:1: duplicate key `tahun` appears twice"):
        new_report(content_copy.root, "aluh-aluh", 2023, None, content_copy.root)
    assert not (content_copy.root / ALUH / "2023.yaml").exists()


def test_quarter_two_of_pengaron_from_quarter_one(content_copy):
    path = content_copy.root / "banjar/pengaron/2024.yaml"
    original = path.read_text(encoding="utf-8").splitlines()
    result = new_report(content_copy.root, "pengaron", 2024, 2, content_copy.root)
    text = path.read_text(encoding="utf-8").splitlines()
    changes = difflib.SequenceMatcher(a=original, b=text, autojunk=False).get_opcodes()
    assert {op for op, *_ in changes} == {"equal", "insert"}  # every line of TW I kept, comments and all
    data = plain(path)
    assert data["triwulan"] == {1: {"tanggal": datetime.date(2024, 3, 28)}, 2: {"tanggal": datetime.date(2024, 6, 28)}}
    for ident, ind in indicators(data).items():
        if "triwulan" in ind:
            assert ind["triwulan"][2] == {"target": None, "realisasi": None}, ident
            assert set(ind["triwulan"]) == {1, 2}, ident  # TW I kept beside the new TW II
    subs = [s for p in data["program"] for k in p["kegiatan"] for s in k["sub_kegiatan"]]
    assert all(s["triwulan"][2] == {"realisasi": None} for s in subs)
    warnings = check_report(content_copy.root, "pengaron", 2024, Period.tw2, today=datetime.date(2024, 6, 1))
    assert len([w for w in warnings if isinstance(w, Unfilled)]) == len(result.blanks) > len(subs)
    with pytest.raises(OutputError, match="already has `triwulan: 2:`"):
        new_report(content_copy.root, "pengaron", 2024, 2, content_copy.root)
    # the report s.d. Triwulan I reads no later quarter: it still checks clean, and is the same report
    first = check_report(content_copy.root, "pengaron", 2024, Period.tw1, today=datetime.date(2024, 6, 1))
    assert not [w for w in first if isinstance(w, Unfilled)]
    _, sources = prepare(locate(content_copy.root, "pengaron", 2024, Period.tw1))
    assert sources["report.tex"] == prepare(locate(CONTENT, "pengaron", 2024, Period.tw1))[1]["report.tex"]


def test_a_new_year_started_with_its_first_quarter(content_copy):
    result = new_report(content_copy.root, "pengaron", 2025, 1, content_copy.root)
    data = plain(content_copy.root / "banjar/pengaron/2025.yaml")
    assert "tanggal" not in data and data["triwulan"] == {1: {"tanggal": datetime.date(2025, 3, 28)}}
    ikki = indicators(data)["ikki"]
    assert "realisasi" not in ikki and ikki["triwulan"] == {1: {"target": None, "realisasi": None}}
    assert ikki["riwayat"][2024] == {"target": 76}  # the year rolled from reached only TW I
    assert any("riwayat[2024]: no realisasi of 2024 in the source" in line for line in result.lines)
    warnings = check_report(content_copy.root, "pengaron", 2025, Period.tw1, today=datetime.date(2025, 3, 1))
    assert len([w for w in warnings if isinstance(w, Unfilled)]) == len(result.blanks)


def test_skeleton_of_a_new_kecamatan_checks_clean_but_for_blanks(content_copy):
    written = new_kecamatan(content_copy.root, "banjar", "sungai-tabuk", 2024, content_copy.root)
    kec_dir = content_copy.root / "banjar/sungai-tabuk"
    assert [w.path for w in written] == [kec_dir / "kecamatan.yaml", kec_dir / "2024.yaml"]
    text = (kec_dir / "2024.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../.schema/laporan.schema.json\n")
    assert "saran: [~]" in text and "realisasi_anggaran:" in text  # lists the Banjar outline prints
    warnings = check_report(content_copy.root, "sungai-tabuk", 2024, today=datetime.date(2024, 6, 1))
    blanks = sum(len(w.blanks) for w in written)
    assert len(warnings) == blanks + 1 and all(isinstance(w, Unfilled) for w in warnings[1:])
    assert warnings[0].message.startswith(f"{blanks} values not filled yet")
    with pytest.raises(OutputError, match="never overwrites"):
        new_kecamatan(content_copy.root, "banjar", "sungai-tabuk", 2025, content_copy.root)


# What an officer writes into the Banjar skeleton: one value per blank, by its field.
SKELETON_VALUES = {
    "nama": "Sungai Tabuk",
    "alamat.jalan": "Jalan Ahmad Yani Km. 12",
    "alamat.desa": "Sungai Tabuk",
    "alamat.kode_pos": "70653",
    "pegawai.pejabat_camat.nama": "Ahmad Fauzi",
    "pegawai.pejabat_camat.gelar_belakang": "S.STP",
    "pegawai.pejabat_camat.nip": "198005122003121003",
    "pegawai.pejabat_camat.golongan": "IV/a",
    "organisasi[0].nama": "Camat",
    "organisasi[0].jabatan": "Camat Sungai Tabuk",
    "renstra[0]": 2021,
    "renstra[1]": 2026,
    "misi": 4,
    "sumber_dana": "APBD Kabupaten Banjar",
    "tujuan[0].uraian": "Meningkatnya Kualitas Tata Kelola Pemerintahan",
    "tujuan[0].sasaran[0].id": "pelayanan_publik",
    "tujuan[0].sasaran[0].uraian": "Meningkatnya Kualitas Pelayanan Publik",
    "tujuan[0].sasaran[0].indikator[0].id": "ikm",
    "tujuan[0].sasaran[0].indikator[0].nama": "Indeks Kepuasan Masyarakat",
    "tujuan[0].sasaran[0].indikator[0].satuan": "Nilai",
    "tujuan[0].sasaran[0].indikator[0].target": 80,
    "tujuan[0].sasaran[0].indikator[0].realisasi": 82,
    "perjanjian_kinerja[0].tanggal": datetime.date(2024, 1, 15),
    "program[0].kode": "7.01.02",
    "program[0].nama": "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    "program[0].sasaran": "pelayanan_publik",
    "program[0].kegiatan[0].kode": "7.01.02.2.02",
    "program[0].kegiatan[0].nama": "Penyelenggaraan Urusan Pemerintahan",
    "program[0].kegiatan[0].sub_kegiatan[0].kode": "7.01.02.2.02.0003",
    "program[0].kegiatan[0].sub_kegiatan[0].nama": "Peningkatan Efektivitas Pelayanan kepada Masyarakat",
    "program[0].kegiatan[0].sub_kegiatan[0].pagu": 100000000,
    "program[0].kegiatan[0].sub_kegiatan[0].realisasi": 95000000,
    "realisasi_anggaran[0].rincian[0].anggaran": 60000000,
    "realisasi_anggaran[0].rincian[0].realisasi": 57000000,
    "realisasi_anggaran[0].rincian[1].anggaran": 40000000,
    "realisasi_anggaran[0].rincian[1].realisasi": 38000000,
    "permasalahan[0].pokok": "Belum optimalnya pelayanan publik",
    "permasalahan[0].masalah[0].masalah": "Pelayanan belum cepat",
    "permasalahan[0].masalah[0].akar_masalah[0]": "Sarana pelayanan terbatas",
    "isu_strategis[0]": "Pelayanan PATEN belum maksimal",
    "saran[0]": "Peningkatan sarana pelayanan",
}


def _fill_blanks(node, loc=()) -> None:
    for key, value in list(node.items() if isinstance(node, dict) else enumerate(node)):
        if value is None:
            node[key] = SKELETON_VALUES[field_path(loc + (key,))]
        elif isinstance(value, (dict, list)):
            _fill_blanks(value, loc + (key,))


def test_filled_skeleton_checks_without_errors(content_copy):
    """Every key the skeleton writes is one the report needs, in a structure the checks accept."""
    for written in new_kecamatan(content_copy.root, "banjar", "sungai-tabuk", 2024, content_copy.root):
        doc = rt.load(written.path)
        _fill_blanks(doc)
        rt.replace_file(written.path, rt.dumps(doc, None))
    warnings = check_report(content_copy.root, "sungai-tabuk", 2024, today=datetime.date(2024, 6, 1))
    assert not [w for w in warnings if isinstance(w, Unfilled)]
    assert all("analysis" in w.message for w in warnings)  # only the analyses a first report cannot have


@pytest.mark.parametrize(
    "kecamatan, year", [("martapura-barat", 2024), ("pengaron", 2025), ("pelaihari", 2024), ("teluk-kemuning", 2025)]
)
def test_every_seed_rolls_into_a_file_whose_only_problems_are_blanks(content_copy, kecamatan, year):
    result = new_report(content_copy.root, kecamatan, year, None, content_copy.root)
    problems = check_report(content_copy.root, kecamatan, year, today=datetime.date(year, 1, 2))
    assert len(problems) == len(result.blanks) + 1
    assert all(isinstance(p, Unfilled) for p in problems[1:])


def test_skeleton_needs_an_existing_kabupaten(content_copy):
    with pytest.raises(ContentNotFound, match="README, section Adding a kabupaten"):
        new_kecamatan(content_copy.root, "hulu-sungai", "sungai-tabuk", 2024, content_copy.root)


def test_command_lists_what_to_review_and_the_count(content_copy, monkeypatch):
    monkeypatch.chdir(content_copy.root.parent)
    result = CliRunner().invoke(new, ["aluh-aluh", "--year", "2023", "--content", "content"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-1] == "73 values to fill: 24 realisasi indikator, 28 pagu, 14 realisasi anggaran, 6 LRA, 1 evaluasi"
    assert lines[-2] == "wrote content/banjar/aluh-aluh/2023.yaml"
    assert "review: content/banjar/aluh-aluh/2023.yaml:16:10: tanggal: moved to 2023-12-31" in result.output
    assert "target carried from 2022: check: content/banjar/aluh-aluh/2023.yaml:" in result.output
    again = CliRunner().invoke(new, ["aluh-aluh", "--year", "2023", "--content", "content"])
    assert again.exit_code == 1 and "never overwrites" in again.output
    skeleton = CliRunner().invoke(new, ["sungai-tabuk", "--kabupaten", "banjar", "--year", "2024"])
    assert skeleton.exit_code == 0, skeleton.output
    assert "wrote content/banjar/sungai-tabuk/kecamatan.yaml\nwrote content/banjar/sungai-tabuk/2024.yaml\n" in (
        skeleton.output
    )
    assert skeleton.output.splitlines()[-1].startswith("41 values to fill: 1 realisasi indikator, 1 target, 1 pagu")


@pytest.mark.build
def test_rolled_and_filled_report_builds(rolled, tmp_path):
    root, _ = rolled
    fill(root)
    result = build_report(root, tmp_path / "build", "aluh-aluh", 2023, shown_from=root)
    assert result.pdf.is_file() and result.compiled.pages > 20
