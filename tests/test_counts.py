"""Counts that count what they say: the efficiency sentence and the table beside it are one list
(every kegiatan and sub kegiatan indicator, those without a budget of their own included), and the
quarterly capaian table sets last year's figures beside this year's.

The compute and present stages are read directly; no TeX runs here.
"""

import re
from dataclasses import replace
from decimal import Decimal

from pipeline.compute.capaian import capaian
from pipeline.compute.report import compute
from pipeline.compute.summary import Efficiency, Rated
from pipeline.document.table import Table
from pipeline.numbers import round_half_up
from pipeline.present import present
from tests.conftest import computed
from tests.test_statements import said, section, tables

PENGARON = "banjar/pengaron/2024.yaml"
EFISIENSI = "Analisis Efisiensi Penggunaan Sumber Daya"


# --- the computed counts --------------------------------------------------------------------


def test_every_output_indicator_is_one_efficiency_row_with_one_verdict(seed_report):
    """The efficiency rows are the output indicators, in their order, and the verdicts split them
    into disjoint parts that together are every row."""
    _, c = seed_report
    s = c.summary
    assert [r.indikator for r in s.rated] == list(s.output_indicators)
    parts = [r for _, rows in s.efficiency_parts for r in rows]
    assert len(parts) == len(s.rated) and {id(r) for r in parts} == {id(r) for r in s.rated}
    named = s.efficient + s.fully_spent + s.unbudgeted + s.missed + s.rated_unmeasured
    assert len(named) == len({id(r) for r in named})  # no row in two of the sentence's parts


def test_martapura_barat_counts_the_indicators_without_a_budget_of_their_own():
    """20 output indicators, not the 18 kegiatan measured by one: the two indicators of kegiatan
    7.01.06.2.01 share its one pagu, so neither has a serapan or efisiensi of its own."""
    s = computed("martapura-barat-2023").summary
    assert len(s.rated) == len(s.output_indicators) == 20
    assert {r.node.kode for r in s.unbudgeted} == {"7.01.06.2.01"} and len(s.unbudgeted) == 2
    assert all(r.verdict is Efficiency.anggaran_bersama for r in s.unbudgeted)
    assert all(r.serapan is None and r.efisiensi is None for r in s.unbudgeted)
    assert all(r.node.serapan is not None for r in s.unbudgeted)  # the kegiatan's money exists, just not theirs
    parts = (s.efficient, s.fully_spent, s.unbudgeted, s.missed, s.rated_unmeasured)
    assert sum(len(p) for p in parts) == len(s.rated)
    assert [len(p) for p in parts] == [2, 13, 2, 3, 0]


def _gaji() -> Rated:
    """Martapura Barat's one sub kegiatan indicator: measured alone, with a pagu, target met."""
    (rated,) = (r for r in computed("martapura-barat-2023").summary.rated if r.node.level == "sub_kegiatan")
    assert rated.own_budget and rated.verdict is Efficiency.efisien
    return rated


def test_an_indicator_of_a_node_without_pagu_is_counted_without_a_budget():
    rated = _gaji()
    broke = Rated(replace(rated.node, pagu=0, realisasi=0, serapan=None, efisiensi=None), rated.indikator)
    assert broke.verdict is Efficiency.tanpa_pagu and not broke.own_budget
    assert broke.serapan is None and broke.efisiensi is None


def test_money_left_is_what_prints():
    """An efisiensi that prints 0,00% is a pagu spent in full, not money left."""
    rated = _gaji()
    almost = Rated(replace(rated.node, efisiensi=Decimal("0.004")), rated.indikator)
    assert almost.verdict is Efficiency.penuh


# --- the sentence and its table -------------------------------------------------------------


def _sentence_parts(sentence: str) -> tuple[int, dict[str, int]]:
    """The whole and the parts of "Dari M indikator kegiatan dan sub kegiatan, A …; B …; dan C …",
    each part by its words."""
    head, found, body = sentence.partition(" indikator kegiatan dan sub kegiatan, ")
    assert found, sentence
    whole = int(re.search(r"Dari (\d+) \(", head).group(1))
    parts = {}
    for piece in body.removesuffix(".").split("; "):
        match = re.fullmatch(r"(?:dan )?(\d+) \([a-z ]+\) (.+)", piece)
        assert match, piece
        parts[match.group(2)] = int(match.group(1))
    return whole, parts


def _table_parts(table: Table) -> dict[str, int]:
    """The same parts read from the table's rows: what the capaian, serapan and efisiensi cells say."""
    kinds = {"di bawah 100%": 0, "100%": 0, "tanpa anggaran": 0, "belum mencapai": 0, "belum diukur": 0}
    for row in table.rows:
        got, efficiency = row.cells["capaian"], row.cells.get("efisiensi")
        if got is None:
            kinds["belum diukur"] += 1
        elif round_half_up(got) < 100:
            kinds["belum mencapai"] += 1
        elif row.spans:
            kinds["tanpa anggaran"] += 1
        elif round_half_up(efficiency) > 0:
            kinds["di bawah 100%"] += 1
        else:
            kinds["100%"] += 1
    return kinds


