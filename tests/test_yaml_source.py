"""Reading a content file: YAML 1.2 values, positions, and hostile or broken input as positioned problems."""

import datetime
import time
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.content.yaml_source import MAX_BYTES, read_yaml
from pipeline.errors import ContentError

NAME = Path("banjar/aluh-aluh/2022.yaml")


def _read(tmp_path: Path, text: str | bytes):
    path = tmp_path / "content.yaml"
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return read_yaml(path, NAME)


def _problems(tmp_path: Path, text: str | bytes) -> list[str]:
    with pytest.raises(ContentError) as info:
        _read(tmp_path, text)
    return [str(problem) for problem in info.value.problems]


def test_plain_scalars_follow_yaml_1_2(tmp_path):
    data = _read(
        tmp_path,
        "words: [yes, no, on, off, y, n, nULL]\n"
        "sexagesimal: 1:30\n"
        "ints: [0777, 1_000, +12, 0x1F, 0o17, -3]\n"
        "decimals: [84.24, 92.50, .5, 1e3, -.inf]\n"
        "bools: [true, False, TRUE]\n"
        "nulls: [~, null, NULL, Null]\n"
        "empty:\n"
        "dates: [2022-12-31, '2022-12-31', 2022-1-5]\n"
        "moment: 2022-12-31 10:30:00 +08:00\n"
        "quoted: ['123', \"true\", !!str 42]\n",
    ).data
    assert data["words"] == ["yes", "no", "on", "off", "y", "n", "nULL"]
    assert data["sexagesimal"] == "1:30"
    assert data["ints"] == [777, 1000, 12, 31, 15, -3] and all(type(n) is int for n in data["ints"])
    assert [str(d) for d in data["decimals"]] == ["84.24", "92.5", "0.5", "1000.0", "-Infinity"]
    assert data["bools"] == [True, False, True]
    assert data["nulls"] == [None, None, None, None] and data["empty"] is None
    assert data["dates"] == [datetime.date(2022, 12, 31), "2022-12-31", "2022-1-5"]
    zone = datetime.timezone(datetime.timedelta(hours=8))
    assert data["moment"] == datetime.datetime(2022, 12, 31, 10, 30, tzinfo=zone)
    assert data["quoted"] == ["123", "true", "42"]
    assert all(type(d) is Decimal for d in data["decimals"])


def test_positions_of_values_and_keys(tmp_path):
    source = _read(tmp_path, "tahun: 2022\nprogram:\n  - nama: A\n    pagu: [1, 2]\n  - {nama: B}\n")
    assert source.position(("tahun",)) == (1, 8)
    assert source.key_position(("tahun",)) == (1, 1)
    assert source.position(("program", 0, "pagu", 1)) == (4, 15)
    assert source.key_position(("program", 0, "pagu")) == (4, 5)
    assert source.position(("program", 1, "nama")) == (5, 12)
    assert source.position(("program", 1, "missing", 3)) == (5, 5)  # the deepest node that exists
    assert source.key_position(("program", 5, "x")) == (3, 3)  # no such item: where the list starts
    assert source.position(()) == (1, 1)


def test_block_scalars_keep_their_style_in_the_tree_only(tmp_path):
    """present.prose counts a text's lines from the `|` of a block scalar, which it finds by type."""
    source = _read(tmp_path, "a: |\n  one\n  {{ x }}\nb: >\n  two\nc: three\n")
    styles = [type(source._node((key,))).__name__ for key in "abc"]
    assert styles == ["BlockText", "BlockText", "str"]
    assert all(type(value) is str for value in source.data.values())


def test_lines_end_only_at_line_feeds_and_returns(tmp_path):
    """U+2028 inside a quoted value is text in YAML 1.2 and editors, not a line break (libyaml counts it)."""
    source = _read(tmp_path, 'a: "one\u2028two\u0085three"\nb: x\n')
    assert source.position(("b",)) == (2, 4)


def test_alias_refused_at_its_position(tmp_path):
    (message,) = _problems(tmp_path, "a: 1\nb: [2, *x]\n")
    assert message.startswith(f"{NAME}:2:8: ") and "anchors or aliases" in message and "write the value out" in message


def test_anchor_refused_even_without_alias(tmp_path):
    (message,) = _problems(tmp_path, "a: 1\nb: &x\n  c: 2\n")
    assert message.startswith(f"{NAME}:2:4: ") and "anchors or aliases" in message


