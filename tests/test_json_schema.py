"""The JSON Schemas for editors (`lkjip schema --json`): valid, current, and agreeing with the loader.

Every content file validates against its kind's schema as a YAML language server sees it; the
mistakes a planning officer makes are refused at the path the loader names; the shapes only the
loader's lax reading accepts (quoted numbers, `yes`, month-only dates, shorthands) are accepted;
and over mutants of the real files the schema never refuses what the loader accepts.
"""

import datetime
import decimal
import math
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from pydantic import ValidationError, model_validator

from pipeline.cli import main
from pipeline.content import json_schema as js
from pipeline.content.json_schema_lax import BEFORE, LaxJsonSchema, UnknownShorthand, before_model_validators
from pipeline.content.json_schema_text import deskripsi, field_keys, reachable
from pipeline.content.models.base import Model
from pipeline.content.schema import field_path, validate
from pipeline.content.yaml_source import read_yaml
from pipeline.errors import ContentError
from tests.conftest import CONTENT, ROOT
from tests.mutations import mutator

CONTENT_FILES = sorted(p for p in CONTENT.rglob("*.yaml") if ".schema" not in p.parts)
ROOTS = tuple(js.model_for(kind) for kind in js.KINDS)
YEAR_FILE = "banjar/aluh-aluh/2022.yaml"
IKM = "tujuan[0].sasaran[0].indikator[0]"
OUTLINE = "tanjung-selasih/laporan/tahunan.yaml"
TABEL = "bab[1].bagian[3].isi[1].tabel"


