"""Indicators: one record per indicator, consistent targets, complete and monotonic quarters.

The seeds carry up to four targets for one indicator-year (anatomy §10.8); here an indicator
exists once, so what remains to catch is the same indicator entered twice, a Renstra year that
contradicts the year's target, and quarterly series that run backwards or are missing.
"""

import re
from decimal import Decimal

from pipeline.compute.periods import annual_realisasi, quarter_value
from pipeline.content.checks.findings import Findings, all_units, indicator_locations, node_locations
from pipeline.content.checks.printed import prints
from pipeline.content.models.indicator import Akumulasi, Indikator, Periodik

# Where an indicator's quarterly capaian is printed: every one in capaian_triwulan, a tujuan or
# sasaran indicator's also in the sasaran capaian it is averaged into.
QUARTERLY_CAPAIAN = ("capaian_triwulan",)
SASARAN_CAPAIAN = ("analisis_sasaran", "kesimpulan", "ringkasan_eksekutif")


def _key(nama: str) -> str:
    return re.sub(r"[^a-z0-9]", "", nama.lower())


# Words that qualify an indicator's name without changing what it measures ("Rata-rata IKM
# Kecamatan" is the IKM); they are left out when names are compared.
QUALIFIERS = frozenset(("rata", "nilai", "tingkat", "kecamatan", "tahun"))


