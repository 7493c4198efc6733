"""Each Perjanjian Kinerja resolved: who signs, what it promises, with which budget.

A PK names its items (sasaran ids or kode of budget nodes); the targets printed are those of the
items' indicators and the amounts those of the budget tree, so a PK can never disagree with the
report it belongs to (the seeds' PK tables do: 001:262 vs the sum of its rows). A unit with no
sasaran and no budget of its own writes its rows in the PK (`kinerja_sendiri`): they are measured
like any indicator, and belong to that PK alone.
"""

from collections.abc import Callable
from dataclasses import dataclass

from pipeline.compute.results import BudgetNode, IndikatorResult, SasaranResult, walk
from pipeline.content.models import Kabupaten, Kecamatan, Person, Unit
from pipeline.content.models.indicator import Indikator
from pipeline.content.models.people import Acting
from pipeline.content.models.report import PerjanjianKinerja


@dataclass(frozen=True)
class Party:
    person: Person
    jabatan: str
    prefix: str | None


@dataclass(frozen=True)
class PkItem:
    kinerja: str
    indicators: tuple[IndikatorResult, ...]


@dataclass(frozen=True)
class PkBudget:
    kode: str | None
    nama: str
    pagu: int


@dataclass(frozen=True)
class PkResult:
    source: PerjanjianKinerja
    pertama: Party
    kedua: Party
    items: tuple[PkItem, ...]
    budget: tuple[PkBudget, ...]

    @property
    def total(self) -> int:
        return sum(b.pagu for b in self.budget)

    @property
    def judul(self) -> str:
        return "Perjanjian Kinerja" + (" Perubahan" if self.source.versi.value == "perubahan" else "")


def _prefix(status: Acting) -> str | None:
    return None if status is Acting.definitif else status.value


def party(who: str, kab: Kabupaten, kec: Kecamatan, units: dict[str, Unit]) -> Party:
    """A unit's head with the unit's jabatan, a staff member with their own, or the Bupati."""
    if who == "bupati":
        return Party(kab.bupati, f"Bupati {kab.nama}", _prefix(kab.bupati_status))
    if who in units:
        unit = units[who]
        title = unit.jabatan or unit.nama
        if who == "camat":
            title = f"{title} {kec.nama}"
        return Party(kec.pegawai[unit.pejabat], title, _prefix(unit.status))
    person = kec.pegawai[who]
    return Party(person, person.jabatan, None)


def perjanjian(
    pk: PerjanjianKinerja,
    sasaran: tuple[SasaranResult, ...],
    programs: tuple[BudgetNode, ...],
    parties: tuple[Party, Party],
    result: Callable[[Indikator], IndikatorResult],
) -> PkResult:
    """The PK's rows: the items it names, then its own (`result` measures their indicators as the
    report's are measured); only named items bring budget."""
    by_id = {s.id: s for s in sasaran}
    by_kode = {n.kode: n for n in walk(programs) if n.kode}
    items, budget = [], []
    for ref in pk.kinerja or (() if pk.kinerja_sendiri else tuple(by_id)):
        if ref in by_id:
            s = by_id[ref]
            items.append(PkItem(s.uraian, s.indikator))
            budget += [PkBudget(p.kode, p.nama, p.pagu) for p in s.programs]
        else:
            node = by_kode[ref]
            items.append(PkItem(node.hasil or node.nama, node.indicators))
            budget.append(PkBudget(node.kode, node.nama, node.pagu))
    items += [PkItem(own.kinerja, tuple(result(i) for i in own.indikator)) for own in pk.kinerja_sendiri]
    unique = tuple(dict.fromkeys(budget))
    return PkResult(pk, parties[0], parties[1], tuple(items), unique if pk.anggaran else ())


def governing(pks: tuple[PkResult, ...]) -> PkResult:
    """The Camat's own PK of the year, the Perubahan when there is one (it supersedes the murni):
    the agreement the report measures itself against."""
    own = [pk for pk in pks if pk.source.pihak_pertama == "camat"] or list(pks)
    return next((pk for pk in own if pk.source.versi.value == "perubahan"), own[0])
