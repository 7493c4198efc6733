"""Inline runs of a paragraph or list item: text, emphasis, strong, quotations, references."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Emph:
    text: str


@dataclass(frozen=True)
class Strong:
    text: str


@dataclass(frozen=True)
class Quoted:
    """Text between typographic double quotes."""

    text: str


@dataclass(frozen=True)
class Ref:
    """A numbered reference to a table or figure: `word` is "Tabel" or "Gambar", `label` the
    target's label; the writer prints the word and the number it resolves to, unbroken."""

    word: str
    label: str


@dataclass(frozen=True)
class Dash:
    """An em dash between two parts of a line ("Program X — Indikator Y")."""


@dataclass(frozen=True)
class Break:
    """A line break inside a paragraph or item (the text goes on, on the next line)."""


Inline = Text | Emph | Strong | Quoted | Ref | Dash | Break


def runs(*parts: "str | Inline") -> tuple[Inline, ...]:
    """Plain strings as Text runs, everything else as given; empty strings are dropped."""
    return tuple(Text(p) if isinstance(p, str) else p for p in parts if p != "")
