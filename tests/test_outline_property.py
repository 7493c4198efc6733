"""Valid content never fails in TeX: random outlines built from the catalogue and user sections.

Each example composes an annual outline for a seed report: catalogue components in random order
(only those whose data the report has), user sections with random prose, declared tables over
random fields, formulas and page breaks, a letter page and a separator page; then builds it with
the real engine. Whatever `present` accepts must typeset.
"""

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from pipeline.build import build_report
from pipeline.present.fields import BY_SOURCE
from pipeline.present.outline import ANNUAL, BOTH, SECTIONS
from tests.conftest import CONTENT, REPORTS

pytestmark = pytest.mark.build

BASES = ("aluh-aluh-2022", "martapura-barat-2023", "pelaihari-2023")
KAB = {"aluh-aluh-2022": "banjar", "martapura-barat-2023": "banjar", "pelaihari-2023": "tanah-laut"}
WORDS = st.sampled_from(
    [
        "kinerja",
        "Kecamatan",
        "100%",
        "R&D",
        "a_b",
        "#1",
        "{",
        "~",
        "**tebal**",
        "*miring*",
        "{{ nama }}",
        "{{ tahun }}",
        "{{ c.grand_total.pagu|rupiah }}",
        "\\input{x}",
        "—",
        "“kutip”",
    ]
)
PROSE = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)


def _markdown(draw) -> str:
    paragraphs = draw(st.lists(PROSE, min_size=1, max_size=3))
    items = draw(st.lists(PROSE, max_size=4))
    text = "\n\n".join(paragraphs)
    if items:
        text += "\n\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(items, start=1))
    return text


def _table(draw) -> dict:
    source = draw(st.sampled_from(["indikator", "indikator_kegiatan", "anggaran", "sub_kegiatan"]))
    fields = draw(st.lists(st.sampled_from(sorted(BY_SOURCE[source])), min_size=1, max_size=6, unique=True))
    return {
        "tabel": {
            "judul": draw(PROSE),
            "data": source,
            "kolom": ["no", *fields],
            "orientasi": draw(st.sampled_from(["portrait", "landscape"])),
        }
    }


@st.composite
def sections(draw, depth: int = 1):
    blocks = []
    for kind in draw(st.lists(st.sampled_from(["teks", "tabel", "rumus", "halaman_baru"]), min_size=1, max_size=4)):
        if kind == "teks":
            blocks.append({"teks": _markdown(draw)})
        elif kind == "tabel":
            blocks.append(_table(draw))
        elif kind == "rumus":
            blocks.append({"rumus": "Capaian = (2 × Target − Realisasi) / Target × 100%"})
        else:
            blocks.append({"halaman_baru": True})
    section = {"judul": draw(PROSE), "isi": blocks}
    if depth < 3 and draw(st.booleans()):
        section["bagian"] = [draw(sections(depth + 1))]
    return section


@st.composite
def outlines(draw, components: list[str]):
    chosen = draw(st.lists(st.sampled_from(components), min_size=1, max_size=8, unique=True))
    parts = [*chosen, *draw(st.lists(sections(), min_size=1, max_size=3))]
    parts = draw(st.permutations(parts))
    chapters = [{"judul": draw(PROSE), "bagian": list(parts[i::2])} for i in range(2) if parts[i::2]]
    letter = {"halaman": "surat", "judul": "Surat Pernyataan", "isi": [{"teks": _markdown(draw)}]}
    separator = {"halaman": "pemisah", "judul": draw(PROSE)}
    return [chapters[0], letter, *chapters[1:], separator]


def _components(report: str) -> list[str]:
    """Annual catalogue sections whose data the seed report has (others are refused by design)."""
    from tests.conftest import computed

    rep = computed(report).content.report
    fine = [k for k, c in SECTIONS.items() if c.periods in (BOTH, ANNUAL) and all(getattr(rep, f) for f in c.needs)]
    return [k for k in fine if k != "ruang_lingkup"]


@pytest.mark.parametrize("report", BASES)
def test_random_outlines_typeset(report, tmp_path_factory):
    components = _components(report)

    @settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
    @given(bab=outlines(components))
    def build(bab):
        root = tmp_path_factory.mktemp("content")
        shutil.copytree(CONTENT, root, dirs_exist_ok=True)
        path = root / KAB[report] / "laporan" / "tahunan.yaml"
        yaml = YAML()
        outline = yaml.load(path.read_text(encoding="utf-8"))
        outline["bab"] = bab
        outline["lampiran"] = []
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(outline, out)
        kecamatan, year, period = REPORTS[report]
        result = build_report(root, tmp_path_factory.mktemp("build"), kecamatan, year, period=period)
        assert result.pdf.is_file() and result.compiled.pages > 0

    build()
