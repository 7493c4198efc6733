"""Read a content file with libyaml (PyYAML's C parser), keeping the line and column of every node.

The plain data goes to the schema; the positioned tree (`yaml_nodes.MapNode`/`SeqNode`) stays
beside it so that any error path such as ('program', 0, 'kegiatan', 1, 'pagu') can be turned
back into `file:line:column`. ruamel.yaml's pure-Python loader did this before at 25 times the
cost (175 ms against 7 ms for the largest seed file); ruamel.yaml still writes YAML back with
its comments.

Every way a file can fail to be read is a positioned `Problem`: too large, not UTF-8, YAML
syntax (with the tab hint), anchors and aliases, duplicate keys, impossible dates.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaml import MarkedYAMLError
from yaml.reader import ReaderError

from pipeline.content.yaml_nodes import BlockText, MapNode, Refused, SeqNode, Where, build, positions
from pipeline.errors import ContentError, Problem

# The largest content file, a year of Pelaihari with every sub-kegiatan, is about 95 kB (1,200
# lines). 2 MB is twenty times that, more than any kecamatan writes in a year, and still reads
# in a fraction of a second; a larger file is a mistake (a pasted export, a wrong file), not
# content, and is refused before it is parsed.
MAX_BYTES = 2_000_000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TAB_HINT = " (a tab: indent with spaces, two per level)"


@dataclass(frozen=True)
class Source:
    """One YAML file: its display path, its plain data and its positioned node tree."""

    path: Path
    data: Any
    root: Any
    text: str = ""  # the file as read: a check that points inside a value measures its columns here

    def position(self, loc: tuple) -> tuple[int, int]:
        """1-based (line, column) of the deepest node of `loc` that exists in the file."""
        node, where = self.root, (1, 1)
        for key in loc:
            if isinstance(node, MapNode) and key in node:
                where = node.at[key][2:]
            elif isinstance(node, SeqNode) and isinstance(key, int) and key < len(node):
                where = node.at[key]
            else:
                break
            node = node[key]
        return where

    def inner_position(self, loc: tuple, offset: int) -> tuple[int, int]:
        """(line, column) of the character at `offset` of the string value at `loc`.

        Exact for a one-line value, plain or quoted without escapes, and for a block (`|`, `>`)
        value; a plain value folded over several lines is placed on the line the offset falls on."""
        line, col = self.position(loc)
        value, lines = self._node(loc), self.text.splitlines()
        if not isinstance(value, str) or line > len(lines):
            return line, col
        before = value[:offset]
        row, last = before.count("\n"), before.rsplit("\n", 1)[-1]
        if isinstance(value, BlockText):
            target = line + 1 + row
            if target > len(lines):
                return line, col
            body = lines[target - 1]
            return target, len(body) - len(body.lstrip(" ")) + 1 + len(last)
        quoted = lines[line - 1][col - 1 : col] in ("'", '"')
        if row == 0:
            return line, col + int(quoted) + len(last)
        return line + row, col

    def key_position(self, loc: tuple) -> tuple[int, int]:
        """Position of the *key* at the end of `loc` (used for unknown-key errors)."""
        parent = self._node(loc[:-1])
        if isinstance(parent, MapNode) and loc and loc[-1] in parent:
            return parent.at[loc[-1]][:2]
        return self.position(loc)

    def _node(self, loc: tuple) -> Any:
        node = self.root
        for key in loc:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return None
        return node


def read_yaml(path: Path, display: Path) -> Source:
    """Parse one file; every reason it cannot be read becomes a positioned ContentError."""
    text = _text(path, display)
    where = positions(text)
    try:
        data, root, found = build(text, where)
    except MarkedYAMLError as exc:
        raise ContentError([_syntax(exc, text, where, display)]) from None
    except ReaderError as exc:
        line, col = _line_column(text.encode("utf-8"), exc.position)
        raise ContentError([Problem(display, line, col, "", f"YAML syntax: {exc.reason}")]) from None
    except Refused as exc:
        raise ContentError([Problem(display, exc.line, exc.column, "", exc.message)]) from None
    if found:
        raise ContentError([Problem(display, line, col, "", message) for line, col, message in found])
    if data is None:
        raise ContentError([Problem(display, 1, 1, "", "file is empty")])
    return Source(display, data, root, text)


def _text(path: Path, display: Path) -> str:
    """The file as text, refused when too large (before reading all of it) or not UTF-8."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        size = f"larger than {MAX_BYTES // 1_000_000} MB"
        message = f"{display} is {size}, too large for a content file: is it the right file?"
        raise ContentError([Problem(display, 1, 1, "", message)])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_column(raw, exc.start)
        raise ContentError([Problem(display, line, col, "", "file is not UTF-8 text; save it as UTF-8")]) from None


def _line_column(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of the byte at `offset`; the bytes before it are UTF-8."""
    lines = _LINE_BREAK.split(raw[:offset].decode("utf-8", errors="replace"))
    return len(lines), len(lines[-1]) + 1


def _syntax(exc: MarkedYAMLError, text: str, where: Where, display: Path) -> Problem:
    """`YAML syntax: …` at libyaml's mark, naming the character it stopped at and hinting at tabs."""
    mark = exc.problem_mark or exc.context_mark
    line, col = where(mark) if mark else (1, 1)
    char = _char_at(text, line, col)
    problem = (exc.problem or "").replace("found character that", f"found character {char!r} that")
    message = " ".join(part for part in (exc.context, problem) if part)
    if char == "\t" or "tab character" in message:
        message += _TAB_HINT
    return Problem(display, line, col, "", f"YAML syntax: {message}")


def _char_at(text: str, line: int, col: int) -> str:
    lines = text.split("\n", line)
    row = lines[line - 1] if len(lines) >= line else ""
    return row[col - 1] if col - 1 < len(row) else ""
