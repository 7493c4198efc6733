"""Snapshots at stage boundaries: the computed figures, the document model and the generated .tex.

The model snapshot is the main oracle: it traces every printed word and number of a report to the
stage that decided it, before any writer formats it. Refresh after an intended change with
`make snapshots`, then review the diff.
"""

from pipeline.compute.export import figures
from pipeline.document.data import to_data
from pipeline.present import present
from pipeline.write.latex.document import write_document


def test_computed_figures(seed_report, data_regression):
    name, computed = seed_report
    data_regression.check(figures(computed), basename=f"figures-{name}")


def test_document_model(seed_report, data_regression):
    name, computed = seed_report
    data_regression.check(to_data(present(computed)), basename=f"document-{name}")


def test_generated_tex(seed_report, file_regression):
    name, computed = seed_report
    tex = write_document(present(computed))
    for html in ("&amp;", "&lt;", "&gt;", "&#"):  # Markup concatenation would HTML-escape LaTeX
        assert html not in tex
    file_regression.check(tex, extension=".tex", encoding="utf-8", basename=f"report-{name}")


def test_headline_figures_traceable_to_content(aluh_aluh):
    """The figures the seed got wrong, recomputed from the content (anatomy 10.1, 10.5)."""
    data = figures(aluh_aluh)
    ikm = data["sasaran"][0]["indikator"][0]
    assert (ikm["capaian"]["printed"], ikm["kategori"]) == ("115.40", "Berhasil")  # seed: 86,65 % Cukup Berhasil
    assert data["predikat_sakip"] == "BB"
    assert data["lra"][0]["persen"]["printed"] == "80.99"
    assert data["jumlah"]["pagu"] == sum(p["pagu"] for p in data["program"])


def test_optional_analyses_appear_with_their_data(content_copy):
    """Analyses 3 and 4 print a table when the data exist, and a sentence when they do not."""
    from pipeline.compute.report import compute

    without = write_document(present(compute(content_copy.load())))
    assert r"\label{tab:renstra}" not in without and r"\label{tab:nasional}" not in without
    assert "belum tercantum dalam data laporan" in without and "belum dapat disajikan" in without
    content_copy.edit(
        "banjar/aluh-aluh/2022.yaml",
        "            penanggung_jawab: camat\n        analisis:",
        "            penanggung_jawab: camat\n            target_akhir_renstra: 85\n"
        "            target_nasional: 82.5\n        analisis:",
    )
    with_data = write_document(present(compute(content_copy.load())))
    assert r"\label{tab:renstra}" in with_data and r"\label{tab:nasional}" in with_data
    assert "mencapai 99,11\\% dari target akhir Renstra tahun 2026 sebesar 85,00" in with_data
    assert "telah mencapai target nasional sebesar 82,50 (102,11\\%)" in with_data
