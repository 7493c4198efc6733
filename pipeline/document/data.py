"""The document model as plain data (dicts, lists, strings): what the model snapshots store.

Every node becomes a mapping with its type name; values keep their kind (a Decimal becomes its
exact digits, a Band its label and colour), so a snapshot traces every printed word and number
without depending on any writer's formats.
"""

import dataclasses
import datetime
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from pathlib import PurePath

from pipeline.content.models import Band


def _default(node, field: dataclasses.Field) -> bool:
    """Whether a field holds its default (or nothing): such fields are left out of the data."""
    value = getattr(node, field.name)
    if value in (None, (), "", {}):
        return True
    return field.default is not dataclasses.MISSING and value == field.default


def to_data(node):
    """A node, value or tuple of them as YAML-friendly data; empty and default fields are left out."""
    if isinstance(node, Band):
        return {"band": node.label, **({"warna": node.warna} if node.warna else {})}
    if dataclasses.is_dataclass(node):
        fields = {f.name: getattr(node, f.name) for f in dataclasses.fields(node) if f.init and not _default(node, f)}
        return {"node": type(node).__name__, **{name: to_data(value) for name, value in fields.items()}}
    if isinstance(node, Mapping):
        return {str(key): to_data(value) for key, value in node.items()}
    if isinstance(node, (tuple, list)):
        return [to_data(item) for item in node]
    if isinstance(node, Enum):
        return node.value
    if isinstance(node, Decimal):
        return str(node)
    if isinstance(node, datetime.date):
        return node.isoformat()
    if isinstance(node, PurePath):
        return node.name  # where a file lives differs between machines; its name does not
    return node


def assets(node) -> tuple:
    """Every `Asset` inside a node, once each, in document order."""
    from pipeline.document.blocks import Asset

    found: dict = {}

    def walk(value):
        if isinstance(value, Asset):
            found.setdefault(value.name, value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                if f.init:
                    walk(getattr(value, f.name))
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)

    walk(node)
    return tuple(found.values())
