"""The JSON Schema generator behind `lkjip schema --json`: pydantic's, taught the shapes the loader accepts.

pydantic writes the schema of what its models *output*; an editor needs the schema of what the
loader *accepts*, as a YAML language server reads the file (YAML 1.2: a date is a string; a key
`2021:` is an integer node to the language server and the string "2021" to a JSON validator).
The differences, each handled here so that no file the loader takes is underlined:

- numbers written as quoted text (`target: "85.16"`, `pagu: "51500000"`): pydantic's lax mode
  takes them, so a number is "a number, or a text that reads as one";
- `yes`/`no`/`on`/`off`/`0`/`1` for a boolean, which pydantic also takes;
- maps keyed by a year or a quarter (`riwayat: {2021: …}`, `triwulan: {1: …}`): the key must be
  a whole number (`propertyNames`), and a key pattern such as `naskah`'s must hold for every key,
  not only select some (pydantic writes `patternProperties`, which lets any other key by);
- a text is stripped before it is checked (the models' `str_strip_whitespace`): a quoted
  `" camat "` is an id, and a blank `"  "` is no text;
- every `mode="before"` validator (a shorthand) is a shape of its own, named in BEFORE; one that
  is not named there stops the generation, so a new shorthand cannot silently be refused by
  editors (nor can a plain or wrap validator, which hides the input shape);
- a union with a callable discriminator stays a `oneOf` (an editor completes the keys of every
  branch), each branch the discriminator picks by a key guarded by that key, so a mistake is
  reported in the branch the loader would check;
- the after-validators that only narrow a single value (the figure bound, the data sources, the
  signable components) are expressed; those that relate fields (`komponen` or `target`) are not:
  the loader still says so, at its line.

Keywords are those draft 2020-12 and draft-07 read alike (no `prefixItems`), so an older
yaml-language-server, which validates as draft-07, reads the schema the same way.
"""

import copy
import functools
import sys
from typing import Annotated, Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema

from pipeline.content.models.base import FIGURE_DIGITS
from pipeline.content.models.blocks import SOURCES, Kolom
from pipeline.content.models.outline import SIGNABLE, Bagian
from pipeline.content.schema import PATTERN_WORDS

INT_TEXT = r"^\s*[+-]?[0-9][0-9_]*(\.0*)?\s*$"
NUMBER_TEXT = r"^\s*[+-]?([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9][0-9_]*)([eE][+-]?[0-9]+)?\s*$"
DATE = r"^[0-9]{4}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-9])|(0[13-9]|1[0-2])-30|(0[13578]|1[02])-31)$"
MONTH = r"^\s*[0-9]{4}-(0[1-9]|1[0-2])\s*$"
BOOL_WORDS = ("true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0")
BOUNDS = {"gt": "exclusiveMinimum", "ge": "minimum", "lt": "exclusiveMaximum", "le": "maximum"}
NUMERIC = ("number", "integer")
LOWER = ("minimum", "exclusiveMinimum")
BOUND_KEYWORDS = tuple(BOUNDS.values())


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


BOOL_TEXT = "^(" + "|".join(_any_case(w) for w in BOOL_WORDS) + ")$"


def _text(pattern: str, message: str) -> dict:
    """A string alternative; `patternErrorMessage` is what VS Code and yaml-language-server show."""
    return {"type": "string", "pattern": pattern, "patternErrorMessage": message}


def _json_number(bound) -> int | float:
    """A bound as JSON writes it: 0, not 0.0."""
    return int(bound) if bound == int(bound) else float(bound)


def _narrow(schema: dict, types: tuple[str, ...], **keywords) -> dict:
    """Set keywords on every branch of `schema` of one of `types` (through anyOf/oneOf, never $ref);
    of two numeric bounds the tighter one stays."""
    if schema.get("type") in types:
        for keyword, value in keywords.items():
            if keyword in schema and keyword in BOUND_KEYWORDS:
                value = (max if keyword in LOWER else min)(schema[keyword], value)
            schema[keyword] = value
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, ()):
            _narrow(branch, types, **keywords)
    return schema


def _qualname(function: Any) -> str:
    return getattr(getattr(function, "__func__", function), "__qualname__", repr(function))


