"""Values not filled yet: a key written with no value (`realisasi:` or `realisasi: ~`).

No content needs an explicit null: a value that is unknown for good is left out (a PK without
`tanggal`) or says so (`belum_diukur: true`). So a key present with an empty value is read as a
promise, "to be filled in", which `lkjip new` writes for every value a new year or quarter must
get (realisasi, pagu, LRA amounts, dates) and a new kecamatan's skeleton for every fact.

While any value is not filled yet, no figure is computed from the file and no check that compares
figures runs: a blank is never printed, summed or compared as if it were a fact. `lkjip check`
lists each blank at its position, as a warning while today is before the date the report is
signed and as an error from that date on; a build refuses them all (`settle` below).
"""

import datetime
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.content.models.base import _month_only
from pipeline.content.quarter_view import up_to_quarter
from pipeline.content.schema import field_path
from pipeline.content.yaml_nodes import MapNode, SeqNode
from pipeline.content.yaml_source import Source, read_yaml
from pipeline.errors import ContentError, LkjipError, Problem

KINDS = ("realisasi indikator", "target", "pagu", "realisasi anggaran", "LRA", "dates", "evaluasi", "other values")


@dataclass(frozen=True)
class Unfilled(Problem):
    """A value not filled yet, with the kind of value it is (for the counts by kind)."""

    kind: str = "other values"


class BlankValues(ContentError):
    """Content that is sound but for values not filled yet, refused where a figure is needed (a build,
    a check once the report is due): a batch says "not filled yet" of it, not "failed"."""

    @property
    def headline(self) -> str:
        return self.problems[0].message


