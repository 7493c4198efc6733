"""Block nodes: paragraphs, lists, formulas, figures, signatures and the set pages of an LKjIP."""

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from pipeline.document.inline import Inline
from pipeline.document.table import InternalError, Table


@dataclass(frozen=True)
class Paragraph:
    """One paragraph. `continued`: it goes on from the block before it (no new indent), as text
    that follows a list inside the same sentence does."""

    runs: tuple[Inline, ...]
    continued: bool = False


@dataclass(frozen=True)
class Centered:
    """A line set apart and centred, such as the visi."""

    runs: tuple[Inline, ...]


class ListStyle(Enum):
    numbered = "numbered"  # 1. 2. 3.
    lettered = "lettered"  # a. b. c.
    bulleted = "bulleted"


@dataclass(frozen=True)
class Item:
    """A list item: its own text, then any blocks under it (a formula, a nested list)."""

    runs: tuple[Inline, ...]
    blocks: tuple["Block", ...] = ()


@dataclass(frozen=True)
class List:
    """A list; it has at least one item (an empty list cannot be typeset, so it cannot be built)."""

    items: tuple[Item, ...]
    style: ListStyle = ListStyle.numbered

    def __post_init__(self):
        if not self.items:
            raise InternalError("an empty list: the present stage must leave it (and its lead-in) out")


@dataclass(frozen=True)
class MathText:
    """A word in a formula, set upright as text."""

    text: str


@dataclass(frozen=True)
class MathOp:
    """An operator or a number in a formula: "×", "−", "+", "2"."""

    symbol: str


MathTerm = MathText | MathOp


@dataclass(frozen=True)
class Formula:
    """A displayed ratio formula: `lhs` = numerator / denominator (× 100% when `percent`)."""

    lhs: str
    numerator: tuple[MathTerm, ...]
    denominator: tuple[MathTerm, ...]
    percent: bool = True


@dataclass(frozen=True)
class OrgChart:
    """The Bagan SOTK: the head, an optional side unit, the secretariat with its parts, the line units."""

    head: str
    side: str | None
    staff: str | None
    staff_parts: tuple[str, ...]
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Asset:
    """A file from the content (an emblem, a photograph) that the document embeds, by a stable name.

    `name` is what writers refer to (e.g. "lambang-3f2a….png"); `path` is where the build copies it
    from. Checked when the content is loaded (exists, a PNG, JPEG or PDF, not too large).
    """

    name: str
    path: Path


@dataclass(frozen=True)
class Image:
    """A picture from the content, `width` a fraction of the line width."""

    asset: Asset
    width: float = 1.0


@dataclass(frozen=True)
class Figure:
    caption: str
    label: str
    drawing: "OrgChart | Image"


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
class KeepTogether:
    """Blocks that must stay on one page (a closing paragraph and its signature)."""

    blocks: tuple["Block", ...]


@dataclass(frozen=True)
class PageBreak:
    pass


class Listing(Enum):
    contents = "contents"
    tables = "tables"
    figures = "figures"


@dataclass(frozen=True)
class ListOf:
    """Daftar Isi, Daftar Tabel or Daftar Gambar: filled in by the engine."""

    kind: Listing


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
    """"Menimbang" or "Mengingat" with its list (lettered or numbered)."""

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
    """An entry in the Daftar Isi for a page that prints no heading of its own."""

    title: str


@dataclass(frozen=True)
class Party:
    """A party to an agreement and the role the agreement gives them."""

    signer: Signer
    role: str


@dataclass(frozen=True)
class Section:
    """A numbered (or unnumbered) heading with its blocks; level 1 is a section of a chapter."""

    title: str
    blocks: tuple["Block", ...]
    level: int = 1
    numbered: bool = True


Block = (
    Paragraph
    | Centered
    | List
    | Formula
    | Table
    | Figure
    | SignatureRight
    | SignaturePair
    | KeepTogether
    | PageBreak
    | ListOf
    | DecreeTitle
    | CentredHeading
    | Consideration
    | Diktum
    | StatementTitle
    | Bookmark
    | Party
    | Section
    | Letterhead
)


@dataclass(frozen=True)
class Chapter:
    """A BAB (numbered) or a Lampiran; `blocks` are its sections and any text before them."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Page:
    """Pages of their own between chapters or appendices (a letter, a separator): no chapter heading."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class FrontPart:
    """A part of the front matter: an unnumbered chapter (Kata Pengantar) or a list (Daftar Isi)."""

    title: str | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Cover:
    above: tuple[str, ...]  # lines above the emblem
    below: tuple[str, ...]
    footer: tuple[str, ...] = ()  # the office address, when the outline prints it
    emblem: Asset | None = None  # the kabupaten's lambang; none leaves no gap


class Paper(Enum):
    a4 = "a4"
    f4 = "f4"


@dataclass(frozen=True)
class Settings:
    """Document-wide choices of the outline and the kabupaten that the class turns into looks."""

    paper: str
    pdfa: str
    heading_style: str  # huruf (A., B.) or desimal (1.1)
    table_numbering: str  # per_bab or datar
    colours: tuple[str, ...] = ()  # hex codes of the scale's categories


@dataclass(frozen=True)
class Metadata:
    """What archives index: title, author (the instansi), subject, keywords, publisher."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    publisher: str
    language: str = "id-ID"


@dataclass(frozen=True)
class Document:
    settings: Settings
    metadata: Metadata
    cover: Cover
    front: tuple[FrontPart, ...]
    chapters: tuple[Chapter | Page, ...]
    appendices: tuple[Chapter | Page, ...] = field(default_factory=tuple)

    @property
    def assets(self) -> tuple[Asset, ...]:
        """Every file the document embeds, once each, in the order they first appear."""
        from pipeline.document.data import assets

        return assets(self)