def as_language_server_sees(value):
    """The data of a YAML file as a JSON Schema validator of an editor reads it (YAML 1.2 into JSON).

    The loader turns `2021:` into an int key, `2024-01-31` into a date and `84.24` into a Decimal.
    JSON has string keys only and no dates: a validator sees the key "2021", the string
    "2024-01-31" and the number 84.24, so the files are checked in that view. (yaml-language-server
    itself also gives a key its YAML type, an integer for `2021:`; the schema takes both forms.)
    """
    if isinstance(value, dict):
        return {str(key): as_language_server_sees(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_language_server_sees(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, str):
        return str(value)  # the loader's block texts are a str subclass that remembers their style
    return value


@pytest.fixture(scope="module")
def validators() -> dict[str, Draft202012Validator]:
    return {kind: Draft202012Validator(js.schema_for(kind)) for kind in js.KINDS}


def schema_errors(validators, kind: str, data) -> list[tuple[str, str]]:
    """(field path as the loader writes it, message) of every schema error; an error of a union
    (anyOf, oneOf) is that of its closest alternative, where an editor underlines it."""
    errors = validators[kind].iter_errors(as_language_server_sees(data))
    return [(field_path(tuple(error.absolute_path)), error.message) for error in map(closest, errors)]


def closest(error):
    """The error of a union's alternative that matched furthest into the value, as yaml-language-server
    picks it: the deepest, and of two at one place a broken rule rather than a wrong type."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error


def edited(tmp_path: Path, name: str, old: str, new: str):
    """A copy of one content file with one edit, read as the loader reads it."""
    text = (CONTENT / name).read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path = tmp_path / Path(name).name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return read_yaml(path, path)


@pytest.mark.parametrize("kind", js.KINDS)
def test_schema_is_valid_draft_2020_12(kind):
    schema = js.schema_for(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == js.DIALECT and schema["title"] and "$id" not in schema


@pytest.mark.parametrize("kind", js.KINDS)
def test_committed_schema_is_current(kind):
    path = CONTENT / js.SCHEMA_DIR / f"{kind}.schema.json"
    assert path.is_file(), f"{path} is missing: run `lkjip schema --json`"
    assert path.read_text(encoding="utf-8") == js.schema_text(kind), (
        f"{path.relative_to(ROOT)} is out of date with the models: run `lkjip schema --json`"
    )


def test_every_content_file_has_a_kind():
    assert CONTENT_FILES
    assert [p for p in CONTENT_FILES if js.kind_of(p, CONTENT) is None] == []


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: str(p.relative_to(CONTENT)))
def test_content_file_validates(validators, path):
    kind = js.kind_of(path, CONTENT)
    assert schema_errors(validators, kind, read_yaml(path, path).data) == []


@pytest.mark.parametrize("base", ["aluh-aluh", "martapura-barat", "pelaihari", "teluk-kemuning"])
def test_synthetic_content_validates(tmp_path, validators, base):
    """`lkjip synth` writes its files through ruamel.yaml, in other quoting and layout than the seeds'."""
    from pipeline.synth import synthesize

    synthesize(CONTENT, tmp_path, 2, 7, base, None)
    files = sorted(tmp_path.rglob("*.yaml"))
    assert len(files) >= 5
    for path in files:
        kind = js.kind_of(path, tmp_path)
        assert kind, path
        assert schema_errors(validators, kind, read_yaml(path, path).data) == [], path


NEGATIVE = [
    # file, old, new, kind, the path the loader names, where the schema reports it, words of its message
    pytest.param(
        YEAR_FILE,
        "            satuan: Nilai\n",
        "            satuan: Nilai\n            targte: 73\n",
        "laporan",
        f"{IKM}.targte",
        IKM,
        "'targte' was unexpected",
        id="unknown-key-in-indikator",
    ),
    pytest.param(
        YEAR_FILE,
        "target: 73              #",
        'target: "sembilan puluh" #',
        "laporan",
        f"{IKM}.target",
        f"{IKM}.target",
        "does not match",
        id="text-for-a-number",
    ),
    pytest.param(
        YEAR_FILE,
        "sumber_dana: APBD Kabupaten Banjar\n",
        "",
        "laporan",
        "sumber_dana",
        "",
        "'sumber_dana' is a required property",
        id="missing-required-key",
    ),
    pytest.param(
        YEAR_FILE,
        "            desimal: 2\n",
        "            desimal: 2\n            polaritas: positip\n",
        "laporan",
        f"{IKM}.polaritas",
        f"{IKM}.polaritas",
        "'positip' is not one of",
        id="misspelt-enum-value",
    ),
    pytest.param(
        "banjar/aluh-aluh/kecamatan.yaml",
        '"198603132004121004"',
        '"19860313 200412 1 004"',
        "kecamatan",
        "pegawai.aditya.nip",
        "pegawai.aditya.nip",
        "does not match",
        id="bad-nip",
    ),
    pytest.param(
        YEAR_FILE,
        "              2021: {target",
        "              20x1: {target",
        "laporan",
        f"{IKM}.riwayat.20x1",
        f"{IKM}.riwayat",
        "does not match",
        id="year-key-not-a-number",
    ),
    pytest.param(
        OUTLINE,
        "data: indikator\n              kolom:\n                - no",
        "data: indikatr\n              kolom:\n                - no",
        "susunan",
        f"{TABEL}.data",
        f"{TABEL}.data",
        "does not match",
        id="unknown-data-source",
    ),
    pytest.param(
        OUTLINE,
        "                - no\n",
        "                - No\n",
        "susunan",
        f"{TABEL}.kolom[0].isi",
        f"{TABEL}.kolom[0]",
        "does not match",
        id="bad-column-shorthand",
    ),
    pytest.param(
        "tanah-laut/laporan/tahunan.yaml",
        "[ringkasan_eksekutif, kalimat_penutup]",
        "[ringkasan_eksekutif, daftar_isi]",
        "susunan",
        "ditandatangani",
        "ditandatangani[1]",
        "'daftar_isi' is not one of",
        id="unsignable-component",
    ),
]


@pytest.mark.parametrize("name, old, new, kind, loader_at, schema_at, words", NEGATIVE)
def test_mistake_is_refused_where_the_loader_refuses_it(
    tmp_path, validators, name, old, new, kind, loader_at, schema_at, words
):
    source = edited(tmp_path, name, old, new)
    _, problems = validate(source, js.model_for(kind))
    assert [p.field for p in problems] == [loader_at]
    found = schema_errors(validators, kind, source.data)
    assert [at for at, _ in found] == [schema_at], found
    assert words in found[0][1]


LAX = [
    # what the loader accepts beyond the canonical form, each once
    pytest.param(YEAR_FILE, "tanggal: 2022-12-31 ", "tanggal: 2022-12    ", id="month-only-date"),
    pytest.param(YEAR_FILE, "tanggal: 2022-12-31 ", 'tanggal: "2022-12-31"', id="quoted-date"),
    pytest.param(YEAR_FILE, "target: 73              #", 'target: "73"            #', id="quoted-decimal"),
    pytest.param(YEAR_FILE, "misi: 4 ", 'misi: "4"', id="quoted-integer"),
    pytest.param(YEAR_FILE, "              2021: {target", '              "2021": {target', id="quoted-year-key"),
    pytest.param(
        YEAR_FILE,
        "            desimal: 2\n",
        "            desimal: 2\n            belum_diukur: no\n",
        id="no-for-false",
    ),
    pytest.param(
        YEAR_FILE,
        "        uraian: Meningkatnya Kualitas Pelayanan Publik",
        "        uraian: '  Meningkatnya  '",
        id="padded-text",
    ),
    pytest.param(YEAR_FILE, "      - id: pelayanan_publik", "      - id: ' pelayanan_publik '", id="padded-id"),
    pytest.param(
        "banjar/laporan/tahunan.yaml",
        "depan: [kata_pengantar,",
        "depan: [{halaman: pemisah, judul: AWAL, kop: off}, kata_pengantar,",
        id="off-for-false-in-a-page",
    ),
]


@pytest.mark.parametrize("name, old, new", LAX)
def test_lax_form_the_loader_accepts_is_accepted(tmp_path, validators, name, old, new):
    source = edited(tmp_path, name, old, new)
    kind = js.kind_of(CONTENT / name, CONTENT)
    model, problems = validate(source, js.model_for(kind))
    assert problems == [] and model is not None
    assert schema_errors(validators, kind, source.data) == []


# Error types of a single value or key, which JSON Schema can express: a mutant the loader refuses
# with one of these must be refused by the schema as well. Model validators (`value_error`, such
# as "give `komponen` or `target`") relate several fields and are left to the loader.
SHAPE_ERRORS = frozenset(
    """extra_forbidden missing string_type string_too_short string_pattern_mismatch too_short enum literal_error
    int_parsing int_type decimal_parsing decimal_type bool_parsing tuple_type dict_type model_type
    model_attributes_type greater_than greater_than_equal less_than_equal date_from_datetime_parsing date_parsing
    date_type finite_number""".split()
)
MUTANTS_PER_FILE = 8


def test_schema_agrees_with_the_loader_over_mutants(tmp_path, validators):
    """Mutants of every content file (tests/mutations.py): none the loader accepts is refused by the
    schema, and every one it refuses for the shape of one value is refused by the schema too."""
    disagree, accepted, refused = [], 0, 0
    for path in CONTENT_FILES:
        kind, name = js.kind_of(path, CONTENT), str(path.relative_to(CONTENT))
        for seed in range(MUTANTS_PER_FILE):
            made = mutator(path, name).mutant(9000 + seed)
            copy = tmp_path / "mutant.yaml"
            copy.write_text(made.text, encoding="utf-8")
            try:
                data = read_yaml(copy, copy).data
            except ContentError:
                continue  # refused before any schema: an impossible date, a duplicate key
            if kind in js.BLANKABLE and "to null" in str(made):
                continue  # an empty value in a kecamatan's file is one not filled yet: no editor mistake
            try:
                js.model_for(kind).model_validate(data)
                types = set()
            except ValidationError as exc:
                types = {error["type"] for error in exc.errors()}
            errors = schema_errors(validators, kind, data)
            accepted += not types
            refused += bool(types)
            if (not types and errors) or (types & SHAPE_ERRORS and not errors):
                disagree.append(f"{made}: loader {sorted(types) or 'accepts'}, schema {errors[:2] or 'accepts'}")
    assert disagree == []
    assert accepted >= 30 and refused >= 30  # both directions were exercised


def test_every_property_is_described_in_indonesian_then_english():
    texts = set(deskripsi().values())
    for kind in js.KINDS:
        for owner, name, prop in _properties(js.schema_for(kind)):
            description = prop.get("description", "")
            match = re.fullmatch(rf"(?P<id>.+\S) \({re.escape(name)}: (?P<en>.+)\)", description, re.S)
            assert match, f"{kind}: {owner}.{name}: {description!r}"
            assert match["id"] in texts, f"{kind}: {owner}.{name}: no Indonesian text of deskripsi.yaml"


def _properties(node, owner="(root)"):
    """(model title, key, schema) of every property anywhere in a schema, $defs included."""
    if isinstance(node, list):
        for item in node:
            yield from _properties(item, owner)
    if not isinstance(node, dict):
        return
    owner = node.get("title", owner)
    for key, value in node.items():
        if key in ("properties", "$defs", "patternProperties"):
            for name, schema in value.items():
                if key == "properties":
                    yield owner, name, schema
                yield from _properties(schema, owner)
        else:
            yield from _properties(value, owner)


def test_deskripsi_covers_every_field_and_nothing_else():
    keys, texts = field_keys(ROOTS), deskripsi()
    assert sorted(keys - texts.keys()) == [], "fields without an Indonesian description in data/deskripsi.yaml"
    assert sorted(texts.keys() - keys) == [], "stale keys in data/deskripsi.yaml: no such field"
    assert all(text.strip() for text in texts.values())


def test_every_before_validator_has_a_shape_and_every_shape_a_validator():
    found = set()
    for model in reachable(ROOTS).values():
        found |= {f"{model.__name__}.{name}" for name in before_model_validators(model)}
        decorators = model.__pydantic_decorators__.field_validators
        found |= {f"{model.__name__}.{name}" for name, d in decorators.items() if d.info.mode == "before"}
        for field in model.model_fields.values():
            found |= {m.func.__qualname__ for m in _metadata(field.annotation) + field.metadata if _is_before(m)}
    assert found == set(BEFORE)


def _metadata(annotation) -> list:
    import typing

    out = list(getattr(annotation, "__metadata__", ()))
    for arg in typing.get_args(annotation):
        out += _metadata(arg)
    return out


def _is_before(metadata) -> bool:
    return type(metadata).__name__ == "BeforeValidator"


def test_a_new_shorthand_without_a_shape_stops_the_generation():
    class Sample(Model):
        nama: str

        @model_validator(mode="before")
        @classmethod
        def _bare(cls, value):
            return {"nama": value} if isinstance(value, str) else value

    with pytest.raises(UnknownShorthand, match="Sample._bare"):
        Sample.model_json_schema(schema_generator=LaxJsonSchema)


def test_every_model_strips_its_texts():
    """The schema pads patterns with blanks and refuses blank texts because every model strips."""
    assert [m for m in reachable(ROOTS).values() if not m.model_config.get("str_strip_whitespace")] == []


@pytest.mark.parametrize(
    "relative, kind",
    [
        ("banjar/kabupaten.yaml", "kabupaten"),
        ("banjar/laporan/tahunan.yaml", "susunan"),
        ("banjar/laporan/2023.yaml", "susunan"),
        ("banjar/aluh-aluh/kecamatan.yaml", "kecamatan"),
        ("banjar/aluh-aluh/2023.yaml", "laporan"),
        ("banjar/aluh-aluh/catatan.yaml", None),
        ("banjar/aluh-aluh/20231.yaml", None),
        ("banjar/lambang.png", None),
        ("kabupaten.yaml", None),
        (".schema/laporan.schema.json", None),
        ("banjar/aluh-aluh/lampiran/2023.yaml", None),
    ],
)
def test_kind_of(relative, kind):
    assert js.kind_of(CONTENT / relative, CONTENT) == kind


def test_kind_of_a_file_outside_the_content_directory():
    assert js.kind_of(ROOT / "README.md", CONTENT) is None
    assert js.kind_of(Path("content/banjar/kabupaten.yaml"), Path("content")) == "kabupaten"


@pytest.mark.parametrize(
    "relative, kind, expected",
    [
        ("banjar/aluh-aluh/2023.yaml", "laporan", "../../.schema/laporan.schema.json"),
        ("banjar/aluh-aluh/kecamatan.yaml", "kecamatan", "../../.schema/kecamatan.schema.json"),
        ("banjar/laporan/tahunan.yaml", "susunan", "../../.schema/susunan.schema.json"),
        ("banjar/kabupaten.yaml", "kabupaten", "../.schema/kabupaten.schema.json"),
    ],
)
def test_modeline_points_at_the_committed_schema(relative, kind, expected):
    line = js.modeline(kind, CONTENT / relative, CONTENT)
    assert line == f"# yaml-language-server: $schema={expected}"
    assert ((CONTENT / relative).parent / expected).resolve() == (CONTENT / ".schema" / f"{kind}.schema.json")
    assert ((CONTENT / relative).parent / expected).resolve().is_file()


def test_modeline_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="no content kind 'tahunan'"):
        js.modeline("tahunan", CONTENT / "banjar/kabupaten.yaml", CONTENT)


def test_written_files_are_deterministic_utf8_with_a_final_newline(tmp_path):
    first = js.write_schemas(tmp_path / "a")
    second = js.write_schemas(tmp_path / "b")
    assert [p.name for p in first] == [f"{kind}.schema.json" for kind in js.KINDS]
    for one, other in zip(first, second, strict=True):
        raw = one.read_bytes()
        assert raw == other.read_bytes() and raw.endswith(b"}\n") and not raw.endswith(b"\n\n")
    assert "×" in (tmp_path / "a" / "laporan.schema.json").read_text(encoding="utf-8")  # not \u00d7


def test_command_writes_and_lists_each_file_with_its_size(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT / "banjar", content / "banjar")
    result = CliRunner().invoke(main, ["schema", "--json", "--content", str(content)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == len(js.KINDS)
    for line, kind in zip(lines, js.KINDS, strict=True):
        path = content / ".schema" / f"{kind}.schema.json"
        assert line.endswith(f"{path.name}  ({math.ceil(path.stat().st_size / 1024)} KB)")


def test_unwritable_directory_is_an_error_not_a_traceback(tmp_path):
    blocker = tmp_path / "schema"
    blocker.write_text("a file where the directory should be", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "--json", "--out", str(blocker / "sub")])
    assert result.exit_code == 1
    assert f"cannot write the JSON Schemas to {blocker / 'sub'}" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_the_batch_builder_does_not_take_the_schema_directory_for_a_kabupaten():
    from pipeline.content.locate import KECAMATAN_FILE

    assert not list((CONTENT / js.SCHEMA_DIR).glob(f"*/{KECAMATAN_FILE}"))
    assert all(js.SCHEMA_DIR not in p.parts for p in CONTENT.glob(f"*/*/{KECAMATAN_FILE}"))


def test_importing_the_module_loads_no_model():
    """`lkjip --help` imports nothing of the pipeline: registering the command must not load pydantic."""
    import subprocess
    import sys

    probe = "import sys, pipeline.content.json_schema; print('pydantic' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("kind", js.BLANKABLE)
def test_an_empty_value_in_a_kecamatans_file_is_left_to_lkjip_check(kind, validators):
    """`lkjip new` writes `~` for every value to fill: an editor must not underline each one."""
    path = next(p for p in CONTENT_FILES if js.kind_of(p, CONTENT) == kind)
    data = read_yaml(path, path).data
    blanked = _blank_every_scalar(data)
    assert schema_errors(validators, kind, blanked) == []
    assert schema_errors(validators, "kabupaten", {"nama": None}) != []  # the shared files are never blank


def _blank_every_scalar(node):
    """Every value of every key blank, as a skeleton is (the items of a list of scalars are kept)."""
    if isinstance(node, dict):
        return {k: _blank_every_scalar(v) if isinstance(v, (dict, list)) else None for k, v in node.items()}
    if isinstance(node, list):
        return [_blank_every_scalar(v) if isinstance(v, (dict, list)) else v for v in node]
    return node
