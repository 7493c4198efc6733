"""The Pohon Kinerja drawn as a tree: its data is the PKs' (or the plan's), its text is escaped, a
wide tree is split over landscape pages, and the built Pelaihari page prints every indicator."""

import dataclasses
import os
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest

from pipeline.build import build_report
from pipeline.document import blocks as b
from pipeline.people import jabatan_line
from pipeline.present import present
from pipeline.present.appendices import cascade, plan_tree
from pipeline.write.latex.tree import MAX_COLUMNS, columns, pages, write_tree
from tests.conftest import CONTENT, computed

LATEX = Path(__file__).resolve().parents[1] / "latex"
HOSTILE = r"\input{/etc/passwd}"


@pytest.fixture(scope="module")
def pelaihari():
    return computed("pelaihari-2023")


def _figures(node) -> list[b.Figure]:
    """Every figure of a document model, in order."""
    if isinstance(node, b.Figure):
        return [node]
    if isinstance(node, (tuple, list)):
        return [f for item in node for f in _figures(item)]
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return [f for field in dataclasses.fields(node) for f in _figures(getattr(node, field.name))]
    return []


def _officials(node: b.TreeNode) -> list[b.TreeNode]:
    return [node] + [
        o for child in node.children if child.children or child.level != "Kinerja" for o in _officials(child)
    ]


def test_the_tree_is_the_pks_cascade(pelaihari):
    """Every PK item and indicator appears once, under the official whose PK it is; each PK hangs
    under the PK its pihak kedua signs."""
    tree = cascade(pelaihari.perjanjian)
    assert tree is not None and len(tree.roots) == 1
    by_jabatan = {o.level: o for o in _officials(tree.roots[0])}
    assert len(by_jabatan) == len(pelaihari.perjanjian) == 9
    unit_of = {pk.source.pihak_pertama: pk for pk in pelaihari.perjanjian}
    seen = []
    for pk in pelaihari.perjanjian:
        node = by_jabatan[jabatan_line(pk.pertama.jabatan, pk.pertama.prefix)]
        kinerja = [child for child in node.children if not child.children and child.level == "Kinerja"]
        assert [(k.text, k.indicators) for k in kinerja] == [
            (item.kinerja, tuple(i.source.nama for i in item.indicators)) for item in pk.items
        ]
        seen += [(k.text, name) for k in kinerja for name in k.indicators]
        superior = unit_of.get(pk.source.pihak_kedua)
        if superior is not None:
            assert node in by_jabatan[jabatan_line(superior.pertama.jabatan, superior.pertama.prefix)].children
    expected = [
        (item.kinerja, i.source.nama) for pk in pelaihari.perjanjian for item in pk.items for i in item.indicators
    ]
    assert sorted(seen) == sorted(expected) and len(set(seen)) == len(seen)
    root = tree.roots[0]
    assert root.level == "CAMAT PELAIHARI"


def test_the_report_places_one_listed_figure_after_the_readable_list(pelaihari):
    figures = [f for f in _figures(present(pelaihari)) if isinstance(f.drawing, b.Tree)]
    assert [f.caption for f in figures] == ["Pohon Kinerja Kecamatan Pelaihari Tahun 2023"]
    assert figures[0].drawing == cascade(pelaihari.perjanjian)


def test_a_single_pk_gives_the_plan_tree(pelaihari):
    camat = tuple(pk for pk in pelaihari.perjanjian if pk.source.pihak_pertama == "camat")
    assert cascade(camat) is None
    plan = plan_tree(pelaihari)
    assert plan is not None and {r.level for r in plan.roots} == {"Tujuan"}
    sasaran = [s for r in plan.roots for s in r.children]
    assert [s.text for s in sasaran] == [s.uraian for s in pelaihari.sasaran]
    assert all(s.level == "Sasaran" and s.indicators for s in sasaran)


def _wide(n: int) -> b.Tree:
    units = tuple(
        b.TreeNode(f"Unit {k}", "", (), (b.TreeNode("Kinerja", f"Kinerja {k}", (f"Indikator {k}",)),)) for k in range(n)
    )
    return b.Tree((b.TreeNode("CAMAT", "", (), (b.TreeNode("Kinerja", "Pelayanan", ("IKM",)),) + units),))


def test_a_wide_tree_is_split_with_the_root_on_every_page():
    tree = _wide(10)
    split = pages(tree)
    assert len(split) == 3 and all(columns(page.roots[0]) <= MAX_COLUMNS for page in split)
    for page in split:
        root = page.roots[0]
        assert root.level == "CAMAT" and root.children[0] == b.TreeNode("Kinerja", "Pelayanan", ("IKM",))
    units = [c.level for page in split for c in page.roots[0].children if c.children]
    assert units == [f"Unit {k}" for k in range(10)]  # every branch once, in order
    latex = write_tree(b.Figure("Pohon", "fig:pohon", tree))
    assert latex.count(r"\lkjTreePage{") == 1 and latex.count(r"\lkjTreePageContinued{") == 2
    assert latex.count(r"\label") == 0 and latex.count("{fig:pohon}") == 1
    assert pages(_wide(3)) == (_wide(3),)  # a narrow tree stays whole


def _hostile() -> b.Figure:
    leaf = b.TreeNode("Kinerja", HOSTILE, (HOSTILE + " 100%",))
    return b.Figure(f"Pohon {HOSTILE}", "fig:pohon", b.Tree((b.TreeNode(HOSTILE, HOSTILE, (HOSTILE,), (leaf,)),)))


def test_the_writer_escapes_every_string():
    latex = write_tree(_hostile())
    assert r"\input" not in latex and "{/etc/passwd}" not in latex
    assert latex.count(r"\textbackslash{}input\{/etc/passwd\}") == 6 and r"100\%" in latex


@pytest.mark.build
def test_a_hostile_text_prints_literally(tmp_path):
    body = write_tree(_hostile())
    (tmp_path / "t.tex").write_text(
        "\\documentclass[12pt]{report}\\usepackage[T1]{fontenc}\\usepackage{pdflscape,caption,xcolor,lkjtree}"
        f"\\begin{{document}}\n{body}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "TEXINPUTS": f"{LATEX}{os.pathsep}"}
    run = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "t.tex"]
    subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, check=True)
    text = subprocess.run(["pdftotext", "t.pdf", "-"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert HOSTILE in text and "root:" not in text


def _flat(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


@pytest.mark.build
def test_the_built_tree_pages_print_every_indicator(tmp_path, pelaihari):
    result = build_report(CONTENT, tmp_path, "pelaihari", 2023)
    text = subprocess.run(["pdftotext", str(result.pdf), "-"], capture_output=True, text=True, check=True).stdout
    tree_pages = [page for page in text.split("\f") if "Kinerja 1." in page and "Pohon Kinerja Kecamatan" in page]
    assert len(tree_pages) == 2
    printed = _flat("".join(tree_pages))
    names = {i.source.nama for pk in pelaihari.perjanjian for item in pk.items for i in item.indicators}
    assert names and all(_flat(name) in printed for name in names)
    assert "Pohon Kinerja Kecamatan Pelaihari Tahun 2023 (lanjutan)" in tree_pages[1]
    with pikepdf.open(result.pdf) as pdf:
        assert pdf.open_metadata().pdfa_status == "2B"
        states = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/ExtGState"]
        assert not any(float(s.get(key, 1)) < 1 for s in states for key in ("/CA", "/ca"))
        assert not any("/SMask" in s and s.SMask != "/None" for s in states)
