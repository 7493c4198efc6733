"""Find the content files of one report: content/<kabupaten>/<kecamatan>/<year>.yaml."""

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.content.models.report import Period
from pipeline.errors import ContentNotFound

KABUPATEN_FILE = "kabupaten.yaml"
KECAMATAN_FILE = "kecamatan.yaml"
OUTLINE_DIR = "laporan"
ANNUAL_REPORT = re.compile(r"^(\d{4})\.yaml$")


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


def report_years(kecamatan_dir: Path) -> list[int]:
    """Years that have an annual report file, ascending."""
    return sorted(int(m.group(1)) for p in kecamatan_dir.iterdir() if (m := ANNUAL_REPORT.match(p.name)))


def locate(root: Path, kecamatan: str, year: int | None, period: Period = Period.tahunan) -> ReportFiles:
    """Resolve a kecamatan slug (and optional year) to its files; the latest year by default."""
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
    return files


def _not_found(root: Path, kecamatan: str) -> str:
    """Explain a missing kecamatan, noticing the usual misplacements."""
    known = sorted(d.parent.name for d in root.glob(f"*/*/{KECAMATAN_FILE}"))
    message = f"no kecamatan '{kecamatan}' under {root}/ (known: {', '.join(known) or 'none'})"
    misplaced = root / kecamatan
    if misplaced.is_dir():
        return message + f"; {misplaced}/ must sit inside its kabupaten: {root}/<kabupaten>/{kecamatan}/"
    for candidate in root.glob(f"*/{kecamatan}"):
        if candidate.is_dir():
            return message + f"; {candidate}/ has no {KECAMATAN_FILE}"
    return message
