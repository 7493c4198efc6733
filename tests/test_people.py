"""Pangkat from golongan, NIP structure, names in signature blocks."""

import pytest

from pipeline.people import display_name, jabatan_line, nip_problem, pangkat_golongan


def test_pangkat_is_derived_from_golongan():
    assert pangkat_golongan("IV/b") == "Pembina Tingkat I (IV/b)"
    assert pangkat_golongan("III/c") == "Penata (III/c)"  # seed 002:1334 prints "PENATA / III.D"
    assert pangkat_golongan("II/b") == "Pengatur Muda Tingkat I (II/b)"


@pytest.mark.parametrize(
    "nip, fragment",
    [
        ("198603132004121004", None),
        ("196510211966022005", "before the age of 18"),  # seed 003:2190: appointed at age 0
        ("19860313 200412 1 004", "18 digits"),
        ("198613132004121004", "not a valid date"),
        ("198603132004123004", "gender"),
    ],
)
def test_nip_structure(nip, fragment):
    problem = nip_problem(nip)
    assert (problem is None) if fragment is None else (fragment in problem)


def test_signature_name_and_jabatan():
    assert display_name("Saidi Mansyur", "H.", "S.I.Kom.", upper=True) == "H. SAIDI MANSYUR, S.I.Kom."
    assert display_name("Aditya Yudi Dharma", None, "S.STP") == "Aditya Yudi Dharma, S.STP"
    assert jabatan_line("Camat Aluh-Aluh") == "CAMAT ALUH-ALUH"
    assert jabatan_line("Bupati Tanah Laut", "Pj.") == "Pj. BUPATI TANAH LAUT"
