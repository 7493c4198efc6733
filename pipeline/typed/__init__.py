"""Figures typed into content texts, checked against the computed report (`lkjip check`).

The compute stage is right; what an officer types into a text is where reports go wrong: a
capaian copied from last year, a category from another scale, a total retyped, a count of
indicators that no list has. This stage reads every text of the year file, the kecamatan file and
the outline (placeholders blanked out: they print computed figures), finds the percentages,
Rupiah amounts, targets, realisasi, category words, counts and report years typed in it, and
compares each with the figure the report computes for the same thing. Every mismatch is a warning
at the file, line and column of the typed figure, with the computed value and the placeholder
that prints it, so that the fix removes the typed figure altogether. With `strict`, a typed figure
that agrees is reported too: it is right today and wrong when the data change.
"""

from dataclasses import dataclass

from pipeline.compute.report import Computed
from pipeline.content.characters import strings
from pipeline.content.schema import field_path
from pipeline.errors import Problem
from pipeline.typed.claims import Claim, Place
from pipeline.typed.counts import count_claims, year_claims
from pipeline.typed.indicators import category_claims, indicator_claims
from pipeline.typed.ledger import ledger
from pipeline.typed.money import amount_claims, percent_claims
from pipeline.typed.reading import blank_placeholders, sentences

FILES = ("report", "kecamatan", "outline")
# Values that name or code something: a figure in them is part of a name, not a claim.
NAMING_KEYS = frozenset({"id", "kode", "nama", "satuan", "nip", "tanggal", "alamat", "telepon", "email", "file"})


@dataclass(frozen=True)
class TypedFigures:
    warnings: tuple[Problem, ...]
    typed: tuple[Problem, ...]  # figures that agree, for --strict


def typed_figures(c: Computed) -> TypedFigures:
    """Every typed figure of the content's texts against the report."""
    book = ledger(c)
    kab = c.content.kabupaten
    scales = (kab.skala_capaian, kab.skala_sakip)
    warnings, typed = [], []
    for file in FILES:
        source = c.content.sources.get(file)
        if source is None:
            continue
        for loc, text in strings(source.root):
            if _naming(loc):
                continue
            place = Place(scope_of(c, file, loc), book, c.content.report.tahun, scales)
            for claim in claims(text, place):
                problem = _problem(source, loc, claim, _renders(file, loc))
                (warnings if claim.problem else typed).append(problem)
    return TypedFigures(tuple(warnings), tuple(dict.fromkeys(typed)))


def claims(text: str, place: Place) -> list[Claim]:
    """Every claim of one text, in the order it makes them."""
    out = []
    for sentence in sentences(blank_placeholders(text)):
        figures = sentence.figures()
        found, used = indicator_claims(sentence, figures, place)
        found += percent_claims(figures, place, used)
        found += amount_claims(figures, place, used)
        found += category_claims(sentence, figures, place, used | {c.start for c in found})
        found += count_claims(sentence, place)
        found += year_claims(sentence, place)
        out += sorted(found, key=lambda claim: claim.start)
    return out


def _naming(loc: tuple) -> bool:
    return any(isinstance(key, str) and key in NAMING_KEYS for key in loc[-1:])


def scope_of(c: Computed, file: str, loc: tuple) -> frozenset[str]:
    """What a text is about, from where it is written: a sasaran (and its indicator), a budget
    node, or nothing narrower than the report."""
    if file != "report" or not loc:
        return frozenset()
    report = c.content.report
    if loc[0] == "tujuan" and len(loc) > 1:
        tujuan = report.tujuan[loc[1]]
        if len(loc) > 3 and loc[2] == "sasaran":
            sasaran = tujuan.sasaran[loc[3]]
            keys = {f"sasaran:{sasaran.id}"}
            if len(loc) > 5 and loc[4] == "indikator":
                keys.add(f"indikator:{sasaran.indikator[loc[5]].id}")
            return frozenset(keys)
        if len(loc) > 3 and loc[2] == "indikator":
            return frozenset({f"indikator:{tujuan.indikator[loc[3]].id}"})
    if loc[0] == "program" and len(loc) > 1:
        return _node_scope(report.program[loc[1]], loc[2:])
    return frozenset()


def _node_scope(node, rest: tuple) -> frozenset[str]:
    """The deepest program, kegiatan or sub kegiatan the location is inside."""
    for key in ("kegiatan", "sub_kegiatan"):
        if len(rest) > 1 and rest[0] == key:
            node, rest = getattr(node, key)[rest[1]], rest[2:]
    return frozenset({f"node:{node.kode}"} if node.kode else ())


def _renders(file: str, loc: tuple) -> bool:
    """Whether the text's placeholders are filled when it prints: the outline's texts, `naskah`
    and a sasaran's analysis; other fields print as typed."""
    return file == "outline" or loc[:1] == ("naskah",) or "analisis" in loc


def _problem(source, loc: tuple, claim: Claim, renders: bool) -> Problem:
    line, col = source.inner_position(loc, claim.start)
    if claim.problem is None:
        message = f"'{claim.typed}' typed: would be safer as a placeholder"
        if claim.placeholder and renders:
            message += f", {{{{ {claim.placeholder} }}}}"
    else:
        message = claim.problem
        if claim.placeholder and renders:
            message += f"; write {{{{ {claim.placeholder} }}}}"
        elif claim.placeholder:
            message += " (this field prints as typed: give the figure from the report's tables instead)"
    return Problem(source.path, line, col, field_path(loc), message)
