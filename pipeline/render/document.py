"""Render the LaTeX source of a report from the computed figures.

The Jinja environment uses TeX-proof delimiters ((* block *)), ((( expr ))), ((= comment =))
and escapes every value on output (`finalize`), so no template author has to remember to.
"""

import datetime
from pathlib import Path

import jinja2

from pipeline.compute.capaian import mean
from pipeline.compute.report import Computed
from pipeline.content.checks.frame import period_end
from pipeline.content.models import ArchiveLevel
from pipeline.content.models.outline import cover_line
from pipeline.errors import TemplateError
from pipeline.formats import bulan_tahun, rentang_tahun, romawi, tanggal
from pipeline.people import display_name, jabatan_line, pangkat_golongan
from pipeline.render.cache import bytecode_cache
from pipeline.present.outline import layout
from pipeline.render.escape import Latex, latex
from pipeline.render.filters import FILTERS
from pipeline.present.narrative import Narrator
from pipeline.present.narrative import environment as narrative_environment
from pipeline.render.rows import BUILDERS
from pipeline.render.tables import load_layouts, render_table

TEMPLATES = Path(__file__).parent / "templates" / "tex"
LATEX_DIR = Path(__file__).resolve().parents[2] / "latex"


def tex_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        block_start_string="((*",
        block_end_string="*))",
        variable_start_string="(((",
        variable_end_string=")))",
        comment_start_string="((=",
        comment_end_string="=))",
        autoescape=True,
        finalize=latex,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=bytecode_cache(),
    )
    env.filters.update(FILTERS)
    return env


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _camat_pk(rep):
    """The Camat's own PK of the year, the Perubahan when there is one (it supersedes the murni)."""
    own = [pk for pk in rep.perjanjian_kinerja if pk.pihak_pertama == "camat"] or list(rep.perjanjian_kinerja)
    return next((pk for pk in own if pk.versi.value == "perubahan"), own[0])


def _place_date(content) -> str:
    """The report's own place–date line, as its outline words it: "Martapura, 31 Januari 2024"."""
    outline = content.outline
    place = content.kabupaten.ibukota if outline.tempat_ttd.value == "ibukota" else content.kecamatan.nama
    day = tanggal(content.signed) if outline.tanggal_ttd.value == "lengkap" else bulan_tahun(content.signed)
    return f"{place}, {day}"


def _cover(c: Computed) -> tuple[list[str], list[str]]:
    content = c.content
    outline, kab, kec, rep = content.outline, content.kabupaten, content.kecamatan, content.report
    quarter = content.period.quarter
    fields = {
        "kecamatan": kec.nama,
        "kabupaten": kab.nama,
        "provinsi": kab.provinsi,
        "tahun": str(rep.tahun),
        "periode": f"Triwulan {romawi(quarter)}" if quarter else f"Tahun {rep.tahun}",
        "tahun_terbit": str(content.signed.year),
        "judul": outline.judul,
        "singkatan": outline.singkatan,
    }
    lines = [cover_line(line, fields).upper() for line in outline.sampul]
    return lines[: outline.lambang], lines[outline.lambang :]


