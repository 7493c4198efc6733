"""Row builders: one function per table, turning computed figures into printed cells.

Every number is formatted here through `pipeline.formats`; nothing is computed here that the
compute stage has not already decided (a row only shows figures it is handed).
"""

from pipeline.render.rows import accountability, planning

BUILDERS = {
    name: getattr(module, name)
    for module, names in (
        (planning, ("permasalahan", "iku", "pk_sasaran", "pk_program", "pk_anggaran", "pk_kinerja")),
        (
            accountability,
            (
                "skala",
                "capaian_iku",
                "capaian_output",
                "tahun_lalu",
                "renstra",
                "nasional",
                "lra",
                "perubahan",
                "kinerja_anggaran",
                "efisiensi",
                "tindak_lanjut",
            ),
        ),
    )
    for name in names
}
