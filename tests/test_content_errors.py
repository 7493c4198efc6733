"""Bad content gives file:line:column, the field path and the fix, for every problem at once."""

import pytest

from pipeline.errors import ContentError, ContentNotFound

REPORT = "banjar/aluh-aluh/2022.yaml"
KEC = "banjar/aluh-aluh/kecamatan.yaml"


def _messages(copy) -> list[str]:
    with pytest.raises(ContentError) as info:
        copy.load()
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    "file, old, new, expected",
    [
        (
            REPORT,
            "target: 73  ",
            'target: "85,16"  ',
            "banjar/aluh-aluh/2022.yaml:30:21: tujuan[0].sasaran[0].indikator[0].target: "
            'expected a number, got "85,16"; write 85.16',
        ),
        (
            REPORT,
            "            satuan: Nilai\n",
            "            satuan: Nilai\n            satuann: Nilai\n",
            "tujuan[0].sasaran[0].indikator[0].satuann: unknown key 'satuann'; did you mean 'satuan'?",
        ),
        (
            REPORT,
            "pagu: 34169400\n",
            "pagu: 3.416.940\n",
            'pagu: expected a whole number, got "3.416.940"; write 3416940 (no thousands separators)',
        ),
        (
            REPORT,
            "sumber_dana: APBD Kabupaten Banjar\n",
            "",
            "banjar/aluh-aluh/2022.yaml:1:1: sumber_dana: required field is missing",
        ),
        (
            REPORT,
            "tanggal: 2022-12-31",
            "tanggal: 2022-06-30",
            "tanggal: 2022-06-30 is before the end of the period reported on (2022 ends 2022-12-31)",
        ),
        (
            REPORT,
            "tahun_dievaluasi: 2021",
            "tahun_dievaluasi: 2022",
            "evaluasi.tahun_dievaluasi: the evaluation reported in 2022 is of the 2021 report, not 2022",
        ),
        (
            REPORT,
            "realisasi: 1752598421",
            "realisasi: 1984707841",
            "program[0].kegiatan[0].sub_kegiatan[0].realisasi: realisasi 1984707841 exceeds pagu 1755568421",
        ),
        (
            REPORT,
            "penanggung_jawab: seksi_kesos",
            "penanggung_jawab: kasi_kesos",
            "penanggung_jawab: 'kasi_kesos' is not a unit with a jabatan",
        ),
        (
            REPORT,
            "realisasi: 5\n              penanggung_jawab: seksi_kesos",
            "realisasi: 4\n              penanggung_jawab: seksi_kesos",
            "program[1].kegiatan[1].sub_kegiatan[0].indikator.rincian: 5 items listed but realisasi is 4",
        ),
        (
            REPORT,
            "                  target: 8\n                  realisasi: 8\n",
            "                  target: 8\n                  realisasi: 7\n",
            "komponen[0].rincian: 8 items listed but realisasi is 7",
        ),
        (
            KEC,
            'nip: "198603132004121004"',
            'nip: "198603131986021004"',
            "pegawai.aditya.nip: impossible NIP: TMT 1986-02 is before the age of 18",
        ),
        (REPORT, "tahun: 2022\n", "tahun: 2021\n", "tahun 2021 disagrees with the file name 2022.yaml"),
        (
            REPORT,
            'sasaran: pelayanan_publik\n    kegiatan:\n      - kode: "7.01.01.2.02"',
            'sasaran: pelayanan\n    kegiatan:\n      - kode: "7.01.01.2.02"',
            "program[0].sasaran: 'pelayanan' is not a sasaran id",
        ),
    ],
)
def test_bad_content_is_explained(content_copy, file, old, new, expected):
    content_copy.edit(file, old, new)
    messages = _messages(content_copy)
    assert any(expected in m for m in messages), messages


def test_komponen_and_target_together_is_rejected(content_copy):
    content_copy.edit(
        REPORT,
        "              satuan: Laporan\n              penanggung_jawab: seksi_pem\n              komponen:",
        "              satuan: Laporan\n              target: 45\n"
        "              penanggung_jawab: seksi_pem\n              komponen:",
    )
    assert any("not both" in m for m in _messages(content_copy))


def test_every_problem_reported_in_one_run(content_copy):
    content_copy.edit(REPORT, "target: 73  ", 'target: "73,0"  ')
    content_copy.edit(REPORT, "pagu: 34169400\n", "pagu: abc\n")
    content_copy.edit(KEC, "nama: Aluh-Aluh", "name: Aluh-Aluh")
    messages = _messages(content_copy)
    assert len(messages) >= 4, messages  # two in the report, unknown + missing key in the profile
    assert any(m.startswith("banjar/aluh-aluh/kecamatan.yaml:") for m in messages)


def test_yaml_syntax_and_duplicate_keys(content_copy):
    content_copy.edit(REPORT, "tahun: 2022\n", "tahun: 2022\ntahun: 2022\n")
    messages = _messages(content_copy)
    assert any("2022.yaml:" in m and "duplicate key" in m for m in messages), messages


def test_yaml_syntax_error_position(content_copy):
    content_copy.edit(REPORT, "misi: 4", "misi: [4")
    (message,) = _messages(content_copy)
    assert message.startswith("banjar/aluh-aluh/2022.yaml:") and "YAML syntax" in message


def test_non_utf8_file(content_copy):
    path = content_copy.root / REPORT
    path.write_bytes(path.read_bytes().replace("Aluh-Aluh".encode(), "Aluh\xe9Aluh".encode("latin-1"), 1))
    (message,) = _messages(content_copy)
    assert "not UTF-8" in message


def test_unknown_kecamatan_and_year(content_copy):
    from pipeline.content.locate import locate

    with pytest.raises(ContentNotFound, match="known: aluh-aluh"):
        locate(content_copy.root, "astambul", None)
    with pytest.raises(ContentNotFound, match="available: 2022"):
        locate(content_copy.root, "aluh-aluh", 2019)


def test_another_kecamatans_name_is_flagged(content_copy):
    """Seed 001:342 'Belum optimalnya pelayanan PATEN di Kecamatan Astambul' in the Aluh-Aluh report."""
    content_copy.edit(
        REPORT,
        "  - Pelaksanaan pelayanan PATEN (Pelayanan Administrasi Terpadu Kecamatan) belum maksimal",
        "  - Belum optimalnya pelayanan PATEN di Kecamatan Astambul dan kantor ALUH - ALUH",
    )
    warnings = [str(w) for w in content_copy.load().warnings]
    flagged = [w for w in warnings if "names Kecamatan" in w]
    assert len(flagged) == 1 and "isu_strategis[0]: names Kecamatan Astambul, not Aluh-Aluh" in flagged[0]


def test_longer_names_win_over_their_prefix(content_copy):
    content_copy.edit(
        REPORT,
        "  - Pelaksanaan pelayanan PATEN (Pelayanan Administrasi Terpadu Kecamatan) belum maksimal",
        "  - Koordinasi dengan Kecamatan Martapura Barat",
    )
    flagged = [str(w) for w in content_copy.load().warnings if "names Kecamatan" in str(w)]
    assert len(flagged) == 1 and "Martapura Barat" in flagged[0]
