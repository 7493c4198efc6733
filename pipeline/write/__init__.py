"""Writers of the document model: each decides only how the nodes of a `Document` look."""
