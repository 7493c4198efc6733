"""BAB III.A Capaian kinerja organisasi: the method, the scale, target against realisasi, and the
comparisons with last year, the Renstra and the provincial and national targets."""

from pipeline.compute.results import walk
from pipeline.content.models.indicator import Polarity
from pipeline.document.blocks import Formula, Item, List, ListStyle, MathOp, MathText, Paragraph, Section
from pipeline.document.inline import Dash, Ref, Strong, Text, runs
from pipeline.present.context import Ctx, numbered
from pipeline.present.rows import accountability as rows

MARK = "\ufffc"  # where a narrative sentence takes its table reference
CAPAIAN = (MathText("Realisasi"),), (MathText("Target"),)
CAPAIAN_NEGATIF = (
    (MathOp("2"), MathOp("×"), MathText("Target"), MathOp("−"), MathText("Realisasi")),
    (MathText("Target"),),
)


def referring(p: Ctx, ref: str, label: str, **extra) -> Paragraph:
    """A narrative sentence with a numbered reference to a table where its {{ tabel }} stands."""
    before, _, after = p.text(ref, tabel=MARK, **extra).partition(MARK)
    return Paragraph(runs(before, Ref("Tabel", label), after))


def skala(p: Ctx) -> tuple:
    """The scale of categories, announced."""
    return p.say("bab3.skala"), p.table("skala", p.kab.skala_capaian.nama, rows.skala(p.c))


def _negative(p: Ctx) -> bool:
    return any(i.source.polaritas is Polarity.negatif for i in (*p.c.indicators, *p.c.output_indicators))


def metode(p: Ctx) -> tuple:
    """How capaian is computed: the positive formula, and the negative one when an indicator needs it."""
    items = [Item((Text(p.text("bab3.rumus_positif")),), (Formula("Capaian", *CAPAIAN),))]
    if _negative(p):
        items.append(Item((Text(p.text("bab3.rumus_negatif")),), (Formula("Capaian", *CAPAIAN_NEGATIF),)))
    return p.say("bab3.metode"), List(tuple(items), ListStyle.bulleted)


def _output_item(p: Ctx, node, ind) -> Item:
    """One measured indicator of a program, kegiatan or sub kegiatan, with its komponen or rincian."""
    blocks = [p.say("bab3.output_verdict", i=ind)]
    if ind.komponen:
        komponen = tuple(
            Item(
                (Text(p.text("bab3.komponen_verdict", k=k, satuan=ind.source.satuan)),),
                (numbered(k.rincian),) if k.rincian else (),
            )
            for k in ind.komponen
        )
        blocks.append(List(komponen, ListStyle.lettered))
    elif ind.source.rincian:
        blocks.append(numbered(ind.source.rincian))
    return Item(runs(Strong(node.nama), " ", Dash(), f" {ind.source.nama}."), tuple(blocks))


def _outputs(p: Ctx, source: str) -> tuple:
    """The program, kegiatan and sub kegiatan indicators: their table, then a verdict for each
    measured one; a sentence instead of what there is nothing to put in."""
    carried = [(n, i) for n in walk(p.c.programs) for i in n.indicators]
    if not carried:
        return (p.say("bab3.output_tanpa_indikator"),)
    output = p.table(
        "capaian_output",
        f"Capaian Indikator Kinerja Program, Kegiatan dan Sub Kegiatan Tahun {p.tahun}",
        rows.capaian_output(p.c),
        source,
        intro=p.text("bab3.output_tabel"),
    )
    measured = [(n, i) for n, i in carried if i.measure.capaian is not None]
    if not measured:
        return output, referring(p, "bab3.output_belum_diukur", "tab:capaian_output")
    lead = referring(p, "bab3.output_uraian", "tab:capaian_output", sebagian=len(measured) < len(carried))
    return output, lead, List(tuple(_output_item(p, n, i) for n, i in measured))


def target_realisasi(p: Ctx) -> Section:
    tahun, nama = p.tahun, p.nama
    source = f"Laporan Capaian Kinerja Kecamatan {nama} Tahun {tahun}"
    caption = f"Capaian Indikator Kinerja Sasaran Strategis Tahun {tahun}"
    iku = p.table("capaian_iku", caption, rows.capaian_iku(p.c), source)
    return Section(
        f"Target dan Realisasi Kinerja Tahun {tahun}",
        (
            referring(p, "bab3.iku_tabel", "tab:capaian_iku"),
            iku,
            *(p.say("bab3.iku_verdict", i=i) for i in p.c.indicators),
            *_outputs(p, source),
        ),
        level=2,
    )


def tahun_lalu(p: Ctx) -> Section:
    tahun = p.tahun
    table = p.table(
        "tahun_lalu",
        f"Perbandingan Realisasi dan Capaian Kinerja Tahun {tahun} dengan Tahun {tahun - 1}",
        rows.tahun_lalu(p.c),
        f"Laporan Kinerja Kecamatan {p.nama} Tahun {tahun - 1} dan {tahun}",
        intro=p.text("bab3.tahun_lalu_tabel"),
    )
    verdicts = tuple(p.say("bab3.tahun_lalu", i=i) for i in p.c.indicators)
    return Section("Perbandingan Realisasi dan Capaian dengan Tahun Sebelumnya", (table, *verdicts), level=2)


def renstra(p: Ctx) -> Section:
    """The table only when some indicator has a Renstra end target; a verdict for every indicator."""
    periode = p.narrative["renstra_periode"]
    table = ()
    if any(i.renstra for i in p.c.indicators):
        caption = f"Realisasi Kinerja Tahun {p.tahun} terhadap Target Akhir Renstra {periode}"
        table = (p.table("renstra", caption, rows.renstra(p.c), f"Renstra Kecamatan {p.nama} Tahun {periode}"),)
    verdicts = tuple(p.say("bab3.renstra", i=i) for i in p.c.indicators)
    return Section("Realisasi Kinerja dan Target Akhir Periode Renstra", (*table, *verdicts), level=2)


def nasional(p: Ctx) -> Section:
    """Indicators with a provincial target first, then those with a national target only; or the
    sentence that there is nothing to compare with."""
    indicators = p.c.indicators
    benchmarked = [i for i in indicators if i.provinsi] + [i for i in indicators if not i.provinsi and i.nasional]
    title = "Realisasi Kinerja dan Target Nasional"
    if not benchmarked:
        return Section(title, (p.say("bab3.nasional"),), level=2)
    caption = f"Realisasi Indikator Kinerja Sasaran Strategis Tahun {p.tahun} dan Target Provinsi dan Nasional"
    table = p.table("nasional", caption, rows.nasional(p.c))
    return Section(title, (table, *(p.say("bab3.nasional_item", i=i) for i in benchmarked)), level=2)


def capaian_organisasi(p: Ctx, judul: str) -> tuple:
    """Analyses 1-4 of Permenpan RB 53/2014: target against realisasi, last year, Renstra, national."""
    blocks = (*metode(p), *skala(p), target_realisasi(p), tahun_lalu(p), renstra(p), nasional(p))
    return (Section(judul, blocks),)
