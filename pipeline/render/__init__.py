"""Render stages: narrative text from templates, then the LaTeX source of the report."""
