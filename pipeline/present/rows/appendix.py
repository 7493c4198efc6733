"""Rows of the appendix tables: the PK sheets, the IKU of programs, the LHE, quarters, Renstra."""

from pipeline.compute.report import Computed
from pipeline.document.table import Row
from pipeline.present.rows.cells import ordinal


def tindak_lanjut(c: Computed) -> list[Row]:
    evaluasi = c.content.report.evaluasi
    return [
        Row({"no": ordinal(n), "rekomendasi": r.rekomendasi, "tindak_lanjut": r.tindak_lanjut})
        for n, r in enumerate(evaluasi.rekomendasi, start=1)
    ]
