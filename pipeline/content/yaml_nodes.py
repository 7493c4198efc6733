"""Build plain data and a positioned node tree from libyaml's parse events.

libyaml (PyYAML's C parser) does the scanning and parsing; this module turns its event stream
into two trees in one pass: the plain data the schema validates, and `MapNode`/`SeqNode`
beside it that remember where every key and value starts, for `file:line:column` messages.
PyYAML's composer and constructor are not used: the constructor resolves scalars by YAML 1.1
(see `yaml_scalars`), the composer turns aliases into shared nodes that building data would
expand, and events are also faster to walk than the composed nodes.

Refused, each at its position and before any value is built from it:

- anchors (`&name`) and aliases (`*name`), and the merge key `<<` that only exists to use
  them. No content file uses them, and a few nested aliases expand to gigabytes (the "billion
  laughs"); refusing them outright is simpler and safer than an expansion budget. Since
  aliases are never resolved here, a refused file costs no more than its own length.
- tags other than `!!str` (`!!int`, `!!binary`, custom `!thing`): content writes values plainly.
- nesting deeper than `MAX_DEPTH`, which no content approaches (twelve levels at most).
- a second document in the file, as ruamel.yaml refused it.

Duplicate keys and impossible dates are collected instead, so that one run shows them all.
"""

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from yaml import CSafeLoader
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from pipeline.content.yaml_scalars import NotADate, plain_value

MAX_DEPTH = 64
# The longest text of the seed content is 1,700 characters and the longest list 55 items. A text
# of 20,000 characters is some six printed pages in one field, and TeX reads a paragraph as one
# line of at most 200,000 bytes; a list of 1,000 items would be a report nobody reads. Beyond
# either it is a paste gone wrong, refused here with its position before TeX could trip on it.
MAX_TEXT = 20_000
MAX_ITEMS = 1_000
STRING_TAG = "tag:yaml.org,2002:str"
BLOCK_STYLES = ("|", ">")
NO_ALIASES = "content does not use YAML anchors or aliases (`&name`, `*name`, `<<`): write the value out"


class BlockText(str):
    """A `|` or `>` block scalar, as the tree (not the data) holds it: its text starts on the line
    after its key, which is how placeholder faults inside a text are positioned (present.prose)."""


class MapNode(dict):
    """A mapping's children by key; `at[key]` is (key line, key column, value line, value column), 1-based."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        super().__init__()
        self.at: dict[Any, tuple[int, int, int, int]] = {}


class SeqNode(list):
    """A sequence's children; `at[index]` is the (line, column) where the item starts, 1-based."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        super().__init__()
        self.at: list[tuple[int, int]] = []


Where = Callable[[Any], tuple[int, int]]


class Refused(Exception):
    """Input the reader will not build at all; carries the 1-based position and the message."""

    def __init__(self, where: tuple[int, int], message: str):
        super().__init__(message)
        (self.line, self.column), self.message = where, message


def positions(text: str) -> Where:
    """libyaml mark -> 1-based (line, column), lines counted as ruamel.yaml and editors count them.

    libyaml also ends a line at NEL, LS and PS (U+0085, U+2028, U+2029), YAML 1.1 line breaks
    that YAML 1.2 and editors treat as ordinary characters. Only a text containing one of them,
    which is rare, pays for recounting from the mark's character index.
    """
    if not any(char in text for char in "\x85\u2028\u2029"):
        return lambda mark: (mark.line + 1, mark.column + 1)
    body = text.removeprefix("\ufeff")  # libyaml's index does not count a leading BOM
    starts = [0] + [match.end() for match in re.finditer(r"\r\n|\r|\n", body)]

    def where(mark: Any) -> tuple[int, int]:
        line = bisect_right(starts, mark.index) - 1
        return line + 1, mark.index - starts[line] + 1

    return where


def build(text: str, where: Where) -> tuple[Any, Any, list[tuple[int, int, str]]]:
    """(plain data, positioned tree, problems) of a one-document YAML text; (None, None, []) if empty.

    `where` is `positions(text)`. libyaml's own errors (yaml.MarkedYAMLError,
    yaml.reader.ReaderError) pass through.
    """
    loader = CSafeLoader(text)
    try:
        return _Builder(loader, where).document()
    finally:
        loader.dispose()