def _names(nama: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a name may be written as elsewhere: (its acronyms as written, its words' initials).

    "Indeks Kepuasan Masyarakat (IKM)" is written IKM; "Rata-rata IKM Kecamatan" is IKM too, its
    other words being qualifiers. An initials-only match is not enough (many names share initials):
    one side must write the acronym.
    """
    written = {a.upper() for a in re.findall(r"\(([A-Za-z]{2,})\)", nama)}
    words = [w for w in re.findall(r"[A-Za-z]+", re.sub(r"\([^)]*\)", " ", nama)) if w.lower() not in QUALIFIERS]
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        written.add(words[0])
    initials = {"".join(w[0] for w in words).upper()} if len(words) >= 2 else set()
    return frozenset(written), frozenset(initials)


def _same_indicator(a: str, b: str) -> bool:
    (written_a, initials_a), (written_b, initials_b) = _names(a), _names(b)
    return bool(written_a & (written_b | initials_b) or written_b & initials_a)


def check_indicators(found: Findings) -> None:
    report = found.report
    heads = {u.id for u in all_units(found.kec.organisasi) if u.jabatan}
    ids: dict[str, tuple] = {}
    names: dict[str, tuple[tuple, Indikator]] = {}
    for loc, ind in indicator_locations(report):
        if ind.id in ids:
            found.error("report", loc + ("id",), f"indikator id '{ind.id}' is used more than once")
        ids.setdefault(ind.id, loc)
        _same_name(found, names, loc, ind)
        if ind.penanggung_jawab not in heads:
            found.error(
                "report",
                loc + ("penanggung_jawab",),
                f"'{ind.penanggung_jawab}' is not a unit with a jabatan in kecamatan.yaml "
                f"(one of: {', '.join(sorted(heads))})",
            )
        _check_rincian(found, loc, ind)
        _check_riwayat(found, loc, ind)
        _check_renstra_targets(found, loc, ind)
        _check_quarters(found, loc, ind)
        _check_period_complete(found, loc, ind)
    _check_program_links(found)


def _same_name(found: Findings, names: dict, loc: tuple, ind: Indikator) -> None:
    """One indicator typed twice with different targets is the seeds' commonest contradiction."""
    key = _key(ind.nama)
    if key not in names:
        key = next((k for k, (_, other) in names.items() if _same_indicator(other.nama, ind.nama)), key)
    if key not in names:
        names[key] = (loc, ind)
        return
    first_loc, first = names[key]
    if first.target is not None and ind.target is not None and first.target != ind.target:
        found.error(
            "report",
            loc + ("target",),
            f"'{ind.nama}' is also indikator '{first.id}' with target {first.target}, here {ind.target}: "
            "one indicator has one target per year; keep one record and reference it",
        )
    elif first.realisasi is not None and ind.realisasi is not None and first.realisasi != ind.realisasi:
        found.warn(  # 002: the IKKI realisasi 85,32 in one table, 85,79 in another, each with its capaian
            "report",
            loc + ("realisasi",),
            f"'{ind.nama}' is also indikator '{first.id}' with realisasi {first.realisasi}, here {ind.realisasi}: "
            "one indicator has one realisasi per year; check which the measurement gave",
        )


def _check_rincian(found: Findings, loc: tuple, ind: Indikator) -> None:
    """A listed breakdown must count exactly what is claimed as realised (anatomy N8)."""
    pairs = [(loc, ind.rincian, annual_realisasi(ind))]
    pairs += [(loc + ("komponen", c), k.rincian, k.realisasi) for c, k in enumerate(ind.komponen)]
    for where, items, realisasi in pairs:
        if items and realisasi is not None and Decimal(len(items)) != realisasi:
            found.error("report", where + ("rincian",), f"{len(items)} items listed but realisasi is {realisasi}")


def _check_riwayat(found: Findings, loc: tuple, ind: Indikator) -> None:
    """Earlier years hold facts; later years hold Renstra targets only; the last must be the end target."""
    year, end = found.report.tahun, found.report.renstra[1]
    for y, value in ind.riwayat.items():
        if y == year:
            found.error(
                "report",
                loc + ("riwayat", y),
                f"{y} is the report year: its target and realisasi belong in `target`/`realisasi`, not riwayat",
            )
        elif y > year and value.realisasi is not None:
            found.error("report", loc + ("riwayat", y, "realisasi"), f"{y} has not happened yet: no realisasi")
    shown = prints(found, "capaian_organisasi", "lampiran_monev_renstra")  # where the end target is printed
    if shown and year == end and ind.target is not None and ind.target_akhir_renstra not in (None, ind.target):
        found.warn(
            "report",
            loc + ("target_akhir_renstra",),
            f"{year} is the Renstra's last year, but its target {ind.target} is not the Renstra end target "
            f"{ind.target_akhir_renstra}: the PK revised it, or one of the two is mistyped",
        )
    last = ind.riwayat.get(end)
    if last and last.target is not None and ind.target_akhir_renstra is not None:
        if last.target != ind.target_akhir_renstra:
            found.error(
                "report",
                loc + ("target_akhir_renstra",),
                f"target_akhir_renstra {ind.target_akhir_renstra} disagrees with the {end} Renstra target "
                f"{last.target} in riwayat",
            )


def _check_renstra_targets(found: Findings, loc: tuple, ind: Indikator) -> None:
    """`target_renstra` holds one target for each year of the Renstra, agreeing with the year's own
    target and with the end target; a year outside the period is an error, a year left out a warning."""
    if not ind.target_renstra:
        return
    first, last = found.report.renstra
    at = loc + ("target_renstra",)
    for y in sorted(ind.target_renstra):
        if not first <= y <= last:
            found.error("report", at + (y,), f"{y} is outside the Renstra period {first}–{last}")
    missing = [y for y in range(first, last + 1) if y not in ind.target_renstra]
    if missing:
        years = ", ".join(map(str, missing))
        found.warn("report", at, f"no Renstra target for {years}: a table of the Renstra years prints '-' there")
    year, planned = found.report.tahun, ind.target_renstra.get(found.report.tahun)
    if planned is not None and ind.target is not None and planned != ind.target:
        found.warn(
            "report",
            at + (year,),
            f"the Renstra target for {year} is {planned}, but this year's `target` is {ind.target}: "
            "the PK revised it, or one of the two is mistyped",
        )
    end = ind.target_renstra.get(last)
    if end is not None and ind.target_akhir_renstra is not None and end != ind.target_akhir_renstra:
        found.error(
            "report",
            at + (last,),
            f"the Renstra target for {last} is {end}, but `target_akhir_renstra` is {ind.target_akhir_renstra}",
        )


def _check_quarters(found: Findings, loc: tuple, ind: Indikator) -> None:
    """Cumulative series never decrease; TW IV is the year; s.d. targets stay within the annual target."""
    if not ind.triwulan:
        return
    quarters = sorted(ind.triwulan)
    if ind.akumulasi is Akumulasi.kumulatif:
        for field in ("target", "realisasi"):
            series = [(q, getattr(ind.triwulan[q], field)) for q in quarters]
            series = [(q, v) for q, v in series if v is not None]
            for (_, before), (q, now) in zip(series, series[1:], strict=False):
                if now < before:
                    found.error(
                        "report",
                        loc + ("triwulan", q, field),
                        f"{field} s.d. triwulan {q} is {now}, less than {before} the quarter before: "
                        "a cumulative (`akumulasi: kumulatif`) series cannot decrease",
                    )
    if ind.target is not None:
        for q in quarters:
            target = quarter_value(ind, q).target
            if target is not None and target > ind.target and ind.akumulasi is not Akumulasi.tetap:
                found.error(
                    "report",
                    loc + ("triwulan", q, "target"),
                    f"target s.d. triwulan {q} ({target}) exceeds the annual target {ind.target}",
                )
        tw4 = quarter_value(ind, 4).target if 4 in ind.triwulan else None
        if tw4 is not None and ind.akumulasi is not Akumulasi.tetap and tw4 != ind.target:
            found.error(
                "report",
                loc + ("triwulan", 4, "target"),
                f"target s.d. triwulan 4 ({tw4}) is not the annual {ind.target}",
            )
    if ind.realisasi is not None and 4 in ind.triwulan and ind.triwulan[4].realisasi is not None:
        derived = quarter_value(ind, 4).realisasi if ind.akumulasi is not Akumulasi.tetap else ind.triwulan[4].realisasi
        if derived != ind.realisasi:
            found.error(
                "report",
                loc + ("realisasi",),
                f"annual realisasi {ind.realisasi} disagrees with the quarters ({derived} s.d. triwulan 4); "
                "state it once: remove `realisasi` and let the quarters give it, or correct them",
            )


def _check_period_complete(found: Findings, loc: tuple, ind: Indikator) -> None:
    """The period being built must have its figures: say which indicator lacks them."""
    quarter = found.files.period.quarter
    if quarter is None:
        derived = ind.realisasi_dari is not None
        if not ind.komponen and not ind.belum_diukur and not derived and annual_realisasi(ind) is None:
            found.error(
                "report",
                loc,
                f"no annual realisasi for '{ind.nama}' yet: give `realisasi`, or the quarters up to 4 under `triwulan`",
            )
        return
    if ind.periodik is Periodik.tahunan or ind.belum_diukur:
        return
    value = quarter_value(ind, quarter)
    if value.realisasi is None:
        found.error(
            "report",
            loc + ("triwulan",),
            f"the triwulan {quarter} report needs the realisasi s.d. triwulan {quarter} of '{ind.nama}' "
            "(or `periodik: tahunan` if it is measured only at year end, `belum_diukur: true` if not measured)",
        )
    elif value.target is None and prints(found, *QUARTERLY_CAPAIAN, *(SASARAN_CAPAIAN if loc[0] == "tujuan" else ())):
        found.warn(
            "report",
            loc + ("triwulan", quarter),
            f"no target s.d. triwulan {quarter} for '{ind.nama}': its quarterly capaian is not computed",
        )


def _check_program_links(found: Findings) -> None:
    sasaran_ids = {s.id for t in found.report.tujuan for s in t.sasaran}
    units = {u.id for u in all_units(found.kec.organisasi)}
    for loc, node in node_locations(found.report):
        link = getattr(node, "sasaran", None)
        if link is not None and link not in sasaran_ids:
            found.error(
                "report", loc + ("sasaran",), f"'{link}' is not a sasaran id (one of: {', '.join(sorted(sasaran_ids))})"
            )
        pelaksana = getattr(node, "pelaksana", None)
        if pelaksana is not None and pelaksana not in units:
            found.error("report", loc + ("pelaksana",), f"'{pelaksana}' is not a unit id in kecamatan.yaml")
