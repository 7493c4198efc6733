"""Hostile and unusual text prints literally; nothing from content is executed by TeX.

Three layers: a fixed corpus of attack strings built into the real report, property tests
(hypothesis) that typeset random text through the real class, and a property test that puts
random text into every printed text field of the schema and builds the whole report.
"""

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from pipeline.build import build_report
from pipeline.content.characters import INVISIBLE, PRINTABLE
from pipeline.errors import ContentError
from pipeline.tex.compile import compile_tex
from pipeline.write.latex.document import LATEX_DIR
from pipeline.write.latex.escape import escape

pytestmark = pytest.mark.build

ATTACKS = [
    r"\input{/etc/passwd}",
    r"\write18{touch /tmp/lkjip-pwned}",
    r"\immediate\write18{id}",
    r"\catcode`\@=11 \makeatletter",
    r"\def\x{y}\x \let\a\b",
    r"\openout5=/tmp/lkjip-pwned \write5{x}",
    "100% & #1 $x^2_i$ {unbalanced ~ | < > \\",
    "\"straight\" 'single' “curly” ‘curly’ -- --- ... ,, `` ''",
    "tab\there, nbsp\u00a0here, zero\u200bwidth",
    "[bracket at start] *star",
    "Supercalifragilisticexpialidociousanakamusukaatautidakpanjangsekalikatanya",
]


