"""The set pages of the appendices: every Perjanjian Kinerja, and the Camat's decree on the IKU."""

from pipeline.compute.perjanjian import PkResult
from pipeline.document.blocks import ListStyle, PageBreak
from pipeline.document.pieces import (
    Bookmark,
    CentredHeading,
    Consideration,
    DecreeTitle,
    Diktum,
    Party,
    SignaturePair,
    SignatureRight,
    StatementTitle,
)
from pipeline.document.report import Chapter
from pipeline.formats import tanggal
from pipeline.present import signatures
from pipeline.present.context import Ctx
from pipeline.present.rows import appendix, planning

DIKTUM = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT")


def _pk_date(p: Ctx, pk: PkResult) -> str:
    """The PK's own place and date; a PK signed on a day not yet known leaves the day to be written in."""
    day = tanggal(pk.source.tanggal) if pk.source.tanggal else f".................... {p.tahun}"
    return f"{p.nama}, {day}"


def _signatures(p: Ctx, pk: PkResult) -> SignaturePair:
    """The second party on the left, undated; the first party on the right, with the PK's date."""
    return SignaturePair(
        left=signatures.party(pk.kedua, "", "Pihak Kedua,"),
        right=signatures.party(pk.pertama, _pk_date(p, pk), "Pihak Pertama,"),
    )


def _statement(p: Ctx, pk: PkResult) -> tuple:
    """The agreement's first page: title, the two parties and what each undertakes."""
    place = f"Kecamatan {p.nama} Kabupaten {p.kab.nama}"
    return (
        StatementTitle(f"{pk.judul} Tahun {p.tahun}", (pk.pertama.jabatan, place)),
        Bookmark(f"{pk.judul} {pk.pertama.jabatan}"),
        p.say("lampiran.pk_pembuka"),
        Party(signatures.party_signer(pk.pertama), p.text("lampiran.pk_pihak_pertama")),
        Party(signatures.party_signer(pk.kedua), p.text("lampiran.pk_pihak_kedua")),
        p.say("lampiran.pk_janji"),
        p.say("lampiran.pk_supervisi"),
        _signatures(p, pk),
    )


def _sheet(p: Ctx, pk: PkResult, number: int) -> tuple:
    """The agreement's attachment: the kinerja and targets, the budget when the PK carries one.

    A PK of own rows only (`kinerja_sendiri`) carries none: its signed sheet's budget table is empty
    (003:2563-2565), a table that says nothing, so it is left out as for `anggaran: false`."""
    whose = f"{pk.judul} {pk.pertama.jabatan} Tahun {p.tahun}"
    tables = [
        p.table(
            "pk_kinerja",
            f"Kinerja, Indikator dan Target {whose}",
            appendix.pk_kinerja(p.c, pk),
            label=f"tab:pk_kinerja_{number}",
        ),
    ]
    if pk.budget:
        source = f"DPA Kecamatan {p.nama} Tahun {p.tahun}"
        tables.append(
            p.table(
                "pk_anggaran",
                f"Program dan Anggaran {whose}",
                appendix.pk_anggaran(p.c, pk),
                source,
                label=f"tab:pk_anggaran_{number}",
            )
        )
    title = StatementTitle(pk.judul, (f"{pk.pertama.jabatan} Tahun {p.tahun}",))
    return (title, *tables, _signatures(p, pk))


def lampiran_perjanjian_kinerja(p: Ctx, judul: str) -> Chapter:
    """Every PK of the year, each its statement page and its sheet, each signed by both parties."""
    blocks = []
    for number, pk in enumerate(p.c.perjanjian, start=1):
        if number > 1:
            blocks.append(PageBreak())
        blocks += [*_statement(p, pk), PageBreak(), *_sheet(p, pk, number)]
    return Chapter(judul, tuple(blocks))


def _decree(p: Ctx) -> tuple:
    """The decree itself: its head, considerations, and what it decides, signed by the Camat."""
    sk = p.rep.sk_iku
    keputusan, tentang = p.text("lampiran.sk_keputusan"), p.text("lampiran.sk_tentang")
    # The Menetapkan diktum repeats the decree's title in capitals (the writer sets Diktum text as given).
    menetapkan = p.text("lampiran.sk_menetapkan", keputusan=keputusan, tentang=tentang).upper()
    diktum = [Diktum(label, p.text(f"lampiran.sk_{label.lower()}")) for label in DIKTUM]
    signed = signatures.camat(p.c, f"Ditetapkan di {p.nama}, {tanggal(sk.tanggal)}")
    return (
        DecreeTitle(keputusan, f"Nomor {sk.nomor}", tentang),
        CentredHeading(f"Camat {p.nama},"),
        Consideration("Menimbang", tuple(sk.menimbang), ListStyle.lettered),
        Consideration("Mengingat", tuple(sk.mengingat), ListStyle.numbered),
        CentredHeading("Memutuskan:"),
        Diktum("Menetapkan", menetapkan),
        *diktum,
        SignatureRight(signed),
    )


def lampiran_sk_iku(p: Ctx, judul: str) -> Chapter:
    """The Camat's decree setting the IKU, then its attachment tables built from the indicators."""
    source = f"Keputusan Camat {p.nama} Nomor {p.rep.sk_iku.nomor}"
    tables = [
        p.table(
            "iku",
            f"Indikator Kinerja Utama Kecamatan {p.nama} Tahun {p.tahun}",
            planning.iku(p.c),
            source,
            label="tab:sk_iku",
        ),
    ]
    program_rows = appendix.iku_program(p.c)
    if program_rows:
        caption = f"Indikator Kinerja Program dan Kegiatan Kecamatan {p.nama} Tahun {p.tahun}"
        tables.append(p.table("iku_program", caption, program_rows, source))
    return Chapter(judul, (*_decree(p), PageBreak(), *tables))


PRESENTERS = {
    "lampiran_perjanjian_kinerja": lampiran_perjanjian_kinerja,
    "lampiran_sk_iku": lampiran_sk_iku,
}
