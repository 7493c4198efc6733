"""The names every text may use in `{{ … }}`, and what each holds (`lkjip schema --part placeholder`).

The same names serve the built-in texts and the texts a kabupaten writes; a test ties this list to
the names the present stage actually provides.
"""

PLACEHOLDERS = {
    "c": "the computed report: c.sasaran, c.indicators, c.programs, c.grand_total, c.capaian, c.kategori, c.skm…",
    "kab": "the kabupaten: kab.nama, kab.provinsi, kab.ibukota, kab.rpjmd…",
    "kec": "the kecamatan: kec.nama, kec.alamat, kec.organisasi…",
    "rep": "the year file as written: rep.tahun, rep.renstra, rep.evaluasi…",
    "tahun": "the report year",
    "tahun_lalu": "the year before it",
    "nama": "the kecamatan's name",
    "triwulan": "the quarter (1-4) of a quarterly report, else none",
    "awal_periode": "the first day of the period reported on",
    "akhir_periode": "its last day",
    "terukur": "the tujuan and sasaran indicators measured so far",
    "rata_triwulan": "their mean capaian",
    "judul_laporan": "the report's title, e.g. 'Laporan Kinerja Instansi Pemerintah (LKjIP)'",
    "pk_judul": "'Perjanjian Kinerja' or 'Perjanjian Kinerja Perubahan' (the agreement the report measures)",
    "rpjmd_periode": "the RPJMD period, e.g. '2021–2026'",
    "renstra_periode": "the Renstra period",
    "renstra_akhir": "the Renstra's last year",
    "misi": "the RPJMD misi the kecamatan supports",
    "lra_total": "Belanja Daerah of the LRA: .anggaran, .realisasi, .persen, .sisa, .realisasi_lalu",
    "lra_jenis": "its first-level lines",
    "n_kegiatan": "the number of kegiatan",
    "berubah": "the kegiatan the APBD Perubahan changed",
    "output_tercapai": "the number of kegiatan and sub kegiatan indicators that met their target",
    "semua_tercapai": "whether all of them did",
    "efisien": "kegiatan and sub kegiatan indicators that met their target with money left (.nama, .indikator,"
    " .capaian, .serapan, .efisiensi)",
    "efisien_max": "the most efficient of them",
    "penuh": "those that met their target spending the whole pagu",
    "tanpa_anggaran": "those that met their target without a pagu of their own (a kegiatan measured by several"
    " indicators, or without pagu)",
    "tidak_tercapai": "kegiatan and sub kegiatan indicators that missed their target (.nama names the kegiatan)",
    "n_masalah": "the number of problems in the permasalahan table",
    "staf": "staff totals: .pns, .non_pns, .total",
    "sarpras_total": "sarpras totals: .jumlah, .baik, .kurang_baik, .rusak_berat",
    "layanan_izin": "services delivered: perizinan",
    "layanan_non": "non perizinan",
    "layanan_total": "all services",
    "indikator": "every indicator by its id: indikator.ikm.measure.capaian, indikator.ikm.measure.target…",
    "sasaran": "every sasaran by its id: sasaran.pelayanan.capaian, .pagu, .realisasi, .serapan…",
    "anggaran": "every program, kegiatan and sub kegiatan by its kode: anggaran['7.01.01'].pagu, .realisasi,"
    " .sisa, .serapan, .sisa_persen…",
    "lra": "the LRA lines in order (lra[0] is Belanja Daerah): .anggaran, .realisasi, .sisa, .persen…",
    "i": "in a section with `ulang: indikator`: the indicator (i.source.nama, i.measure.capaian…)",
    "s": "in a section with `ulang: indikator` or `sasaran`: the sasaran (s.uraian, s.capaian…)",
    "n": "in a section with `ulang: program`, `kegiatan` or `sub_kegiatan`: the budget node (n.nama, n.kode,"
    " n.pagu, n.realisasi, n.serapan, n.indikator…)",
}

# Names a repeating section adds (`ulang:`), beside the report-wide ones.
REPEATED = ("i", "s", "n")