def _int_key(keys: dict) -> dict:
    """A map key that pydantic reads as an int (a year, a quarter). A YAML language server checks the
    key node as YAML typed it (`2021:` is an integer), a JSON validator sees the string "2021": both
    forms are given, a small range listed (quarters 1-4), else any whole number."""
    low, high = keys.get("ge"), keys.get("le")
    words = f"a key here is a whole number from {low} to {high}" if low is not None else "a key here is a whole number"
    number = {"type": "integer", "errorMessage": words, **({"minimum": low} if low is not None else {})}
    number |= {"maximum": high} if high is not None else {}
    if low is not None and high is not None and 0 <= low <= high and high - low < 10:
        choices = "|".join(str(n) for n in range(low, high + 1))
        text = _text(rf"^\s*\+?0*({choices})(\.0*)?\s*$", words)
    else:
        text = _text(INT_TEXT, words + ", e.g. 2023")
    return {"anyOf": [number, text]}


def _model_of(choice: dict) -> type | None:
    """The model a union's choice refers to (`definition-ref` names it `module.Class:id`)."""
    if choice.get("type") == "model":
        return choice["cls"]
    module, _, name = choice.get("schema_ref", "").split(":")[0].rpartition(".")
    return getattr(sys.modules.get(module), name, None) if module else None


def _guarded(branch: dict, tag: str, choice: dict) -> dict:
    """A union's branch that the loader's discriminator picks by a key (`komponen`, `halaman`, `teks` …)
    stands only for a mapping that holds that key. Without the guard a YAML language server weighs
    a user section against a page by the keys they share (`judul`, `isi`) and, on a mistake inside
    one, also reports the other's missing key."""
    key, model = tag.lstrip("="), _model_of(choice)
    if model is None or key not in model.model_fields:
        return branch
    return {"if": {"type": "object", "not": {"required": [key]}}, "then": False, "else": branch}


def _shorthand_of(model: type, field: str):
    """The bare value of one field, which a shorthand lets stand for the whole model."""

    def shape() -> dict:
        info = model.model_fields[field]
        adapter = TypeAdapter(Annotated[info.annotation, *info.metadata])
        return {k: v for k, v in adapter.json_schema(schema_generator=LaxJsonSchema).items() if k != "description"}

    return shape


# Every `mode="before"` validator of the models, and the input shape it adds. `model` shapes wrap
# the model's own schema (its value may also be written as that bare value), `items` shapes widen
# the items of the list the validator sits on, `value` shapes widen the value itself.
BEFORE = {
    "Bagian._shorthand": ("model", _shorthand_of(Bagian, "komponen")),
    "Tabel._shorthand": ("items", _shorthand_of(Kolom, "isi")),
    "_month_only": ("value", lambda date: _text(f"{date['pattern']}|{MONTH}", "a date is YYYY-MM-DD, or YYYY-MM")),
}
DATA_SOURCE = r"^\s*(" + "|".join(SOURCES) + r"|data\.[a-z0-9_]+)\s*$"

# After-validators that narrow one value, and how: the others are left to the loader.
AFTER = {
    "_figure": lambda s: _narrow(s, NUMERIC, exclusiveMaximum=10**FIGURE_DIGITS, exclusiveMinimum=-(10**FIGURE_DIGITS)),
    "_source": lambda s: _narrow(
        s, ("string",), pattern=DATA_SOURCE, patternErrorMessage="one of: " + ", ".join(SOURCES) + ", or data.<name>"
    ),
    "Outline._signable": lambda s: {**s, "items": {"type": "string", "enum": sorted(SIGNABLE)}},
}


class UnknownShorthand(RuntimeError):
    """A `mode="before"` validator with no shape in BEFORE: the schema would refuse its input."""


