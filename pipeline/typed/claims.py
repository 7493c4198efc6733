"""What the rules return and read: a claim on one typed figure, and the place a text is about.

Each rule (`indicators.py`, `money.py`, `counts.py`) reads one sentence and returns `Claim`s: a
typed figure with the verdict on it. A claim that contradicts the report carries the computed
value and the placeholder that prints it; one that agrees is kept too, for `check --strict`
("typed: would be safer as a placeholder").
"""

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.results import IndikatorResult
from pipeline.numbers import round_half_up
from pipeline.typed.ledger import Kind, Known, Ledger
from pipeline.typed.reading import Typed


@dataclass(frozen=True)
class Claim:
    start: int  # offset in the text
    typed: str
    problem: str | None  # None: the typed figure agrees with the report
    placeholder: str | None  # what prints the computed figure instead
    error: bool = False


@dataclass(frozen=True)
class Place:
    """What a text is about: the scope keys of its location, and the report it belongs to."""

    scope: frozenset[str]
    ledger: Ledger
    year: int
    scales: tuple  # the kabupaten's capaian scale first, then its other scales

    def known(self, *roles: str, kind: Kind | None = None) -> list[Known]:
        """The figures of these roles: those of this text's scope when it has any, else all."""
        found = [k for k in self.ledger.figures if k.role in roles and (kind is None or k.kind is kind)]
        near = [k for k in found if k.scope & self.scope]
        return near or found

    def indicators(self) -> list[IndikatorResult]:
        near = [i for i in self.ledger.indicators if f"indikator:{i.source.id}" in self.scope]
        return near or [i for i in self.ledger.indicators if self._sasaran_of(i) & self.scope]

    def _sasaran_of(self, i: IndikatorResult) -> frozenset[str]:
        for k in self.ledger.figures:
            if f"indikator:{i.source.id}" in k.scope:
                return k.scope
        return frozenset()


def agrees(typed: Typed, value: Decimal | None) -> bool:
    """A typed figure agrees when it is the value rounded to the decimals typed."""
    return value is not None and round_half_up(Decimal(value), typed.decimals) == typed.value
