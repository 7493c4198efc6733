"""Compile stage: LaTeX source to PDF, pass by pass until stable, hardened, its log made readable."""