def _by_words(parts: dict[str, int]) -> dict[str, int]:
    """The sentence's parts keyed as `_table_parts` keys the table's."""
    keys = {
        "mencapai target dengan penyerapan anggaran di bawah 100%": "di bawah 100%",
        "mencapai target dengan penyerapan anggaran 100%": "100%",
        "mencapai target tetapi tidak memiliki anggaran tersendiri": "tanpa anggaran",
        "belum mencapai target": "belum mencapai",
        "belum diukur": "belum diukur",
    }
    out = dict.fromkeys(keys.values(), 0)
    for words, count in parts.items():
        (key,) = (k for prefix, k in keys.items() if words.startswith(prefix))
        out[key] += count
    return out


def test_martapura_barat_efficiency_sentence_counts_the_rows_of_its_table():
    """Tabel 3.8 and the sentence above it: the parts add up to the whole, the whole is the table's
    rows and every output indicator, and each part is the rows that show it."""
    c = computed("martapura-barat-2023")
    part = section(present(c), EFISIENSI)
    (sentence,) = said(part, "Tingkat Efisiensi")
    (table,) = tables(part, "efisiensi")
    whole, parts = _sentence_parts(sentence)
    assert whole == sum(parts.values()) == len(table.rows) == len(c.summary.output_indicators)
    assert _by_words(parts) == _table_parts(table)
    assert table.rows[-1].cells["no"] == f"{whole}."
    shared = [row for row in table.rows if row.spans]
    assert len(shared) == 2 and {row.spans[0].value for row in shared} == {"anggaran bersama indikator lain"}


def test_the_table_names_indicators_only_where_a_kegiatan_has_several():
    """Martapura Barat's kegiatan 7.01.06.2.01 has two indicators, so its rows name them; Aluh-Aluh
    measures each sub kegiatan by one, whose row's name says which, and its sentence still counts
    the table's rows."""
    (martapura,) = tables(section(present(computed("martapura-barat-2023")), EFISIENSI), "efisiensi")
    assert "indikator" in martapura.keys
    aluh = section(present(computed("aluh-aluh-2022")), EFISIENSI)
    (table,) = tables(aluh, "efisiensi")
    (sentence,) = said(aluh, "Tingkat Efisiensi")
    whole, parts = _sentence_parts(sentence)
    assert whole == sum(parts.values()) == len(table.rows)
    assert "indikator" not in table.keys


# --- last year in the quarterly table -------------------------------------------------------


def _quarterly_table(c) -> Table:
    (table,) = tables(present(c), "capaian_triwulan")
    return table


def test_pengaron_quarterly_table_sets_last_year_beside_this_year():
    """Target, realisasi and capaian of 2023 from `riwayat`, the capaian by this year's formula and
    polarity, under the annual report's words."""
    c = computed("pengaron-2024-tw1")
    table = _quarterly_table(c)
    heads = {col.key: (col.group, col.head) for col in table.columns}
    assert heads["lalu_target"] == ("Tahun 2023", "Target")
    assert heads["lalu_realisasi"] == ("Tahun 2023", "Realisasi")
    assert heads["lalu_capaian"] == ("Tahun 2023", "Capaian (%)")
    shown = {i.source.nama: i for i in (*c.tujuan_indicators, *c.indicators)}
    assert len(table.rows) == len(shown) == 2
    for row in table.rows:
        src = shown[row.cells["indikator"]].source
        past = src.riwayat[2023]
        assert row.cells["lalu_target"].value == past.target
        assert row.cells["lalu_realisasi"].value == past.realisasi
        assert row.cells["lalu_capaian"] == capaian(past.target, past.realisasi, src.polaritas)
        assert row.cells["lalu_capaian"] is not None


def test_quarterly_last_year_columns_only_where_the_content_gives_last_year(content_copy):
    """One indicator without 2023: dashes on its row. Neither with 2023: no such columns."""
    content_copy.edit(PENGARON, "2023: {target: 85, realisasi: 83.51}", "2021: {target: 85, realisasi: 83.51}")
    table = _quarterly_table(compute(content_copy.load("pengaron-2024-tw1")))
    ikm = next(row for row in table.rows if row.cells["indikator"].startswith("Indeks Kepuasan"))
    assert "lalu_capaian" in table.keys
    assert all(ikm.cells[key] is None for key in ("lalu_target", "lalu_realisasi", "lalu_capaian"))

    content_copy.edit(PENGARON, "2023: {target: 77, realisasi: 94}", "2022: {target: 77, realisasi: 94}")
    table = _quarterly_table(compute(content_copy.load("pengaron-2024-tw1")))
    assert not any(key.startswith("lalu_") for key in table.keys)
