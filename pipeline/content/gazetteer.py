"""Names of kecamatan in a report's text: the copy-paste error of last year's file, and typos.

Seed 001 says "Belum optimalnya pelayanan PATEN di Kecamatan Astambul" in the Aluh-Aluh report;
seed 002 names Paramasan five times. Every text field of the kecamatan's files is scanned for
three faults, each a warning at the text value:

- the name of another kecamatan of the same kabupaten (from `kabupaten.yaml`), anywhere but in
  the office address;
- "Kecamatan X" where X is a kecamatan of another kabupaten of the province, from the gazetteer
  `data/kecamatan.yaml` (when it holds the kabupaten's `provinsi`): a paragraph copied from
  another kabupaten's report. Only after the word "Kecamatan" (or "Kec."), since many kecamatan
  are named by ordinary words (Gambut, Tanjung, Simpang Empat, Cempaka, Baru);
- a word sequence one or two letters away from the report's own name ("Pelaihri"): a typo that a
  reader of the printed report sees at once.
"""

import functools
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from pipeline.content.characters import strings
from pipeline.content.models import Kabupaten, Kecamatan
from pipeline.content.schema import field_path
from pipeline.content.yaml_source import Source
from pipeline.errors import Problem
from pipeline.resources import package_dir

GAZETTEER = package_dir("pipeline.content") / "data" / "kecamatan.yaml"

_SEPARATOR = r"[\s\-\u2013]+"
_WORD = re.compile(r"[^\W\d_]+")
_KECAMATAN_WORD = r"(?<!\w)(?:kecamatan|kec\.)\s*"  # "Kecamatan X", "Kec. X", "KECAMATAN X": X given as a kecamatan
_REGION_WORDS = ("Kabupaten ", "Kota ")
_COPIED = "copied from another report?"

# Common words one or two letters from a kecamatan name of the province ("Satu" / Satui, "Tambah"
# / Tamban, "Belakang" / Belawang, "Keluar" / Kelua): at the start of a sentence they are
# capitalised, and they are not misspellings of the report's own name.
_COMMON_WORDS = frozenset(
    {
        "belakang",
        "halang",
        "hentakan",
        "kandungan",
        "keluar",
        "kurangi",
        "piano",
        "satu",
        "simpul",
        "tabungan",
        "taman",
        "tambah",
        "tante",
        "tanya",
    }
)


@dataclass(frozen=True)
class Region:
    """A kabupaten or kota of the gazetteer, with every spelling of each of its kecamatan."""

    name: str  # with its kind, as the warning prints it: "Kabupaten Tanah Laut", "Kota Banjarbaru"
    kecamatan: tuple[tuple[str, ...], ...]  # the spellings of one kecamatan, the usual one first

    def spellings(self) -> Iterator[str]:
        for names in self.kecamatan:
            yield from names

    def is_named(self, nama: str) -> bool:
        """'Banjar' (a kabupaten's `nama`, without its kind) names 'Kabupaten Banjar'."""
        bare = next((self.name[len(w) :] for w in _REGION_WORDS if self.name.startswith(w)), self.name)
        return _key(bare) == _key(nama)


@functools.cache
def gazetteer(path: Path = GAZETTEER) -> Mapping[str, tuple[Region, ...]]:
    """Province -> its regions, read once: the data file is part of the package, not content."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return MappingProxyType({province: _regions(kabupaten) for province, kabupaten in raw.items()})


def _regions(kabupaten: dict) -> tuple[Region, ...]:
    return tuple(
        Region(name, tuple(tuple(e) if isinstance(e, list) else (e,) for e in entries))
        for name, entries in kabupaten.items()
    )


def _key(name: str) -> str:
    """The form two spellings are compared in: 'ALUH - ALUH' and 'Aluh-Aluh' are one name."""
    return " ".join(w for w in re.split(_SEPARATOR, name.casefold()) if w)


def _pattern(name: str) -> re.Pattern:
    """'Aluh-Aluh' also matches 'Aluh - Aluh' and 'ALUH ALUH', the seeds' variants."""
    words = [re.escape(w) for w in re.split(_SEPARATOR, name) if w]
    return re.compile(r"(?<!\w)" + r"[\s\-\u2013]*".join(words) + r"(?!\w)", re.IGNORECASE)


def other_kecamatan(sources: dict[str, Source], kab: Kabupaten, kec: Kecamatan) -> list[Problem]:
    """One warning per text value and name: another kecamatan's name, or the own name misspelt."""
    same, elsewhere, misspelt = _same_kabupaten(kab, kec), _other_kabupaten(kab), _misspelt(kab, kec)
    problems = []
    for key in ("kecamatan", "report"):
        source = sources[key]
        for loc, text in strings(source.root):
            messages = list(misspelt(text))
            if loc[:1] != ("alamat",):  # a street may be named after a neighbouring place ("Jalan Martapura Lama")
                messages = [*same(text), *elsewhere(text), *messages]
            line, col = source.position(loc)
            problems += [Problem(source.path, line, col, field_path(loc), m) for m in messages]
    return problems


