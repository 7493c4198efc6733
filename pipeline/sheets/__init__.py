"""Spreadsheets in and out: pagu, realisasi and indicator values imported from the finance system's
sheets into the year file, and the template sheet the officer fills.

The stages are small and separate so that each can be tested alone: `read` (cells with their sheet
row), `numbers` (Indonesian and plain figures), `columns` (the header row and what each column
holds), `tree` (the nodes of a year file a row can name), `match` (rows to nodes, every doubt a
listed problem), `apply` (the values written back with ruamel.yaml, validated before the file is
replaced) and `template` (the sheet generated from the content, which imports back unchanged).
"""