def context(c: Computed, pdfa: ArchiveLevel | None = None) -> dict:
    """Names every template can use; derived views here, never new figures."""
    content = c.content
    kab, kec, rep, outline = content.kabupaten, content.kecamatan, content.report, content.outline
    pk = _camat_pk(rep)
    top, bottom = _cover(c)
    measured = [i for i in c.tujuan_indicators + c.indicators if i.measure.capaian is not None]
    nodes = [k for p in c.programs for k in p.children]
    subs = [s for k in nodes for s in k.children]
    from pipeline.present.context import Ctx

    return {
        **Ctx(c).narrative,
        "c": c,
        "kab": kab,
        "kec": kec,
        "rep": rep,
        "tahun": rep.tahun,
        "nama": kec.nama,
        "outline": outline,
        "layout": layout(content),
        "sampul_atas": top,
        "sampul_bawah": bottom,
        "kertas": (outline.kertas or kab.kertas).value,
        "triwulan": content.period.quarter,
        "awal_periode": datetime.date(rep.tahun, 1, 1),
        "akhir_periode": period_end(rep.tahun, content.period.quarter),
        "terukur": measured,
        "rata_triwulan": mean([i.measure.capaian for i in measured]),
        "tempat_tanggal": _place_date(content),
        "judul_laporan": (
            f"{outline.judul} ({outline.singkatan})"
            if content.period.quarter is None
            else f"{outline.judul} {romawi(content.period.quarter)}"
        ),
        "pk": pk,
        "sasaran_strategis": [s for t in rep.tujuan for s in t.sasaran],
        "iku_program_rows": any(n.outcome for n in _walk(c.programs)),
        "staf": c.resources.staff,
        "sarpras_total": c.resources.sarpras,
        "layanan_izin": c.resources.layanan["perizinan"],
        "layanan_non": c.resources.layanan["non_perizinan"],
        "layanan_total": sum(c.resources.layanan.values()),
        "pk_judul": "Perjanjian Kinerja" + (" Perubahan" if pk.versi.value == "perubahan" else ""),
        "rpjmd_periode": rentang_tahun(*kab.rpjmd.periode),
        "renstra_periode": rentang_tahun(*rep.renstra),
        "misi": kab.rpjmd.misi[rep.misi - 1],
        "lra_total": c.lra[0] if c.lra else None,
        "lra_jenis": [r for r in c.lra if r.depth == 1],
        "n_kegiatan": len(nodes),
        "measured_nodes": [(n, i) for n in _walk(c.programs) for i in n.indicators if i.measure.capaian is not None],
        "berubah": [k for k in nodes if k.perubahan],
        "output_tercapai": sum(1 for i in c.output_indicators if i.measure.tercapai),
        "efisien": [s for s in nodes + subs if s.efisiensi is not None and s.efisiensi > 0],
        "efisien_max": max((s for s in nodes + subs if s.efisiensi), key=lambda s: s.efisiensi, default=None),
        "penuh": [s for s in nodes + subs if s.efisiensi is not None and s.efisiensi == 0],
        "tidak_tercapai": [n for n in nodes + subs if any(i.measure.tercapai is False for i in n.indicators)],
        "pdfa": (pdfa or kab.arsip).value,
        "camat": c.camat,
        "camat_unit": c.units["camat"],
        "pangkat_golongan": pangkat_golongan,
        "display_name": display_name,
        "jabatan_line": jabatan_line,
        "analisis_fields": lambda a: [name for name in type(a).model_fields if getattr(a, name)],
    }


def render_document(c: Computed, pdfa: ArchiveLevel | None = None) -> str:
    """The complete .tex source of the report."""
    ctx = context(c, pdfa)
    narrator = Narrator(narrative_environment(), ctx)
    layouts = load_layouts(LATEX_DIR / "tables.yaml")
    words = {
        "tahun": ctx["tahun"],
        "tahun_lalu": ctx["tahun"] - 1,
        "renstra_akhir": ctx["rep"].renstra[1],
        "triwulan": romawi(ctx["triwulan"]) if ctx["triwulan"] else "",
        **{f"t{back}": ctx["tahun"] - back for back in range(1, 5)},
    }

    def table(
        key: str,
        caption: str,
        source: str | None = None,
        label: str | None = None,
        intro: str | None = None,
        arg=None,
    ) -> Latex:
        rows = BUILDERS[key](c) if arg is None else BUILDERS[key](c, arg)
        shown = source if ctx["outline"].sumber_tabel else None
        return render_table(layouts[key], rows, caption, label or f"tab:{key}", words, shown, intro)

    env = tex_environment()
    env.globals.update(say=narrator.say, paragraphs=narrator.paragraphs, items=narrator.items, table=table)
    try:
        return env.get_template("report.tex.j2").render(ctx)
    except jinja2.TemplateError as exc:  # a template bug, reported without a traceback
        raise TemplateError(f"LaTeX template: {exc.message}") from None


def render_xmpdata(c: Computed) -> str:
    """The PDF/A metadata (title, author = the instansi, subject, keywords, language)."""
    try:
        return tex_environment().get_template("report.xmpdata.j2").render(context(c))
    except jinja2.TemplateError as exc:
        raise TemplateError(f"metadata template: {exc.message}") from None
