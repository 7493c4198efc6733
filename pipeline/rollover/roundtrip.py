"""ruamel.yaml round-trip editing: what is carried over keeps its comments, key order, quotes and flow style.

The pipeline reads content with libyaml (fast, positioned); only `lkjip new` writes it, and it
must leave a planning officer's file as they wrote it apart from the values it rolls. ruamel's
round-trip mode reproduces the seed files byte for byte (tested), so every difference in a
written file is one this package made on purpose.
"""

import datetime
import io
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter

from pipeline.atomic import write_atomically
from pipeline.errors import OutputError


class TildeNull(RoundTripRepresenter):
    """Writes a value not filled yet as `~`, in block and flow maps alike: visible, and one form to
    search for (ruamel would write an empty block value but `null` in a flow map)."""


TildeNull.add_representer(type(None), lambda r, value: r.represent_scalar("tag:yaml.org,2002:null", "~"))


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Representer = TildeNull
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long text line: the officer's lines stay theirs
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load(path: Path, shown: Path | None = None) -> CommentedMap:
    """The file as an editable tree. It is read by the pipeline's own reader first, so a file that
    reader refuses (syntax, a duplicate key, an alias, not UTF-8) is a positioned error, as in
    `lkjip check`, never a ruamel traceback."""
    from pipeline.content.yaml_source import read_yaml

    read_yaml(path, shown or path)
    with path.open(encoding="utf-8") as handle:
        return _yaml().load(handle)


def dumps(data: CommentedMap, first_line: str | None) -> str:
    """The document as text, with `first_line` (the editor's schema modeline) on top, once."""
    out = io.StringIO()
    _yaml().dump(data, out)
    text = out.getvalue()
    if first_line is None:
        return text
    lines = text.splitlines(keepends=True)
    if lines and lines[0].startswith("# yaml-language-server:"):
        lines = lines[1:]
    return first_line.rstrip("\n") + "\n" + "".join(lines)


def write_new(path: Path, text: str) -> None:
    """Create `path` with `text`; never replace a file (the officer's work) that exists."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise OutputError(f"{path} exists: lkjip new never overwrites a file") from None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def replace_file(path: Path, text: str) -> None:
    """Rewrite an existing file atomically, keeping its permissions: it is either the old file or the
    new, never half."""
    write_atomically(path, text.encode("utf-8"), path.stat().st_mode & 0o7777 if path.exists() else None)


def drop_comment(node: CommentedMap, key) -> None:
    """Forget the end-of-line comment of `key` (it described the value that is gone), keeping the
    comment lines below it, which ruamel stores in the same token but belong to what follows."""
    entry = node.ca.items.get(key)
    if not entry or len(entry) < 3 or entry[2] is None:
        return
    _, _, rest = entry[2].value.partition("\n")
    if rest.strip():
        entry[2].value = "\n" + rest
    else:
        entry[2] = None


def set_blank(node: CommentedMap, key) -> None:
    """`key:` with no value: not filled yet (checks.unfilled); its old comment goes with the value."""
    drop_comment(node, key)
    node[key] = None


def remove(node: CommentedMap, key) -> None:
    """Delete `key`, keeping the comment lines that followed its value."""
    if key not in node:
        return
    drop_comment(node, key)
    entry = node.ca.items.pop(key, None)
    keys = list(node)
    index = keys.index(key)
    del node[key]
    if not entry or len(entry) < 3 or entry[2] is None or index == 0:
        return
    before = node.ca.items.setdefault(keys[index - 1], [None, None, None, None])
    if before[2] is None:
        before[2] = entry[2]
    else:
        before[2].value += entry[2].value.lstrip("\n")


def insert_after(node: CommentedMap, after: tuple, key, value) -> None:
    """Put `key` right after the first of `after` present in `node` (else at the end)."""
    keys = list(node)
    position = next((keys.index(k) + 1 for k in after if k in node), len(keys))
    node.insert(position, key, value)


def flow(**values) -> CommentedMap:
    """A `{target: 73, realisasi: 70}` map, the style of the seeds' short entries."""
    node = CommentedMap(values)
    node.fa.set_flow_style()
    return node


def sorted_insert(node: CommentedMap, key: int, value) -> None:
    """Insert a year or quarter key in ascending order among the int keys of `node`."""
    position = sum(1 for k in node if isinstance(k, int) and k < key)
    node.insert(position, key, value)


def add_years(day: datetime.date, years: int) -> datetime.date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def walk(node, loc: tuple = ()):
    """Every (loc, map) of the tree, parents before children."""
    if isinstance(node, CommentedMap):
        yield loc, node
        for key, child in node.items():
            yield from walk(child, loc + (key,))
    elif isinstance(node, CommentedSeq):
        for index, child in enumerate(node):
            yield from walk(child, loc + (index,))
