"""The year file as the report of one triwulan reads it: the quarters after it left out.

One year file holds every quarter of the year. The report s.d. Triwulan I prints nothing of Triwulan
II; yet once `lkjip new --period tw2` has started the second quarter, its entries wait blank to be
filled, and the first quarter's report must still build (a bundle made again, a correction). So a
quarterly report is loaded from this view of the file: every `triwulan:` map keeps only the
quarters up to the report's own, with their positions, and what is left is validated, checked and
computed as before. The annual report reads the whole file.
"""

from dataclasses import replace
from typing import Any

from pipeline.content.yaml_nodes import MapNode, SeqNode
from pipeline.content.yaml_source import Source

QUARTERS = "triwulan"


def up_to_quarter(source: Source, quarter: int) -> Source:
    """`source` without the entries of the quarters after `quarter`."""
    return replace(source, data=_data(source.data, quarter), root=_nodes(source.root, quarter))


def _later(key: Any, parent_key: Any, quarter: int) -> bool:
    return parent_key == QUARTERS and isinstance(key, int) and not isinstance(key, bool) and key > quarter


def _data(value: Any, quarter: int, key: Any = None) -> Any:
    if isinstance(value, dict):
        return {k: _data(v, quarter, k) for k, v in value.items() if not _later(k, key, quarter)}
    if isinstance(value, list):
        return [_data(v, quarter) for v in value]
    return value


def _nodes(node: Any, quarter: int, key: Any = None) -> Any:
    if isinstance(node, MapNode):
        kept = MapNode()
        for k, child in node.items():
            if not _later(k, key, quarter):
                kept[k] = _nodes(child, quarter, k)
                kept.at[k] = node.at[k]
        return kept
    if isinstance(node, SeqNode):
        items = SeqNode()
        items.extend(_nodes(child, quarter) for child in node)
        items.at = list(node.at)
        return items
    return node
