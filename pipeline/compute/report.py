"""Assemble every derived figure of one report into a frozen `Computed` value."""

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.budget import lra_rows, program_tree, reconcile, sub_node, supporting, total
from pipeline.compute.capaian import classify, mean
from pipeline.compute.indicators import indicator_result
from pipeline.compute.perjanjian import PkResult, party, perjanjian
from pipeline.compute.resources import Resources, resources
from pipeline.compute.results import (
    BudgetNode,
    IndikatorResult,
    LraRow,
    Reconciliation,
    SasaranResult,
)
from pipeline.compute.skm import SkmResult, skm_result
from pipeline.compute.summary import Summary, summarise
from pipeline.content.checks.findings import all_units
from pipeline.content.load import Content
from pipeline.content.models import Band, EfficiencyRule, Person, Unit
from pipeline.numbers import ratio_percent, round_half_up


@dataclass(frozen=True)
class Computed:
    """The content and every figure derived from it; the only input of the present stage."""

    content: Content
    sasaran: tuple[SasaranResult, ...]
    programs: tuple[BudgetNode, ...]
    grand_total: BudgetNode
    lra: tuple[LraRow, ...]
    reconciliation: Reconciliation | None
    capaian: Decimal | None
    kategori: Band | None
    predikat_sakip: Band | None
    nilai_sakip: Decimal | None
    camat: Person
    units: dict[str, Unit]
    tujuan_indicators: tuple[IndikatorResult, ...]
    skm: SkmResult | None
    perjanjian: tuple[PkResult, ...]
    resources: Resources
    summary: Summary

    @property
    def indicators(self) -> tuple[IndikatorResult, ...]:
        return tuple(i for s in self.sasaran for i in s.indikator)

    @property
    def output_indicators(self) -> tuple[IndikatorResult, ...]:
        return self.summary.output_indicators


def compute(content: Content) -> Computed:
    kab, kec, report = content.kabupaten, content.kecamatan, content.report
    units = {u.id: u for u in all_units(kec.organisasi)}
    scale, end = kab.skala_capaian, report.renstra[1]

    period = content.period

    survey = skm_result(report.skm) if report.skm else None

    def result(ind) -> IndikatorResult:
        if ind.realisasi_dari == "skm":  # the IKM is the survey's conclusion, computed here once
            ind = ind.model_copy(update={"realisasi": round_half_up(survey.ikm, ind.desimal)})
        return indicator_result(ind, report.tahun, scale, units[ind.penanggung_jawab], end, period)

    def leaf(sub, pelaksana) -> BudgetNode:
        indikator = result(sub.indikator) if sub.indikator is not None else None
        return sub_node(sub, indikator, kab.efisiensi, period, pelaksana)

    rule = kab.efisiensi if period.quarter is None else EfficiencyRule.none
    programs = tuple(program_tree(p, leaf, result, rule) for p in report.program)
    by_sasaran = {
        s.id: [part for p in programs if (part := supporting(p, s.id)) is not None]
        for t in report.tujuan
        for s in t.sasaran
    }
    sasaran = tuple(
        _sasaran(t.uraian, s, tuple(result(i) for i in s.indikator), tuple(by_sasaran.get(s.id, ())), scale)
        for t in report.tujuan
        for s in t.sasaran
    )
    grand_total = total(programs)
    lra = lra_rows(report.realisasi_anggaran) if report.realisasi_anggaran else ()
    overall = mean([s.capaian for s in sasaran if s.capaian is not None])
    camat = units["camat"]
    score = evaluation_score(report.evaluasi) if report.evaluasi else None
    tujuan_indicators = tuple(result(i) for t in report.tujuan for i in t.indikator)
    sasaran_indicators = tuple(i for s in sasaran for i in s.indikator)
    masalah = sum(len(p.masalah) for p in report.permasalahan)
    predikat = classify(kab.skala_sakip, score)
    return Computed(
        content,
        sasaran,
        programs,
        grand_total,
        lra,
        reconcile(grand_total, lra) if lra else None,
        overall,
        classify(scale, overall),
        predikat,
        score,
        kec.pegawai[camat.pejabat],
        units,
        tujuan_indicators,
        survey,
        tuple(
            perjanjian(
                pk,
                sasaran,
                programs,
                (party(pk.pihak_pertama, kab, kec, units), party(pk.pihak_kedua, kab, kec, units)),
                result,
            )
            for pk in report.perjanjian_kinerja
        ),
        resources(report, programs, all_units(kec.organisasi)),
        summarise(tujuan_indicators + sasaran_indicators, programs, lra, masalah, report.evaluasi),
    )


def evaluation_score(evaluasi) -> Decimal:
    """The LHE score: stated, or the sum of its component scores."""
    if evaluasi.nilai is not None:
        return evaluasi.nilai
    return sum((k.nilai for k in evaluasi.komponen), Decimal(0))


def _sasaran(tujuan: str, sasaran, indicators: tuple[IndikatorResult, ...], programs, scale) -> SasaranResult:
    """Sasaran capaian = mean of its indicators' capaian; unmeasured indicators are left out."""
    value = mean([i.measure.capaian for i in indicators if i.measure.capaian is not None])
    pagu, realisasi = sum(p.pagu for p in programs), sum(p.realisasi for p in programs)
    return SasaranResult(
        sasaran.id,
        sasaran.uraian,
        tujuan,
        indicators,
        value,
        classify(scale, value),
        programs,
        pagu,
        realisasi,
        ratio_percent(realisasi, pagu),
        sasaran.analisis,
    )