class LaxJsonSchema(GenerateJsonSchema):
    """pydantic's generator, writing the input shapes of lax validation (see the module docstring)."""

    def field_title_should_be_set(self, schema) -> bool:
        return False  # "Target Akhir Renstra" says nothing the key does not; hover shows the description

    def int_schema(self, schema) -> dict:
        whole = "expected a whole number, e.g. 2024"
        return {"anyOf": [{**super().int_schema(schema), "errorMessage": whole}, _text(INT_TEXT, whole)]}

    def float_schema(self, schema) -> dict:
        number = "expected a number, e.g. 0.5"
        return {"anyOf": [{**super().float_schema(schema), "errorMessage": number}, _text(NUMBER_TEXT, number)]}

    def decimal_schema(self, schema) -> dict:
        words = "expected a number, e.g. 85.16 (a dot before decimals)"
        number = {"type": "number", "errorMessage": words}
        for key, keyword in BOUNDS.items():
            if schema.get(key) is not None:
                number[keyword] = _json_number(schema[key])
        return {"anyOf": [number, _text(NUMBER_TEXT, words)]}

    def bool_schema(self, schema) -> dict:
        return {
            "anyOf": [
                {"type": "boolean"},
                {"type": "integer", "minimum": 0, "maximum": 1},
                _text(BOOL_TEXT, "expected true or false"),
            ]
        }

    def str_schema(self, schema) -> dict:
        """Every content model strips its texts before checking them (`base.Model`, tested), so a
        pattern may be padded with blanks and a text of blanks alone is empty."""
        out = super().str_schema(schema)
        out.pop("maxLength", None)  # counted after stripping: a padded text may be longer
        if "pattern" in out:
            words = PATTERN_WORDS.get(out["pattern"])
            out["pattern"] = r"^\s*(" + out["pattern"].removeprefix("^").removesuffix("$") + r")\s*$"
            if words:
                out["patternErrorMessage"] = words
        elif out.get("minLength", 0) >= 1:
            out["pattern"], out["patternErrorMessage"] = r"\S", "must not be blank"
        return out

    def date_schema(self, schema) -> dict:
        return {**super().date_schema(schema), "pattern": DATE, "patternErrorMessage": "a date is YYYY-MM-DD"}

    def tuple_schema(self, schema) -> dict:
        out = super().tuple_schema(schema)
        prefix = out.pop("prefixItems", None)
        if prefix is not None:
            if any(item != prefix[0] for item in prefix):
                # a model typed with such a tuple is a developer's change: it stops generation loudly
                raise TypeError("a fixed tuple of mixed types has no draft-07 form: give the field one item type")
            out["items"] = prefix[0]
        return out

    def dict_schema(self, schema) -> dict:
        out = {"type": "object"}
        values = schema.get("values_schema")
        out["additionalProperties"] = self.generate_inner(values) if values else {}
        keys = schema.get("keys_schema")
        if keys and keys.get("type") == "int":
            out["propertyNames"] = _int_key(keys)
        elif keys:
            names = self.generate_inner(keys)
            if names.keys() - {"type"}:
                out["propertyNames"] = names
        if schema.get("min_length"):
            out["minProperties"] = schema["min_length"]
        return out

    def function_before_schema(self, schema) -> dict:
        inner = super().function_before_schema(schema)
        name = _qualname(schema["function"]["function"])
        if name not in BEFORE:
            raise UnknownShorthand(f"{name}: a mode='before' validator with no JSON Schema shape in BEFORE")
        where, shape = BEFORE[name]
        if where == "value":
            return shape(inner)
        if where == "items":
            inner = copy.deepcopy(inner)
            inner["items"] = {"anyOf": [shape(), inner["items"]]}  # first: a bare name's mistake is named
        return inner

    def tagged_union_schema(self, schema) -> dict:
        out = super().tagged_union_schema(schema)
        choices = list(schema["choices"].items())
        if len(out.get("oneOf", ())) == len(choices):
            out["oneOf"] = [
                _guarded(branch, str(tag), choice) for (tag, choice), branch in zip(choices, out["oneOf"], strict=True)
            ]
        return out

    def function_plain_schema(self, schema) -> dict:
        raise UnknownShorthand(f"{_qualname(schema['function']['function'])}: a plain validator hides the input shape")

    def function_wrap_schema(self, schema) -> dict:
        raise UnknownShorthand(f"{_qualname(schema['function']['function'])}: a wrap validator hides the input shape")

    def function_after_schema(self, schema) -> dict:
        inner = super().function_after_schema(schema)
        function = schema["function"]["function"]
        if isinstance(function, functools.partial) and len(function.keywords) == 1:
            ((key, bound),) = function.keywords.items()
            if key in BOUNDS:
                return _narrow(copy.deepcopy(inner), NUMERIC, **{BOUNDS[key]: _json_number(bound)})
        narrow = AFTER.get(_qualname(function))
        return narrow(copy.deepcopy(inner)) if narrow else inner

    def model_schema(self, schema) -> dict:
        out = super().model_schema(schema)
        cls = schema["cls"]
        for name in before_model_validators(cls):
            where, shape = BEFORE.get(f"{cls.__name__}.{name}", (None, None))
            if where != "model":
                raise UnknownShorthand(f"{cls.__name__}.{name}: a model validator with no JSON Schema shape")
            out = {"title": out.get("title", cls.__name__), "anyOf": [shape(), out]}
        return out


def before_model_validators(cls: type) -> list[str]:
    """Names of the `model_validator(mode="before")` methods of a model."""
    decorators = cls.__pydantic_decorators__.model_validators
    return sorted(name for name, d in decorators.items() if d.info.mode == "before")
