"""Rows of the built-in tables, keyed by column: the computed figures as typed cell values.

Nothing is computed here that the compute stage has not decided; a row builder selects, orders and
labels. Values stay values (`Quantity`, `Money`, `Percent`, `Band`…); the writer formats them.
"""
