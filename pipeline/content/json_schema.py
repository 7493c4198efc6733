"""JSON Schemas of the content files, for editors (`lkjip schema --json`).

VS Code with the Red Hat YAML extension, or any editor speaking the yaml-language-server
protocol, reads `content/.schema/<kind>.schema.json` through the modeline at the top of a
content file and then completes keys, shows each key's meaning on hover and underlines a mistake
while it is typed. The schemas are generated from the same pydantic models the loader validates
with (`json_schema_lax.py` writes the input shapes the loader accepts), so they cannot drift from
it; a test compares the committed files with freshly generated ones.

The schemas hold no `$id`: an editor resolves them by the relative path of the modeline, so a
copied content directory works as it stands. Importing this module loads no model (the generator
is imported when a schema is made), so `lkjip schema --json` and the modelines of `lkjip new`
start as fast as the rest of the command line.
"""

import json
import math
import os
import re
from pathlib import Path

import click

from pipeline.errors import OutputError

KINDS = ("kabupaten", "kecamatan", "laporan", "susunan")
SCHEMA_DIR = ".schema"
BLANKABLE = ("kecamatan", "laporan")  # a kecamatan's own files: an empty value is one not filled yet
DIALECT = "https://json-schema.org/draft/2020-12/schema"
YEAR_FILE = re.compile(r"[0-9]{4}\.yaml")

# The title an editor shows for the file, and what the file is, in Indonesian then English.
TITLES = {
    "kabupaten": (
        "LKjIP: berkas kabupaten",
        "Data bersama semua kecamatan satu kabupaten: Bupati, RPJMD, skala capaian, dasar hukum."
        " (<kab>/kabupaten.yaml: what every kecamatan of a kabupaten shares)",
    ),
    "kecamatan": (
        "LKjIP: profil kecamatan",
        "Profil satu kecamatan: nama, alamat kantor, pegawai dan susunan organisasi."
        " (<kab>/<kec>/kecamatan.yaml: the profile of one kecamatan)",
    ),
    "laporan": (
        "LKjIP: data tahun laporan",
        "Fakta kinerja satu tahun: tujuan, sasaran, indikator, Perjanjian Kinerja, anggaran dan triwulan."
        " (<kab>/<kec>/<tahun>.yaml: the facts of one report year)",
    ),
    "susunan": (
        "LKjIP: susunan laporan",
        "Susunan satu jenis laporan: sampul, bab, bagian, lampiran dan naskah."
        " (<kab>/laporan/<nama>.yaml: how one kind of report is laid out)",
    ),
}


def model_for(kind: str) -> type:
    """The model a kind of content file is validated with."""
    from pipeline.content.models import Kabupaten, Kecamatan, Report
    from pipeline.content.models.outline import Outline

    roots = {"kabupaten": Kabupaten, "kecamatan": Kecamatan, "laporan": Report, "susunan": Outline}
    if kind not in roots:
        raise ValueError(f"no content kind {kind!r}; one of: {', '.join(KINDS)}")
    return roots[kind]


def schema_for(kind: str) -> dict:
    """The JSON Schema (draft 2020-12) of one kind of content file."""
    from pipeline.content.json_schema_lax import LaxJsonSchema
    from pipeline.content.json_schema_text import describe
    from pipeline.content.json_schema_tidy import blanks_allowed, clean

    model = model_for(kind)
    body = clean(model.model_json_schema(schema_generator=LaxJsonSchema))
    if kind in BLANKABLE:
        body = blanks_allowed(body)
    describe(body, model)
    title, description = TITLES[kind]
    body.pop("title", None)
    return {"$schema": DIALECT, "title": title, "description": description, **body}


def schema_text(kind: str) -> str:
    """The bytes of `<kind>.schema.json`: fixed key order, two-space indent, UTF-8, a final newline."""
    return json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write `<kind>.schema.json` for every kind into `out_dir`; a file already current is left untouched."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = []
        for kind in KINDS:
            path, text = out_dir / f"{kind}.schema.json", schema_text(kind)
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                temporary = path.with_name(f".{path.name}.tmp")
                temporary.write_text(text, encoding="utf-8")
                os.replace(temporary, path)
            paths.append(path)
        return paths
    except OSError as exc:
        raise OutputError(f"cannot write the JSON Schemas to {out_dir}: {exc.strerror or exc}") from None


def kind_of(path: Path, content_root: Path) -> str | None:
    """Which kind of content file `path` is, from its place under `content_root`; None for any other file."""
    try:
        parts = Path(os.path.abspath(path)).relative_to(os.path.abspath(content_root)).parts
    except ValueError:
        return None
    if not parts or any(part.startswith(".") for part in parts):
        return None
    if len(parts) == 2 and parts[1] == "kabupaten.yaml":
        return "kabupaten"
    if len(parts) == 3 and parts[1] == "laporan" and parts[2].endswith(".yaml"):
        return "susunan"
    if len(parts) == 3 and parts[2] == "kecamatan.yaml":
        return "kecamatan"
    if len(parts) == 3 and YEAR_FILE.fullmatch(parts[2]):
        return "laporan"
    return None


def modeline(kind: str, file: Path, content_root: Path) -> str:
    """`# yaml-language-server: $schema=<path>`, the path relative to the file's directory, in POSIX form."""
    if kind not in KINDS:
        raise ValueError(f"no content kind {kind!r}; one of: {', '.join(KINDS)}")
    target = Path(os.path.abspath(content_root)) / SCHEMA_DIR / f"{kind}.schema.json"
    relative = os.path.relpath(target, os.path.dirname(os.path.abspath(file)))
    return f"# yaml-language-server: $schema={Path(relative).as_posix()}"


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _size(path: Path) -> str:
    return f"{math.ceil(path.stat().st_size / 1024)} KB"


def schema_json(out: Path) -> None:
    """Write the four schemas into `out` and say so, one line per file with its size."""
    for path in write_schemas(out):
        click.echo(f"{_shown(path)}  ({_size(path)})")
