"""The report as a whole: the blocks a part may hold, the cover, front parts, chapters, appendices,
and the settings and metadata of the document."""

from dataclasses import dataclass, field
from enum import Enum

from pipeline.document.blocks import (
    Asset,
    Centered,
    Figure,
    Formula,
    KeepTogether,
    List,
    ListOf,
    PageBreak,
    Paragraph,
    Section,
)
from pipeline.document.pieces import (
    Bookmark,
    CentredHeading,
    Consideration,
    DecreeTitle,
    Diktum,
    Letterhead,
    Party,
    SignaturePair,
    SignatureRight,
    StatementTitle,
)
from pipeline.document.table import Table

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
