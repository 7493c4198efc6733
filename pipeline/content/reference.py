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


def _shared() -> dict[type[BaseModel], str]:
    """Models that stand in many places (blocks, sections, pages): documented once, by name."""
    from pipeline.content.models import blocks as b
    from pipeline.content.models.outline import Bagian, Seksi

    models = (
        b.TeksBlok,
        b.TabelBlok,
        b.RumusBlok,
        b.GambarBlok,
        b.GrafikBlok,
        b.HalamanBaruBlok,
        b.TandaTanganBlok,
        b.KomponenBlok,
        b.Tabel,
        b.Kolom,
        b.Gambar,
        b.Halaman,
        Seksi,
        Bagian,
    )
    return {m: m.__name__ for m in models}


def _default(field) -> str:
    if field.is_required():
        return "required"
    if field.default_factory is not None:
        return "default: none"
    default = field.default.value if isinstance(field.default, enum.Enum) else field.default
    if isinstance(default, tuple) and default and all(isinstance(d, enum.Enum) for d in default):
        default = tuple(d.value for d in default)
    return f"default `{default}`" if default not in (None, (), "") and not callable(default) else ""


def _lines(model: type[BaseModel], prefix: str, seen: set, shared: dict | None = None) -> list[str]:
    shared = _shared() if shared is None else shared
    out = []
    for name, field in model.model_fields.items():
        desc = field.description or ""
        out.append(f"| `{prefix}{name}` | {_type_name(field.annotation)} | {_default(field)} | {desc} |")
        for inner in _models(field.annotation):
            if inner not in seen and inner not in shared:
                out += _lines(inner, f"{prefix}{name}.", seen | {inner}, shared)
    return out


def reference() -> str:
    parts = []
    for path, model in FILES:
        parts += [f"### `{path}`", "", (model.__doc__ or "").strip().splitlines()[0], ""]
        parts += ["| key | type | | meaning |", "|---|---|---|---|", *_lines(model, "", {model}), ""]
    parts += [
        "### Parts of an outline and blocks of a section",
        "",
        "Each is documented once; the tables above name them by their model name.",
        "",
    ]
    shared = _shared()
    for model, name in shared.items():
        doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
        parts += [
            f"#### `{name}`",
            "",
            doc,
            "",
            "| key | type | | meaning |",
            "|---|---|---|---|",
            *_lines(model, "", {model}, shared),
            "",
        ]
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


def placeholders() -> str:
    """The names a text may use in `{{ … }}`, and the formatters it may apply with `|`."""
    from pipeline.present.filters import FILTERS
    from pipeline.present.placeholders import PLACEHOLDERS
    from pipeline.present.prose import GENERAL_FILTERS

    parts = ["| placeholder | meaning |", "|---|---|"]
    parts += [f"| `{{{{ {name} }}}}` | {text} |" for name, text in PLACEHOLDERS.items()]
    parts += ["", "Formatters: " + ", ".join(f"`|{name}`" for name in (*FILTERS, *GENERAL_FILTERS)), ""]
    return "\n".join(parts)


def texts() -> str:
    """Every built-in text a `naskah` entry may reword, with the names its wording uses."""
    from pipeline.present.narrative import builtin_texts

    parts = ["| naskah | names it uses |", "|---|---|"]
    parts += [f"| `{name}` | {', '.join(sorted(names)) or '-'} |" for name, names in builtin_texts().items()]
    return "\n".join(parts) + "\n"


def table_fields() -> str:
    """The fields a declared table's `kolom:` may name, by its `data:` source."""
    from pipeline.present.fields import BY_SOURCE, EXPANDING

    parts = []
    groups = {}
    for source, fields in BY_SOURCE.items():
        groups.setdefault(id(fields), ([], fields))[0].append(source)
    for sources, fields in groups.values():
        parts += [
            f"| `data: {' / '.join(sources)}` field | header | kind | meaning |",
            "|---|---|---|---|",
            "| `no` | No. | code | the row number |",
        ]
        parts += [f"| `{k}` | {f.head} | {f.type.value} | {f.description} |" for k, f in fields.items()]
        if "indikator" in sources:
            parts += [f"| `{k}` | (one column each) | quantity | {text} |" for k, text in EXPANDING.items()]
        parts.append("")
    parts += [
        "`data: data.<name>`: the keys of the rows the year file gives under `data: {<name>: [...]}`;"
        " numbers add up in a `jumlah` row.",
        "",
    ]
    return "\n".join(parts)
