"""The built-in tables' columns, read from `present/tables.yaml`: keys, headers, value types.

A header may name the report's years ({tahun}, {tahun_lalu}, {t1}..{t4}, {renstra_akhir}) and the
quarter ({triwulan}); they are filled in here, so the model holds the words that print.
"""

import functools
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

from pipeline.document.table import Column, ColumnType, InternalError, Orientation
from pipeline.resources import present_file

TABLES = present_file("tables.yaml")


@dataclass(frozen=True)
class TableSpec:
    columns: tuple[Column, ...]
    orientation: Orientation


@functools.cache
def specs(path: Path = TABLES) -> dict[str, TableSpec]:
    raw = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return {name: _spec(name, spec) for name, spec in raw.items()}


def _spec(name: str, spec: dict) -> TableSpec:
    columns = tuple(
        Column(c["key"], c["head"], ColumnType(c.get("type", "text")), c.get("group"), int(c.get("places", 2)))
        for c in spec["columns"]
    )
    return TableSpec(columns, Orientation(spec.get("orientation", "portrait")))


def columns(name: str, words: dict[str, object]) -> tuple[Column, ...]:
    """The columns of table `name` with their headers' placeholders filled in."""
    spec = specs().get(name)
    if spec is None:
        raise InternalError(f"no table {name!r} in {TABLES.name}")
    return tuple(
        Column(c.key, c.head.format(**words), c.type, c.group.format(**words) if c.group else None, c.places)
        for c in spec.columns
    )
