"""Components of bab3."""

PRESENTERS = {}
