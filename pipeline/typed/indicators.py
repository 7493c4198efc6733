"""Sentences about one indicator, and category words: what they type against its computed facts.

A sentence is about the indicator it names (by name, or by the acronym its name gives in
brackets); in a sasaran's analysis, about that sasaran's one indicator. Its typed target,
realisasi, capaian and category are that indicator's, this year's or a year or benchmark it is
compared with. A category word elsewhere must be on one of the kabupaten's scales, and the band
of the percentage it follows.
"""

import re

from pipeline.compute.capaian import classify
from pipeline.compute.results import IndikatorResult
from pipeline.formats import angka, persen
from pipeline.typed.claims import Claim, Place, agrees
from pipeline.typed.ledger import indicator_ref
from pipeline.typed.reading import Cue, Sentence, Typed
from pipeline.typed.vocabulary import CATEGORY_CUE, KNOWN_CATEGORIES, SKM_CATEGORIES


def _acronym(name: str) -> str | None:
    found = re.search(r"\(([A-Z][A-Za-z]{1,9})\)", name)
    return found.group(1) if found else None


def named_indicators(sentence: Sentence, place: Place) -> list[IndikatorResult]:
    """The indicators a sentence names by their name or their acronym; those of the text's own
    scope first."""
    text = " ".join(sentence.text.lower().split())
    named = []
    for i in place.ledger.indicators:
        name = re.sub(r"\s*\([^)]*\)", "", i.source.nama).lower().strip()
        acronym = _acronym(i.source.nama)
        if name and name in text or acronym and re.search(rf"\b{acronym}\b", sentence.text):
            named.append(i)
    scoped = [i for i in named if f"indikator:{i.source.id}" in place.scope or i in place.indicators()]
    return scoped or named


def sentence_indicator(sentence: Sentence, figures: tuple[Typed, ...], place: Place) -> IndikatorResult | None:
    """The one indicator a sentence's target, realisasi and capaian are about, or None."""
    measured = [f for f in figures if f.cue in (Cue.target, Cue.realisasi, Cue.capaian) and not f.rupiah]
    if not measured:
        return None
    candidates = named_indicators(sentence, place)
    if not candidates:
        own = place.indicators()
        candidates = own if len(own) == 1 else []
    if len(candidates) > 1:  # the same name at two levels: the one whose typed target it is
        targets = [f for f in measured if f.cue is Cue.target]
        candidates = [i for i in candidates if any(agrees(t, i.measure.target) for t in targets)] or candidates
    unique = {i.source.id: i for i in candidates}
    return next(iter(unique.values())) if len(unique) == 1 else None


def indicator_claims(sentence: Sentence, figures: tuple[Typed, ...], place: Place) -> tuple[list[Claim], set[int]]:
    """Target, realisasi, capaian and kategori typed about one indicator, against its computed ones."""
    i = sentence_indicator(sentence, figures, place)
    if i is None:
        return [], set()
    m, name, ref = i.measure, i.source.nama, indicator_ref(i)
    has_measure = any(f.cue in (Cue.target, Cue.realisasi) for f in figures)
    claims, used = [], set()
    for f in figures:
        if f.rupiah:
            continue
        if f.cue in (Cue.target, Cue.realisasi) and (f.plain or f.percent and _percent_unit(i)):
            value = m.target if f.cue is Cue.target else m.realisasi
            options = _values(i, f.cue.value)
            ok = any(agrees(f, v) for v in options)
            placeholder = f"{ref}.measure.{f.cue.value} | angka({i.source.desimal})"
            problem = (
                None if ok else (f"'{f.typed}' is not the {f.cue.value} of {name}: the report has {_shown(i, value)}")
            )
            claims.append(Claim(f.start, f.typed, problem, placeholder))
            used.add(f.start)
        elif f.percent and (f.cue is Cue.capaian or f.cue is None and has_measure):
            options = [m.capaian, *_other_capaian(i)]
            ok = any(agrees(f, v) for v in options)
            problem = (
                None
                if ok
                else (
                    f"'{f.typed}' is not the capaian of {name}: the report computes "
                    f"{persen(m.capaian)} ({_shown(i, m.realisasi)} against a target of {_shown(i, m.target)})"
                )
            )
            claims.append(Claim(f.start, f.typed, problem, f"{ref}.measure.capaian | persen"))
            used.add(f.start)
    categories = _indicator_category(sentence, i, place)
    return claims + categories, used | {c.start for c in categories}


