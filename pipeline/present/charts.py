"""Charts (grafik): the figures of a table drawn, never a figure of their own.

Each chart takes its values from the computed report exactly as the table it illustrates prints
them: capaian per indicator (the capaian column of the IKU table, each bar in its category's colour
from the kabupaten's scale), target and realisasi over the years (the indicator's `riwayat` and this
year), pagu against realisasi and the serapan per program (the program rows of the budget tables),
and, in a quarterly report, the capaian and the money s.d. the quarter (the quarterly tables).

A chart component (`grafik_capaian` …) prints a lead-in sentence that refers to the figure and the
figure; placed with a `judul`, it is a section of its own. A user section places the same with a
`grafik:` block (`grafik: capaian`).
"""

from decimal import Decimal

from pipeline.compute.results import IndikatorResult
from pipeline.content.models.outline import ChartSeries
from pipeline.document.blocks import Chart, ChartKind, Figure, FigureSeries, Paragraph, Section, Series
from pipeline.document.inline import Ref, Text
from pipeline.formats import romawi
from pipeline.numbers import round_half_up
from pipeline.present.context import Ctx
from pipeline.present.rows.quarterly import capaian_groups

HUNDRED = Decimal(100)
MARK = "\ufffc"  # where the sentence refers to its figure
KINDS = ("capaian", "tren", "anggaran", "triwulan")  # the `grafik:` block's names; component `grafik_<name>`


def series(p: Ctx) -> FigureSeries:
    """The series the outline numbers charts in: with the pictures (Gambar) or apart (Grafik)."""
    return FigureSeries.grafik if p.content.outline.nomor_grafik is ChartSeries.grafik else FigureSeries.gambar


def caption(p: Ctx, ref: str, **extra) -> str:
    """A chart's caption, by its named text; one that begins with its series' word ("Grafik") does not
    repeat it after the number ("Grafik 3.1 Capaian …", never "Grafik 3.1 Grafik Capaian …")."""
    text, word = p.text(ref, **extra), series(p).value
    return text[len(word) :].lstrip() if text.startswith(word + " ") else text


def _figure(p: Ctx, ref: str, label: str, chart: Chart, **extra) -> tuple:
    """The sentence that refers to the figure (named text `grafik.<kind>`), and the figure, captioned by
    the named text `grafik.judul_<kind>`."""
    kind = series(p)
    before, _, after = p.text(ref, gambar=MARK, **extra).partition(MARK)
    runs = tuple(
        x for x in (Text(before) if before else None, Ref(kind.value, label), Text(after) if after else None) if x
    )
    title = caption(p, ref.replace("grafik.", "grafik.judul_", 1), **extra)
    return Paragraph(runs), Figure(title, label, chart, kind)


def _colour(ind: IndikatorResult) -> str | None:
    """The colour of the indicator's category on the kabupaten's scale; None: the writer's neutral colour."""
    band = ind.measure.kategori
    return band.warna if band is not None and band.warna else None


def capaian_chart(p: Ctx) -> Chart:
    """One bar per tujuan and sasaran indicator: its capaian (as the capaian column prints it), in its
    category's colour, against the 100 % of a met target."""
    shown = (*p.c.tujuan_indicators, *p.c.indicators)
    bars = Series(
        "Capaian",
        tuple(i.measure.capaian for i in shown),
        colours=tuple(_colour(i) for i in shown),
    )
    return Chart(
        ChartKind.bars,
        tuple(i.source.nama for i in shown),
        (bars,),
        unit="%",
        axis="Capaian (%)",
        reference=HUNDRED,
        reference_label="Target (100%)",
    )


def capaian(p: Ctx, at: str = "") -> tuple:
    chart = capaian_chart(p)
    coloured = any(c for s in chart.series for c in s.colours)
    return _figure(p, "grafik.capaian", f"fig:grafik_capaian{at}", chart, berwarna=coloured)


def _printed(ind: IndikatorResult, value: Decimal | None) -> Decimal | None:
    """An indicator value as it prints: rounded to the indicator's decimals."""
    return None if value is None else round_half_up(value, ind.source.desimal)


def trend_years(p: Ctx, ind: IndikatorResult) -> list[tuple[int, Decimal | None, Decimal | None]]:
    """The years the content gives a value for (earlier years of `riwayat`, then this year): year,
    target and realisasi."""
    earlier = [
        (year, v.target, v.realisasi)
        for year, v in sorted(ind.source.riwayat.items())
        if year < p.tahun and (v.target is not None or v.realisasi is not None)
    ]
    return [*earlier, (p.tahun, ind.measure.target, ind.measure.realisasi)]


def trend_chart(p: Ctx, ind: IndikatorResult) -> Chart:
    years = trend_years(p, ind)
    return Chart(
        ChartKind.lines,
        tuple(str(year) for year, _, _ in years),
        (
            Series("Target", tuple(_printed(ind, t) for _, t, _ in years)),
            Series("Realisasi", tuple(_printed(ind, r) for _, _, r in years)),
        ),
        unit="",
        axis=ind.source.satuan,
    )


def trended(p: Ctx) -> tuple[IndikatorResult, ...]:
    """The tujuan and sasaran indicators with at least one earlier year to compare with."""
    return tuple(i for i in (*p.c.tujuan_indicators, *p.c.indicators) if len(trend_years(p, i)) > 1)


