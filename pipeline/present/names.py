"""The names a narrative template or a content text may use, beside the report's own models:
counts and sums the compute stage derived (`terukur`, `lra_total`, `n_masalah` …), the periods
(`tahun_lalu`, `akhir_periode`), and each figure by its id or kode (`indikator.ikm`, `anggaran['7.01.01']`).
"""

import datetime
from typing import TYPE_CHECKING

from pipeline.compute.report import Computed
from pipeline.compute.results import walk
from pipeline.content.checks.frame import period_end
from pipeline.formats import rentang_tahun

if TYPE_CHECKING:  # the context builds these names; it imports this module when it needs them
    from pipeline.present.context import Ctx


def narrative_names(p: "Ctx") -> dict:
    """The names of the narrative, from a present context."""
    from pipeline.present.context import report_title

    c, s, kab, rep = p.c, p.c.summary, p.kab, p.rep
    layanan = c.resources.layanan
    return {
        "c": c,
        "kab": kab,
        "kec": p.kec,
        "rep": rep,
        "tahun": p.tahun,
        "tahun_lalu": p.tahun - 1,
        "nama": p.nama,
        "triwulan": p.triwulan,
        "awal_periode": datetime.date(p.tahun, 1, 1),
        "akhir_periode": period_end(p.tahun, p.triwulan),
        "terukur": s.measured,
        "rata_triwulan": s.measured_mean,
        "judul_laporan": report_title(c),
        "pk_judul": p.pk.judul,
        "rpjmd_periode": rentang_tahun(*kab.rpjmd.periode),
        "renstra_periode": rentang_tahun(*rep.renstra),
        "renstra_akhir": rep.renstra[1],
        "misi": kab.rpjmd.misi[rep.misi - 1],
        "lra_total": s.lra_total,
        "lra_jenis": s.lra_kinds,
        "n_kegiatan": len(s.kegiatan),
        "berubah": s.changed,
        "output_tercapai": s.output_met,
        "semua_tercapai": s.all_outputs_met,
        "efisien": s.efficient,
        "efisien_max": s.most_efficient,
        "penuh": s.fully_spent,
        "tanpa_anggaran": s.unbudgeted,
        "tidak_tercapai": s.missed,
        "n_masalah": s.masalah,
        "staf": c.resources.staff,
        "sarpras_total": c.resources.sarpras,
        "layanan_izin": layanan["perizinan"],
        "layanan_non": layanan["non_perizinan"],
        "layanan_total": sum(layanan.values()),
        **figures_by_name(c),
    }


def figures_by_name(c: Computed) -> dict:
    """Each indicator, sasaran and budget node by its id or kode, and the LRA lines in order: a text
    names the one figure it means (`{{ indikator.ikm.measure.capaian | persen }}`), which is also
    how `check` tells a text that types a figure how to write it instead."""
    from pipeline.typed.ledger import all_indicators

    return {
        "indikator": {i.source.id: i for i in all_indicators(c)},
        "sasaran": {s.id: s for s in c.sasaran},
        "anggaran": {n.kode: n for n in walk(c.programs) if n.kode},
        "lra": c.lra,
    }
