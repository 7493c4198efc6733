"""The input digest: what makes a report 'unchanged' for a batch, and so skipped."""

import pipeline.inputs as inputs


def test_the_tools_that_make_the_bytes_are_inputs_too(monkeypatch):
    """An upgraded TeX Live package or Python library can change the PDF: it changes the digest."""
    versions = inputs.tool_versions()
    assert versions[0].startswith("pdfTeX")
    assert any(v.startswith("texlive-latex-extra=") for v in versions)
    assert any(v.startswith("pydantic==") for v in versions) and any(v.startswith("lkjip==") for v in versions)
    inputs.code_digest.cache_clear()
    before = inputs.code_digest()
    monkeypatch.setattr(inputs, "tool_versions", lambda: [*versions[:-1], versions[-1] + ".post1"])
    inputs.code_digest.cache_clear()
    try:
        assert inputs.code_digest() != before
    finally:
        inputs.code_digest.cache_clear()


def test_the_code_is_named_by_package_not_by_where_it_is_installed():
    names = [name for name, _ in inputs._code_files()]
    assert "pipeline/build.py" in names and "lkjip_latex/lkjip.cls" in names
    assert all(name.startswith(("pipeline/", "lkjip_latex/")) for name in names)
