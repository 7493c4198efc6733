"""Words of Indonesian performance reporting that the typed-figure rules read.

Category words: the capaian scales in use across Indonesian regions (Permenpan RB 53/2014 and its
regional variants: Berhasil…; Permendagri 86/2017: Sangat Tinggi…; the Memuaskan and Baik
families), the SKM's mutu pelayanan of Permenpan RB 14/2017 and the SAKIP predikat. A word from
this list after "kategori" that is on none of the kabupaten's own scales was copied from a report
that used another scale.
"""

KNOWN_CATEGORIES = (
    "Sangat Berhasil",
    "Berhasil",
    "Cukup Berhasil",
    "Kurang Berhasil",
    "Tidak Berhasil",
    "Sangat Tinggi",
    "Tinggi",
    "Sedang",
    "Rendah",
    "Sangat Rendah",
    "Sangat Memuaskan",
    "Memuaskan",
    "Kurang Memuaskan",
    "Tidak Memuaskan",
    "Sangat Baik",
    "Baik",
    "Cukup Baik",
    "Cukup",
    "Kurang Baik",
    "Kurang",
    "Tidak Baik",
    "Sangat Kurang",
    "Buruk",
    "Sangat Buruk",
)
# The SKM's mutu pelayanan (Permenpan RB 14/2017): an IKM's own words, whatever the capaian scale.
SKM_CATEGORIES = ("Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik")
# The words that introduce a category.
CATEGORY_CUE = r"(?:kategori|predikat|kriteria|berkategori|dikategorikan|termasuk kategori)"
