"""`lkjip import` and the template of `lkjip export --template`, end to end.

The import reads the year file as it stands (it need not load yet: values typed blank, waiting for
the sheet, are what an import fills), plans the changes from the spreadsheet, refuses the whole
import on any ambiguity, renders the new year file, loads it as content (schema and checks), and
only then replaces the file.
"""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pipeline.content.checks.unfilled import only_unfilled
from pipeline.content.load import load
from pipeline.content.locate import ReportFiles, locate
from pipeline.content.schema import field_path
from pipeline.content.yaml_source import read_yaml
from pipeline.errors import ContentError, Problem
from pipeline.formats import angka
from pipeline.kinds import Period
from pipeline.sheets.apply import RoundTrip, validate, write_atomically
from pipeline.sheets.plan import Change, make_plan
from pipeline.sheets.problems import SheetError
from pipeline.sheets.read import read_sheets
from pipeline.sheets.template import save, workbook

REFUSED = "the year file would not load with these values, so it was not written (lines as they would be):"
BROKEN = "the year file does not load, before the import or after it; nothing was written (lines as they would be):"


@dataclass(frozen=True)
class Outcome:
    """What an import did or would do; `refused` holds the problems of a result that does not load."""

    files: ReportFiles
    lines: tuple[str, ...]
    unchanged: int
    notes: tuple[Problem, ...]
    written: bool
    faithful: bool
    refused: tuple[Problem, ...] = ()
    broken_before: bool = False


def import_sheet(
    root: Path, kecamatan: str, sheet: Path, year: int | None, period: Period, dry_run: bool, strict: bool
) -> Outcome:
    files = locate(root, kecamatan, year, period)
    if not files.holds(files.report):
        why = "a link to a file outside the content directory; copy the file itself there"
        raise ContentError([Problem(_shown(files.report), 1, 1, "", why)])
    read_yaml(files.report, _shown(files.report))  # YAML syntax, encoding, size: positioned, before ruamel
    original = files.report.read_bytes()
    trip = RoundTrip(original.decode("utf-8"))
    plan = make_plan(read_sheets(sheet), trip.data, files.year, period.quarter)
    notes = plan.notes
    if strict:
        plan.errors, notes = plan.errors + notes, []
    if plan.errors:
        raise SheetError(plan.errors)
    if not plan.changes:
        return Outcome(files, (), plan.unchanged, tuple(notes), False, trip.faithful)
    text = trip.apply(plan.changes)
    at = trip.lines(text, plan.changes)
    lines = tuple(_line(files.report.name, at[c.keys], c) for c in plan.changes)
    refused = tuple(validate(files, text, _shown))
    written = not dry_run and not refused
    if written:
        write_atomically(files.report.resolve(), text, original)  # a link inside the root stays a link
    before = bool(refused) and bool(validate(files, trip.text, _shown))
    return Outcome(files, lines, plan.unchanged, tuple(notes), written, trip.faithful, refused, before)


def refusal(outcome: Outcome) -> str:
    """The header of a refused import: whether the import broke the file or found it broken."""
    return BROKEN if outcome.broken_before else REFUSED


def _shown(path: Path) -> Path:
    """A path as messages name it: relative to the current directory when inside it."""
    return path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path


def _line(name: str, line: int, change: Change) -> str:
    """`2022.yaml:73 program[0].kegiatan[0].sub_kegiatan[0].pagu: 35.000.000 -> 36.500.000 (Anggaran!7)`."""
    old = _figure(change.old, change.places)
    return f"{name}:{line} {field_path(change.keys)}: {old} -> {_figure(change.new, change.places)} ({change.where})"


def _figure(amount: Decimal | None, places: int) -> str:
    return "(none)" if amount is None else angka(amount, places)


def write_template(root: Path, kecamatan: str, year: int | None, period: Period | None, out: Path | None) -> Path:
    """Write the template spreadsheet of a report; `out` defaults to lkjip-<kec>-<label>-template.xlsx."""
    files = locate(root, kecamatan, year, period or Period.tahunan)
    target = out or Path(f"lkjip-{files.kecamatan_slug}-{files.label}-template.xlsx")
    if target.suffix.lower() != ".xlsx":
        from pipeline.errors import OutputError

        raise OutputError(f"{target}: the template is an .xlsx workbook; name it with .xlsx")
    save(workbook(_year_data(files), files.period.quarter), target)
    return target


def _year_data(files: ReportFiles):
    """The year file's data once it loads, or while it only waits for values (a year `lkjip new`
    started, whose pagu and realisasi the template is for): its shape is checked either way."""
    try:
        return load(files, Path.cwd()).sources["report"].data
    except ContentError as exc:
        if not only_unfilled(exc, (files.report, files.kecamatan), Path.cwd(), files.period.quarter):
            raise
    return read_yaml(files.report, _shown(files.report)).data
