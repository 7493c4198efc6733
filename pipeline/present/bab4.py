"""BAB IV Penutup: conclusions, suggestions, strategy and the closing paragraph."""

from pipeline.document.blocks import KeepTogether, Section
from pipeline.document.pieces import SignatureRight
from pipeline.present import signatures
from pipeline.present.context import Ctx, numbered


def _period(p: Ctx, block: str) -> str:
    """A quarterly report words its conclusions as interim ones (the triwulan narrative)."""
    return f"triwulan.{block}" if p.triwulan else f"bab4.{block}"


def kesimpulan(p: Ctx, judul: str) -> tuple:
    return (Section(judul, (p.say(_period(p, "kesimpulan")),)),)


def saran(p: Ctx, judul: str) -> tuple:
    return (Section(judul, (p.say(_period(p, "saran")), numbered(p.rep.saran))),)


def strategi_peningkatan(p: Ctx, judul: str) -> tuple:
    return (Section(judul, (numbered(p.rep.strategi_peningkatan),)),)


def kalimat_penutup(p: Ctx, judul: str) -> tuple:
    """The closing paragraph (no heading); signed again when the outline says so, and then kept on
    one page with its signature."""
    closing = p.say("bab4.penutup")
    if "kalimat_penutup" not in p.content.outline.ditandatangani:
        return (closing,)
    return (KeepTogether((closing, SignatureRight(signatures.camat(p.c, p.place_date)))),)


PRESENTERS = {
    "kesimpulan": kesimpulan,
    "saran": saran,
    "strategi_peningkatan": strategi_peningkatan,
    "kalimat_penutup": kalimat_penutup,
}
