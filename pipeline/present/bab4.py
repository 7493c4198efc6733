"""BAB IV Penutup: conclusions, suggestions, strategy and the closing paragraph."""

from pipeline.document.blocks import KeepTogether, Section, SignatureRight
from pipeline.present import signatures
from pipeline.present.context import Ctx


def kalimat_penutup(p: Ctx, judul: str) -> tuple:
    """The closing paragraph (no heading); signed again when the outline says so, and then kept on
    one page with its signature."""
    closing = p.say("bab4.penutup")
    if "kalimat_penutup" not in p.content.outline.ditandatangani:
        return (closing,)
    return (KeepTogether((closing, SignatureRight(signatures.camat(p.c, p.place_date)))),)


PRESENTERS = {
    "kalimat_penutup": kalimat_penutup,
}
