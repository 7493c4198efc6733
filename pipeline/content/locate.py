"""Find the content files of one report: content/<kabupaten>/<kecamatan>/<year>.yaml.

A kecamatan or kabupaten is named by its slug, the name of its directory: lower-case letters,
digits and hyphens. A slug is a name, never a path or a pattern, so a command line cannot reach
files outside the content directory; it is read case-insensitively (`Aluh-Aluh` is `aluh-aluh`),
and a near miss is answered with the slugs it resembles.
"""

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ContentNotFound
from pipeline.kinds import Period

KABUPATEN_FILE = "kabupaten.yaml"
KECAMATAN_FILE = "kecamatan.yaml"
OUTLINE_DIR = "laporan"
ANNUAL_REPORT = re.compile(r"^(\d{4})\.yaml$")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class ReportFiles:
    """The files one report is built from, where they live, and the period it reports on.

    The year file serves the annual report and every quarterly one; `period` picks which.
    """

    root: Path
    kabupaten_slug: str
    kecamatan_slug: str
    year: int
    period: Period = Period.tahunan

    @property
    def label(self) -> str:
        """`2023`, or `2024-tw1` for a quarterly report: names the output directory and PDF."""
        return str(self.year) if self.period is Period.tahunan else f"{self.year}-{self.period.value}"

    def outline(self, name: str) -> Path:
        return self.root / self.kabupaten_slug / OUTLINE_DIR / f"{name}.yaml"

    @property
    def kabupaten(self) -> Path:
        return self.root / self.kabupaten_slug / KABUPATEN_FILE

    @property
    def kecamatan(self) -> Path:
        return self.root / self.kabupaten_slug / self.kecamatan_slug / KECAMATAN_FILE

    @property
    def report(self) -> Path:
        return self.root / self.kabupaten_slug / self.kecamatan_slug / f"{self.year}.yaml"

    def all(self) -> tuple[Path, Path, Path]:
        return self.kabupaten, self.kecamatan, self.report

    def holds(self, path: Path) -> bool:
        """Whether `path`, every link followed, is inside the content directory: the only files
        lkjip reads (a link inside the root may point only to a file that is inside it too)."""
        return path.resolve().is_relative_to(self.root.resolve())


def report_years(kecamatan_dir: Path) -> list[int]:
    """Years that have an annual report file, ascending."""
    return sorted(int(m.group(1)) for p in kecamatan_dir.iterdir() if (m := ANNUAL_REPORT.match(p.name)))


def slug(name: str, what: str = "kecamatan") -> str:
    """The slug a name given on the command line stands for; anything but a plain name is refused."""
    normal = name.strip().lower()
    if not SLUG.fullmatch(normal):
        raise ContentNotFound(
            f"'{name}' is not a {what} name: use the name of its directory under the content directory, "
            "in letters, digits and hyphens (e.g. aluh-aluh)"
        )
    return normal


def locate(root: Path, kecamatan: str, year: int | None, period: Period = Period.tahunan) -> ReportFiles:
    """Resolve a kecamatan slug (and optional year) to its files; the latest year by default."""
    kecamatan = slug(kecamatan)
    matches = sorted(d for d in root.glob(f"*/{kecamatan}") if (d / KECAMATAN_FILE).is_file())
    if not matches:
        raise ContentNotFound(_not_found(root, kecamatan))
    if len(matches) > 1:
        raise ContentNotFound(f"kecamatan '{kecamatan}' exists in several kabupaten: {', '.join(map(str, matches))}")
    kec_dir = matches[0]
    years = report_years(kec_dir)
    if not years:
        near = sorted(p.name for p in kec_dir.glob("*.y*ml") if p.name != KECAMATAN_FILE)
        hint = f"; found {', '.join(near)}: name a report file <year>.yaml" if near else ""
        raise ContentNotFound(f"{kec_dir}/ has no report file such as 2022.yaml{hint}")
    if year is None:
        year = years[-1]
    elif year not in years:
        raise ContentNotFound(f"no {year}.yaml in {kec_dir}/ (available: {', '.join(map(str, years))})")
    files = ReportFiles(root, kec_dir.parent.name, kec_dir.name, year, period)
    if not files.kabupaten.is_file():
        raise ContentNotFound(f"{files.kabupaten} is missing: every kabupaten needs its shared file")
    ready = ready_periods(files.report) if files.holds(files.report) else None  # load refuses it
    if ready is not None and period not in ready:
        raise ContentNotFound(_not_ready(files, ready))
    return files


def ready_periods(report_file: Path) -> list[Period] | None:
    """The periods a year file can be reported for: each quarter it has, and the year once it is dated.

    Read with a plain YAML parse before validation; None when the file is too broken to tell, so
    that the build reports its problems with their positions instead.
    """
    import yaml  # the C parser, only here: `lkjip --help` does not pay for it

    try:
        data = yaml.load(report_file.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    quarters = data.get("triwulan") if isinstance(data.get("triwulan"), dict) else {}
    periods = [Period(f"tw{q}") for q in sorted(quarters) if isinstance(q, int) and 1 <= q <= 4]
    return periods + [Period.tahunan] if data.get("tanggal") or not periods else periods


def _not_ready(files: ReportFiles, ready: list[Period]) -> str:
    """One line for a period the year file has no data for, naming the periods it does have."""
    name = f"{files.kecamatan_slug}/{files.report.name}"
    if files.period is Period.tahunan:
        want = "the annual report: it has no `tanggal` (the signing date) yet"
    else:
        want = f"triwulan {files.period.quarter}: it has no `triwulan: {files.period.quarter}:` entry"
    options = ", ".join(p.value for p in ready)
    return f"{name} is not ready for {want}; it can be built for {options}"


def _not_found(root: Path, kecamatan: str) -> str:
    """Explain a missing kecamatan, noticing the usual misplacements."""
    known = sorted(d.parent.name for d in root.glob(f"*/*/{KECAMATAN_FILE}"))
    near = difflib.get_close_matches(kecamatan, known, n=3, cutoff=0.6)
    if near:
        return f"no kecamatan '{kecamatan}' under {root}/; did you mean {' or '.join(near)}?"
    message = f"no kecamatan '{kecamatan}' under {root}/ (known: {', '.join(known) or 'none'})"
    misplaced = root / kecamatan
    if misplaced.is_dir():
        return message + f"; {misplaced}/ must sit inside its kabupaten: {root}/<kabupaten>/{kecamatan}/"
    for candidate in root.glob(f"*/{kecamatan}"):
        if candidate.is_dir():
            return message + f"; {candidate}/ has no {KECAMATAN_FILE}"
    return message
