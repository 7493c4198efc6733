"""`lkjip schema`: the reference a new user writes content from has a meaning for every key.

The key tables are generated from the models (`pipeline/content/reference.py`), so a field added
without a `description` would print an empty "meaning" cell; these tests catch it.
"""

import re

import pytest
from click.testing import CliRunner

from pipeline.cli import SCHEMA_PARTS, main
from pipeline.content.reference import reference

# | `key` | type | default | meaning |
ROW = re.compile(r"^\| `(?P<key>[^`]+)` \| (?P<type>.*?) \| (?P<default>.*?) \| (?P<meaning>.*) \|$")

HEADINGS = {
    "kunci": "## Content files",
    "komponen": "## Outline components",
    "kolom": "## Table fields (`tabel: kolom:`)",
    "placeholder": "## Placeholders in texts (`{{ … }}`)",
    "naskah": "## Built-in texts (`naskah:`)",
}


def _rows(text: str) -> list[dict]:
    return [m.groupdict() for line in text.splitlines() if (m := ROW.match(line))]


def _schema(*args: str) -> str:
    result = CliRunner().invoke(main, ["schema", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_every_key_of_the_reference_has_a_meaning():
    text = reference()
    rows = _rows(text)
    key_lines = [line for line in text.splitlines() if line.startswith("| `")]
    assert len(rows) == len(key_lines) > 250  # every key row parsed, and the tables are all there
    empty = [row["key"] for row in rows if not row["meaning"].strip()]
    assert not empty, f"{len(empty)} keys print no meaning: {', '.join(empty)}"


def test_no_row_of_the_reference_leaks_pydantic_internals():
    text = reference()
    assert "PydanticUndefined" not in text
    bad = [row["key"] for row in _rows(text) if "Undefined" in row["default"] or "FieldInfo" in row["meaning"]]
    assert not bad


def test_every_field_of_every_content_model_is_in_the_reference_with_a_meaning():
    from pipeline.content import reference as r

    documented = {}
    for row in _rows(reference()):
        documented.setdefault(row["key"].rsplit(".", 1)[-1], []).append(row["meaning"])
    seen, missing = set(), []

    def walk(model):
        if model in seen:
            return
        seen.add(model)
        for name, field in model.model_fields.items():
            if not (field.description or "").strip():
                missing.append(f"{model.__name__}.{name}")
            assert name in documented, f"{model.__name__}.{name} is not in the reference"
            for inner in r._models(field.annotation):
                walk(inner)

    for _, model in r.FILES:
        walk(model)
    for model in r._shared():
        walk(model)
    assert not missing, f"fields without a description: {', '.join(missing)}"


def test_lkjip_schema_prints_every_part_under_its_heading_in_order():
    out = _schema()
    assert "PydanticUndefined" not in out
    positions = [out.find(HEADINGS[part]) for part in SCHEMA_PARTS]
    assert all(p >= 0 for p in positions), {part: p for part, p in zip(SCHEMA_PARTS, positions, strict=True)}
    assert positions == sorted(positions)
    for start, end in zip(positions, [*positions[1:], len(out)], strict=True):
        part = out[start:end]
        assert part.count("\n|") > 2, f"no table under {part.splitlines()[0]}"


@pytest.mark.parametrize("part", SCHEMA_PARTS)
def test_lkjip_schema_bagian_prints_that_part_alone(part):
    out = _schema("--bagian", part)
    assert out.startswith(HEADINGS[part] + "\n")
    assert [h for h in HEADINGS.values() if h in out] == [HEADINGS[part]]
    assert "|---|" in out


def test_the_table_fields_part_names_every_data_source():
    from pipeline.present.fields import BY_SOURCE

    out = _schema("--bagian", "kolom")
    heads = [line for line in out.splitlines() if line.startswith("| `data: ")]
    for source in BY_SOURCE:
        assert any(re.search(rf"[ /]{re.escape(source)}[ /`]", head) for head in heads), source
    assert "`data: data.<name>`" in out


def test_the_placeholders_part_lists_every_placeholder_and_formatter():
    from pipeline.present.filters import FILTERS
    from pipeline.present.placeholders import PLACEHOLDERS
    from pipeline.present.prose import GENERAL_FILTERS

    out = _schema("--bagian", "placeholder")
    for name in PLACEHOLDERS:
        assert f"| `{{{{ {name} }}}}` |" in out, name
    for name in (*FILTERS, *GENERAL_FILTERS):
        assert f"`|{name}`" in out, name


def test_the_texts_part_lists_every_built_in_text():
    from pipeline.present.narrative import builtin_texts

    out = _schema("--bagian", "naskah")
    names = builtin_texts()
    assert len(names) > 50
    for name in names:
        assert f"| `{name}` |" in out, name


def test_the_components_part_lists_every_component():
    from pipeline.present.outline import APPENDICES, FRONT, SECTIONS

    out = _schema("--komponen")
    assert out.startswith(HEADINGS["komponen"])
    for catalogue in (FRONT, SECTIONS, APPENDICES):
        for key in catalogue:
            assert f"| `{key}` |" in out, key
