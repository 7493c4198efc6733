"""Write the planned values into the year file with ruamel.yaml's round trip, validated first.

ruamel.yaml keeps comments, key order, quoting and flow maps; its indentation is chosen as the one
that reproduces the unchanged file byte for byte (the seeds use two spaces, lists indented by two).
A value that exists is replaced in place; a missing one (an annual `realisasi`, a triwulan entry)
is inserted where the schema's order puts it, in the style of its neighbours.

The new text is loaded as content (schema and checks) in a scratch copy of the kabupaten before
the year file is touched: a file that would not load is never written, and its problems are
reported at their lines in the text that would have been written. The file is then replaced
atomically (a temporary file in the same directory, renamed over it), and only if nobody changed
it meanwhile.
"""

import io
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from pipeline import atomic
from pipeline.content.locate import KECAMATAN_FILE, ReportFiles
from pipeline.errors import ContentError, OutputError, Problem
from pipeline.rollover.roundtrip import TildeNull
from pipeline.sheets.plan import Change

INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4))
TILDE = re.compile(r":[ \t]+~[ \t]*(#.*)?$", re.M)
# Where a key that is not there yet goes: after the last of the keys listed before it that exists.
ORDER = ("pagu_murni", "pagu", "target", "anggaran", "realisasi", "realisasi_lalu", "triwulan")


class RoundTrip:
    """A year file loaded for editing, and whether ruamel.yaml writes it back unchanged."""

    def __init__(self, text: str):
        self.crlf = "\r\n" in text
        self.text = text
        plain = text.replace("\r\n", "\n")
        tilde = TILDE.search(plain) is not None  # blanks written `~` (as `lkjip new` does) stay `~`
        best = None
        for indent in INDENTS:
            self.yaml = _yaml(indent, tilde)
            self.data = self.yaml.load(plain)
            kept = _kept_lines(self.dump(), text)
            if best is None or kept > best[0]:
                best = (kept, indent)
            if self.dump() == text:
                break
        else:  # none reproduces the file: the indentation that keeps the most of its lines as they are
            self.yaml = _yaml(best[1], tilde)
            self.data = self.yaml.load(plain)
        self.faithful = self.dump() == text

    def dump(self) -> str:
        out = io.StringIO()
        self.yaml.dump(self.data, out)
        return out.getvalue().replace("\n", "\r\n") if self.crlf else out.getvalue()

    def apply(self, changes: list[Change]) -> str:
        for change in changes:
            _set(self.data, change.keys, _scalar(change.new))
        return self.dump()

    def lines(self, text: str, changes: list[Change]) -> dict[tuple, int]:
        """1-based line of each changed value in `text` (the file as it will be)."""
        data = self.yaml.load(text.replace("\r\n", "\n"))
        return {change.keys: _line(data, change.keys) for change in changes}


def _kept_lines(dumped: str, text: str) -> int:
    """How many lines of `text` a dump writes back unchanged, in place."""
    return sum(a == b for a, b in zip(dumped.splitlines(), text.splitlines(), strict=False))


def _yaml(indent: tuple[int, int, int], tilde: bool) -> YAML:
    yaml = YAML(typ="rt")
    if tilde:
        yaml.Representer = TildeNull
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    return yaml


def _scalar(number: Decimal) -> int | float:
    """int for a whole number (Rupiah, counts), else the float whose repr is the decimal typed."""
    return int(number) if number == number.to_integral_value() else float(str(number))


def _set(data, keys: tuple, new) -> None:
    node = data
    for depth, key in enumerate(keys[:-1]):
        if isinstance(node, dict) and key not in node:
            _insert(node, key, _new_map(node, keys[depth + 1 :]))
        node = node[key]
    if keys[-1] in node:
        node[keys[-1]] = new
    else:
        _insert(node, keys[-1], new)


def _new_map(parent: dict, below: tuple) -> CommentedMap:
    """An empty map for a missing `triwulan` or triwulan entry, flow style like its siblings'."""
    made = CommentedMap()
    siblings = [v for v in parent.values() if isinstance(v, CommentedMap)] if len(below) == 1 else []
    if len(below) == 1 and (not siblings or all(s.fa.flow_style() for s in siblings)):
        made.fa.set_flow_style()
    return made


def _insert(node: dict, key, new) -> None:
    if isinstance(key, int) or key not in ORDER:
        node[key] = new
        return
    before = ORDER[: ORDER.index(key)]
    present = [i for i, k in enumerate(node) if k in before]
    if present and isinstance(node, CommentedMap):
        node.insert(present[-1] + 1, key, new)
    else:
        node[key] = new


def _line(data, keys: tuple) -> int:
    node = data
    for key in keys[:-1]:
        node = node[key]
    return node.lc.value(keys[-1])[0] + 1 if hasattr(node, "lc") and keys[-1] in node else node.lc.line + 1


def validate(files: ReportFiles, text: str, shown: Callable[[Path], Path]) -> list[Problem]:
    """The problems of the content with `text` as its year file, in a scratch copy; [] when it loads,
    or when what stops it is only values not filled yet (an import may fill a new year in parts)."""
    from pipeline.content.checks.unfilled import only_unfilled
    from pipeline.content.load import load

    with tempfile.TemporaryDirectory(prefix="lkjip-import-") as scratch:
        root = Path(scratch)
        _copy_kabupaten(files, root)
        copy = ReportFiles(root, files.kabupaten_slug, files.kecamatan_slug, files.year, files.period)
        copy.report.write_text(text, encoding="utf-8")
        try:
            load(copy, display_root=root)
        except ContentError as exc:
            if only_unfilled(exc, (copy.report, copy.kecamatan), root, copy.period.quarter):
                return []
            return [replace(p, file=shown(files.root / p.file)) for p in exc.problems]
    return []


def _copy_kabupaten(files: ReportFiles, root: Path) -> None:
    """The kabupaten's files and this kecamatan's, without the other kecamatan (not read by a load)."""
    source = files.root / files.kabupaten_slug

    def others(directory: str, names: list[str]) -> list[str]:
        if Path(directory) != source:
            return []
        return [n for n in names if n != files.kecamatan_slug and (source / n / KECAMATAN_FILE).is_file()]

    shutil.copytree(source, root / files.kabupaten_slug, ignore=others, symlinks=True)


def write_atomically(path: Path, text: str, original: bytes) -> None:
    """Replace `path` by `text` in one rename, keeping its permissions; refused when the file changed
    since it was read."""
    try:
        if path.read_bytes() != original:
            raise OutputError(f"{path} changed while importing: run the import again")
        mode = path.stat().st_mode & 0o7777
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    atomic.write_atomically(path, text.encode("utf-8"), mode)
