"""Read YAML with ruamel.yaml, keeping the line and column of every node.

The plain data goes to the schema; the node tree stays beside it so that any error path such
as ('program', 0, 'kegiatan', 1, 'pagu') can be turned back into `file:line:column`.
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from pipeline.errors import ContentError, Problem


@dataclass(frozen=True)
class Source:
    """One YAML file: its display path, its plain data and its positioned node tree."""

    path: Path
    data: Any
    root: Any

    def position(self, loc: tuple) -> tuple[int, int]:
        """1-based (line, column) of the deepest node of `loc` that exists in the file."""
        node, line, col = self.root, 0, 0
        for key in loc:
            if isinstance(node, CommentedMap) and key in node:
                line, col = node.lc.value(key)
                node = node[key]
            elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
                line, col = node.lc.item(key)
                node = node[key]
            else:
                break
        return line + 1, col + 1

    def key_position(self, loc: tuple) -> tuple[int, int]:
        """Position of the *key* at the end of `loc` (used for unknown-key errors)."""
        parent = self._node(loc[:-1])
        if isinstance(parent, CommentedMap) and loc and loc[-1] in parent:
            line, col = parent.lc.key(loc[-1])
            return line + 1, col + 1
        return self.position(loc)

    def _node(self, loc: tuple) -> Any:
        node = self.root
        for key in loc:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return None
        return node


def _plain(node: Any) -> Any:
    """ruamel node -> plain Python; floats become exact Decimals via their shortest repr."""
    if isinstance(node, dict):
        return {key: _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if isinstance(node, float):
        return Decimal(repr(float(node)))
    if isinstance(node, str):
        return str(node)
    return node


def read_yaml(path: Path, display: Path) -> Source:
    """Parse one file; syntax errors, duplicate keys and bad encodings become ContentError."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(
            [Problem(display, 1, exc.start + 1, "", "file is not UTF-8 text; save it as UTF-8")]
        ) from None
    yaml = YAML(typ="rt")
    try:
        root = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        if "'\\t'" in message:
            message += " (a tab: indent with spaces, two per level)"
        raise ContentError([Problem(display, line, col, "", f"YAML syntax: {message}")]) from None
    except ValueError as exc:  # raised while building a value, e.g. the date 2022-02-30
        raise ContentError(_invalid_values(text, display, exc)) from None
    if root is None:
        raise ContentError([Problem(display, 1, 1, "", "file is empty")])
    return Source(display, _plain(root), root)


_DATE = re.compile(r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.-])")


def _invalid_values(text: str, display: Path, exc: ValueError) -> list[Problem]:
    """Position the calendar dates that do not exist; ruamel.yaml reports them without a mark."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        for match in _DATE.finditer(code):
            try:
                datetime.date(*(int(part) for part in match.groups()))
            except ValueError as why:
                problems.append(
                    Problem(
                        display,
                        number,
                        match.start() + 1,
                        "",
                        f"{match.group(0)} is not a date ({why}); write YYYY-MM-DD",
                    )
                )
    return problems or [Problem(display, 1, 1, "", f"a value cannot be read: {exc}")]
