"""Where a component stands in the outline, so a list that two components print prints once.

The dasar hukum list belongs to both `dasar_hukum` and `tupoksi`, the fungsi list to both
`latar_belakang` and `tupoksi`: whichever comes later in the outline leaves its copy (and the
sentence leading into it) out. The order is read from the outline itself, never kept in `Ctx`.
"""

from pipeline.content.checks.printed import komponen_order
from pipeline.present.context import Ctx


def before(p: Ctx, komponen: str) -> frozenset[str]:
    """The components the outline prints before (the first place of) `komponen`; none when the
    walk cannot place it (then it prints its copy: twice at worst, never not at all)."""
    order = komponen_order(p.content.outline)
    return frozenset(order[: order.index(komponen)]) if komponen in order else frozenset()


def printed_before(p: Ctx, komponen: str, *others: str) -> bool:
    """Whether one of `others` has already printed what `komponen` would print again."""
    return not before(p, komponen).isdisjoint(others)
