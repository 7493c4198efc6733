"""Jinja filters shared by the narrative and LaTeX environments: the Indonesian formats."""

from pipeline import formats
from pipeline.people import pangkat_golongan

FILTERS = {
    "angka": formats.angka,
    "rupiah": formats.rupiah,
    "rp": formats.rupiah_tabel,
    "persen": formats.persen,
    "desimal": formats.desimal,
    "nilai": formats.nilai,
    "cacah": formats.cacah,
    "terbilang": formats.terbilang,
    "bilangan": formats.bilangan,
    "terbilang_rupiah": formats.terbilang_rupiah,
    "tanggal": formats.tanggal,
    "nip": formats.nip,
    "romawi": formats.romawi,
    "huruf": formats.huruf,
    "pangkat": pangkat_golongan,
}
