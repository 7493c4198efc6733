"""Compile stage: LaTeX source to PDF with latexmk, hardened, and its log made readable."""
