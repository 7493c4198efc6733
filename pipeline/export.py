"""What the Inspektorat and e-SAKIP ask for besides the PDF: the tables as a workbook, the figures as CSV.

Both come from the same computed report and document the PDF is typeset from (`report_document`
runs the build's stages up to the document, without TeX), so they cannot disagree with it.

The CSV files are written for the Excel of an Indonesian office, which opens them with a double
click: UTF-8 with a byte order mark (else Excel reads the text as ANSI and breaks every non-ASCII
letter), fields separated by `;` (the list separator of the Indonesian locale, where `,` is the
decimal sign) and numbers with a decimal comma and no thousands separator (84,24; 1970574721).
A program reads them as well: `pandas.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")`.
Every figure is as the PDF prints it: capaian and serapan rounded half up to two places, target and
realisasi to the indicator's own decimals; an empty field is a figure that does not exist (an
indicator not measured, a ratio over zero).
"""

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pipeline.atomic import write_atomically
from pipeline.build import output_dir, pdf_name, prepare_document, report_warnings
from pipeline.compute.report import Computed
from pipeline.compute.results import BudgetNode, IndikatorResult, walk
from pipeline.content.locate import ReportFiles, locate
from pipeline.document.report import Document
from pipeline.errors import Problem
from pipeline.kinds import Period
from pipeline.numbers import RATIO_PLACES, round_half_up
from pipeline.write.xlsx import write_workbook

BOM = "\ufeff"
DELIMITER = ";"
INDIKATOR = ("id", "nama", "satuan", "tingkat", "induk", "target", "realisasi", "capaian", "kategori")
ANGGARAN = ("kode", "nama", "level", "pagu", "realisasi", "serapan", "sisa")
LRA = ("uraian", "tingkat", "anggaran", "realisasi", "persen", "sisa", "realisasi_lalu")


@dataclass(frozen=True)
class Exported:
    """What an export wrote and the report's warnings (the same a build prints)."""

    paths: tuple[Path, ...]
    warnings: tuple[Problem, ...]


def report_document(files: ReportFiles, shown_from: Path | None = None) -> tuple[Computed, Document]:
    """The computed report and its document, by the build's own stages and checks."""
    computed, document, _ = prepare_document(files, shown_from=shown_from)
    return computed, document


def number(value: Decimal | int | None, places: int = 0) -> str:
    """A figure as the CSV holds it: rounded as printed, decimal comma, no grouping; '' when none."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return format(round_half_up(value, places), "f").replace(".", ",")


def _indicator(i: IndikatorResult, tingkat: str, induk: str | None) -> tuple:
    m, places = i.measure, i.source.desimal
    return (
        i.source.id,
        i.source.nama,
        i.source.satuan,
        tingkat,
        induk or "",
        number(m.target, places),
        number(m.realisasi, places),
        number(m.capaian, RATIO_PLACES),
        m.kategori.label if m.kategori else "",
    )


def indicator_rows(c: Computed) -> Iterator[tuple]:
    """Every indicator of every level the report has: tujuan, sasaran, then the budget tree's."""
    for i in c.tujuan_indicators:
        yield _indicator(i, "tujuan", None)
    for s in c.sasaran:
        for i in s.indikator:
            yield _indicator(i, "sasaran", s.id)
    for node in walk(c.programs):
        for i in node.indicators:
            yield _indicator(i, node.level, node.kode)


def _budget(node: BudgetNode) -> tuple:
    serapan = number(node.serapan, RATIO_PLACES)
    return (node.kode or "", node.nama, node.level, node.pagu, node.realisasi, serapan, node.sisa)


def budget_rows(c: Computed) -> Iterator[tuple]:
    """Every program, kegiatan and sub kegiatan, depth first, then the total (`level` total)."""
    for node in walk(c.programs):
        yield _budget(node)
    yield _budget(c.grand_total)


def lra_rows(c: Computed) -> Iterator[tuple]:
    for row in c.lra:
        persen = number(row.persen, RATIO_PLACES)
        yield (row.uraian, row.depth, row.anggaran, row.realisasi, persen, row.sisa, number(row.realisasi_lalu))


def csv_text(header: tuple[str, ...], rows: Iterator[tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return BOM + buffer.getvalue()


def figure_files(c: Computed) -> dict[str, bytes]:
    """The CSV files by name: indikator.csv and anggaran.csv, and lra.csv when the report has an LRA."""
    files = {
        "indikator.csv": csv_text(INDIKATOR, indicator_rows(c)),
        "anggaran.csv": csv_text(ANGGARAN, budget_rows(c)),
    }
    if c.lra:
        files["lra.csv"] = csv_text(LRA, lra_rows(c))
    return {name: text.encode("utf-8") for name, text in files.items()}


def workbook_name(files: ReportFiles) -> str:
    """The PDF's name with .xlsx: lkjip-aluh-aluh-2022.xlsx."""
    return Path(pdf_name(files)).with_suffix(".xlsx").name


def workbook_bytes(c: Computed, document: Document) -> bytes:
    return write_workbook(document, c.content.signed)


def write_file(path: Path, data: bytes) -> None:
    """Written whole or not at all: a reader never opens half a workbook."""
    write_atomically(path, data)


def export_workbook(
    content_root: Path,
    build_root: Path,
    kecamatan: str,
    year: int | None,
    period: Period = Period.tahunan,
    out: Path | None = None,
) -> Exported:
    """Write the report's tables as one .xlsx (default: beside the PDF, under the PDF's name)."""
    files = locate(content_root, kecamatan, year, period)
    computed, document = report_document(files)
    path = out or output_dir(build_root, files) / workbook_name(files)
    write_file(path, workbook_bytes(computed, document))
    return Exported((path,), report_warnings(computed))


def export_figures(
    content_root: Path,
    build_root: Path,
    kecamatan: str,
    year: int | None,
    period: Period = Period.tahunan,
    out: Path | None = None,
) -> Exported:
    """Write the computed figures as CSV files into `out` (default: the report's build directory)."""
    files = locate(content_root, kecamatan, year, period)
    computed, _ = report_document(files)
    directory = out or output_dir(build_root, files)
    paths = []
    for name, data in figure_files(computed).items():
        write_file(directory / name, data)
        paths.append(directory / name)
    return Exported(tuple(paths), report_warnings(computed))
