"""Validate plain YAML data against a model and explain every failure with its position."""

import difflib
import re
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pipeline.content.yaml_source import Source
from pipeline.errors import Problem

M = TypeVar("M", bound=BaseModel)
COMMA_DECIMAL = re.compile(r"^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$")
DOTTED_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def field_path(loc: tuple) -> str:
    """('program', 0, 'pagu') -> 'program[0].pagu'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(source: Source, model: type[M]) -> tuple[M | None, list[Problem]]:
    """Return the model, or None and one Problem per schema violation (all at once)."""
    try:
        return model.model_validate(source.data), []
    except ValidationError as exc:
        errors = _without_echoes(exc.errors())
        return None, [_problem(source, model, error) for error in errors]


def _without_echoes(errors: list[dict]) -> list[dict]:
    """Drop 'too short' errors that only echo a failed item further down the same path."""
    locs = [tuple(e["loc"]) for e in errors]

    def echoes(error: dict) -> bool:
        loc = tuple(error["loc"])
        return error["type"] == "too_short" and any(o[: len(loc)] == loc and o != loc for o in locs)

    return [e for e in errors if not echoes(e)]


def _problem(source: Source, model: type[BaseModel], error: dict) -> Problem:
    loc = tuple(part for part in error["loc"] if not _is_union_tag(part))
    if error["type"] == "extra_forbidden":
        line, col = source.key_position(loc)
        return Problem(source.path, line, col, field_path(loc), _unknown_key(model, loc))
    line, col = source.position(loc)
    return Problem(source.path, line, col, field_path(loc), _message(error))


def _is_union_tag(part: Any) -> bool:
    """Pydantic inserts type names such as 'decimal' or 'function-after[...]' into union locs, and
    the tags of our own unions, which all start with '='."""
    return isinstance(part, str) and (part in {"int", "str", "decimal", "none"} or "[" in part or part.startswith("="))


def _message(error: dict) -> str:
    value = error.get("input")
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind in {"decimal_parsing", "decimal_type", "int_parsing", "int_type", "float_parsing"}:
        return _number_message(value, integer=kind.startswith("int"))
    if kind == "too_short":
        return "must not be empty: give at least one item"
    if kind in {"greater_than", "greater_than_equal"}:
        return f"{error['msg'].replace('Input should be', 'must be')}, got {value}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind == "string_pattern_mismatch":
        return _pattern_message(error["ctx"]["pattern"], value)
    return (
        f"{error['msg']} (got {_shown(value)})"
        if value is not None and not isinstance(value, (dict, list))
        else error["msg"]
    )


# What each pattern of the models means, in words a planning officer can act on.
PATTERN_WORDS = {
    r"^\d{18}$": "a NIP is 18 digits without spaces or dots, e.g. 197812052006041012",
    r"^\d{5}$": "a kode pos is 5 digits, e.g. 70651",
    r"^\d+(\.\d+)*$": "a kode is numbers separated by dots, e.g. 7.01.01.2.01.0001",
    r"^[0-9A-Fa-f]{6}$": "a colour is 6 hexadecimal digits without #, e.g. 1F7A3C",
    r"^[a-z0-9_]+$": "a name here is lower-case letters, digits and _, e.g. pelayanan_umum",
    r"^[a-z0-9][a-z0-9_-]*$": "a file name here is lower-case letters, digits, - and _, without .yaml",
    r"^[a-z0-9_]+(\.[a-z0-9_]+)?$": "a text is named file.block, e.g. bab3.metode (see `lkjip schema --part naskah`)",
}


def _pattern_message(pattern: str, value: Any) -> str:
    words = PATTERN_WORDS.get(pattern, f"does not have the expected form ({pattern})")
    return f"{words}; got {_shown(value)}"


def _shown(value: Any) -> str:
    """A value quoted in a message, cut short: a message never repeats a whole pasted document."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _number_message(value: Any, integer: bool) -> str:
    expected = "a whole number" if integer else "a number"
    text = str(value)
    if isinstance(value, str) and COMMA_DECIMAL.match(text):
        fixed = text.replace(".", "").replace(",", ".")
        return f'expected {expected}, got "{text}"; write {fixed} (a dot is the decimal separator in YAML)'
    if isinstance(value, str) and DOTTED_THOUSANDS.match(text):
        return f'expected {expected}, got "{text}"; write {text.replace(".", "")} (no thousands separators)'
    return f"expected {expected}, got {value!r}"


def _unknown_key(model: type[BaseModel], loc: tuple) -> str:
    owner = _inner_model(_annotation_at(model, loc[:-1]))
    valid = sorted(owner.model_fields) if owner else []
    close = difflib.get_close_matches(str(loc[-1]), valid, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else (f"; valid keys: {', '.join(valid)}" if valid else "")
    return f"unknown key '{loc[-1]}'{hint}"


def _annotation_at(annotation: Any, loc: tuple) -> Any:
    """Follow `loc` (field names, list indexes, dict keys) through the type annotations."""
    for part in loc:
        annotation = _unwrap(annotation)
        origin = typing.get_origin(annotation)
        if origin in (tuple, list):
            annotation = typing.get_args(annotation)[0]
        elif origin is dict:
            annotation = typing.get_args(annotation)[1]
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(part)
            annotation = field.annotation if field else None
        else:
            return None
    return annotation


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated[...] and Optional[...] down to the type that holds the data."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return _unwrap(next(a for a in typing.get_args(annotation) if a is not type(None)))
    return annotation


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    annotation = _unwrap(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
