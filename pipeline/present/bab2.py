"""Components of bab2."""

PRESENTERS = {}
