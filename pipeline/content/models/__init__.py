"""Frozen models of the content files; the schema every YAML file is validated against.

Content states facts only. Nothing here is a derived figure: capaian, kategori, totals,
serapan and comparisons are computed later, so these models have no field for them.
Unknown keys are rejected (`extra="forbid"`), so a typo is an error, not a silent default.
"""

from pipeline.content.models.base import Model
from pipeline.content.models.budget import Kegiatan, LraLine, Program, SubKegiatan
from pipeline.content.models.evaluation import Evaluasi, Rekomendasi
from pipeline.content.models.indicator import Indikator, Komponen, Polarity, YearValue
from pipeline.content.models.kabupaten import (
    Band,
    EfficiencyRule,
    Kabupaten,
    Paper,
    Rpjmd,
    Scale,
)
from pipeline.content.models.kecamatan import Alamat, Kecamatan
from pipeline.content.models.people import Acting, Person, Unit
from pipeline.content.models.report import (
    Analisis,
    Masalah,
    PerjanjianKinerja,
    PkVersion,
    PokokMasalah,
    Report,
    Sasaran,
    Tujuan,
)
from pipeline.kinds import ArchiveLevel, Period  # re-exported: the models' fields use them

__all__ = [
    "Acting",
    "ArchiveLevel",
    "Alamat",
    "Analisis",
    "Band",
    "EfficiencyRule",
    "Evaluasi",
    "Indikator",
    "Kabupaten",
    "Kecamatan",
    "Kegiatan",
    "Komponen",
    "LraLine",
    "Masalah",
    "Model",
    "Paper",
    "PerjanjianKinerja",
    "Period",
    "Person",
    "PkVersion",
    "PokokMasalah",
    "Polarity",
    "Program",
    "Rekomendasi",
    "Report",
    "Rpjmd",
    "Sasaran",
    "Scale",
    "SubKegiatan",
    "Tujuan",
    "Unit",
    "YearValue",
]
