"""Load stage: read the three YAML files of a report, validate them, resolve references.

Everything is read and checked before anything is written (gather, then write): a user sees
every problem of every file in one run, each as `file:line:column: field: message`.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

from pipeline.content.characters import unbreakable, unprintable
from pipeline.content.checks import cross_check
from pipeline.content.gazetteer import other_kecamatan
from pipeline.content.images import check_images
from pipeline.content.locate import ReportFiles
from pipeline.content.models import Kabupaten, Kecamatan, Report
from pipeline.content.models.outline import Outline
from pipeline.content.quarter_view import up_to_quarter
from pipeline.content.schema import field_path, validate
from pipeline.content.yaml_source import Source, read_yaml
from pipeline.errors import ContentError, Problem
from pipeline.kinds import Period


@dataclass(frozen=True)
class Content:
    """Validated content of one report plus the warnings that do not stop the build."""

    files: ReportFiles
    kabupaten: Kabupaten
    kecamatan: Kecamatan
    report: Report
    outline: Outline
    warnings: tuple[Problem, ...]
    sources: dict[str, Source]

    @property
    def period(self) -> Period:
        return self.files.period

    @property
    def signed(self) -> datetime.date:
        """The date the report of this period is signed (checked present at load time)."""
        quarter = self.period.quarter
        return self.report.tanggal if quarter is None else self.report.triwulan[quarter].tanggal

    def problem(self, file: str, loc: tuple, message: str) -> Problem:
        """A problem found by a later stage, positioned in the file it comes from."""
        source = self.sources[file]
        line, col = source.position(loc)
        return Problem(source.path, line, col, field_path(loc), message)


def load(files: ReportFiles, display_root: Path | None = None) -> Content:
    """Read, validate and cross-check; raise ContentError listing every problem at once."""
    sources, problems = _read_all(files, display_root)
    models = {}
    for key, model in (("kabupaten", Kabupaten), ("kecamatan", Kecamatan), ("report", Report)):
        if key in sources:
            models[key], found = validate(sources[key], model)
            problems += found
    if problems:
        raise ContentError(problems)
    outline = _outline(files, models["kabupaten"], models["report"], sources, display_root)
    errors, warnings = cross_check(sources, models["kabupaten"], models["kecamatan"], models["report"], files, outline)
    errors += check_images(sources, models["kabupaten"], files, models["kabupaten"].arsip)
    if errors:
        raise ContentError(errors)
    warnings += other_kecamatan(sources, models["kabupaten"], models["kecamatan"])
    return Content(files, models["kabupaten"], models["kecamatan"], models["report"], outline, tuple(warnings), sources)


def _outline(files: ReportFiles, kab: Kabupaten, report: Report, sources: dict, display_root: Path | None) -> Outline:
    """The susunan this report is laid out by: the report's own choice, else the kabupaten's."""
    jenis = "tahunan" if files.period is Period.tahunan else "triwulan"
    if report.susunan:
        name, owner, loc = report.susunan, "report", ("susunan",)
    else:
        name, owner, loc = kab.susunan.get(jenis, jenis), "kabupaten", ("susunan", jenis)
    path = files.outline(name)
    if not path.is_file():
        line, col = sources[owner].position(loc)
        raise ContentError(
            [
                Problem(
                    sources[owner].path,
                    line,
                    col,
                    ".".join(map(str, loc)),
                    f"no outline '{name}': create {_shown(path, display_root)} (see README, adding a kabupaten)",
                )
            ]
        )
    sources["outline"] = _read_inside(path, files, _shown(path, display_root))
    problems = unprintable(sources["outline"]) + unbreakable(sources["outline"])
    outline, found = validate(sources["outline"], Outline)
    if problems or found:
        raise ContentError(problems + found)
    return outline


def _shown(path: Path, display_root: Path | None) -> Path:
    return path.relative_to(display_root) if display_root and path.is_relative_to(display_root) else path


def _read_inside(path: Path, files: ReportFiles, shown: Path) -> Source:
    """Read a content file that is, with every link followed, inside the content directory.

    A link that leads out is refused by its name only: nothing of the file it points to is read,
    so no message can quote it.
    """
    if not files.holds(path):
        why = "a link to a file outside the content directory; copy the file itself there"
        raise ContentError([Problem(shown, 1, 1, "", why)])
    return read_yaml(path, shown)


def _read_all(files: ReportFiles, display_root: Path | None) -> tuple[dict[str, Source], list[Problem]]:
    sources, problems = {}, []
    for key, path in zip(("kabupaten", "kecamatan", "report"), files.all(), strict=True):
        try:
            sources[key] = _read_inside(path, files, _shown(path, display_root))
        except ContentError as exc:
            problems += exc.problems
            continue
        problems += unprintable(sources[key]) + unbreakable(sources[key])
    if "report" in sources and files.period.quarter is not None:  # a quarter's report: no later quarter
        sources["report"] = up_to_quarter(sources["report"], files.period.quarter)
    return sources, problems