def test_merge_key_refused(tmp_path):
    (message,) = _problems(tmp_path, "a:\n  <<: {b: 1}\n")
    assert message.startswith(f"{NAME}:2:3: ") and "anchors or aliases" in message


def test_alias_bomb_refused_before_any_expansion(tmp_path):
    """Nine levels of nine aliases each would expand to 9**9 values; the first anchor stops the read."""
    lines = ['l0: &l0 "lol"']
    for level in range(1, 10):
        lines.append(f"l{level}: &l{level} [{', '.join([f'*l{level - 1}'] * 9)}]")
    start = time.perf_counter()
    (message,) = _problems(tmp_path, "\n".join(lines) + "\n")
    assert time.perf_counter() - start < 1
    assert message.startswith(f"{NAME}:1:5: ") and "anchors or aliases" in message


def test_non_utf8_byte_at_its_line_and_column(tmp_path):
    text = "tahun: 2022\nnama: Kecamatan\n# café\nalamat: Jl. Aluh\xe9Aluh\n"
    raw = text.encode("utf-8").replace("\xe9A".encode(), b"\xe9A")
    (message,) = _problems(tmp_path, raw)
    assert message == f"{NAME}:4:17: file is not UTF-8 text; save it as UTF-8"


def test_duplicate_key_names_both_lines(tmp_path):
    (message,) = _problems(tmp_path, "tahun: 2022\nnama: A\nx:\n  y: 1\ntahun: 2023\n")
    assert message == f"{NAME}:5:1: duplicate key `tahun` appears twice: first at line 1, again at line 5; keep one"


def test_file_too_large_refused_before_parsing(tmp_path):
    text = "[unclosed\n" + "# padding\n" * (MAX_BYTES // 10)
    (message,) = _problems(tmp_path, text)
    assert message.startswith(f"{NAME}:1:1: {NAME} is larger than 2 MB") and "YAML" not in message


def test_file_just_under_the_limit_is_read(tmp_path):
    assert _read(tmp_path, "a: 1\n" + "#" * (MAX_BYTES - 10) + "\n").data == {"a": 1}


def test_syntax_error_positioned(tmp_path):
    (message,) = _problems(tmp_path, "misi: [4\nvisi: x\n")
    assert message.startswith(f"{NAME}:2:5: YAML syntax: while parsing a flow sequence")


def test_tab_indentation_hint_and_character(tmp_path):
    (message,) = _problems(tmp_path, "misi:\n\t- a\n")
    assert message.startswith(f"{NAME}:2:1: YAML syntax: ")
    assert "found character '\\t' that cannot start any token" in message and "indent with spaces" in message


def test_impossible_dates_each_positioned(tmp_path):
    messages = _problems(tmp_path, "a: 1\ntanggal: 2022-02-30\nb: [2023-13-01, '2022-02-30']\n")
    assert messages == [
        f"{NAME}:2:10: 2022-02-30 is not a date (day is out of range for month); write YYYY-MM-DD",
        f"{NAME}:3:5: 2023-13-01 is not a date (month must be in 1..12); write YYYY-MM-DD",
    ]


def test_second_document_refused(tmp_path):
    (message,) = _problems(tmp_path, "a: 1\n---\nb: 2\n")
    assert message.startswith(f"{NAME}:2:1: YAML syntax: expected a single document")


def test_tags_refused_except_str(tmp_path):
    (message,) = _problems(tmp_path, "a: !!int '3'\n")
    assert message.startswith(f"{NAME}:1:4: ") and "`!!int`" in message


def test_deep_nesting_refused(tmp_path):
    """Content nests twelve levels at most; a hundred is refused here, libyaml itself stops at a thousand."""
    (message,) = _problems(tmp_path, "a: " + "[" * 100 + "]" * 100 + "\n")
    assert message.startswith(f"{NAME}:1:67: ") and "levels deep" in message
    (message,) = _problems(tmp_path, "a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert message.startswith(f"{NAME}:1:") and "YAML syntax" in message


def test_control_character_positioned(tmp_path):
    (message,) = _problems(tmp_path, "a: 1\nb: x\x07y\n")
    assert message.startswith(f"{NAME}:2:5: YAML syntax: ") and "control characters" in message


def test_empty_file(tmp_path):
    (message,) = _problems(tmp_path, "# only a comment\n")
    assert message == f"{NAME}:1:1: file is empty"
