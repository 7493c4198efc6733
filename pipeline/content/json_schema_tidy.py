"""The last pass over a generated JSON Schema: what pydantic leaves that editors read badly.

pydantic writes an anyOf of one branch per type (`a number, or a numeric text, or null`) and may
leave a constraint of its own (`gt: 0`) beside a union. Both are rewritten here into plain JSON
Schema with the same meaning.
"""

from typing import Any

from pipeline.content.json_schema_lax import BOUNDS

MAPS = ("properties", "$defs", "patternProperties")


def clean(node: Any, named: bool = False) -> Any:
    """Drop pydantic's leftovers that are no JSON Schema keyword (`gt: 0` beside an anyOf), flatten
    an anyOf nested in an anyOf, and write alternatives that differ by type alone as one schema with
    a list of types (see `_merged`). `named`: `node` maps names (of properties or definitions) to
    schemas, so its keys are kept."""
    if isinstance(node, list):
        return [clean(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: clean(v, k in MAPS and not named) for k, v in node.items() if named or k not in BOUNDS}
    if named or "anyOf" not in out:
        return out
    branches = [part for branch in out.pop("anyOf") for part in _alternatives(branch)]
    merged = _merged(branches)
    if merged is not None and not out.keys() & merged.keys():
        return {**merged, **out}
    # a definition or null (`alamat:` left empty): exclusive, and yaml-language-server 1.x shows the
    # property's own description on hover only for a oneOf
    nullable = len(branches) == 2 and {"type": "null"} in branches and any("$ref" in b for b in branches)
    return {**out, ("oneOf" if nullable else "anyOf"): branches}


def _alternatives(branch: Any) -> list:
    return branch["anyOf"] if isinstance(branch, dict) and branch.keys() == {"anyOf"} else [branch]


# The keywords that apply to one type only: alternatives of different types can share one schema.
FAMILIES = {
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"},
    "string": {"pattern", "patternErrorMessage", "minLength", "maxLength", "format"},
    "array": {"items", "minItems", "maxItems"},
    "boolean": set(),
    "null": set(),
}
FAMILIES["integer"] = FAMILIES["number"]


def _merged(branches: list) -> dict | None:
    """`anyOf: [{type: number, minimum: 0}, {type: string, pattern: …}, {type: null}]` as
    `{type: [number, string, null], minimum: 0, pattern: …}`: the same values, since a keyword of
    one type ignores the others. yaml-language-server 1.x shows the descriptions of an anyOf's
    branches on hover instead of the property's own, and names the pattern's mistake in words."""
    if not all(_types(branch) for branch in branches):
        return None
    types = [t for branch in branches for t in _types(branch)]
    if not all(t in FAMILIES for t in types) or len(set(types)) < len(types):
        return None
    if {"number", "integer"} <= set(types):
        return None
    out: dict = {"type": types}
    for branch in branches:
        family = set().union(*(FAMILIES[t] for t in _types(branch)))
        if branch.keys() - {"type", "errorMessage"} - family:
            return None
        out.update({k: v for k, v in branch.items() if k in family})
    words = next((b["errorMessage"] for b in branches if "errorMessage" in b), out.get("patternErrorMessage"))
    return {**out, "errorMessage": words} if words else out


def _types(branch: Any) -> list:
    """The types a branch allows, or [] when it is no plain typed schema (a $ref, a union)."""
    kind = branch.get("type") if isinstance(branch, dict) else None
    return kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []


def blanks_allowed(body: dict) -> dict:
    """Every property of every object may be left empty (`realisasi:` or `~`): in a kecamatan's own
    files that is a value not filled yet, which `lkjip new` writes for what a new year must get and
    `lkjip check` counts (a warning until the report is signed). An editor leaves it alone instead of
    underlining each one as a wrong type."""
    for node in _objects(body):
        node["properties"] = {name: _nullable(schema) for name, schema in node["properties"].items()}
    return body


def _objects(node: Any):
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _nullable(schema: Any) -> Any:
    if not isinstance(schema, dict) or not schema.keys() - {"description", "title", "default"}:
        return schema  # no constraint: null is allowed already
    if isinstance(schema.get("type"), (str, list)) and "enum" not in schema and "const" not in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return schema if "null" in types else {**schema, "type": [*types, "null"]}
    for union in ("oneOf", "anyOf"):
        if union in schema and schema.keys() <= {union, "description", "title", "default"}:
            if NULL not in schema[union]:
                return {**schema, union: [*schema[union], NULL]}
            return schema
    kept = {k: v for k, v in schema.items() if k in ("description", "title", "default")}
    rest = {k: v for k, v in schema.items() if k not in kept}
    return {**kept, "oneOf": [rest, NULL]}


NULL = {"type": "null"}
