"""The set pieces to LaTeX: signatures, a decree's parts, a PK statement's title and parties, the kop surat.

Names and positions are set in capitals here (a typographic rule): the model keeps them as written.
"""

from pipeline import formats
from pipeline.document import pieces as pc
from pipeline.document.blocks import ListStyle
from pipeline.people import display_name, jabatan_line
from pipeline.write.latex.blocks import Writer, _upper, _write, asset_name
from pipeline.write.latex.escape import escape


def _name(signer: pc.Signer) -> str:
    return display_name(signer.nama, signer.gelar_depan, signer.gelar_belakang, True)


def _title(signer: pc.Signer) -> str:
    return jabatan_line(signer.title, signer.prefix)


def signature(sig: pc.Signature, command: str) -> str:
    nip = f"NIP. {formats.nip(sig.nip)}" if sig.nip else ""
    fields = (sig.place_date, sig.label, _title(sig.signer), _name(sig.signer), sig.pangkat, nip)
    return f"\\{command}" + "".join("{" + escape(f) + "}" for f in fields)


@_write.register
def _(node: pc.SignatureRight, writer: Writer, indent: str) -> str:
    return signature(node.signature, "lkjSignatureRight")


@_write.register
def _(node: pc.SignaturePair, writer: Writer, indent: str) -> str:
    pair = signature(node.left, "lkjSignatureBlock") + "\n\\hfill\n" + signature(node.right, "lkjSignatureBlock")
    return "\\begin{lkjsignatures}\n" + pair + "\n\\end{lkjsignatures}"


@_write.register
def _(node: pc.DecreeTitle, writer: Writer, indent: str) -> str:
    return rf"\lkjDecreeTitle{{{_upper(node.issuer)}}}{{{_upper(node.number)}}}{{{_upper(node.about)}}}"


@_write.register
def _(node: pc.CentredHeading, writer: Writer, indent: str) -> str:
    return rf"\lkjDecreeCentre{{{_upper(node.text)}}}"


@_write.register
def _(node: pc.Consideration, writer: Writer, indent: str) -> str:
    option = "[\\arabic*.]" if node.style is ListStyle.numbered else ""
    items = "".join(f"  \\item {escape(item)}\n" for item in node.items)
    return (
        rf"\lkjConsider{{{escape(node.label)}}}" + "\n"
        rf"\begin{{lkjconsiderlist}}{option}" + "\n" + items + r"\end{lkjconsiderlist}"
    )


@_write.register
def _(node: pc.Diktum, writer: Writer, indent: str) -> str:
    return rf"\lkjDiktum{{{escape(node.label)}}}{{{escape(node.text)}}}"


@_write.register
def _(node: pc.StatementTitle, writer: Writer, indent: str) -> str:
    lines = r"\\ ".join(_upper(line) for line in node.lines)
    return rf"\lkjPKTitle{{{_upper(node.title)}}}{{{lines}}}"


@_write.register
def _(node: pc.Bookmark, writer: Writer, indent: str) -> str:
    command = "lkjTocChapter" if node.chapter else "lkjPKLabel"
    return rf"\{command}{{{escape(node.title)}}}"


@_write.register
def _(node: pc.Party, writer: Writer, indent: str) -> str:
    return rf"\lkjParty{{{escape(_name(node.signer))}}}{{{escape(_title(node.signer))}}}{{{escape(node.role)}}}"


@_write.register
def _(node: pc.Letterhead, writer: Writer, indent: str) -> str:
    emblem = asset_name(node.emblem) if node.emblem else ""
    return rf"\lkjLetterhead{{{emblem}}}{{" + r"\\".join(escape(line) for line in node.lines) + "}"