def tren(p: Ctx, at: str = "", only: tuple[str, ...] = ()) -> tuple:
    """One chart per indicator with earlier years (of those `only` names, when given); a sentence when
    none has any."""
    shown = tuple(i for i in trended(p) if not only or i.source.id in only)
    if not shown:
        return (p.say("grafik.tren_kosong"),)
    blocks = []
    for ind in shown:
        label = f"fig:grafik_tren_{ind.source.id}{at}"
        blocks += _figure(p, "grafik.tren", label, trend_chart(p, ind), i=ind, awal=trend_years(p, ind)[0][0])
    return tuple(blocks)


def budget_chart(p: Ctx) -> Chart:
    """Pagu and realisasi of each program, as the program rows of the budget tables print them."""
    programs = p.c.programs
    return Chart(
        ChartKind.bars,
        tuple(n.nama for n in programs),
        (
            Series("Pagu", tuple(Decimal(n.pagu) for n in programs)),
            Series("Realisasi", tuple(Decimal(n.realisasi) for n in programs)),
        ),
        unit="Rp",
        axis="Anggaran (Rp)",
    )


def serapan_chart(p: Ctx) -> Chart:
    """The serapan of each program, against the 100 % of a pagu spent in full: a chart of its own, as
    a chart has one value axis and the serapan is a percentage, not Rupiah."""
    programs = p.c.programs
    return Chart(
        ChartKind.bars,
        tuple(n.nama for n in programs),
        (Series("Serapan", tuple(n.serapan for n in programs)),),
        unit="%",
        axis="Serapan (%)",
        reference=HUNDRED,
        reference_label="Pagu (100%)",
    )


def anggaran(p: Ctx, at: str = "") -> tuple:
    return (
        *_figure(p, "grafik.anggaran", f"fig:grafik_anggaran{at}", budget_chart(p)),
        *_figure(p, "grafik.serapan", f"fig:grafik_serapan{at}", serapan_chart(p)),
    )


def quarter_indicators(p: Ctx) -> tuple[IndikatorResult, ...]:
    """The main indicators measured s.d. the quarter, in the order of the quarterly tables: the tujuan
    and sasaran indicators (`capaian_triwulan`), then the programs' own (`realisasi_triwulan`; the
    kegiatan and sub kegiatan stay in the table, too many for one chart). An indicator measured only
    at year end, or with no capaian yet (a target of nought s.d. the quarter), has no bar."""
    found = [i for _, indicators in capaian_groups(p.c) for i in indicators]
    found += [i for program in p.c.programs for i in program.indicators]
    out, seen = [], set()
    for i in found:
        if i.source.id in seen or i.diukur_akhir_tahun or i.measure.capaian is None:
            continue
        seen.add(i.source.id)
        out.append(i)
    return tuple(out)


def quarter_kinerja_chart(p: Ctx) -> Chart:
    """Capaian s.d. the quarter against the target s.d. the quarter and against the annual target."""
    shown, tw = quarter_indicators(p), romawi(p.triwulan)
    return Chart(
        ChartKind.bars,
        tuple(i.source.nama for i in shown),
        (
            Series(f"Capaian s.d. Triwulan {tw}", tuple(i.measure.capaian for i in shown)),
            Series(
                "Capaian terhadap Target Tahunan",
                tuple(i.tahunan.capaian if i.tahunan else None for i in shown),
            ),
        ),
        unit="%",
        axis="Capaian (%)",
        reference=HUNDRED,
        reference_label="Target (100%)",
    )


def quarter_money_chart(p: Ctx) -> Chart:
    """Money spent s.d. each triwulan so far (cumulative, as the content gives it) against the pagu."""
    total, quarters = p.c.grand_total, range(1, p.triwulan + 1)
    spent = tuple(None if total.triwulan[q - 1] is None else Decimal(total.triwulan[q - 1]) for q in quarters)
    return Chart(
        ChartKind.bars,
        tuple(f"Triwulan {romawi(q)}" for q in quarters),
        (Series("Pagu", tuple(Decimal(total.pagu) for _ in quarters)), Series("Realisasi (kumulatif)", spent)),
        unit="Rp",
        axis="Anggaran (Rp)",
    )


def triwulan(p: Ctx, at: str = "") -> tuple:
    kinerja = ()
    if quarter_indicators(p):
        kinerja = _figure(p, "grafik.triwulan_kinerja", f"fig:grafik_triwulan_kinerja{at}", quarter_kinerja_chart(p))
    keuangan = _figure(p, "grafik.triwulan_keuangan", f"fig:grafik_triwulan_keuangan{at}", quarter_money_chart(p))
    return (*kinerja, *keuangan)


# Each kind's sentences and figures; `at` tells apart the labels of a chart placed again by a `grafik:` block.
FIGURES = {"capaian": capaian, "tren": tren, "anggaran": anggaran, "triwulan": triwulan}


def _component(kind: str):
    def present(p: Ctx, judul: str) -> tuple:
        """The chart's sentence and figure; a section of its own when the outline gives it a heading."""
        blocks = FIGURES[kind](p)
        return (Section(judul, blocks),) if judul else blocks

    present.__name__ = f"grafik_{kind}"
    return present


PRESENTERS = {f"grafik_{kind}": _component(kind) for kind in KINDS}
