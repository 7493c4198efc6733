"""The descriptions of the JSON Schema: Indonesian first, then the key and its English meaning.

A planning officer hovering over `target:` reads "Target tahun laporan … (target: target of the
report year …)". The Indonesian text is written once per field in `data/deskripsi.yaml`, keyed
`Model.field`; the English is the model's own `Field(description=...)`, never retyped, so the
two cannot say different things about what the loader accepts without a test noticing.
"""

import functools
from typing import Any

import yaml
from pydantic import BaseModel

from pipeline.content.reference import _models
from pipeline.resources import package_dir

ENDINGS = (".", "!", "?", ":")


@functools.cache
def deskripsi() -> dict[str, str]:
    """`Model.field` -> the Indonesian description, from the package's `data/deskripsi.yaml`."""
    path = package_dir("pipeline.content") / "data" / "deskripsi.yaml"
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(key): " ".join(str(text).split()) for key, text in loaded.items()}


def reachable(roots: tuple[type[BaseModel], ...]) -> dict[str, type[BaseModel]]:
    """Every model a content file can hold, by class name (the names of the schema's `$defs`)."""
    found: dict[str, type[BaseModel]] = {}
    pending = list(roots)
    while pending:
        model = pending.pop()
        known = found.get(model.__name__)
        if known is model:
            continue
        if known is not None:
            raise ValueError(f"two content models are named {model.__name__}: their schemas would clash")
        found[model.__name__] = model
        for field in model.model_fields.values():
            pending += _models(field.annotation)
    return found


def _lower_first(text: str) -> str:
    """'Target of the year' -> 'target of the year'; 'NIP (…)' and '`positif`: …' stay as they are."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def bilingual(indonesian: str | None, key: str, english: str | None) -> str:
    """'Indonesian sentence. (key: english meaning)'; without an Indonesian text, the key part alone."""
    tail = f"({key}: {_lower_first(english.strip())})" if english else f"({key})"
    if not indonesian:
        return tail
    text = indonesian.strip()
    return f"{text if text.endswith(ENDINGS) else text + '.'} {tail}"


def _object_of(schema: dict) -> dict | None:
    """The object schema of a model's definition (a shorthand wraps it in an anyOf)."""
    if "properties" in schema:
        return schema
    return next((branch for branch in schema.get("anyOf", ()) if "properties" in branch), None)


def describe_model(schema: dict, model: type[BaseModel]) -> None:
    """Give every property of the model's schema its bilingual description, and drop the docstring."""
    target = _object_of(schema)
    if target is None:
        raise ValueError(f"the schema of {model.__name__} has no properties")
    target.pop("description", None)
    texts = deskripsi()
    for name, prop in target["properties"].items():
        field = model.model_fields[name]
        prop["description"] = bilingual(texts.get(f"{model.__name__}.{name}"), name, field.description)


def describe(schema: dict[str, Any], root: type[BaseModel]) -> None:
    """Describe the root model and every model of `$defs`, in place. The docstrings pydantic copies
    onto the definitions are dropped: they are written for programmers, and the property that
    refers to a definition carries its own description."""
    models = reachable((root,))
    describe_model(schema, root)
    for name, definition in schema.get("$defs", {}).items():
        definition.pop("description", None)
        if name in models and _object_of(definition) is not None:
            describe_model(definition, models[name])


def field_keys(roots: tuple[type[BaseModel], ...]) -> set[str]:
    """Every `Model.field` reachable from the roots: the keys `data/deskripsi.yaml` must have."""
    return {f"{name}.{field}" for name, model in reachable(roots).items() for field in model.model_fields}
