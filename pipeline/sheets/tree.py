"""The nodes of a year file a spreadsheet row can name: budget nodes, indicators, LRA lines.

Read from the parsed YAML (plain or ruamel.yaml's round-trip maps alike), after the file has been
validated, so every node has the shape the schema gives it. Each node keeps its path from the
file's root (`('program', 0, 'kegiatan', 1)`) and its map, which `apply` writes into.

A budget node's full kode is its parents' parts followed by its own: content writes the full form
(`7.01.01.2.01.0001`), and a kode that does not start with its parent's full kode is read as the
part below it (kegiatan `2.01` under program `7.01.01` is `7.01.01.2.01`). Kode are compared part
by part as numbers, so `07.01.01` is `7.01.01` and the two-digit `7.01.01.2.01.01` of a
realisation table is `7.01.01.2.01.0001`.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

LEVELS = ("program", "kegiatan", "sub kegiatan")
CHILDREN = {"program": "kegiatan", "kegiatan": "sub_kegiatan"}


@dataclass(frozen=True, eq=False)
class Node:
    """A named node of the year file. `kind` is a budget level, 'indikator' or 'lra'."""

    kind: str
    path: tuple
    name: str
    kode: str | None
    node: Any = field(repr=False)
    children: tuple["Node", ...] = ()

    @property
    def leaves(self) -> tuple["Node", ...]:
        return (self,) if not self.children else tuple(leaf for c in self.children for leaf in c.leaves)

    def label(self) -> str:
        """How a message names it: 'sub kegiatan 7.01.01.2.02.0001 (program[0].kegiatan[0].sub_kegiatan[0])'."""
        from pipeline.content.schema import field_path

        what = f"{self.kind} {self.kode}" if self.kode else f"{self.kind} '{self.name}'"
        return f"{what} ({field_path(self.path)})"


def parts(kode: str) -> tuple[int, ...]:
    """'07.01.01' -> (7, 1, 1); raises ValueError when it is not dotted digits."""
    pieces = kode.strip().strip(".").split(".")
    if not all(p.strip().isdigit() for p in pieces):
        raise ValueError(kode)
    return tuple(int(p) for p in pieces)


def full_kode(own: str | None, parent: str | None) -> str | None:
    if own is None or parent is None:
        return own
    if own == parent or own.startswith(parent + "."):
        return own
    return f"{parent}.{own}"


def budget(data: dict) -> list[Node]:
    """Every program, kegiatan and sub kegiatan, parents before their children."""
    nodes: list[Node] = []
    for index, program in _maps(data, "program"):
        nodes += _flatten(_budget_node(program, ("program", index), "program", None))
    return nodes


def _maps(node: Any, key: str) -> list[tuple[int, dict]]:
    """The maps of the list under `key`, by index; anything else is skipped (the load reports it)."""
    items = node.get(key) if isinstance(node, dict) else None
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)] if isinstance(items, list) else []


def _budget_node(node: dict, path: tuple, level: str, parent_kode: str | None) -> Node:
    kode = full_kode(_text(node.get("kode")), parent_kode)
    key = CHILDREN.get(level)
    below = "sub kegiatan" if level == "kegiatan" else "kegiatan"
    children = tuple(_budget_node(child, path + (key, i), below, kode) for i, child in _maps(node, key)) if key else ()
    return Node(level, path, _text(node.get("nama")) or "", kode, node, children)


def _flatten(node: Node) -> list[Node]:
    return [node] + [n for child in node.children for n in _flatten(child)]


def indicators(data: dict) -> list[Node]:
    """Every indicator with an id, wherever the year file holds it."""
    found: list[Node] = []
    _indicators(data, (), found)
    return found


def _indicators(value: Any, path: tuple, found: list[Node]) -> None:
    if isinstance(value, dict):
        for key, child in value.items():
            if key == "indikator" and isinstance(child, dict):
                _add_indicator(child, path + (key,), found)
            elif key == "indikator" and isinstance(child, list):
                for i, item in enumerate(child):
                    _add_indicator(item, path + (key, i), found)
            elif key != "riwayat":
                _indicators(child, path + (key,), found)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _indicators(item, path + (i,), found)


def _add_indicator(node: Any, path: tuple, found: list[Node]) -> None:
    if isinstance(node, dict) and node.get("id"):
        found.append(Node("indikator", path, _text(node.get("nama")) or "", _text(node.get("id")), node))


def lra(data: dict) -> list[Node]:
    """Every LRA line, parents before their rincian; `kode` is the kode rekening, when a line has one."""
    nodes: list[Node] = []
    for index, line in _maps(data, "realisasi_anggaran"):
        nodes += _flatten(_lra_node(line, ("realisasi_anggaran", index)))
    return nodes


def _lra_node(line: dict, path: tuple) -> Node:
    children = tuple(_lra_node(c, path + ("rincian", i)) for i, c in _maps(line, "rincian"))
    return Node("lra", path, _text(line.get("uraian")) or "", _text(line.get("kode")), line, children)


def value(node: Any, keys: tuple) -> Decimal | None:
    """The number at `keys` below a node's map, exact; None when absent."""
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    if isinstance(node, bool) or not isinstance(node, (int, float, Decimal)):
        return None  # absent, blank, or text the load refuses: nothing to compare with
    return Decimal(str(node))


def _text(value: Any) -> str | None:
    return None if value is None else str(value).strip()
