"""BAB I Pendahuluan: purpose, legal basis, tasks and organisation, resources, problems."""

from pipeline.document.blocks import Figure, Item, List, ListStyle, OrgChart, Paragraph, Section
from pipeline.document.inline import Ref, Strong, Text
from pipeline.people import jabatan_line
from pipeline.present.context import Ctx, numbered
from pipeline.present.placement import printed_before
from pipeline.present.rows import planning, resources

MARK = "\x00"


def sentence(p: Ctx, ref: str, values: dict | None = None, **inline) -> tuple:
    """The runs of a narrative block whose placeholders are inline nodes (a Ref, a Quoted, an Emph):
    the template keeps the whole sentence, each node is put where its name stands. `values` are
    plain names the template reads besides them."""
    text = p.text(ref, **(values or {}), **{name: f"{MARK}{name}{MARK}" for name in inline})
    runs = []
    for index, part in enumerate(text.split(MARK)):
        if index % 2:
            runs.append(inline[part])
        elif part:
            runs.append(Text(part))
    return tuple(runs)


def maksud_tujuan(p: Ctx, judul: str) -> tuple:
    return (
        Section(
            judul,
            (
                Section("Maksud Laporan", (numbered(p.items("bab1.maksud")),), level=2),
                Section("Tujuan Laporan", (numbered(p.items("bab1.tujuan")),), level=2),
            ),
        ),
    )


def permasalahan(p: Ctx, judul: str) -> tuple:
    table = p.table(
        "permasalahan",
        f"Permasalahan pada Kecamatan {p.nama}",
        planning.permasalahan(p.c),
        f"Renstra Kecamatan {p.nama} Tahun {p.narrative['renstra_periode']}",
    )
    return (Section(judul, (p.say("bab1.permasalahan"), table)),)


def latar_belakang(p: Ctx, judul: str) -> tuple:
    """The quarterly outline words it for the quarter; both end on the kecamatan's fungsi, unless
    tupoksi printed them before."""
    ref = "triwulan.latar_belakang" if p.triwulan else "bab1.latar_belakang"
    if printed_before(p, "latar_belakang", "tupoksi"):
        return (Section(judul, p.paragraphs(ref, fungsi=False)),)
    return (Section(judul, (*p.paragraphs(ref, fungsi=True), numbered(p.kab.fungsi_kecamatan, ListStyle.lettered))),)


def dasar_hukum(p: Ctx, judul: str) -> tuple:
    """The legal bases; when tupoksi listed them before, a sentence saying so."""
    if printed_before(p, "dasar_hukum", "tupoksi"):
        return (Section(judul, (p.say("bab1.dasar_hukum_sebelumnya"),)),)
    return (Section(judul, (numbered(p.kab.dasar_hukum),)),)


def ruang_lingkup(p: Ctx, judul: str) -> tuple:
    return (Section(judul, (p.say("triwulan.ruang_lingkup"),)),)


def cascading(p: Ctx, judul: str) -> tuple:
    """Each Perjanjian Kinerja of the year: who promised, how many kinerja and indicators."""
    entries = [
        p.text(
            "sumber_daya.cascading_pk",
            jabatan=jabatan_line(pk.pertama.jabatan, pk.pertama.prefix),
            n_kinerja=len(pk.items),
            n_indikator=sum(len(item.indicators) for item in pk.items),
        )
        for pk in p.c.perjanjian
    ]
    return (Section(judul, (p.say("sumber_daya.cascading"), numbered(entries))),)


def _susunan(p: Ctx) -> List:
    """The units in order, a unit with parts (the secretariat) with its parts lettered under it."""
    items = []
    for unit in p.kec.organisasi:
        parts = (numbered([part.nama for part in unit.bagian], ListStyle.lettered),) if unit.bagian else ()
        items.append(Item((Text(p.text("bab1.susunan_unit", unit=unit)),), parts))
    return List(tuple(items))


def org_chart(p: Ctx) -> OrgChart:
    """The Bagan SOTK: the Camat on top, a unit without a jabatan (the functional group) beside
    him, the first unit with parts as the secretariat, and every other unit on the line."""
    units = p.kec.organisasi
    head = next(u for u in units if u.id == "camat")
    staff = [u for u in units if u.id != "camat" and u.bagian]
    side = [u for u in units if not u.jabatan]
    lines = [u for u in units if u.id != "camat" and not u.bagian and u.jabatan] + staff[1:]
    return OrgChart(
        head=head.nama,
        side=side[0].nama if side else None,
        staff=staff[0].nama if staff else None,
        staff_parts=tuple(part.nama for part in staff[0].bagian) if staff else (),
        lines=tuple(u.nama for u in lines),
    )


def _uraian_tugas(p: Ctx) -> tuple:
    """The duties of every structural post that has them listed, or nothing."""
    units = [u for u in p.c.units.values() if u.uraian_tugas]
    if not units:
        return ()
    blocks = [p.say("bab1.uraian_tugas")]
    for unit in units:
        blocks += [Paragraph((Strong(unit.jabatan or unit.nama),)), numbered(unit.uraian_tugas, ListStyle.lettered)]
    return (Section("Uraian Tugas", tuple(blocks), level=2),)


