"""What every check reads (the validated models) and writes (positioned problems)."""

from dataclasses import dataclass, field

from pipeline.content.locate import ReportFiles
from pipeline.content.models import Kabupaten, Kecamatan, Report, Unit
from pipeline.content.models.outline import Outline
from pipeline.content.schema import field_path
from pipeline.content.yaml_source import Source
from pipeline.errors import Problem


@dataclass
class Findings:
    sources: dict[str, Source]
    kab: Kabupaten
    kec: Kecamatan
    report: Report
    files: ReportFiles
    outline: Outline | None = None  # what the report prints: warnings are about that (`printed.prints`)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def _at(self, file: str, loc: tuple, message: str) -> Problem:
        source = self.sources[file]
        line, col = source.position(loc)
        return Problem(source.path, line, col, field_path(loc), message)

    def error(self, file: str, loc: tuple, message: str) -> None:
        self.errors.append(self._at(file, loc, message))

    def warn(self, file: str, loc: tuple, message: str) -> None:
        self.warnings.append(self._at(file, loc, message))


def all_units(units: tuple[Unit, ...]) -> list[Unit]:
    """Units in outline order, sub-units after their parent."""
    out = []
    for unit in units:
        out.append(unit)
        out.extend(all_units(unit.bagian))
    return out


def unit_locations(units: tuple[Unit, ...], loc: tuple = ("organisasi",)):
    """Yield (loc, unit) for every unit and sub-unit."""
    for index, unit in enumerate(units):
        yield loc + (index,), unit
        yield from unit_locations(unit.bagian, loc + (index, "bagian"))


def indicator_locations(report: Report):
    """Yield (loc, indikator) for every indicator: tujuan, sasaran, then the budget tree."""
    for t, tujuan in enumerate(report.tujuan):
        for i, ind in enumerate(tujuan.indikator):
            yield ("tujuan", t, "indikator", i), ind
        for s, sasaran in enumerate(tujuan.sasaran):
            for i, ind in enumerate(sasaran.indikator):
                yield ("tujuan", t, "sasaran", s, "indikator", i), ind
    for loc, node in node_locations(report):
        if loc[-2] == "sub_kegiatan":
            if node.indikator is not None:
                yield loc + ("indikator",), node.indikator
        else:
            for i, ind in enumerate(node.indikator):
                yield loc + ("indikator", i), ind


def node_locations(report: Report):
    """Yield (loc, node) for every program, kegiatan and sub kegiatan, parents first."""
    for p, program in enumerate(report.program):
        yield ("program", p), program
        for k, kegiatan in enumerate(program.kegiatan):
            yield ("program", p, "kegiatan", k), kegiatan
            for s, sub in enumerate(kegiatan.sub_kegiatan):
                yield ("program", p, "kegiatan", k, "sub_kegiatan", s), sub


def sub_locations(report: Report):
    return ((loc, node) for loc, node in node_locations(report) if loc[-2] == "sub_kegiatan")
