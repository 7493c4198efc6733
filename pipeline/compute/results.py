"""Frozen results of the compute stage: what the narrative and the tables print.

Every figure here is derived; the content models hold the facts they are derived from.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.compare import change_word, trend
from pipeline.content.models import Analisis, Band, Indikator, Unit
from pipeline.numbers import round_half_up


@dataclass(frozen=True)
class Measure:
    """Target, realisasi and the capaian derived from them, with its category."""

    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    kategori: Band | None

    @property
    def tercapai(self) -> bool | None:
        """Whether the target was met (capaian >= 100% after display rounding)."""
        return None if self.capaian is None else round_half_up(self.capaian) >= 100


@dataclass(frozen=True)
class YearOverYear:
    """This year against one earlier year, for analysis #2."""

    year: int
    previous: Measure | None
    delta_realisasi: Decimal | None
    trend_realisasi: str | None
    delta_capaian: Decimal | None
    trend_capaian: str | None


@dataclass(frozen=True)
class Benchmark:
    """Realisasi against another target: the Renstra end target (#3) or a provincial or
    national one (#4). `capaian` follows the indicator's polarity."""

    year: int
    target: Decimal
    capaian: Decimal | None

    @property
    def tercapai(self) -> bool | None:
        return None if self.capaian is None else round_half_up(self.capaian) >= 100


@dataclass(frozen=True)
class KomponenResult:
    nama: str
    measure: Measure
    rincian: tuple[str, ...]


@dataclass(frozen=True)
class IndikatorResult:
    source: Indikator
    measure: Measure
    komponen: tuple[KomponenResult, ...]
    penanggung_jawab: Unit
    last_year: YearOverYear
    renstra: Benchmark | None
    provinsi: Benchmark | None
    nasional: Benchmark | None
    tahunan: Benchmark | None = None

    @property
    def diukur_akhir_tahun(self) -> bool:
        """Measured only at year end: a quarterly report prints it without a value."""
        return self.source.periodik.value == "tahunan"


@dataclass(frozen=True)
class BudgetNode:
    """A program, kegiatan or sub kegiatan with money summed from its leaves."""

    level: str
    kode: str | None
    nama: str
    pagu_murni: int | None
    pagu: int
    realisasi: int
    serapan: Decimal | None
    children: tuple["BudgetNode", ...]
    indikator: IndikatorResult | None = None
    efisiensi: Decimal | None = None
    outcome: tuple[IndikatorResult, ...] = ()
    hasil: str | None = None
    pelaksana: str | None = None
    fisik: Decimal | None = None
    triwulan: tuple[int | None, ...] = (None, None, None, None)
    sasaran: str | None = None  # the sasaran it supports: its own link, else its parent's

    @property
    def indicators(self) -> tuple[IndikatorResult, ...]:
        """The node's own indicators: outcome/output of a program or kegiatan, or the sub kegiatan's."""
        return (self.indikator,) if self.indikator is not None else self.outcome

    def leaves(self) -> tuple["BudgetNode", ...]:
        return (self,) if not self.children else tuple(leaf for child in self.children for leaf in child.leaves())

    @property
    def sisa(self) -> int:
        """What was budgeted and not spent."""
        return self.pagu - self.realisasi

    @property
    def sisa_persen(self) -> Decimal | None:
        """The unspent share of the pagu, in percent: 100 less the serapan."""
        return None if self.serapan is None else 100 - self.serapan

    @property
    def perubahan(self) -> int | None:
        """Change made by the APBD Perubahan (positive: bertambah); None when the murni is not given."""
        return None if self.pagu_murni is None else self.pagu - self.pagu_murni

    @property
    def perubahan_word(self) -> str | None:
        """'bertambah' / 'berkurang' when the APBD Perubahan changed the pagu."""
        return None if self.pagu_murni is None else change_word(self.pagu_murni, self.pagu)


def walk(nodes: tuple[BudgetNode, ...]) -> Iterator[BudgetNode]:
    """Every node of a budget tree, depth first: program, its kegiatan, their sub kegiatan."""
    for node in nodes:
        yield node
        yield from walk(node.children)


@dataclass(frozen=True)
class SasaranResult:
    id: str
    uraian: str
    tujuan: str
    indikator: tuple[IndikatorResult, ...]
    capaian: Decimal | None
    kategori: Band | None
    programs: tuple[BudgetNode, ...]
    pagu: int
    realisasi: int
    serapan: Decimal | None
    analisis: Analisis | None


@dataclass(frozen=True)
class LraRow:
    uraian: str
    depth: int
    anggaran: int
    realisasi: int
    persen: Decimal | None
    realisasi_lalu: int | None

    @property
    def sisa(self) -> int:
        """What was budgeted and not spent."""
        return self.anggaran - self.realisasi

    @property
    def sisa_persen(self) -> Decimal | None:
        """The unspent share of the anggaran, in percent: 100 less the serapan."""
        return None if self.persen is None else 100 - self.persen

    @property
    def selisih_lalu(self) -> int | None:
        """This year's realisasi less last year's (negative: less was spent)."""
        return None if self.realisasi_lalu is None else self.realisasi - self.realisasi_lalu

    @property
    def trend_lalu(self) -> str | None:
        """'naik', 'turun' or 'tetap' against last year's realisasi."""
        return trend(Decimal(self.realisasi), None if self.realisasi_lalu is None else Decimal(self.realisasi_lalu), 0)


@dataclass(frozen=True)
class Reconciliation:
    """Budget tree against the LRA; a difference is printed and warned, never hidden."""

    pagu_program: int
    pagu_lra: int
    realisasi_program: int
    realisasi_lra: int

    @property
    def selisih_pagu(self) -> int:
        return abs(self.pagu_lra - self.pagu_program)

    @property
    def selisih_realisasi(self) -> int:
        return abs(self.realisasi_lra - self.realisasi_program)

    @property
    def agrees(self) -> bool:
        return self.pagu_program == self.pagu_lra and self.realisasi_program == self.realisasi_lra
