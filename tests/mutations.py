"""A mutation engine over the YAML node tree of one content file, for the fuzz tests.

A mutant is named by (file, seed): `random.Random` seeded with both picks one node of the file
and one mutation that fits it (delete, duplicate, reorder, truncate, retype, swap), so a failing
case is rebuilt exactly by `Mutator(path, name).mutant(seed)`, `name` being the file's path under
the content directory, or by `python -m tests.mutations content NAME SEED`, which prints the
mutation and the lines it changed.

The file is parsed once with ruamel.yaml's round-trip loader. A mutant rewrites only the
smallest *unit* around the change: a block mapping entry or block sequence item that starts a
line of its own. That unit is copied, changed, dumped by ruamel and put back in place of its
lines; every other line of the file stays as written, comments included (those inside the unit
are dropped). Re-emitting a whole 1,200-line file would cost more than the check the mutant is
made for.
"""

import copy
import datetime
import io
import random
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import Comment, CommentedMap, CommentedSeq
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

Container = CommentedMap | CommentedSeq
HUGE = (10**15, 10**30, 10**400)


@dataclass(frozen=True)
class Mutant:
    """One mutated file: which file and seed made it, what was done, and its new text."""

    file: str
    seed: int
    mutation: str
    text: str

    def __str__(self) -> str:
        return f"{self.file} seed {self.seed}: {self.mutation}"


@dataclass(frozen=True)
class Span:
    """The lines [start, end) a unit occupies and the column its key or dash starts at."""

    start: int
    end: int
    column: int


def _yaml() -> YAML:
    """Round-trip YAML that keeps quotes and never folds a long line."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _quoted(text: str) -> DoubleQuotedScalarString:
    """New strings are double-quoted: ruamel writes a plain `?x` or `:x` in a flow mapping, which
    it cannot read back, and a plain `no` would be read back as a bool by the pipeline's YAML 1.1."""
    return DoubleQuotedScalarString(text)


def is_bool(value: Any) -> bool:
    return isinstance(value, (bool, ScalarBoolean))


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not is_bool(value)


def _children(node: Any) -> list:
    if isinstance(node, CommentedMap):
        return list(node)
    if isinstance(node, CommentedSeq):
        return list(range(len(node)))
    return []


def _at(node: Any, path: tuple) -> Any:
    for key in path:
        node = node[key]
    return node


