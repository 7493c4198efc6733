"""Block nodes: paragraphs, lists, formulas, figures, page breaks and sections."""

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.document.inline import Inline
from pipeline.document.table import InternalError

if TYPE_CHECKING:  # the union of every block lives with the report, which holds them
    from pipeline.document.report import Block


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
class Section:
    """A numbered (or unnumbered) heading with its blocks; level 1 is a section of a chapter."""

    title: str
    blocks: tuple["Block", ...]
    level: int = 1
    numbered: bool = True
