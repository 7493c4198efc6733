"""The LaTeX class and looks of lkjip, installed as the package `lkjip_latex` (data files only)."""
