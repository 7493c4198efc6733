"""The document model: what a report prints, as typed frozen data, before any writer runs.

The present stage (`pipeline.present`) builds a `Document` from the computed report and the
outline; writers (`pipeline.write.latex` today) decide only how each node looks. Nodes hold
values (int, Decimal, date, Band, str), never formatted strings or LaTeX, so that a second writer
(a spreadsheet, a preview) prints the same numbers without writing the report again.
"""