def _percent_unit(i: IndikatorResult) -> bool:
    return i.source.satuan.strip().lower() in {"%", "persen", "persentase"}


def _values(i: IndikatorResult, role: str) -> list:
    """This year's value of `role`, then last year's and the benchmarks' (a sentence may compare)."""
    previous = i.last_year.previous
    values = [getattr(i.measure, role)]
    if previous is not None:
        values.append(getattr(previous, role))
    if role == "target":
        values += [b.target for b in (i.renstra, i.provinsi, i.nasional) if b is not None]
        values += list(i.source.target_renstra.values())
    return values


def _other_capaian(i: IndikatorResult) -> list:
    previous = i.last_year.previous
    out = [previous.capaian] if previous is not None else []
    return out + [b.capaian for b in (i.renstra, i.provinsi, i.nasional, i.tahunan) if b is not None]


def _shown(i: IndikatorResult, value) -> str:
    return "-" if value is None else angka(value, i.source.desimal)


def _indicator_category(sentence: Sentence, i: IndikatorResult, place: Place) -> list[Claim]:
    """The category word of a sentence about one indicator is that indicator's band."""
    band, scale, out = i.measure.kategori, place.scales[0], []
    for start, label in categories_in(sentence):
        if band is None or not _on_scale(label, scale):
            continue
        wrong = label.lower() != band.label.lower()
        problem = (
            f"'{label}' is not the category of {i.source.nama}: with capaian {persen(i.measure.capaian)} "
            f"it is {band.label} on the {scale.nama}"
        )
        out.append(Claim(start, label, problem if wrong else None, f"{indicator_ref(i)}.measure.kategori.label"))
    return out


_CATEGORY = re.compile(
    rf"\b{CATEGORY_CUE}\s*[:(\"“']*\s*("
    + "|".join(re.escape(c) for c in sorted(KNOWN_CATEGORIES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def categories_in(sentence: Sentence) -> list[tuple[int, str]]:
    """(offset, label) of every category word introduced by 'kategori', 'predikat'…"""
    return [(sentence.start + m.start(1), m.group(1)) for m in _CATEGORY.finditer(sentence.text)]


def _on_scale(label: str, scale) -> bool:
    return any(label.lower() == band.label.lower() for band in scale.kategori)


def category_claims(sentence: Sentence, figures: tuple[Typed, ...], place: Place, used: set[int]) -> list[Claim]:
    """A category that no scale of the kabupaten has; a category that is not the one its
    percentage falls in."""
    claims = []
    scale = place.scales[0]
    for start, label in categories_in(sentence):
        if start in used:
            continue
        own = [s for s in place.scales if _on_scale(label, s)]
        if not own and label.lower() not in (c.lower() for c in SKM_CATEGORIES):
            names = ", ".join(b.label for b in scale.kategori)
            claims.append(
                Claim(start, label, f"'{label}' is no category of the {scale.nama} of this kabupaten ({names})", None)
            )
            continue
        percent = _percent_before(figures, start)
        if percent is None or not _on_scale(label, scale):
            continue
        band = classify(scale, percent.value)
        if band.label.lower() != label.lower():
            claims.append(
                Claim(
                    start,
                    label,
                    f"'{percent.typed} … {label}': on the {scale.nama} {percent.typed} is {band.label}",
                    None,
                )
            )
    return claims


def _percent_before(figures: tuple[Typed, ...], start: int) -> Typed | None:
    before = [f for f in figures if f.percent and f.end <= start and start - f.end <= 40]
    return before[-1] if before else None
