"""The submission bundle: one zip with everything the Inspektorat or e-SAKIP asks for, from one build.

`LKjIP-Kecamatan-Aluh-Aluh-2022.zip` (`…-2024-TW1.zip` for a quarter) holds the report's PDF, the
Perjanjian Kinerja and the SK IKU each cut out as a PDF of its own (when the outline prints them),
the workbook of the tables, the figures as CSV and `manifest.json`: every file with its SHA-256 and
size, what is absent and why, the input digest of the build and the lkjip version.

The PDF is built first when it is missing or its inputs changed since it was built (the digest
stored beside it, as a batch decides); otherwise the published PDF is used as it is. The zip's
entries are in a fixed order with a fixed date (the report's signing date), so the same inputs give
the same bytes.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from pipeline.build import build_report, output_dir, pdf_name, report_warnings
from pipeline.bundle_pdf import PERJANJIAN, SK_IKU, appendix_parts, extract, pdfa_status
from pipeline.compute.report import Computed
from pipeline.content.locate import ReportFiles, locate
from pipeline.document.report import Document
from pipeline.errors import Problem
from pipeline.export import figure_files, report_document, workbook_bytes, workbook_name, write_file
from pipeline.inputs import input_digest, stored_digest
from pipeline.kinds import Period
from pipeline.write.stable_zip import stable_zip

MANIFEST = "manifest.json"
PART_FILES = {PERJANJIAN: "perjanjian-kinerja", SK_IKU: "sk-iku"}
ABSENT = {
    PERJANJIAN: "the report's outline prints no Perjanjian Kinerja appendix",
    SK_IKU: "the report's outline prints no SK IKU appendix (or the year file has no `sk_iku`)",
}
NOT_FOUND = "the built PDF has no destination {anchor} for this appendix"


@dataclass(frozen=True)
class Bundled:
    path: Path
    built: bool  # whether the PDF had to be built first
    files: tuple[str, ...]
    warnings: tuple[Problem, ...]


def bundle_name(c: Computed, files: ReportFiles) -> str:
    """`LKjIP-Kecamatan-Aluh-Aluh-2022.zip`: the outline's acronym, the kecamatan, the year and quarter."""
    words = f"{c.content.outline.singkatan} Kecamatan {c.content.kecamatan.nama} {files.year}"
    if files.period is not Period.tahunan:
        words += f" {files.period.value.upper()}"
    ascii_words = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_words).strip("-") + ".zip"


def current_pdf(files: ReportFiles, build_root: Path) -> tuple[Path, bool]:
    """The report's published PDF, built first when it is missing or stale; and whether it was built."""
    pdf = output_dir(build_root, files) / pdf_name(files)
    if pdf.exists() and stored_digest(pdf.parent) == input_digest(files):
        return pdf, False
    result = build_report(files.root, build_root, files.kecamatan_slug, files.year, period=files.period)
    return result.pdf, True


def _entry(name: str, data: bytes, role: str, **extra) -> dict:
    return {"name": name, "role": role, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), **extra}


def _parts(pdf: Path, document: Document, stem: str) -> tuple[list[tuple[str, bytes, dict]], list[dict]]:
    """The PK and SK IKU PDFs that exist, and a note for each that does not."""
    present, absent = [], []
    found = appendix_parts(document)
    for kind, suffix in PART_FILES.items():
        name = f"{stem}-{suffix}.pdf"
        part = found.get(kind)
        data = extract(pdf, part, document.metadata.title) if part else None
        if data is None:
            reason = ABSENT[kind] if part is None else NOT_FOUND.format(anchor=part.anchor)
            absent.append({"name": name, "reason": reason})
            continue
        info = {"appendix": part.title, "pdfa": pdfa_status(data)}
        present.append((name, data, info))
    return present, absent


def bundle_entries(files: ReportFiles, pdf: Path, computed: Computed, document: Document) -> list[tuple[str, bytes]]:
    """The zip's entries in their fixed order, the manifest last."""
    stem = Path(pdf_name(files)).stem
    report = pdf.read_bytes()
    entries = [(pdf_name(files), report, "report", {"pdfa": pdfa_status(report)})]
    parts, absent = _parts(pdf, document, stem)
    entries += [(name, data, "appendix", info) for name, data, info in parts]
    entries.append((workbook_name(files), workbook_bytes(computed, document), "tables", {}))
    entries += [(name, data, "figures", {}) for name, data in figure_files(computed).items()]
    manifest = {
        "report": {
            "kecamatan": computed.content.kecamatan.nama,
            "year": files.year,
            "period": files.period.value,
            "signed": computed.content.signed.isoformat(),
        },
        "lkjip_version": metadata.version("lkjip"),
        "input_digest": input_digest(files),
        "files": [_entry(name, data, role, **info) for name, data, role, info in entries],
        "absent": absent,
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    return [(name, data) for name, data, _, _ in entries] + [(MANIFEST, text.encode("utf-8"))]


def bundle(
    content_root: Path,
    build_root: Path,
    kecamatan: str,
    year: int | None,
    period: Period = Period.tahunan,
    out: Path | None = None,
) -> Bundled:
    """Write the report's submission zip into `out` (default: the report's build directory)."""
    files = locate(content_root, kecamatan, year, period)
    computed, document = report_document(files)
    pdf, built = current_pdf(files, build_root)
    entries = bundle_entries(files, pdf, computed, document)
    path = (out or output_dir(build_root, files)) / bundle_name(computed, files)
    write_file(path, stable_zip(entries, computed.content.signed))
    return Bundled(path, built, tuple(name for name, _ in entries), report_warnings(computed))