class NotFilledYet(LkjipError):
    """Raised for `lkjip check` when values are not filled yet but the report is not due: the
    blanks are warnings then, carried here instead of the computed report."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems)
        super().__init__(f"{len(problems)} values not filled yet")


def kind_of(loc: tuple) -> str:
    """What a blank at `loc` is, from its key and the part of the file it sits in."""
    key, keys = loc[-1], [k for k in loc if isinstance(k, str)]
    if keys and keys[0] == "realisasi_anggaran":
        return "LRA"
    if key == "tanggal":
        return "dates"
    if keys and keys[0] == "evaluasi":
        return "evaluasi"
    if key in ("pagu", "pagu_murni"):
        return "pagu"
    in_indicator = "indikator" in keys or "komponen" in keys
    if key == "realisasi":
        return "realisasi indikator" if in_indicator else "realisasi anggaran"
    if key == "target" and in_indicator:
        return "target"
    return "other values"


def blanks(source: Source) -> list[Unfilled]:
    """Every key or list item of the file written with no value, in file order."""
    found: list[Unfilled] = []
    _walk(source, source.root, (), found)
    return found


def _walk(source: Source, node, loc: tuple, found: list[Unfilled]) -> None:
    items = node.items() if isinstance(node, MapNode) else enumerate(node) if isinstance(node, SeqNode) else ()
    for key, child in items:
        here = loc + (key,)
        if child is None:
            line, col = source.position(here)
            found.append(Unfilled(source.path, line, col, field_path(here), "not filled yet", kind_of(here)))
        else:
            _walk(source, child, here, found)


def unfilled_in(sources: dict[str, Source]) -> list[Unfilled]:
    """The blanks of the kecamatan's own files (the kabupaten's shared files are never blank)."""
    return [blank for key in ("kecamatan", "report") if key in sources for blank in blanks(sources[key])]


def counts(found: list[Unfilled]) -> str:
    """'3 realisasi indikator, 2 pagu', in the order of KINDS."""
    by_kind = Counter(blank.kind for blank in found)
    return ", ".join(f"{by_kind[kind]} {kind}" for kind in KINDS if by_kind[kind])


def due_date(report: Source | None, quarter: int | None) -> datetime.date | None:
    """The date the report of the period is signed, read from the file as written (None if blank)."""
    data = report.data if report is not None and isinstance(report.data, dict) else {}
    if quarter is not None:
        entry = (data.get("triwulan") or {}).get(quarter) if isinstance(data.get("triwulan"), dict) else None
        data = entry if isinstance(entry, dict) else {}
    value = _month_only(data.get("tanggal"))
    return value if isinstance(value, datetime.date) else None


def summary(found: list[Unfilled], due: datetime.date | None, today: datetime.date | None) -> str:
    """The headline of a list of blanks: how many of each kind, and what to do about them."""
    head = f"{len(found)} value{'s' if len(found) != 1 else ''} not filled yet ({counts(found)})"
    if today is None:
        return f"{head}: a report is not built with blank values; fill them (`lkjip check` lists them)"
    if due is None:
        return f"{head}: the report has no signing date to fill them by; give `tanggal` and fill them"
    if today < due:
        return f"{head}: fill them before {due.isoformat()}, the date the report is signed"
    return f"{head}: the report is signed on {due.isoformat()}; fill them now"


def settle(
    error: ContentError,
    files: tuple[Path, Path],
    quarter: int | None,
    today: datetime.date | None,
    shown_from: Path,
) -> None:
    """Turn a load's ContentError into what the blanks of the files mean, and raise it.

    A problem at a blank (a required value written empty) is the blank itself, reported once as
    "not filled yet". Other problems are content that is wrong: they stay as they were, blanks
    listed after them. With only blanks, `today` decides: None (a build) or on or after the signing
    date, an error; before it, `NotFilledYet` carrying them as warnings. `files` are the report's
    year file and kecamatan file, named in messages relative to `shown_from` as the load names them.
    """
    sources = _read(files, shown_from, quarter)
    found = unfilled_in(sources)
    if not found:
        raise error
    wrong = [p for p in error.problems if not isinstance(p, Unfilled) and not _from_blank(p, found)]
    due = due_date(sources.get("report"), quarter)
    head = Problem(
        sources["report"].path if "report" in sources else found[0].file, 1, 1, "", summary(found, due, today)
    )
    if wrong:
        raise ContentError(wrong + [head, *found])
    if today is None or due is None or today >= due:
        raise BlankValues([head, *found])
    raise NotFilledYet([head, *found])


def only_unfilled(error: ContentError, files: tuple[Path, Path], shown_from: Path, quarter: int | None) -> bool:
    """Whether every problem of a load (of the period `quarter`, None: the year) is a value not filled
    yet: the files have their full shape and only wait for figures (what a template of them needs)."""
    found = unfilled_in(_read(files, shown_from, quarter))
    return bool(found) and all(isinstance(p, Unfilled) or _from_blank(p, found) for p in error.problems)


def _from_blank(problem: Problem, found: list[Unfilled]) -> bool:
    """Whether a load problem is a blank's doing: at the blank (its type refused an empty value),
    or at the map holding it, naming its key (a rule such as "`nilai` is required")."""
    for blank in found:
        if problem.file != blank.file:
            continue
        if _under(problem.field, blank.field):
            return True
        key = blank.field.rsplit(".", 1)[-1]
        if _under(blank.field, problem.field) and f"`{key}`" in problem.message:
            return True
    return False


def _under(path: str, parent: str) -> bool:
    return path == parent or not parent or path.startswith(parent + ".") or path.startswith(parent + "[")


def _read(files: tuple[Path, Path], shown_from: Path, quarter: int | None) -> dict[str, Source]:
    """The two files again, under the names the load gave them, and as the period's load read them
    (a quarter's report leaves the later quarters out: `quarter_view`)."""
    sources = {}
    for key, path in zip(("report", "kecamatan"), files, strict=True):
        shown = path.relative_to(shown_from) if path.is_relative_to(shown_from) else path
        try:
            sources[key] = read_yaml(path, shown)
        except (ContentError, OSError):
            continue
    if "report" in sources and quarter is not None:
        sources["report"] = up_to_quarter(sources["report"], quarter)
    return sources
