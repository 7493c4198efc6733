"""Every computed figure as plain data: for snapshots and for tracing a printed number.

Ratios are given exact to 10 decimals and as printed (2 decimals, half-up), so a reviewer can
see both the value and the rounding that produced the page.
"""

from decimal import Decimal

from pipeline.compute.report import Computed
from pipeline.compute.results import BudgetNode, IndikatorResult, Measure
from pipeline.numbers import round_half_up

EXACT = Decimal("1e-10")


def _d(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(EXACT))


def _ratio(value: Decimal | None) -> dict | None:
    return None if value is None else {"exact": _d(value), "printed": str(round_half_up(value))}


def _measure(m: Measure) -> dict:
    return {
        "target": _d(m.target),
        "realisasi": _d(m.realisasi),
        "capaian": _ratio(m.capaian),
        "kategori": m.kategori.label if m.kategori else None,
    }


def _indicator(i: IndikatorResult) -> dict:
    y = i.last_year
    return {
        "id": i.source.id,
        **_measure(i.measure),
        "komponen": [{"nama": k.nama, **_measure(k.measure)} for k in i.komponen],
        "tahun_lalu": None
        if y.previous is None
        else {
            "tahun": y.year,
            **_measure(y.previous),
            "delta_realisasi": _d(y.delta_realisasi),
            "trend_realisasi": y.trend_realisasi,
            "delta_capaian": _ratio(y.delta_capaian),
            "trend_capaian": y.trend_capaian,
        },
        **{
            key: None if b is None else {"target": _d(b.target), "capaian": _ratio(b.capaian)}
            for key, b in (("renstra", i.renstra), ("provinsi", i.provinsi), ("nasional", i.nasional))
        },
    }


def _node(n: BudgetNode) -> dict:
    out = {
        "level": n.level,
        "kode": n.kode,
        "nama": n.nama,
        "pagu_murni": n.pagu_murni,
        "pagu": n.pagu,
        "realisasi": n.realisasi,
        "serapan": _ratio(n.serapan),
    }
    if n.indikator is not None:
        out["indikator"] = _indicator(n.indikator)
        out["efisiensi"] = _ratio(n.efisiensi)
    if n.outcome:
        out["outcome"] = [_indicator(i) for i in n.outcome]
    if n.children:
        out["children"] = [_node(c) for c in n.children]
    return out


def figures(c: Computed) -> dict:
    r = c.reconciliation
    return {
        "capaian": _ratio(c.capaian),
        "kategori": c.kategori.label if c.kategori else None,
        "predikat_sakip": c.predikat_sakip.label if c.predikat_sakip else None,
        "sasaran": [
            {
                "id": s.id,
                "capaian": _ratio(s.capaian),
                "kategori": s.kategori.label if s.kategori else None,
                "pagu": s.pagu,
                "realisasi": s.realisasi,
                "serapan": _ratio(s.serapan),
                "indikator": [_indicator(i) for i in s.indikator],
            }
            for s in c.sasaran
        ],
        "program": [_node(p) for p in c.programs],
        "jumlah": {k: v for k, v in _node(c.grand_total).items() if k != "children"},
        "lra": [
            {
                "uraian": row.uraian,
                "depth": row.depth,
                "anggaran": row.anggaran,
                "realisasi": row.realisasi,
                "persen": _ratio(row.persen),
                "realisasi_lalu": row.realisasi_lalu,
            }
            for row in c.lra
        ],
        "rekonsiliasi": None
        if r is None
        else {
            "pagu_program": r.pagu_program,
            "pagu_lra": r.pagu_lra,
            "realisasi_program": r.realisasi_program,
            "realisasi_lra": r.realisasi_lra,
            "sesuai": r.agrees,
        },
        "indikator_tujuan": [_indicator(i) for i in c.tujuan_indicators],
        "ikm_skm": _ratio(c.skm.ikm) if c.skm else None,
    }
