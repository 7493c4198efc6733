"""The LaTeX writer: walks the document model and emits the class's semantic macros.

Values are formatted through `pipeline.formats` and every string is escaped on the way out; the
looks (fonts, rules, widths, shading) belong to `latex/lkjip.cls` and `latex/columns.yaml`.
"""
