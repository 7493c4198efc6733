"""Every string from content reaches LaTeX escaped; nothing in content is ever executed."""

import pytest

from pipeline.write.latex.escape import escape

HOSTILE = [
    r"\input{/etc/passwd}",
    r"\write18{rm -rf /}",
    r"\catcode`\@=11",
    r"\def\x{y}",
    "50% R&D a_b #1 $x$",
    '~ ^ { } < > | "',
    "unbalanced { brace",
]


SAFE_COMMANDS = (
    "textbackslash{}", "{", "}", "$", "&", "#", "%", "_", "textasciitilde{}", "textasciicircum{}",
    "textless{}", "textgreater{}", "textbar{}", "textquotedbl{}", "textquotesingle{}", "textasciigrave{}",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_no_unescaped_specials(text):
    out = escape(text)
    # after escaping, every backslash starts one of our own harmless commands
    for fragment in out.split("\\")[1:]:
        assert fragment.startswith(SAFE_COMMANDS), fragment
    # braces survive only escaped or as the empty group of our own commands: groups stay balanced
    bare = out.replace("\\{", "").replace("\\}", "").replace("{}", "")
    for group in ("{[}", "{]}", "{*}"):
        bare = bare.replace(group, "")
    assert "{" not in bare and "}" not in bare


def test_ligatures_and_invisible_characters():
    assert escape("a--b---c") == "a-{}-b-{}-{}-c"
    assert escape(",,x") == ",{},x"
    assert (
        escape("why?\u2018 no!\u2018 \u2018\u2018x\u2019\u2019")
        == "why?{}\u2018 no!{}\u2018 \u2018{}\u2018x\u2019{}\u2019"
    )
    assert escape("zero\u200bwidth\ufeff") == "zerowidth"


def test_exact_translations():
    assert escape(r"\input{/etc/passwd}") == r"\textbackslash{}input\{/etc/passwd\}"
    assert escape("50% R&D a_b #1 $x$") == r"50\% R\&D a\_b \#1 \$x\$"
    assert escape("≤ ≥ ×") == r"\ensuremath{\leq} \ensuremath{\geq} \texttimes{}"


def test_hostile_content_prints_literally_in_document(content_copy):
    from pipeline.compute.report import compute
    from pipeline.present import present
    from pipeline.write.latex.document import write_document

    content_copy.edit(
        "banjar/aluh-aluh/2022.yaml",
        "  - Pelaksanaan pelayanan PATEN",
        "  - '\\input{/etc/passwd} \\write18{ls} 100% & #1'\n  - Pelaksanaan pelayanan PATEN",
    )
    tex = write_document(present(compute(content_copy.load())))
    assert r"\textbackslash{}input\{/etc/passwd\} \textbackslash{}write18\{ls\} 100\% \& \#1" in tex
    assert r"\input{/etc/passwd}" not in tex


def test_a_run_too_long_to_break_gets_break_points():
    run = "Supercalifragilisticexpialidociousanakamusuka"  # 45 letters, no space
    assert escape(run) == r"Supercalif\-ragilistic\-expialidoc\-iousanakam\-usuka"
    word = "mempertanggungjawabkannya"  # a real word: TeX's own patterns hyphenate it
    assert escape(word) == word
    assert escape("700.1.2.1/112/LHE-AKIP/Itkab/2024") == "700.1.2.1/112/LHE-AKIP/Itkab/2024"  # breaks at / and -
    assert escape("R" + "_" * 31) == "R" + r"\_" * 9 + r"\-" + r"\_" * 10 + r"\-" + r"\_" * 10 + r"\-" + r"\_" * 2


def test_in_a_narrow_cell_a_run_that_is_not_a_word_breaks_where_it_would_overflow():
    assert escape("passwd}", room_mm=8) == r"pass\-wd\}"
    assert escape("Penanggung,", room_mm=8) == "Penanggung,"  # a word: TeX's patterns hyphenate it
    assert escape("7.01.01.2.01.0001", room_mm=40) == "7.01.01.2.01.0001"  # fits: untouched
    assert escape("7.01.01.2.01.0001", room_mm=15) == r"7.01.01.\-2.01.000\-1"
