"""`lkjip new`: next year's (or next quarter's) report from the last one, and a new kecamatan from nothing.

The officer never retypes what the previous report holds: the year file is carried over with its
comments and order (`roundtrip`), last year's figures move to `riwayat` (`year`), a new quarter
adds its blank entries (`quarter`), and whatever the new period must measure is left blank, `~`,
which `lkjip check` lists as "not filled yet" (`pipeline.content.checks.unfilled`). A new
kecamatan starts from a commented skeleton (`skeleton`). No file that exists is ever replaced,
except the year file a new quarter is added to, and then only if the quarter is new.
"""

from pathlib import Path

from pipeline.content.locate import KECAMATAN_FILE, report_years, slug
from pipeline.errors import ContentNotFound, OutputError
from pipeline.rollover import roundtrip as rt
from pipeline.rollover.notes import Written, written
from pipeline.rollover.quarter import roll_quarter
from pipeline.rollover.year import roll_year


def new_report(content_root: Path, kecamatan: str, year: int, quarter: int | None, shown_from: Path) -> Written:
    """Write `<kec>/<year>.yaml` from the latest earlier year, or add `quarter` to it; say what to check."""
    kec_dir = kecamatan_dir(content_root, slug(kecamatan))
    target = kec_dir / f"{year}.yaml"
    name = f"{kec_dir.name}/{target.name}"
    if quarter is not None and target.is_file():
        doc = rt.load(target, _shown(target, shown_from))
        notes = roll_quarter(doc, quarter, name)
        rt.replace_file(target, rt.dumps(doc, _modeline("laporan", target, content_root)))
        return written(target, _shown(target, shown_from), notes)
    if target.exists():
        raise OutputError(f"{name} exists: lkjip new never overwrites a year file (add a quarter with --periode)")
    if quarter not in (None, 1):
        raise OutputError(f"{name} does not exist yet: a new year starts with triwulan 1 (--periode tw1) or the year")
    source_year = _earlier_year(kec_dir, year)
    source = kec_dir / f"{source_year}.yaml"
    doc = rt.load(source, _shown(source, shown_from))
    first = _first_quarter_date(doc)
    notes = roll_year(doc, source_year, year, quarterly=quarter is not None)
    if quarter is not None:
        notes += roll_quarter(doc, 1, name, first)
    rt.write_new(target, rt.dumps(doc, _modeline("laporan", target, content_root)))
    return written(target, _shown(target, shown_from), notes)


def kecamatan_dir(content_root: Path, kecamatan: str) -> Path:
    """The directory of an existing kecamatan (its kecamatan.yaml present), as `locate` finds it."""
    from pipeline.content.locate import locate

    matches = sorted(d for d in content_root.glob(f"*/{kecamatan}") if (d / KECAMATAN_FILE).is_file())
    if len(matches) != 1:
        locate(content_root, kecamatan, None)  # raises its message for none or several
    return matches[0]


def _earlier_year(kec_dir: Path, year: int) -> int:
    earlier = [y for y in report_years(kec_dir) if y < year]
    if not earlier:
        raise ContentNotFound(
            f"{kec_dir}/ has no year file before {year} to start from; a kecamatan without one starts"
            " from a skeleton: lkjip new KECAMATAN --kabupaten KABUPATEN --year YEAR"
        )
    return earlier[-1]


def _first_quarter_date(doc):
    """The signing date of the first quarter of the year rolled from, if it was dated to the day."""
    import datetime

    entry = (doc.get("triwulan") or {}).get(1) or {}
    day = entry.get("tanggal")
    return day if isinstance(day, datetime.date) else None


def _modeline(kind: str, file: Path, content_root: Path) -> str:
    """The editor's schema line (yaml-language-server) every file written starts with."""
    from pipeline.content.json_schema import modeline

    return modeline(kind, file, content_root)


def _shown(path: Path, shown_from: Path) -> Path:
    return path.relative_to(shown_from) if path.is_relative_to(shown_from) else path
