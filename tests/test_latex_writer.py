"""The LaTeX writer: how each typed value and node prints, and that content text stays text."""

import datetime
from decimal import Decimal

import pytest

from pipeline.content.models import Band
from pipeline.document import blocks as b
from pipeline.document import pieces as pc
from pipeline.document.inline import Break, Dash, Emph, Quoted, Ref, Strong, Text
from pipeline.document.table import Align, Column, ColumnType, InternalError, Level, Row, Span, Table
from pipeline.document.values import Count, Money, Percent, Phrase, Quantity, Signed
from pipeline.write.latex.blocks import Writer, inline
from pipeline.write.latex.cells import cell
from pipeline.write.latex.tables import ColumnLook

TEXT, BODY = ColumnType.text, Level.body


@pytest.mark.parametrize(
    ("value", "column", "level", "printed"),
    [
        (Money(1_970_574_721), TEXT, BODY, "1.970.574.721"),
        (1_970_574_721, ColumnType.money, BODY, "1.970.574.721"),
        (Percent(Decimal("115.4")), TEXT, BODY, r"115,40\%"),
        (Decimal("80.985"), ColumnType.percent, BODY, r"80,99\%"),
        (Percent(None), TEXT, BODY, "-"),
        (Quantity(Decimal("84.24"), 2), TEXT, BODY, "84,24"),
        (Quantity(Decimal("12"), 0, "orang"), TEXT, BODY, "12 orang"),
        (0, ColumnType.count, BODY, "-"),
        (0, ColumnType.count, Level.total, "0"),
        (1234, ColumnType.count, BODY, "1.234"),
        (Count(0), TEXT, BODY, "0"),
        (Signed(Decimal("1.294")), TEXT, BODY, "+1,29"),
        (Signed(Decimal("-0.5")), TEXT, BODY, "-0,50"),
        (Signed(Decimal("0")), TEXT, BODY, "0,00"),
        (Decimal("3.1234"), ColumnType.decimal, BODY, "3,12"),
        (None, ColumnType.quantity, BODY, "-"),
        (("satu", "dua/tiga"), TEXT, BODY, r"satu\newline dua/\allowbreak{}tiga"),
        ("Orang/Bulan", TEXT, BODY, r"Orang/\allowbreak{}Bulan"),
        (datetime.date(2023, 1, 31), TEXT, BODY, "31 Januari 2023"),
        (
            Phrase(("realisasi ", Money(1500), " (", Percent(Decimal("50")), ")")),
            TEXT,
            BODY,
            r"realisasi 1.500 (50,00\%)",
        ),
    ],
)
def test_values_print_in_indonesian_formats(value, column, level, printed):
    assert cell(value, column, level) == printed


def test_a_category_prints_its_swatch_only_when_the_scale_has_colours():
    assert (
        cell(Band(dari=100, label="Berhasil", warna="2E7D32"), TEXT, BODY) == r"\lkjKategori{kategori2E7D32}{Berhasil}"
    )
    assert cell(Band(dari=90, label="Sangat Baik"), TEXT, BODY) == "Sangat Baik"


HOSTILE = r"\input{/etc/passwd} 50% R&D a_b #1 ~ ^ {"


def test_content_text_in_every_inline_run_is_escaped():
    out = inline((Text(HOSTILE), Strong(HOSTILE), Emph(HOSTILE), Quoted(HOSTILE)))
    assert r"\input" not in out
    assert out.count(r"\textbackslash{}input") == 4
    assert inline((Ref("Tabel", "tab:x"), Dash(), Break())) == r"Tabel~\ref{tab:x}---\\ "


def test_a_lead_in_paragraph_is_joined_to_its_list_and_a_list_ends_the_paragraph():
    writer = Writer({})
    nodes = (
        b.Paragraph((Text("Fungsi:"),)),
        b.List((b.Item((Text("satu"),)),), b.ListStyle.lettered),
        b.Paragraph((Text("Lalu."),)),
        b.Paragraph((Text("terus"),), continued=True),
    )
    assert writer.blocks(nodes) == (
        "Fungsi:\n\\begin{enumerate}[label=\\alph*.]\n  \\item satu\n\\end{enumerate}\n\nLalu.\nterus"
    )


def test_formula_terms_are_text_and_operators():
    formula = b.Formula(
        "Capaian",
        (b.MathOp("2"), b.MathOp("×"), b.MathText("Target"), b.MathOp("−"), b.MathText("R&D")),
        (b.MathText("Target"),),
    )
    assert Writer({}).block(formula) == (
        r"\[ \text{Capaian} = \frac{2 \times \text{Target} - \text{R\&D}}{\text{Target}} \times 100\% \]"
    )


def test_signatures_resolve_acting_prefix_and_upper_case_once():
    signer = pc.Signer("Aditya Yudi Dharma", None, "S.STP", "Camat Aluh-Aluh", "Plt.")
    sig = pc.Signature("Martapura, 31 Desember 2022", "", signer, "Penata (III/c)", "198603132004121004")
    assert Writer({}).block(pc.SignatureRight(sig)) == (
        r"\lkjSignatureRight{Martapura, 31 Desember 2022}{}{Plt. CAMAT ALUH-ALUH}{ADITYA YUDI DHARMA, S.STP}"
        r"{Penata (III/c)}{NIP. 19860313 200412 1 004}"
    )


def _table(rows, looks=None) -> tuple[Table, dict]:
    columns = (Column("no", "No.", ColumnType.code), Column("nama", "Nama"), Column("pagu", "Pagu", ColumnType.money))
    looks = looks or {"contoh": {"no": ColumnLook(1, "C"), "nama": ColumnLook(4, "L"), "pagu": ColumnLook(2, "R")}}
    return Table("contoh", "tab:contoh", "Contoh R&D", columns, tuple(rows), source="DPA 50%"), looks


def test_table_rows_print_cells_in_column_order_with_spans_and_levels():
    rows = (
        Row({"nama": "Program A", "no": "1.", "pagu": 10}, Level.program),
        Row({"nama": "Kegiatan"}, joined="nama"),
        Row({"pagu": 10}, Level.total, (Span("no", "nama", "Jumlah", Align.center),)),
    )
    table, looks = _table(rows)
    out = Writer(looks).block(table)
    assert r"\lkjRowShade \lkjRowProgram{1.}&\lkjRowProgram{Program A}&\lkjRowProgram{10}\\" in out
    assert "&Kegiatan&\\\\%\n\\cline{3-3}" in out
    assert r"{\lkjStrong{Jumlah}}&\lkjStrong{10}\\" in out
    assert r"\caption{Contoh R\&D}" in out and r"\lkjSource{DPA 50\%}" in out


def test_a_table_without_a_width_for_a_column_is_an_internal_error_naming_it():
    table, _ = _table(())
    with pytest.raises(InternalError, match="tab:contoh: latex/columns.yaml contoh has no column 'pagu'"):
        Writer({"contoh": {"no": ColumnLook(1, "C"), "nama": ColumnLook(4, "L")}}).block(table)
