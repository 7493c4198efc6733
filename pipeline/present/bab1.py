"""BAB I Pendahuluan: purpose, legal basis, tasks and organisation, resources, problems."""

from pipeline.document.blocks import ListStyle, Section
from pipeline.present.context import Ctx, numbered
from pipeline.present.rows import planning


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


PRESENTERS = {
    "maksud_tujuan": maksud_tujuan,
    "permasalahan": permasalahan,
}