def _tupoksi_dasar_hukum(p: Ctx) -> tuple:
    """The legal bases with their lead-in, unless the dasar_hukum component printed them before."""
    if printed_before(p, "tupoksi", "dasar_hukum"):
        return ()
    return p.say("bab1.dasar_hukum"), numbered(p.kab.dasar_hukum)


def _fungsi(p: Ctx) -> tuple:
    """The fungsi with their lead-in, or a sentence when latar_belakang listed them before."""
    if printed_before(p, "tupoksi", "latar_belakang"):
        return (p.say("bab1.fungsi_sebelumnya"),)
    return p.say("bab1.fungsi"), numbered(p.kab.fungsi_kecamatan, ListStyle.lettered)


def tupoksi(p: Ctx, judul: str) -> tuple:
    """Kedudukan, tugas, fungsi and organisation; a list another component printed first is not repeated."""
    label = "fig:sotk"
    figure = Figure(f"Bagan Susunan Organisasi Kecamatan {p.nama}", label, org_chart(p))
    susunan = (
        p.say("bab1.susunan"),
        _susunan(p),
        Paragraph(sentence(p, "bab1.bagan", gambar=Ref("Gambar", label))),
        figure,
    )
    blocks = (
        *_tupoksi_dasar_hukum(p),
        Section("Kedudukan", (p.say("bab1.kedudukan"),), level=2),
        Section("Tugas", (p.say("bab1.tugas"),), level=2),
        Section("Fungsi", _fungsi(p), level=2),
        Section("Susunan Organisasi", susunan, level=2),
        *_uraian_tugas(p),
    )
    return (Section(judul, blocks),)


def _pegawai(p: Ctx) -> list:
    """Staff by jabatan, and by golongan and pendidikan where the report counts them."""
    if not p.c.resources.staff:
        return []
    nama, tahun, staff = p.nama, p.tahun, p.rep.sumber_daya.kepegawaian
    data = f"Data Kepegawaian Kecamatan {nama} Tahun {tahun}"
    caption = f"Jabatan, Eselon dan Status Kepegawaian Lingkup Kantor Kecamatan {nama} Tahun {tahun}"
    blocks = [p.say("sumber_daya.pegawai"), p.table("pegawai_jabatan", caption, resources.pegawai_jabatan(p.c), data)]
    if staff.golongan:
        caption = f"Pegawai Negeri Sipil menurut Pangkat dan Golongan Lingkup Kantor Kecamatan {nama}"
        rows = resources.pegawai_golongan(p.c)
        blocks += [p.say("sumber_daya.golongan"), p.table("pegawai_golongan", caption, rows, data)]
    if staff.pendidikan:
        caption = f"Pegawai menurut Jenjang Pendidikan Lingkup Kantor Kecamatan {nama}"
        rows = resources.pegawai_pendidikan(p.c)
        blocks += [p.say("sumber_daya.pendidikan"), p.table("pegawai_pendidikan", caption, rows, data)]
    return blocks


def _sarpras(p: Ctx) -> list:
    if not p.c.resources.sarpras:
        return []
    caption = f"Jenis, Jumlah dan Kondisi Sarana Prasarana Lingkup Kantor Kecamatan {p.nama}"
    source = f"Kartu Inventaris Barang Kecamatan {p.nama} Tahun {p.tahun}"
    return [p.say("sumber_daya.sarpras"), p.table("sarpras", caption, resources.sarpras(p.c), source)]


def sumber_daya(p: Ctx, judul: str) -> tuple:
    """Staff and sarpras, or a sentence when `sumber_daya` counts neither."""
    blocks = (*_pegawai(p), *_sarpras(p))
    return (Section(judul, blocks or (p.say("sumber_daya.tanpa_data"),)),)


def isu_strategis(p: Ctx, judul: str) -> tuple:
    return (Section(judul, (p.say("bab1.isu"), numbered(p.rep.isu_strategis))),)


def produk_layanan(p: Ctx, judul: str) -> tuple:
    caption = f"Realisasi Pelayanan Kantor Kecamatan {p.nama} Tahun {p.tahun}"
    source = f"Register Pelayanan Kecamatan {p.nama} Tahun {p.tahun}"
    table = p.table("layanan", caption, resources.layanan(p.c), source)
    return (Section(judul, (p.say("sumber_daya.layanan"), table)),)


def dukungan(p: Ctx, judul: str) -> tuple:
    caption = f"Dukungan Sumber Daya Manusia, Sarana Prasarana dan Anggaran Tahun {p.tahun}"
    return (Section(judul, (p.say("sumber_daya.dukungan"), p.table("dukungan", caption, resources.dukungan(p.c)))),)


def sistematika(p: Ctx, judul: str) -> tuple:
    return (Section(judul, (p.say("bab1.sistematika_pengantar"), numbered(p.items("bab1.sistematika")))),)


PRESENTERS = {
    "maksud_tujuan": maksud_tujuan,
    "permasalahan": permasalahan,
    "latar_belakang": latar_belakang,
    "dasar_hukum": dasar_hukum,
    "ruang_lingkup": ruang_lingkup,
    "cascading": cascading,
    "tupoksi": tupoksi,
    "sumber_daya": sumber_daya,
    "isu_strategis": isu_strategis,
    "produk_layanan": produk_layanan,
    "dukungan": dukungan,
    "sistematika": sistematika,
}
