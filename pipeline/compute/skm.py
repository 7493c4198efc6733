"""IKM from the Survei Kepuasan Masyarakat (Permenpan RB 14/2017): mean NRR of the unsur × 25.

003 Tabel 15 prints the per-unsur contribution NRR × 25/9 and their sum; the lowest and highest
unsur named in the narrative (anatomy N16) are derived here, never typed.
"""

from dataclasses import dataclass
from decimal import Decimal

from pipeline.content.models.resources import Skm, UnsurSkm

SCALE = Decimal(25)


def ikm(unsur: tuple[UnsurSkm, ...]) -> Decimal:
    return sum((u.nrr for u in unsur), Decimal(0)) / len(unsur) * SCALE


@dataclass(frozen=True)
class SkmResult:
    source: Skm
    contributions: tuple[tuple[UnsurSkm, Decimal], ...]
    ikm: Decimal
    lowest: UnsurSkm
    highest: UnsurSkm


def skm_result(skm: Skm) -> SkmResult:
    weight = SCALE / len(skm.unsur)
    return SkmResult(
        skm,
        tuple((u, u.nrr * weight) for u in skm.unsur),
        ikm(skm.unsur),
        min(skm.unsur, key=lambda u: u.nrr),
        max(skm.unsur, key=lambda u: u.nrr),
    )