def _same_kabupaten(kab: Kabupaten, kec: Kecamatan):
    """Names of the kabupaten's other kecamatan anywhere in a text.

    The report's own name is masked first and longer names are tried before shorter ones, so
    "Martapura Barat" is not read as "Martapura".
    """
    own = _pattern(kec.nama)
    others = sorted((n for n in kab.kecamatan if not own.fullmatch(n)), key=len, reverse=True)
    patterns = [(name, _pattern(name)) for name in others]

    def scan(text: str) -> Iterator[str]:
        rest = own.sub(" ", text)
        for name, pattern in patterns:
            if pattern.search(rest):
                rest = pattern.sub(" ", rest)
                yield f"names Kecamatan {name}, not {kec.nama}: {_COPIED}"

    return scan


def _other_kabupaten(kab: Kabupaten):
    """A kecamatan of another kabupaten of the province only, named as one ("Kecamatan X").

    All known spellings are tried at once, longest first, so "Kecamatan Tanjung Rawa" is the own
    kabupaten's Tanjung Rawa, not Tabalong's Tanjung; a name that is also a kecamatan of the own
    kabupaten (Simpang Empat: Banjar and Tanah Bumbu) is never flagged.
    """
    regions = gazetteer().get(kab.provinsi, ())
    home = next((r for r in regions if r.is_named(kab.nama)), None)
    own = {*kab.kecamatan, *(home.spellings() if home else ())}
    own_keys = {_key(n) for n in own}
    owners: dict[str, tuple[str, list[str]]] = {}
    for region in regions:
        for spelling in region.spellings():
            if _key(spelling) not in own_keys:
                owners.setdefault(_key(spelling), (spelling, []))[1].append(region.name)
    spellings = sorted({*own, *(s for s, _ in owners.values())}, key=len, reverse=True)
    names = "|".join(_pattern(s).pattern for s in spellings)
    named = re.compile(f"{_KECAMATAN_WORD}(?P<name>{names})", re.IGNORECASE)
    here = home.name if home else f"Kabupaten {kab.nama}"

    def scan(text: str) -> Iterator[str]:
        found = dict.fromkeys(_key(m["name"]) for m in named.finditer(text))
        for spelling, where in (owners[k] for k in found if k in owners):
            yield f"names Kecamatan {spelling}, a kecamatan of {' and '.join(where)}, not of {here}: {_COPIED}"

    return scan


def _misspelt(kab: Kabupaten, kec: Kecamatan):
    """Word sequences a letter or two from the own name, capitalised as a name is.

    One edit is allowed below 10 letters, two from 10: "Pengaruh" and "Penegakan" (two and three
    from Pengaron) stay silent. A sequence equal to the name up to case, hyphens and spaces is the
    name; one that is itself a kecamatan (of the kabupaten or the province) or a common word is
    not a typo of it. A name of under 5 letters (Juai, Upau) is near too many words to check.
    """
    name = _key(kec.nama)
    count, letters = len(name.split()), len(name.replace(" ", ""))
    known = {_key(n) for n in kab.kecamatan}
    known |= {_key(n) for region in gazetteer().get(kab.provinsi, ()) for n in region.spellings()}
    allowed = 1 if letters < 10 else 2

    def near(written: str) -> bool:
        if not (written[0].isupper() and written[0].casefold() == name[0]):
            return False
        key = _key(written)
        return (
            key != name
            and abs(len(key) - len(name)) <= allowed
            and key not in known
            and key not in _COMMON_WORDS
            and _distance(key, name) <= allowed
        )

    def scan(text: str) -> Iterator[str]:
        found = dict.fromkeys(w for w in _sequences(text, count) if near(w))
        for written in found:
            yield f"'{written}' looks like a misspelling of {kec.nama}"

    return scan if letters >= 5 else lambda text: iter(())


def _sequences(text: str, count: int) -> Iterator[str]:
    """Every run of `count` words joined only by spaces or hyphens, as written."""
    words = list(_WORD.finditer(text))
    for first in range(len(words) - count + 1):
        run = words[first : first + count]
        gaps = (text[a.end() : b.start()] for a, b in itertools.pairwise(run))
        if all(re.fullmatch(_SEPARATOR, gap) for gap in gaps):
            yield text[run[0].start() : run[-1].end()]


def _distance(a: str, b: str) -> int:
    """Edits from a to b (insert, delete, replace, or swap two neighbours): 'pelaihri' is one from 'pelaihari'."""
    rows = [list(range(len(b) + 1))] + [[i] + [0] * len(b) for i in range(1, len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]
