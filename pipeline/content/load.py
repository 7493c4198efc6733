"""Load stage: read the three YAML files of a report, validate them, resolve references.

Everything is read and checked before anything is written (gather, then write): a user sees
every problem of every file in one run, each as `file:line:column: field: message`.
"""

from dataclasses import dataclass
from pathlib import Path

from pipeline.content.characters import unprintable
from pipeline.content.gazetteer import other_kecamatan
from pipeline.content.locate import ReportFiles
from pipeline.content.models import Kabupaten, Kecamatan, Report
from pipeline.content.references import cross_check
from pipeline.content.schema import field_path, validate
from pipeline.content.yaml_source import Source, read_yaml
from pipeline.errors import ContentError, Problem


@dataclass(frozen=True)
class Content:
    """Validated content of one report plus the warnings that do not stop the build."""

    files: ReportFiles
    kabupaten: Kabupaten
    kecamatan: Kecamatan
    report: Report
    warnings: tuple[Problem, ...]
    sources: dict[str, Source]

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
    errors, warnings = cross_check(sources, models["kabupaten"], models["kecamatan"], models["report"], files.year)
    if errors:
        raise ContentError(errors)
    warnings += other_kecamatan(sources, models["kabupaten"], models["kecamatan"])
    return Content(files, models["kabupaten"], models["kecamatan"], models["report"], tuple(warnings), sources)


def _read_all(files: ReportFiles, display_root: Path | None) -> tuple[dict[str, Source], list[Problem]]:
    sources, problems = {}, []
    for key, path in zip(("kabupaten", "kecamatan", "report"), files.all(), strict=True):
        display = path.relative_to(display_root) if display_root and path.is_relative_to(display_root) else path
        try:
            sources[key] = read_yaml(path, display)
        except ContentError as exc:
            problems += exc.problems
            continue
        problems += unprintable(sources[key])
    return sources, problems
