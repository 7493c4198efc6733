"""Row builders: one function per table, turning computed figures into printed cells.

Every number is formatted here through `pipeline.formats`; nothing is computed here that the
compute stage has not already decided (a row only shows figures it is handed).
"""

from pipeline.render.rows import accountability, planning, quarterly, resources

BUILDERS = {
    name: getattr(module, name)
    for module, names in (
        (
            planning,
            (
                "permasalahan",
                "iku",
                "iku_program",
                "pk_sasaran",
                "pk_program",
                "pk_anggaran",
                "pk_kinerja",
                "pilar",
                "tujuan_sasaran",
            ),
        ),
        (quarterly, ("capaian_triwulan", "realisasi_triwulan")),
        (
            resources,
            (
                "pegawai_jabatan",
                "pegawai_golongan",
                "pegawai_pendidikan",
                "sarpras",
                "layanan",
                "skm",
                "capaian_unit",
                "lhe_komponen",
                "keuangan_triwulan",
                "anggaran_sasaran",
                "dukungan",
                "monev_renstra",
                "matriks",
            ),
        ),
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
