"""Every figure the computed report states, with what it is and how a text writes it instead.

A text that types a figure is compared with this ledger. Each entry carries the placeholder that
prints the same figure (`{{ indikator.ikm.measure.capaian | persen }}`), so the warning can name
the fix that removes the typed figure altogether, and the scope it belongs to (an indicator, a
sasaran, a budget node), so that a sasaran's analysis is compared with that sasaran's figures.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from pipeline.compute.report import Computed
from pipeline.compute.results import BudgetNode, IndikatorResult, walk
from pipeline.formats import angka, persen, rupiah


class Kind(str, Enum):
    persen = "persen"  # a ratio printed with '%'
    rupiah = "rupiah"
    nilai = "nilai"  # an indicator's target or realisasi, in its own unit


@dataclass(frozen=True)
class Known:
    """One figure of the report: its value, what it is (and which cue words may name it)."""

    kind: Kind
    role: str  # capaian, serapan, sisa, efisiensi, target, realisasi, pagu
    value: Decimal
    what: str  # "capaian of Indeks Kepuasan Masyarakat"
    placeholder: str  # "indikator.ikm.measure.capaian | persen"
    scope: frozenset[str]  # "indikator:ikm", "sasaran:pelayanan", "node:7.01.01"; empty: the whole report
    places: int = 2  # the decimals the report prints it with

    @property
    def shown(self) -> str:
        if self.kind is Kind.persen:
            return persen(self.value)
        if self.kind is Kind.rupiah:
            return rupiah(self.value)
        return angka(self.value, self.places)


@dataclass(frozen=True)
class Ledger:
    figures: tuple[Known, ...]
    indicators: tuple[IndikatorResult, ...]
    counts: dict[str, tuple[int, ...]]  # "indikator" -> every count of indicators a list of the report has


def ledger(c: Computed) -> Ledger:
    figures = (*_indicator_figures(c), *_budget_figures(c), *_report_figures(c))
    return Ledger(tuple(figures), all_indicators(c), _counts(c))


def all_indicators(c: Computed) -> tuple[IndikatorResult, ...]:
    budget = tuple(i for n in walk(c.programs) for i in n.indicators)
    return (*c.tujuan_indicators, *c.indicators, *budget)


def indicator_ref(i: IndikatorResult) -> str:
    return f"indikator.{i.source.id}"


def _indicator_figures(c: Computed) -> Iterator[Known]:
    owner = {i.source.id: f"sasaran:{s.id}" for s in c.sasaran for i in s.indikator}
    owner.update({i.source.id: f"node:{n.kode}" for n in walk(c.programs) if n.kode for i in n.indicators})
    for i in all_indicators(c):
        ref, name, places = indicator_ref(i), i.source.nama, i.source.desimal
        scope = frozenset({f"indikator:{i.source.id}"} | ({owner[i.source.id]} if i.source.id in owner else set()))
        yield from _measure_figures(i.measure, f"{ref}.measure", name, scope, places)
        previous = i.last_year.previous
        if previous is not None:
            yield from _measure_figures(
                previous, f"{ref}.last_year.previous", f"{name} in {i.last_year.year}", scope, places
            )
        for bench, label in ((i.renstra, "renstra"), (i.provinsi, "provinsi"), (i.nasional, "nasional")):
            if bench is not None:
                yield Known(
                    Kind.nilai,
                    "target",
                    bench.target,
                    f"{label} target of {name}",
                    f"{ref}.{label}.target | angka({places})",
                    scope,
                    places,
                )
                if bench.capaian is not None:
                    yield Known(
                        Kind.persen,
                        "capaian",
                        bench.capaian,
                        f"capaian of {name} against its {label} target",
                        f"{ref}.{label}.capaian | persen",
                        scope,
                    )


def _measure_figures(m, ref: str, name: str, scope: frozenset, places: int) -> Iterator[Known]:
    """Target, realisasi and capaian of one measure (this year's, or an earlier year's)."""
    for role in ("target", "realisasi"):
        value = getattr(m, role)
        if value is not None:
            yield Known(Kind.nilai, role, value, f"{role} of {name}", f"{ref}.{role} | angka({places})", scope, places)
    if m.capaian is not None:
        yield Known(Kind.persen, "capaian", m.capaian, f"capaian of {name}", f"{ref}.capaian | persen", scope)


def node_ref(n: BudgetNode) -> str | None:
    return None if n.kode is None else f"anggaran['{n.kode}']"


def _budget_figures(c: Computed) -> Iterator[Known]:
    for n in walk(c.programs):
        ref = node_ref(n) or "…"
        scope = frozenset({f"node:{n.kode}"} if n.kode else ()) | (
            {f"sasaran:{n.sasaran}"} if n.sasaran else frozenset()
        )
        yield from _money(n, ref, _named(n), scope)
        if n.efisiensi is not None:
            yield Known(
                Kind.persen, "efisiensi", n.efisiensi, f"efisiensi of {n.nama}", f"{ref}.efisiensi | persen", scope
            )
    yield from _money(c.grand_total, "c.grand_total", "the whole budget", frozenset())
    for s in c.sasaran:
        scope = frozenset({f"sasaran:{s.id}"})
        ref = f"sasaran.{s.id}"
        yield Known(Kind.rupiah, "pagu", Decimal(s.pagu), f"pagu of sasaran {s.uraian}", f"{ref}.pagu | rupiah", scope)
        yield Known(
            Kind.rupiah,
            "realisasi",
            Decimal(s.realisasi),
            f"realisasi of sasaran {s.uraian}",
            f"{ref}.realisasi | rupiah",
            scope,
        )
        if s.serapan is not None:
            yield Known(
                Kind.persen, "serapan", s.serapan, f"serapan of sasaran {s.uraian}", f"{ref}.serapan | persen", scope
            )
    for index, row in enumerate(c.lra):
        ref = "lra_total" if index == 0 else f"lra[{index}]"
        what = f"LRA {row.uraian}"
        yield Known(
            Kind.rupiah, "pagu", Decimal(row.anggaran), f"anggaran of {what}", f"{ref}.anggaran | rupiah", frozenset()
        )
        yield Known(
            Kind.rupiah,
            "realisasi",
            Decimal(row.realisasi),
            f"realisasi of {what}",
            f"{ref}.realisasi | rupiah",
            frozenset(),
        )
        yield Known(Kind.rupiah, "sisa", Decimal(row.sisa), f"sisa of {what}", f"{ref}.sisa | rupiah", frozenset())
        if row.realisasi_lalu is not None:
            yield Known(
                Kind.rupiah,
                "realisasi",
                Decimal(row.realisasi_lalu),
                f"last year's realisasi of {what}",
                f"{ref}.realisasi_lalu | rupiah",
                frozenset(),
            )
        if row.persen is not None:
            yield Known(Kind.persen, "serapan", row.persen, f"serapan of {what}", f"{ref}.persen | persen", frozenset())
            yield Known(
                Kind.persen, "sisa", 100 - row.persen, f"sisa of {what}", f"{ref}.sisa_persen | persen", frozenset()
            )


def _named(n: BudgetNode) -> str:
    """'kegiatan Penyediaan Gaji…', but 'Program Penunjang…' when the name already says what it is."""
    level = n.level.replace("_", " ")
    return n.nama if n.nama.lower().startswith(level.split()[0]) else f"{level} {n.nama}"


def _money(n: BudgetNode, ref: str, what: str, scope: frozenset) -> Iterator[Known]:
    yield Known(Kind.rupiah, "pagu", Decimal(n.pagu), f"pagu of {what}", f"{ref}.pagu | rupiah", scope)
    yield Known(
        Kind.rupiah, "realisasi", Decimal(n.realisasi), f"realisasi of {what}", f"{ref}.realisasi | rupiah", scope
    )
    yield Known(Kind.rupiah, "sisa", Decimal(n.sisa), f"sisa of {what}", f"{ref}.sisa | rupiah", scope)
    if n.pagu_murni is not None:
        yield Known(
            Kind.rupiah, "pagu", Decimal(n.pagu_murni), f"pagu murni of {what}", f"{ref}.pagu_murni | rupiah", scope
        )
    if n.serapan is not None:
        yield Known(Kind.persen, "serapan", n.serapan, f"serapan of {what}", f"{ref}.serapan | persen", scope)
        yield Known(Kind.persen, "sisa", n.sisa_persen, f"sisa of {what}", f"{ref}.sisa_persen | persen", scope)


def _report_figures(c: Computed) -> Iterator[Known]:
    if c.capaian is not None:
        yield Known(Kind.persen, "capaian", c.capaian, "the report's mean capaian", "c.capaian | persen", frozenset())
    for s in c.sasaran:
        if s.capaian is not None:
            yield Known(
                Kind.persen,
                "capaian",
                s.capaian,
                f"capaian of sasaran {s.uraian}",
                f"sasaran.{s.id}.capaian | persen",
                frozenset({f"sasaran:{s.id}"}),
            )
    if c.summary.measured_mean is not None:
        yield Known(
            Kind.persen,
            "capaian",
            c.summary.measured_mean,
            "the mean capaian of the indicators measured",
            "rata_triwulan | persen",
            frozenset(),
        )


def _counts(c: Computed) -> dict[str, tuple[int, ...]]:
    """How many indicators, programs, kegiatan and sub kegiatan each list of the report holds."""
    s = c.summary
    outcome = sum(len(p.outcome) for p in c.programs)
    indicators = {
        len(c.indicators),
        len(c.tujuan_indicators),
        len(c.tujuan_indicators) + len(c.indicators),
        len(s.output_indicators),
        s.n_kegiatan_indicators,
        s.n_sub_kegiatan_indicators,
        outcome,
        len(all_indicators(c)),
        len(s.measured),
        len(s.rated),
        *(len(x.indikator) for x in c.sasaran),
    }
    return {
        "indikator": tuple(sorted(indicators - {0})),
        "program": (s.n_program,),
        "kegiatan": tuple(sorted({s.n_kegiatan, *(len(p.children) for p in c.programs)})),
        "sub kegiatan": tuple(sorted({s.n_sub_kegiatan, *(len(k.children) for k in s.kegiatan)})),
    }