def shown(path: tuple) -> str:
    """('program', 0, 'pagu') -> 'program[0].pagu', as the pipeline names fields."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


# Mutations. Each takes the seeded Random, a container (inside a copy) and one of its keys,
# changes the container in place and says what it did. Those of `SIBLING` change the
# container's entries; those of `ENTRY` change or replace only container[key].


def delete_key(rng: random.Random, parent: Container, key: Any) -> str:
    del parent[key]
    return "delete key"


def delete_item(rng: random.Random, parent: Container, key: Any) -> str:
    del parent[key]
    return "delete item"


def duplicate_item(rng: random.Random, parent: Container, key: Any) -> str:
    parent.insert(key + 1, copy.deepcopy(parent[key]))
    return "duplicate item"


def swap_siblings(rng: random.Random, parent: Container, key: Any) -> str:
    other = rng.choice([k for k in _children(parent) if k != key])
    parent[key], parent[other] = parent[other], parent[key]
    return f"swap value with sibling {other!r}"


def reorder_items(rng: random.Random, parent: Container, key: Any) -> str:
    items = list(parent[key])
    order = list(range(len(items)))
    while order == sorted(order):
        rng.shuffle(order)
    parent[key][:] = [items[i] for i in order]
    return f"reorder items to {order}"


def truncate_list_to_first(rng: random.Random, parent: Container, key: Any) -> str:
    del parent[key][1:]
    return "truncate list to its first item"


def truncate_list_to_empty(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = CommentedSeq()
    return "truncate list to empty"


def truncate_string_to_empty(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = _quoted("")
    return "truncate string to empty"


def truncate_string_to_half(rng: random.Random, parent: Container, key: Any) -> str:
    text = str(parent[key])
    parent[key] = _quoted(text[: len(text) // 2])
    return f"truncate string to half ({len(text)} -> {len(text) // 2} characters)"


def string_to_int(rng: random.Random, parent: Container, key: Any) -> str:
    text = str(parent[key])
    digits = "".join(c for c in text if c.isdigit())[:12]
    parent[key] = int(digits) if digits else len(text)
    return f"retype string to int {parent[key]}"


def int_to_string(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = _quoted(str(parent[key]))
    return f"retype number to string {parent[key]!r}"


def number_to_negative(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = -parent[key] if parent[key] else -1
    return f"retype number to negative {parent[key]}"


def number_to_huge(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = rng.choice(HUGE)
    return f"retype number to huge 10^{len(str(parent[key])) - 1}"


def string_to_list(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = CommentedSeq([parent[key]])
    return "retype string to a list of it"


def scalar_to_mapping(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = CommentedMap(nilai=parent[key])
    return "retype scalar to a mapping {nilai: it}"


def value_to_null(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = None
    return "retype value to null"


def date_to_impossible(rng: random.Random, parent: Container, key: Any) -> str:
    day = parent[key]
    parent[key] = _quoted(rng.choice([f"{day.year}-02-30", f"{day.year}-13-01", f"{day.year}-04-31"]))
    return f"retype date to impossible date string {parent[key]!r}"


def flip_bool(rng: random.Random, parent: Container, key: Any) -> str:
    parent[key] = not parent[key]
    return f"flip bool to {parent[key]}"


Mutation = Callable[[random.Random, Container, Any], str]
SIBLING: set[Mutation] = {delete_key, delete_item, duplicate_item, swap_siblings}


def applicable(parent: Container, key: Any) -> list[Mutation]:
    """The mutations that fit the node parent[key], in a fixed order (the seed picks one)."""
    value, out = parent[key], []
    out += [delete_key] if isinstance(parent, CommentedMap) else [delete_item, duplicate_item]
    out += [swap_siblings] if len(parent) > 1 else []
    if isinstance(value, CommentedSeq):
        out += [reorder_items, truncate_list_to_first] if len(value) > 1 else []
        out += [truncate_list_to_empty] if value else []
    if isinstance(value, str):
        out += [truncate_string_to_empty, truncate_string_to_half] if value else []
        out += [string_to_int, string_to_list]
    if is_number(value):
        out += [int_to_string, number_to_negative, number_to_huge]
    if isinstance(value, datetime.date):
        out += [date_to_impossible]
    if is_bool(value):
        out += [flip_bool]
    if not isinstance(value, (CommentedMap, CommentedSeq)) and value is not None:
        out += [scalar_to_mapping]
    out += [value_to_null] if value is not None else []
    return out


class Mutator:
    """The parsed tree of one content file, its units, and the mutants a seed makes of it."""

    def __init__(self, path: Path, name: str, whole_file: bool = False):
        """`whole_file` dumps the whole tree for every mutant: slow, the reference a splice is checked by."""
        self.name = name
        self.whole_file = whole_file
        self.text = path.read_text(encoding="utf-8")
        self.lines = self.text.splitlines(keepends=True)
        if self.lines and not self.lines[-1].endswith("\n"):
            self.lines[-1] += "\n"
        self.root = _yaml().load(self.text)
        self.spans: dict[tuple, Span] = {}
        self._find_spans(self.root, (), len(self.lines))
        self.paths = self._paths(self.root, ())

    def mutant(self, seed: int) -> Mutant:
        """The mutant of `seed`: the same file and seed always give the same text."""
        rng = random.Random(f"{self.name}#{seed}")
        path = rng.choice(self.paths)
        parent_path, key = path[:-1], path[-1]
        mutation = rng.choice(applicable(_at(self.root, parent_path), key))
        unit = self._unit(parent_path if mutation in SIBLING else path)
        wrapper, inside = self._copy(unit)
        where = inside + path[len(unit) :]
        did = mutation(rng, _at(wrapper, where[:-1]), where[-1])
        return Mutant(self.name, seed, f"{did} at {shown(path)}", self._splice(unit, wrapper))

    def _paths(self, node: Any, path: tuple) -> list[tuple]:
        out = []
        for key in _children(node):
            out += [path + (key,), *self._paths(node[key], path + (key,))]
        return out

    def _find_spans(self, node: Any, path: tuple, end: int) -> None:
        """Record the lines of every entry of a block container that starts its own line.

        An entry ends where the next one starts; the last where its container does. The first key
        of a mapping inside a sequence item shares the dash's line, so it is no unit of its own.
        """
        keys = _children(node)
        if not keys or node.fa.flow_style():
            return
        starts = [self._start(node, key) for key in keys]
        if any(start is None for start in starts):
            return
        for i, key in enumerate(keys):
            line, column = starts[i]
            stop = starts[i + 1][0] if i + 1 < len(keys) else end
            if not self.lines[line][:column].strip():
                self.spans[path + (key,)] = Span(line, stop, column)
            self._find_spans(node[key], path + (key,), stop)

    def _start(self, node: Container, key: Any) -> tuple[int, int] | None:
        """(line, column) an entry starts at: its key, or the dash of a sequence item (None when
        the item does not start on its dash's line, a layout the content never uses)."""
        if isinstance(node, CommentedMap):
            return node.lc.key(key)
        line, column = node.lc.item(key)
        before = self.lines[line][:column].rstrip()
        return (line, len(before) - 1) if before.endswith("-") else None

    def _unit(self, path: tuple) -> tuple:
        """The longest prefix of `path` that is a unit; () is the whole file."""
        if self.whole_file:
            return ()
        while path and path not in self.spans:
            path = path[:-1]
        return path

    def _copy(self, unit: tuple) -> tuple[Container, tuple]:
        """A copy of the unit wrapped as the container it is dumped from, and its key in there."""
        if not unit:
            return _uncommented(copy.deepcopy(self.root)), ()
        parent, key = _at(self.root, unit[:-1]), unit[-1]
        value = _uncommented(copy.deepcopy(parent[key]))
        return (
            (CommentedMap([(key, value)]), (key,))
            if isinstance(parent, CommentedMap)
            else (CommentedSeq([value]), (0,))
        )

    def _splice(self, unit: tuple, wrapper: Container) -> str:
        """The file with the unit's lines replaced by the dumped copy, indented to its column."""
        out = io.StringIO()
        _yaml().dump(wrapper, out)
        if not unit:
            return out.getvalue()
        span = self.spans[unit]
        dumped = textwrap.indent(textwrap.dedent(out.getvalue()), " " * span.column, lambda line: True)
        return "".join(self.lines[: span.start]) + dumped + "".join(self.lines[span.end :])


def _uncommented(node: Any) -> Any:
    """The copy without its comments: ruamel misplaces an end-of-line comment that follows a flow
    mapping inside a block sequence and joins the next item's first two keys into one line."""
    if isinstance(node, (CommentedMap, CommentedSeq)):
        setattr(node, Comment.attrib, Comment())
        for key in _children(node):
            _uncommented(node[key])
    return node


@cache
def mutator(path: Path, name: str) -> Mutator:
    """One parse per file and test session: parsing a large file costs more than a mutant."""
    return Mutator(path, name)


def _main(argv: list[str]) -> None:
    """`python -m tests.mutations CONTENT FILE SEED`: print the mutation and the lines it changed."""
    import difflib

    root, name, seed = Path(argv[0]), argv[1], int(argv[2])
    made = Mutator(root / name, name).mutant(seed)
    print(made)
    original = (root / name).read_text(encoding="utf-8").splitlines(keepends=True)
    sys.stdout.writelines(difflib.unified_diff(original, made.text.splitlines(keepends=True), name, "mutant"))


if __name__ == "__main__":
    _main(sys.argv[1:])
