"""A reference of every content file's keys, generated from the schema (`lkjip schema`).

The README points here rather than repeating the models: the descriptions are the models' own,
so the reference cannot drift from what validation accepts.
"""

import datetime
import decimal
import enum
import types
import typing

from pydantic import BaseModel

from pipeline.content.models import Kabupaten, Kecamatan, Report
from pipeline.content.models.outline import Outline

FILES = (
    ("content/<kab>/kabupaten.yaml", Kabupaten),
    ("content/<kab>/laporan/<name>.yaml", Outline),
    ("content/<kab>/<kec>/kecamatan.yaml", Kecamatan),
    ("content/<kab>/<kec>/<year>.yaml", Report),
)


def _models(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models(arg)]


def _type_name(annotation) -> str:
    """A reader's name for a type: `text`, `list of Sasaran`, `a4 | f4`, `map int → YearValue`."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin is typing.Literal:
        return " / ".join(map(str, args))
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in args if a is not type(None))
    if origin is tuple:
        return f"list of {_type_name(args[0])}"
    if origin is dict:
        return f"map {_type_name(args[0])} → {_type_name(args[1])}"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return " / ".join(str(m.value) for m in annotation)
    names = {str: "text", int: "integer", bool: "true/false", decimal.Decimal: "number", datetime.date: "date"}
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _lines(model: type[BaseModel], prefix: str, seen: set) -> list[str]:
    out = []
    for name, field in model.model_fields.items():
        default = field.default.value if isinstance(field.default, enum.Enum) else field.default
        shown = default not in (None, (), "") and not callable(default)
        required = "required" if field.is_required() else f"default `{default}`" if shown else ""
        desc = field.description or ""
        out.append(f"| `{prefix}{name}` | {_type_name(field.annotation)} | {required} | {desc} |")
        for inner in _models(field.annotation):
            if inner not in seen:
                out += _lines(inner, f"{prefix}{name}.", seen | {inner})
    return out


def reference() -> str:
    parts = []
    for path, model in FILES:
        parts += [f"### `{path}`", "", (model.__doc__ or "").strip().splitlines()[0], ""]
        parts += ["| key | type | | meaning |", "|---|---|---|---|", *_lines(model, "", {model}), ""]
    return "\n".join(parts)


def components() -> str:
    from pipeline.present.outline import APPENDICES, FRONT, SECTIONS

    parts = []
    for title, catalogue in (("depan", FRONT), ("bab[].bagian", SECTIONS), ("lampiran", APPENDICES)):
        parts += [f"| `{title}` komponen | default title | needs | periods |", "|---|---|---|---|"]
        for key, c in catalogue.items():
            parts.append(f"| `{key}` | {c.judul or '(no heading)'} | {', '.join(c.needs) or '-'} | {c.periods} |")
        parts.append("")
    return "\n".join(parts)
