"""The document model: rows keyed by column, tables tied to their layouts, components to functions."""

from decimal import Decimal

import pytest
from ruamel.yaml import YAML

from pipeline.document.data import to_data
from pipeline.document.table import Align, Column, ColumnType, InternalError, Level, Row, Span, Table
from pipeline.document.values import Money, Quantity
from pipeline.present.catalogue import TABLES, specs
from pipeline.present.components import PRESENTERS
from pipeline.present.outline import APPENDICES, FRONT, SECTIONS
from pipeline.write.latex.document import LATEX_DIR

COLUMNS = (Column("no", "No.", ColumnType.code), Column("nama", "Nama"), Column("pagu", "Pagu", ColumnType.money))


def table(*rows: Row) -> Table:
    return Table("contoh", "tab:contoh", "Contoh", COLUMNS, rows)


def test_a_row_naming_a_column_the_table_lacks_names_the_table_and_the_row():
    with pytest.raises(InternalError, match=r"tab:contoh \(contoh\), row 2: no column 'anggaran'"):
        table(Row({"no": "1.", "nama": "A"}), Row({"no": "2.", "anggaran": 5}))


def test_a_span_over_a_filled_cell_or_backwards_is_refused():
    with pytest.raises(InternalError, match="overlaps"):
        table(Row({"nama": "A"}, spans=(Span("no", "nama", "Jumlah"),)))
    with pytest.raises(InternalError, match="overlaps"):
        table(Row({}, spans=(Span("pagu", "no", "Jumlah"),)))
    with pytest.raises(InternalError, match="names a column"):
        table(Row({}, spans=(Span("no", "selisih", "Jumlah"),)))


def test_a_valid_total_row_spans_by_column_keys():
    t = table(
        Row({"no": "1.", "nama": "A", "pagu": 10}),
        Row({"pagu": 10}, Level.total, (Span("no", "nama", "Jumlah", Align.center),)),
    )
    assert t.keys == {"no": 0, "nama": 1, "pagu": 2}
    assert t.rows[1].cells["pagu"] == 10


def test_rows_are_frozen():
    row = Row({"no": "1."})
    with pytest.raises(TypeError):
        row.cells["no"] = "2."  # type: ignore[index]


def test_every_table_has_a_width_for_each_of_its_columns_and_no_other():
    looks = YAML(typ="safe").load((LATEX_DIR / "columns.yaml").read_text(encoding="utf-8"))
    for name, spec in specs(TABLES).items():
        assert name in looks, f"latex/columns.yaml has no layout for {name}"
        assert list(looks[name]) == [c.key for c in spec.columns], name
    assert set(looks) == set(specs(TABLES))


def test_every_catalogue_component_has_a_present_function():
    assert set(PRESENTERS) == set(FRONT) | set(SECTIONS) | set(APPENDICES)


def test_model_data_keeps_values_exact_and_drops_defaults():
    data = to_data(Row({"pagu": Money(1_500), "capaian": Quantity(Decimal("84.245"), 2)}))
    assert data == {
        "node": "Row",
        "cells": {
            "pagu": {"node": "Money", "amount": 1500},
            "capaian": {"node": "Quantity", "value": "84.245", "places": 2},
        },
    }