def _text(pdf: Path, *options: str) -> str:
    command = ["pdftotext", *options, str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def normalise(text: str) -> str:
    """What a reader sees: no invisible characters, one space for any run of whitespace."""
    text = "".join(c for c in text if c not in INVISIBLE).replace("\u00a0", " ")
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def shows(pdf_text: str, wanted: str) -> bool:
    flat, needle = normalise(pdf_text), normalise(wanted)
    return needle in flat or needle in normalise(re.sub(r"-\n", "", pdf_text))


# A run of letters and digits longer than any word: `check` refuses it (it could not break on the page)
TOO_LONG = re.compile(r"[^\W_]{31,}")
PRINTED_ATTACKS = [a for a in ATTACKS if not TOO_LONG.search(a)]


def test_attack_corpus_prints_literally(content_copy, tmp_path):
    report = content_copy.root / "banjar/aluh-aluh/2022.yaml"
    text = report.read_text(encoding="utf-8")
    items = "".join(f"  - {yaml_quote(a)}\n" for a in PRINTED_ATTACKS)
    report.write_text(
        text.replace("isu_strategis:                      # 001:200\n", "isu_strategis:\n" + items), encoding="utf-8"
    )
    pdf = build_report(content_copy.root, tmp_path / "build", "aluh-aluh", 2022).pdf
    printed = _text(pdf)
    for attack in PRINTED_ATTACKS:
        assert shows(printed, attack), attack
    assert "root:x:0:0" not in printed
    assert not Path("/tmp/lkjip-pwned").exists()


def yaml_quote(text: str) -> str:
    """A YAML double-quoted scalar for any text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


VISIBLE = sorted(PRINTABLE - INVISIBLE - {"\t", "\n"})
# Random text draws from characters without a Unicode decomposition: an accented letter is drawn
# by TeX as letter + accent glyph, which pdftotext may attach to the neighbouring letter; every
# accented letter is instead typeset and checked one by one in `round_trip` below.
PLAIN = [c for c in VISIBLE if not unicodedata.decomposition(c)]
words = st.text(alphabet=PLAIN, min_size=1, max_size=12).filter(lambda w: w.strip())
phrases = st.lists(words, min_size=1, max_size=6).map(" ".join).map(str.strip).filter(bool)
DOTLESS = str.maketrans("\u0131\u0237", "ij")  # accents sit on a dotless i or j
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)  # each example costs a TeX run


def _typeset(directory: Path, texts: list[str]) -> str:
    body = "\n\n".join(rf"\noindent LKJMARK{i}: {escape(t)} :LKJEND" for i, t in enumerate(texts))
    tex = directory / "report.tex"
    tex.write_text(
        "\\documentclass{lkjip}\n\\begin{document}\n\\raggedright\\hyphenpenalty=10000\\exhyphenpenalty=10000\n"
        + body
        + "\n\\end{document}\n",
        encoding="utf-8",
    )
    # -raw: text in the order TeX wrote it, so a raised accent cannot be read as a line above
    return _text(compile_tex(tex, LATEX_DIR, 0).pdf, "-raw")


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory) -> frozenset[str]:
    """Every character content may hold compiles; these also come back verbatim from pdftotext.

    Accented letters that TeX builds from a base glyph and an accent (G with cedilla) print
    correctly but extract as two characters, so the text check treats them as wildcards.
    """
    printed = _typeset(tmp_path_factory.mktemp("alphabet"), VISIBLE)
    found = dict(re.findall(r"LKJMARK(\d+): (.*?) :LKJEND", printed, re.S))
    assert len(found) == len(VISIBLE) - 2  # every character printed (space and NBSP leave no text)
    for index, char in enumerate(VISIBLE):
        base = unicodedata.normalize("NFD", char)[0]
        if unicodedata.decomposition(char) and base.isalpha():  # an accented letter: its letter is there
            drawn = unicodedata.normalize("NFD", found[str(index)]).translate(DOTLESS).casefold()
            assert base.casefold() in drawn, char
    return frozenset(c for i, c in enumerate(VISIBLE) if unicodedata.normalize("NFC", found.get(str(i), "")) == c)


def _pattern(text: str, exact: frozenset[str]) -> re.Pattern:
    """The printed form of `text`: its characters in order, a run of spaces as whitespace, and a
    short wildcard for a character that prints right but extracts differently (… as . . .)."""
    parts = []
    for char in "".join(c for c in text if c not in INVISIBLE):
        if char.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char in exact:
            parts.append(re.escape(char))
        else:
            parts.append(r".{1,6}?")
    # pdftotext may split a line where TeX stacked an accent; extra whitespace is tolerated,
    # missing whitespace is not (a space in the text needs one in the PDF)
    return re.compile(r"\s*".join(parts), re.IGNORECASE | re.S)


@settings(max_examples=8, deadline=None, phases=NO_SHRINK, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(phrases, min_size=1, max_size=25))
def test_random_text_typesets_literally(tmp_path_factory, round_trip, texts):
    printed = _typeset(tmp_path_factory.mktemp("typeset"), texts)
    for index, text in enumerate(texts):
        segment = re.search(rf"LKJMARK{index}: (.*?):LKJEND", printed, re.S)
        assert segment and _pattern(text, round_trip).fullmatch(segment.group(1).strip()), (text, segment)


def _text_fields(model, node, loc=()):
    """Paths of every string value whose schema type is free text (not an id, code or enum)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from pipeline.content.models.base import Text
    from pipeline.content.schema import _annotation_at

    if isinstance(node, CommentedMap):
        for key, value in node.items():
            yield from _text_fields(model, value, loc + (key,))
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            yield from _text_fields(model, value, loc + (index,))
    elif isinstance(node, str) and _annotation_at(model, loc) in (Text, Text | None):
        yield loc


def _set(node, loc, value):
    """Write a text double-quoted: ruamel.yaml's emitter leaves a value such as `? f_x` plain inside a
    flow mapping, where `?` starts a key, and cannot read its own output back."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    for key in loc[:-1]:
        node = node[key]
    node[loc[-1]] = DoubleQuotedScalarString(value)


TEXT_FILES = ("banjar/kabupaten.yaml", "banjar/aluh-aluh/kecamatan.yaml", "banjar/aluh-aluh/2022.yaml")


def _fill(root: Path, value_for) -> dict:
    """Copy the real content to `root`, replacing every free-text field by value_for(n)."""
    import shutil

    from ruamel.yaml import YAML

    from pipeline.content.models import Kabupaten, Kecamatan, Report
    from tests.conftest import CONTENT

    shutil.copytree(CONTENT, root)
    yaml, filled = YAML(typ="rt"), {}
    yaml.width = 100_000  # ruamel.yaml breaks an escaped backslash when it folds a long quoted line
    for name, model in zip(TEXT_FILES, (Kabupaten, Kecamatan, Report), strict=True):
        path = root / name
        data = yaml.load(path.read_text(encoding="utf-8"))
        for loc in list(_text_fields(model, data)):
            filled[(name, loc)] = value_for(len(filled))
            _set(data, loc, filled[(name, loc)])
        with path.open("w", encoding="utf-8") as handle:
            yaml.dump(data, handle)
    return filled


@pytest.mark.parametrize(
    "text", ["? f_x Q1Q", ": x", "?f", "- x", "'", '"', "#", "a: b", "@x", "%x", "`x", "!x", r"\immediate\write18{id}"]
)
def test_filled_content_reads_back_verbatim(tmp_path, text):
    """The writer behind the random-text tests: every text, even one YAML reads as syntax, comes back
    as written (`? f_x` once made a fresh checkout fail for good)."""
    from pipeline.content.yaml_source import read_yaml

    filled = _fill(tmp_path / "content", lambda n: text)
    for (name, loc), value in filled.items():
        source = read_yaml(tmp_path / "content" / name, Path(name))
        node = source.data
        for key in loc:
            node = node[key]
        assert node == value, (name, loc)


@pytest.fixture(scope="module")
def printed_fields(tmp_path_factory) -> set:
    """The text fields the report prints: each gets a unique token, one build shows which."""
    root = tmp_path_factory.mktemp("tokens")
    tokens = _fill(root / "content", lambda n: f"Zq{n}qZ")
    printed = _text(build_report(root / "content", root / "build", "aluh-aluh", 2022).pdf).casefold()
    fields = {field for field, token in tokens.items() if token.casefold() in printed}
    assert len(fields) > 90  # most of the schema's text reaches the page
    return fields


@settings(max_examples=3, deadline=None, phases=NO_SHRINK, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(phrase=phrases)
def test_random_text_in_every_printed_field(tmp_path_factory, printed_fields, round_trip, phrase):
    """Every printed free-text field of the schema, filled with random text, builds and shows it.

    Narrow table cells side by side are read line by line by pdftotext, which interleaves them;
    so the check is: the field's marker is on a page, and every word of the text is on that page.
    The exact, in-order rendering of arbitrary text is what test_random_text_typesets_literally
    checks.
    """
    root = tmp_path_factory.mktemp("fields")
    expected = _fill(root / "content", lambda n: f"{phrase} Q{n}Q")
    result = build_report(root / "content", root / "build", "aluh-aluh", 2022)
    _assert_every_field_shows(result.pdf, printed_fields, expected, phrase, round_trip)


@pytest.mark.parametrize("attack", ATTACKS, ids=range(len(ATTACKS)))
def test_every_attack_line_in_every_printed_field(tmp_path, printed_fields, round_trip, attack):
    """Each line of the attack corpus in every printed text field at once: the report builds with
    no overfull box (no text cut off or in the margin) and every word of it is on its page, or
    `check` refuses the line in every field, each at its position (a 74-letter "word")."""
    expected = _fill(tmp_path / "content", lambda n: f"{attack} Q{n}Q")
    if TOO_LONG.search(attack):
        with pytest.raises(ContentError) as refused:
            build_report(tmp_path / "content", tmp_path / "build", "aluh-aluh", 2022)
        fields = {(p.file.name, p.field) for p in refused.value.problems if "no word is that long" in p.message}
        assert len(fields) >= len(expected) and all(p.line > 0 and p.column > 0 for p in refused.value.problems)
        return
    result = build_report(tmp_path / "content", tmp_path / "build", "aluh-aluh", 2022)
    assert result.compiled.overfull == 0
    _assert_every_field_shows(result.pdf, printed_fields, expected, attack, round_trip)


def _assert_every_field_shows(pdf: Path, printed_fields: set, expected: dict, phrase: str, round_trip) -> None:
    pages = unicodedata.normalize("NFC", _text(pdf)).split("\f")
    hyphenated = r"(?:-\n)?\s*"  # a line may be broken, and hyphenated, inside a word
    for field in printed_fields:
        marker = re.compile(hyphenated.join(f"Q{field_number(expected, field)}Q"))
        page = next((p for p in pages if marker.search(p)), None)
        assert page is not None, (field, expected[field])
        for word in phrase.split():
            pattern = _pattern(word, round_trip)
            # pdftotext drops a hyphen at the end of a line, even one that was in the text
            loose = hyphenated.join(pattern.pattern.split(r"\s*")).replace(r"\-", "-?")
            assert re.compile(loose, pattern.flags).search(page), (field, word)


def field_number(expected: dict, field) -> int:
    return list(expected).index(field)
