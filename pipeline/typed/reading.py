"""Reading the figures an officer typed into an Indonesian text.

Indonesian writes `1.234.567,89`: the point groups thousands and the comma marks decimals. Texts
copied from spreadsheets sometimes group with commas (`2,170,172,141`); a run of three-digit
comma groups is read as thousands too. A figure is read with the word that says what it is (its
*cue*: "target", "realisasi", "capaian", "serapan", "sisa", "pagu"…), the nearest such word before
it in the same sentence with no other figure between them.

Placeholders (`{{ … }}`, `{% … %}`) are blanked out before reading, keeping every other
character where it was, so an offset in the read text is an offset in the written one.
"""

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
# 1.234.567,89 | 2,170,172,141 | 84,24 | 73 — never inside a word, a code (7.01.01) or a date.
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3}){2,}(?!\d)|\d+)(?:,\d+)?"
FIGURE = re.compile(
    rf"(?:(?P<rp>\bRp\s*\.?\s*)|(?<![\w.,/-]))(?P<number>{NUMBER})(?![\w/]|[.,]\d)"
    r"(?P<rp_tail>,-|,00\b|\.-)?(?P<percent>\s*(?:%|persen\b|per\s*sen\b))?",
    re.IGNORECASE,
)
# A sentence ends at . ! ? ; or a line break, unless the point belongs to an abbreviation.
ABBREVIATIONS = (
    "Rp",
    "No",
    "Kec",
    "Kab",
    "Kel",
    "Jl",
    "Hj",
    "H",
    "Dr",
    "dr",
    "Ir",
    "Drs",
    "S",
    "M",
    "dll",
    "dsb",
    "Tbk",
)
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


class Cue(str, Enum):
    """What a typed figure says it is, from the word before it."""

    target = "target"
    realisasi = "realisasi"
    capaian = "capaian"
    serapan = "serapan"
    sisa = "sisa"
    pagu = "pagu"
    efisiensi = "efisiensi"


CUE_WORDS = {
    Cue.target: r"target(?:nya)?|ditargetkan",
    Cue.realisasi: r"realisasi(?:nya)?|terealisasi|terealisir",
    Cue.capaian: r"capaian(?:nya)?|persentase capaian|tingkat capaian|mencapai",
    Cue.serapan: r"serapan(?: anggaran)?|penyerapan(?: anggaran)?|terserap|daya serap(?: anggaran)?"
    r"|realisasi anggaran|realisasi keuangan",
    Cue.sisa: r"sisa(?: anggaran)?|tidak terserap|silpa",
    Cue.pagu: r"pagu(?: anggaran)?|anggaran|dianggarkan|dialokasikan|alokasi",
    Cue.efisiensi: r"efisiensi|tingkat efisiensi",
}
# Longest alternatives first, so "realisasi anggaran" is a serapan cue and not a realisasi one.
_ALTERNATIVES = sorted(
    ((cue, word) for cue, words in CUE_WORDS.items() for word in words.split("|")), key=lambda cw: -len(cw[1])
)
CUES = re.compile(r"\b(" + "|".join(word for _, word in _ALTERNATIVES) + r")\b", re.IGNORECASE)
_CUE_OF = [(re.compile(rf"^(?:{word})$", re.IGNORECASE), cue) for cue, word in _ALTERNATIVES]


@dataclass(frozen=True)
class Typed:
    """One figure typed in a text: where it stands, as typed, its value and what it claims to be."""

    start: int
    end: int
    typed: str
    value: Decimal
    decimals: int  # the decimals typed: "98,3%" is compared at one decimal
    rupiah: bool
    percent: bool
    cue: Cue | None

    @property
    def plain(self) -> bool:
        return not self.rupiah and not self.percent


@dataclass(frozen=True)
class Sentence:
    start: int
    text: str

    def figures(self) -> tuple[Typed, ...]:
        return read_figures(self.text, self.start)


def blank_placeholders(text: str) -> str:
    """The text with each placeholder replaced by spaces (and line breaks kept)."""
    return PLACEHOLDER.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of a text, each with its offset; 'Rp.' and 'No.' do not end one."""
    out, start = [], 0
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()]
        word = re.search(r"(\w+)\.$", before)
        if word and word.group(1) in ABBREVIATIONS:
            continue
        if match.start() > start:
            out.append(Sentence(start, before))
        start = match.end()
    if start < len(text):
        out.append(Sentence(start, text[start:]))
    return tuple(out)


def parse_number(typed: str) -> tuple[Decimal, int]:
    """'1.234,5' -> (1234.5, 1 decimal); '2,170,172,141' -> (2170172141, 0)."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", typed):
        return Decimal(typed.replace(",", "")), 0
    whole, _, fraction = typed.partition(",")
    return Decimal(whole.replace(".", "") + ("." + fraction if fraction else "")), len(fraction)


def read_figures(text: str, offset: int = 0) -> tuple[Typed, ...]:
    """Every figure of one sentence, with its cue. Years and numbers inside names are figures
    too; the rules decide which of them to compare."""
    out, last_end = [], 0
    for match in FIGURE.finditer(text):
        value, decimals = parse_number(match.group("number"))
        cue = _cue(text[last_end : match.start()])
        start = match.start("rp") if match.group("rp") else match.start("number")
        out.append(
            Typed(
                offset + start,
                offset + match.end(),
                match.group(0).strip(),
                value,
                decimals,
                bool(match.group("rp")),
                bool(match.group("percent")),
                cue,
            )
        )
        last_end = match.end()
    return tuple(out)


def _cue(between: str) -> Cue | None:
    """The last cue word in the words between the previous figure and this one (at most 8 words back)."""
    words = between.split()
    near = " ".join(words[-8:])
    found = list(CUES.finditer(near))
    if not found:
        return None
    word = found[-1].group(1)
    return next(cue for pattern, cue in _CUE_OF if pattern.match(word))
