"""Percentages and Rupiah amounts typed in a sentence, against the report's ratios and money.

A percentage cued as capaian, serapan, sisa or efisiensi must be one the report computes; an
amount must be one of its pagu, realisasi or sisa; a percentage in brackets after an amount is
that amount's share.
"""

from decimal import Decimal

from pipeline.typed.claims import Claim, Place, agrees
from pipeline.typed.ledger import Kind, Known
from pipeline.typed.reading import Cue, Typed

ROLE_OF_CUE = {
    Cue.capaian: ("capaian",),
    Cue.serapan: ("serapan",),
    Cue.realisasi: ("serapan",),  # "realisasi sebesar 95,2%" of a budget is its serapan
    Cue.sisa: ("sisa",),
    Cue.efisiensi: ("efisiensi",),
}
AMOUNT_ROLES = {Cue.pagu: "pagu", Cue.realisasi: "realisasi", Cue.serapan: "realisasi", Cue.sisa: "sisa"}


def percent_claims(figures: tuple[Typed, ...], place: Place, used: set[int]) -> list[Claim]:
    """A percentage cued as capaian, serapan, sisa or efisiensi must be one the report computes."""
    claims = []
    for f in figures:
        if not f.percent or f.start in used or f.cue not in ROLE_OF_CUE:
            continue
        roles = ROLE_OF_CUE[f.cue]
        known = place.known(*roles, kind=Kind.persen)
        if not known:
            continue
        match = next((k for k in known if agrees(f, k.value)), None)
        if match is not None:
            claims.append(Claim(f.start, f.typed, None, match.placeholder))
        else:
            best = _nearest(known, f.value)
            claims.append(
                Claim(
                    f.start,
                    f.typed,
                    f"'{f.typed}' is no {roles[0]} of this report: the nearest is {best.shown}, the {best.what}",
                    best.placeholder,
                )
            )
        used.add(f.start)
    return claims


def amount_claims(figures: tuple[Typed, ...], place: Place, used: set[int]) -> list[Claim]:
    """A Rupiah amount must be one of the report's (a pagu, realisasi or sisa of a node, a sasaran,
    the LRA); a percentage in brackets after it must be that amount's share."""
    claims = []
    amounts = [k for k in place.ledger.figures if k.kind is Kind.rupiah]
    for index, f in enumerate(figures):
        if not f.rupiah or f.value == 0:
            continue
        preferred = AMOUNT_ROLES.get(f.cue)
        matches = [k for k in amounts if k.value == f.value]
        matches.sort(key=lambda k: (k.role != preferred, not (k.scope & place.scope)))
        if matches:
            claims.append(Claim(f.start, f.typed, None, matches[0].placeholder))
            claims += _share(figures[index + 1 :], f, matches, place, used)
            continue
        totals = [k for k in place.known(preferred or "pagu", "realisasi", "sisa", kind=Kind.rupiah)]
        best = _nearest(totals, f.value)
        claims.append(
            Claim(
                f.start,
                f.typed,
                f"'{f.typed}' is no amount of this report: the nearest is {best.shown}, the {best.what}",
                best.placeholder,
            )
        )
        used.update(g.start for g in _bracketed(figures[index + 1 :], f))
    return claims


def _bracketed(rest: tuple[Typed, ...], amount: Typed) -> list[Typed]:
    """The percentage right after an amount, e.g. 'Rp1.234 (98,65%)'."""
    return [g for g in rest[:1] if g.percent and g.start - amount.end <= 6]


def _share(rest, amount: Typed, matches: list[Known], place: Place, used: set[int]) -> list[Claim]:
    """The bracketed percentage after an amount is the serapan of a realisasi, the share of a sisa:
    of any of the report's figures with that amount (a program's sisa may be the whole budget's)."""
    out = []
    for g in _bracketed(rest, amount):
        used.add(g.start)
        shares = [
            k
            for known in matches
            for k in place.ledger.figures
            if k.role == SHARE_ROLE.get(known.role) and k.kind is Kind.persen and _same_owner(k, known)
        ]
        if not shares:
            continue
        match = next((k for k in shares if agrees(g, k.value)), None)
        problem = (
            None
            if match
            else (
                f"'{g.typed}' after {amount.typed} is not its share: the report computes {shares[0].shown}, "
                f"the {shares[0].what}"
            )
        )
        out.append(Claim(g.start, g.typed, problem, (match or shares[0]).placeholder))
    return out


SHARE_ROLE = {"realisasi": "serapan", "sisa": "sisa"}


def _same_owner(share: Known, amount: Known) -> bool:
    return share.placeholder.split(".")[0] == amount.placeholder.split(".")[0] and share.scope == amount.scope


def _nearest(known: list[Known], value: Decimal) -> Known:
    return min(known, key=lambda k: abs(k.value - value))
