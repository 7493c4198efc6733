"""The set pieces of an LKjIP: signatures, the parts of a decree and of a PK statement, the kop surat."""

from dataclasses import dataclass

from pipeline.document.blocks import Asset, ListStyle


@dataclass(frozen=True)
class Letterhead:
    """The kop surat: the emblem (if any) beside the issuing office's lines, ruled off below."""

    lines: tuple[str, ...]
    emblem: Asset | None = None


@dataclass(frozen=True)
class Signer:
    """Who signs: the name and gelar as written, the position, and the acting prefix (Plt., Pj.)
    that belongs to the appointment, resolved once by the present stage."""

    nama: str
    gelar_depan: str | None
    gelar_belakang: str | None
    title: str
    prefix: str | None = None


@dataclass(frozen=True)
class Signature:
    """A signature: the place and date line, a label ("Pihak Pertama,"), the signer, the
    pangkat/golongan line and the NIP (18 digits, grouped by the writer)."""

    place_date: str
    label: str
    signer: Signer
    pangkat: str = ""
    nip: str | None = None


@dataclass(frozen=True)
class SignatureRight:
    """One signature set at the right margin, below the text it signs."""

    signature: Signature


@dataclass(frozen=True)
class SignaturePair:
    """Two parties signing side by side: the second party on the left, the first on the right."""

    left: Signature
    right: Signature


@dataclass(frozen=True)
class DecreeTitle:
    """The head of a decree: issuer, number and what it is about."""

    issuer: str
    number: str
    about: str


@dataclass(frozen=True)
class CentredHeading:
    """A centred bold line of a decree ("CAMAT X,", "MEMUTUSKAN:")."""

    text: str


@dataclass(frozen=True)
class Consideration:
    """ "Menimbang" or "Mengingat" with its list (lettered or numbered)."""

    label: str
    items: tuple[str, ...]
    style: ListStyle = ListStyle.lettered


@dataclass(frozen=True)
class Diktum:
    """One article of a decree: its label (Menetapkan, KESATU, …) and text."""

    label: str
    text: str


@dataclass(frozen=True)
class StatementTitle:
    """The centred title of a statement page such as a Perjanjian Kinerja: a title and its lines."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Bookmark:
    """An entry in the Daftar Isi for a page that prints no heading of its own; `chapter`: listed as
    a chapter (a page between chapters), else as a section of the chapter it stands in."""

    title: str
    chapter: bool = False


@dataclass(frozen=True)
class Party:
    """A party to an agreement and the role the agreement gives them."""

    signer: Signer
    role: str
