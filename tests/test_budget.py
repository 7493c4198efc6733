"""Budget sums up the tree, serapan, the LRA tree and the efficiency rule."""

from decimal import Decimal

from pipeline.compute.budget import efisiensi, lra_rows, program_tree, reconcile, total
from pipeline.compute.compare import change_word, trend
from pipeline.compute.results import BudgetNode
from pipeline.content.models import EfficiencyRule, LraLine, Program
from pipeline.numbers import ratio_percent


def _leaf(sub, pelaksana=None) -> BudgetNode:
    return BudgetNode(
        "sub_kegiatan",
        sub.kode,
        sub.nama,
        sub.pagu_murni,
        sub.pagu,
        sub.realisasi,
        ratio_percent(sub.realisasi, sub.pagu),
        (),
    )


def _indicator(target: int) -> dict:
    return {
        "id": f"i{target}",
        "nama": "x",
        "satuan": "Laporan",
        "target": target,
        "realisasi": target,
        "penanggung_jawab": "camat",
    }


PROGRAM = Program.model_validate(
    {
        "kode": "7.01.03",
        "nama": "Program Pemberdayaan",
        "sasaran": "s",
        "kegiatan": [
            {
                "nama": "Koordinasi Kegiatan Pemberdayaan Desa",
                "sub_kegiatan": [
                    {
                        "nama": "Musrenbang",
                        "pagu_murni": 7513400,
                        "pagu": 7513400,
                        "realisasi": 7513400,
                        "indikator": _indicator(1),
                    },
                    {
                        "nama": "Pemberdayaan",
                        "pagu_murni": 31485300,
                        "pagu": 53455300,
                        "realisasi": 43320000,
                        "indikator": _indicator(4),
                    },
                ],
            },
            {
                "nama": "Kegiatan lain",
                "sub_kegiatan": [
                    {"nama": "Sub", "pagu_murni": 1000, "pagu": 0, "realisasi": 0, "indikator": _indicator(2)},
                ],
            },
        ],
    }
)


def _no_outcome(indikator):
    raise AssertionError("these programs have no outcome indicators")


def test_parents_are_sums_of_leaves():
    node = program_tree(PROGRAM, _leaf, _no_outcome)
    kegiatan = node.children[0]
    assert (kegiatan.pagu_murni, kegiatan.pagu, kegiatan.realisasi) == (38998700, 60968700, 50833400)
    assert (node.pagu_murni, node.pagu, node.realisasi) == (38999700, 60968700, 50833400)
    assert kegiatan.perubahan == 21970000
    assert node.children[1].serapan is None  # pagu 0: no ratio, not 0%
    assert round(kegiatan.serapan, 2) == Decimal("83.38")
    assert total((node, node)).pagu == 2 * 60968700


def test_efficiency_rule_banjar_sisa():
    # seed 002 Tabel 3.9: 100 - 94,34 = 5,66 where the target was met
    assert efisiensi(EfficiencyRule.banjar_sisa, Decimal(100), Decimal("94.34")) == Decimal("5.66")
    assert efisiensi(EfficiencyRule.banjar_sisa, Decimal("99.99"), Decimal(50)) is None
    assert efisiensi(EfficiencyRule.none, Decimal(120), Decimal(50)) is None


def test_lra_tree_totals_and_deficit():
    # seed 001:84-92; the printed parents add up, and here they are computed
    lines = tuple(
        LraLine.model_validate(x)
        for x in [
            {
                "uraian": "Belanja Operasi",
                "rincian": [
                    {
                        "uraian": "Belanja Pegawai",
                        "anggaran": 1595777740,
                        "realisasi": 1217230642,
                        "realisasi_lalu": 941849195,
                    },
                    {
                        "uraian": "Belanja Barang dan Jasa",
                        "anggaran": 577364401,
                        "realisasi": 537430848,
                        "realisasi_lalu": 446621747,
                    },
                ],
            },
            {
                "uraian": "Belanja Modal",
                "rincian": [
                    {
                        "uraian": "Belanja Modal Peralatan dan Mesin",
                        "anggaran": 29542000,
                        "realisasi": 29296000,
                        "realisasi_lalu": 70150000,
                    }
                ],
            },
        ]
    )
    rows = lra_rows(lines)
    by_name = {r.uraian: r for r in rows}
    assert (by_name["Belanja Daerah"].anggaran, by_name["Belanja Daerah"].realisasi) == (2202684141, 1783957490)
    assert by_name["Belanja Operasi"].anggaran == 2173142141
    assert by_name["Belanja Daerah"].realisasi_lalu == 1458620942
    assert round(by_name["Belanja Daerah"].persen, 2) == Decimal("80.99")
    assert by_name["Surplus/(Defisit)"].anggaran == -2202684141
    assert [r.depth for r in rows] == [0, 1, 2, 2, 1, 2, 0]


def test_reconciliation_reports_disagreement():
    node = program_tree(PROGRAM, _leaf, _no_outcome)
    rows = lra_rows((LraLine.model_validate({"uraian": "Belanja", "anggaran": 60968700, "realisasi": 50833400}),))
    assert reconcile(node, rows).agrees
    rows = lra_rows((LraLine.model_validate({"uraian": "Belanja", "anggaran": 70000000, "realisasi": 50833400}),))
    assert not reconcile(node, rows).agrees


def test_trend_words_use_rounded_difference():
    assert trend(Decimal("84.24"), Decimal("70")) == "naik"
    assert trend(Decimal("70"), Decimal("84.24")) == "turun"
    assert trend(Decimal("100.004"), Decimal("100")) == "tetap"
    assert trend(None, Decimal(1)) is None
    assert change_word(31500000, 51500000) == "bertambah"
    assert change_word(49513200, 32263200) == "berkurang"
    assert change_word(5, 5) is None