class _Builder:
    """Recursive descent over the events of one document, building data and tree together."""

    def __init__(self, loader: CSafeLoader, where: Where):
        self._next = loader.get_event
        self._where = where
        self.problems: list[tuple[int, int, str]] = []

    def document(self) -> tuple[Any, Any, list[tuple[int, int, str]]]:
        self._next()  # the stream start
        if isinstance(self._next(), StreamEndEvent):
            return None, None, []
        data, tree = self._node(self._next(), 0)
        self._next()  # the document end
        extra = self._next()
        if not isinstance(extra, StreamEndEvent):
            raise self._refused(extra, "YAML syntax: expected a single document in the file but found another")
        return data, tree, self.problems

    def _node(self, event: Any, depth: int) -> tuple[Any, Any]:
        self._refuse_anchors_and_tags(event)
        if isinstance(event, ScalarEvent):
            value = self._scalar(event)
            return value, BlockText(value) if event.style in BLOCK_STYLES else value
        if depth >= MAX_DEPTH:
            raise self._refused(event, f"nested more than {MAX_DEPTH} levels deep; content never is")
        if isinstance(event, SequenceStartEvent):
            return self._sequence(depth + 1)
        return self._mapping(depth + 1)

    def _scalar(self, event: ScalarEvent) -> Any:
        if len(event.value) > MAX_TEXT:
            raise self._refused(
                event,
                f"a text of {len(event.value):,} characters, more than the {MAX_TEXT:,} one field may hold: "
                "split it (several `teks` blocks or sections), or check that nothing was pasted twice",
            )
        if not event.implicit[0]:
            return event.value  # quoted, a block scalar, or `!!str`: always text
        try:
            return plain_value(event.value)
        except NotADate as why:
            self.problems.append((*self._where(event.start_mark), str(why)))
            return None

    def _sequence(self, depth: int) -> tuple[list, SeqNode]:
        data, tree = [], SeqNode()
        while not isinstance(event := self._next(), SequenceEndEvent):
            if len(data) == MAX_ITEMS:
                raise self._refused(event, f"a list of more than {MAX_ITEMS:,} items; no report needs that many")
            value, child = self._node(event, depth)
            data.append(value)
            tree.append(child)
            tree.at.append(self._where(event.start_mark))
        return data, tree

    def _mapping(self, depth: int) -> tuple[dict, MapNode]:
        data, tree = {}, MapNode()
        while not isinstance(key_event := self._next(), MappingEndEvent):
            key = self._key(key_event)
            value_event = self._next()
            value, child = self._node(value_event, depth)
            key_at = self._where(key_event.start_mark)
            if key in tree.at:
                self._duplicate(key, tree.at[key][0], key_at)
                continue
            data[key] = value
            tree[key] = child
            tree.at[key] = key_at + self._where(value_event.start_mark)
        return data, tree

    def _key(self, event: Any) -> Any:
        """A key is a scalar; a list or mapping as a key (`? [a, b]`) has no place in content."""
        self._refuse_anchors_and_tags(event)
        if not isinstance(event, ScalarEvent):
            raise self._refused(event, "a key must be a name, not a list or mapping")
        if event.value == "<<" and event.implicit[0]:
            raise self._refused(event, NO_ALIASES)
        return self._scalar(event)

    def _duplicate(self, key: Any, first_line: int, at: tuple[int, int]) -> None:
        message = f"duplicate key `{key}` appears twice: first at line {first_line}, again at line {at[0]}; keep one"
        self.problems.append((*at, message))

    def _refuse_anchors_and_tags(self, event: Any) -> None:
        """Refuse `*name`, `&name` and explicit tags on the event itself, before anything is built."""
        if isinstance(event, AliasEvent) or event.anchor is not None:
            raise self._refused(event, NO_ALIASES)
        tag = event.tag
        if tag is None or tag == "!":
            return
        if isinstance(event, CollectionStartEvent) or tag != STRING_TAG:
            raise self._refused(event, f"content does not use YAML tags (`{_short(tag)}`): write the value plainly")

    def _refused(self, event: Any, message: str) -> Refused:
        return Refused(self._where(event.start_mark), message)


def _short(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag
