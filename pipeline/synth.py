"""Synthetic kecamatan for tests and benchmarks, varied from a real report (`lkjip synth`).

A synthetic kabupaten "Sintetis" is written to its own directory, never into `content/`: its
kecamatan have generated names, officials with structurally valid NIPs, and the figures of the
base report varied within plausible bounds (realisasi never above pagu, counted items never
changed, every check still passing). The same seed gives the same files, byte for byte.
"""

import copy
import datetime
import io
import random
import re
import shutil
from pathlib import Path

from ruamel.yaml import YAML

from pipeline.content.locate import KABUPATEN_FILE, KECAMATAN_FILE, OUTLINE_DIR, locate

KABUPATEN = "sintetis"
FIRST = ("Sungai", "Tanjung", "Karang", "Batu", "Teluk", "Kuala", "Pulau", "Tambak", "Lok", "Danau", "Bukit")
SECOND = ("Rejo", "Jaya", "Makmur", "Baru", "Indah", "Sari", "Harapan", "Mulia", "Permai", "Raya", "Lestari")
GIVEN = ("Ahmad", "Muhammad", "Siti", "Nur", "Rahmat", "Dewi", "Agus", "Rina", "Fauzi", "Lina", "Hendra", "Yuni")
FAMILY = ("Rahman", "Hidayat", "Saputra", "Fitriani", "Santoso", "Wahyuni", "Kurniawan", "Maulana", "Lestari")
MONEY_KEYS = {"pagu_murni", "pagu", "realisasi", "anggaran", "realisasi_lalu"}  # in sub kegiatan and LRA lines


def _yaml() -> YAML:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    return yaml


def _load(path: Path):
    return _yaml().load(path.read_text(encoding="utf-8"))


def _dump(data, path: Path, header: str) -> None:
    buffer = io.StringIO()
    _yaml().dump(data, buffer)
    path.write_text(f"# {header}\n" + buffer.getvalue(), encoding="utf-8")


def kecamatan_names(rng: random.Random, count: int) -> list[str]:
    pairs = [f"{a} {b}" for a in FIRST for b in SECOND]
    if count > len(pairs):
        raise ValueError(f"at most {len(pairs)} synthetic kecamatan")
    return rng.sample(pairs, count)


def nip(rng: random.Random) -> str:
    """An 18-digit NIP whose birth date and TMT CPNS are real dates, TMT between ages 20 and 30."""
    born = datetime.date(1965, 1, 1) + datetime.timedelta(days=rng.randrange(25 * 365))
    tmt = born.year + rng.randint(20, 30)
    return f"{born:%Y%m%d}{tmt}{rng.randint(1, 12):02d}{rng.choice('12')}{rng.randint(1, 999):03d}"


def _person(rng: random.Random, person: dict) -> dict:
    out = dict(person, nama=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}")
    if "nip" in out:
        out["nip"] = nip(rng)
    return out


def _vary_money(node, rng: random.Random, scale: float):
    """Scale the money of sub kegiatan and LRA lines by the kecamatan's factor; realisasi (also
    s.d. each quarter) stays within its pagu or anggaran."""
    if isinstance(node, list):
        return [_vary_money(item, rng, scale) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _vary_money(value, rng, scale) for key, value in node.items()}
    ceiling_key = "pagu" if "pagu" in out else "anggaran" if "anggaran" in out else None
    if ceiling_key is None:
        return out
    for key in MONEY_KEYS & out.keys():
        if isinstance(out[key], int):
            out[key] = int(out[key] * scale)
    ceiling, spent = out[ceiling_key], rng.uniform(0.92, 1.0)
    if isinstance(out.get("realisasi"), int):
        out["realisasi"] = min(ceiling, int(out["realisasi"] * spent))
    if isinstance(out.get("triwulan"), dict):
        out["triwulan"] = {
            q: dict(v, realisasi=min(ceiling, int(v["realisasi"] * scale * spent))) for q, v in out["triwulan"].items()
        }
    return out


def _vary_indicators(node, rng: random.Random):
    """Realisasi of indicators without listed items moves by up to ±12 %, at its own decimals."""
    if isinstance(node, list):
        return [_vary_indicators(item, rng) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _vary_indicators(value, rng) for key, value in node.items()}
    measured = "satuan" in out and not {"rincian", "komponen", "triwulan"} & out.keys()
    if measured and isinstance(out.get("realisasi"), (int, float)):
        places = out.get("desimal", 0)
        value = round(out["realisasi"] * rng.uniform(0.88, 1.12), places)
        out["realisasi"] = int(value) if places == 0 else value
    return out


def _rename(node, old: re.Pattern, new: str):
    if isinstance(node, list):
        return [_rename(item, old, new) for item in node]
    if isinstance(node, dict):
        return {key: _rename(value, old, new) for key, value in node.items()}
    return old.sub(new, node) if isinstance(node, str) else node


def synthesize(content_root: Path, out: Path, count: int, seed: int, base: str, year: int | None) -> list[Path]:
    """Write a synthetic kabupaten of `count` kecamatan under `out`; return their directories."""
    files = locate(content_root, base, year)
    rng = random.Random(seed)
    names = kecamatan_names(rng, count)
    root = out / KABUPATEN
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    kabupaten = _load(files.kabupaten)
    kabupaten.update(nama="Sintetis", ibukota=names[0], kecamatan=names)
    kabupaten["bupati"] = _person(rng, {"nama": "x"})
    _dump(kabupaten, root / KABUPATEN_FILE, f"Synthetic kabupaten (seed {seed}), varied from {files.kabupaten_slug}")
    if kabupaten.get("lambang"):  # the emblem travels with the kabupaten file that names it
        shutil.copy2(files.kabupaten.parent / kabupaten["lambang"], root / kabupaten["lambang"])
    shutil.copytree(files.outline("x").parent, root / OUTLINE_DIR)
    profile, report = _load(files.kecamatan), _load(files.report)
    own = re.compile(re.escape(profile["nama"]).replace(r"\-", r"[\s\-–]*"), re.IGNORECASE)
    made = []
    for index, name in enumerate(names):
        local = random.Random(f"{seed}-{index}")
        directory = root / re.sub(r"[^a-z0-9]+", "-", name.lower())
        directory.mkdir()
        kecamatan = _rename(copy.deepcopy(profile), own, name)
        kecamatan["nama"] = name
        kecamatan["pegawai"] = {key: _person(local, p) for key, p in kecamatan["pegawai"].items()}
        _dump(kecamatan, directory / KECAMATAN_FILE, f"Synthetic kecamatan {name} (seed {seed}), not a real place")
        varied = _vary_indicators(
            _vary_money(_rename(copy.deepcopy(report), own, name), local, local.uniform(0.6, 1.8)), local
        )
        _dump(varied, directory / files.report.name, f"Synthetic report of {name} (seed {seed}), varied from {base}")
        made.append(directory)
    return made
