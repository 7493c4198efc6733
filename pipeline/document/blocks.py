"""Block nodes: paragraphs, lists, formulas, figures, page breaks and sections."""

from dataclasses import dataclass
from decimal import Decimal
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


class ChartKind(Enum):
    """How a chart draws its series: bars side by side per category, or points joined by lines."""

    bars = "bars"  # one group of bars per category (capaian per indicator, pagu against realisasi)
    lines = "lines"  # one line per series over the categories (years, triwulan)


@dataclass(frozen=True)
class Series:
    """One series of a chart: its legend name, a value per category (None: not measured) and,
    when each point has its own colour (a capaian bar in its category's colour), one per value."""

    name: str
    values: tuple[Decimal | None, ...]
    colours: tuple[str | None, ...] = ()  # hex RGB per value; empty: the series' own colour
    colour: str | None = None  # hex RGB of the whole series; None: the writer's neutral palette


@dataclass(frozen=True)
class Chart:
    """A chart drawn from the same figures as the table it illustrates: never a value of its own.

    `unit` says how values print on the chart ("%": 115,40%; "Rp": money, scaled to juta on the
    axis; "": the indicator's own unit). `reference` draws a line across the value axis (the 100 %
    of a met target). `labels` prints each value at its bar or point."""

    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = "%"
    axis: str = ""  # the value axis title, e.g. "Capaian (%)"
    reference: Decimal | None = None
    reference_label: str = ""
    labels: bool = True


@dataclass(frozen=True)
class TreeNode:
    """One box of a tree diagram: its level word ("Tujuan", "Sasaran", "Program"…), its text, the
    indicators printed under it, and the boxes below it."""

    level: str
    text: str
    indicators: tuple[str, ...] = ()
    children: tuple["TreeNode", ...] = ()


@dataclass(frozen=True)
class Tree:
    """A tree diagram (the Pohon Kinerja): roots drawn left to right, each node's children below it."""

    roots: tuple[TreeNode, ...]


class FigureSeries(Enum):
    """Which numbered series a figure belongs to: Gambar (pictures and diagrams, listed in the Daftar
    Gambar), or Grafik (charts, when the outline numbers them apart and lists them in a Daftar Grafik)."""

    gambar = "Gambar"
    grafik = "Grafik"


@dataclass(frozen=True)
class Figure:
    caption: str
    label: str
    drawing: "OrgChart | Image | Chart | Tree"
    series: FigureSeries = FigureSeries.gambar


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
    graphs = "graphs"  # the Daftar Grafik


@dataclass(frozen=True)
class ListOf:
    """Daftar Isi, Daftar Tabel, Daftar Gambar or Daftar Grafik: filled in by the engine."""

    kind: Listing


@dataclass(frozen=True)
class Section:
    """A numbered (or unnumbered) heading with its blocks; level 1 is a section of a chapter."""

    title: str
    blocks: tuple["Block", ...]
    level: int = 1
    numbered: bool = True
